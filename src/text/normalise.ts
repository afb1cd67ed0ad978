/**
 * Text normalisation shared by search and intent recognition: whatever a candidate types
 * ("C koi le salaire d'1 développeur·se ?", "DEVELOPPEUSE H/F", "teletravail") and whatever HR
 * writes become the same plain tokens, so that matching compares like with like.
 *
 * `normalise()` is orthographic only (case, accents, apostrophes, inclusive writing,
 * punctuation); `stem()` (./stem.ts) removes inflections; `foldForMatch()` chains both and
 * drops stopwords, for fuzzy matching of short phrases.
 */
import type { Lang } from './lang.js';
import { rememberedStems, stem } from './stem.js';
import { WordMemo } from './word-memo.js';
import { isStopword } from './stopwords.js';
import { own } from '../own.js';

export { stem } from './stem.js';
export { STOPWORDS, isStopword } from './stopwords.js';

/**
 * The token `normalise()` writes for the civil-service category `A+` (cadre supérieur), so
 * that it stays distinct from `a` (a French stopword). `catégorie A+` → `categorie aplus`.
 */
export const A_PLUS_TOKEN = 'aplus';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u02b9\u2032\u00b4`]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const MIDDLE_DOTS = /[\u00b7\u2022\u2027\u22c5\u2219\u0387\u30fb]/g;

/** "H/F", "(F/H)", "h / f", "H/F/X": the gender mark of French job titles. */
const GENDER_MARK = /\(?\b(?:h ?[/-] ?f|f ?[/-] ?h)(?: ?\/ ?x)?\b\)?/g;

/**
 * Feminine endings of inclusive writing, after a separator: `développeur·se`,
 * `développeur.euse`, `Chef/fe`, `expérimenté.e.s`, `un·e`, `indépendant·e`.
 */
const FEMININE = 'e|es|ee|ees|se|ses|euse|euses|rice|rices|trice|trices|ice|ices|fe|fes|ve|ves|ive|ives|le|les|lle|lles|ne|nes|nne|nnes|te|tes|tte|ttes|ere|eres|re|res|esse|esses|sse|sses';
const INCLUSIVE = new RegExp(`([a-z0-9])(?:[·./](?:${FEMININE}))(?:[·.](?:e|s|es))*(?![a-z0-9])`, 'g');
/** With a hyphen only the long endings, so that `peut-être` or `porte-parole` stay whole. */
const INCLUSIVE_HYPHEN = /([a-z])-(?:euses?|trices?|rices?|ices?|eres?|esses?|ives?)(?![a-z0-9])/g;
/** `intéressé(e)s`, `candidat(e)`, `directeur(rice)`. */
const INCLUSIVE_PARENS = new RegExp(`([a-z])\\((?:${FEMININE})\\)s?(?![a-z0-9])`, 'g');

/** French elisions dropped with their apostrophe: l', d', qu', j', n', s', c', m', t'. */
const ELISION = /\b(?:l|d|qu|j|n|s|c|m|t)'/g;
/** Elided conjunctions kept as a word: `jusqu'à` → `jusqu a`. */
const ELIDED_WORD = /\b(jusqu|lorsqu|puisqu|quoiqu|presqu)'/g;
/** English possessive and contractions: `PEReN's` → `peren`, `don't` → `don t`. */
const ENGLISH_POSSESSIVE = /([a-z])'s\b/g;
/** English `'s` after a question word is `is`: `what's` → `what is` (not a possessive: "what's the CAP?" asks what it is). */
const ENGLISH_IS = /\b(what|who|where|how|that|there)'s\b/g;

/** Ordinals written out: `3ème`, `3eme`, `3ieme` → `3e` ("3ème concours" is the "3e concours"). */
const ORDINAL = /^(\d+)i?[eè]me$/;

/** Masculine forms of feminine job nouns: `développeuse` → `developpeur`, `directrice` → `directeur`. */
const FEMININE_EUSE = /^([a-z]{3,})euse(s?)$/;
const FEMININE_TRICE = /^([a-z]{2,})trice(s?)$/;
const TRICE_NOT_FEMININE = new Set(['ma', 'cica']);

/**
 * Chat and SMS spellings, only the unambiguous ones: `koi` → `quoi`, `cmt` → `comment`,
 * `qd` → `quand`, `pk` → `pourquoi`, `bcp` → `beaucoup`, `dispo` → `disponible`. (`tt` is
 * left alone: HR writes it for télétravail.)
 */
