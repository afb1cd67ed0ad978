/**
 * How words of job titles are compared, the same way whatever the language of the message or of
 * the offer: words that mean the same in French and English ("analyste de données" and "data
 * analyst", "chef" and "head") share one key, from the lexicon's `job_word_groups`; any other
 * word is its French stem, for both sides alike. A question naming offers ("head of unit", "chef
 * d'unité") thus finds the same offers in both languages.
 *
 * Trade-off: a key groups words that are close, not identical ("chef" and "manager"); a title
 * match still needs most of the title's weight (see Catalogue.findOffers).
 */
import { stem } from '../text/normalise.js';
import type { Lexicon } from './lexicon.js';

/** The words of job titles, read with one lexicon. */
export interface JobWords {
  /** The key a normalised word of a title is compared by. */
  key(token: string): string;
  /** Whether the word shares its key with words of the other language ("data", "données"). */
  shared(token: string): boolean;
  /** Whether a word describes nothing by itself in a title ("de", "poste", "H/F"). */
  isFiller(token: string): boolean;
  /** The words that share a word's key ("cyber", "security" for "securite"), itself included; just itself when it shares none. */
  variants(token: string): readonly string[];
}

const cache = new WeakMap<Lexicon, JobWords>();

/** The job words of a lexicon, compiled on first use. */
export function jobWords(lexicon: Lexicon): JobWords {
  let out = cache.get(lexicon);
  if (out) return out;
  const shared = new Map<string, string>();
  const groups = new Map<string, string[]>();
  for (const group of lexicon.groups('job_word_groups')) {
    for (const word of group) {
      if (shared.has(word)) continue;
      shared.set(word, `~${group[0]}`);
      groups.set(`~${group[0]}`, [...(groups.get(`~${group[0]}`) ?? []), word]);
    }
  }
  const fillers = lexicon.words('title_fillers');
  out = {
    key: (token) => shared.get(token) ?? stem(token, 'fr'),
    shared: (token) => shared.has(token),
    isFiller: (token) => fillers.has(token),
    variants: (token) => groups.get(shared.get(token) ?? '') ?? [token],
  };
  cache.set(lexicon, out);
  return out;
}
