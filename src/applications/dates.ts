/**
 * Dates as recruiters write and read them: import files carry ISO dates (`2024-03-01`,
 * `2024-03-01T10:00:00Z`, Démarches Simplifiées' `2024-03-01 10:00:00 +0100`) or French ones
 * (`01/03/2024 10:00`); dates without a time zone are Paris time, and dates are shown in Paris
 * time. Also the purge's "older than 365d" durations.
 */
import { own } from '../own.js';

/** The time zone of recruiters and candidates, for dates written or shown without one. */
export const RECRUITERS_TIME_ZONE = 'Europe/Paris';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const FRENCH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/i;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: RECRUITERS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Milliseconds Paris is ahead of UTC at instant `utcMs` (3 600 000 in winter). */
function parisOffset(utcMs: number): number {
  const p = Object.fromEntries(partsFormat.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** The instant a Paris wall-clock time denotes (one of the two when clocks go back). */
function fromParisWallClock(wallAsUtc: number): number {
  let instant = wallAsUtc - parisOffset(wallAsUtc);
  instant = wallAsUtc - parisOffset(instant);
  return instant;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a date as found in an import file. Returns `undefined` when the text is not a date
 * (wrong format, 31 February, 25 o'clock…), so the caller can reject the line.
 */
export function parseImportDate(text: string): Date | undefined {
  const value = text.trim();
  let y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0;
  let zone: string | undefined;
  const iso = ISO.exec(value);
  const fr = iso ? null : FRENCH.exec(value);
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    h = Number(iso[4] ?? 0);
    mi = Number(iso[5] ?? 0);
    s = Number(iso[6] ?? 0);
    ms = Number((iso[7] ?? '0').padEnd(3, '0').slice(0, 3));
    zone = iso[8];
  } else if (fr) {
    [d, mo, y] = [Number(fr[1]), Number(fr[2]), Number(fr[3])];
    h = Number(fr[4] ?? 0);
    mi = Number(fr[5] ?? 0);
    s = Number(fr[6] ?? 0);
  } else {
    return undefined;
  }
  if (!validDay(y, mo, d) || h > 23 || mi > 59 || s > 59 || y < 1970) return undefined;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  if (zone === undefined) return new Date(fromParisWallClock(wall));
  if (/^z$/i.test(zone)) return new Date(wall);
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  if (offsetMinutes > 14 * 60) return undefined;
  return new Date(wall - sign * offsetMinutes * 60_000);
}

const shownFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: RECRUITERS_TIME_ZONE,
  dateStyle: 'short',
  timeStyle: 'short',
});

/** A date as recruiters read it: `01/03/2024 10:00`, Paris time. */
export function formatDate(date: Date): string {
  return shownFormat.format(date);
}

/** The same, saying its zone, for reports read away from the screen they were made on: `01/03/2024 10:00 heure de Paris`. */
export function formatDateWithZone(date: Date): string {
  return `${shownFormat.format(date)} heure de Paris`;
}

/** A duration as written after `--older-than`: a count and a unit (days, weeks, months, years). */
export interface Duration {
  amount: number;
  unit: 'day' | 'week' | 'month' | 'year';
}

const UNITS: Readonly<Record<string, Duration['unit']>> = {
  d: 'day',
  j: 'day',
  w: 'week',
  s: 'week',
  m: 'month',
  y: 'year',
  a: 'year',
};

/**
 * Reads `365d`, `52w`, `12m`, `1y` (and the French initials `365j`, `52s`, `1a`). `m` is
 * months, not minutes: purges count in months and years. Returns `undefined` for anything
 * else, and for zero, which would purge everything at once.
 */
export function parseDuration(text: string): Duration | undefined {
  const match = /^(\d{1,5})\s*([a-z])$/i.exec(text.trim());
  const unit = match ? own(UNITS, match[2]!.toLowerCase()) : undefined;
  if (!match || !unit) return undefined;
  const amount = Number(match[1]);
  return amount > 0 ? { amount, unit } : undefined;
}

/**
 * The instant `duration` before `now`. Months and years are calendar ones, kept within the
 * month: one month before 31 March is 28 (or 29) February, not 3 March.
 */
export function subtractDuration(now: Date, duration: Duration): Date {
  if (duration.unit === 'day' || duration.unit === 'week') {
    const days = duration.unit === 'week' ? 7 * duration.amount : duration.amount;
    return new Date(now.getTime() - days * 86_400_000);
  }
  const months = duration.unit === 'year' ? 12 * duration.amount : duration.amount;
  const total = now.getUTCFullYear() * 12 + now.getUTCMonth() - months;
  const [year, month] = [Math.floor(total / 12), total % 12];
  const day = Math.min(now.getUTCDate(), new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
  const date = new Date(now.getTime());
  date.setUTCFullYear(year, month, day);
  return date;
}
