/**
 * Entities that need no knowledge base: categories, contract types, a wish for remote work,
 * a closing-date limit, an application reference, an e-mail address. Read from normalised text
 * (see src/text/normalise.ts) except where the raw text is needed (e-mail addresses, references),
 * with the words of the lexicon (dialogs/lexicon/*.yaml).
 */
import type { Category, Contract } from '../knowledge/schemas.js';
import { A_PLUS_TOKEN } from '../text/normalise.js';
import { shippedLexicon, type Lexicon } from './lexicon.js';
import type { ClassName } from './lexicon-classes.js';

/** The compiled grammars of one lexicon, built once per lexicon. */
interface Grammar {
  category: RegExp;
  months: Map<string, number>;
  month: string;
  before: string;
  articles: string;
  endOf: string;
  units: RegExp;
  referenceCue: RegExp;
  referenceWord: RegExp;
}

const grammars = new WeakMap<Lexicon, Grammar>();

function grammarOf(lexicon: Lexicon): Grammar {
  let g = grammars.get(lexicon);
  if (!g) {
    const months = new Map<string, number>();
    lexicon.positions('months').forEach((variants, i) => variants.forEach((v) => months.set(v, i + 1)));
    g = {
      category: new RegExp(` (?:${lexicon.source('category_words')}) (a|b|c|${A_PLUS_TOKEN})(?= )`, 'g'),
      months,
      month: `(${[...months.keys()].join('|')})`,
      before: `(?:${lexicon.source('before_words')})`,
      articles: `(?: (?:${lexicon.source('date_articles')}))?`,
      endOf: `(?:${lexicon.source('end_of')})`,
      units: new RegExp(`^\\s*(?:${lexicon.raw('quantity_units')})(?![\\p{L}\\d])`, 'iu'),
      referenceCue: new RegExp(`(?<![\\p{L}])(?:${lexicon.raw('reference_cues')})\\D*$`, 'iu'),
      referenceWord: new RegExp(`(?<![\\p{L}])(?:${lexicon.raw('reference_words')})\\D*$`, 'iu'),
    };
    grammars.set(lexicon, g);
  }
  return g;
}

/** Civil-service categories named in a message ("catégorie A+", "cat B", "A+"). */
export function findCategories(normalised: string, lexicon: Lexicon = shippedLexicon()): Category[] {
  const found = new Set<Category>();
  const padded = ` ${normalised} `;
  for (const m of padded.matchAll(grammarOf(lexicon).category)) {
    found.add(m[1] === A_PLUS_TOKEN ? 'A+' : (m[1]!.toUpperCase() as Category));
  }
  if (padded.includes(` ${A_PLUS_TOKEN} `)) found.add('A+');
  return [...found];
}

/** Each contract type and the lexicon class of its words. */
const CONTRACT_WORDS: ReadonlyArray<readonly [ClassName, Contract]> = [
  ['contract_cdd', 'CDD'],
  ['contract_cdi', 'CDI'],
  ['contract_contractuel', 'contractuel'],
  ['contract_fonctionnaire', 'fonctionnaire'],
  ['contract_detachement', 'détachement'],
  ['contract_vacataire', 'vacataire'],
  ['contract_stage', 'stage'],
  ['contract_alternance', 'alternance'],
  ['contract_independant', 'indépendant'],
  ['contract_service_civique', 'service civique'],
];

/** Contract types named in a message. */
export function findContracts(normalised: string, lexicon: Lexicon = shippedLexicon()): Contract[] {
  return CONTRACT_WORDS.filter(([words]) => lexicon.test(words, normalised)).map(([, contract]) => contract);
}