const CHAT_SPELLINGS: Readonly<Record<string, string>> = {
  koi: 'quoi',
  kwa: 'quoi',
  kel: 'quel',
  kelle: 'quelle',
  kels: 'quels',
  keske: 'est ce que',
  pk: 'pourquoi',
  pq: 'pourquoi',
  pkoi: 'pourquoi',
  qd: 'quand',
  cmt: 'comment',
  cmnt: 'comment',
  bcp: 'beaucoup',
  tjr: 'toujours',
  tjrs: 'toujours',
  jsuis: 'je suis',
  chui: 'je suis',
  dla: 'de la',
  dispo: 'disponible',
  dispos: 'disponibles',
  rdv: 'rendez vous',
  mtn: 'maintenant',
  slt: 'salut',
  bjr: 'bonjour',
  cb: 'combien',
  cmb: 'combien',
  cbien: 'combien',
  tps: 'temps',
  rep: 'reponse',
  pr: 'pour',
  ds: 'dans',
  qqn: 'quelqu un',
  qqch: 'quelque chose',
  tjs: 'toujours',
  msg: 'message',
};

/** Technology names that punctuation removal would destroy. */
const TECH_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bc\+\+/g, ' cplusplus '],
  [/\bc#/g, ' csharp '],
  [/(^|[^a-z0-9])\.net\b/g, '$1 dotnet '],
];
const A_PLUS = /\ba ?\+/g;

/** Whitespace around `/` and `+`, removed so that "H / F" and "A +" read as "H/F" and "A+". */
const SPACED_SIGN = /\s+[/+]\s*|[/+]\s+/g;
const HAS_SPACED_SIGN = /\s[/+]|[/+]\s/;
const WHITESPACE = /\s+/;
const PLAIN_WORD = /^[a-z]+$/;
const NOT_ASCII = /[^\x00-\x7f]/;

/** One token after the word-level rules: feminine job nouns, chat spellings. */
function foldWord(word: string): string {
  const chat = own(CHAT_SPELLINGS, word);
  if (chat !== undefined) return chat;
  let m = ORDINAL.exec(word);
  if (m) return `${m[1]}e`;
  m = FEMININE_EUSE.exec(word);
  if (m) return `${m[1]}eur${m[2]}`;
  m = FEMININE_TRICE.exec(word);
  if (m && !TRICE_NOT_FEMININE.has(m[1]!)) return `${m[1]}teur${m[2]}`;
  return word;
}

function normaliseChunkUncached(chunk: string): string[] {
  if (PLAIN_WORD.test(chunk)) return foldWord(chunk).split(' ');
  let s = chunk.toLowerCase();
  if (NOT_ASCII.test(s)) {
    s = s.normalize('NFKD').replace(COMBINING_MARKS, '');
    if (/[œæ]/.test(s)) s = s.replace(/œ/g, 'oe').replace(/æ/g, 'ae');
    s = s.replace(APOSTROPHES, "'").replace(DASHES, '-').replace(MIDDLE_DOTS, '·');
  } else if (s.includes('`')) {
    s = s.replace(APOSTROPHES, "'");
  }
  if (/[\/-]/.test(s)) s = s.replace(GENDER_MARK, ' ');
  if (/[·./]/.test(s)) s = s.replace(INCLUSIVE, '$1');
  if (s.includes('(')) s = s.replace(INCLUSIVE_PARENS, '$1');
  if (s.includes('-')) s = s.replace(INCLUSIVE_HYPHEN, '$1');
  if (s.includes("'")) s = s.replace(ENGLISH_IS, '$1 is').replace(ENGLISH_POSSESSIVE, '$1').replace(ELIDED_WORD, '$1 ').replace(ELISION, '');
  if (s.includes('+')) s = s.replace(A_PLUS, ` ${A_PLUS_TOKEN} `);
  if (/c\+\+|c#|\.net/.test(s)) for (const [pattern, replacement] of TECH_NAMES) s = s.replace(pattern, replacement);
  const out: string[] = [];
  for (const word of s.split(/[^a-z0-9]+/)) if (word !== '') for (const w of foldWord(word).split(' ')) out.push(w);
  return out;
}

/** Tokens of chunks remembered; chunks over 64 characters (long links, hostile runs of letters) are never kept. */
const chunkMemo = new WordMemo<readonly string[]>(100_000, 64);

/**
 * How much the memos of words hold (chunks and stems, see `WordMemo`): bounded whatever
 * visitors type.
 */
export function rememberedWords(): { entries: number; characters: number } {
  const [chunks, stems] = [chunkMemo.size, rememberedStems()];
  return { entries: chunks.entries + stems.entries, characters: chunks.characters + stems.characters };
}

/**
 * The tokens of one chunk: a piece of text without whitespace, as `chunks()` cuts it. Every
 * rule of `normalise` applies inside a chunk, so the tokens of a text are the tokens of its
 * chunks, in order: an indexer may cache by chunk (bodies repeat most of theirs). Memoised
 * (up to 100,000 chunks of 64 characters at most); the returned array must not be modified.
 */
export function chunkTokens(chunk: string): readonly string[] {
  return chunkMemo.get(chunk, normaliseChunkUncached);
}

/** `text` with the whitespace around `/` and `+` removed ("H / F" → "H/F", "A +" → "A+"). */
export function glueSigns(text: string): string {
  const signs = text.includes('/') || text.includes('+');
  return signs && HAS_SPACED_SIGN.test(text) ? text.replace(SPACED_SIGN, (m) => m.trim()) : text;
}

/**
 * Forgets the chunks remembered (see `chunkTokens`). Indexing a knowledge version fills the memo
 * with the knowledge's own chunks (72,000 of them, ~10 MB, with 30,000 offers), which questions
 * seldom use: forgotten once the version is built, the chunks of questions come back at once.
 */
export function forgetChunkTokens(): void {
  chunkMemo.clear();
}

/**
 * A markdown text with each link `[words](https://…)` reduced to its words: where a link points
 * is no word of the text (a source link's "legifrance.gouv.fr" must not make "gouv" a word of
 * the entry it is cited in). Bare addresses written in the text stay.
 */
export function withoutLinkTargets(text: string): string {
  return text.includes('](') ? text.replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, '$1') : text;
}

