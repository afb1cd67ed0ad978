/**
 * The word a definition question asks about when the knowledge explains no such word ("c'est
 * quoi la NBI ?", "What is the CET and does it apply to contract staff?", "c'est quoi un
 * « emploi fonctionnel » ?"): the bot must then say it has no explanation of that word, naming
 * it, rather than explain a neighbouring word or list offers.
 *
 * The word asked is what stands right after the phrase that asks (the lexicon's `definition`:
 * "c'est quoi", "what is"), or right before it when it ends the message ("la NBI, c'est quoi
 * ?"), articles skipped; a phrase in quotes (« », “ ”, " ") is the word asked whatever its
 * place. It counts as unexplained when one of its words is unknown to the domain's vocabulary
 * and it is not one of the explained words (`mentions`); unknown words elsewhere in the message
 * make it a question out of the domain ("what is the capital of Australia?"), not about a word.
 * The name is given back as typed.
 */
import { isStopword, normalise } from '../text/normalise.js';
import type { Lexicon } from './lexicon.js';
import { wordClasses } from './word-classes.js';
import type { TermMention } from './term-mentions.js';

/** What the reading needs. */
export interface UnknownWordInput {
  /** The message as typed. */
  text: string;
  /** Its tokens, normalised and corrected. */
  tokens: readonly string[];
  normalised: string;
  lexicon: Lexicon;
  /** The explained words the message names. */
  mentions: readonly TermMention[];
  /** Whether the domain's vocabulary knows a token (offers, FAQ, lexicon, explained words). */
  isKnown: (token: string) => boolean;
  /** Whether these words, as typed (uncorrected), name an explained word. */
  namesATerm: (words: string) => boolean;
  /** Tokens that name an employer: a question about one ("c'est quoi la DINUM exactement ?") asks about it, not a word. */
  employerTokens: ReadonlySet<string>;
}

/**
 * "La DSAF dont parle l'offre, c'est quoi ?": the words of a question about a word's meaning
 * that only the knowledge's text uses — no intent's cue or example, no name of offer, team or
 * explained word, no employer — as typed ("DSAF"): a word of a page that no card explains, that
 * a passage may (see dialogs/definition.ts). At most two such words, or none.
 *
 * A single such word is asked whether the text says it or not ("la PFR dont parle l'annonce",
 * then named back as unexplained); two must both be said: "what is the capital of Australia?"
 * is a question out of the domain, not about a word of it.
 *
 * @param ownWord whether the bot's own vocabulary (intents, names) uses a token.
 * @param textSays whether the knowledge's text says a token.
 */
export function textOnlyWordAsked(input: UnknownWordInput, ownWord: (token: string) => boolean, textSays: (token: string) => boolean): string | undefined {
  const { tokens, lexicon } = input;
  const asking = new Set(lexicon.findAll('definition', input.normalised).flatMap((p) => p.split(' ')));
  const { namesNothing } = wordClasses(lexicon);
  const foreign = tokens.filter((t) => t.length >= 3 && !isStopword(t) && !/\d/.test(t) && !asking.has(t) && !namesNothing.has(t) && !input.employerTokens.has(t) && !ownWord(t));
  // One word alone is the word asked, said or not ("la PFR dont parle l'annonce"); two must both be said.
  if (foreign.length === 0 || foreign.length > 2 || (foreign.length === 2 && !foreign.every(textSays))) return undefined;
  return typedName(input.text, foreign);
}

/** Words at most in the name of the word asked ("indemnité spécifique", "compte épargne temps"). */
const LONGEST_NAME = 5;

/** Quoted spans of the typed text: «…», “…”, "…", '…' between spaces (not an apostrophe), and (…) ("the CET (compte épargne-temps)"). */
const QUOTED = /«\s*([^»]{2,60}?)\s*»|“([^”]{2,60})”|"([^"]{2,60})"|(?:^|\s)['‘]([^'’]{2,60})['’](?=[\s?!.,;:]|$)|\(([^)]{2,60})\)/gu;

/** Where a phrase of tokens starts in `tokens`, if it does. */
function indexOf(tokens: readonly string[], phrase: readonly string[]): number {
  for (let i = 0; i + phrase.length <= tokens.length; i++) if (phrase.every((t, k) => tokens[i + k] === t)) return i;
  return -1;
}

/**
 * The word the message asks the meaning of when the knowledge does not explain it, as typed
 * ("NBI", "emploi fonctionnel"); undefined when the message asks no such thing.
 */