/** Whether a listing asks for remote work ("avec télétravail", "remote jobs"). */
export function wantsRemote(normalised: string, lexicon: Lexicon = shippedLexicon()): boolean | undefined {
  if (lexicon.test('remote_refused', normalised)) return false;
  if (lexicon.test('remote_wanted', normalised)) return true;
  return undefined;
}

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * A closing-date limit in a recruiter's query: "qui ferment avant fin décembre",
 * "closing before 15 January", "avant le 31/12/2026". Returns YYYY-MM-DD (inclusive), the
 * month resolved to its next occurrence from `today`.
 */
export function findClosesBefore(normalised: string, today: Date, lexicon: Lexicon = shippedLexicon()): string | undefined {
  if (!lexicon.test('closing_words', normalised)) return undefined;
  const { months, month: MONTH, before, articles, endOf } = grammarOf(lexicon);
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  const resolveYear = (m: number, y?: string) => (y ? Number(y) : m < month ? year + 1 : year);
  let m = new RegExp(`\\b${before}${articles} ${endOf} ${MONTH}(?: (\\d{4}))?`).exec(normalised);
  if (m) {
    const mm = months.get(m[1]!)!;
    const y = resolveYear(mm, m[2]);
    return iso(y, mm, lastDay(y, mm));
  }
  m = new RegExp(`\\b${before}${articles} (\\d{1,2}) ${MONTH}(?: (\\d{4}))?`).exec(normalised);
  if (m) {
    const mm = months.get(m[2]!)!;
    return iso(resolveYear(mm, m[3]), mm, Number(m[1]));
  }
  m = new RegExp(`\\b${before}${articles} ${MONTH}(?: (\\d{4}))?`).exec(normalised);
  if (m) {
    const mm = months.get(m[1]!)!;
    const y = resolveYear(mm, m[2]);
    return iso(y, mm, 1);
  }
  m = new RegExp(`\\b${before}${articles} (\\d{1,2}) (\\d{1,2}) (\\d{4})\\b`).exec(normalised);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = new RegExp(`\\b${before}${articles} (\\d{4}) (\\d{1,2}) (\\d{1,2})\\b`).exec(normalised);
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
 * "DS-2024-00123" / "TRE-12345". Numbers that read as amounts, years of experience or dates
 * are not references.
 */
export function findReference(text: string, lexicon: Lexicon = shippedLexicon()): string | undefined {
  const { units, referenceCue, referenceWord } = grammarOf(lexicon);
  const withoutEmail = text.replace(new RegExp(EMAIL.source, 'g'), ' ');
  const code = /\b([A-Za-z]{2,5}-?\d[\d-]{2,14}\d)\b/.exec(withoutEmail);
  if (code) return code[1];
  // Digits joined by a dash ("réf 2023-1196743"), said to be a reference or too long to be a span of years.
  for (const m of withoutEmail.matchAll(/(?:^|[^\d/.,-])(\d{2,6}-\d{4,12})(?![\d/.,-]*\d)/g)) {
    const before = withoutEmail.slice(0, m.index! + m[0].length - m[1]!.length);
    if (referenceCue.test(before) || m[1]!.split('-')[1]!.length > 4) return m[1];
  }
  for (const m of withoutEmail.matchAll(/(?:^|[^\d/.,-])(\d{4,12})(?![\d/.,-]*\d)/g)) {
    const digits = m[1]!;
    const after = withoutEmail.slice(m.index! + m[0].length);
    const before = withoutEmail.slice(0, m.index! + m[0].length - digits.length);
    if (units.test(after)) continue;
    if (/€\s*$/.test(before)) continue;
    // Four digits are a year or an amount unless the message says it is a dossier number.
    if (digits.length === 4 && !referenceCue.test(before)) continue;
    if (/^(19|20)\d{2}$/.test(digits) && !referenceWord.test(before)) continue;
    return digits;
  }
  return undefined;
}

/** The calendar years a normalised message names ("le forum 2026", "in 2027"): four digits from 2000 to 2099. */
export function findYears(normalised: string): string[] {
  return [...new Set(normalised.match(/\b20\d\d\b/g) ?? [])];
}
