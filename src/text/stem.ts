/**
 * A light stemmer for French and English, made so that the forms a candidate types and the
 * forms HR writes meet: `offres`/`offre`, `salaires`/`salaire`, `developers`/`developer`,
 * `professionnelle`/`professionnel`, `rigoureuse`/`rigoureux`. It is not a linguistic
 * stemmer (no Snowball): it only removes inflections that never change the meaning in our
 * domain, so a stem stays readable and a rule can be explained in one line.
 *
 * Input is a token from `normalise()`: lowercase, no accents, no punctuation.
 *
 * Rules, applied in this order, only when at least 3 letters remain:
 * - French and English plurals: `-eaux → -eau` (bureaux), `-aux → -al` (locaux, except
 *   travaux → travail), `-eux` → `-eu` for nouns (lieux, enjeux) else `-eur` so that the
 *   adjective meets its feminine (rigoureux ~ rigoureuse, which `normalise` makes
 *   rigoureur), final `-s` (not `-ss`, nor `-us` which is invariable: campus, processus,
 *   `aplus` — but `-ous`/`-eus` plurals are: trous, pneus).
 * - French feminine and derived forms: `-euse → -eur`, `-trice → -teur` (not matrice),
 *   `-ienne → -ien`, `-enne → -en`, `-elle → -el`, `-ive` and `-if` → `-iv` (so
 *   that actif ~ active and motif ~ motiver, but also arrive ~ arriver), `-eure → -eur`
 *   (ingénieure, not heure), `-ere → -er` (conseillère), `-ee → -e` (chargée; not donnée, which would meet `donne`).
 * - English only (`lang: 'en'`), instead of the French plurals: `-ies → -y` (companies),
 *   `-es` after s/x/z/ch/sh (processes), `-s` (not -ss, -us, -is: status, analysis); then
 *   the feminine rules above (harmless in English, and `positive` meets `positif`); then
 *   `-ing` when a vowel stays (engineering → engineer, hiring → hir), a
 *   doubled final consonant undone (running → run), a final silent `-e` dropped (hire → hir)
 *   so that the `-ing` form meets the base.
 *
 * Then French verb forms are brought together (see stemVerb).
 *
 * Trade-off: a few unrelated words share a stem (`carriere` and `carrier` both give
 * `carrier`); that never hurts here because search compares stems with stems.
 */
import type { Lang } from './lang.js';
import { WordMemo } from './word-memo.js';

/** Plurals in `-eux` that are nouns in `-eu`, not adjectives in `-eux`/`-euse`. */
const EU_NOUNS = new Set(['lieux', 'milieux', 'jeux', 'enjeux', 'feux', 'cheveux', 'neveux', 'voeux', 'aveux', 'adieux', 'essieux', 'deux', 'mieux', 'yeux', 'vieux']);
/** Words the feminine rules must leave alone: not the feminine of `-teur`, or a noun in `-ee`
 * that would meet an unrelated verb (`donnee`, data, is not `donne`, gives). */
const KEEP = new Set(['matrice', 'cicatrice', 'donnee', 'armee']);

const VOWEL = /[aeiouy]/;

function stemPlural(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('eaux')) return w.slice(0, -1);
  if (w === 'travaux') return 'travail';
  if (w.endsWith('aux') && w.length >= 5) return `${w.slice(0, -3)}al`;
  if (w.endsWith('eux')) return EU_NOUNS.has(w) ? w.slice(0, -1) : `${w.slice(0, -1)}r`;
  if (w.endsWith('s') && !w.endsWith('ss') && (!w.endsWith('us') || /[oe]us$/.test(w))) return w.slice(0, -1);
  return w;
}

/** `[suffix, replacement, minimum word length]`, first match wins. */
const FRENCH_SUFFIXES: ReadonlyArray<readonly [string, string, number]> = [
  ['euse', 'eur', 6],
  ['trice', 'teur', 7],
  ['ienne', 'ien', 6],
  ['enne', 'en', 6],
  ['elle', 'el', 6],
  ['ive', 'iv', 5],
  ['if', 'iv', 5],
  ['eure', 'eur', 6],
  ['ere', 'er', 6],
  ['ee', 'e', 5],
];

function stemFrench(w: string): string {
  for (const [suffix, replacement, min] of FRENCH_SUFFIXES) {
    if (w.length >= min && w.endsWith(suffix)) {
      if (KEEP.has(w)) return w;
      return w.slice(0, -suffix.length) + replacement;
    }
  }
  return w;
}

/** Future and conditional endings of `-er` verbs: toucherais, gagnerait, postulerez, arrivera. */
const FUTURE = /(?:erais|erait|eraient|erions|eriez|erai|eras|era|erez|erons|eront)$/;

/**
 * French verb forms meet their infinitive and their nouns in `-e`: `postule`, `postulez`,
 * `postulons`, `postulerais`, `postuler` → `postul`; `candidate`, `candidater` → `candidat`
 * (which `candidat` already is). Applied last, to words of 5 letters or more: a final `-er`
 * or `-e` goes (nouns lose it on both sides alike: `dossier` → `dossi`, `offre` → `offr`),
 * `-ez` and `-ons` (not `-ions`: questions) go on verbs of 7 and 8 letters or more.
 */
function stemVerb(raw: string, w: string): string {
  if (raw.length >= 7 && FUTURE.test(raw)) return raw.replace(FUTURE, '');
  if (raw.length >= 7 && raw.endsWith('ez')) return raw.slice(0, -2);
  if (raw.length >= 8 && raw.endsWith('ons') && !raw.endsWith('ions')) return raw.slice(0, -3);
  if (KEEP.has(raw) || KEEP.has(w)) return w;
  if (w.length >= 6 && w.endsWith('er')) return w.slice(0, -2);
  if (w.length >= 5 && w.endsWith('e') && !w.endsWith('ee')) return w.slice(0, -1);
  return w;
}

function stemEnglish(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  w = stemFrench(w);
  if (w.length >= 6 && w.endsWith('ing') && VOWEL.test(w.slice(0, -3))) {
    w = w.slice(0, -3);
    if (/([bdgkmnprt])\1$/.test(w)) w = w.slice(0, -1);
    return w;
  }
  if (w.length >= 4 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

/** Stems remembered per language; words over 40 letters (none is real) are never kept. */
const memos: Record<Lang, WordMemo<string>> = { fr: new WordMemo(200_000, 40), en: new WordMemo(200_000, 40) };

/** How much the stem memos hold (see `WordMemo`). */
export function rememberedStems(): { entries: number; characters: number } {
  const [fr, en] = [memos.fr.size, memos.en.size];
  return { entries: fr.entries + en.entries, characters: fr.characters + en.characters };
}

const stemUncached = (lang: Lang) => (token: string): string =>
  token.length <= 3 || /\d/.test(token) ? token : lang === 'en' ? stemEnglish(token) : stemVerb(token, stemFrench(stemPlural(token)));
const compute: Record<Lang, (token: string) => string> = { fr: stemUncached('fr'), en: stemUncached('en') };

/**
 * The stem of one normalised token. `lang` (default `fr`) picks the language-specific rules;
 * French rules are safe on English words, not the other way round (`technologies` would
 * become `technology`), which is why English rules need `lang: 'en'`. Results are memoised
 * (up to 200,000 words of 40 letters at most per language), since indexing stems the same
 * words many times.
 */
export function stem(token: string, lang: Lang = 'fr'): string {
  return memos[lang].get(token, compute[lang]);
}
