/**
 * An offer that no longer takes applications, asked about: the answer says so first, with its
 * date ("closed on…", "published on… and not updated since"), then the fact asked if the offer
 * stated it, then the open offers closest to it — never a fact of a closed offer worded as if
 * the offer were open.
 */
import { FRESH_FOR_DAYS, offerState } from '../knowledge/open-status.js';
import type { Lang, Offer } from '../knowledge/schemas.js';
import type { Answer, Suggestion } from './answer.js';
import { date, offerLine, quote } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';

/** Most open offers proposed instead of a closed one. */
export const MAX_OPENINGS = 3;

/** Finds open offers about a subject, best first (the core's offer search). */
export type OfferSearch = (subject: string, lang: Lang) => readonly string[];

/** Why an offer takes no application today, with its date; `undefined` when it is open. */
export function offerStatusLine(offer: Offer, today: string, lang: Lang): string | undefined {
  const state = offerState(offer, today);
  const name = quote(offer.title, lang);
  const published = offer.published_on ? (lang === 'fr' ? `, publiée le ${date(offer.published_on, lang)}` : `, published ${date(offer.published_on, lang)}`) : '';
  switch (state.state) {
    case 'open':
      return undefined;
    case 'closed':
      return lang === 'fr'
        ? `**L'offre ${name} est fermée**${published} : elle ne reçoit plus de candidatures.`
        : `**The ${name} offer is closed**${published}: it no longer takes applications.`;
    case 'expired':
      return lang === 'fr'
        ? `**L'offre ${name} est fermée** : les candidatures étaient ouvertes jusqu'au ${date(state.since, lang)}${published ? ` (elle avait été${published.slice(1)})` : ''}.`
        : `**The ${name} offer is closed**: applications were open until ${date(state.since, lang)}${published ? ` (it was${published.slice(1)})` : ''}.`;
    case 'stale': {
      if (state.startedOn !== undefined) {
        return lang === 'fr'
          ? `**L'offre ${name} n'est probablement plus ouverte** : elle ne dit pas quand elle a été publiée, mais prévoyait une arrivée le ${date(state.startedOn, lang)} ; elle date donc d'avant, et personne n'a confirmé depuis qu'elle est toujours ouverte.`
          : `**The ${name} offer is probably no longer open**: it does not say when it was published, but it planned a start on ${date(state.startedOn, lang)}, so it dates from before then, and nobody has confirmed since that it still is.`;
      }
      if (state.from === undefined) {
        return lang === 'fr'
          ? `**L'offre ${name} n'est probablement plus ouverte** : sa page ne dit pas quand elle a été publiée, et personne n'a confirmé depuis qu'elle l'est toujours.`
          : `**The ${name} offer is probably no longer open**: its page does not say when it was published, and nobody has confirmed since that it still is.`;
      }
      const reviewed = offer.reviewed_on === state.from && offer.published_on !== state.from;
      const since = reviewed
        ? lang === 'fr' ? `confirmée ouverte pour la dernière fois le ${date(state.from, lang)}` : `last confirmed open on ${date(state.from, lang)}`
        : lang === 'fr' ? `publiée le ${date(state.from, lang)}` : `published on ${date(state.from, lang)}`;
      return lang === 'fr'
        ? `**L'offre ${name} n'est probablement plus ouverte** : ${since}, elle ne donne pas de date de clôture et n'a pas été mise à jour depuis plus de ${FRESH_FOR_DAYS} jours.`
        : `**The ${name} offer is probably no longer open**: ${since}, it gives no closing date and has not been updated for more than ${FRESH_FOR_DAYS} days.`;
    }
  }
}

/**
 * "Is it still open?" about an offer that is: "**L'offre « X » est ouverte** : candidatures
 * jusqu'au…" or "confirmée ouverte le…", with the date that says so; `undefined` when it is not
 * open or has no date to say it with (see ./undated-offers.ts for those).
 */
export function offerOpenLine(offer: Offer, today: string, lang: Lang): string | undefined {
  const state = offerState(offer, today);
  if (state.state !== 'open') return undefined;
  const name = quote(offer.title, lang);
  const head = lang === 'fr' ? `**L'offre ${name} est ouverte**` : `**The ${name} offer is open**`;
  if (offer.closes_on) return lang === 'fr' ? `${head} : candidatures jusqu'au ${date(offer.closes_on, lang)}.` : `${head}: applications until ${date(offer.closes_on, lang)}.`;
  if (!state.from) return undefined;
  const reviewed = offer.reviewed_on === state.from && offer.published_on !== state.from;
  return lang === 'fr'
    ? `${head} : ${reviewed ? 'confirmée ouverte' : 'publiée'} le ${date(state.from, lang)}, sans date de clôture.`
    : `${head}: ${reviewed ? 'confirmed open on' : 'published on'} ${date(state.from, lang)}, with no closing date.`;
}

/**
 * The open offers closest to a closed one: its team's, then those about its title (`search`),
 * at most `MAX_OPENINGS`, repeats left out.
 */
export function closestOpenings(view: KnowledgeView, offer: Offer, lang: Lang, search?: OfferSearch): Offer[] {
  const team = view.teamOf(offer);
  const sameTeam = team ? view.offersOfTeam(team.id, lang).filter((o) => o.open && o.id !== offer.id) : [];
  const about = search ? search(offer.title, lang).map((id) => view.offer(id)).filter((o): o is Offer => o !== undefined && o.open && o.id !== offer.id) : [];
  return view.withoutRepeats([...sameTeam, ...about].map((o) => view.inLanguage(o, lang).entry)).slice(0, MAX_OPENINGS);
}

/**
 * `answer` (about `offer`) for an offer that is closed: its status first, then the answer, then
 * the open offers closest to it as lines and suggestions. The same answer when the offer is open.
 */
export function closedFirst(view: KnowledgeView, answer: Answer, offer: Offer, today: string, lang: Lang, openings: readonly Offer[]): Answer {
  const status = offerStatusLine(offer, today, lang);
  if (!status) return answer;
  const close = openings.length
    ? lang === 'fr'
      ? `\n\n${openings.length === 1 ? 'Une offre ouverte proche' : 'Des offres ouvertes proches'} :\n${openings.map((o) => `- ${offerLine(o, view.employerOf(o), lang)}`).join('\n')}`
      : `\n\n${openings.length === 1 ? 'A similar open offer' : 'Similar open offers'}:\n${openings.map((o) => `- ${offerLine(o, view.employerOf(o), lang)}`).join('\n')}`
    : lang === 'fr'
      ? '\n\nJe ne connais pas d’offre ouverte proche de celle-ci en ce moment.'
      : "\n\nI know of no open offer close to this one right now.";
  const suggestions: Suggestion[] = openings.map((o) => ({ title: o.title, value: `${o.title} — ${view.teamOf(o)?.name ?? view.organisation(o.organisation)?.name ?? o.organisation}` }));
  // Applying to a closed offer is no next step.
  const kept = answer.suggestions.filter((s) => !/postuler|apply/i.test(s.value));
  return { ...answer, text: `${status}\n\n${answer.text}${close}`, suggestions: [...suggestions, ...kept].slice(0, 6), sources: [...answer.sources, ...openings.map((o) => view.source(o))] };
}
