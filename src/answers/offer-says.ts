/**
 * What one announcement says about the words a question asks that no field of the offer holds
 * ("la stack du dev fullstack", "les entretiens c'est quand ?", "a laptop?"): its own lines that
 * hold them, quoted, or, when none does, that it says nothing of them. Answers a question about
 * a named offer from its own page rather than with its card alone.
 *
 * Plain TypeScript, no I/O.
 */
import type { Lang, Offer } from '../knowledge/schemas.js';
import { normalise, stem, tokenize } from '../text/normalise.js';
import { quote, shorten } from './format.js';

/** Lines quoted at most. */
const MAX_LINES = 2;
/** Longest line quoted, in characters (cut on a word). */
const MAX_LINE = 280;
/** Shortest word looked for: shorter ones are articles, pronouns, abbreviations. */
const SHORTEST_WORD = 4;

/** What the announcement says of the words asked. */
export type OfferSays = { kind: 'quoted'; lines: string[] } | { kind: 'silent'; words: string[]; kindOfJob?: boolean } | undefined;

const keysOf = (token: string) => [stem(token, 'fr'), stem(token, 'en')];

/** A body line as plain text: no list mark, heading mark, emphasis nor link target. */
export function plainLine(line: string): string {
  return line
    .replace(/^\s*(?:#{1,6}|[-*•+]|\d+[.)])\s+/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\\\s*$/, '')
    .trim();
}

/** A line, plain; a heading or a line that announces a list ("La stack technique :") with the lines under it, up to the next heading. */
function withWhatFollows(lines: readonly string[], index: number): string {
  const line = lines[index]!;
  const opens = /^\s*#{1,6}\s/.test(line) || /:\s*$/.test(line) || /^\s*\*\*[^*]+\*\*\s*:?\s*$/.test(line);
  if (!opens) return plainLine(line);
  const under: string[] = [];
  for (let i = index + 1; i < lines.length && !/^\s*#{1,6}\s/.test(lines[i]!) && under.join(' ; ').length < MAX_LINE; i++) under.push(plainLine(lines[i]!));
  return under.length > 0 ? `${plainLine(line).replace(/\s*:\s*$/, '')} : ${under.join(' ; ')}` : plainLine(line);
}

/**
 * The lines of `offer`'s body that hold most of `words` (the question's own words, see
 * `Understanding.terms`), best first; `common` (words every announcement uses: "mission",
 * "poste") and the offer's title words are not looked for. `undefined` when no word is left to
 * look for.
 */
export function offerSays(offer: Offer, words: readonly string[], common: ReadonlySet<string>): OfferSays {
  const title = new Set(tokenize(offer.title).flatMap(keysOf));
  const asked = [...new Set(words.map((w) => normalise(w)))].filter((w) => w.length >= SHORTEST_WORD && !common.has(w) && !keysOf(w).some((k) => title.has(k)));
  if (asked.length === 0) return undefined;
  // Its remote-work words too, which the import lifted out of the text ("même depuis Lyon"): never "it says nothing" beside them.
  const raw = [...offer.body.split('\n'), offer.remote?.text ?? ''].filter((line) => plainLine(line).length > 0);
  const scored = raw
    .map((line, index) => {
      const keys = new Set(tokenize(plainLine(line)).flatMap(keysOf));
      return { line, index, hits: asked.filter((w) => keysOf(w).some((k) => keys.has(k))).length };
    })
    .filter((l) => l.hits > 0);
  if (scored.length === 0) return { kind: 'silent', words: asked };
  // The lines that hold the most of the words asked: "La stack technique", not a line with "techniques" alone.
  const most = Math.max(...scored.map((l) => l.hits));
  const best = scored.filter((l) => l.hits === most).slice(0, MAX_LINES);
  return { kind: 'quoted', lines: best.sort((a, b) => a.index - b.index).map((l) => shorten(withWhatFollows(raw, l.index), MAX_LINE)) };
}

/** The sentence an answer leads with: the lines quoted, or that the announcement does not mention the words. */
export function offerSaysText(says: Exclude<OfferSays, undefined>, lang: Lang): string {
  if (says.kind === 'quoted') {
    const lines = says.lines.map((l) => quote(l, lang));
    return lang === 'fr' ? `L'annonce dit : ${lines.join(' ; ')}` : `The announcement says: ${lines.join('; ')}`;
  }
  const words = quote(says.words.join(' '), lang);
  return lang === 'fr' ? `L'annonce n'en dit rien (je n'y trouve pas ${words}).` : `The announcement says nothing about it (I find no ${words} in it).`;
}

/**
 * "Le PEReN recrute des devs python ?" answered with the closest offer, silent about the words
 * asked: no offer of that kind is known at that employer — said plainly first, then the closest.
 */
export function noOfferOfThatKind(says: Extract<OfferSays, { kind: 'silent' }>, employer: string, atEmployer: string, lang: Lang): string {
  const words = quote(says.words.join(' '), lang);
  return lang === 'fr'
    ? `Non : je ne connais pas d'offre ${atEmployer} qui parle de ${words}. La plus proche, dont l'annonce n'en dit rien :`
    : `No: I know of no offer at ${employer} that mentions ${words}. The closest one, whose announcement says nothing of it:`;
}
