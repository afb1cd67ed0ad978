/**
 * What the recogniser knows of the knowledge base's names: organisations and their aliases,
 * places, offer titles. Built once per knowledge version (a few milliseconds for thousands of
 * offers), then read on every message.
 */
import type { JobWords } from './job-words.js';
import type { Offer, Organisation } from '../knowledge/schemas.js';
import { isStopword, normalise, tokenize } from '../text/normalise.js';
import { DESCRIBED, MAX_OFFER_CANDIDATES, NAMED_PLAINLY } from '../tuning.js';

/** An offer named or described in a message. */
export interface OfferMention {
  id: string;
  /** 0..1: the share of the offer title's weight that the message covers. */
  titleCoverage: number;
  /** 0..1: the share of the message's descriptive words that the title covers. */
  queryCoverage: number;
  /** How many of the message's descriptive words the title has. */
  matched: number;
}


/** Names of the knowledge, indexed for the recogniser. */
export class Catalogue {
  /** Organisation alias (normalised token sequence) → organisation id, longest first. */
  private readonly aliases: { tokens: string[]; id: string }[] = [];
  /** Place (normalised) → display form. */
  private readonly places = new Map<string, string>();
  /** Title stem → offers whose title has it. */
  private readonly byTitleStem = new Map<string, string[]>();
  /**
   * Offer id → its title's stems (a few: a list, not a Set — a Set per offer held 5 MB at 30,000
   * offers) and their weight in all.
   */
  private readonly titleWeights = new Map<string, { stems: readonly string[]; total: number }>();
  private readonly idf = new Map<string, number>();
  /** Offer id → the id of the announcement it translates (itself when it is the original). */
  private readonly primary = new Map<string, string>();
  /** Offer id → the year it was published, when it says ("2021"). */
  private readonly yearOf = new Map<string, string>();
  /** Offer id → how often its page says each word (see `pageWordCounts`). */
  private readonly pageCounts = new Map<string, Map<string, number>>();
  /** Every word the names are made of, normalised (the spelling corrector's vocabulary). */
  readonly words = new Set<string>();
  /** Words of open and closed offers' titles, families and tags, normalised: the subjects offers are about ("design", "data"). */
  readonly subjects = new Set<string>();
  /** The same words, keyed as titles are compared (see `pageWordsWeigh`). */
  private readonly subjectKeys = new Set<string>();

  /**
   * @param jobWords how words of titles are compared (see ./job-words.ts).
   * @param cities towns candidates name even when no offer is there (the lexicon's `cities`).
   */
  constructor(organisations: readonly Organisation[], offers: readonly Offer[], private readonly jobWords: JobWords, cities: readonly string[] = []) {
    for (const org of organisations) {
      const names = new Set([org.id, org.name, ...org.aliases].map((a) => normalise(a)).filter(Boolean));
      if (org.translation_of) continue;
      for (const name of names) this.aliases.push({ tokens: name.split(' '), id: org.id });
      for (const site of org.sites) this.addPlace(site.city);
    }
    for (const org of organisations) {
      if (!org.translation_of) continue;
      for (const name of [org.name, ...org.aliases].map((a) => normalise(a)).filter(Boolean)) {
        this.aliases.push({ tokens: name.split(' '), id: org.translation_of });
      }
    }
    this.aliases.sort((a, b) => b.tokens.length - a.tokens.length);
    for (const a of this.aliases) for (const t of a.tokens) this.words.add(t);
    for (const city of cities) this.addPlace(city);
    const df = new Map<string, number>();
    for (const offer of offers) {
      this.primary.set(offer.id, offer.translation_of ?? offer.id);
      if (offer.published_on) this.yearOf.set(offer.id, offer.published_on.slice(0, 4));
      for (const place of offer.locations) this.addPlace(place);
      // Weighed as the message's words are: without stopwords ("on" of "Ruby on Rails", which a message's
      // words never keep) nor letters alone (the endings of inclusive writing, "expérimenté·e").
      const stems = [...new Set(tokenize(offer.title).filter((t) => t.length > 1 && !jobWords.isFiller(t) && !isStopword(t)).map((t) => jobWords.key(t)))];
      for (const t of tokenize([offer.title, offer.family ?? '', ...offer.tags].join(' '))) {
        this.words.add(t);
        // With the words that mean the same ("cyber" and "security" of a title's "sécurité").
        if (t.length > 1 && !jobWords.isFiller(t)) {
          for (const v of jobWords.variants(t)) this.subjects.add(v);
          this.subjectKeys.add(jobWords.key(t));
        }
      }
      for (const s of stems) {
        df.set(s, (df.get(s) ?? 0) + 1);
        const list = this.byTitleStem.get(s) ?? [];
        list.push(offer.id);
        this.byTitleStem.set(s, list);
      }
      this.titleWeights.set(offer.id, { stems, total: 0 });
    }
    for (const [s, n] of df) this.idf.set(s, Math.log(1 + offers.length / n));
    for (const entry of this.titleWeights.values()) {
      entry.total = entry.stems.reduce((sum, s) => sum + (this.idf.get(s) ?? 0), 0);
    }
  }

