/**
 * The words of the domain, for telling a typo from a word out of scope: the intents' own words
 * (cues and example utterances), the knowledge's names (offer titles, explained words, teams) and
 * the FAQ's questions. A typo is corrected to the closest of the first two only; an unknown word
 * is evidence that a question is out of scope.
 *
 * Plain TypeScript, built once per knowledge version with the recogniser.
 */
import type { Faq, Organisation } from '../knowledge/schemas.js';
import { editDistance } from '../text/edit-distance.js';
import { isStopword, stem, tokenize, withoutLinkTargets } from '../text/normalise.js';
import { Vocabulary } from '../text/vocabulary.js';
import { SHORTEST_CORRECTED_WORD, TWO_EDITS_FROM } from '../tuning.js';
import { stemsOf } from './intent-classifier.js';
import { CLASSES, type ClassName } from './lexicon-classes.js';
import type { Lexicon } from './lexicon.js';
import type { IntentExamples } from './utterances.js';
import type { WordClasses } from './word-classes.js';

/** Adds the words of `text` worth correcting to (3 letters or more, no digit) to a count. */
function count(text: string, into: Map<string, number>): void {
  for (const t of tokenize(text)) if (t.length >= 3 && !/\d/.test(t)) into.set(t, (into.get(t) ?? 0) + 1);
}

/** The intents' own words (cues and examples), with how often each is used. */
function intentWords(intents: readonly IntentExamples[]): Map<string, number> {
  const words = new Map<string, number>();
  for (const { cues, examples } of intents) {
    for (const c of [...cues.strong, ...cues.weak]) count(c, words);
    for (const e of examples) count(e.text, words);
  }
  return words;
}

/**
 * The bot's ordinary words — the intents', the lexicon's single words, the FAQ's questions: a
 * team or product named by one of them ("Transport") needs a cue to count (see ./units.ts).
 */
export function ordinaryWords(intents: readonly IntentExamples[], lexicon: Lexicon, faqs: readonly Faq[]): Set<string> {
  const ordinary = new Set([...intentWords(intents).keys(), ...(Object.keys(CLASSES) as ClassName[]).flatMap((name) => [...lexicon.words(name)].filter((w) => !w.includes(' ')))]);
  for (const faq of faqs) for (const t of tokenize([faq.question, ...faq.alternatives].join(' '))) ordinary.add(t);
  return ordinary;
}

/** The domain's words, and what the recogniser asks of them. */
export class DomainVocabulary {
  private readonly vocabulary: Vocabulary;
  /** The words a typo may be corrected to: the intents' and the knowledge's names. */
  private readonly terms: string[];
  private readonly known: Set<string>;
  /** Stems of the known words: another form of a known word ("recruter" for "recrutez") is known too. */
  private readonly knownStems: Set<string>;
  /** Stems of the intents' and names' words (not the FAQ's): another form of them is in the domain. */
  private readonly termStems: Set<string>;
  /** Stems of the words of the FAQ's answers and the organisations' pages: what the knowledge's text says, beyond its questions and names. */
  private readonly textStems: Set<string>;
  /** Stems of the intents' cue words: words that ask for a kind of fact rather than name a subject. */
  readonly intentStems: ReadonlySet<string>;
  /** The intents' cue words themselves, normalised ("write", not the "writer" sharing its stem). */
  readonly intentTokens: ReadonlySet<string>;

