/**
 * Years of experience in a message: "8 ans d'expérience", "plus de 5 ans", "three years",
 * "junior", "senior", "jeune diplômé". Reads normalised text (see src/text/normalise.ts). The
 * words are data (dialogs/lexicon/*.yaml: `year_numbers`, `year_units`, `experience_more`,
 * `experience_less`, `range_from`, `range_to`, `experience_junior`, `experience_senior`); this
 * module is the grammar that joins them.
 */
import { shippedLexicon, type Lexicon } from './lexicon.js';

/** What a message says about the candidate's experience. */
export interface Experience {
  /** Years, when a figure is given or implied ("plus de 5 ans" → 6, "moins de 5 ans" → 4). */
  years?: number;
  /** A level, when named instead of a figure. */
  level?: 'junior' | 'senior';
}

/** The patterns of experience, compiled once from the lexicon. */
interface Patterns {
  numbers: ReadonlyMap<string, number>;
  range: RegExp;
  moreThan: RegExp;
  lessThan: RegExp;
  exact: RegExp;
}

const BARE = /^\s*(\d{1,2})\s*$/;

function compile(lexicon: Lexicon): Patterns {
  const numbers = new Map(lexicon.positions('year_numbers').flatMap((variants, i) => variants.map((v) => [v, i] as const)));
  const number = `(\\d{1,2}|${lexicon.source('year_numbers')})`;
  const unit = `(?:${lexicon.source('year_units')})`;
  return {
    numbers,
    range: new RegExp(`\\b(?:${lexicon.source('range_from')}) ${number} (?:${lexicon.source('range_to')}) ${number} ${unit}\\b`),
    moreThan: new RegExp(`\\b(?:${lexicon.source('experience_more')}) ${number} ${unit}\\b`),
    lessThan: new RegExp(`\\b(?:${lexicon.source('experience_less')}) ${number} ${unit}\\b`),
    exact: new RegExp(`\\b${number} ${unit}\\b`),
  };
}

let compiled: Patterns | undefined;

/**
 * Finds the candidate's experience in normalised text.
 * @param bareNumber accept a message that is only a number ("8") as years — when the bot has
 *   just asked for them. Default false.
 */
export function findExperience(normalised: string, bareNumber = false): Experience | undefined {
  const lexicon = shippedLexicon();
  const p = (compiled ??= compile(lexicon));
  const toNumber = (s: string): number => (/^\d+$/.test(s) ? Number(s) : p.numbers.get(s)!);
  let m = p.range.exec(normalised);
  if (m) return { years: toNumber(m[2]!) };
  m = p.moreThan.exec(normalised);
  if (m) return { years: toNumber(m[1]!) + 1 };
  m = p.lessThan.exec(normalised);
  if (m) return { years: Math.max(0, toNumber(m[1]!) - 1) };
  m = p.exact.exec(normalised);
  if (m) return { years: toNumber(m[1]!) };
  if (bareNumber) {
    m = BARE.exec(normalised);
    if (m) return { years: Number(m[1]) };
  }
  if (lexicon.test('experience_junior', normalised)) return { level: 'junior' };
  if (lexicon.test('experience_senior', normalised)) return { level: 'senior' };
  return undefined;
}
