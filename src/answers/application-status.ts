/**
 * Where a candidate's application stands, in plain words: its status, what happens next, the
 * usual delay at that employer (from its organisation file) and the date of the last change.
 * Also the questions of the lookup and its refusals, worded so that an unknown reference and
 * a wrong e-mail address read exactly the same.
 */
import type { ApplicationStatus, CandidateApplication } from '../applications/index.js';
import { statusLabel } from '../applications/index.js';
import type { Lang, Offer } from '../knowledge/schemas.js';
import { answer, type Answer, type Source } from './answer.js';
import { followingLines } from './application-process.js';
import { allContacts, contactLine } from './contacts.js';
import { of, quote } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';
import { markdownText } from '../text/untrusted.js';

const NEXT: Record<ApplicationStatus, { fr: string; en: string }> = {
  received: { fr: 'La prochaine étape est son examen par l’équipe de recrutement.', en: 'The next step is its review by the recruitment team.' },
  in_review: { fr: 'L’équipe de recrutement l’examine ; vous aurez une réponse à l’issue de cet examen.', en: 'The recruitment team is reviewing it; you will hear back once the review is done.' },
  interview: { fr: 'Vous êtes invité·e à un entretien : l’équipe de recrutement vous en donne les détails.', en: 'You are invited to an interview: the recruitment team gives you the details.' },
  accepted: { fr: 'Félicitations ! L’équipe de recrutement vous indiquera la suite.', en: 'Congratulations! The recruitment team will tell you what comes next.' },
  rejected: { fr: 'Elle n’a pas été retenue. Les autres offres ouvertes restent accessibles.', en: 'It was not selected. The other open offers remain open to you.' },
  withdrawn: { fr: 'Elle a été retirée ou classée sans suite.', en: 'It was withdrawn or closed without follow-up.' },
};

