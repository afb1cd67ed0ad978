/**
 * Full-text search over the knowledge: offers, FAQ entries and organisations, in French and
 * English, tolerant of typos, missing accents, inclusive writing and unfinished words.
 *
 * ## What a score means
 * `score` is in 0..1 and comparable across queries; it answers "how much of what was asked
 * does this entry state, and where". With the query's informative words (stopwords dropped):
 *
 *   coverage = Σ weight(word) × match(word, entry) / Σ weight(word)
 *   coord    = share of the words found in the entry at all
 *   score    = coverage × (0.5 + 0.5 × coord) × (0.6 + 0.4 × fit)   (× 0.9 other language)
 *
 * - weight(word): the word's idf (BM25), so rare words (scientist, entretien) count much more
 *   than common ones (poste, équipe). A word found nowhere in the index weighs as much as the
 *   query's average word: "recette de la tarte aux pommes" finds nothing at all, and "météo
 *   à Paris" is only a third answered by the offers in Paris.
 * - match(word, entry) in 0..1: where the word is (title, question, alternative phrasing or
 *   alias 1; tags, family 0.7; team, places, organisation, contract, category 0.6; remote
 *   policy 0.5; body ≤ 0.45 by BM25 saturation, see ./fields.ts), times how it matched (the
 *   word itself 1, its other-language stem 0.95, a synonym 0.85, a completion of the last
 *   word ≤ 0.9, a typo ≈ 0.55–0.8: see ./query.ts and ./vocabulary.ts).
 * - coord (as in Lucene's classic scoring): an entry holding only some of the words is a
 *   weaker answer, whatever their weight ("quel temps fait-il à Lyon" vs "Combien de temps
 *   dure le recrutement ?").
 * - fit in 0..1: how closely the best title, question, alternative or alias matches the query
 *   as a whole (F-measure of its words against the query's, lowered when they are not in the
 *   query's order). It puts "Data scientist" before "Chef du pôle data scientists" for the
 *   query "data scientist".
 *
 * Reading it: 1 = the query is a title or question, word for word; 0.7–1 = every informative
 * word in a title-like field (with a few other words, or a typo); 0.4–0.7 = most of the query
 * found, partly in tags, places or body, or through typos, synonyms or the other language;
 * below NO_ANSWER_THRESHOLD (0.4) the bot should say it does not know, and may offer the best
 * hits as suggestions. Body-only matches stay under about 0.3. Calibrated on the test fixture
 * (tests/knowledge/search) and on 30,000 synthetic offers (`npm run bench`).
 *
 * ## Cost
 * An inverted index with precomputed impacts (./inverted-index.ts): a query reads only the
 * postings of its words and their variants into typed arrays, keeps the CANDIDATES best
 * entries by coverage × coord, and computes `fit` for those only. Typo and prefix lookups go
 * through trigrams, an edit distance and a small fuse.js pass (./vocabulary.ts), remembered
 * per word in an LRU cache.
 */
import { LANGS, type Entry, type Kind, type Lang, type Offer } from '../schemas.js';
import { matchedFields, titleFit, variantMap } from './field-match.js';
import type { MatchedField } from './fields.js';
import { offerFilter, organisationId, type OfferFilters } from './filters.js';
import { IMPACT_SCALE, IN_BODY, buildInvertedIndex, type InvertedIndex } from './inverted-index.js';
import { LruCache } from '../../text/lru.js';
import { buildSynonyms, parseQuery, type Expansion, type QueryContext, type QueryTerm } from './query.js';
import { DEFAULT_SYNONYMS } from './synonyms.js';
import { TopK } from './top-k.js';
import { translationGroups } from './translations.js';
import { Vocabulary } from '../../text/vocabulary.js';

/**
 * The recommended line between "I know" and "I don't know": below it the best hit does not
 * answer the question (see the module comment); the bot may still offer it as a suggestion.
 * Its value lives with every other threshold, in src/tuning.ts.
 */
export { NO_ANSWER_THRESHOLD } from '../../tuning.js';
/** Hits scoring less are not returned by default (see SearchOptions.minScore). */
export const DEFAULT_MIN_SCORE = 0.15;
/**
 * Longest key (language, prefix flag and query word) whose expansion is remembered: no real
 * word comes near; a visitor's 2,000-letter runs are expanded each time and never kept.
 */