  private addPlace(place: string): void {
    const key = normalise(place.replace(/\(\d+\)/g, ''));
    if (!key || key === 'non precise' || key === 'not stated') return;
    if (!this.places.has(key)) this.places.set(key, place.replace(/\s*\(\d+\)\s*/g, '').trim());
    for (const t of key.split(' ')) this.words.add(t);
  }

  /**
   * The organisation a message names, by id: the longest alias found wins; of equal ones, the first named ("What is PEReN? Is
   * it part of DINUM?" → PEReN).
   */
  findOrganisation(tokens: readonly string[]): string | undefined {
    let found: { id: string; length: number; at: number } | undefined;
    for (const alias of this.aliases) {
      if (found && alias.tokens.length < found.length) break;
      for (let i = 0; i + alias.tokens.length <= tokens.length; i++) {
        if (!alias.tokens.every((t, j) => tokens[i + j] === t)) continue;
        if (!found || i < found.at) found = { id: alias.id, length: alias.tokens.length, at: i };
        break;
      }
    }
    return found?.id;
  }

  /**
   * Every organisation a message names, in the order it names them ("salaire à beta.gouv.fr vs
   * au PEReN" → beta-gouv, peren). An alias inside a longer alias found is not counted.
   */
  findOrganisations(tokens: readonly string[]): string[] {
    const spans: { start: number; end: number; id: string }[] = [];
    for (const alias of this.aliases) {
      for (let i = 0; i + alias.tokens.length <= tokens.length; i++) {
        if (!alias.tokens.every((t, j) => tokens[i + j] === t)) continue;
        const end = i + alias.tokens.length;
        if (spans.some((s) => s.start <= i && end <= s.end)) continue;
        spans.push({ start: i, end, id: alias.id });
      }
    }
    return [...new Set(spans.sort((a, b) => a.start - b.start).map((s) => s.id))];
  }

  /** The tokens of the organisation aliases found, to tell them from other words. */
  organisationTokens(tokens: readonly string[]): Set<string> {
    const out = new Set<string>();
    for (const alias of this.aliases) if (includesSequence(tokens, alias.tokens)) for (const t of alias.tokens) out.add(t);
    return out;
  }

  /** The title words of an offer, as `findOffers` compares them (shared keys and stems). */
  titleWords(id: string): ReadonlySet<string> {
    return new Set(this.titleWeights.get(id)?.stems);
  }

  /** Every place known, in its display form (sites, offers' places, the towns candidates name). */
  get knownPlaces(): string[] {
    return [...this.places.values()];
  }

  /** Places named in the message, in their display form. */
  findPlaces(normalisedText: string): string[] {
    const padded = ` ${normalisedText} `;
    const found: string[] = [];
    for (const [key, display] of this.places) if (padded.includes(` ${key} `)) found.push(display);
    return found;
  }

  /**
   * The offers worth weighing for `query`: those of its rarest stems (an offer that matters has
   * one of them, and a stem in thousands of titles, "data", "chef", would cost a pass over all
   * of them); none when even the rarest is in hundreds of titles ("développeur" among 3,000).
   */
  private candidates(query: readonly string[]): Set<string> {
    const byRarity = [...query].sort((a, b) => this.byTitleStem.get(a)!.length - this.byTitleStem.get(b)!.length);
    const candidates = new Set<string>();
    if (this.byTitleStem.get(byRarity[0]!)!.length > MAX_OFFER_CANDIDATES) return candidates;
    for (const s of byRarity) {
      const ids = this.byTitleStem.get(s)!;
      if (candidates.size > 0 && candidates.size + ids.length > MAX_OFFER_CANDIDATES) break;
      for (const id of ids) candidates.add(id);
    }
    return candidates;
  }

