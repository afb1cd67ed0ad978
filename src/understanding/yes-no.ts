/**
 * "Oui", "non merci", "ok", "yes please" in answer to what the bot has just offered ("Voulez-vous
 * voir toutes les offres ouvertes ?"): the lexicon classes `assent` and `decline`, as the whole
 * message (politeness and punctuation aside). Read only when the last reply offered a step (see
 * Answer.proposal): elsewhere "oui" or "ok" is no answer to anything.
 */
import { normalise } from '../text/normalise.js';
import { shippedLexicon, type Lexicon } from './lexicon.js';

/** Each lexicon's phrases of yes and no, normalised as messages are ("c'est bon" → "est bon"). */
const replies = new WeakMap<Lexicon, { yes: Set<string>; no: Set<string> }>();

/** true: yes to the step offered; false: no; undefined: the message says something else. */
export function readYesNo(text: string, lexicon: Lexicon = shippedLexicon()): boolean | undefined {
  let known = replies.get(lexicon);
  if (!known) {
    const of = (name: 'assent' | 'decline') => new Set([...lexicon.words(name)].map((w) => normalise(w)));
    replies.set(lexicon, (known = { yes: of('assent'), no: of('decline') }));
  }
  const n = normalise(text);
  if (known.no.has(n)) return false;
  if (known.yes.has(n)) return true;
  return undefined;
}