const MAX_REMEMBERED_WORD = 64;
/** Factor on the score of an entry in the other language when SearchOptions.lang is set. */
export const OTHER_LANGUAGE_FACTOR = 0.9;
/** Share of the score that depends on how closely a title fits the query (see module comment). */
const FIT_SHARE = 0.4;
/** Share of the score that depends on how many of the query's words the entry contains (see module comment). */
const COORD_SHARE = 0.5;
/** Entries reranked by fit after the first pass; more costs time, fewer may miss a fit. */
const CANDIDATES = 60;

/** What to search and how to rank. Every option is optional. */
export interface SearchOptions {
  /** Kinds of entry to return (default: all three). */
  kinds?: Kind[];
  /**
   * Organisation id (`peren`, case and accents ignored): its offers and FAQ entries, FAQ
   * entries written for `all`, and the organisation itself. Default: every organisation.
   */
  organisation?: string;
  /**
   * The user's language. A hit in the other language is replaced by its translation
   * (`translation_of`, either direction) in this language when there is one, with the same
   * score and `hit.via` set to the entry that matched; without a translation it stays, with
   * its score × OTHER_LANGUAGE_FACTOR (0.9), so that an entry existing only in English is
   * still found from French and `hit.entry.lang` tells the bot to say so. One hit per
   * translation group. Default: no preference, both languages compete on equal terms.
   */
  lang?: Lang;
  /**
   * Structured conditions on offers (see OfferFilters); other kinds are not affected.
   * Closed offers are excluded unless `filters.includeClosed`, also when `filters` is absent.
   */
  filters?: OfferFilters;
  /** Hits returned at most (default 10). */
  limit?: number;
  /** Hits scoring less are dropped (default DEFAULT_MIN_SCORE, 0.15; 0 keeps every match). */
  minScore?: number;
  /**
   * Whether the last word may be unfinished (search as you type): when the query ends on a
   * letter and that word is not in the index, it also stands for the words it begins.
   * Default true; a finished chat message loses nothing, since known words are taken as meant.
   */
  prefix?: boolean;
}

/** One result. */
export interface SearchHit<E extends Entry = Entry> {
  /** The entry found. */
  entry: E;
  /** 0..1, comparable across queries, higher is better (see the module comment). */
  score: number;
  /**
   * Fields in which a query word (or its variant) was found, e.g. `['title', 'body']`; they
   * are fields of `via` when it is set.
   */
  matched: MatchedField[];
  /**
   * Set when the query matched this entry's translation rather than the entry itself
   * (SearchOptions.lang asked for the entry's language): the entry that matched.
   */
  via?: Entry;
}

/** A candidate during ranking: entry number, score, and the translation that matched. */
interface Ranked {
  d: number;
  s: number;
  via?: number;
}

/** How the index is built. */
export interface SearchIndexOptions {
  /** Groups of interchangeable words (default DEFAULT_SYNONYMS; `[]` for none). */
  synonyms?: ReadonlyArray<readonly string[]>;
  /** Query words whose expansions are remembered (default 5,000; ~1 KB each at most). */
  cacheSize?: number;
}

const KIND_CODE: Record<Kind, number> = { offer: 0, faq: 1, organisation: 2, term: 3, team: 4 };
const KIND_COUNT = Object.keys(KIND_CODE).length;
const ALL_ORGANISATIONS = -1;

/** A searchable snapshot of the knowledge. Build a new one when the knowledge changes. */
export class SearchIndex {
  /** Number of entries indexed. */
  readonly size: number;
  private readonly kind: Uint8Array;
  private readonly lang: Uint8Array;
  private readonly organisation: Int32Array;
  /** 0 for a closed offer, 1 for anything else (so the common case never reads entry objects). */
  private readonly open: Uint8Array;
  private readonly organisationCodes = new Map<string, number>();
  private readonly translationGroup: Int32Array;
  /** Entry numbers of each translation group with more than one entry. */
  private readonly translations = new Map<number, number[]>();
  private readonly total: Float32Array;
  private readonly best: Float32Array;
  private readonly words: Uint8Array;
  private readonly touched: Uint32Array;
  private readonly termTouched: Uint32Array;
  /** Per kind code, its entries' first number and the one after its last (entries are grouped by kind). */
  private readonly kindStart = new Uint32Array(KIND_COUNT);
  private readonly kindEnd = new Uint32Array(KIND_COUNT);