/** The whitespace-separated pieces of `glueSigns(text)`. See chunkTokens. */
export function chunks(text: string): string[] {
  return glueSigns(text).split(WHITESPACE);
}

/** The tokens of `normalise(text)`, stopwords included, in order. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const chunk of chunks(text)) if (chunk !== '') for (const token of chunkTokens(chunk)) out.push(token);
  return out;
}

/**
 * Normalises text for matching. In order:
 * 1. Unicode compatibility decomposition (NFKD), lowercase, accents removed, `œ` → `oe`,
 *    `æ` → `ae`; apostrophes (’ ‘ ` ´ ʼ) become `'`, dashes (– — ‐ −) become `-`.
 * 2. The gender mark of job titles disappears: `H/F`, `F/H`, `(H/F)`, `H / F / X`.
 * 3. Inclusive writing folds to the base word: `développeur·se`, `développeur.euse`,
 *    `développeurs/ses`, `Chef/fe`, `Chargé/e`, `expérimenté.e.s`, `un·e`, `intéressé(e)`;
 *    then feminine job nouns take the masculine form: `développeuse` → `developpeur`,
 *    `directrice` → `directeur` (`matrice` stays).
 * 4. French elisions are dropped (`l'entretien` → `entretien`, `qu'est-ce` → `est ce`),
 *    `jusqu'` becomes `jusqu`; the English `'s` goes (`PEReN's` → `peren`).
 * 5. `A+` becomes `aplus` (see A_PLUS_TOKEN), `c++` → `cplusplus`, `c#` → `csharp`,
 *    `.net` → `dotnet`.
 * 6. Anything but letters and digits separates words; chat spellings are expanded (see
 *    CHAT_SPELLINGS); words are joined by single spaces.
 *
 * Digits are kept as written: `45 000` stays two tokens (amounts are read from the raw text
 * by whoever needs them). The result is for comparison only, never for display.
 */
export function normalise(text: string): string {
  return tokenize(text).join(' ');
}

/**
 * The meaningful, stemmed tokens of a text: `tokenize`, minus stopwords of both languages,
 * each passed through `stem(token, lang)`. What search indexes, and what the intent layer
 * should compare.
 */
export function terms(text: string, lang: Lang = 'fr'): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) if (!isStopword(token)) out.push(stem(token, lang));
  return out;
}

/**
 * A short phrase folded for fuzzy comparison: `terms(text, lang)` joined by single spaces.
 * "Le télétravail est-il possible ?" and "teletravail possible" give the same string, which
 * makes example utterances and user messages comparable with fuse.js.
 */
export function foldForMatch(text: string, lang: Lang = 'fr'): string {
  return terms(text, lang).join(' ');
}
