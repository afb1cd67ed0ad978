/**
 * Structured filtering of the offer list for the recruiters' tab and its JSON API: by
 * organisation, place, remote work, category, contract, closing date and open/closed status,
 * plus a plain word match for when no search index is plugged in. Pure functions over loaded
 * offers; no HTTP here (see `offers-api.ts`).
 */
import { isPlaceStated } from '../knowledge/places.js';
import { CATEGORIES, CONTRACTS, type Category, type Contract, type Lang, type Offer, type Organisation } from '../knowledge/schemas.js';

/** The place filter's value (and facet) for offers that state no place, whatever words they use. */
export const PLACE_NOT_STATED = 'not-stated';

/** What a recruiter can narrow the list by. Every field is optional; absent means "any". */
export interface OfferListFilters {
  /**
   * An organisation, by id (`dinum`) or by name or alias as HR wrote it (`PEReN`, `beta.gouv`),
   * compared without case or accents.
   */
  organisation?: string;
  /**
   * A place: matches offers with a location containing it, without case or accents
   * (`paris` matches `Paris 7e`). Free text because HR writes places freely.
   * `PLACE_NOT_STATED`: the offers that state no place.
   */
  location?: string;
  /**
   * `true`: offers stating that some remote work is possible (any policy but `none`).
   * `false`: offers stating none. Offers that say nothing match neither: we do not guess.
   */
  remote?: boolean;
  /** A civil-service category: offers stating exactly that one. */
  category?: Category;
  /** A contract type: offers listing it among their contracts. */
  contract?: Contract;
  /**
   * `YYYY-MM-DD`: offers whose application deadline (`closes_on`) is on or before that day.
   * Offers without a deadline are left out, since they may close at any time.
   */
  closesBefore?: string;
  /** Also list closed offers. Default false: recruiters mostly want what candidates can apply to. */
  includeClosed?: boolean;
}

/** Lowercase, accents removed, apostrophes and punctuation turned into spaces, spaces squeezed. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/** Organisations by id, for names and aliases. */
export type OrganisationIndex = ReadonlyMap<string, Organisation>;

/** Indexes organisations by id. */
export function indexOrganisations(organisations: readonly Organisation[]): OrganisationIndex {
  return new Map(organisations.map((o) => [o.id, o]));
}

/** The organisation's display name, or its id when no organisation file describes it. */
export function organisationName(id: string, organisations: OrganisationIndex): string {
  return organisations.get(id)?.name ?? id;
}

/** Whether the organisation filter (id, name or alias) designates this organisation id. */
function isOrganisation(id: string, wanted: string, organisations: OrganisationIndex): boolean {
  const target = normaliseText(wanted);
  if (normaliseText(id) === target) return true;
  const org = organisations.get(id);
  return !!org && [org.name, ...org.aliases].some((name) => normaliseText(name) === target);
}

/** Policies that mean "some remote work is possible". */
const REMOTE_YES = new Set(['possible', 'occasional', 'partial', 'full']);

/**
 * Keeps the offers matching every given filter, in the order received. The text query is not
 * handled here: rank or match first (`matchesWords` or a search index), then filter.
 * @param organisations used to match the organisation filter against names and aliases.
 */
export function filterOfferList(
  offers: readonly Offer[],
  filters: OfferListFilters,
  organisations: OrganisationIndex = new Map(),
): Offer[] {
  const location = filters.location && filters.location !== PLACE_NOT_STATED ? normaliseText(filters.location) : '';
  const placeNotStated = filters.location === PLACE_NOT_STATED;
  return offers.filter((offer) => {
    if (!filters.includeClosed && !offer.open) return false;
    if (filters.organisation && !isOrganisation(offer.organisation, filters.organisation, organisations)) return false;
    if (location && !offer.locations.some((l) => ` ${normaliseText(l)} `.includes(` ${location} `))) return false;
    if (placeNotStated && offer.locations.some(isPlaceStated)) return false;
    if (filters.remote !== undefined) {
      const policy = offer.remote?.policy;
      if (policy === undefined) return false;
      if (filters.remote !== REMOTE_YES.has(policy)) return false;
    }
    if (filters.category && offer.category !== filters.category) return false;
    if (filters.contract && !(offer.contract ?? []).includes(filters.contract)) return false;
    if (filters.closesBefore && !(offer.closes_on && offer.closes_on <= filters.closesBefore)) return false;
    return true;
  });
}

/**
 * The plain word match used when no search index is available: every word of the query must
 * appear (as the start of a word) in the offer's title, organisation, places, tags, team,
 * family, category or contracts, without case or accents. `data paris` finds the data
 * scientist offer in Paris. Not ranked, and no typo tolerance: the search index does better.
 */
