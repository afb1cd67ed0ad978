/**
 * The intents Tremplin recognises: what the user wants from one message. Each name is stable:
 * it is sent with every reply as `channelData.intent` (analytics, tests, the evaluation set).
 */

/** Every intent, with what it covers. */
export const INTENTS = {
  /** See open offers, filtered (organisation, place, category, contract, remote) or one offer's details. */
  positions: 'open positions and offer details',
  /** Whether and how much remote work an offer or an organisation allows. */
  remote_work: 'remote work',
  /** Contract type, length, status, start date, renewal. */
  contract: 'contract type, length and start',
  /** Pay, possibly by years of experience. */
  salary: 'salary',
  /** How to apply, who reviews, the interview, delays, documents, prerequisites. */
  application_process: 'how applying works',
  /** Where the candidate's own application stands. */
  application_status: "the candidate's application status",
  /** Whom to write to. */
  contact: 'contact',
  /** About an employer: sites, accessibility, labels, values, what it does, the State's job forum. */
  organisation_info: 'about an employer',
  /** Hello. */
  greeting: 'greeting',
  /** What the bot can do. */
  help: 'help',
  /** Thank you. */
  thanks: 'thanks',
  /** Stop what we were doing. */
  cancel: 'cancel',
  /** "Parler à un humain": the employer's contact, and the question recorded for HR. */
  escalation: 'talk to a person',
  /** "Utile" / "Pas utile" after an answer. */
  feedback: 'feedback on the last answer',
  /** Nothing the bot knows: it says so and offers the closest questions. */
  fallback: 'not understood or not known',
  /** Recruiters (Teams): an application shown or updated ("statut 12345", "passer 12345 en entretien"). */
  recruiter_application: "a recruiter's application command",
  /** Recruiters (Teams): the questions the bot could not answer. */
  unanswered_report: 'the unanswered-questions report',
  /** A recruiter-only command refused to someone else. */
  recruiter_refused: 'a recruiter command refused',
} as const;

/** The name of an intent. */
export type IntentName = keyof typeof INTENTS;

/** Intents learnt from example utterances (all but `fallback`). */
export const LEARNT_INTENTS = Object.keys(INTENTS).filter(
  (i) => !['fallback', 'feedback', 'recruiter_application', 'unanswered_report', 'recruiter_refused'].includes(i),
) as Exclude<IntentName, 'fallback' | 'feedback' | 'recruiter_application' | 'unanswered_report' | 'recruiter_refused'>[];

/** Intents that ask about one offer's facts and can follow the offer in focus. */
export const OFFER_FACT_INTENTS = ['remote_work', 'contract', 'salary'] as const satisfies readonly IntentName[];

/** Intents of politeness: they only win when the message says little else. */
export const POLITENESS: ReadonlySet<IntentName> = new Set<IntentName>(['greeting', 'thanks', 'help']);

/** Whether a string names an intent. */
export function isIntentName(value: string): value is IntentName {
  return Object.hasOwn(INTENTS, value);
}
