/**
 * `GET /api/offers`: the offer list as JSON for the recruiters' tab (and anyone scripting
 * against Tremplin): free-text search, structured filters, paging, and the facets that feed
 * the tab's filter menus. The knowledge comes in through functions, so the route always serves
 * the current (hot-reloaded) offers and tests hand in fixtures.
 */
import express, { type Router } from 'express';
import { z } from 'zod';
import { teamsErrors } from '../errors.js';
import { CATEGORIES, CONTRACTS, isoDate, LANGS, type Offer, type Organisation, type Remote } from '../knowledge/schemas.js';
import { isPlaceStated } from '../knowledge/places.js';
import {
  compareOffers,
  filterOfferList,
  indexOrganisations,
  matchesWords,
  normaliseText,
  offerFacets,
  organisationName,
  preferLanguage,
  type OfferFacets,
  type OrganisationIndex,
} from './offers-query.js';

/** Where the offers API gets its data. */
export interface OffersApiDeps {
  /** Every loaded offer, open or closed; called on each request. */
  listOffers: () => readonly Offer[];
  /** Every loaded organisation, for names and aliases; called on each request. */
  listOrganisations: () => readonly Organisation[];
  /**
   * The search index: offer ids matching a free-text query, best first. Optional: without it,
   * `q` is a plain word match (every word must appear), listed in the default order.
   */
  searchOffers?: (q: string) => readonly string[];
}

/** One offer as the API returns it. Unknown facts are `null`, never guessed. */
export interface OfferSummary {
  id: string;
  title: string;
  organisation: { id: string; name: string };
  /** The places it names; empty when it states none. */
  locations: string[];
  category: Offer['category'];
  contract: Offer['contract'];
  remote: Remote | null;
  /** Application deadline, `YYYY-MM-DD`. */
  closes_on: string | null;
  /** The published announcement. */
  url: string | null;
  /** Where to apply: a web address or an e-mail address. */
  apply: string | null;
  lang: Offer['lang'];
  open: boolean;
}

/** The body of a successful `GET /api/offers`. */
export interface OffersResponse {
  /** How many offers match, before paging. */
  total: number;
  offers: OfferSummary[];
  /**
   * The values each filter can take, counted over all the offers listed before filtering
   * (open ones, or all with `includeClosed`): the menus stay the same while a recruiter filters.
   */
  facets: OfferFacets;
}

/** Absent or empty parameters are the same: "any". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const single = z.string({ error: 'expected a single text value' }).trim();
const boolean = z.enum(['true', 'false', '1', '0'], { error: 'expected true or false' }).transform((v) => v === 'true' || v === '1');
const fold = (v: string) => normaliseText(v);

const querySchema = z.strictObject(
  {
    /** Free text: title, organisation, place… */
    q: optional(single.max(200, 'at most 200 characters')),
    organisation: optional(single),
    location: optional(single),
    remote: optional(boolean),
    category: optional(
      single
        .transform((v) => v.replace(/^cat(é|e)gorie\s*/i, '').toUpperCase())
        .pipe(z.enum(CATEGORIES, { error: `expected one of: ${CATEGORIES.join(', ')}` })),
    ),
    contract: optional(
      single
        .transform((v) => CONTRACTS.find((c) => fold(c) === fold(v)) ?? v)
        .pipe(z.enum(CONTRACTS, { error: `expected one of: ${CONTRACTS.join(', ')}` })),
    ),
    closesBefore: optional(isoDate),
    includeClosed: optional(boolean),
    /** Prefer this language when an offer exists in both. */
    lang: optional(z.enum(LANGS, { error: `expected one of: ${LANGS.join(', ')}` })),
    limit: z.preprocess(
      (v) => (v === undefined || v === '' ? undefined : Number(v)),
      z
        .number({ error: 'expected a whole number' })
        .int('expected a whole number')
        .min(1, 'expected at least 1')
        .max(200, 'expected at most 200')
        .default(50),
    ),
    skip: z.preprocess(
      (v) => (v === undefined || v === '' ? undefined : Number(v)),
      z.number({ error: 'expected a whole number' }).int('expected a whole number').min(0, 'expected 0 or more').default(0),
    ),
  },
);

