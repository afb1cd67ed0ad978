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
import type { Turn } from './turn.js';

/** Hits this close to the best are "as good": when they belong to different employers, the bot asks which. */
const SAME_SCORE = 0.08;
/** Bonus for entries of the organisation the conversation is about. */
const CONTEXT_BONUS = 0.05;

/** What the lookup found. */
export type FaqLookup =
  | { found: 'answer'; answer: Answer; match: FaqMatch }
  | { found: 'ask-organisation'; answer: Answer }
  | { found: 'nothing'; closest: FaqMatch[] };

/** The question to answer this turn: the held one when the message only names the employer it was about. */
export function questionOfTurn(turn: Turn): { text: string; organisation?: string; intent?: IntentName } {
  const u = turn.understanding;
  const held = turn.memory.pendingQuestion;
  if (held && u.followUp && u.entities.organisation) {
    return { text: held, organisation: u.entities.organisation, intent: turn.memory.pendingIntent };
  }
  return { text: u.text, organisation: u.entities.organisation };
}

/** Looks the question up in the FAQ. `intent` is reported when the entry names none. */
export function lookUpFaq(turn: Turn, intent: IntentName): FaqLookup {
  const u = turn.understanding;
  const { text, organisation } = questionOfTurn(turn);
  turn.memory.pendingQuestion = undefined;
  turn.memory.pendingIntent = undefined;
  const context = organisation ?? turn.memory.organisationId;
  const hits = turn.runtime
    .findFaqs(text, { lang: u.lang, organisation, limit: 8 })
    .map((m) => ({ ...m, score: m.score + (!organisation && context && m.faq.organisation === context ? CONTEXT_BONUS : 0) }))
    .sort((a, b) => b.score - a.score);
  const best = hits[0];
  if (!best || best.score < NO_ANSWER_THRESHOLD) return { found: 'nothing', closest: hits.slice(0, 3) };
  if (!organisation) {
    const close = hits.filter((h) => best.score - h.score <= SAME_SCORE);
    const employers = new Set(close.map((h) => h.faq.organisation).filter((o) => o !== 'all'));
    if (employers.size > 1 && !(context && employers.has(context))) {
      turn.memory.pendingQuestion = text;
      turn.memory.pendingIntent = intent;
      turn.memory.awaiting = 'organisation';
      const question = askOrganisation(turn.runtime.view, u.lang, best.faq.intent && isIntent(best.faq.intent) ? best.faq.intent : intent, employers);
      return { found: 'ask-organisation', answer: question };
    }
  }
  const reported = best.faq.intent && isIntent(best.faq.intent) ? best.faq.intent : intent;
  const related = hits.slice(1, 4).map((h) => h.faq);
  if (best.faq.organisation !== 'all') turn.memory.organisationId = best.faq.organisation;
  turn.memory.awaiting = undefined;
  return { found: 'answer', match: best, answer: faqAnswer(turn.runtime.view, best.faq, u.lang, reported, related) };
}

const KNOWN: ReadonlySet<string> = new Set([
  'positions', 'remote_work', 'contract', 'salary', 'application_process', 'application_status', 'contact', 'organisation_info',
]);
function isIntent(value: string): value is IntentName {
  return KNOWN.has(value);
}
