/**
 * Personal data out of the questions Tremplin keeps: what a candidate typed is masked before
 * it is stored, so the database never holds an address, a phone number or a dossier number in
 * clear. What stays is what HR needs to see the question: the words, the years, the amounts,
 * the dates, small numbers ("8 ans"), the site a link pointed to.
 *
 * Rules, in this order (a text masked by one rule is never looked at again):
 * 1. Links (`https://…`, `www.…`) keep their host only: `https://ds.fr/dossiers/12?token=x`
 *    → `ds.fr/…`. Stricter than "links with a query string": a path names people too
 *    (`linkedin.com/in/prenom-nom`).
 * 2. E-mail addresses, accented or written `nom [at] domaine.fr`, → `[email]`.
 * 3. Phone numbers → `[téléphone]`: French (`06 12 34 56 78`, `06.12.34.56.78`,
 *    `+33 6 12 34 56 78`, `+33 (0)1 23 45 67 89`, `0033…`), international (`+44 20 7946 0958`,
 *    8 to 15 digits after `+` or `00`), North American (`(555) 123-4567`, `555-123-4567`).
 * 4. Kept as written: dates (`12/03/2024`, `2024-03-12`) and amounts or counts followed by
 *    their unit (`45 000 €`, `3500 euros`, `1500 candidatures`, `8 ans`).
 * 5. Codes of letters and digits (`DS-2024-00123`, `ab-123456`, `REF/2023/4567`) with at
 *    least four digits → `[référence]`, unless the digits are just a year (`JO2024`).
 * 6. Digit groups in a row totalling nine digits or more (`1 85 05 78 006 084 36`, a social
 *    security number) → `[référence]` (`[téléphone]` for ten digits starting with 0).
 * 7. A group of numbers joined by spaces, dots, dashes or slashes of which one is a number of
 *    four digits or more (not a year) → `[référence]` as a whole: `2024-0002`, `2024 000123`
 *    leave no digit of theirs (`2024-2025` is two years, kept).
 * 8. Any other number of four digits or more → `[référence]`, except years 1990–2039.
 *
 * Trade-offs: a postal code (`75007`) cannot be told from a dossier number and is masked; a
 * number whose unit is not in the list is masked rather than kept; names of people are not
 * detected (nothing tells "Camille Martin" from "Data Scientist").
 */

/** The words that replace what is masked. */
export const MASKS = { email: '[email]', phone: '[téléphone]', reference: '[référence]' } as const;

/** What one rule does with a match: the text to put instead (kept as is by later rules), or null to leave it. */
type Replace = (match: string) => string | null;

interface Rule {
  pattern: RegExp;
  replace: Replace;
  /** A cheap test the text must pass for the rule to be worth running (the e-mail rules are the slow ones). */
  needs?: RegExp;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');
const isYear = (digits: string) => digits.length === 4 && Number(digits) >= 1990 && Number(digits) <= 2039;

/** Trailing punctuation that ends a sentence rather than a link. */
const LINK_TAIL = /[.,;:!?)\]}»"'’]+$/;

function maskLink(link: string): string | null {
  const tail = LINK_TAIL.exec(link)?.[0] ?? '';
  const url = tail ? link.slice(0, -tail.length) : link;
  const rest = url.replace(/^https?:\/\//i, '');
  const authority = /^[^/?#]*/.exec(rest)![0];
  const host = authority.replace(/^.*@/, '').replace(/:\d*$/, '').toLowerCase();
  if (!host) return null;
  return `${host}${rest.length > authority.length && rest.slice(authority.length) !== '/' ? '/…' : ''}${tail}`;
}

/** A character that is part of a word: a number or a code glued to it is one token. */
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}_])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}_])';
/**
 * An address's local part starts where a run of its characters starts: without this, each rule
 * would try every position of a long run (a 4,000-letter "word" took 0.2 s: a way to burn CPU).
 */
const localPart = (chars: string) => `(?<![${chars}])[${chars}]+`;
const rule = (source: string, replace: Replace, flags = 'giu', needs?: RegExp): Rule => ({ pattern: new RegExp(source, flags), replace, needs });

/** Units after which a number is an amount or a count, not a reference. */
const UNITS = [
  '€', 'k€', 'keur', 'euros?', 'eur', 'k', 'bruts?', 'nets?', 'ans?', 'années?', 'years?', 'mois', 'months?', 'jours?', 'days?',
  'semaines?', 'weeks?', 'heures?', 'hours?', 'h', '%', 'km', 'm2', 'm²', 'postes?', 'agents?', 'personnes?', 'candidats?',
  'candidatures?', 'offres?', 'salariés?', 'employés?', 'people', 'employees', 'jobs?', 'positions?', 'habitants',
].join('|');

const PHONE = MASKS.phone;
const REFERENCE = MASKS.reference;

