/**
 * The inverted index behind search: for every stemmed word (term), the entries containing it
 * with one precomputed impact each, in flat typed arrays (compressed sparse rows) so that
 * 30,000 offers cost tens of megabytes, not hundreds, and a query walks contiguous memory.
 *
 * Impact of a term in an entry, in 0..1: the best FIELD_WEIGHTS of the short fields holding
 * it, or, from the body, BODY_WEIGHT × BM25 saturation of its count (k1 = 1.2, b = 0.75,
 * lengths compared with the average body of the same kind). Stored on 7 bits; the 8th bit
 * says the term also occurs in the body (to report `matched: ['body']`).
 */
import { chunkTokens, isStopword, stem } from '../../text/normalise.js';
import type { Entry, Kind, Lang } from '../schemas.js';
import { ChunkTable, U32Buffer } from './chunk-table.js';
import { BODY_WEIGHT, FIELD_WEIGHTS, FIELDS, searchableText } from './fields.js';

/** Marks the boundary between two segments of a short field in `fieldTokens`. */
export const SEGMENT_BREAK = 0xffffffff;
/** Bit of `postingImpact` set when the term occurs in the entry's body. */
export const IN_BODY = 0x80;
/** Impacts are stored as `round(impact × IMPACT_SCALE)` in the low 7 bits. */
export const IMPACT_SCALE = 127;

const K1 = 1.2;
const B = 0.75;

/** The built index; read-only once built. */
export interface InvertedIndex {
  /** The entries, in index order (a document number is a position in this list). */
  readonly entries: readonly Entry[];
  /** Term text by term id. */
  readonly terms: readonly string[];
  /** Term id by term text. */
  readonly termIds: ReadonlyMap<string, number>;
  /** How many entries contain each term. */
  readonly df: Uint32Array;
  /** BM25 inverse document frequency of each term: ln(1 + (N − df + 0.5) / (df + 0.5)). */
  readonly idf: Float32Array;
  /** Postings of term t are positions postingStart[t] … postingStart[t + 1] − 1. */
  readonly postingStart: Uint32Array;
  /**
   * Entry number of each posting, ascending within a term: 16 bits each up to 65,536 entries
   * (3.3 million postings with 30,000 offers: 6.5 MB less), 32 beyond.
   */
  readonly postingDoc: Uint16Array | Uint32Array;
  /** Impact (7 bits) and IN_BODY flag of each posting. */
  readonly postingImpact: Uint8Array;
  /** Tokens of short field f of entry d: fieldTokens[fieldStart[d·F + f] … fieldStart[d·F + f + 1]). */
  readonly fieldStart: Uint32Array;
  /** Term ids of the short fields, segments separated by SEGMENT_BREAK. */
  readonly fieldTokens: Uint32Array;
}

/** Turns text into term ids: one chunk table per language, sharing one term list. */
class Terms {
  readonly ids = new Map<string, number>();
  readonly list: string[] = [];
  private readonly tables: Record<Lang, ChunkTable> = {
    fr: new ChunkTable((chunk) => this.resolve(chunk, 'fr')),
    en: new ChunkTable((chunk) => this.resolve(chunk, 'en')),
  };

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(term, id);
      this.list.push(term);
    }
    return id;
  }

  private resolve(chunk: string, lang: Lang): number[] {
    const out: number[] = [];
    for (const token of chunkTokens(chunk)) if (!isStopword(token)) out.push(this.idOf(stem(token, lang)));
    return out;
  }

  /** Appends the term ids of `text` (stopwords skipped) to `out`; returns how many. */
  add(text: string, lang: Lang, out: U32Buffer): number {
    return this.tables[lang].add(text, out);
  }
}

