/**
 * What Tremplin remembers between turns: of the conversation (its language, the offer and the
 * organisation it is about, what the bot has just asked) and of the user (their experience,
 * so that a later salary question needs no second asking).
 */
import type { KnowledgeView } from '../answers/knowledge-view.js';
import type { Lang } from '../knowledge/schemas.js';
import type { Experience } from '../understanding/experience.js';
import type { IntentName } from '../understanding/intents.js';
import type { ConversationContext, Understanding } from '../understanding/reading.js';

/** An answer the user may still rate, as the conversation memory keeps it. */
export interface RateableAnswer {
  /** Its number in the conversation. */
  key: string;
  /** The id the channel gave the message (Teams), when it gave one. */
  activityId?: string;
  intent: IntentName;
  sources: string[];
  /** The question it answered, raw (masked when the rating is recorded). */
  question?: string;
  /** Set once rated: a second rating of the same answer is not counted. */
  rated?: boolean;
}

/** Conversation memory (botbuilder ConversationState property `memory`). */
export interface ConversationMemory {
  lang?: Lang;
  lastIntent?: IntentName;
  focusOfferId?: string;
  organisationId?: string;
  /** The team or product of the organisation the conversation is about (`teams/`). */
  unitId?: string;
  awaiting?: ConversationContext['awaiting'];
  /** The offers the bot has just asked the user to choose from. */
  offerCandidates?: string[];
  /** The offers the latest listing showed (two or more), in their order: what "lesquelles…?" and "la deuxième" refer to. */
  listedOfferIds?: string[];
  /** The message a plain "oui" sends: the step the last reply offered with a yes/no question (Answer.proposal). */
  proposal?: string;
  /** The question held while the bot asks which organisation it is about. */
  pendingQuestion?: string;
  /** The intent of the pending question. */
  pendingIntent?: IntentName;
  /** The last question answered, and what answered it: for feedback and escalations. */
  lastQuestion?: string;
  /** The same question without the organisation it named, for "et au PEReN ?". */
  lastQuestionWithoutOrganisation?: string;
  lastAnswer?: { intent: IntentName; sources: string[] };
  /** The latest answers the user can still rate on the message itself (Web Chat, Teams). */
  answers?: RateableAnswer[];
  /** How many answers that can be rated were given: the next one's key. */
  answersGiven?: number;
  /**
   * The years of experience the candidate gave in this conversation: a later salary question
   * needs no second asking. Kept to the conversation, never to the user: another conversation
   * (perhaps another person on the same device) starts without it.
   */
  experience?: Experience;
  /**
   * The explained words (`knowledge/terms/` primary ids) the conversation has had explained:
   * later answers no longer offer to explain them. At most EXPLAINED_WORDS_KEPT, latest last.
   */
  explainedTerms?: string[];
  turns: number;
}

/** Explained words a conversation remembers at most (a few hundred bytes). */
export const EXPLAINED_WORDS_KEPT = 50;

/** Remembers that the conversation had these words explained. */
export function rememberExplained(memory: ConversationMemory, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const kept = (memory.explainedTerms ?? []).filter((id) => !ids.includes(id));
  memory.explainedTerms = [...kept, ...ids].slice(-EXPLAINED_WORDS_KEPT);
}

/**
 * What a message about the offers just listed changes in the memory: one picked by its rank
 * ("et la deuxième ?"), or the other of a pair ("et l'autre ?"), becomes the offer in focus,
 * which the flows then answer about.
 */
export function followListed(memory: ConversationMemory, { listed, otherOffer }: Pick<Understanding, 'listed' | 'otherOffer'>): void {
  if (otherOffer) memory.focusOfferId = otherOffer;
  const ids = memory.listedOfferIds;
  if (!listed || !('pick' in listed) || !ids?.length) return;
  const id = listed.pick < 0 ? ids.at(-1) : ids[listed.pick - 1];
  if (id) memory.focusOfferId = id;
}

/**
 * Remembers what the candidate said of themself (see Understanding.told), whatever the message
 * asked: "I'm a senior dev with 10 years of experience", then "what would I earn at
 * beta.gouv.fr?" needs no second asking.
 */
export function rememberTold(memory: ConversationMemory, told: Understanding['told']): void {
  if (told?.experience) memory.experience = told.experience;
}

