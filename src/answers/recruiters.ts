/**
 * What recruiters read in Teams: an application with its history, the confirmation of an
 * update, the refusal of a recruiter-only command to anyone else.
 */
import { APPLICATION_STATUSES, statusLabel, type Application } from '../applications/index.js';
import type { Lang } from '../knowledge/schemas.js';
import { answer, type Answer } from './answer.js';
import { quote } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';
import { markdownText } from '../text/untrusted.js';

const when = (date: Date, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(date);

/** An application, its offer and its history, newest change first. */
export function applicationForRecruiter(view: KnowledgeView, application: Application, lang: Lang, intro?: string): Answer {
  const offer = view.offer(application.offerId);
  const history = [...application.history]
    .reverse()
    .map((h) => `- ${when(h.at, lang)} — **${statusLabel(h.status, lang)}**${h.author ? ` (${markdownText(h.author)})` : ''}${h.note ? ` : ${quote(markdownText(h.note), lang)}` : ''}`);
  const text = [
    intro,
    lang === 'fr'
      ? `Dossier **${application.reference}** — ${offer ? `offre ${quote(offer.title, lang)}` : `offre ${application.offerId}`} : **${statusLabel(application.status, lang)}**.`
      : `Dossier **${application.reference}** — ${offer ? `offer “${offer.title}”` : `offer ${application.offerId}`}: **${statusLabel(application.status, lang)}**.`,
    `${lang === 'fr' ? 'Historique' : 'History'} :\n${history.join('\n')}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return answer({ intent: 'recruiter_application', lang, text, sources: offer ? [view.source(offer)] : [] });
}

/** No application has this reference (recruiters may be told: they see every application). */
export function unknownApplication(reference: string, lang: Lang): Answer {
  const text = lang === 'fr' ? `Aucune candidature n'a la référence ${reference}.` : `No application has the reference ${reference}.`;
  return answer({ intent: 'recruiter_application', lang, text, answered: false });
}

/** The status word is not one of the vocabulary. */
export function unknownStatus(word: string, lang: Lang): Answer {
  const known = APPLICATION_STATUSES.map((s) => statusLabel(s, lang)).join(', ');
  const text = lang === 'fr' ? `${quote(word, lang)} n'est pas un statut connu. Statuts possibles : ${known}.` : `“${word}” is not a known status. Possible statuses: ${known}.`;
  return answer({ intent: 'recruiter_application', lang, text, answered: false });
}

/** A recruiter-only command from someone else, or from a channel that cannot tell. */
export function recruitersOnly(lang: Lang, reason: 'not-teams' | 'unauthenticated-endpoint' | 'not-listed'): Answer {
  const why = {
    'not-teams': { fr: 'Cette commande est réservée aux recruteurs, dans Microsoft Teams.', en: 'This command is for recruiters, in Microsoft Teams.' },
    'unauthenticated-endpoint': {
      fr: "Cette commande est réservée aux recruteurs, et ce service n'authentifie pas encore les appels Teams (MicrosoftAppId non configuré).",
      en: 'This command is for recruiters, and this service does not authenticate Teams calls yet (MicrosoftAppId not set).',
    },
    'not-listed': { fr: "Cette commande est réservée aux recruteurs : votre compte n'est pas dans la liste.", en: 'This command is for recruiters: your account is not on the list.' },
  }[reason][lang];
  return answer({ intent: 'recruiter_refused', lang, text: why, answered: false });
}
