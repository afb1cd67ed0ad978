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
  const verb = verbAt(tokens, lexicon);
  const foreign = tokens.filter((t, i) => t.length >= 3 && !isStopword(t) && !/\d/.test(t) && !asking.has(t) && !namesNothing.has(t) && !input.employerTokens.has(t) && !ownWord(t) && !verb(i));
  // One word alone is the word asked, said or not ("la PFR dont parle l'annonce"); two must both be said.
  if (foreign.length === 0 || foreign.length > 2 || (foreign.length === 2 && !foreign.every(textSays))) return undefined;
  return typedName(input.text, foreign);
}

/**
 * Whether the token at a position is a verb by its place: right after a subject pronoun ("qu'est-ce
 * que vous **auriez** pour moi ?", "what would you **recommend**?") it says what someone does, not a
 * word to explain.
 */
function verbAt(tokens: readonly string[], lexicon: Lexicon): (i: number) => boolean {
  const subjects = lexicon.words('subject_pronouns');
  return (i) => i > 0 && subjects.has(tokens[i - 1]!);
}

/** Words at most in the name of the word asked ("indemnité spécifique", "compte épargne temps"). */
const LONGEST_NAME = 5;

/** Quoted spans of the typed text: «…», “…”, "…", '…' between spaces (not an apostrophe), and (…) ("the CET (compte épargne-temps)"). */
const QUOTED = /«\s*([^»]{2,60}?)\s*»|“([^”]{2,60})”|"([^"]{2,60})"|(?:^|\s)['‘]([^'’]{2,60})['’](?=[\s?!.,;:]|$)|\(([^)]{2,60})\)/gu;

/** The positions from `from` to `to` (excluded). */
const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

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
  const verb = verbAt(tokens, lexicon);
  const unknown = (i: number) => i >= 0 && i < tokens.length && !named.has(i) && !isStopword(tokens[i]!) && !isKnown(tokens[i]!) && !/^\d+$/.test(tokens[i]!);
  const content = (i: number) => i >= 0 && i < tokens.length && !named.has(i) && !isStopword(tokens[i]!) && !filler(tokens[i]!) && !verb(i);

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
 * An acronym as typed: two to six capitals or digits, a capital first, maybe cut by slashes or dots ("RIE", "H/F", "A.P.I."), or
 * words in capitals joined by dots or dashes ("TECH.GOUV").
 */
const ACRONYM = /^(?:(?=\p{Lu})(?:[\p{Lu}\d][/.]?){2,6}|\p{Lu}{2,}(?:[.-]\p{Lu}{2,})+)$/u;

/** An acronym written with some small letters ("PEReN", "SciencesPo" not: three capitals at least, a capital first). */
const MIXED_ACRONYM = /^(?=\p{Lu})(?=(?:\p{Ll}*\p{Lu}){3})[\p{L}]{3,8}$/u;

/**
 * A message that is only an acronym asked ("FTAP ?", "RIE?", "TECH.GOUV ?"), maybe with where it was seen in brackets ("FTAP ?
 * (vu dans une offre DINUM)"): that acronym, unless it is an explained word or an employer's name (whose own answers say more).
 */
export function acronymAlone(input: UnknownWordInput): string | undefined {
  const alone = /^\s*([\p{L}\p{N}/.-]+?)[/.]?\s*\?+\s*(?:\([^()]*\)\s*)?$/u.exec(input.text)?.[1];
  if (!alone || !ACRONYM.test(alone)) return undefined;
  const own = normalise(alone).split(' ');
  if (input.mentions.some((m) => input.tokens.slice(m.start, m.end).some((t) => own.includes(t)))) return undefined;
  return own.some((t) => input.employerTokens.has(t)) ? undefined : alone;
}

/**
 * The acronym a question asks the meaning of, as typed ("RIE ça veut dire quoi ?", "H/F in job
 * titles, what does it mean?", "FTAP c'est quoi dans l'offre d'adjoint au PMO ?"): the word
 * typed in capitals right after or before the phrase that asks, even when the vocabulary knows
 * it (an offer's title or tags use it) — unless it is an explained word or an employer's name.
 * When the phrase is followed by a place ("c'est quoi **dans** l'offre…"), the word before it is asked.
 */