  /**
   * @param names the knowledge's names (offer titles' words, explained words, teams).
   * @param words the lexicon's word classes (polite fillers are never corrected).
   */
  constructor(intents: readonly IntentExamples[], names: Iterable<string>, faqs: readonly Faq[], private readonly words: WordClasses, organisations: readonly Organisation[] = []) {
    const counted = intentWords(intents);
    for (const name of names) count(name, counted);
    this.terms = [...counted.keys()];
    this.vocabulary = new Vocabulary(this.terms, Uint32Array.from(this.terms.map((t) => counted.get(t)!)));
    // Words that are known but never a correction target: the FAQ's questions and phrasings.
    const faqWords = new Map<string, number>();
    for (const faq of faqs) for (const q of [faq.question, ...faq.alternatives]) count(q, faqWords);
    this.known = new Set([...this.terms, ...faqWords.keys(), ...words.plainWords]);
    this.knownStems = new Set([...this.known].flatMap((t) => [stem(t, 'fr'), stem(t, 'en')]));
    this.termStems = new Set(this.terms.flatMap((t) => [stem(t, 'fr'), stem(t, 'en')]));
    this.textStems = new Set([...faqs, ...organisations].flatMap((entry) => tokenize(withoutLinkTargets(entry.body))).filter((t) => t.length >= 3 && !isStopword(t)).map((t) => stem(t, 'fr')));
    this.intentTokens = new Set(intents.flatMap(({ cues }) => [...cues.strong, ...cues.weak].flatMap((c) => tokenize(c))));
    this.intentStems = new Set(intents.flatMap(({ cues }) => [...cues.strong, ...cues.weak].flatMap((c) => [...stemsOf(c, 'fr'), ...stemsOf(c, 'en')])));
  }

  /** Whether the domain knows this very word. */
  knows(token: string): boolean {
    return this.known.has(token);
  }

  /** Whether the domain knows this word or another form of it. */
  knowsAForm(token: string): boolean {
    return this.known.has(token) || this.knownStems.has(stem(token, 'fr')) || this.termStems.has(stem(token, 'fr'));
  }

  /**
   * Whether the intents or the knowledge's names use this word or another form of it — not only
   * the FAQ's text: "DSAF", known from one passage, is no word of the bot's own.
   */
  usesAForm(token: string): boolean {
    return this.termStems.has(stem(token, 'fr')) || this.termStems.has(stem(token, 'en'));
  }

  /** Whether the FAQ's answers or the organisations' pages say this word or another form of it ("DSAF", spelled out in a recruitment passage). */
  textSays(token: string): boolean {
    return this.textStems.has(stem(token, 'fr'));
  }

  /**
   * Replaces words of 5 letters or more that the vocabulary does not know (nor the lexicon lists as words of no subject: "stuff" is not "staff") by their closest known
   * word (shorter ones are too often real words: "sors" is not "sers"), unless another form of it
   * is known ("recruter" is not "recruteur"): one edit up to 9 letters, two from 10 (stricter than search: a wrong correction changes the intent, and an
   * unknown word is evidence that the question is out of scope).
   */
  correct(tokens: string[], corrections: Record<string, string>): string[] {
    return tokens.map((t) => {
      if (t.length < SHORTEST_CORRECTED_WORD || /\d/.test(t) || this.known.has(t) || isStopword(t) || this.words.politeFiller.has(t) || this.words.notTopic.has(t)) return t;
      if (this.knownStems.has(stem(t, 'fr')) || this.knownStems.has(stem(t, 'en'))) return t;
      const max = t.length >= TWO_EDITS_FROM ? 2 : 1;
      const best = this.vocabulary.typosOf(t).find((m) => editDistance(t, this.terms[m.term]!, max) <= max);
      if (!best) return t;
      const fixed = this.terms[best.term]!;
      corrections[t] = fixed;
      return fixed;
    });
  }

  /** Share of the message's content words that the domain's vocabulary does not know. */
  unknownShare(tokens: readonly string[]): number {
    // Greetings and thanks are left out: "Bonjour, qui a gagné la coupe du monde ?" is as far from the domain as the question alone.
    const { socialWords, notTopic, politeFiller } = this.words;
    const content = tokens.filter((t) => t.length >= 3 && !notTopic.has(t) && !politeFiller.has(t) && !socialWords.has(t) && !/\d/.test(t));
    if (content.length === 0) return 0;
    return content.filter((t) => !this.known.has(t) && !this.termStems.has(stem(t, 'fr'))).length / content.length;
  }
}
