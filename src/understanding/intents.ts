/**
 * The intent registry: every intent Tremplin recognises, with all its traits in one row. Every
 * per-intent set the code uses (which intents are learnt, which are politeness, which get the
 * feedback buttons…) is derived from this table. Adding an intent is: a row here, its example
 * utterances (dialogs/utterances/<intent>.yaml, both languages), its flow (dialogs/) and its
 * answers (src/answers/, both languages); tests/understanding/intent-registry.test.ts checks
 * that each is there.
 *
 * Each name is stable: it is sent with every reply as `channelData.intent` (analytics, tests,
 * the evaluation sets).
 */

/** Who answers an intent: a dialog (by its id), the router itself, or the bot before any dialog. */
export type AnsweredBy = { flow: string } | 'router' | 'bot';

/** One intent's traits. */
export interface IntentTraits {
  /** What the intent covers. */
  doc: string;
  /** Who answers it. */
  answeredBy: AnsweredBy;
  /** Learnt from example utterances (dialogs/utterances/<intent>.yaml). */
  learnt: boolean;
  /** Politeness: wins only when the message says little else (see SOCIAL_COVERAGE). */
  politeness?: boolean;
  /** Asks one fact of an offer and can follow the offer in focus ("et le salaire ?"). */
  offerFact?: boolean;
  /** A precise need that wins over a close `positions` ("le salaire du poste de…"). */
  specific?: boolean;
  /** Its answer belongs to an employer: about an employer Tremplin does not know, it says so. */
  aboutAnEmployer?: boolean;
  /** Its answers get the "Utile / Pas utile" buttons. */
  rated?: boolean;
  /** Its answer answers a question: it becomes the conversation's last question (for feedback, "et au PEReN ?"). */
  answersQuestion?: boolean;
  /** "Not answered" with this intent is a gap in the knowledge, recorded for HR. */
  knowledgeGap?: boolean;
  /** A short message after it may borrow its intent ("au PEReN ?"). */
  followedUp?: boolean;
  /** A message that only asks a kind of fact ("c'est quand ?", "where?") after it is about its subject, not a new question. */
  keepsBareQuestions?: boolean;
  /** An FAQ entry may name it as the intent it answers (`intent:` in the entry's front matter). */
  faqIntent?: boolean;
  /** A working condition the knowledge rarely states ("tickets resto ?") is answered as such, whatever this intent. */
  yieldsToConditions?: boolean;
}

const question = { learnt: true, rated: true, answersQuestion: true, knowledgeGap: true, followedUp: true, faqIntent: true, yieldsToConditions: true } as const;

/** Every intent, with its traits. */
export const INTENTS = {
  positions: { ...question, doc: 'open positions and offer details', answeredBy: { flow: 'positions' }, aboutAnEmployer: true },
  remote_work: { ...question, doc: 'remote work of an offer or an employer', answeredBy: { flow: 'remote-work' }, offerFact: true, specific: true, aboutAnEmployer: true },
  contract: { ...question, doc: 'contract type, length, start, renewal', answeredBy: { flow: 'contracts' }, offerFact: true, specific: true, aboutAnEmployer: true },
  salary: { ...question, doc: 'pay, by years of experience when it depends on it', answeredBy: { flow: 'salaries' }, offerFact: true, specific: true, aboutAnEmployer: true },
  application_process: { ...question, doc: 'how to apply, who reviews, the interview, delays, documents', answeredBy: { flow: 'application-process' }, specific: true, aboutAnEmployer: true, keepsBareQuestions: true },
  application_status: { ...question, doc: "where the candidate's own application stands", answeredBy: { flow: 'application-status' }, specific: true, rated: false, knowledgeGap: false },
  contact: { ...question, doc: 'whom to write to', answeredBy: { flow: 'contacts' }, specific: true, keepsBareQuestions: true },
  organisation_info: { ...question, doc: "about an employer (sites, accessibility, labels, values) and the State's tech job forum", answeredBy: { flow: 'employers' }, keepsBareQuestions: true },
  definition: { ...question, doc: "what a word of the public service means (catégorie A+, vacataire, en instruction) or how two differ: read from the knowledge's explained terms, not learnt", answeredBy: { flow: 'definition' }, learnt: false, faqIntent: false, yieldsToConditions: false },
  greeting: { doc: 'hello', answeredBy: 'router', learnt: true, politeness: true, knowledgeGap: true },
  help: { doc: 'what the bot can do', answeredBy: 'router', learnt: true, politeness: true, knowledgeGap: true },
  thanks: { doc: 'thank you', answeredBy: 'router', learnt: true, politeness: true, knowledgeGap: true },
  cancel: { doc: 'stop what we were doing', answeredBy: 'router', learnt: true },
  escalation: { doc: '"parler à un humain": the employer\'s contact, and the question recorded for HR', answeredBy: { flow: 'escalation' }, learnt: true, followedUp: true },
  feedback: { doc: '"Utile" / "Pas utile" after an answer', answeredBy: 'bot', learnt: false, followedUp: true },
  fallback: { doc: 'not understood or not known: said plainly, with the closest questions and the contact', answeredBy: { flow: 'fallback' }, learnt: false, rated: true, answersQuestion: true, knowledgeGap: true, yieldsToConditions: true },
  recruiter_application: { doc: "recruiters (Teams): an application shown or updated (\"statut 12345\")", answeredBy: 'bot', learnt: false, followedUp: true },
  unanswered_report: { doc: 'recruiters (Teams): the questions the bot could not answer', answeredBy: 'bot', learnt: false, followedUp: true },
  recruiter_refused: { doc: 'a recruiter-only command refused to someone else', answeredBy: 'bot', learnt: false, followedUp: true },
} as const satisfies Record<string, IntentTraits>;

/** The name of an intent. */
export type IntentName = keyof typeof INTENTS;

const NAMES = Object.keys(INTENTS) as IntentName[];
const traits = (intent: IntentName): IntentTraits => INTENTS[intent];
const having = (trait: keyof IntentTraits): ReadonlySet<IntentName> => new Set(NAMES.filter((i) => traits(i)[trait] === true));

/** The intents of one trait, by name: `intentsWith('politeness')`. */
export const intentsWith = having;

/** Whether an intent has a trait: `is('salary', 'offerFact')`. */
export function is(intent: IntentName, trait: keyof IntentTraits): boolean {
  return traits(intent)[trait] === true;
}

/** Intents learnt from example utterances. */
export const LEARNT_INTENTS = NAMES.filter((i) => is(i, 'learnt')) as Exclude<IntentName, 'fallback' | 'feedback' | 'recruiter_application' | 'unanswered_report' | 'recruiter_refused'>[];

/** Intents that ask about one offer's facts and can follow the offer in focus. */
export const OFFER_FACT_INTENTS: ReadonlySet<IntentName> = having('offerFact');

/** Intents of politeness: they only win when the message says little else. */
export const POLITENESS: ReadonlySet<IntentName> = having('politeness');

/** Whether a string names an intent. */
export function isIntentName(value: string): value is IntentName {
  return Object.hasOwn(INTENTS, value);
}

/** The flow (dialog id) that answers an intent, when a dialog does. */
export function flowOf(intent: IntentName): string | undefined {
  const by = traits(intent).answeredBy;
  return typeof by === 'object' ? by.flow : undefined;
}
