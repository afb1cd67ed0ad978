/**
 * What an entry's short fields say about a query, computed for the few entries that made the
 * first cut: how closely its best title fits the query (`titleFit`, part of the score), and
 * which fields hold a query word (`matchedFields`, reported in every hit).
 */
import type { Entry } from '../schemas.js';
import { FIELDS, TITLE_LIKE_FIELDS, fieldLabel, type MatchedField } from './fields.js';
import { IN_BODY, SEGMENT_BREAK, postingOf, type InvertedIndex } from './inverted-index.js';
import type { QueryTerm } from './query.js';

/** For each index term standing for a query word: which word (its position) and how well. */
export type VariantMap = Map<number, { word: number; quality: number }>;

/** The VariantMap of a parsed query; a term standing for two words goes to the weightier one. */
export function variantMap(terms: readonly QueryTerm[]): VariantMap {
  const map: VariantMap = new Map();
  terms.forEach((term, k) => {
    for (const v of term.variants) {
      const current = map.get(v.term);
      const value = v.quality * term.weight;
      if (!current || value > current.quality * terms[current.word]!.weight) map.set(v.term, { word: k, quality: v.quality });
    }
  });
  return map;
}

/** Positions in FIELDS of the title-like fields. */
const TITLE_LIKE_INDEXES = TITLE_LIKE_FIELDS.map((field) => FIELDS.indexOf(field));

/**
 * How closely the best title-like segment (title, question, one alternative phrasing, one
 * alias) of entry `d` matches the query, 0..1: the F-measure of the segment's words found in
 * the query (precision) and of the query's weight found in the segment (recall), × 0.75 when
 * none of the query's neighbouring words are neighbours in the segment (up to × 1 when all
 * are). `found`: scratch space, one zeroed slot per query word, returned zeroed.
 */
export function titleFit(
  index: InvertedIndex,
  d: number,
  terms: readonly QueryTerm[],
  variants: VariantMap,
  totalWeight: number,
  found: Float32Array,
): number {
  const { fieldStart, fieldTokens } = index;
  const F = FIELDS.length;
  let bestFit = 0;
  // Index loops, no closures: this runs for every candidate entry of every search.
  for (let n = 0; n < TITLE_LIKE_INDEXES.length; n++) {
    const f = TITLE_LIKE_INDEXES[n]!;
    const end = fieldStart[d * F + f + 1]!;
    let length = 0;
    let matched = 0;
    let adjacent = 0;
    let previous = -2;
    for (let i = fieldStart[d * F + f]!; i <= end; i++) {
      const t = i < end ? fieldTokens[i]! : SEGMENT_BREAK;
      if (t === SEGMENT_BREAK) {
        let recall = 0;
        for (let k = 0; k < terms.length; k++) recall += terms[k]!.weight * found[k]!;
        recall /= totalWeight;
        const precision = length > 0 ? matched / length : 0;
        if (precision > 0 && recall > 0) {
          let f1 = (2 * precision * recall) / (precision + recall);
          if (terms.length > 1) f1 *= 0.75 + 0.25 * Math.min(1, adjacent / (terms.length - 1));
          bestFit = Math.max(bestFit, f1);
        }
        found.fill(0);
        length = matched = adjacent = 0;
        previous = -2;
        continue;
      }
      length++;
      const v = variants.get(t);
      if (!v) {
        previous = -2;
        continue;
      }
      matched++;
      if (v.quality > found[v.word]!) found[v.word] = v.quality;
      if (v.word === previous + 1) adjacent++;
      previous = v.word;
    }
  }
  return bestFit;
}

/** The fields of entry `d` holding a variant of a query word, short fields first, then `body`. */
export function matchedFields(index: InvertedIndex, d: number, variants: VariantMap): MatchedField[] {
  const { fieldStart, fieldTokens } = index;
  const F = FIELDS.length;
  const kind: Entry['kind'] = index.entries[d]!.kind;
  const out: MatchedField[] = [];
  FIELDS.forEach((field, f) => {
    for (let i = fieldStart[d * F + f]!; i < fieldStart[d * F + f + 1]!; i++) {
      if (variants.has(fieldTokens[i]!)) {
        out.push(fieldLabel(field, kind));
        return;
      }
    }
  });
  for (const t of variants.keys()) {
    if (postingOf(index, t, d) & IN_BODY) {
      out.push('body');
      break;
    }
  }
  return out;
}
