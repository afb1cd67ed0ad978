/**
 * "Utile" / "Pas utile" after an answer — the feedback buttons, or the same words typed.
 */
import { normalise } from './normalise.js';

const HELPFUL = /^(👍\s*)?(utile|c etait utile|tres utile|helpful|useful|yes helpful|oui utile|merci c etait utile)$/;
const NOT_HELPFUL = /^(👎\s*)?(pas utile|inutile|pas du tout utile|not helpful|unhelpful|useless|non pas utile)$/;

/** true: helpful; false: not helpful; undefined: the message is not feedback. */
export function readFeedback(text: string): boolean | undefined {
  const t = text.trim();
  if (t === '👍') return true;
  if (t === '👎') return false;
  const n = normalise(t);
  if (NOT_HELPFUL.test(n)) return false;
  if (HELPFUL.test(n)) return true;
  return undefined;
}
