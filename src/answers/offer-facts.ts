/**
 * Questions about one fact of an offer (salary, remote work, contract) when the message does
 * not name exactly one offer: which offers are meant, and whether they all say the same.
 */
import type { Lang, Offer } from '../knowledge/schemas.js';
import type { Entities } from '../understanding/recogniser.js';
import { answer, type Answer, type Suggestion } from './answer.js';
import type { IntentName } from '../understanding/intents.js';
import { count, of } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';

/** How the offers in question were found. */
export type OfferBasis = 'named' | 'focus' | 'organisation' | 'all';

/** The offers a question is about. */
export interface OffersInQuestion {
  offers: readonly Offer[];
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
  if (orgId) return { offers: [...view.openOffersOf(orgId, lang)], basis: 'organisation', organisationId: orgId };
  return { offers: view.openOffers(lang), basis: 'all' };
}

/**
 * What a group of offers in question is, with its count, for "Aucune des …" / "None of the …":
 * `18 offres ouvertes de la DINUM`, or, when the question named offers, `6 offres de la DINUM
 * qui correspondent à votre question` — never the employer's whole count for a subset.
 */
export function offersInQuestionPhrase(view: KnowledgeView, question: OffersInQuestion, lang: Lang): string {
  const org = question.organisationId ? view.organisation(question.organisationId) : undefined;
  const n = question.offers.length;
  if (question.basis === 'named') {
    return lang === 'fr'
      ? `${count(n, lang, { one: 'offre', other: 'offres' })}${org ? ` ${of(org, lang)}` : ''} qui ${n === 1 ? 'correspond' : 'correspondent'} à votre question`
      : `${count(n, lang, { one: 'offer', other: 'offers' })}${org ? ` at ${org.name}` : ''} matching your question`;
  }
  return lang === 'fr'
    ? `${count(n, lang, { one: 'offre ouverte', other: 'offres ouvertes' })}${org ? ` ${of(org, lang)}` : ''}`
    : `${count(n, lang, { one: 'open offer', other: 'open offers' })}${org ? ` at ${org.name}` : ''}`;
}

/** Suggestions to pick one offer among several: up to `max`, the value repeats the title and organisation. */
export function offerChoices(view: KnowledgeView, offers: readonly Offer[], max = 6): Suggestion[] {
  return offers.slice(0, max).map((o) => {
    const org = view.organisation(o.organisation)?.name ?? o.organisation;
    return { title: `${o.title} (${org})`, value: `${o.title} — ${org}` };
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

/** Offers beyond which a fact is not summarised across them: the bot asks which employer instead. */
export const MAX_SUMMARISED = 60;

/**
 * "Cela dépend de l'offre": when a question could be about too many offers to sum up (no
 * employer, no offer named, a large catalogue), which employer or offer is meant.
 */
export function askWhichOfMany(view: KnowledgeView, question: OffersInQuestion, intent: IntentName, lang: Lang): Answer {
  const employers = question.basis === 'all' ? view.openEmployers(lang) : [...new Set(question.offers.map((o) => o.organisation))];
  const text =
    lang === 'fr'
      ? `Cela dépend de l'offre (${count(question.offers.length, lang, { one: 'offre ouverte', other: 'offres ouvertes' })}). De quel poste ou de quel employeur parlez-vous ?`
      : `It depends on the offer (${count(question.offers.length, lang, { one: 'open offer', other: 'open offers' })}). Which position or employer do you mean?`;
  const suggestions = employers.slice(0, 6).map((id) => {
    const name = view.organisation(id)?.name ?? id;
    return { title: name, value: lang === 'fr' ? `Chez ${name} ?` : `At ${name}?` };
  });
  return answer({ intent, lang, text, suggestions, answered: false, asks: true });
}
