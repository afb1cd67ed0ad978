/**
 * Entities that need no knowledge base: categories, contract types, a wish for remote work,
 * a closing-date limit, an application reference, an e-mail address. Read from normalised text
 * (see ./normalise.ts) except where the raw text is needed (e-mail addresses).
 */
import type { Category, Contract } from '../knowledge/schemas.js';
import { A_PLUS_TOKEN } from './normalise.js';

/** Civil-service categories named in a message ("catégorie A+", "cat B", "A+"). */
export function findCategories(normalised: string): Category[] {
  const found = new Set<Category>();
  const padded = ` ${normalised} `;
  for (const m of padded.matchAll(/ (?:categorie|category|cat) (a|b|c|aplus)(?= )/g)) {
    found.add(m[1] === A_PLUS_TOKEN ? 'A+' : (m[1]!.toUpperCase() as Category));
  }
  if (padded.includes(` ${A_PLUS_TOKEN} `)) found.add('A+');
  return [...found];
}

const CONTRACT_WORDS: ReadonlyArray<readonly [RegExp, Contract]> = [
  [/\bcdd\b|\bfixed term\b/, 'CDD'],
  [/\bcdi\b|\bpermanent contract\b/, 'CDI'],
  [/\bcontractuel(le)?s?\b/, 'contractuel'],
  [/\bfonctionnaires?\b|\btitulaires?\b|\bcivil servants?\b/, 'fonctionnaire'],
  [/\bdetachement\b|\bdetache(e)?s?\b/, 'détachement'],
  [/\bvacataires?\b|\bvacations?\b/, 'vacataire'],
  [/\bstages?\b|\bstagiaires?\b|\binternships?\b|\binterns?\b/, 'stage'],
  [/\balternance\b|\balternants?\b|\bapprentissage\b|\bapprenti(e)?s?\b|\bapprenticeships?\b/, 'alternance'],
  [/\bfreelances?\b|\bindependant(e)?s?\b|\bfree lance\b/, 'indépendant'],
  [/\bservice civique\b/, 'service civique'],
];

/** Contract types named in a message. */
export function findContracts(normalised: string): Contract[] {
  return CONTRACT_WORDS.filter(([pattern]) => pattern.test(normalised)).map(([, contract]) => contract);
}

/** Whether a listing asks for remote work ("avec télétravail", "remote jobs"). */
export function wantsRemote(normalised: string): boolean | undefined {
  if (/\b(sans|without|no) (teletravail|remote)\b|\bpresentiel\b|\bon site\b/.test(normalised)) return false;
  if (/\b(teletravail|remote|distance|wfh|hybride|hybrid)\b/.test(normalised)) return true;
  return undefined;
}

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10,
  novembre: 11, decembre: 12, january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
};
const MONTH = `(${Object.keys(MONTHS).join('|')})`;

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * A closing-date limit in a recruiter's query: "qui ferment avant fin décembre",
 * "closing before 15 January", "avant le 31/12/2026". Returns YYYY-MM-DD (inclusive), the
 * month resolved to its next occurrence from `today`.
 */
export function findClosesBefore(normalised: string, today: Date): string | undefined {
  if (!/\b(ferme|ferment|fermant|cloture|clotur|closing|close|closes|expire|expirent|avant|before|d ici)\b/.test(normalised)) return undefined;
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  const resolveYear = (m: number, y?: string) => (y ? Number(y) : m < month ? year + 1 : year);
  let m = new RegExp(`\\b(?:avant|before|d ici)(?: (?:le|la|the))? (?:fin|end of) ${MONTH}(?: (\\d{4}))?`).exec(normalised);
  if (m) {
    const mm = MONTHS[m[1]!]!;
    const y = resolveYear(mm, m[2]);
    return iso(y, mm, lastDay(y, mm));
  }
  m = new RegExp(`\\b(?:avant|before|d ici)(?: (?:le|the))? (\\d{1,2}) ${MONTH}(?: (\\d{4}))?`).exec(normalised);
  if (m) {
    const mm = MONTHS[m[2]!]!;
    return iso(resolveYear(mm, m[3]), mm, Number(m[1]));
  }
  m = new RegExp(`\\b(?:avant|before|d ici)(?: (?:le|la|the))? ${MONTH}(?: (\\d{4}))?`).exec(normalised);
  if (m) {
    const mm = MONTHS[m[1]!]!;
    const y = resolveYear(mm, m[2]);
    return iso(y, mm, 1);
  }
  m = /\b(?:avant|before|d ici)(?: le)? (\d{1,2}) (\d{1,2}) (\d{4})\b/.exec(normalised);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /\b(?:avant|before)(?: le)? (\d{4}) (\d{1,2}) (\d{1,2})\b/.exec(normalised);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** The e-mail address in a message, as typed. */
export function findEmail(text: string): string | undefined {
  return EMAIL.exec(text)?.[0];
}

/**
 * An application reference in a message: a dossier number of 4 to 12 digits, or a code like
 * "DS-2024-00123" / "TRE-12345". Numbers that read as years of experience or dates are not
 * references.
 */
export function findReference(text: string): string | undefined {
  const withoutEmail = text.replace(new RegExp(EMAIL.source, 'g'), ' ');
  const code = /\b([A-Za-z]{2,5}-?\d[\d-]{2,14}\d)\b/.exec(withoutEmail);
  if (code) return code[1];
  for (const m of withoutEmail.matchAll(/(?:^|[^\d/.,-])(\d{4,12})(?![\d/.,-]*\d)/g)) {
    const digits = m[1]!;
    const after = withoutEmail.slice(m.index! + m[0].length);
    const before = withoutEmail.slice(0, m.index! + m[0].length - digits.length);
    if (/^\s*(€|euros?|eur\b|k\b|k€|ans?\b|years?\b|mois\b|jours?\b|h\b|heures?\b|postes?\b|offres?\b|personnes?\b|candidats?\b)/i.test(after)) continue;
    if (/€\s*$/.test(before)) continue;
    // Four digits are a year or an amount unless the message says it is a dossier number.
    if (digits.length === 4 && !/(dossier|r[ée]f[ée]rence|num[ée]ro|n°|\bno\b|statut|status)\D*$/i.test(before)) continue;
    if (/^(19|20)\d{2}$/.test(digits) && !/(dossier|r[ée]f[ée]rence|num[ée]ro)\D*$/i.test(before)) continue;
    return digits;
  }
  return undefined;
}

/** Whether a normalised question asks about one attribute of an offer: its place, category, number of posts. */
export function asksOfferAttribute(normalised: string): boolean {
  return /\b(categorie|category|lieu|ou|where|base|basee|based|situe|situee|located|combien de postes|how many positions|niveau|level)\b/.test(normalised);
}
