/**
 * A follow-up keeps the subject of the question before and changes only what it names itself:
 * "et à la DINUM ?" after "le PEReN recrute des data scientists ?" is about data scientists at
 * the DINUM; "et en CDI ?" after "postes de data à Paris" keeps data and Paris. The previous
 * question is read again (without its employer, as the conversation remembers it) and each part
 * of the reading the follow-up leaves empty is taken from it — but its `terms`: a question that
 * only asks ("où exactement ?") is matched with passages by its own words (see
 * src/answers/search-policy.ts, which reads it with the previous question itself).
 *
 * Plain TypeScript, no I/O.
 */
import type { Lang } from '../knowledge/schemas.js';
import { stem } from '../text/normalise.js';
import { NAMED_PLAINLY } from '../tuning.js';
import { OFFER_FACT_INTENTS, type IntentName } from './intents.js';
import type { Lexicon } from './lexicon.js';
import type { ConversationContext, Entities, Understanding } from './reading.js';

/** The entity kinds a follow-up may leave out and the question before fills (the employer is the conversation's, see ConversationContext). */
const KEPT = ['offers', 'places', 'regions', 'departments', 'excludedPlaces', 'categories', 'contracts'] as const;

/** The kinds that name where offers are. */
const PLACES: ReadonlySet<string> = new Set(['places', 'regions', 'departments']);

/** `reading` (a follow-up) with the subject of `previous` wherever it names none of its own. */
export function withPreviousSubject(reading: Understanding, previous: Understanding): Understanding {
  const entities: Entities = { ...reading.entities };
  // A subject of its own ("et en design ?") replaces the offers the question before was about;
  // years of experience ("I have 8 years of experience") are the candidate's, not a subject.
  const ownSubject = reading.topic.length > 0 && reading.entities.experience === undefined;
  // A place named replaces the places left out before ("et à Lyon ?" after "hors de Paris"), and the other way round.
  const namesPlace = reading.entities.places.length + reading.entities.regions.length + reading.entities.departments.length > 0;
  const replaced = (kind: (typeof KEPT)[number]) => (kind === 'offers' && ownSubject) || (kind === 'excludedPlaces' && namesPlace) || (PLACES.has(kind) && reading.entities.excludedPlaces.length > 0);
  for (const kind of KEPT) if (!replaced(kind) && entities[kind].length === 0 && previous.entities[kind].length > 0) (entities as unknown as Record<string, unknown>)[kind] = previous.entities[kind];
  entities.remote ??= previous.entities.remote;
  entities.closesBefore ??= previous.entities.closesBefore;
  return {
    ...reading,
    entities,
    topic: ownSubject ? reading.topic : previous.topic,
    // "et le dev ?" after "le designer, combien de jours ?": the same parts of its page.
    ...(reading.pageParts ?? previous.pageParts ? { pageParts: reading.pageParts ?? previous.pageParts } : {}),
    ...(ownSubject ? {} : { subjectKept: true as const }),
    typedWords: ownSubject ? reading.typedWords : [...previous.typedWords, ...reading.typedWords],
    // What the next follow-up borrows from: this question as read, without its employer.
    withoutOrganisation: ownSubject ? reading.withoutOrganisation : `${previous.withoutOrganisation} ${reading.withoutOrganisation}`.trim(),
  };
}

/**
 * Whether the message is about the offers the conversation has just listed: which of them
 * ("lesquelles sont en CDI ?", "which of those are A+?", lexicon `among_listed`), or one of them
 * by its rank, in a short message naming no offer ("et la deuxième ?", "the third one, where is
 * it?"). Not while the bot waits for an answer of its own (a choice among offers is read by that question).
 */
export function aboutListed(normalised: string, context: ConversationContext, entities: Entities, short: boolean, choice: number | undefined, lexicon: Lexicon): Understanding['listed'] {
  if (!context.listed || context.awaiting || entities.reference) return undefined;
  if (lexicon.test('among_listed', normalised)) return { among: true };
  const namesOffer = entities.offers.some((m) => m.queryCoverage >= NAMED_PLAINLY);
  if (short && !namesOffer && choice !== undefined && (choice === -1 || (choice >= 1 && choice <= context.listed))) return { pick: choice };
  return undefined;
}

/**
 * Whether a short question right after a listing, naming no offer, no employer, no filter and no
 * subject of its own, asks one fact of the offers listed ("what's the contract and the pay?",
 * "et le télétravail ?"): then it is about those offers, each of them, not the employer's others.
 */
