/**
 * When the knowledge does not hold the answer: say so plainly, never guess, offer the closest
 * questions Tremplin does know, and give the contact that can answer.
 */
import type { Lang } from '../knowledge/schemas.js';
import { answer, type Answer } from './answer.js';
import { allContacts, contactLine } from './contacts.js';
import type { FaqMatch } from './faq-answers.js';
import { of } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';

/** "I don't know", the closest known questions as suggestions, and whom to ask. */
export function notKnown(view: KnowledgeView, lang: Lang, closest: readonly FaqMatch[], organisationId?: string): Answer {
  const org = organisationId ? view.organisation(organisationId) : undefined;
  const seen = new Set<string>();
  const suggestions = closest
    .map((m) => view.inLanguage(m.faq, lang).entry)
    .filter((f) => !seen.has(f.question) && seen.add(f.question))
    .slice(0, 3)
    .map((f) => ({ title: f.question, value: f.question }));
  const contact = org ? contactLine(org, lang) : undefined;
  const contacts = contact ? [contact] : allContacts(view, lang);
  const ask =
    contacts.length > 0
      ? lang === 'fr'
        ? `\n\nPour une réponse sûre, adressez-vous à l'équipe de recrutement${org ? ` ${of(org, lang)}` : ''} :\n${contacts.map((c) => `- ${c}`).join('\n')}`
        : `\n\nFor a reliable answer, ask the recruitment team${org ? ` at ${org.name}` : ''}:\n${contacts.map((c) => `- ${c}`).join('\n')}`
      : '';
  const near = suggestions.length
    ? lang === 'fr'
      ? '\n\nVoici les questions les plus proches auxquelles je sais répondre.'
      : '\n\nHere are the closest questions I can answer.'
    : '';
  const text =
    lang === 'fr'
      ? `Je n'ai pas cette information dans mes fiches, et je préfère ne pas deviner.${ask}${near}`
      : `I don't have this information in my knowledge, and I'd rather not guess.${ask}${near}`;
  return answer({ intent: 'fallback', lang, text, suggestions, answered: false });
}
