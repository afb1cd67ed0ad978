/**
 * The knowledge as answers read it: one snapshot, with the lookups every answer needs —
 * the version of an entry in the user's language, an entry's organisation and team, its source
 * line. Offers are listed newest first (by publication, or last review; undated ones after, in
 * file order), and an offer published again under the same title by the same employer and team
 * is listed once (the newest).
 */
import type { KnowledgeSnapshot } from '../knowledge/snapshot.js';
import type { Entry, Faq, Lang, Offer, Organisation, Team, Term } from '../knowledge/schemas.js';
import { isStopword, normalise, tokenize } from '../text/normalise.js';
import type { Source } from './answer.js';
import { organisationId as toOrganisationId, words } from '../knowledge/search/filters.js';

/** The date an offer is listed by: its publication, else its last review (`''` when undated). */
export const listingDate = (offer: Pick<Offer, 'published_on' | 'reviewed_on'>): string => offer.published_on ?? offer.reviewed_on ?? '';

/** `offers` newest first; undated ones after, in their order (the sort is stable). */
export function newestFirst<O extends Pick<Offer, 'published_on' | 'reviewed_on'>>(offers: readonly O[]): O[] {
  return [...offers].sort((a, b) => (listingDate(a) === listingDate(b) ? 0 : listingDate(a) > listingDate(b) ? -1 : 1));
}

/** Answers' window on the knowledge. Cheap to create: wraps a snapshot. */
export class KnowledgeView {
  /** Per language: team id → all its offers, open and closed, newest first, repeats left out. */
  private readonly byTeam = new Map<Lang, Map<string, Offer[]>>();
  /**
   * Per kind: primary id → the entry, or by language when it has translations. Most entries
   * have none: a Map and a key string for each held 8 MB at 30,000 offers.
   */
  private readonly translations = new Map<Entry['kind'], Map<string, Entry | Map<Lang, Entry>>>();
  private readonly open = new Map<Lang, readonly Offer[]>();
  /** Per language: organisation id → its open offers, in listing order. */
  private readonly byOrganisation = new Map<Lang, Map<string, Offer[]>>();
  /** Per language: each word of the open offers' locations → those offers, in listing order. */
  private readonly byPlaceWord = new Map<Lang, Map<string, Offer[]>>();
  /** Organisation id → all its offers, open or not, every language, in file order (see `offersOf`). */
  private allByOrganisation?: Map<string, Offer[]>;
  /** Each organisation's announcements (see announcementsOf), listed on first use. */
  private readonly announcements = new Map<string, readonly Offer[]>();
  /** Per language: organisation id → its offers no longer open, one per offer, in file order (see `pastOffers`). */
  private readonly closedByOrganisation = new Map<Lang, Map<string, Offer[]>>();
  /** `lang|organisation` (`lang|` for all) → what `pastOffers` gave. */
  private readonly past = new Map<string, readonly Offer[]>();

  constructor(readonly snapshot: KnowledgeSnapshot) {
    for (const entry of snapshot.entries) {
      let ofKind = this.translations.get(entry.kind);
      if (!ofKind) this.translations.set(entry.kind, (ofKind = new Map()));
      const key = entry.translation_of ?? entry.id;
      const known = ofKind.get(key);
      if (known === undefined) {
        ofKind.set(key, entry);
        continue;
      }
      const byLang = known instanceof Map ? known : new Map([[known.lang, known]]);
      if (!byLang.has(entry.lang) || !entry.translation_of) byLang.set(entry.lang, entry);
      ofKind.set(key, byLang);
    }
  }

  /** Organisations by id (the primary-language file). */
  get organisations(): ReadonlyMap<string, Organisation> {
    return this.snapshot.byId.organisation;
  }

  offer(id: string): Offer | undefined {
    return this.snapshot.byId.offer.get(id);
  }

  organisation(id: string): Organisation | undefined {
    return this.snapshot.byId.organisation.get(id);
  }

  /** An explained term by its id (the primary one, for its translations see `inLanguage`). */
  term(id: string): Term | undefined {
    return this.snapshot.byId.term.get(id);
  }

  /** Every page an explanation is written from, each cited as a source of the entry. */
  termSources(term: Term): Source[] {
    return term.sources.map((s) => ({ id: term.id, kind: 'term', title: s.title ?? s.url, url: s.url }));
  }

  team(id: string): Team | undefined {
    return this.snapshot.byId.team.get(id);
  }

  /** The team an offer names, when a file of `teams/` has it (translations share their original's). */
  teamOf(offer: Offer): Team | undefined {
    return this.snapshot.offerTeams.get(offer.id) ?? (offer.translation_of ? this.snapshot.offerTeams.get(offer.translation_of) : undefined);
  }

  /** Who an offer is with, in words: its team and organisation ("Dora, beta.gouv.fr"), or its organisation. */
  employerOf(offer: Offer): string {
    const org = this.organisation(offer.organisation)?.name ?? offer.organisation;
    const team = this.teamOf(offer);
    return team ? `${team.name}, ${org}` : org;
  }

