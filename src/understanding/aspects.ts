/**
 * The aspects a message asks about (see ASPECTS in ./reading.ts), its working condition, its
 * pick among choices, and the search queries it makes: all read from the lexicon's classes, so
 * that answers and dialogs never read the message themselves.
 */
import { normalise } from '../text/normalise.js';
import type { Lexicon } from './lexicon.js';
import type { ClassName } from './lexicon-classes.js';
import { CONDITIONS, type Aspect, type Asks, type Condition, type SearchQuery, type TypedWord, type Understanding } from './reading.js';

/** The aspects read from the lexicon class of the same name. */
const BY_CLASS: readonly Aspect[] = [
  'count', 'rank', 'who', 'list', 'offer_attribute', 'location', 'start', 'duration', 'contract_type', 'renewal', 'negotiation', 'days', 'phone',
  'no_reference', 'comparison', 'yes_no', 'stipend', 'full_time', 'date', 'address', 'contact', 'injection', 'self_description', 'waiting', 'still_open',
  'applied',
  'hiring', 'pay_amount',
];

/**
 * The aspects of a normalised message. `content`: the stems of its meaningful words, for the
 * aspects that hold when every word is of a kind ("où est le PEReN ?" asks for the employer's
 * sites, "parlez-moi de la DINUM" for the employer as a whole).
 */
export function readAspects(normalised: string, content: readonly string[], lexicon: Lexicon): Partial<Record<Aspect, true>> {
  const asks: Partial<Record<Aspect, true>> = {};
  for (const aspect of BY_CLASS) if (lexicon.test(aspect as ClassName, normalised)) asks[aspect] = true;
  if (lexicon.test('definition', normalised)) asks.what_is = true;
  const presentation = lexicon.stems('presentation_words');
  const work = lexicon.stems('work_words');
  if (content.every((s) => presentation.has(s))) asks.presentation = true;
  if (asks.location && content.every((s) => presentation.has(s) || work.has(s))) asks.sites = true;
  // "C'est où à Paris, exactement ?": a place asked precisely is an address.
  if (asks.location && lexicon.test('precisely', normalised)) asks.address = true;
  return asks;
}

/** The kinds of fact a question may ask, each an aspect: whom, when, where, how many, which rank, how long, what a thing is. */
export const KINDS_ASKED = ['who', 'date', 'location', 'count', 'rank', 'duration', 'what_is'] as const;
/** One kind of fact asked (see KINDS_ASKED). */
export type KindAsked = (typeof KINDS_ASKED)[number];

/** The kinds of fact aspects ask (see KINDS_ASKED). */
export function kindsAsked(asks: Asks): Set<KindAsked> {
  return new Set(KINDS_ASKED.filter((k) => asks[k]));
}

/**
 * The kinds of fact an FAQ entry's phrasings ask ("Combien de temps dure le recrutement ?": how
 * many, how long; "Qui décide de mon recrutement ?": who), read as a message's would be.
 */
export function kindsOfPhrasings(phrasings: readonly string[], lexicon: Lexicon): Set<KindAsked> {
  const out = new Set<KindAsked>();
  for (const text of phrasings) {
    const normalised = normalise(text);
    for (const kind of KINDS_ASKED) if (lexicon.test(kind === 'what_is' ? 'definition' : kind, normalised)) out.add(kind);
  }
  return out;
}

/**
 * What a count asks the number of: the first of `terms` right after the count's words
 * ("combien de **recruteurs**", "how many **recruiters**"), unless it is a unit of time.
 */
export function readCounted(normalised: string, terms: readonly string[], lexicon: Lexicon): string[] | undefined {
  const phrase = lexicon.find('count', normalised);
  if (phrase === undefined) return undefined;
  const at = ` ${normalised} `.indexOf(` ${phrase} `);
  if (at < 0) return undefined;
  const units = lexicon.words('duration_units');
  for (const token of normalised.slice(at + phrase.length).split(' ').filter(Boolean).slice(0, 3)) {
    if (units.has(token)) return undefined;
    if (terms.includes(token)) return [token];
  }
  return undefined;
}

/** The working condition a normalised message asks about that the knowledge rarely states, with the words naming it. */
export function readCondition(normalised: string, lexicon: Lexicon): { kind: Condition; words: string } | undefined {
  for (const kind of CONDITIONS) {
    const words = lexicon.find(`condition_${kind}`, normalised);
    if (words !== undefined) return { kind, words };
  }
  return undefined;
}

/** Whether normalised text (an FAQ entry's question, say) names the condition. */
export function namesCondition(text: string, kind: Condition, lexicon: Lexicon): boolean {
  return lexicon.test(`condition_${kind}`, normalise(text));
}

/** A pick among offered choices: "2", "n° 3", "le deuxième", "the last one" → 2, 3, 2, -1. */
export function readChoice(normalised: string, lexicon: Lexicon): number | undefined {
  const number = new RegExp(`^\\s*(?:(?:${lexicon.source('choice_prefixes')}) ?)?(\\d{1,2})\\s*$`).exec(normalised)?.[1];
  if (number) return Number(number);
  const words = normalised.split(' ');
  const last = lexicon.words('last_words');
  const positions = lexicon.positions('ordinals');
  for (const w of words) {
    if (last.has(w)) return -1;
    const i = positions.findIndex((variants) => variants.includes(w));
    if (i >= 0) return i + 1;
  }
  return undefined;
}

/** Whether the message names `title` word for word (an offer's title, normalised the same way). */
export function namesTitle(u: Pick<Understanding, 'normalised'>, title: string): boolean {
  const folded = normalise(title);
  return folded !== '' && ` ${u.normalised} `.includes(` ${folded} `);
}

/** Share of its score a question of a longer message keeps (the whole message is preferred). */
const SENTENCE_WEIGHT = 0.97;

/**
 * The queries to search the knowledge with: the message itself, then each of its questions when
 * it asks several ("Comment se passe l'entretien ? J'ai un peu le trac" — the second sentence
 * says how the candidate feels, not what they ask).
 */
export function searchQueries(text: string): SearchQuery[] {
  const sentences = text.split(/(?<=[?.!])\s+/).map((s) => s.trim()).filter((s) => s.endsWith('?') && s.split(/\s+/).length >= 3);
  return [{ text, weight: 1 }, ...(sentences.length > 1 ? sentences.map((s) => ({ text: s, weight: SENTENCE_WEIGHT })) : [])];
}

/** The words of the message as typed, each with its normalised form. */
export function typedWords(text: string): TypedWord[] {
  return text
    .split(/[^\p{L}\p{N}+#.-]+/u)
    .filter(Boolean)
    .map((typed) => ({ typed, folded: normalise(typed) }));
}

/** The words of the message as typed whose stems are `stems` ("design", "données"): how to name a subject back to the user. */
export function typedSubject(u: Pick<Understanding, 'typedWords'>, stems: readonly string[]): string {
  const picked = u.typedWords.filter(({ folded }) => folded.length >= 2 && stems.some((s) => folded.startsWith(s) || (s.startsWith(folded) && folded.length >= s.length - 1)));
  return picked.length ? picked.map((w) => w.typed).join(' ') : stems.join(' ');
}

/** The number of words of a text (a held question, the message). */
export function wordCount(text: string): number {
  return text.split(/\s+/).length;
}
