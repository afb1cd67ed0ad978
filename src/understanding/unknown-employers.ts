/**
 * Employers Tremplin does not know, named in a message ("Est-ce que Google recrute ?"):
 * capitalised names where an employer's name goes — "chez X", "at X", "offres de X", "X
 * recrute", "X is hiring", and acronyms after "à la", "au"… (the lexicon's grammars, see
 * ./word-classes.ts) — that are neither words of the domain, nor places, nor a known employer.
 */
import { isStopword, tokenize } from '../text/normalise.js';
import type { Catalogue } from './catalogue.js';
import type { WordClasses } from './word-classes.js';

/** The names of unknown employers in `text`, as typed; a name inside a longer one found is left out. */
export function unknownEmployers(text: string, words: WordClasses, knows: (token: string) => boolean, catalogue: Catalogue): string[] {
  const names = new Set<string>();
  const { all: patterns, publicEmployer } = words.employerPatterns;
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      // "at Google Paris": the place after the name says where, it is not part of it.
      const name = withoutPlaceAfter(m[1]!, catalogue);
      const tokens = tokenize(name);
      const isPublic = pattern === publicEmployer;
      if (tokens.length === 0 || (!isPublic && (tokens.some(knows) || catalogue.findPlaces(tokens.join(' ')).length))) continue;
      if (catalogue.findOrganisation(tokens)) continue;
      names.add(isPublic ? name.replace(/^(La|Le|L['’])\s?/, (a) => a.toLowerCase()) : name);
    }
  }
  // "le ministère des Armées recrute": "Armées" alone is part of a name already found.
  return [...names].filter((name) => ![...names].some((other) => other !== name && other.includes(name)));
}

/**
 * The name without the places typed right after it ("Google Paris" → "Google"); a place joined by
 * a word ("la mairie de Rennes") is part of the name, and a name that is only a place stays whole
 * (and is then no employer).
 */
function withoutPlaceAfter(name: string, catalogue: Catalogue): string {
  const words = name.split(/\s+/);
  let end = words.length;
  while (end > 1 && !isStopword(tokenize(words[end - 2]!).join(' ')) && catalogue.findPlaces(tokenize(words[end - 1]!).join(' ')).length > 0) end--;
  return words.slice(0, end).join(' ');
}