export function acronymAsked(input: UnknownWordInput): string | undefined {
  const { tokens, lexicon, mentions } = input;
  const named = new Set(mentions.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
  const typed = input.text.split(/[^\p{L}\p{N}/.-]+/u).map((w) => w.replace(/[/.]+$/u, '')).filter(Boolean);
  // "What does PEReN stand for?": asked what it stands for, an employer's name written in capitals too.
  const spelledOut = lexicon.test('spelled_out', input.normalised);
  const acronyms = new Map(typed.filter((w) => ACRONYM.test(w) || (spelledOut && MIXED_ACRONYM.test(w))).map((w) => [normalise(w), w]));
  if (acronyms.size === 0) return undefined;
  // "H/F" is no token at all (inclusive writing is dropped by normalisation): typed in a question that names no explained word, it is what is asked.
  const dropped = [...acronyms].find(([folded]) => folded.trim() === '');
  if (dropped && mentions.length === 0) return dropped[1];
  const places = lexicon.words('term_places');
  const free = (at: readonly number[]) => at.every((i) => !named.has(i) && (spelledOut || !input.employerTokens.has(tokens[i]!)));
  const acronymAt = (from: number, to: number) => (from >= 0 && to <= tokens.length && from < to ? acronyms.get(tokens.slice(from, to).join(' ')) : undefined);
  // Nearest the phrase that asks: right after it, else right before it; an acronym of two letters typed apart ("A P") is two tokens.
  const asking = (['definition', 'definition_openings'] as const).flatMap((c) => lexicon.findAll(c, input.normalised));
  for (const phrase of asking.map((p) => p.split(' '))) {
    const at = indexOf(tokens, phrase);
    if (at < 0) continue;
    let after = at + phrase.length;
    const placed = places.has(tokens[after] ?? '');
    while (after < tokens.length && isStopword(tokens[after]!)) after++;
    let before = at - 1;
    while (before >= 0 && isStopword(tokens[before]!)) before--;
    for (const width of [1, 2, 3]) {
      const next = placed ? undefined : acronymAt(after, after + width);
      if (next && free(range(after, after + width))) return next;
      const previous = acronymAt(before - width + 1, before + 1);
      if (previous && free(range(before - width + 1, before + 1))) return previous;
    }
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

/** Words unknown to the domain, at least, that make a service asked of a word one outside what Tremplin covers. */
const OUTSIDE_WORDS = 2;

/**
 * A service asked of Tremplin (lexicon `service_asked`: "aide-moi à remplir", "can you help me")
 * beyond the explained words named, in words the domain does not know ("help me fill in my tax
 * return as a contractuel?"): outside what it covers, the word only its setting. Those unknown
 * words, when a third of the words asked or more, two at least (one unknown word is rather a
 * typo or a name); undefined otherwise, and when the message asks what the word is.
 * @param asked the words the message asks of the word (normalised, without fillers and stopwords).
 * @param known whether the domain knows a token (or it names an employer).
 */
export function serviceOutside(asked: readonly string[], mentions: readonly TermMention[], tokens: readonly string[], normalised: string, lexicon: Lexicon, known: (token: string) => boolean): string[] | undefined {
  if (!lexicon.test('service_asked', normalised) || lexicon.test('definition', normalised)) return undefined;
  const named = new Set(mentions.flatMap((m) => tokens.slice(m.start, m.end)));
  const notTopic = lexicon.words('not_topic');
  const beyond = asked.filter((t) => t.length >= 3 && !/\d/.test(t) && !named.has(t) && !notTopic.has(t));
  const unknown = beyond.filter((t) => !known(t));
  return unknown.length >= OUTSIDE_WORDS && unknown.length * 3 >= beyond.length ? unknown : undefined;
}
