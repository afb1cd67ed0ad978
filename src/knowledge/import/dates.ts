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

/** Words that introduce the last day to apply, once folded: "avant le", "jusqu'au", "date limite … :". */
const DEADLINE_LEAD = String.raw`(?:avant le|avant|jusqu'au|jusqu'a|au plus tard le|d'ici le|date limite(?: de (?:candidature|depot|reception)s?)?\s*:?|deadline\s*:?|before|by|until|no later than)`;
const DEADLINE = new RegExp(String.raw`${DEADLINE_LEAD}\s*(?:le\s+|the\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)?\s*(\d{1,2})(?:er|st|nd|rd|th)?\s+(${MONTH_NAMES})\.?(?:\s+(\d{4}))?\b`);
/** A sentence about applying (the deadline of a contract or of a holiday is not one). */
const ABOUT_APPLYING = /postul|candidat|ecri(?:s|vez)-nous|envoye[zr]|envoie|date limite|deadline|to apply|applications?\b/;

/**
 * The last day to apply a page states in its text ("postulez avant le 10 septembre 2021",
 * "**Date limite de candidature : 25 juin**", "candidater jusqu'au 23 novembre 23h59"), as
 * `YYYY-MM-DD`. A date written without its year is the first such day on or after the page's
 * publication (none without one). Only sentences about applying count: "un CDD jusqu'au
 * 31 décembre 2023" is the contract's end.
 * @returns the date and the 1-based line it is on.
 */
export function applicationDeadline(body: string, publishedOn?: string): { date: string; line: number } | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = fold(lines[i]!.replace(/[*_`]/g, ''));
    if (!ABOUT_APPLYING.test(text)) continue;
    const m = DEADLINE.exec(text);
    if (!m) continue;
    const [day, month] = [Number(m[1]), MONTHS[m[2]!]!];
    if (m[3]) {
      const date = isoIfReal(Number(m[3]), month, day);
      if (date) return { date, line: i + 1 };
      continue;
    }
    if (!publishedOn) continue;
    const year = Number(publishedOn.slice(0, 4));
    const date = [year, year + 1].map((y) => isoIfReal(y, month, day)).find((d) => d !== undefined && d >= publishedOn);
    if (date) return { date, line: i + 1 };
  }
  return undefined;
}

/** Month names as pages write them, accents or not. */
const MONTH_WORDS = String.raw`janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december`;
/** A month as pages word a start: "début février 2022", "1er mai", "lundi 10 janvier 2022", "mid-March". */
const MONTH_START = String.raw`(?:(?:d[ée]but|mi|fin|courant|early|mid|late)[- ]\s*)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi)\s+)?(?:\d{1,2}(?:er|st|nd|rd|th)?\s+)?(?:${MONTH_WORDS})(?:\s+\d{4})?`;
/** A start as pages word it: "que possible", "septembre ou octobre 2022", "août/septembre 2021", "le mois de décembre". */
const START_WORDS = String.raw`(que possible|maintenant|aujourd'hui|imm[ée]diatement|asap|as soon as possible|${MONTH_START}(?:\s*(?:ou|or|-|–|\/|à)\s*${MONTH_START})?|\d{1,2}\/\d{1,2}\/\d{4}|la rentr[ée]e(?:\s+\d{4})?)`;
/** Words that say "from": "dès", "à partir du", "à compter du", "starting", "from". */
const FROM = String.raw`(?:d[èe]s|[àa] partir d[eu']|[àa] compter d[eu']|starting(?: on| in)?|from|as of)`;
/** Phrases that state a start: "à pourvoir dès le mois de décembre", "Démarrage au 1er mai", "Dès juillet 2022". */
const START_PHRASES: readonly RegExp[] = [
  new RegExp(String.raw`^((?:d[ée]but|mi|fin|courant|early|mid|late)[- ]\s*(?:${MONTH_WORDS})(?:\s+\d{4})?(?:\s*(?:ou|or|-|–|\/|à)\s*${MONTH_START})?)`, 'iu'),
  new RegExp(String.raw`(?<!\p{L})[àa] pourvoir\s+(?:${FROM}|au|en|le|d[èe]s)?\s*(?:le\s+|l['’]|the\s+)?(?:mois d[e']\s*)?${START_WORDS}`, 'iu'),
  new RegExp(
    String.raw`(?:^|(?<=[\s,;(]))(?:d[ée]marrage|d[ée]but|prise de poste|arriv[ée]e|start(?:ing)?(?: date)?)\s+(?:de la mission\s+|du poste\s+|du stage\s+|souhait[ée]e?\s+|pr[ée]vue?\s+|id[ée]alement\s+)?(?:${FROM}|au|en|le|pour|:|in|on)?\s*(?:le\s+|l['’]|the\s+)?(?:mois d[e']\s*)?${START_WORDS}`,
    'iu',
  ),
  new RegExp(String.raw`^${FROM}\s+(?:le\s+|l['’]|the\s+)?(?:mois d[e']\s*)?${START_WORDS}`, 'iu'),
];

/**
 * The start a phrase states, as a date when one is written whole (`YYYY-MM-DD`), else in its
 * words ("dès que possible", "début février 2022", "décembre"); `undefined` when it states none.
 * @param text one line, list mark and emphasis allowed.
 * @param anywhere true for a line among the terms: "Démarrage …" may come mid-sentence; false
 *   for any other line, which must start with the start ("Dès juillet 2022, …") or say "à pourvoir dès…"
 *   ("accompagner le démarrage en mars 2022 du service" is not the job's start).
 */
export function startInWords(text: string, anywhere = true): string | undefined {
  const line = text.replace(/^\s*(?:[-*•+]|\d{1,2}[.)])\s+/, '').replace(/[*_`]/g, '').trim();
  for (const phrase of START_PHRASES) {
    if (!anywhere && phrase === START_PHRASES[2]) {
      if (!/^(?:d[ée]marrage|d[ée]but|prise de poste|start)/iu.test(line)) continue;
    }
    const m = phrase.exec(line);
    if (!m) continue;
    const words = m[1]!.replace(/\s+/g, ' ').trim();
    if (/^que possible$/i.test(words)) return 'dès que possible';
    return dateInText(words) ?? words;
  }
  return undefined;
}
