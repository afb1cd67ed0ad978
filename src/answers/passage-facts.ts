/**
 * The kinds of fact a passage states (a date, a number, a place, an address, an e-mail, a web
 * address, a phone number), what its counts count and what it defines, and how well those facts
 * answer what a question asks for: "when does the forum take place?" wants a passage with a date.
 */
import { isStopword, normalise } from '../text/normalise.js';
import { wordKeys } from './word-keys.js';

/** A kind of fact a passage states, which a question may ask for (see `wantedFacts`). */
export type Fact = 'date' | 'year' | 'duration' | 'number' | 'ordinal' | 'place' | 'address' | 'email' | 'url' | 'phone';

/**
 * What a question asks for: one group per thing asked ("when and where?": two), each giving the
 * facts that answer it and how well (1 the fact itself; less a stand-in: a year for a day).
 */
export type Wanted = readonly ReadonlyMap<Fact, number>[];

/** A fact that comes closest to one asked without answering it: a town for an exact address. */
export const CLOSE_TO: Partial<Record<Fact, Fact>> = { address: 'place', date: 'year', phone: 'email' };

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const URL = /\bhttps?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:fr|gouv\.fr|com|org|eu)\b/;
const PHONE = /(?:\+33\s?|\b0)[1-9](?:[\s.]?\d{2}){4}\b/;
const YEAR = /\b(?:19|20)\d{2}\b/;
const DAY_MONTH = /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/;
const DIGITS = /\d/;

/** What the passages' facts are recognised by: words of the lexicon, and the places of the knowledge. */
export interface FactWords {
  months: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  streets: ReadonlySet<string>;
  durations: ReadonlySet<string>;
  ordinals: ReadonlySet<string>;
  defining: ReadonlySet<string>;
  places: readonly string[];
}

const ORDINAL = /^\d{1,3}(?:e|er|ere|eme|th|st|nd|rd)$/;
/** Words a count's number is followed by before what it counts ("plus de **30** services"), and how many words it may count. */
const COUNTED_SPAN = 3;
const COUNTED_WORDS = 2;

/** The keys of what a passage's numbers count, and of what it defines (see Passage). */
export function countedAndDefined(text: string, words: FactWords): { counted: Set<string>; defines: Set<string> } {
  const tokens = normalise(text).split(' ').filter(Boolean);
  const counted = new Set<string>();
  const defines = new Set<string>();
  const isNumber = (t: string) => /^\d+$/.test(t) || words.numbers.has(t);
  tokens.forEach((t, i) => {
    if (isNumber(t)) {
      const after = tokens.slice(i + 1, i + 1 + COUNTED_SPAN).filter((w) => !isNumber(w) && !isStopword(w) && w.length > 1);
      for (const w of after.slice(0, COUNTED_WORDS)) for (const k of wordKeys(w)) counted.add(k);
    }
    if (words.defining.has(t)) {
      const before = tokens.slice(Math.max(0, i - COUNTED_SPAN), i).filter((w) => !isStopword(w) && w.length > 1);
      // "C'est un forum de recrutement…", "It is a forum…": what comes after the verb is what it is.
      const around = before.length > 0 ? before.slice(-COUNTED_WORDS) : tokens.slice(i + 1, i + 1 + COUNTED_SPAN).filter((w) => !isStopword(w) && w.length > 1).slice(0, COUNTED_WORDS);
      for (const w of around) for (const k of wordKeys(w)) defines.add(k);
    }
  });
  return { counted, defines };
}

/** The kinds of fact a passage states (see Fact). */
export function factsOf(text: string, words: FactWords): Set<Fact> {
  const facts = new Set<Fact>();
  const folded = ` ${normalise(text)} `;
  const tokens = folded.trim().split(' ');
  if (EMAIL.test(text)) facts.add('email');
  if (URL.test(text.replace(EMAIL, ' '))) facts.add('url');
  if (PHONE.test(text)) facts.add('phone');
  // A day: "16 décembre", "December 16", "16/12"; a month or a year alone is a stand-in.
  const day = tokens.some((t, i) => words.months.has(t) && (/^\d{1,2}(?:er|st|nd|rd|th)?$/.test(tokens[i - 1] ?? '') || /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[i + 1] ?? '')));
  if (day || DAY_MONTH.test(text)) facts.add('date');
  if (YEAR.test(text) || tokens.some((t) => words.months.has(t))) facts.add('year');
  // A number that is not a year, nor part of an address or a link.
  if (DIGITS.test(text.replace(EMAIL, ' ').replace(/\bhttps?:\/\/\S+/g, ' ').replace(new RegExp(YEAR.source, 'g'), ' ')) || tokens.some((t) => words.numbers.has(t))) facts.add('number');
  if (words.places.some((p) => folded.includes(` ${p} `))) facts.add('place');
  if (tokens.some((t) => words.streets.has(t))) facts.add('address');
  if (tokens.some((t) => words.durations.has(t))) facts.add('duration');
  if (tokens.some((t) => ORDINAL.test(t) || words.ordinals.has(t))) facts.add('ordinal');
  return facts;
}

/** How well a passage's facts answer what is asked: the mean, over the things asked, of its best fact for each (1 when nothing is asked). */
export function factFit(facts: ReadonlySet<Fact>, wanted: Wanted): number {
  if (wanted.length === 0) return 1;
  let sum = 0;
  for (const group of wanted) {
    let best = 0;
    for (const [fact, fit] of group) if (fit > best && facts.has(fact)) best = fit;
    sum += best;
  }
  return sum / wanted.length;
}