export function unexplainedWordAsked(input: UnknownWordInput): string | undefined {
  const { tokens, lexicon, mentions, isKnown } = input;
  const named = new Set(mentions.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
  // The words that ask for a comparison ("c koi **la diff** avec un CDD du privé ?") ask how, not what.
  const { namesNothing, comparisonWords } = wordClasses(lexicon);
  const scope = new Set(lexicon.findAll('public_scope', input.normalised).flatMap((p) => p.split(' ')));
  const filler = (t: string) => namesNothing.has(t) || comparisonWords.has(t) || scope.has(t);
  const unknown = (i: number) => i >= 0 && i < tokens.length && !named.has(i) && !isStopword(tokens[i]!) && !isKnown(tokens[i]!) && !/^\d+$/.test(tokens[i]!);
  const content = (i: number) => i >= 0 && i < tokens.length && !named.has(i) && !isStopword(tokens[i]!) && !filler(tokens[i]!);

  for (const m of input.text.matchAll(QUOTED)) {
    const quoted = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
    // Read as typed: a word the vocabulary does not know may have been corrected into one it knows ("précarité").
    const words = normalise(quoted).split(' ').filter(Boolean);
    if (words.length === 0 || words.length > LONGEST_NAME || input.namesATerm(quoted)) continue;
    if (words.some((w) => !isStopword(w) && !isKnown(w) && !/^\d+$/.test(w))) return quoted;
  }

  for (const span of askedSpans(tokens, input.normalised, lexicon, content)) {
    // Unknown words besides the one asked ("what is the capital of Australia?"): a question out of the domain, not about a word of it.
    const elsewhere = tokens.some((_, i) => !span.includes(i) && unknown(i));
    if (span.some((i) => input.employerTokens.has(tokens[i]!))) continue;
    if (span.some(unknown) && !elsewhere) return typedName(input.text, span.map((i) => tokens[i]!));
  }
  return undefined;
}

/**
 * The positions of the words each question phrase asks about: right after it ("c'est quoi **la
 * NBI**"), or right before it when nothing follows ("**la NBI**, c'est quoi ?"), articles skipped.
 */
function askedSpans(tokens: readonly string[], normalised: string, lexicon: Lexicon, content: (i: number) => boolean): number[][] {
  const spans: number[][] = [];
  const phrases = lexicon.findAll('definition', normalised).map((p) => p.split(' '));
  // The words that ask ("what does RIFSEEP **mean**") are not the word asked.
  const asking = new Set(phrases.flat());
  const asked = (i: number) => content(i) && !asking.has(tokens[i]!);
  for (const phrase of phrases) {
    const at = indexOf(tokens, phrase);
    if (at < 0) continue;
    let start = at + phrase.length;
    while (start < tokens.length && isStopword(tokens[start]!)) start++;
    let span = runFrom(start, 1, asked);
    if (span.length === 0) {
      let end = at - 1;
      while (end >= 0 && isStopword(tokens[end]!)) end--;
      span = runFrom(end, -1, asked).reverse();
    }
    if (span.length) spans.push(span);
  }
  return spans;
}

/**
 * The explained word a question asks about by its place: the one right after "c'est quoi" /
 * "what is" ("c'est quoi **le RIFSEEP** et combien d'IFSE au PEReN ?"), or right before it
 * ("**la GIPA**, ça veut dire quoi ?"): it is asked, whatever else the message names.
 */
export function mentionAsked(tokens: readonly string[], normalised: string, lexicon: Lexicon, mentions: readonly TermMention[]): TermMention | undefined {
  const fillers = lexicon.words('term_fillers');
  const content = (i: number) => i >= 0 && i < tokens.length && !isStopword(tokens[i]!) && !fillers.has(tokens[i]!);
  for (const span of askedSpans(tokens, normalised, lexicon, content)) {
    const found = mentions.find((m) => span.includes(m.start) || span.includes(m.end - 1));
    if (found) return found;
  }
  return undefined;
}

/** Consecutive positions from `i` in direction `step` that are content words, at most LONGEST_NAME of them. */
function runFrom(i: number, step: 1 | -1, content: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let k = i; out.length < LONGEST_NAME && content(k); k += step) out.push(k);
  return out;
}

/** The words as the user typed them ("NBI", "télétravail"), found by their normalised form; the normalised words when not found. */
function typedName(text: string, words: readonly string[]): string {
  const typed = text.split(/[^\p{L}\p{N}+#.]+/u).filter(Boolean);
  const folded = typed.map((t) => normalise(t));
  const at = indexOf(folded, words);
  return at >= 0 ? typed.slice(at, at + words.length).join(' ') : words.join(' ');
}
