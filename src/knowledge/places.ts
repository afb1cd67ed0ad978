/**
 * Offers that do not give their place say so in their own language: HR writes `Non précisé`,
 * English files `Not stated` (the importer writes the same words). Everything that lists or
 * counts places asks here, so that both count as one "not stated", never as two places.
 */

const NOT_STATED = /^\s*(non\s+pr[ée]cis[ée]e?|not\s+stated)\s*$/i;

/** Whether a location names a place (false for `Non précisé`, `Not stated`, blank). */
export function isPlaceStated(location: string): boolean {
  return location.trim() !== '' && !NOT_STATED.test(location);
}
