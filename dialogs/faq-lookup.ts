/**
 * Answering from the FAQ: the entry that best matches the question, unless the answer depends
 * on the employer and none is known — then the bot asks which one and holds the question.
 * Shared by the flows whose answers live in FAQ entries (applying, employers, contacts, the
 * fallback).
 */
import type { Answer } from '../src/answers/answer.js';
import { askOrganisation } from '../src/answers/application-process.js';
import { faqAnswer, type FaqMatch } from '../src/answers/faq-answers.js';
import { NO_ANSWER_THRESHOLD } from '../src/knowledge/search/index.js';
import type { IntentName } from '../src/understanding/intents.js';
import { isStopword } from '../src/understanding/normalise.js';
import type { Turn } from './turn.js';

/** Hits this close to the best are "as good": when they belong to different employers, the bot asks which. */
const SAME_SCORE = 0.08;
/** When asking which employer, those whose best answer is within this of the best are offered too. */
const FAIR_GAP = 0.25;
/** Least score for an answer of the organisation in context to be taken before searching them all. */
const CONTEXT_FIT = 0.6;

/** What the lookup found. */
export type FaqLookup =
  | { found: 'answer'; answer: Answer; match: FaqMatch }
  | { found: 'ask-organisation'; answer: Answer }
  | { found: 'nothing'; closest: FaqMatch[] };

/**
 * The question to answer this turn: when the message only names an employer ("au PEReN ?"),
 * the question it is about — the one the bot held while asking which employer, else the last
 * one answered — for that employer.
 */
export function questionOfTurn(turn: Turn): { text: string; organisation?: string; intent?: IntentName } {
  const u = turn.understanding;
  const held = turn.memory.pendingQuestion ?? turn.memory.lastQuestionWithoutOrganisation;
  if (held && u.followUp && u.entities.organisation) {
    return { text: held, organisation: u.entities.organisation, intent: turn.memory.pendingIntent };
  }
  return { text: u.text, organisation: u.entities.organisation };
}

/**
 * The organisation a question is about when it names none: that of the offer it names
 * ("How do I apply for the NLP data scientist job?"), else the one the conversation is about
 * (named before, or the offer in focus's).
 */
export function organisationInContext(turn: Turn): string | undefined {
  const view = turn.runtime.view;
  const focus = turn.memory.focusOfferId ? view.offer(turn.memory.focusOfferId) : undefined;
  return namedOfferOrganisation(turn) ?? turn.memory.organisationId ?? focus?.organisation;
}

/** The organisation of the offers the message names plainly, when they all belong to one. */
function namedOfferOrganisation(turn: Turn): string | undefined {
  const view = turn.runtime.view;
  const named = new Set(
    turn.understanding.entities.offers
      .filter((m) => m.queryCoverage >= 0.99 && m.titleCoverage >= 0.75)
      .map((m) => view.offer(m.id)?.organisation)
      .filter((o): o is string => o !== undefined),
  );
  return named.size === 1 ? [...named][0] : undefined;
}

/** Least FAQ score to answer a question the classifier did not understand. */
const FALLBACK_THRESHOLD = 0.45;
/** Words at most of a message read together with the previous question. */
const SHORT_FOLLOW_UP = 6;
/** Share of its score a question read with the previous one keeps. */
const FOLLOW_UP_FACTOR = 0.9;
/** Share of its score the message without its unknown words keeps. */
const KNOWN_WORDS_FACTOR = 0.95;
/** Share of its score a sentence of a longer message keeps (the whole message is preferred). */
const SENTENCE_FACTOR = 0.97;

/**
 * The queries tried for a message: the message itself, then each of its sentences when it has
 * several ("Comment se passe l'entretien ? J'ai un peu le trac"), whose words not about the
 * question would otherwise weigh the whole search down.
 */
function queriesOf(text: string): [string, number][] {
  // Only the questions: "J'ai un peu le trac" says how the candidate feels, not what they ask.
  const sentences = text.split(/(?<=[?.!])\s+/).map((s) => s.trim()).filter((s) => s.endsWith('?') && s.split(/\s+/).length >= 3);
  return [[text, 1], ...(sentences.length > 1 ? sentences.map((s): [string, number] => [s, SENTENCE_FACTOR]) : [])];
}

