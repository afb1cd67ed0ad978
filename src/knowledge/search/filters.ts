/**
 * Structured filters on offers ("CDD à Lyon en catégorie A, télétravail possible"), shared by
 * search and by the bot's listings so that both agree on what, say, "à Paris" means.
 */
import { normalise } from '../../text/normalise.js';
import type { Category, Contract, Offer } from '../schemas.js';

/** Conditions an offer must meet; every condition given must hold (AND); lists are OR. */
export interface OfferFilters {
  /** Organisation id (`dinum`, `peren`); case and accents ignored (see organisationId). */
  organisation?: string;
  /**
   * Places: an offer matches when one of its locations contains all the words of one of these
   * ("Paris" matches "Paris 7e" and "Paris (télétravail possible)"; "Saint-Jacques" matches
   * "Saint-Jacques-de-la-Lande"). Case, accents and punctuation are ignored.
   */
  locations?: string[];
  /** Civil-service categories; an offer without a stated category never matches. */
  categories?: Category[];
  /** Contract types; matches when the offer allows one of them; unstated contract never matches. */
  contracts?: Contract[];
  /**
   * `true`: offers allowing some remote work (possible, occasional, partial or full);
   * `false`: offers stating none. Offers that say nothing about it match neither.
   */
  remote?: boolean;
  /** `YYYY-MM-DD`: offers whose `closes_on` is on or before this day (offers without one never match). */
  closesBefore?: string;
  /** Keep closed offers (default false: a candidate is never sent to a closed offer). */
  includeClosed?: boolean;
  /**
   * `YYYY-MM-DD`, optional: also treat as closed the offers whose `closes_on` is before this
   * day, for a long-running process whose `open` flags were computed at load time. Without
   * it only `open` counts (no hidden clock).
   */
  today?: string;
}

/** The normalised words of a place or any short text. */
export const words = (text: string): string[] => normalise(text).split(' ').filter(Boolean);

/** An organisation id as HR writes it (`PEReN` → `peren`, `Beta Gouv` → `beta-gouv`). */
export const organisationId = (name: string): string => normalise(name).replace(/ /g, '-');

/** Normalised words of each offer's locations, computed once per offer object. */
const placesCache = new WeakMap<Offer, Array<Set<string>>>();
const placesOf = (offer: Offer): Array<Set<string>> => {
  let places = placesCache.get(offer);
  if (!places) {
    places = offer.locations.map((l) => new Set(words(l)));
    placesCache.set(offer, places);
  }
  return places;
};

/**
 * Compiles `filters` into a test, normalising the wanted places and organisation once:
 * use it when testing many offers against the same filters.
 */
export function offerFilter(filters: OfferFilters): (offer: Offer) => boolean {
  const organisation = filters.organisation ? organisationId(filters.organisation) : undefined;
  const wanted = (filters.locations ?? []).map(words).filter((w) => w.length > 0);
  const { categories, contracts, remote, closesBefore, includeClosed, today } = filters;
  return (offer) => {
    if (!includeClosed) {
      if (!offer.open) return false;
      if (today && offer.closes_on && offer.closes_on < today) return false;
    }
    if (organisation !== undefined && organisation !== offer.organisation) return false;
    if (categories?.length && !(offer.category && categories.includes(offer.category))) return false;
    if (contracts?.length && !offer.contract?.some((c) => contracts.includes(c))) return false;
    if (remote !== undefined && (!offer.remote || remote !== (offer.remote.policy !== 'none'))) return false;
    if (closesBefore && !(offer.closes_on && offer.closes_on <= closesBefore)) return false;
    if (wanted.length) {
      const places = placesOf(offer);
      if (!wanted.some((w) => places.some((p) => w.every((x) => p.has(x))))) return false;
    }
    return true;
  };
}

/** Whether `offer` meets every condition of `filters` (see offerFilter for many offers). */
export function offerMatches(offer: Offer, filters: OfferFilters): boolean {
  return offerFilter(filters)(offer);
}

/**
 * The offers meeting `filters`, in their original order. Closed offers are left out unless
 * `includeClosed`. Cost: linear in the number of offers, no index needed at listing sizes.
 */
export function filterOffers(offers: readonly Offer[], filters: OfferFilters): Offer[] {
  return offers.filter(offerFilter(filters));
}