  private constructor(
    private readonly index: InvertedIndex,
    private readonly context: QueryContext,
  ) {
    const n = index.entries.length;
    this.size = n;
    this.kind = new Uint8Array(n);
    this.lang = new Uint8Array(n);
    this.organisation = new Int32Array(n);
    this.open = new Uint8Array(n);
    this.translationGroup = new Int32Array(n);
    const groups = translationGroups(index.entries);
    const code = (id: string): number => {
      let c = this.organisationCodes.get(id);
      if (c === undefined) this.organisationCodes.set(id, (c = this.organisationCodes.size));
      return c;
    };
    index.entries.forEach((e, d) => {
      this.kind[d] = KIND_CODE[e.kind];
      this.lang[d] = LANGS.indexOf(e.lang);
      this.open[d] = e.kind === 'offer' && !e.open ? 0 : 1;
      const org = e.kind === 'organisation' ? e.id : e.organisation;
      this.organisation[d] = org === 'all' ? ALL_ORGANISATIONS : code(org);
      this.translationGroup[d] = groups[d]!;
    });
    groups.forEach((g, d) => {
      if (g !== d) this.translations.set(g, [...(this.translations.get(g) ?? [g]), d]);
    });
    for (let k = 0; k < KIND_COUNT; k++) {
      const first = this.kind.indexOf(k);
      this.kindStart[k] = first < 0 ? 0 : first;
      this.kindEnd[k] = first < 0 ? 0 : this.kind.lastIndexOf(k) + 1;
    }
    this.total = new Float32Array(n);
    this.best = new Float32Array(n);
    this.words = new Uint8Array(n);
    this.touched = new Uint32Array(n);
    this.termTouched = new Uint32Array(n);
  }

  /**
   * Indexes `entries` (loaded entries, any mix of kinds and languages). Cost: about 50 ms per
   * thousand offers of 300 words, and ~1 KB of memory per offer (see `npm run bench`).
   */
  static build(entries: readonly Entry[], options: SearchIndexOptions = {}): SearchIndex {
    // Entries grouped by kind (stable: their order within a kind is kept): a search of one kind
    // then reads only that kind's stretch of every posting list (an FAQ lookup at 30,000 offers
    // would otherwise walk every offer holding its words).
    const index = buildInvertedIndex([...entries].sort((a, b) => KIND_CODE[a.kind] - KIND_CODE[b.kind]));
    const context: QueryContext = {
      index,
      vocabulary: new Vocabulary(index.terms, index.df),
      synonyms: buildSynonyms(options.synonyms ?? DEFAULT_SYNONYMS, index.termIds),
      cache: new LruCache<string, Expansion>(options.cacheSize ?? 5000, MAX_REMEMBERED_WORD),
    };
    return new SearchIndex(index, context);
  }

  /**
   * The entries answering `query`, best first (ties in index order), at most `limit`, none
   * below `minScore`. An empty or stopword-only query ("bonjour") returns no hit.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const terms = parseQuery(query, this.context, options.lang, options.prefix ?? true);
    if (terms.length === 0) return [];
    const [lo, hi] = this.entryRange(options.kinds);
    const touchedCount = this.accumulate(terms, lo, hi);
    const totalWeight = terms.reduce((sum, t) => sum + t.weight, 0);
    const accept = this.acceptor(options);
    const first = new TopK(Math.max(CANDIDATES, (options.limit ?? 10) * 3));
    for (let i = 0; i < touchedCount; i++) {
      const d = this.touched[i]!;
      const coverage = this.total[d]! / totalWeight;
      const coord = this.words[d]! / terms.length;
      this.total[d] = 0;
      this.words[d] = 0;
      const score = coverage * (1 - COORD_SHARE + COORD_SHARE * coord);
      if (score > first.floor && accept(d)) first.push(score, d);
    }
    const variants = variantMap(terms);
    const found = new Float32Array(terms.length);
    const scored: Ranked[] = first.sorted().map(({ score, item: d }) => ({
      d,
      s: Math.min(1, score * (1 - FIT_SHARE + FIT_SHARE * titleFit(this.index, d, terms, variants, totalWeight, found))),
    }));
    const hits = options.lang ? this.inLanguage(scored, LANGS.indexOf(options.lang), accept) : scored;
    const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    return hits
      .filter((h) => h.s >= minScore)
      .sort((a, b) => b.s - a.s || a.d - b.d)
      .slice(0, options.limit ?? 10)
      .map(({ d, s, via }) => {
        const hit: SearchHit = { entry: this.index.entries[d]!, score: s, matched: matchedFields(this.index, via ?? d, variants) };
        if (via !== undefined) hit.via = this.index.entries[via]!;
        return hit;
      });
  }

  /**
   * Language preference: an entry in the other language is replaced by its translation in
   * the preferred one when that exists and passes the filters (same score: it says the same
   * thing), else kept with its score × OTHER_LANGUAGE_FACTOR; one hit per translation group.
   */
  private inLanguage(scored: readonly Ranked[], preferred: number, accept: (d: number) => boolean): Ranked[] {
    const byGroup = new Map<number, Ranked>();
    for (const { d, s } of scored) {
      let hit: Ranked = { d, s };
      if (this.lang[d] !== preferred) {
        const sibling = this.translations.get(this.translationGroup[d]!)?.find((m) => this.lang[m] === preferred && accept(m));
        hit = sibling === undefined ? { d, s: s * OTHER_LANGUAGE_FACTOR } : { d: sibling, s, via: d };
      }
      const group = this.translationGroup[hit.d]!;
      const current = byGroup.get(group);
      if (!current || hit.s > current.s) byGroup.set(group, hit);
    }
    return [...byGroup.values()];
  }