/** The rules, in the order they apply. */
const RULES: readonly Rule[] = [
  rule(`(?:https?:\\/\\/|${NOT_AFTER_WORD}www\\.)[^\\s<>"]+`, maskLink),
  rule(`${localPart("\\p{L}\\p{N}._%+'-")}\\s?@\\s?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}`, () => MASKS.email, 'giu', /@/),
  rule(
    `${localPart('\\p{L}\\p{N}._%+-')}\\s*(?:[([{]\\s*(?:at|arobase)\\s*[)\\]}]|\\sarobase\\s)\\s*[\\p{L}\\p{N}-]+(?:\\s*(?:\\.|[([{]\\s*(?:dot|point)\\s*[)\\]}])\\s*[\\p{L}\\p{N}-]+)+`,
    () => MASKS.email,
    'giu',
    /\b(at|arobase)\b/i,
  ),
  rule(`${localPart('\\p{L}\\p{N}._%+-')}\\s+at\\s+[\\p{L}\\p{N}-]+\\s+dot\\s+\\p{L}{2,}`, () => MASKS.email, 'giu', /\sdot\s/i),
  rule(`(?<![\\p{N}+])(?:\\+|00)\\s?33\\s?(?:\\(0\\)\\s?)?[1-9](?:[\\s.-]?\\d{2}){4}(?!\\p{N})`, () => PHONE),
  rule(`(?<![\\p{N}+])0[1-9](?:[\\s.-]?\\d{2}){4}(?!\\p{N})`, () => PHONE),
  rule(`(?<![\\p{N}+])(?:\\+|00)\\d{1,3}[\\s.-]?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{1,5}(?:[\\s.-]?\\d{1,5}){0,5}(?!\\p{N})`, (m) => {
    const n = digitsOf(m).length - (m.startsWith('00') ? 2 : 0);
    return n >= 8 && n <= 15 ? PHONE : null;
  }),
  rule(`(?<!\\p{N})(?:\\(\\d{3}\\)\\s?|\\d{3}[.-])\\d{3}[\\s.-]\\d{4}(?!\\p{N})`, () => PHONE),
  rule(`${NOT_AFTER_WORD}(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2})${NOT_BEFORE_WORD}`, (m) => m),
  rule(`(?:[€$£]\\s?)\\d[\\d\\s.,]*\\d|${NOT_AFTER_WORD}\\d{1,3}(?:[\\s.,]\\d{3})+(?:[.,]\\d+)?\\s?(?:${UNITS})${NOT_BEFORE_WORD}`, (m) => m),
  rule(`${NOT_AFTER_WORD}\\d+(?:[.,]\\d+)?\\s?(?:${UNITS})(?![\\p{L}\\p{N}_])`, (m) => m),
  rule(`${NOT_AFTER_WORD}(?:\\p{Lu}{1,10}|\\p{L}{1,4})[-_/#]?\\d[\\d_/.-]*\\d${NOT_BEFORE_WORD}`, (m) => {
    const digits = digitsOf(m);
    return digits.length >= 4 && !isYear(digits) ? REFERENCE : null;
  }, 'gu'),
  rule(`(?<![\\p{N}+])\\d{1,4}(?:[ .-]\\d{1,4}){2,}(?!\\p{N})`, (m) => {
    const digits = digitsOf(m);
    if (digits.length < 9) return null;
    return digits.length === 10 && digits.startsWith('0') ? PHONE : REFERENCE;
  }),
  rule(`(?<![\\p{N}+])\\d+(?:[ ./-]\\d+)+(?!\\p{N})`, (m) => (m.split(/\D+/).some((run) => run.length >= 4 && !isYear(run)) ? REFERENCE : null)),
  rule(`(?<!\\p{N})\\d{4,}(?!\\p{N})`, (m) => (isYear(m) ? m : REFERENCE)),
];

/** What a text must hold for any rule to mask something in it (private-use characters are removed too). */
const MAY_HOLD_PERSONAL_DATA = /[0-9@\uE000-\uF8FF]|https?:|www\.|\b(?:at|arobase)\b/i;

/** Private-use characters that mark a piece already decided; never in stored text. */
const OPEN = '\uE000';
const FIRST_INDEX = 0xe100;
const MAX_PROTECTED = 0xf8ff - FIRST_INDEX;
const PROTECTED = /\uE000([\uE100-\uF8FF])/g;

/**
 * `text` with e-mail addresses, phone numbers and application references masked, and links
 * reduced to their host (see the rules above). Idempotent: masking twice changes nothing more.
 */
export function maskPersonalData(text: string): string {
  // Most questions hold nothing any rule looks for (every rule needs a digit, an @, a link or
  // a spelled-out address): they are kept as they are, at the cost of one test.
  if (!MAY_HOLD_PERSONAL_DATA.test(text)) return text;
  const decided: string[] = [];
  let s = text.replace(/[\uE000-\uF8FF]/g, ' ');
  for (const { pattern, replace, needs } of RULES) {
    if (needs && !needs.test(s)) continue;
    s = s.replace(pattern, (match: string) => {
      const replacement = replace(match);
      if (replacement === null) return match;
      if (decided.length >= MAX_PROTECTED) return replacement;
      decided.push(replacement);
      return `${OPEN}${String.fromCharCode(FIRST_INDEX + decided.length - 1)}`;
    });
  }
  return s.replace(PROTECTED, (_, index: string) => decided[index.charCodeAt(0) - FIRST_INDEX]!);
}