const dateText = (date: Date, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(date);

/** The status of a verified application. */
export function applicationStatus(view: KnowledgeView, application: CandidateApplication, lang: Lang): Answer {
  const offer = view.offer(application.offerId);
  const org = offer ? view.organisation(offer.organisation) : undefined;
  const sources: Source[] = [];
  if (offer) sources.push(view.source(view.inLanguage(offer, lang).entry));
  const label = statusLabel(application.status, lang);
  const lastNote = [...application.history].reverse().find((h) => h.note)?.note;
  const lines = [
    lang === 'fr'
      ? `Votre candidature${offer ? ` à l’offre ${quote(offer.title, lang)}${org ? ` ${of(org, lang)}` : ''}` : ''} est **${label}** (dernière mise à jour le ${dateText(application.updatedAt, lang)}).`
      : `Your application${offer ? ` for “${offer.title}”${org ? ` at ${org.name}` : ''}` : ''} is **${label}** (last updated on ${dateText(application.updatedAt, lang)}).`,
    NEXT[application.status][lang],
  ];
  // A recruiter's words, shown as text: no link or image of theirs reaches the candidate's browser.
  const note = lastNote === undefined ? undefined : quote(markdownText(lastNote), lang);
  if (note) lines.push(lang === 'fr' ? `Message de l’équipe : ${note}` : `Message from the team: ${note}`);
  if (org && !['accepted', 'rejected', 'withdrawn'].includes(application.status)) {
    const { entry } = view.inLanguage(org, lang);
    const steps = entry.recruitment_steps.map((s) => s.title.toLowerCase());
    if (steps.length) lines.push(lang === 'fr' ? `Les étapes ${of(org, lang)} : ${steps.join(' → ')}.` : `${org.name}'s steps: ${steps.join(' → ')}.`);
    if (entry.delay) lines.push(lang === 'fr' ? `Délai habituel : ${entry.delay}.` : `Usual delay: ${entry.delay}.`);
    sources.push(view.source(entry));
  }
  return answer({ intent: 'application_status', lang, text: lines.join('\n\n'), sources });
}

/**
 * "What is your dossier number?" — after how an application is followed at each employer (or
 * at the one named): the platform it goes through and the usual delay, from the organisation
 * files, so that a candidate without a number still learns where to look.
 */
export function askReference(view: KnowledgeView, lang: Lang, organisationId?: string): Answer {
  const following = followingLines(view, lang, organisationId);
  const question =
    lang === 'fr'
      ? 'Si votre candidature a été enregistrée avec un numéro de dossier, je peux vous dire où elle en est : quel est ce numéro ?'
      : 'If your application was registered with a dossier number, I can tell you where it stands: what is that number?';
  const lead = following
    ? lang === 'fr'
      ? `Sans numéro de dossier, je ne vois pas votre candidature ; voici comment la suivre selon l’employeur :\n${following.text}\n\n`
      : `Without a dossier number I cannot see your application; here is how to follow it at each employer:\n${following.text}\n\n`
    : '';
  return answer({
    intent: 'application_status',
    lang,
    text: `${lead}${question}`,
    sources: following?.organisations.map((o) => view.source(o)) ?? [],
    suggestions: [{ title: lang === 'fr' ? 'Je n’ai pas de numéro' : 'I have no number', value: lang === 'fr' ? 'Je n’ai pas de numéro de dossier' : 'I have no dossier number' }],
  });
}

/** The offer whose reference a number is (found in its page or application address), rather than a dossier number. */
export function offerWithReference(view: KnowledgeView, reference: string): Offer | undefined {
  if (reference.replace(/\D/g, '').length < 4) return undefined;
  const escaped = reference.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inAddress = new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\d])`, 'iu');
  return view.snapshot.offers.find((o) => [o.url, o.apply].some((a) => typeof a === 'string' && inAddress.test(a)));
}

/**
 * A number that is an offer's reference, given as if it were a dossier number: which offer it
 * is, that the bot cannot see applications made on the employer's platform, where to follow it
 * and the usual delay there. Not an answer about the application itself (answered: false).
 */
export function offerReferenceGiven(view: KnowledgeView, offer: Offer, reference: string, lang: Lang): Answer {
  const { entry } = view.inLanguage(offer, lang);
  const org = view.organisation(offer.organisation);
  const address = entry.apply ?? entry.url;
  const platform = address && /^https?:/.test(address) ? new URL(address).host.replace(/^www\./, '') : undefined;
  const delay = org ? view.inLanguage(org, lang).entry.delay : undefined;
  const lines =
    lang === 'fr'
      ? [
          `${reference} est la référence de l’offre ${quote(entry.title, lang)}${org ? ` ${of(org, lang)}` : ''}, pas un numéro de dossier : je ne vois pas les candidatures déposées sur ${platform ?? 'la plateforme de l’employeur'}, ni leur état.`,
          `Pour suivre la vôtre, connectez-vous à votre espace sur ${platform ?? 'la plateforme où vous avez candidaté'}${address ? ` (annonce : ${address})` : ''} ou adressez-vous à l’équipe de recrutement.`,
          ...(delay ? [`Délai habituel : ${delay.replace(/\.$/, '')}.`] : []),
        ]
      : [
          `${reference} is the reference of the offer ${quote(entry.title, lang)}${org ? ` at ${org.name}` : ''}, not a dossier number: I cannot see applications made on ${platform ?? 'the employer’s platform'}, nor where they stand.`,
          `To follow yours, log in to your account on ${platform ?? 'the platform you applied on'}${address ? ` (posting: ${address})` : ''} or ask the recruitment team.`,
          ...(delay ? [`Usual delay: ${delay.replace(/\.$/, '')}.`] : []),
        ];
  const contact = org ? contactLine(org, lang) : undefined;
  if (contact) lines.push(`Contact${lang === 'fr' ? ' : ' : ': '}${contact}`);
  return answer({ intent: 'application_status', lang, text: lines.join('\n\n'), sources: [view.source(entry)], answered: false });
}

/** "And the e-mail address you applied with?" */
/**
 * How to follow an application, told to a candidate who has no dossier number to give (or only
 * told about the application): said first that the bot cannot see it without one.
 */
export function withoutNumber(reply: Answer): Answer {
  const lead =
    reply.lang === 'fr'
      ? 'Sans numéro de dossier, je ne peux pas voir où en est votre candidature : l’équipe de recrutement peut vous le dire.'
      : 'Without a dossier number I cannot see where your application stands: the recruitment team can tell you.';
  return { ...reply, text: `${lead}\n\n${reply.text}` };
}

export function askEmail(lang: Lang): Answer {
  const text =
    lang === 'fr'
      ? 'Merci. Quelle adresse e-mail avez-vous utilisée pour candidater ? Elle sert seulement à vérifier que la candidature est la vôtre.'
      : 'Thank you. Which e-mail address did you apply with? It is only used to check that the application is yours.';
  return answer({ intent: 'application_status', lang, text });
}

/** The same words for an unknown reference and a wrong address. */
export function noMatch(lang: Lang, attemptsLeft: number): Answer {
  const text =
    lang === 'fr'
      ? `Je ne trouve pas de candidature qui corresponde à ce numéro et à cette adresse. Vérifiez le numéro de dossier et l’adresse avec laquelle vous avez candidaté${attemptsLeft > 0 ? ` (encore ${attemptsLeft} essai${attemptsLeft > 1 ? 's' : ''})` : ''}.`
      : `I cannot find an application matching this number and this address. Please check the dossier number and the address you applied with${attemptsLeft > 0 ? ` (${attemptsLeft} more attempt${attemptsLeft > 1 ? 's' : ''})` : ''}.`;
  return answer({ intent: 'application_status', lang, text, answered: false });
}

/** Too many attempts: when to try again, whom to write to. */
export function tooManyAttempts(view: KnowledgeView, lang: Lang, until: Date): Answer {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  const contacts = allContacts(view, lang).map((c) => `- ${c}`).join('\n');
  const text =
    lang === 'fr'
      ? `Trop d’essais infructueux : pour protéger les candidatures, je ne peux plus en vérifier pendant ${minutes} minute${minutes > 1 ? 's' : ''}. Vous pouvez aussi écrire à l’équipe de recrutement :\n${contacts}`
      : `Too many unsuccessful attempts: to protect applications, I cannot check any for ${minutes} minute${minutes > 1 ? 's' : ''}. You can also write to the recruitment team:\n${contacts}`;
  return answer({ intent: 'application_status', lang, text, answered: false });
}

/** The lookup is down (database unavailable): say so, and whom to ask. */
export function statusUnavailable(view: KnowledgeView, lang: Lang, organisationId?: string): Answer {
  const org = organisationId ? view.organisation(organisationId) : undefined;
  const contact = org ? contactLine(org, lang) : undefined;
  const contacts = (contact ? [contact] : allContacts(view, lang)).map((c) => `- ${c}`).join('\n');
  const text =
    lang === 'fr'
      ? `Le suivi des candidatures est momentanément indisponible. Réessayez un peu plus tard, ou écrivez à l’équipe de recrutement :\n${contacts}`
      : `Application tracking is unavailable for the moment. Please try again later, or write to the recruitment team:\n${contacts}`;
  return answer({ intent: 'application_status', lang, text, answered: false });
}