  /** The entry numbers [lo, hi) that `kinds` can be among (all entries when they are not one stretch). */
  private entryRange(kinds: readonly Kind[] | undefined): [number, number] {
    if (!kinds?.length) return [0, this.size];
    const codes = kinds.map((k) => KIND_CODE[k]).filter((k) => this.kindEnd[k]! > this.kindStart[k]!);
    if (codes.length === 0) return [0, 0];
    const lo = Math.min(...codes.map((k) => this.kindStart[k]!));
    const hi = Math.max(...codes.map((k) => this.kindEnd[k]!));
    // Kinds in between that were not asked for are left to the acceptor.
    return [lo, hi];
  }

  /**
   * First pass: Σ weight × best variant impact per entry into `total`, and how many query
   * words it matched into `words`; returns how many entries were touched (listed in `touched`).
   */
  private accumulate(terms: readonly QueryTerm[], lo: number, hi: number): number {
    const { postingStart, postingDoc, postingImpact } = this.index;
    const { total, best, words, touched, termTouched } = this;
    let touchedCount = 0;
    for (const term of terms) {
      let count = 0;
      for (const { term: t, quality } of term.variants) {
        const q = quality / IMPACT_SCALE;
        const end = postingStart[t + 1]!;
        // Postings are in entry order: skip to the first at or after `lo`, stop at `hi`.
        let p = postingStart[t]!;
        if (lo > 0) {
          let a = p;
          let b = end;
          while (a < b) {
            const mid = (a + b) >>> 1;
            if (postingDoc[mid]! < lo) a = mid + 1;
            else b = mid;
          }
          p = a;
        }
        for (; p < end; p++) {
          const d = postingDoc[p]!;
          if (d >= hi) break;
          const value = q * (postingImpact[p]! & ~IN_BODY);
          if (value > best[d]!) {
            if (best[d] === 0) termTouched[count++] = d;
            best[d] = value;
          }
        }
      }
      for (let i = 0; i < count; i++) {
        const d = termTouched[i]!;
        if (total[d] === 0) touched[touchedCount++] = d;
        total[d]! += term.weight * best[d]!;
        words[d]!++;
        best[d] = 0;
      }
    }
    return touchedCount;
  }

  /** The test an entry must pass for these options (kinds, organisation, offer filters). */
  private acceptor(options: SearchOptions): (d: number) => boolean {
    const kinds = options.kinds ? new Set(options.kinds.map((k) => KIND_CODE[k])) : undefined;
    const org = options.organisation ? (this.organisationCodes.get(organisationId(options.organisation)) ?? -2) : undefined;
    const offerOk = offerFilter(options.filters ?? {});
    const { includeClosed, ...conditions } = options.filters ?? {};
    const onEntry = Object.values(conditions).some((v) => v !== undefined);
    const kindOk = new Uint8Array(3).fill(kinds ? 0 : 1);
    for (const k of kinds ?? []) kindOk[k] = 1;
    const { kind, organisation, open } = this;
    return (d) => {
      if (kindOk[kind[d]!] === 0) return false;
      if (org !== undefined && organisation[d] !== org && organisation[d] !== ALL_ORGANISATIONS) return false;
      if (!includeClosed && open[d] === 0) return false;
      if (!onEntry || kind[d] !== KIND_CODE.offer) return true;
      return offerOk(this.index.entries[d] as Offer);
    };
  }
}