/** Remembers the offers a listing showed (two or more): a later "lesquelles…?" refers to them. */
export function rememberListed(memory: ConversationMemory, answer: { intent: IntentName; offerCards: readonly string[] }): void {
  if (answer.intent === 'positions' && answer.offerCards.length >= 2) memory.listedOfferIds = [...answer.offerCards];
}

/** User memory (botbuilder UserState property `profile`): nothing is kept across conversations today. */
export type UserProfile = Record<string, never>;

/** A fresh conversation memory. */
export const emptyMemory = (): ConversationMemory => ({ turns: 0 });

/** Forgets what the conversation was about (the user cancelled), keeping its language. */
export function forgetTopic(memory: ConversationMemory): void {
  memory.focusOfferId = undefined;
  memory.organisationId = undefined;
  memory.unitId = undefined;
  memory.awaiting = undefined;
  memory.offerCandidates = undefined;
  memory.listedOfferIds = undefined;
  memory.pendingQuestion = undefined;
  memory.pendingIntent = undefined;
}

/** Answers of a general kind (an FAQ entry, a word explained): one of them between two questions about an offer leaves that offer the subject. */
const ASIDES: ReadonlySet<IntentName> = new Set(['definition', 'application_process', 'contact', 'organisation_info', 'fallback']);

/**
 * Whether the offer in focus is what the conversation is about now: the last answer was about
 * it, or the one before was and the last was an aside ("il faut quel profil ?" answered by the
 * employer's FAQ, then "comment je postule ?" is still about that offer).
 */
function focusStillCurrent(memory: ConversationMemory): boolean {
  const focus = memory.focusOfferId;
  if (!focus || !memory.lastAnswer) return false;
  if (memory.lastAnswer.sources.includes(focus)) return true;
  const [before, last] = (memory.answers ?? []).slice(-2);
  return before !== undefined && last !== undefined && before.sources.includes(focus) && ASIDES.has(last.intent) && ASIDES.has(memory.lastAnswer.intent);
}

/**
 * The offer that makes a pair with the one in focus, what "l'autre" names: the other of the two
 * offers just listed, else of the two its team published (else its employer), one per announcement.
 */
function otherOfPair(memory: ConversationMemory, view: KnowledgeView | undefined): string | undefined {
  const focus = memory.focusOfferId && view ? view.offer(memory.focusOfferId) : undefined;
  if (!focus || !view) return undefined;
  const listed = memory.listedOfferIds;
  if (listed?.length === 2 && listed.includes(focus.id)) return listed.find((id) => id !== focus.id);
  const team = view.teamOf(focus);
  const beside = team ? view.offersOfTeam(team.id, focus.lang) : view.announcementsOf(focus.organisation);
  const own = view.primaryId(focus);
  return beside.length === 2 && beside.some((o) => view.primaryId(o) === own) ? beside.find((o) => view.primaryId(o) !== own)!.id : undefined;
}

/** The recogniser's view of the conversation (`view`: the knowledge, for the offers that make a pair with the one in focus). */
export function contextOf(memory: ConversationMemory, locale: string | undefined, view?: KnowledgeView): ConversationContext {
  const otherOfferId = otherOfPair(memory, view);
  return {
    ...(otherOfferId ? { otherOfferId } : {}),
    lang: memory.lang,
    locale,
    lastIntent: memory.lastIntent,
    focusOfferId: memory.focusOfferId,
    organisationId: memory.organisationId,
    awaiting: memory.awaiting,
    ...(memory.lastIntent === 'definition' && memory.explainedTerms?.length ? { lastExplained: memory.explainedTerms.at(-1) } : {}),
    lastQuestion: memory.lastQuestionWithoutOrganisation,
    ...(focusStillCurrent(memory) ? { focusJustAnswered: true } : {}),
    ...(memory.listedOfferIds && memory.listedOfferIds.length >= 2 ? { listed: memory.listedOfferIds.length } : {}),
    ...(memory.listedOfferIds && memory.listedOfferIds.length >= 2 && memory.lastAnswer !== undefined && memory.listedOfferIds.every((id) => memory.lastAnswer!.sources.includes(id)) ? { listingJustAnswered: true } : {}),
  };
}
