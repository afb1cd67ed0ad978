/**
 * Dates as pages write them, made `YYYY-MM-DD` (the knowledge files' format): YAML dates and
 * timestamps (`2022-03-21T09:44:48.793Z`, read as a Paris calendar date), French and English
 * dates in words (`lundi 4 janvier 2021`, `1er mars 2022`, `January 4, 2021`), `04/01/2021`.
 * Impossible dates (`2021-97-01`) are refused, never corrected.
 */
import { calendarDate } from '../open-status.js';
import { fold } from './text.js';

const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janv: 1, fev: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, dec: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** `YYYY-MM-DD` when year, month and day make a real calendar date. */
export function isoIfReal(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/**
 * A front-matter date value (a YAML date, a `Date`, an ISO date or timestamp) as a calendar
 * date in `timeZone`, or `undefined` when it is not a real date.
 */
export function frontMatterDate(value: unknown, timeZone?: string): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : calendarDate(value, timeZone);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([T ])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!m) return undefined;
  const iso = isoIfReal(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!iso || !m[4] || !m[8]) return iso;
  const zone = m[8] === 'Z' ? 'Z' : m[8].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const instant = new Date(`${iso}T${m[5]!.padStart(2, '0')}:${m[6]}:${m[7] ?? '00'}${zone}`);
  return Number.isNaN(instant.getTime()) ? iso : calendarDate(instant, timeZone);
}

/** A date written in a sentence (`lundi 4 janvier 2021`, `4/1/2021`, `January 4, 2021`), or `undefined`. */
export function dateInText(text: string): string | undefined {
  const t = fold(text);
  let m = new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?\\s+(\\d{4})\\b`).exec(t);
  if (m) return isoIfReal(Number(m[3]), MONTHS[m[2]!]!, Number(m[1]));
  m = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`).exec(t);
  if (m) return isoIfReal(Number(m[3]), MONTHS[m[1]!]!, Number(m[2]));
  m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(t);
  if (m) return isoIfReal(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  if (m) return isoIfReal(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

/** The date a Jekyll file name starts with (`2021-05-19-dev.md`): real, impossible, or none. */
export function fileNameDate(name: string): { iso: string } | { impossible: string } | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(name);
  if (!m) return undefined;
  const iso = isoIfReal(Number(m[1]), Number(m[2]), Number(m[3]));
  return iso ? { iso } : { impossible: m[0] };
}
