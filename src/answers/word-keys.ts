/**
 * The keys words are matched by, between a question and the knowledge's passages: either
 * language's stem, and the first six letters of longer words, so that "inscrire" finds
 * "inscription" and a French question finds an English passage.
 */
import { isStopword, stem, tokenize } from '../text/normalise.js';

/** Words shorter than this match by stem only; from it, also by their first PREFIX letters. */
const PREFIX = 6;

/** The keys a word matches by: its French and English stems, and its first six letters. */
export function wordKeys(token: string): string[] {
  const keys = [`s:${stem(token, 'fr')}`, `s:${stem(token, 'en')}`];
  if (token.length >= PREFIX) keys.push(`p:${token.slice(0, PREFIX)}`);
  return keys;
}

/** The keys of a text's words (`wordKeys` of each, stopwords and one-letter words left out). */
export const textKeys = (text: string): Set<string> =>
  new Set(tokenize(text).flatMap((t) => (isStopword(t) || t.length < 2 ? [] : wordKeys(t))));
