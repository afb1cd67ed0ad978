/**
 * Open or closed, from the fields Jekyll job pages use: `open` (also `open: "true#"`,
 * `open: oui`), `status`, `published: false`, `draft: true`, `poste_pourvu`, and the closing dates
 * `poste_ferme`, `depublication_date`, `closes_on`, `closing_date`, `date_limite`, `deadline` (a date that
 * has passed closes the offer; a date to come becomes `closes_on`, so the offer closes by
 * itself). When nothing is stated the offer is written closed: the bot never presents an
 * offer as open unless the page says so.
 */
import { frontMatterDate } from './dates.js';
import { fold } from './text.js';

/** The status an offer gets, its closing date when the page gives one, and why. */
export interface StatusDecision {
  readonly status: 'open' | 'closed';
  /** `YYYY-MM-DD` after which the offer is closed (`poste_ferme`, `depublication_date`, `closes_on`). */
  readonly closesOn?: string;
  /** True when the page states nothing about it (written closed). */
  readonly unstated: boolean;
  /** What decided, in French, for the report (`open: false`, `poste_pourvu: true`…). */
  readonly because: string;
}

/** `true`, `"true#"`, `oui`, `yes`, `1` → true; `false`, `non`, `no`, `0` → false; else undefined. */
export function booleanValue(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  const word = /^\s*([a-z]+)/i.exec(fold(value))?.[1];
  if (word && ['true', 'oui', 'yes', 'vrai', 'on', 'open', 'ouvert', 'ouverte'].includes(word)) return true;
  if (word && ['false', 'non', 'no', 'faux', 'off', 'closed', 'ferme', 'fermee', 'pourvu', 'pourvue'].includes(word)) return false;
  return undefined;
}

/**
 * Decides the status from the front matter `data` on `today` (`YYYY-MM-DD`).
 * @param timeZone zone in which timestamps are read as dates.
 * @param deadline the last day to apply the page's text states, when it states one.
 */
export function decideStatus(data: Record<string, unknown>, today: string, timeZone?: string, deadline?: { name: string; date: string }): StatusDecision {
  const closing = [
    ...(deadline ? [[deadline.name, deadline.date]] : []),
    ['poste_ferme', frontMatterDate(data.poste_ferme, timeZone)],
    ['depublication_date', frontMatterDate(data.depublication_date, timeZone)],
    ['closes_on', frontMatterDate(data.closes_on, timeZone)],
    ['closing_date', frontMatterDate(data.closing_date, timeZone)],
    ['date_limite', frontMatterDate(data.date_limite, timeZone)],
    ['deadline', frontMatterDate(data.deadline, timeZone)],
  ].filter((entry): entry is [string, string] => entry[1] !== undefined);
  const closesOn = closing.map(([, date]) => date).sort()[0];
  const withDate = closesOn ? { closesOn } : {};

  if (booleanValue(data.poste_pourvu) === true) return { status: 'closed', ...withDate, unstated: false, because: 'poste_pourvu: true' };
  if (booleanValue(data.published) === false) return { status: 'closed', ...withDate, unstated: false, because: 'published: false' };
  if (booleanValue(data.draft) === true) return { status: 'closed', ...withDate, unstated: false, because: 'draft: true' };
  const open = booleanValue(data.open);
  if (open === false) return { status: 'closed', ...withDate, unstated: false, because: 'open: false' };
  const passed = closing.find(([, date]) => date < today);
  if (passed) return { status: 'closed', ...withDate, unstated: false, because: `${passed[0]}: ${passed[1]}` };
  const status = booleanValue(data.status);
  if (status === false) return { status: 'closed', ...withDate, unstated: false, because: `status: ${String(data.status)}` };
  if (open === true) return { status: 'open', ...withDate, unstated: false, because: `open: ${String(data.open)}` };
  if (status === true) return { status: 'open', ...withDate, unstated: false, because: `status: ${String(data.status)}` };
  if (closesOn) return { status: 'open', ...withDate, unstated: false, because: `${closing[0]![0]}: ${closesOn}` };
  return { status: 'closed', unstated: true, because: 'non indiqué' };
}
