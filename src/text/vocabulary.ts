/**
 * Finding the index terms a mistyped or unfinished query word stands for: "scientst" →
 * scientist, "teletravial" → teletravail, "développ…" → developpeur.
 *
 * fuse.js is the project's fuzzy matcher, but it is a substring matcher ("dat" scores as well
 * against "candidature" as against "data") and costs ~1 µs per string, too much for a
 * vocabulary of tens of thousands of words on every query word. So:
 * 1. a trigram index pre-selects at most MAX_CANDIDATES terms of similar length that share
 *    enough letter triples with the word (and the same first letter, or its first two letters
 *    swapped);
 * 2. an edit-distance check (Damerau, see ./edit-distance.ts) keeps only real typos: 1 edit
 *    up to 5 letters (for 3-letter words only a forgotten letter: "dta" → data, never
 *    "cdd" → cdi), 2 edits from 6 letters;
 * 3. fuse.js orders the few survivors (letters in the same order first) and drops any it
 *    finds too far (threshold 0.5); fuse.js runs on a handful of strings, never on the whole
 *    vocabulary (measured: 48 candidates cost ~0.5 ms a word, 3 cost a few µs). Trigram lists are
 *    sorted by term length, so only terms of a length within reach are counted..
 * Prefixes use binary search in the sorted vocabulary.
 */
import Fuse from 'fuse.js';
import { editDistance } from './edit-distance.js';

/** One term a query word may stand for, with how sure we are (0..1). */
export interface TermMatch {
  /** Term id in the index. */
  term: number;
  /** 1 for the word itself; lower for typos and prefixes (see FUZZY_QUALITY, PREFIX_QUALITY). */
  quality: number;
}

/** Best quality of a typo match, lowered by the share of letters edited. */
export const FUZZY_QUALITY = 0.85;
/** Best quality of a prefix match, lowered by the share of letters still missing. */
export const PREFIX_QUALITY = 0.9;
/** Terms given to fuse.js per word at most: bounds the cost of a typo. */
const MAX_CANDIDATES = 32;
/** Typo matches kept per word. */
const MAX_FUZZY = 4;
/** Prefix matches kept for the last word (the most frequent terms win). */
const MAX_PREFIX = 8;
/** Terms scanned for a prefix at most (a short prefix can match thousands). */
const PREFIX_SCAN = 2000;

/** Edits tolerated in a word of this length. */
export function allowedEdits(length: number): number {
  return length < 3 ? 0 : length <= 5 ? 1 : 2;
}

