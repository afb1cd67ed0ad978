/**
 * The honest answer when an offer does not state a fact: say so, say what is known of the
 * offer, and where the missing fact can be found (the full announcement, a contact).
 */
import type { Lang, Offer } from '../knowledge/schemas.js';
import type { IntentName } from '../understanding/intents.js';
import type { Condition } from '../understanding/reading.js';
import { answer, type Answer } from './answer.js';
import { of, places, quote, remotePolicy, withArticle } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';

/** Facts an offer may leave out. */
export type OfferFact = 'salary' | 'remote' | 'contract' | 'duration' | 'start_date';

const MISSING: Record<OfferFact, { fr: string; en: string; intent: IntentName }> = {
  salary: { fr: "n'indique pas de salaire", en: 'does not state a salary', intent: 'salary' },
  remote: { fr: "ne précise pas s'il est possible de télétravailler", en: 'does not say whether remote work is possible', intent: 'remote_work' },
  contract: { fr: "ne précise pas le type de contrat", en: 'does not state the type of contract', intent: 'contract' },
  duration: { fr: "ne précise pas la durée du contrat", en: 'does not state the length of the contract', intent: 'contract' },
  start_date: { fr: "ne précise pas de date de début", en: 'does not state a start date', intent: 'contract' },
};

/** The e-mail address of an application target (`x@y.fr`, `mailto:x@y.fr`), if it is one. */
const emailOf = (target: string | undefined): string | undefined => {
  const address = target?.replace(/^mailto:/i, '').trim();
  return address && /^[^\s@]+@[^\s@]+$/.test(address) ? address : undefined;
};

/**
 * Who answers a question about an offer, closest first: the offer's own contact, the address it
 * takes applications at, its team's contact or application address, then its organisation's —
 * never a generic address when the offer names its own.
 */
export function offerContactEmail(view: KnowledgeView, offer: Offer): string | undefined {
  const team = view.teamOf(offer);
  return offer.contact ?? emailOf(offer.apply) ?? team?.contact?.email ?? team?.apply.map(emailOf).find((e) => e !== undefined) ?? view.organisation(offer.organisation)?.contact?.email;
}

/** Where to find what the knowledge lacks for an offer: its link, its own contact (see offerContactEmail). */
export function whereToAsk(view: KnowledgeView, offer: Offer, lang: Lang): string {
  const org = view.organisation(offer.organisation);
  const email = offerContactEmail(view, offer);
  const parts: string[] = [];
  if (offer.url) parts.push(lang === 'fr' ? `l'annonce complète le précise peut-être : ${offer.url}` : `the full announcement may give it: ${offer.url}`);
  if (email) parts.push(lang === 'fr' ? `l'équipe de recrutement peut vous répondre : ${email}` : `the recruitment team can answer you: ${email}`);
  else if (org?.contact?.url && org.contact.url !== offer.url) parts.push(lang === 'fr' ? `voir aussi ${org.contact.url}` : `see also ${org.contact.url}`);
  if (parts.length === 0) return lang === 'fr' ? "Je n'ai pas d'autre source à vous indiquer." : 'I have no other source to point you to.';
  const sentence = parts.join(lang === 'fr' ? ' ; ' : '; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** "The offer X (org, category, place) does not state …" with where to find it. */
export function notStated(view: KnowledgeView, offer: Offer, fact: OfferFact, lang: Lang): Answer {
  const org = view.organisation(offer.organisation);
  const known = [
    offer.category ? (lang === 'fr' ? `catégorie ${offer.category}` : `category ${offer.category}`) : undefined,
    places(offer, lang),
    offer.remote && fact !== 'remote' ? remotePolicy(offer.remote.policy, lang) : undefined,
  ].filter(Boolean);
  const name = `${quote(offer.title, lang)}${org ? ` ${lang === 'fr' ? of(org, lang) : `at ${org.name}`}` : ''}`;
  const missing = MISSING[fact];
  const text =
    lang === 'fr'
      ? `L'offre ${name} (${known.join(', ')}) ${missing.fr}. ${whereToAsk(view, offer, lang)}`
      : `The offer ${name} (${known.join(', ')}) ${missing.en}. ${whereToAsk(view, offer, lang)}`;
  return answer({ intent: missing.intent, lang, text, sources: [view.source(offer)], answered: false });
}

/** Working conditions the knowledge never states (the understanding reads them, see Condition): how to name them, and the intent of the answer. */
export const CONDITION_WORDING: Readonly<Record<Condition, { fr: string; en: string; intent: IntentName }>> = {
  holidays: { fr: 'les congés', en: 'holidays', intent: 'contract' },
  meals: { fr: 'la restauration (tickets restaurant, cantine)', en: 'meals (vouchers, canteen)', intent: 'salary' },
  benefits: { fr: 'les avantages (primes, mutuelle)', en: 'benefits (bonuses, health insurance)', intent: 'salary' },
  degrees: { fr: 'les diplômes exigés', en: 'the degrees required', intent: 'application_process' },
  age_limit: { fr: "une limite d'âge", en: 'an age limit', intent: 'application_process' },
  applicants: { fr: 'le nombre de personnes qui ont postulé', en: 'how many people applied', intent: 'positions' },
};

/**
 * "The offers do not say anything about holidays", with whom to ask; about `offer` when the
 * question named one ("Faut-il un bac+5 pour le poste de data scientist ?").
 */
export function conditionNotStated(view: KnowledgeView, kind: Condition, lang: Lang, organisationId?: string, offer?: Offer): Answer {
  const condition = CONDITION_WORDING[kind];
  if (offer) {
    const org = view.organisation(offer.organisation);
    const name = `${quote(offer.title, lang)}${org ? ` ${lang === 'fr' ? of(org, lang) : `at ${org.name}`}` : ''}`;
    const text =
      lang === 'fr'
        ? `L'offre ${name} ne dit rien sur ${condition.fr}. ${whereToAsk(view, offer, lang)}`
        : `The offer ${name} says nothing about ${condition.en}. ${whereToAsk(view, offer, lang)}`;
    return answer({ intent: condition.intent, lang, text, answered: false, sources: [view.source(offer)] });
  }
  const org = organisationId ? view.organisation(organisationId) : undefined;
  const email = org?.contact?.email;
  const where = email
    ? lang === 'fr' ? ` L'équipe de recrutement peut vous répondre : ${email}.` : ` The recruitment team can answer you: ${email}.`
    : lang === 'fr' ? " L'annonce complète de chaque offre peut le préciser." : " Each offer's full announcement may say.";
  const text =
    lang === 'fr'
      ? `Les informations dont je dispose${org ? ` sur ${withArticle(org, lang)}` : ''} ne disent rien sur ${condition.fr}.${where}`
      : `What I know${org ? ` about ${org.name}` : ''} says nothing about ${condition.en}.${where}`;
  return answer({ intent: condition.intent, lang, text, answered: false, sources: org ? [view.source(org)] : [] });
}
