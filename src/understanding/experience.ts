/**
 * Years of experience in a message: "8 ans d'expérience", "plus de 5 ans", "three years",
 * "junior", "senior", "jeune diplômé". Reads normalised text (see ./normalise.ts).
 */

/** What a message says about the candidate's experience. */
export interface Experience {
  /** Years, when a figure is given or implied ("plus de 5 ans" → 6, "moins de 5 ans" → 4). */
  years?: number;
  /** A level, when named instead of a figure. */
  level?: 'junior' | 'senior';
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30,
  one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20,
};
const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = '(?:ans?|annees?|years?|yrs?)';
const MORE = '(?:plus de|au dela de|superieure? a|more than|over|above|beyond|\\+ ?de)';
const LESS = '(?:moins de|inferieure? a|less than|under|below|fewer than)';

const RANGE = new RegExp(`\\b(?:entre|between) ${NUMBER} (?:et|and) ${NUMBER} ${UNIT}\\b`);
const MORE_THAN = new RegExp(`\\b${MORE} ${NUMBER} ${UNIT}\\b`);
const LESS_THAN = new RegExp(`\\b${LESS} ${NUMBER} ${UNIT}\\b`);
const EXACT = new RegExp(`\\b${NUMBER} ${UNIT}\\b`);
const BARE = /^\s*(\d{1,2})\s*$/;

const JUNIOR = /\b(junior|juniors|debutant|debutants|debutante|jeune diplome|jeunes diplomes|tout juste diplome|recemment diplome|(sors|sort|sorti|sortie|sortant) (tout juste |juste )?(d |de l |de )?ecole|pas d experience|peu d experience|aucune experience|sans experience|premier emploi|premiere experience|debut de carriere|entry level|graduate|graduated|no experience|little experience|beginner|first job)\b/;
const SENIOR = /\b(senior|seniors|experimente|experimentes|confirme|confirmes|expert|experts|experienced|lead)\b/;

const toNumber = (s: string): number => (/^\d+$/.test(s) ? Number(s) : NUMBER_WORDS[s]!);

/**
 * Finds the candidate's experience in normalised text.
 * @param bareNumber accept a message that is only a number ("8") as years — when the bot has
 *   just asked for them. Default false.
 */
export function findExperience(normalised: string, bareNumber = false): Experience | undefined {
  let m = RANGE.exec(normalised);
  if (m) return { years: toNumber(m[2]!) };
  m = MORE_THAN.exec(normalised);
  if (m) return { years: toNumber(m[1]!) + 1 };
  m = LESS_THAN.exec(normalised);
  if (m) return { years: Math.max(0, toNumber(m[1]!) - 1) };
  m = EXACT.exec(normalised);
  if (m) return { years: toNumber(m[1]!) };
  if (bareNumber) {
    m = BARE.exec(normalised);
    if (m) return { years: Number(m[1]) };
  }
  if (JUNIOR.test(normalised)) return { level: 'junior' };
  if (SENIOR.test(normalised)) return { level: 'senior' };
  return undefined;
}
