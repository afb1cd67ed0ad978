/**
 * Feedback and escalation: which answers can be rated ("Utile / Pas utile", or the channel's own
 * like / dislike), the thanks for rating one, and "parler à un humain" — the employer's contact, never a promise of a call.
 */
import type { Lang, Team } from '../knowledge/schemas.js';
import { intentsWith } from '../understanding/intents.js';
import { answer, type Answer, type Suggestion } from './answer.js';
import { allContacts, contactLine } from './contacts.js';
import { of } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';
import { teamContact } from './teams.js';

/** Intents whose answers get the feedback buttons (see the intent registry). */
const RATED = intentsWith('rated');

/**
 * "Utile" / "Pas utile" as two suggested actions, for channels without a rating of their own on
 * a message (the terminal, the Emulator): typing the same words works too.
 */
export function feedbackSuggestions(lang: Lang): Suggestion[] {
  return lang === 'fr'
    ? [
        { title: 'Utile', value: 'Utile' },
        { title: 'Pas utile', value: 'Pas utile' },
      ]
    : [
        { title: 'Helpful', value: 'Helpful' },
        { title: 'Not helpful', value: 'Not helpful' },
      ];
}

/** Whether a reply is an answer the user can rate (not a question back, a greeting or a command). */
export function rated(reply: Answer): boolean {
  return !reply.asks && RATED.has(reply.intent);
}

/** Thanks for the feedback; after "not helpful", the way to a person. */
export function feedbackThanks(lang: Lang, helpful: boolean): Answer {
  const text = helpful
    ? lang === 'fr'
      ? 'Merci pour votre retour !'
      : 'Thank you for your feedback!'
    : lang === 'fr'
      ? 'Merci de nous le dire : l’équipe RH verra cette réponse pour l’améliorer. Voulez-vous le contact d’une personne ?'
      : 'Thank you for telling us: the HR team will see this answer to improve it. Would you like a person’s contact?';
  const suggestions = helpful ? [] : [{ title: lang === 'fr' ? 'Parler à un humain' : 'Talk to a person', value: lang === 'fr' ? 'Parler à un humain' : 'Talk to a person' }];
  return answer({ intent: 'feedback', lang, text, suggestions, ...(suggestions[0] ? { proposal: suggestions[0] } : {}) });
}

/** "Parler à un humain": the contact of the employer in question, or every employer's. */
export function escalation(view: KnowledgeView, lang: Lang, organisationId?: string): Answer {
  const org = organisationId ? view.organisation(organisationId) : undefined;
  const line = org ? contactLine(org, lang) : undefined;
  const contacts = (line ? [line] : allContacts(view, lang)).map((c) => `- ${c}`).join('\n');
  const text =
    lang === 'fr'
      ? `Je ne peux pas vous mettre en relation directement, mais l’équipe de recrutement${org ? ` ${of(org, lang)}` : ''} vous répondra :\n${contacts}\n\nJ’ai noté votre question pour que l’équipe RH la voie.`
      : `I cannot put you through directly, but the recruitment team${org ? ` at ${org.name}` : ''} will answer you:\n${contacts}\n\nI have noted your question so that the HR team sees it.`;
  return answer({ intent: 'escalation', lang, text, sources: org ? [view.source(org)] : [] });
}

/** "Parler à quelqu'un de l'équipe Dora": the team's own contact (./teams.ts), and the question noted for HR. */
export function teamEscalation(view: KnowledgeView, team: Team, lang: Lang): Answer {
  const contact = teamContact(view, team, lang);
  const lead = lang === 'fr' ? 'Je ne peux pas vous mettre en relation directement.' : 'I cannot put you through directly.';
  const noted = lang === 'fr' ? 'J’ai noté votre question pour que l’équipe RH la voie.' : 'I have noted your question so that the HR team sees it.';
  return { ...contact, intent: 'escalation', text: `${lead} ${contact.text}\n\n${noted}` };
}