  /**
   * Offers whose title the message names or describes ("le poste de data scientist"), best
   * first. `stems` are the message's descriptive stems (no intent words, places or
   * organisations). An offer is kept when the message covers at least half of its title's
   * weight, or when every descriptive word of the message is in its title. `within` (the offers
   * of a team the message names) weighs those offers only, whatever the rest of the catalogue.
   * `years` named in the message ("le dev de 2018") keep the offers published in one of them,
   * when some are: the round of an offer the message dates, not its other rounds.
   * `pageOf` (an offer's page text: tags and body; with `namesOnly`, its team's names and tags alone) lets, among a team's offers, a word no title
   * has weigh for the offers whose page says it most ("dev react" of a team with an Angular and
   * a React developer offer, both titled "Développeur"): see `pageWordsWeigh`.
   */
  findOffers(stems: readonly string[], within?: readonly string[], years: readonly string[] = [], pageOf?: PageOf): OfferMention[] {
    const found = this.offersNamed(stems, within, pageOf);
    if (years.length === 0) return found;
    const dated = found.filter((m) => years.includes(this.yearOf.get(m.id) ?? ''));
    return dated.length > 0 ? dated : found;
  }

  private offersNamed(stems: readonly string[], within?: readonly string[], pageOf?: PageOf): OfferMention[] {
    const inTitles = within ? new Set(within.flatMap((id) => this.titleWeights.get(id)?.stems ?? [])) : this.byTitleStem;
    // Among a team's offers, a word none of their titles has is the question's ("basé où", "fin 2021"), not the title's.
    const query = [...new Set(stems)].filter((s) => inTitles.has(s));
    if (query.length === 0) return [];
    let queryWeight = query.reduce((sum, s) => sum + (this.idf.get(s) ?? 0), 0);
    const candidates = within ? new Set(within.filter((id) => this.titleWeights.has(id))) : this.candidates(query);
    if (candidates.size === 0) return [];
    const matched = new Map<string, { weight: number; words: number }>();
    for (const id of candidates) {
      const title = this.titleWeights.get(id)!;
      let weight = 0;
      let words = 0;
      for (const s of query) {
        if (!title.stems.includes(s)) continue;
        weight += this.idf.get(s) ?? 0;
        words++;
      }
      matched.set(id, { weight, words });
    }
    if (within && pageOf) queryWeight += this.pageWordsWeigh([...new Set(stems)].filter((s) => !inTitles.has(s)), matched, pageOf);
    else if (pageOf) queryWeight += this.tiedPagesWeigh([...new Set(stems)], query, matched, pageOf);
    const out: OfferMention[] = [];
    for (const [id, { weight, words }] of matched) {
      const title = this.titleWeights.get(id)!;
      const titleCoverage = title.total > 0 ? weight / title.total : 0;
      const queryCoverage = queryWeight > 0 ? weight / queryWeight : 0;
      if (titleCoverage >= DESCRIBED || queryCoverage >= NAMED_PLAINLY) out.push({ id, titleCoverage, queryCoverage, matched: words });
    }
    // One mention per announcement: its French and English versions are the same offer.
    const seen = new Set<string>();
    return out
      .sort((a, b) => b.queryCoverage + b.titleCoverage - (a.queryCoverage + a.titleCoverage))
      .filter((m) => {
        const key = this.primary.get(m.id) ?? m.id;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  }

  
/**
   * Words of the message no title of the team has, said by the pages of some of the offers its
   * title words cannot tell apart ("react", "angular", "rails", "stage"): each is credited, with the weight of
   * a word of one title, to the offers whose page says it most — the offer the message means —,
   * and counts in the message's weight, so the others no longer cover it all. A word no page says
   * ("exactement") weighs nothing. Returns the weight the message gains.
   */
  private pageWordsWeigh(words: string[], matched: Map<string, { weight: number; words: number }>, pageOf: PageOf): number {
    // Only offers the title words cannot tell apart (each has them all), only words that describe offers somewhere ("react", not "email").
    const most = Math.max(...[...matched.values()].map((m) => m.weight));
    const found = [...matched].filter(([, m]) => m.words > 0 && m.weight >= most).map(([id]) => id);
    words = words.filter((w) => this.subjectKeys.has(w));
    if (words.length === 0 || found.length < 2) return 0;
    const counts = new Map(found.map((id) => [id, this.pageWordCounts(id, pageOf)]));
    const wordWeight = Math.log(1 + this.titleWeights.size);
    let gained = 0;
    for (const word of words) {
      const most = Math.max(...found.map((id) => counts.get(id)!.get(word) ?? 0));
      if (most === 0) continue;
      gained += wordWeight;
      for (const id of found) {
        if ((counts.get(id)!.get(word) ?? 0) < most) continue;
        const m = matched.get(id)!;
        m.weight += wordWeight;
        m.words += 1;
      }
    }
    return gained;
  }

  /**
   * Across the catalogue, when a few offers share the title words a message names ("chargé de
   * déploiement", "product owner") and its other words are said by some of their pages only (the
   * product "DiaLog", "Svelte", "mon stage de 3e"): each such word is credited to the offers whose
   * page says it most, as in `pageWordsWeigh`, so the offer the message means covers it all and the
   * others no longer do. A word most of those pages say tells none apart. Only for a few offers
   * (`MAX_TIED_PAGES`), whose pages are counted once and kept. Returns the weight the message gains.
   */
  private tiedPagesWeigh(stems: readonly string[], query: readonly string[], matched: Map<string, { weight: number; words: number }>, pageOf: PageOf): number {
    const most = Math.max(...[...matched.values()].map((m) => m.weight));
    const found = [...matched].filter(([, m]) => m.words > 0 && m.weight >= most).map(([id]) => id);
    if (found.length < 2 || found.length > MAX_OFFER_CANDIDATES) return 0;
    const inTheirTitles = new Set(found.flatMap((id) => this.titleWeights.get(id)?.stems ?? []));
    let words = stems.filter((s) => s.length > 1 && !inTheirTitles.has(s));
    if (words.length === 0) return 0;
    // A word of their teams' names or tags ("DiaLog"), or a word offers are about ("stage", "svelte" of a title somewhere) — not
    // any word of the question ("exactement", "5 ans d'xp"), which some page says too. Beyond a few offers (dozens of
    // "chargé de déploiement"), their names and tags only.
    const names = new Map(found.map((id) => [id, this.wordCounts(pageOf(id, true))]));
    const named = words.filter((w) => found.some((id) => names.get(id)!.has(w)));
    words = found.length > MAX_TIED_PAGES ? named : words.filter((w) => this.subjectKeys.has(w) || named.includes(w));
    if (words.length === 0) return 0;
    const counts = found.length > MAX_TIED_PAGES ? names : new Map(found.map((id) => [id, this.pageWordCounts(id, pageOf)]));
    const wordWeight = Math.log(1 + this.titleWeights.size);
    let gained = 0;
    for (const word of words) {
      const sayers = found.filter((id) => (counts.get(id)!.get(word) ?? 0) > 0);
      if (sayers.length === 0 || sayers.length * 2 > found.length) continue;
      const top = Math.max(...sayers.map((id) => counts.get(id)!.get(word)!));
      // A word of other titles already weighs in the message; a word of no title weighs as one of a title.
      const weight = query.includes(word) ? (this.idf.get(word) ?? wordWeight) : wordWeight;
      if (!query.includes(word)) gained += weight;
      for (const id of sayers) {
        if (counts.get(id)!.get(word)! < top) continue;
        const m = matched.get(id)!;
        m.weight += weight;
        m.words += 1;
      }
    }
    return gained;
  }

  /** How often a text says each word, keyed as titles are. */
  private wordCounts(text: string | undefined): Map<string, number> {
    const counts = new Map<string, number>();
    for (const t of tokenize(text ?? '')) {
      if (t.length < 2 || isStopword(t)) continue;
      const key = this.jobWords.key(t);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }

  /** How often an offer's page says each word, keyed as titles are (kept for the offers asked of, a team's few). */
  private pageWordCounts(id: string, pageOf: PageOf): Map<string, number> {
    const known = this.pageCounts.get(id);
    if (known) return known;
    const counts = this.wordCounts(pageOf(id));
    if (this.pageCounts.size >= MAX_PAGES_COUNTED) this.pageCounts.clear();
    this.pageCounts.set(id, counts);
    return counts;
  }
}

/** An offer's page text (its team's names, tags and body), or with `namesOnly` its team's names and tags alone. */
export type PageOf = (id: string, namesOnly?: boolean) => string | undefined;

/** Offers sharing a message's title words beyond which their pages are not read to tell them apart. */
const MAX_TIED_PAGES = 12;

/** Offers whose page words are kept counted at most (a few teams' worth), then counted again. */
const MAX_PAGES_COUNTED = 200;

function includesSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
