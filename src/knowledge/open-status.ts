/**
 * Whether an offer still takes applications: `status: open`, its closing date not passed, and
 * not stale. Dates in the files are French calendar dates, so "today" is taken in Paris time:
 * an offer that closes on the 31st is open until midnight in Paris, wherever the server runs.
 *
 * The freshness rule. Pages often never say when an offer closes; left alone, an offer
 * published in 2019 would be served as open for ever. So an open offer WITHOUT `closes_on`
 * counts as open for `FRESH_FOR_DAYS` days after the later of its `published_on` and its
 * `reviewed_on` (the day HR last checked it was still open), then as stale: not proposed to
 * candidates, said to be probably filled when asked about. An offer with neither date is aged
 * by its start date when it has one (stale once that date is more than `FRESH_FOR_DAYS` days
 * past: it was published before). Without any date it cannot be aged: one HR wrote stays open
 * (`knowledge check` counts those); one the import wrote from
 * a page that gave no date (it carries `source`) counts as stale until HR sets `reviewed_on` —
 * nobody knows when its page was open. Why 90 days: in the 44 real
 * beta.gouv.fr job pages that state both an opening and a closing date (2020–2022), the median
 * offer stayed open 45 days and 38 of 44 (86 %) closed within 90 days; past three months an
 * undated offer is far more likely filled than open, and HR keeps a live one open by setting
 * `reviewed_on` to the day they checked it.
 */
import { withFields } from './compact-entry.js';
import type { Offer, OfferFrontMatter } from './schemas.js';

/** Days an offer without a closing date counts as open after its publication or last review. */
export const FRESH_FOR_DAYS = 90;

/** Time zone in which closing dates are read. Default of every `timeZone` option. */
export const KNOWLEDGE_TIME_ZONE = 'Europe/Paris';

const formatters = new Map<string, { format: Intl.DateTimeFormat; minute: number; date: string }>();

/**
 * The calendar date of `now` in `timeZone`, written `YYYY-MM-DD` like the files' dates.
 * Remembered for the minute (every turn asks; `Intl` formatting costs more than the rest of the
 * check, and no time zone changes its date within a minute).
 * @param timeZone an IANA zone; default `Europe/Paris`.
 */
export function calendarDate(now: Date, timeZone: string = KNOWLEDGE_TIME_ZONE): string {
  let zone = formatters.get(timeZone);
  if (!zone) {
    zone = { format: new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }), minute: Number.NaN, date: '' };
    formatters.set(timeZone, zone);
  }
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== zone.minute) {
    const parts = zone.format.formatToParts(now);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    zone.date = `${part('year')}-${part('month')}-${part('day')}`;
    zone.minute = minute;
  }
  return zone.date;
}

/** The dates the state of an offer depends on. */
export type DatedOffer = Pick<OfferFrontMatter, 'status' | 'closes_on' | 'published_on' | 'reviewed_on'> & Partial<Pick<OfferFrontMatter, 'source' | 'start_date'>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The start date (`YYYY-MM-DD`) of an offer with no publication or review date, when it was to start more than
 * `FRESH_FOR_DAYS` days ago: it was published before its start, so it is older still, and its
 * team was to be in place long since. Such an offer is stale with no date of its own (the start
 * date is not a publication date, so no answer may present it as one). `undefined` otherwise.
 */
function startedLongAgo(offer: DatedOffer, today: string): string | undefined {
  const start = offer.start_date;
  return typeof start === 'string' && ISO_DATE.test(start) && daysBetween(start, today) > FRESH_FOR_DAYS ? start : undefined;
}

/**
 * Where an offer stands on a day:
 * - `open`: takes applications;
 * - `closed`: `status: closed` (filled or withdrawn);
 * - `expired`: its `closes_on` has passed (`since` is that date);
 * - `stale`: no `closes_on`, and more than `FRESH_FOR_DAYS` days since its publication or last
 *   review (`since` is the day it turned stale, `from` the date it counts from, `ageDays` how
 *   long ago) — or, with no publication or review date, aged by a start date more than
 *   `FRESH_FOR_DAYS` days past (`startedOn`, and `ageDays` since it) — or imported from a page
 *   that gave no date at all (none of these).
 */
export type OfferState =
  | { readonly state: 'open'; readonly from?: string }
  | { readonly state: 'closed' }
  | { readonly state: 'expired'; readonly since: string }
  | { readonly state: 'stale'; readonly since: string; readonly from: string; readonly ageDays: number; readonly startedOn?: undefined }
  | { readonly state: 'stale'; readonly startedOn: string; readonly ageDays: number; readonly since?: undefined; readonly from?: undefined }
  | { readonly state: 'stale'; readonly since?: undefined; readonly from?: undefined; readonly ageDays?: undefined; readonly startedOn?: undefined };

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** The date the freshness of an offer counts from: the later of `published_on` and `reviewed_on`. */
export function freshnessStart(offer: Pick<OfferFrontMatter, 'published_on' | 'reviewed_on'>): string | undefined {
  const { published_on: published, reviewed_on: reviewed } = offer;
  if (published === undefined) return reviewed;
  return reviewed !== undefined && reviewed > published ? reviewed : published;
}

/**
 * Where the offer stands on `today` (see `OfferState`).
 * @param today `YYYY-MM-DD`, from `calendarDate`.
 */
export function offerState(offer: DatedOffer, today: string): OfferState {
  if (offer.status !== 'open') return { state: 'closed' };
  if (offer.closes_on !== undefined) return offer.closes_on >= today ? { state: 'open' } : { state: 'expired', since: offer.closes_on };
  const from = freshnessStart(offer);
  if (from === undefined) {
    const startedOn = startedLongAgo(offer, today);
    if (startedOn) return { state: 'stale', startedOn, ageDays: daysBetween(startedOn, today) };
    return offer.source ? { state: 'stale' } : { state: 'open' };
  }
  const ageDays = daysBetween(from, today);
  if (ageDays <= FRESH_FOR_DAYS) return { state: 'open', from };
  return { state: 'stale', since: isoOfDay(dayNumber(from) + FRESH_FOR_DAYS + 1), from, ageDays };
}

/**
 * True when the offer is open on `today`: its status is open, `closes_on`, when given, is today
 * or later (the closing day itself still counts), and it is not stale.
 * @param today `YYYY-MM-DD`, from `calendarDate`.
 */
export function isOfferOpen(offer: DatedOffer, today: string): boolean {
  return offerState(offer, today).state === 'open';
}

/**
 * True when an offer counts as open only on the word of whoever wrote it: open today, with no
 * closing, publication or review date, so nothing says since when (the PEReN's offers, copied
 * from a recruitment page that gives no date). It stays listed, but answers never call it surely
 * open: they say it is announced as open, undated, and where to check that it still is.
 * Reads `open` as computed for the day (`withOpenStatus`).
 */
export function isOpenUndated(offer: Pick<Offer, 'open' | 'closes_on' | 'published_on' | 'reviewed_on'>): boolean {
  return offer.open && offer.closes_on === undefined && offer.published_on === undefined && offer.reviewed_on === undefined;
}

/**
 * The same offer with `open` computed for `today`; the very same object when nothing changes,
 * so unchanged offers keep their identity from one snapshot to the next.
 */
export function withOpenStatus(offer: Offer, today: string): Offer {
  const open = isOfferOpen(offer, today);
  return open === offer.open ? offer : withFields(offer, { open });
}
