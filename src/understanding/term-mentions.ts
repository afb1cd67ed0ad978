/**
 * Where a text names one of the public service's words that the knowledge explains
 * (`knowledge/terms/`): each term entry's `term` and `aliases`, found as whole phrases in the
 * normalised text ("catégorie A+", "CDD de droit public", "en instruction"). The phrases come
 * from the knowledge, so a new explanation needs no code.
 *
 * Used on the user's messages (the understanding) and on Tremplin's own answers (to offer to
 * explain a word an answer uses). Plain TypeScript, no I/O; build one per knowledge version.
 */
import type { Term } from '../knowledge/schemas.js';
import { LruCache } from '../text/lru.js';
import { REMEMBERED_TEXT_LENGTH } from '../tuning.js';
import { isStopword, tokenize } from '../text/normalise.js';

/**
 * Texts whose mentions are remembered (Tremplin's answers: the same question gets the same
 * answer all day, and normalising a long answer is most of the cost, ~50 µs for 500 characters).
 * A few hundred KB at most.
 */
const REMEMBERED_TEXTS = 500;

/** One term named in a text. */
export interface TermMention {
  /** The explanation's primary id (the French entry's, for an English translation). */
  id: string;
  /** Token positions of the phrase in the normalised text: [start, end). */
  start: number;
  end: number;
}

/** A phrase naming a term. */
interface Phrase {
  id: string;
  tokens: readonly string[];
  /** Written in capitals ("PASS"): only named in capitals, unless the whole text is in lower case. */
  acronym?: RegExp;
  /** An acronym spelt like a grammatical word ("CET", "cet emploi"): only named in capitals, even in a text in lower case. */
  capitalsOnly?: boolean;
}

/** A token without a plural `s` or `x`, for words long enough that this says nothing else ("vacataires" → "vacataire"). */
const singular = (token: string): string => (token.length > 4 ? token.replace(/[sx]$/, '') : token);

/** An alias in capitals of at least two letters, no lower case: an acronym. */
const ACRONYM = /^[\p{Lu}\d]{2,}$/u;

/** The terms the knowledge explains, ready to be found in texts. */
export class TermMentions {
  /** Phrases by their first token (singular), longest first. */
  private readonly byFirst = new Map<string, Phrase[]>();
  /** The subjects of the terms (their `tags` that no other term has), by first token. */
  private readonly subjectsByFirst = new Map<string, Phrase[]>();
  /** Each term's own phrases (term and aliases, both languages), by primary id. */
  private readonly phrasesById = new Map<string, (readonly string[])[]>();
  private readonly remembered = new LruCache<string, readonly TermMention[]>(REMEMBERED_TEXTS, REMEMBERED_TEXT_LENGTH);

  /** The organisation a term's explanation belongs to, by primary id (none: every organisation). */
  private readonly organisations = new Map<string, string>();

