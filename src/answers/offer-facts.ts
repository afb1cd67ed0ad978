/**
 * Questions about one fact of an offer (salary, remote work, contract) when the message does
 * not name exactly one offer: which offers are meant, and whether they all say the same.
 */
import type { Lang, Offer } from '../knowledge/schemas.js';
import type { Entities } from '../understanding/recogniser.js';
import type { Suggestion } from './answer.js';
import type { KnowledgeView } from './knowledge-view.js';

/** How the offers in question were found. */
export type OfferBasis = 'named' | 'focus' | 'organisation' | 'all';

/** The offers a question is about. */
export interface OffersInQuestion {
  offers: Offer[];
  basis: OfferBasis;
  organisationId?: string;
}

/** What a question says and remembers about the offer it is about. */
export interface OfferQuestion {
  entities: Pick<Entities, 'offers' | 'organisation' | 'places'>;
  /** The offer the conversation is about. */
  focusOfferId?: string;
  /** The organisation the conversation is about. */
  organisationId?: string;
}

/**
 * Finds the offers a question is about: the offers it names (narrowed by the organisation it
 * names), else the offer in focus, else the organisation's open offers, else every open offer.
 * Translations are folded: one offer per announcement, in the user's language.
 */
export function offersInQuestion(view: KnowledgeView, question: OfferQuestion, lang: Lang): OffersInQuestion {
  const fold = (offers: Offer[]) => {
    const seen = new Set<string>();
    return offers
      .filter((o) => {
        const key = view.primaryId(o);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((o) => view.inLanguage(o, lang).entry);
  };
  const organisationId = question.entities.organisation;
  const named = question.entities.offers
    .map((m) => ({ mention: m, offer: view.offer(m.id) }))
    .filter((m): m is { mention: typeof m.mention; offer: Offer } => m.offer !== undefined)
    .filter((m) => !organisationId || m.offer.organisation === organisationId);
  if (named.length > 0) {
    const complete = named.filter((m) => m.mention.queryCoverage >= 0.99);
    const chosen = complete.length > 0 ? complete : named.filter((m) => m.mention.titleCoverage >= 0.5);
    const open = chosen.filter((m) => m.offer.open);
    const offers = fold((open.length > 0 ? open : chosen).map((m) => m.offer));
    if (offers.length > 0) return { offers, basis: 'named', organisationId };
  }
  const focus = question.focusOfferId ? view.offer(question.focusOfferId) : undefined;
  if (focus && (!organisationId || focus.organisation === organisationId)) {
    return { offers: [view.inLanguage(focus, lang).entry], basis: 'focus', organisationId: focus.organisation };
  }
  const orgId = organisationId ?? question.organisationId;
  const open = view.openOffers(lang);
  if (orgId) {
    const ofOrg = open.filter((o) => o.organisation === orgId);
    return { offers: ofOrg, basis: 'organisation', organisationId: orgId };
  }
  return { offers: open, basis: 'all' };
}

/** Suggestions to pick one offer among several: up to `max`, the value repeats the title and organisation. */
export function offerChoices(view: KnowledgeView, offers: readonly Offer[], max = 6): Suggestion[] {
  return offers.slice(0, max).map((o) => {
    const org = view.organisation(o.organisation)?.name ?? o.organisation;
    return { title: `${o.title} (${org})`.slice(0, 80), value: `${o.title} — ${org}` };
  });
}

/** Groups offers by the value of a fact, keeping the order of first appearance. */
export function groupBy<K>(offers: readonly Offer[], key: (o: Offer) => K): Map<K, Offer[]> {
  const groups = new Map<K, Offer[]>();
  for (const o of offers) {
    const k = key(o);
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  return groups;
}
