/**
 * Whether an offer still takes applications: `status: open` and its closing date not passed.
 * Dates in the files are French calendar dates, so "today" is taken in Paris time: an offer
 * that closes on the 31st is open until midnight in Paris, wherever the server runs.
 */
import type { Offer, OfferFrontMatter } from './schemas.js';

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

/**
 * True when the offer is open on `today`: its status is open and `closes_on`, when given, is
 * today or later (the closing day itself still counts).
 * @param today `YYYY-MM-DD`, from `calendarDate`.
 */
export function isOfferOpen(offer: Pick<OfferFrontMatter, 'status' | 'closes_on'>, today: string): boolean {
  return offer.status === 'open' && (offer.closes_on === undefined || offer.closes_on >= today);
}

/**
 * The same offer with `open` computed for `today`; the very same object when nothing changes,
 * so unchanged offers keep their identity from one snapshot to the next.
 */
export function withOpenStatus(offer: Offer, today: string): Offer {
  const open = isOfferOpen(offer, today);
  return open === offer.open ? offer : { ...offer, open };
}
