/**
 * From what the user typed to weighted query terms, each with the index terms that may stand
 * for it. "dta scientst teletravial" becomes three terms whose variants are the typo matches
 * data, scientist, teletravail; "remote" also looks for télétravail (synonym); the last word,
 * when the text does not end there, also stands for longer words it begins (search as you
 * type).
 *
 * Variant quality: 1 for the word's stem in the preferred language, OTHER_LANGUAGE_QUALITY
 * for its stem under the other language's rules, ≤ PREFIX_QUALITY for a prefix,
 * ≤ FUZZY_QUALITY for a typo, × SYNONYM_QUALITY for a synonym. Typos and prefixes are only
 * looked for when the word itself is not in the index: an existing word is taken as meant.
 */
import { isStopword, stem, tokenize } from '../../text/normalise.js';
import { LANGS, type Lang } from '../schemas.js';
import type { InvertedIndex } from './inverted-index.js';
import type { LruCache } from '../../text/lru.js';
import type { TermMatch, Vocabulary } from '../../text/vocabulary.js';

/** Quality of the other language's stem when the query language is known. */
export const OTHER_LANGUAGE_QUALITY = 0.95;
/** Factor applied to a synonym's quality. */
export const SYNONYM_QUALITY = 0.85;

/**
 * Informative words read from a query at most; the rest is ignored (someone pasting a whole
 * letter into the chat still gets an answer in time).
 */
export const MAX_QUERY_WORDS = 32;

/** What one query word expands to. */
export interface Expansion {
  /** Index terms standing for the word, one entry per term, best first. */
  variants: TermMatch[];
  /**
   * How much the word matters in the query: the idf of the word itself when indexed, else of
   * its best variant. A word found nowhere (no variant) counts as much as the average known
   * word of the query: it may be filler ("intéressé") or the very subject ("météo", "pizza");
   * either way an entry answers less of the question, so "météo à Paris" does not look
   * answered by the offers in Paris.
   */
  weight: number;
}

/** One informative word of the query. */
export interface QueryTerm extends Expansion {
  /** The word as normalised. */
  word: string;
}

/** What expanding words needs; built once per index. */
export interface QueryContext {
  readonly index: InvertedIndex;
  readonly vocabulary: Vocabulary;
  /** Synonym term ids by stem (see buildSynonyms). */
  readonly synonyms: ReadonlyMap<string, readonly number[]>;
  /** Expansions already computed, by `lang|prefix|word`. */
  readonly cache: LruCache<string, Expansion>;
}

/**
 * Maps each stem of each synonym group's words to the ids of the group's indexed terms.
 * Groups whose words are absent from the index simply expand to nothing.
 */
export function buildSynonyms(groups: ReadonlyArray<readonly string[]>, termIds: ReadonlyMap<string, number>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const group of groups) {
    const stems = new Set<string>();
    for (const word of group) for (const token of tokenize(word)) for (const lang of LANGS) stems.add(stem(token, lang));
    const ids = [...stems].map((s) => termIds.get(s)).filter((id): id is number => id !== undefined);
    for (const s of stems) out.set(s, [...new Set([...(out.get(s) ?? []), ...ids])]);
  }
  return out;
}

/**
 * The informative words of `text` (stopwords dropped, duplicates merged, at most
 * MAX_QUERY_WORDS), expanded.
 * `lang`: the query's language if known (its stems rank first). `prefix`: whether the last
 * word may be unfinished; it only counts when the text ends on a letter or digit.
 */
export function parseQuery(text: string, context: QueryContext, lang: Lang | undefined, prefix: boolean): QueryTerm[] {
  const tokens = tokenize(text);
  const open = prefix && /[\p{L}\p{N}]$/u.test(text);
  const out: QueryTerm[] = [];
  const seen = new Set<string>();
  tokens.forEach((word, i) => {
    if (isStopword(word) || seen.has(word) || out.length >= MAX_QUERY_WORDS) return;
    seen.add(word);
    const last = open && i === tokens.length - 1;
    const key = `${lang ?? ''}|${last ? 'p' : ''}|${word}`;
    let expansion = context.cache.get(key);
    if (!expansion) {
      expansion = expand(word, context, lang, last);
      context.cache.set(key, expansion);
    }
    out.push({ word, ...expansion });
  });
  const known = out.filter((t) => t.variants.length > 0);
  const average = known.reduce((sum, t) => sum + t.weight, 0) / Math.max(1, known.length);
  for (const t of out) if (t.variants.length === 0) t.weight = average;
  return out;
}

function expand(word: string, context: QueryContext, lang: Lang | undefined, last: boolean): Expansion {
  const { index, vocabulary, synonyms } = context;
  const best = new Map<number, number>();
  const add = (term: number, quality: number): void => {
    if (quality > (best.get(term) ?? 0)) best.set(term, quality);
  };
  const langs: Lang[] = lang === 'en' ? ['en', 'fr'] : ['fr', 'en'];
  const stems = [...new Set(langs.map((l) => stem(word, l)))];
  let weight = 0;
  stems.forEach((s, i) => {
    const id = index.termIds.get(s);
    if (id === undefined) return;
    add(id, i > 0 && lang ? OTHER_LANGUAGE_QUALITY : 1);
    weight = Math.max(weight, index.idf[id]!);
  });
  if (best.size === 0) {
    for (const s of stems) for (const m of vocabulary.typosOf(s)) add(m.term, m.quality);
    if (last) for (const p of new Set([word, ...stems])) for (const m of vocabulary.withPrefix(p)) add(m.term, m.quality);
  }
  const found = [...best];
  for (const s of [...stems, ...found.map(([term]) => index.terms[term]!)]) {
    const quality = Math.max(best.get(index.termIds.get(s) ?? -1) ?? 0, stems.includes(s) ? 1 : 0);
    for (const synonym of synonyms.get(s) ?? []) add(synonym, quality * SYNONYM_QUALITY);
  }
  const variants = [...best].map(([term, quality]) => ({ term, quality })).sort((a, b) => b.quality - a.quality);
  if (weight === 0 && variants[0]) weight = index.idf[variants[0].term]!;
  return { variants, weight };
}
