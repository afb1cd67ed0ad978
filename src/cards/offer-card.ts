/**
 * Offers as Adaptive Cards (version 1.4, which Web Chat and every Teams client render): one
 * offer with its facts (the Teams message extension shares it in a conversation), and the list
 * a chat reply shows — one full-width card, an offer per row, that fits a narrow chat panel.
 */
import type { Attachment } from 'botbuilder';
import { contracts, date, duration, notOpenWords, offerFacts, places, remotePolicy, undatedWords } from '../answers/format.js';
import type { Lang, Offer, Organisation } from '../knowledge/schemas.js';

/** "Offre fermée", "Offre probablement plus ouverte": the banner of an offer that is not open. */
const closedLabel = (offer: Offer, lang: Lang) => `${lang === 'fr' ? 'Offre' : 'Offer'} ${notOpenWords(offer, lang) ?? ''}`.trim();

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
  if (offer.contract) facts.push({ title: lang === 'fr' ? 'Contrat' : 'Contract', value: `${contracts(offer.contract, lang)}${offer.duration ? ` (${duration(offer.duration, lang)})` : ''}` });
  if (offer.positions > 1) facts.push({ title: lang === 'fr' ? 'Postes' : 'Positions', value: String(offer.positions) });
  if (offer.published_on) facts.push({ title: lang === 'fr' ? 'Publiée le' : 'Published', value: date(offer.published_on, lang) });
  const link = offer.url ?? offer.apply ?? org?.url;
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    lang,
    body: [
      { type: 'TextBlock', text: offer.title, weight: 'Bolder', size: 'Medium', wrap: true },
      ...(offer.open ? [] : [{ type: 'TextBlock', text: closedLabel(offer, lang), color: 'Attention', weight: 'Bolder' }]),
      // Open only on the word of a page that gives no date: said, never shown as surely open.
      ...(undatedWords(offer, lang) ? [{ type: 'TextBlock', text: `${lang === 'fr' ? 'Offre' : 'Offer'} ${undatedWords(offer, lang)}`, color: 'Warning', wrap: true }] : []),
      { type: 'FactSet', facts },
    ],
    actions: link && /^https?:/.test(link) ? [{ type: 'Action.OpenUrl', title: lang === 'fr' ? "Voir l'offre" : 'View the offer', url: link }] : [],
  };
}

/** The card as a Bot Framework attachment. */
export function offerCard(offer: Offer, org: Organisation | undefined, lang: Lang): Attachment {
  return { contentType: ADAPTIVE_CARD, content: offerCardContent(offer, org, lang) };
}

/** Prefix of the `id` of each offer's row in a list card (`offer:<offer id>`). */
const ROW_ID = 'offer:';

/**
 * The offers of a reply as one Adaptive Card: per offer, its title (a link to the announcement
 * when it has one) and one line of facts (employer, place, category, remote work). Nothing in
 * it is a label beside a value, so nothing breaks mid-word in a 300-pixel panel.
 */
export function offerListCard(offers: readonly { offer: Offer; org?: Organisation; employer?: string }[], lang: Lang): Attachment {
  const rows = offers.map(({ offer, org, employer }, i) => {
    const link = offer.url ?? offer.apply;
    const title = link && /^https?:/.test(link) ? `[${markdownText(offer.title)}](${link.replace(/[()\s]/g, encodeURIComponent)})` : markdownText(offer.title);
    return {
      type: 'Container',
      id: `${ROW_ID}${offer.id}`,
      separator: i > 0,
      spacing: i > 0 ? 'Medium' : 'None',
      items: [
        { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: markdownText(offerFacts(offer, employer ?? org?.name ?? offer.organisation, lang).join(' · ')), isSubtle: true, wrap: true, spacing: 'Small' },
        ...(offer.open ? [] : [{ type: 'TextBlock', text: closedLabel(offer, lang), color: 'Attention', weight: 'Bolder', spacing: 'Small' }]),
      ],
    };
  });
  return {
    contentType: ADAPTIVE_CARD,
    content: { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.4', lang, body: rows },
  };
}

/** The offer ids a reply's cards show, in order (list cards and single-offer cards alike). */
export function offersShown(attachments: readonly Attachment[] | undefined): string[] {
  return (attachments ?? []).flatMap((a) => {
    const body = (a.content as { body?: { id?: string }[] } | undefined)?.body ?? [];
    return body.filter((e) => typeof e.id === 'string' && e.id.startsWith(ROW_ID)).map((e) => e.id!.slice(ROW_ID.length));
  });
}

/** Text an Adaptive Card TextBlock shows as is: its markdown characters escaped. */
function markdownText(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