/** Builds the index of `entries` (see the module comment for what is stored). */
export function buildInvertedIndex(entries: readonly Entry[]): InvertedIndex {
  const organisationNames = new Map<string, string[]>();
  for (const e of entries) if (e.kind === 'organisation') organisationNames.set(e.id, [e.name, ...e.aliases]);

  const n = entries.length;
  const F = FIELDS.length;
  const terms = new Terms();
  const fieldTokens = new U32Buffer();
  const fieldStart = new Uint32Array(n * F + 1);
  // About 300 terms per entry (a 2 KB body, one term per 7 characters): sized once instead of
  // doubling 10 times, without reading every body twice (an offer's body is read from a file).
  const bodyTokens = new U32Buffer(n * 300);
  const bodyStart = new Uint32Array(n + 1);
  const lengthSum: Partial<Record<Kind, { total: number; count: number }>> = {};

  // Pass 1: text to term ids.
  entries.forEach((entry, d) => {
    const text = searchableText(entry, organisationNames);
    FIELDS.forEach((field, f) => {
      fieldStart[d * F + f] = fieldTokens.length;
      (text.fields[field] ?? []).forEach((segment, i) => {
        if (i > 0) fieldTokens.push(SEGMENT_BREAK);
        terms.add(segment, entry.lang, fieldTokens);
      });
    });
    bodyStart[d] = bodyTokens.length;
    let length = 0;
    for (const paragraph of text.body) length += terms.add(paragraph, entry.lang, bodyTokens);
    const sum = (lengthSum[entry.kind] ??= { total: 0, count: 0 });
    sum.total += length;
    sum.count += 1;
  });
  fieldStart[n * F] = fieldTokens.length;
  bodyStart[n] = bodyTokens.length;
  const fields = fieldTokens.toArray();
  const body = bodyTokens.data;
  const vocabularySize = terms.list.length;
  if (vocabularySize >= 1 << 24) throw new Error(`search: ${vocabularySize} distinct words, more than the 16,777,216 the index can number`);

  // Pass 2: each entry's distinct terms with their impact (packed term << 8 | impact byte),
  // and document frequencies.
  const df = new Uint32Array(vocabularySize);
  const pairs = new U32Buffer(bodyTokens.length / 2 + fields.length);
  const pairStart = new Uint32Array(n + 1);
  const fieldBest = new Float32Array(vocabularySize);
  const bodyCount = new Uint16Array(vocabularySize);
  const touched = new Uint32Array(vocabularySize);
  for (let d = 0; d < n; d++) {
    let count = 0;
    for (let f = 0; f < F; f++) {
      const weight = FIELD_WEIGHTS[FIELDS[f]!];
      const end = fieldStart[d * F + f + 1]!;
      for (let i = fieldStart[d * F + f]!; i < end; i++) {
        const t = fields[i]!;
        if (t === SEGMENT_BREAK) continue;
        if (fieldBest[t] === 0 && bodyCount[t] === 0) touched[count++] = t;
        if (weight > fieldBest[t]!) fieldBest[t] = weight;
      }
    }
    const end = bodyStart[d + 1]!;
    for (let i = bodyStart[d]!; i < end; i++) {
      const t = body[i]!;
      if (fieldBest[t] === 0 && bodyCount[t] === 0) touched[count++] = t;
      if (bodyCount[t]! < 0xffff) bodyCount[t]!++;
    }
    const sum = lengthSum[entries[d]!.kind]!;
    const lengthRatio = sum.total > 0 ? (end - bodyStart[d]!) / (sum.total / sum.count) : 1;
    const norm = K1 * (1 - B + B * lengthRatio);
    pairStart[d] = pairs.length;
    pairs.reserve(count);
    for (let k = 0; k < count; k++) {
      const t = touched[k]!;
      const tf = bodyCount[t]!;
      const fromBody = tf > 0 ? (BODY_WEIGHT * tf) / (tf + norm) : 0;
      const impact = Math.max(1, Math.round(Math.max(fieldBest[t]!, fromBody) * IMPACT_SCALE)) | (tf > 0 ? IN_BODY : 0);
      pairs.data[pairs.length++] = ((t << 8) | impact) >>> 0;
      df[t]!++;
      fieldBest[t] = 0;
      bodyCount[t] = 0;
    }
  }
  pairStart[n] = pairs.length;

  // Pass 3: postings laid out term by term (compressed sparse rows), entries ascending.
  const postingStart = new Uint32Array(vocabularySize + 1);
  for (let t = 0; t < vocabularySize; t++) postingStart[t + 1] = postingStart[t]! + df[t]!;
  const cursor = postingStart.slice(0, vocabularySize);
  const total = postingStart[vocabularySize]!;
  const postingDoc = n <= 0x10000 ? new Uint16Array(total) : new Uint32Array(total);
  const postingImpact = new Uint8Array(total);
  const packed = pairs.data;
  for (let d = 0; d < n; d++) {
    const end = pairStart[d + 1]!;
    for (let k = pairStart[d]!; k < end; k++) {
      const pair = packed[k]!;
      const p = cursor[pair >>> 8]!++;
      postingDoc[p] = d;
      postingImpact[p] = pair & 0xff;
    }
  }

  const idf = new Float32Array(vocabularySize);
  for (let t = 0; t < vocabularySize; t++) idf[t] = Math.log(1 + (n - df[t]! + 0.5) / (df[t]! + 0.5));

  return { entries, terms: terms.list, termIds: terms.ids, df, idf, postingStart, postingDoc, postingImpact, fieldStart, fieldTokens: fields };
}

/** Whether the postings of term `t` hold entry `d`, and the posting's byte (0 when absent). */
export function postingOf(index: InvertedIndex, t: number, d: number): number {
  let lo = index.postingStart[t]!;
  let hi = index.postingStart[t + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const doc = index.postingDoc[mid]!;
    if (doc === d) return index.postingImpact[mid]!;
    if (doc < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