const KNOWN_PARAMS = Object.keys(querySchema.shape).join(', ');

/** The parsed query of `GET /api/offers`. */
export type OffersQuery = z.infer<typeof querySchema>;

/** Parses query parameters; returns the problems (one per parameter) when they are invalid. */
export function parseOffersQuery(
  query: unknown,
): { ok: true; query: OffersQuery } | { ok: false; issues: { param: string; message: string }[] } {
  const parsed = querySchema.safeParse(query ?? {});
  if (parsed.success) return { ok: true, query: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.flatMap((i) =>
      i.code === 'unrecognized_keys'
        ? i.keys.map((key) => ({ param: key, message: `unknown parameter (known: ${KNOWN_PARAMS})` }))
        : [{ param: i.path.map(String).join('.'), message: i.message }],
    ),
  };
}

/** An offer as the API shows it. */
export function summariseOffer(offer: Offer, organisations: OrganisationIndex): OfferSummary {
  return {
    id: offer.id,
    title: offer.title,
    organisation: { id: offer.organisation, name: organisationName(offer.organisation, organisations) },
    locations: offer.locations.filter(isPlaceStated),
    category: offer.category,
    contract: offer.contract,
    remote: offer.remote ?? null,
    closes_on: offer.closes_on ?? null,
    url: offer.url ?? null,
    apply: offer.apply ?? null,
    lang: offer.lang,
    open: offer.open,
  };
}

/** Runs a parsed query against the offers: the whole answer, without HTTP. */
export function queryOffers(deps: OffersApiDeps, query: OffersQuery): OffersResponse {
  const organisations = indexOrganisations(deps.listOrganisations());
  let universe = deps.listOffers().filter((o) => query.includeClosed || o.open);
  if (query.lang) universe = preferLanguage(universe, query.lang);
  const facets = offerFacets(universe, organisations);

  let candidates: Offer[];
  if (query.q && deps.searchOffers) {
    const byId = new Map(universe.map((o) => [o.id, o]));
    candidates = deps.searchOffers(query.q).flatMap((id) => byId.get(id) ?? []);
  } else {
    candidates = universe.filter((o) => !query.q || matchesWords(o, query.q, organisations)).sort(compareOffers);
  }
  const matching = filterOfferList(candidates, query, organisations);
  return {
    total: matching.length,
    offers: matching.slice(query.skip, query.skip + query.limit).map((o) => summariseOffer(o, organisations)),
    facets,
  };
}

/**
 * The router serving `GET /api/offers` (mount it at the root: `app.use(createOffersApi(…))`).
 *
 * Query parameters, all optional: `q` (free text), `organisation` (id, name or alias),
 * `location`, `remote` (true/false), `category` (A+, A, B, C), `contract`, `closesBefore`
 * (YYYY-MM-DD, deadline on or before), `includeClosed` (default false), `lang` (fr/en: show
 * each translated offer once, in that language), `limit` (1–200, default 50), `skip` (default 0).
 * An invalid or unknown parameter gets a 400 with `{ error: 'invalid_query', message, issues }`.
 */
export function createOffersApi(deps: OffersApiDeps): Router {
  const router = express.Router();
  router.get('/api/offers', (req, res) => {
    const parsed = parseOffersQuery(req.query);
    if (!parsed.ok) {
      res.status(400).json({
        error: 'invalid_query',
        message: teamsErrors.invalidQuery(parsed.issues.map((i) => `${i.param}: ${i.message}`)),
        issues: parsed.issues,
      });
      return;
    }
    res.set('Cache-Control', 'no-cache');
    res.json(queryOffers(deps, parsed.query));
  });
  return router;
}
