/**
 * "Utile" / "Pas utile" after an answer — the feedback buttons, or the same words typed (the
 * lexicon classes `feedback_helpful` and `feedback_not_helpful`, as the whole message).
 */
import { normalise } from '../text/normalise.js';
import { shippedLexicon, type Lexicon } from './lexicon.js';

/** true: helpful; false: not helpful; undefined: the message is not feedback. */
export function readFeedback(text: string, lexicon: Lexicon = shippedLexicon()): boolean | undefined {
  const t = text.trim();
  if (t === '👍') return true;
  if (t === '👎') return false;
  const n = normalise(t.replace(/^(👍|👎)\s*/u, ''));
  if (lexicon.words('feedback_not_helpful').has(n)) return false;
  if (lexicon.words('feedback_helpful').has(n)) return true;
  return undefined;
}
