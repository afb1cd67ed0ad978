/**
 * An offer as an Adaptive Card: title, organisation, place, category, remote work and a link.
 * Version 1.4, which Web Chat and every Teams client render.
 */
import type { Attachment } from 'botbuilder';
import { places, remotePolicy } from '../answers/format.js';
import type { Lang, Offer, Organisation } from '../knowledge/schemas.js';

/** The Adaptive Card content type. */
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** The card's JSON (also used for Teams message-extension previews). */
export function offerCardContent(offer: Offer, org: Organisation | undefined, lang: Lang): Record<string, unknown> {
  const facts = [
    { title: lang === 'fr' ? 'Employeur' : 'Employer', value: org?.name ?? offer.organisation },
    { title: lang === 'fr' ? 'Lieu' : 'Place', value: places(offer, lang) },
    { title: lang === 'fr' ? 'Catégorie' : 'Category', value: offer.category ?? (lang === 'fr' ? 'non précisée' : 'not stated') },
    { title: lang === 'fr' ? 'Télétravail' : 'Remote', value: offer.remote ? remotePolicy(offer.remote.policy, lang) : lang === 'fr' ? 'non précisé' : 'not stated' },
  ];
  if (offer.contract) facts.push({ title: lang === 'fr' ? 'Contrat' : 'Contract', value: `${offer.contract.join(', ')}${offer.duration ? ` (${offer.duration})` : ''}` });
  if (offer.positions > 1) facts.push({ title: lang === 'fr' ? 'Postes' : 'Positions', value: String(offer.positions) });
  const link = offer.url ?? offer.apply ?? org?.url;
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    lang,
    body: [
      { type: 'TextBlock', text: offer.title, weight: 'Bolder', size: 'Medium', wrap: true },
      ...(offer.open ? [] : [{ type: 'TextBlock', text: lang === 'fr' ? 'Offre fermée' : 'Closed offer', color: 'Attention', weight: 'Bolder' }]),
      { type: 'FactSet', facts },
    ],
    actions: link && /^https?:/.test(link) ? [{ type: 'Action.OpenUrl', title: lang === 'fr' ? "Voir l'offre" : 'View the offer', url: link }] : [],
  };
}

/** The card as a Bot Framework attachment. */
export function offerCard(offer: Offer, org: Organisation | undefined, lang: Lang): Attachment {
  return { contentType: ADAPTIVE_CARD, content: offerCardContent(offer, org, lang) };
}
