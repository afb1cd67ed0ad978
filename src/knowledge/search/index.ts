/**
 * Knowledge search: the public API. See ./search-index.ts for what a score means.
 *
 * ```ts
 * const index = SearchIndex.build(entries);
 * const [best] = index.search('télétravail chez beta.gouv.fr', { lang: 'fr', limit: 3 });
 * if (!best || best.score < NO_ANSWER_THRESHOLD) { ...say you do not know... }
 * ```
 */
export {
  SearchIndex,
  NO_ANSWER_THRESHOLD,
  DEFAULT_MIN_SCORE,
  OTHER_LANGUAGE_FACTOR,
  type SearchOptions,
  type SearchHit,
  type SearchIndexOptions,
} from './search-index.js';
export { filterOffers, offerFilter, offerMatches, organisationId, type OfferFilters } from './filters.js';
export { DEFAULT_SYNONYMS } from './synonyms.js';
export { FIELD_WEIGHTS, BODY_WEIGHT, type Field, type MatchedField } from './fields.js';