export function matchesWords(offer: Offer, query: string, organisations: OrganisationIndex = new Map()): boolean {
  const words = normaliseText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const org = organisations.get(offer.organisation);
  const haystack = ` ${normaliseText(
    [
      offer.title,
      offer.organisation,
      org?.name ?? '',
      ...(org?.aliases ?? []),
      ...offer.locations,
      ...offer.tags,
      offer.team ?? '',
      offer.family ?? '',
      offer.category ? `categorie ${offer.category}` : '',
      ...(offer.contract ?? []),
    ].join(' '),
  )}`;
  return words.every((w) => haystack.includes(` ${w}`));
}

/**
 * When an offer exists in both languages (`translation_of`), keeps the version in `lang` and
 * drops the other, so the list shows each position once. Offers without a translation stay.
 */
export function preferLanguage(offers: readonly Offer[], lang: Lang): Offer[] {
  const groupOf = (o: Offer) => o.translation_of ?? o.id;
  const groups = new Map<string, Offer[]>();
  for (const offer of offers) {
    const key = groupOf(offer);
    groups.set(key, [...(groups.get(key) ?? []), offer]);
  }
  return offers.filter((offer) => {
    const group = groups.get(groupOf(offer))!;
    return group.length === 1 || offer.lang === lang || !group.some((o) => o.lang === lang);
  });
}

/**
 * The default order of the list: open offers first, then the soonest deadline (offers without
 * one after), then by title in French alphabetical order.
 */
export function compareOffers(a: Offer, b: Offer): number {
  if (a.open !== b.open) return a.open ? -1 : 1;
  if (a.closes_on !== b.closes_on) {
    if (!a.closes_on) return 1;
    if (!b.closes_on) return -1;
    return a.closes_on < b.closes_on ? -1 : 1;
  }
  return a.title.localeCompare(b.title, 'fr');
}

/** One value of a facet and how many offers carry it. */
export interface FacetValue {
  value: string;
  /** How to show the value; for organisations, their name. */
  label: string;
  count: number;
}

/** The values the filters can take, from the offers at hand. */
export interface OfferFacets {
  organisations: FacetValue[];
  locations: FacetValue[];
  categories: FacetValue[];
  contracts: FacetValue[];
}

function tally(values: Iterable<[key: string, label: string]>): FacetValue[] {
  const counts = new Map<string, { labels: Map<string, number>; count: number }>();
  for (const [key, label] of values) {
    const entry = counts.get(key) ?? { labels: new Map(), count: 0 };
    entry.count++;
    entry.labels.set(label, (entry.labels.get(label) ?? 0) + 1);
    counts.set(key, entry);
  }
  return [...counts.entries()].map(([key, { labels, count }]) => ({
    value: key,
    // the spelling HR uses most often
    label: [...labels.entries()].sort((a, b) => b[1] - a[1])[0]![0],
    count,
  }));
}

const byLabel = (a: FacetValue, b: FacetValue) => a.label.localeCompare(b.label, 'fr');
const inOrder = (order: readonly string[]) => (a: FacetValue, b: FacetValue) => order.indexOf(a.value) - order.indexOf(b.value);

/**
 * Counts organisations, places, categories and contracts over `offers`. Places are grouped
 * without case or accents (`Paris`, `paris` count once) and shown in their most frequent
 * spelling, the offers stating none in one `PLACE_NOT_STATED` bucket; categories and contracts follow the schema's order, the rest alphabetical order.
 */
export function offerFacets(offers: readonly Offer[], organisations: OrganisationIndex = new Map()): OfferFacets {
  const organisationsFacet = tally(offers.map((o) => [o.organisation, organisationName(o.organisation, organisations)]));
  // Keyed without case or accents, but the value is a spelling HR used: the filter takes free text.
  // One bucket for the offers that state no place ("Non précisé", "Not stated"), labelled by the page.
  const locations = tally(
    offers.flatMap((o) => {
      const stated = o.locations.filter(isPlaceStated);
      return stated.length ? [...new Map(stated.map((l) => [normaliseText(l), l.trim()])).entries()] : [[PLACE_NOT_STATED, PLACE_NOT_STATED] as [string, string]];
    }),
  ).map((f) => ({ ...f, value: f.label }));
  const categories = tally(offers.flatMap((o) => (o.category ? [[o.category, o.category] as [string, string]] : [])));
  const contracts = tally(offers.flatMap((o) => (o.contract ?? []).map((c): [string, string] => [c, c])));
  return {
    organisations: organisationsFacet.sort(byLabel),
    locations: locations.sort(byLabel),
    categories: categories.sort(inOrder(CATEGORIES)),
    contracts: contracts.sort(inOrder(CONTRACTS)),
  };
}