export function factOfListed(context: ConversationContext, entities: Entities, short: boolean, topic: readonly string[], intent: IntentName): boolean {
  if (!context.listingJustAnswered || context.awaiting || !short || topic.length > 0 || !OFFER_FACT_INTENTS.has(intent)) return false;
  const e = entities;
  // "c'est un CDD ?" asks the contract of the offers listed: the contract named is the fact asked, not a filter.
  const filters = e.places.length + e.regions.length + e.departments.length + e.excludedPlaces.length + e.categories.length + (intent === 'contract' ? 0 : e.contracts.length);
  return !e.organisation && !e.unit && filters === 0 && e.offers.every((m) => m.queryCoverage < NAMED_PLAINLY);
}

/**
 * The other offer of the pair the offer in focus belongs to, when the message points at it
 * without naming an offer ("et l'autre offre docurba ?", "what about the other one?": lexicon
 * `the_other`; the pair is ConversationContext.otherOfferId). Not while the bot waits for an answer.
 */
export function otherOfPair(normalised: string, context: ConversationContext, entities: Entities, lexicon: Lexicon): string | undefined {
  if (!context.otherOfferId || context.awaiting || entities.offers.some((m) => m.queryCoverage >= NAMED_PLAINLY)) return undefined;
  return lexicon.test('the_other', normalised) ? context.otherOfferId : undefined;
}

/** Whether the message points at the offer in focus without naming it ("elle est encore ouverte, cette offre ?", "who do I send it to for that job?"), whenever it was last answered about. */
export function pointsAtFocus(normalised: string, context: ConversationContext, entities: Entities, lexicon: Lexicon): boolean {
  return context.focusOfferId !== undefined && !entities.organisation && entities.offers.every((m) => m.queryCoverage < NAMED_PLAINLY) && lexicon.test('this_offer', normalised);
}

/**
 * "Et quelle offre propose ce contrat ?" right after an explanation: offers asked for, with no
 * subject, employer or filter of their own: the offers of the word explained (the question
 * explained is read again as their subject, see ./follow-up.ts).
 */
export function offersOfTheWord(context: ConversationContext, offersAsked: boolean, topic: readonly string[], e: Entities): boolean {
  const named = e.organisation !== undefined || e.offers.some((m) => m.queryCoverage >= NAMED_PLAINLY) || e.places.length + e.regions.length + e.departments.length + e.categories.length + e.contracts.length > 0;
  return context.lastIntent === 'definition' && context.lastQuestion !== undefined && !context.awaiting && offersAsked && topic.length === 0 && !named;
}

/** The topic without the words that ask for the kind of contract ("des postes avec ce type de contrat ?"): they point at the word explained. */
export function topicBeyond(topic: readonly string[], normalised: string, lang: Lang, lexicon: Lexicon): readonly string[] {
  const asking = new Set(lexicon.findAll('contract_type', normalised).flatMap((p) => p.split(' ')).map((w) => stem(w, lang)));
  return topic.filter((s) => !asking.has(s));
}

/** Whether a short question right after an answer about the offer in focus, naming no offer, no employer and no subject of its own (`subjects`: its words that offers are about), is about that offer ("comment je postule ?", "j'envoie ma candidature à qui ?"). */
export function aboutFocusOffer(context: ConversationContext, entities: Entities, short: boolean, subjects: readonly string[]): boolean {
  return context.focusJustAnswered === true && short && subjects.length === 0 && !entities.organisation && entities.offers.every((m) => m.queryCoverage < NAMED_PLAINLY);
}

/**
 * The language a message asks the previous answer in, when it asks nothing else ("et en
 * français ?", "could you say that again in English?": lexicon `in_english`, `in_french`,
 * `say_again`). Not after an explanation: the word's translation answers that (see ./definitions.ts).
 */
export function languageAskedAlone(normalised: string, meaningful: readonly { token: string }[], context: ConversationContext, lexicon: Lexicon): Lang | undefined {
  const lang: Lang | undefined = lexicon.test('in_english', normalised) ? 'en' : lexicon.test('in_french', normalised) ? 'fr' : undefined;
  if (!lang || !context.lastQuestion || context.lastIntent === 'definition' || context.awaiting) return undefined;
  const said = new Set((['in_english', 'in_french', 'say_again'] as const).flatMap((c) => lexicon.findAll(c, normalised)).flatMap((p) => p.split(' ')));
  return meaningful.every((w) => said.has(w.token)) ? lang : undefined;
}