/**
 * Looks the question up in the FAQ. `intent` is reported when the entry names none; `asked`
 * replaces this turn's question (a flow that asked something in between keeps the first one).
 */
export function lookUpFaq(turn: Turn, intent: IntentName, asked?: { text: string; organisation?: string }): FaqLookup {
  const u = turn.understanding;
  const question = asked ?? questionOfTurn(turn);
  const { text } = question;
  // An offer the message names plainly says which employer it is about, as its name would.
  const organisation = question.organisation ?? (asked ? undefined : namedOfferOrganisation(turn));
  turn.memory.pendingQuestion = undefined;
  turn.memory.pendingIntent = undefined;
  const queries = queriesOf(text);
  // The same question without the words the domain never uses, when the intent is clear.
  if (!asked && intent !== 'fallback' && u.knownText !== u.normalised && u.knownText.split(' ').filter((t) => !isStopword(t)).length >= 1) {
    queries.push([u.knownText, KNOWN_WORDS_FACTOR]);
  }
  const search = (filter?: string): FaqMatch[] => {
    const best = new Map<string, FaqMatch>();
    for (const [query, factor] of queries) {
      for (const m of turn.runtime.findFaqs(query, { lang: u.lang, organisation: filter, limit: 8 })) {
        const score = m.score * factor;
        if ((best.get(m.faq.id)?.score ?? -1) < score) best.set(m.faq.id, { faq: m.faq, score });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  };
  // A question without an employer, in a conversation about one, is first about that one.
  const context = organisation ? undefined : organisationInContext(turn);
  const contextual = context ? search(context) : [];
  const contextFits = contextual[0] !== undefined && contextual[0].score >= CONTEXT_FIT;
  let hits = contextFits ? contextual : search(organisation);
  // A short question that only makes sense after the previous one ("où ça se passe ?" after the
  // forum, "et ensuite ?" after the interview): the two together.
  const previous = turn.memory.lastQuestionWithoutOrganisation;
  if (!asked && previous && (hits[0]?.score ?? 0) < NO_ANSWER_THRESHOLD && text.split(/\s+/).length <= SHORT_FOLLOW_UP) {
    queries.splice(0, queries.length, [`${previous} ${text}`, FOLLOW_UP_FACTOR]);
    hits = search(organisation ?? organisationInContext(turn));
  }
  const top = hits[0];
  // When the classifier did not understand the question, the FAQ must be surer of itself.
  const threshold = intent === 'fallback' ? FALLBACK_THRESHOLD : NO_ANSWER_THRESHOLD;
  if (!top || top.score < threshold) return { found: 'nothing', closest: hits.slice(0, 3) };
  if (!organisation && !contextFits) {
    const close = hits.filter((h) => top.score - h.score <= SAME_SCORE);
    const employers = new Set(close.map((h) => h.faq.organisation).filter((o) => o !== 'all'));
    if (employers.size > 1) {
      turn.memory.pendingQuestion = text;
      turn.memory.pendingIntent = intent;
      turn.memory.awaiting = 'organisation';
      // Offer every employer with a fair answer, not only the closest two.
      const fair = hits.filter((h) => h.score >= Math.max(NO_ANSWER_THRESHOLD, top.score - FAIR_GAP)).map((h) => h.faq.organisation);
      const offered = new Set([...employers, ...fair.filter((o) => o !== 'all')]);
      const question = askOrganisation(turn.runtime.view, u.lang, top.faq.intent && isIntent(top.faq.intent) ? top.faq.intent : intent, offered);
      return { found: 'ask-organisation', answer: question };
    }
  }
  const reported = top.faq.intent && isIntent(top.faq.intent) ? top.faq.intent : intent;
  const related = hits.slice(1, 4).map((h) => h.faq);
  if (top.faq.organisation !== 'all') turn.memory.organisationId = top.faq.organisation;
  turn.memory.awaiting = undefined;
  return { found: 'answer', match: top, answer: faqAnswer(turn.runtime.view, top.faq, u.lang, reported, related) };
}

const KNOWN: ReadonlySet<string> = new Set([
  'positions', 'remote_work', 'contract', 'salary', 'application_process', 'application_status', 'contact', 'organisation_info',
]);
function isIntent(value: string): value is IntentName {
  return KNOWN.has(value);
}