const trigramsOf = (term: string): string[] => {
  const padded = `^${term}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
};

/** The vocabulary of an index, with what is needed to look words up approximately. */
export class Vocabulary {
  private readonly sorted: Uint32Array;
  private readonly trigramIds = new Map<string, number>();
  private readonly trigramStart: Uint32Array;
  private readonly trigramTerms: Uint32Array;
  private readonly shared: Uint16Array;
  private readonly touched: Uint32Array;
  /** Length of each term (capped at 255), and its first two character codes (first << 16 | second). */
  private readonly lengths: Uint8Array;
  private readonly heads: Uint32Array;

  /**
   * `terms`: term text by id; `df`: document frequency by id (frequent terms win ties).
   * Terms containing digits are left out of typo matching (2024 is not a typo of 2025).
   */
  constructor(
    private readonly terms: readonly string[],
    private readonly df: Uint32Array,
  ) {
    this.sorted = Uint32Array.from(terms.keys()).sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));
    this.shared = new Uint16Array(terms.length);
    this.touched = new Uint32Array(terms.length);
    this.lengths = Uint8Array.from(terms, (t) => Math.min(t.length, 255));
    this.heads = Uint32Array.from(terms, (t) => ((t.charCodeAt(0) << 16) | (t.charCodeAt(1) || 0)) >>> 0);
    // Terms visited by increasing length, so that every trigram list comes out sorted by
    // length and a lookup only reads the terms of a plausible length.
    const byLength = Uint32Array.from(terms.keys()).sort((a, b) => this.lengths[a]! - this.lengths[b]! || a - b);
    const lists: number[][] = [];
    for (const id of byLength) {
      const term = terms[id]!;
      if (term.length < 3 || /\d/.test(term)) continue;
      for (const tri of trigramsOf(term)) {
        let k = this.trigramIds.get(tri);
        if (k === undefined) {
          k = lists.length;
          this.trigramIds.set(tri, k);
          lists.push([]);
        }
        const list = lists[k]!;
        if (list[list.length - 1] !== id) list.push(id);
      }
    }
    this.trigramStart = new Uint32Array(lists.length + 1);
    lists.forEach((l, k) => (this.trigramStart[k + 1] = this.trigramStart[k]! + l.length));
    this.trigramTerms = new Uint32Array(this.trigramStart[lists.length]!);
    lists.forEach((l, k) => this.trigramTerms.set(l, this.trigramStart[k]!));
  }

  /**
   * Terms starting with `prefix` (at least 3 characters), longer than it, most frequent
   * first; quality PREFIX_QUALITY × √(prefix length / term length).
   */
  withPrefix(prefix: string): TermMatch[] {
    if (prefix.length < 3) return [];
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[this.sorted[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < this.sorted.length && i < lo + PREFIX_SCAN; i++) {
      const id = this.sorted[i]!;
      const term = this.terms[id]!;
      if (!term.startsWith(prefix)) break;
      if (term.length > prefix.length) found.push(id);
    }
    found.sort((a, b) => this.df[b]! - this.df[a]!);
    return found.slice(0, MAX_PREFIX).map((term) => ({
      term,
      quality: PREFIX_QUALITY * Math.sqrt(prefix.length / this.terms[term]!.length),
    }));
  }

  /**
   * Terms within allowedEdits(word) of `word` (not the word itself), best first; quality
   * FUZZY_QUALITY × (1 − edits / longer length).
   */
  typosOf(word: string): TermMatch[] {
    const maxEdits = allowedEdits(word.length);
    if (maxEdits === 0 || /\d/.test(word)) return [];
    const grams = trigramsOf(word);
    const minShared = Math.max(1, grams.length - 3 * maxEdits);
    const { shared, touched, lengths, heads } = this;
    let touchedCount = 0;
    for (const tri of new Set(grams)) {
      const k = this.trigramIds.get(tri);
      if (k === undefined) continue;
      const end = this.trigramStart[k + 1]!;
      let lo = this.trigramStart[k]!;
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (lengths[this.trigramTerms[mid]!]! < word.length - maxEdits) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < end; i++) {
        const id = this.trigramTerms[i]!;
        if (lengths[id]! > word.length + maxEdits) break;
        if (shared[id] === 0) touched[touchedCount++] = id;
        shared[id]!++;
      }
    }
    const a = word.charCodeAt(0);
    const b = word.charCodeAt(1);
    const candidates: Array<{ id: number; shared: number }> = [];
    for (let i = 0; i < touchedCount; i++) {
      const id = touched[i]!;
      const count = shared[id]!;
      shared[id] = 0;
      if (count < minShared) continue;
      const length = lengths[id]!;
      if (Math.abs(length - word.length) > maxEdits || (word.length === 3 && length !== 4)) continue;
      const head = heads[id]!;
      if (head >>> 16 !== a && !(head >>> 16 === b && (head & 0xffff) === a)) continue;
      candidates.push({ id, shared: count });
    }
    candidates.sort((a, b) => b.shared - a.shared || this.df[b.id]! - this.df[a.id]!);
    const close: Array<{ id: number; edits: number }> = [];
    for (const { id } of candidates.slice(0, MAX_CANDIDATES)) {
      const edits = editDistance(word, this.terms[id]!, maxEdits);
      if (edits > 0 && edits <= maxEdits) close.push({ id, edits });
    }
    if (close.length === 0) return [];
    const fuse = new Fuse(
      close.map((c) => this.terms[c.id]!),
      { includeScore: true, threshold: 0.5, ignoreLocation: true, isCaseSensitive: true },
    );
    const out: TermMatch[] = [];
    for (const { refIndex } of fuse.search(word)) {
      const { id, edits } = close[refIndex]!;
      out.push({ term: id, quality: FUZZY_QUALITY * (1 - edits / Math.max(word.length, this.terms[id]!.length)) });
    }
    out.sort((a, b) => b.quality - a.quality || this.df[b.term]! - this.df[a.term]!);
    return out.slice(0, MAX_FUZZY);
  }

}