  constructor(terms: readonly Term[]) {
    for (const term of terms) {
      const id = term.translation_of ?? term.id;
      if (term.organisation && term.organisation !== 'all') this.organisations.set(id, term.organisation);
      for (const written of [term.term, ...term.aliases]) {
        const tokens = tokenize(written).map(singular);
        // A phrase of stopwords only ("de", "the") would be found in every text.
        if (tokens.every((t) => isStopword(t))) continue;
        const acronym = ACRONYM.test(written.trim()) ? new RegExp(`(?<![\\p{L}\\p{N}])${written.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u') : undefined;
        const capitalsOnly = acronym !== undefined && tokens.every((t) => isStopword(t));
        if (add(this.byFirst, { id, tokens, ...(acronym ? { acronym } : {}), ...(capitalsOnly ? { capitalsOnly } : {}) })) this.phrasesById.set(id, [...(this.phrasesById.get(id) ?? []), tokens]);
      }
    }
    // A tag that one term only has names its subject ("télétravail", "remote"); a tag several share ("statut") names none.
    const owners = new Map<string, Set<string>>();
    for (const term of terms) {
      for (const tag of term.tags) {
        const key = tokenize(tag).map(singular).join(' ');
        if (key) owners.set(key, (owners.get(key) ?? new Set()).add(term.translation_of ?? term.id));
      }
    }
    for (const [key, ids] of owners) {
      const tokens = key.split(' ');
      if (ids.size === 1 && !tokens.every((t) => isStopword(t))) add(this.subjectsByFirst, { id: [...ids][0]!, tokens });
    }
    for (const list of [...this.byFirst.values(), ...this.subjectsByFirst.values()]) list.sort((a, b) => b.tokens.length - a.tokens.length);
    for (const term of terms) for (const written of [term.term, ...term.aliases, ...term.tags]) for (const t of tokenize(written)) this.words.add(singular(t));
    for (const term of terms) {
      const id = term.translation_of ?? term.id;
      this.names.set(id, (this.names.get(id) ?? new Set()).add(tokenize(term.term).map(singular).join(' ')));
      const named = this.namedBy.get(id) ?? new Set<string>();
      for (const m of scan(this.byFirst, term.body, tokenize(term.body))) if (m.id !== id) named.add(m.id);
      this.namedBy.set(id, named);
    }
  }

  /** The other explained words each explanation's text names, by primary id (both languages together). */
  private readonly namedBy = new Map<string, Set<string>>();

  /** Whether `tokens` (normalised) are a term's own name, not one of its aliases ("contractuel", not "CDD"). */
  isNameOf(id: string, tokens: readonly string[]): boolean {
    return this.names.get(id)?.has(tokens.map(singular).join(' ')) ?? false;
  }

  /** Each term's own names (its `term` in both languages, singular tokens), by primary id. */
  private readonly names = new Map<string, Set<string>>();

  /**
   * Whether `tokens` (normalised), a name of another word, are named like the word `id`: the same
   * first word as one of its phrases, then other words ("catégorie B" beside "catégorie A+",
   * "contrat de projet" beside "contrat à durée déterminée"). Such a word is asked for itself, a
   * neighbour of `id`, never a case of its rule.
   */
  namedLike(id: string, tokens: readonly string[]): boolean {
    const typed = tokens.map(singular);
    if (typed.length < 2 || isStopword(typed[0]!)) return false;
    return (this.phrasesById.get(id) ?? []).some((p) => p.length >= 2 && p[0] === typed[0] && p.join(' ') !== typed.join(' '));
  }

  /**
   * Whether `other` is a case of the word `id`'s rule: the explanation of `id` names it ("CDD",
   * "CDI" in the trial period's durations) and the explanation of `other` does not name `id`
   * back (the contract staff's card says nothing of trial periods). Two words that name each
   * other ("contractuel", "vacataire") are neighbours, not a rule and its case.
   */
  isCaseOf(other: string, id: string): boolean {
    return (this.namedBy.get(id)?.has(other) ?? false) && !(this.namedBy.get(other)?.has(id) ?? false);
  }

  /** Every word of the explained terms' names, aliases and subjects (singular). */
  private readonly words = new Set<string>();

  /** Whether a word belongs to an explained term's name, aliases or subjects ("rule", "remote"): a word of the domain. */
  knowsWord(token: string): boolean {
    return this.words.has(singular(token));
  }

  /**
   * The terms whose subject `tokens` name by one of their own tags ("télétravail", "remote" for
   * the rule of telework in the public service): weaker than a term's name, for a question that
   * also says it is about the public service in general.
   */
  findSubjects(text: string, tokens: readonly string[]): TermMention[] {
    return scan(this.subjectsByFirst, text, tokens);
  }

  /** The organisation whose explanation this is ("indépendant" at beta.gouv.fr), if it belongs to one. */
  organisationOf(id: string): string | undefined {
    return this.organisations.get(id);
  }

  /** The phrases that name a term (its name and aliases, as tokens), by primary id. */
  phrasesOf(id: string): readonly (readonly string[])[] {
    return this.phrasesById.get(id) ?? [];
  }

  /** Whether the knowledge explains any term. */
  get empty(): boolean {
    return this.byFirst.size === 0;
  }

  /**
   * The terms `text` names, left to right, the longest phrase at each place, none overlapping.
   * @param tokens the text's tokens when the caller has them already (`tokenize(text)`, maybe
   * corrected); without them, the result for a text is remembered (see REMEMBERED_TEXTS).
   */
  find(text: string, tokens?: readonly string[]): readonly TermMention[] {
    if (tokens) return this.scan(text, tokens);
    let found = this.remembered.get(text);
    if (!found) {
      found = Object.freeze(this.scan(text, tokenize(text)));
      this.remembered.set(text, found);
    }
    return found;
  }

  private scan(text: string, tokens: readonly string[]): TermMention[] {
    return scan(this.byFirst, text, tokens);
  }
}

/** Adds a phrase to an index by first token, unless it is there already; whether it was added. */
function add(index: Map<string, Phrase[]>, phrase: Phrase): boolean {
  const list = index.get(phrase.tokens[0]!) ?? [];
  index.set(phrase.tokens[0]!, list);
  if (list.some((p) => p.id === phrase.id && p.tokens.join(' ') === phrase.tokens.join(' '))) return false;
  list.push(phrase);
  return true;
}

/** The phrases of `index` that `tokens` hold, left to right, the longest at each place, none overlapping. */
function scan(index: ReadonlyMap<string, Phrase[]>, text: string, tokens: readonly string[]): TermMention[] {
  const found: TermMention[] = [];
  const lowerCase = text === text.toLowerCase();
  const folded = tokens.map(singular);
  for (let i = 0; i < folded.length; ) {
    const match = (index.get(folded[i]!) ?? []).find((p) => p.tokens.every((t, k) => folded[i + k] === t) && (!p.acronym || (lowerCase && !p.capitalsOnly) || p.acronym.test(text)));
    if (match) {
      found.push({ id: match.id, start: i, end: i + match.tokens.length });
      i += match.tokens.length;
    } else {
      i += 1;
    }
  }
  return found;
}