  /**
   * `offers` without the ones that repeat an offer listed before them: same organisation, same
   * team, same title (compared without case, accents or punctuation). Keeps the first of each.
   */
  withoutRepeats(offers: readonly Offer[]): Offer[] {
    const seen = new Set<string>();
    return offers.filter((o) => {
      const key = `${o.organisation}\u0000${this.teamOf(o)?.id ?? ''}\u0000${normalise(o.title)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /**
   * `offers` (newest first) without the older rounds of one job a team published again, its
   * title reworded a little — compared without case, accents, punctuation, small words, the
   * team's own name, nor spaces: "Développeur‧se full-stack chez DossierFacile" (2022) is a round
   * of "Développeur.se fullstack" (2021). For the one offer a question names; listings show each round.
   */
  withoutOlderRounds(offers: readonly Offer[]): Offer[] {
    const seen = new Set<string>();
    return offers.filter((o) => {
      const team = this.teamOf(o);
      const key = `${o.organisation}\u0000${team?.id ?? ''}\u0000${this.titleKey(o.title, team)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /** A title as `withoutOlderRounds` compares it. */
  private titleKey(title: string, team: Team | undefined): string {
    const own = new Set(team ? [team.name, team.id.replace(/-/g, ' '), ...team.aliases].flatMap((n) => tokenize(n)) : []);
    const kept = tokenize(title).filter((t) => t.length > 1 && !isStopword(t) && !own.has(t));
    return kept.length > 0 ? kept.join('') : normalise(title);
  }

  /** Every offer of a team, open and closed, newest first, repeats left out, in `lang` when translated. */
  offersOfTeam(teamId: string, lang: Lang): readonly Offer[] {
    let index = this.byTeam.get(lang);
    if (!index) {
      index = new Map();
      const seen = new Set<string>();
      for (const offer of this.snapshot.offers) {
        const team = this.teamOf(offer);
        const key = this.primaryId(offer);
        if (!team || seen.has(key)) continue;
        seen.add(key);
        const list = index.get(team.id) ?? [];
        list.push(this.inLanguage(offer, lang).entry);
        index.set(team.id, list);
      }
      for (const [id, list] of index) index.set(id, this.withoutRepeats(newestFirst(list)));
      this.byTeam.set(lang, index);
    }
    return index.get(teamId) ?? [];
  }

  /**
   * The same entry in the wanted language when it exists, else the entry itself.
   * `translated` says whether the result is in the wanted language.
   */
  inLanguage<E extends Entry>(entry: E, lang: Lang): { entry: E; translated: boolean } {
    const known = this.translations.get(entry.kind)?.get(entry.translation_of ?? entry.id);
    const found = (known instanceof Map ? known.get(lang) : known?.lang === lang ? known : undefined) as E | undefined;
    return found ? { entry: found, translated: true } : { entry, translated: entry.lang === lang };
  }

  /** The primary id of an entry (the original of a translation). */
  primaryId(entry: Entry): string {
    return entry.translation_of ?? entry.id;
  }

  /**
   * Open offers, one per offer (translations folded into the wanted language), newest first,
   * repeats left out. Computed once per language for this snapshot (a new snapshot comes with a
   * new view).
   */
  openOffers(lang: Lang): readonly Offer[] {
    let out = this.open.get(lang);
    if (!out) {
      const seen = new Set<string>();
      const list: Offer[] = [];
      for (const offer of this.snapshot.offers) {
        if (!offer.open) continue;
        const key = offer.translation_of ?? offer.id;
        if (seen.has(key)) continue;
        seen.add(key);
        list.push(this.inLanguage(offer, lang).entry);
      }
      out = Object.freeze(this.withoutRepeats(newestFirst(list)));
      this.open.set(lang, out);
    }
    return out;
  }

  /**
   * Every offer of an organisation, open or not, in every language, in file order: indexed on
   * first use, where a pass over 30,000 offers per question cost milliseconds.
   */
  offersOf(organisationId: string): readonly Offer[] {
    if (!this.allByOrganisation) {
      this.allByOrganisation = new Map();
      for (const offer of this.snapshot.offers) {
        const list = this.allByOrganisation.get(offer.organisation);
        if (list) list.push(offer);
        else this.allByOrganisation.set(offer.organisation, [offer]);
      }
    }
    return this.allByOrganisation.get(organisationId) ?? [];
  }

  /**
   * Every announcement of an organisation, open or not: its offers without translations nor
   * repeats, in file order. Listed once per organisation for this snapshot: what makes a pair
   * with the offer in focus is asked at every turn, where a pass over an employer's thousands of
   * offers cost milliseconds.
   */
  announcementsOf(organisationId: string): readonly Offer[] {
    let out = this.announcements.get(organisationId);
    if (!out) {
      out = Object.freeze(this.withoutRepeats(this.offersOf(organisationId).filter((o) => o.translation_of === undefined)));
      this.announcements.set(organisationId, out);
    }
    return out;
  }

  /**
   * Offers no longer open (closed, or probably filled), one per offer (translations folded into
   * the wanted language), newest first, repeats left out; of one organisation when given
   * (`organisationId` as `filterOffers` reads it). What a listing shows, marked, when no open
   * offer matches. Grouped by organisation once per language, each list sorted on first use:
   * "des offres à la Présidence ?" reads that employer's offers, not the 30,000 others.
   */
  pastOffers(lang: Lang, organisationId?: string): readonly Offer[] {
    const organisation = organisationId === undefined ? '' : toOrganisationId(organisationId);
    const key = `${lang}|${organisation}`;
    let out = this.past.get(key);
    if (!out) {
      let grouped = this.closedByOrganisation.get(lang);
      if (!grouped) {
        grouped = new Map([['', []]]);
        const seen = new Set<string>();
        for (const offer of this.snapshot.offers) {
          if (offer.open) continue;
          const primary = this.primaryId(offer);
          if (seen.has(primary)) continue;
          seen.add(primary);
          const entry = this.inLanguage(offer, lang).entry;
          grouped.get('')!.push(entry);
          const ofOrganisation = grouped.get(entry.organisation);
          if (ofOrganisation) ofOrganisation.push(entry);
          else grouped.set(entry.organisation, [entry]);
        }
        this.closedByOrganisation.set(lang, grouped);
      }
      // An organisation id is never empty: '' holds them all.
      out = Object.freeze(this.withoutRepeats(newestFirst(grouped.get(organisation) ?? [])));
      this.past.set(key, out);
    }
    return out;
  }

  /** The open offers (as `openOffers`) of one organisation, indexed once per language. */
  openOffersOf(organisationId: string, lang: Lang): readonly Offer[] {
    return this.indexOpenOffers(this.byOrganisation, lang, (o) => [o.organisation]).get(organisationId) ?? [];
  }

  /** The organisations that have open offers, in the order of their first one. */
  openEmployers(lang: Lang): readonly string[] {
    return [...this.indexOpenOffers(this.byOrganisation, lang, (o) => [o.organisation]).keys()];
  }

  /**
   * The open offers (as `openOffers`) with a location holding every word of one of `places`, in
   * listing order: a place listing looks at those only, not at every open offer (30,000 of them
   * would cost milliseconds on every such question).
   */
  openOffersIn(places: readonly string[], lang: Lang): readonly Offer[] {
    const index = this.indexOpenOffers(this.byPlaceWord, lang, (o) => new Set(o.locations.flatMap(words)));
    // Offers holding the first word of a place; the filter then checks every word of it.
    const lists = places.map((place) => index.get(words(place)[0] ?? '') ?? []);
    if (lists.length === 1) return lists[0]!;
    const found = new Set(lists.flat());
    return this.openOffers(lang).filter((o) => found.has(o));
  }

  /** The open offers of `lang` by each key `keysOf` gives, in listing order: built on first use, kept in `cache`. */
  private indexOpenOffers(cache: Map<Lang, Map<string, Offer[]>>, lang: Lang, keysOf: (offer: Offer) => Iterable<string>): Map<string, Offer[]> {
    let index = cache.get(lang);
    if (!index) {
      index = new Map();
      for (const offer of this.openOffers(lang)) {
        for (const key of keysOf(offer)) {
          const list = index.get(key);
          if (list) list.push(offer);
          else index.set(key, [offer]);
        }
      }
      cache.set(lang, index);
    }
    return index;
  }

  /** The organisation an entry belongs to (FAQ entries for all have none). */
  organisationOf(entry: Offer | Faq): Organisation | undefined {
    return entry.organisation === 'all' ? undefined : this.organisation(entry.organisation);
  }

  /** How an entry is cited: its title and its link (the page it was imported from, else the organisation's page, when it has none). */
  source(entry: Entry): Source {
    switch (entry.kind) {
      case 'offer': {
        const org = this.organisation(entry.organisation);
        const team = this.teamOf(entry);
        return { id: entry.id, kind: 'offer', title: `${entry.title} — ${this.employerOf(entry)}`, url: entry.url ?? entry.source?.url ?? team?.url ?? org?.url };
      }
      case 'faq': {
        const org = this.organisationOf(entry);
        return { id: entry.id, kind: 'faq', title: entry.question, url: entry.url ?? org?.url };
      }
      case 'organisation':
        return { id: entry.id, kind: 'organisation', title: entry.name, url: entry.url };
      case 'term': {
        const [first] = entry.sources;
        return { id: entry.id, kind: 'term', title: first?.title ?? entry.term, url: entry.url ?? first?.url };
      }
      case 'team': {
        const org = this.organisation(entry.organisation);
        return { id: entry.id, kind: 'team', title: `${entry.name} — ${org?.name ?? entry.organisation}`, url: entry.url ?? entry.source?.url ?? org?.url };
      }
    }
  }
}
