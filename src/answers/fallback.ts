/**
 * When the knowledge does not hold the answer: say so plainly, never guess, offer the closest
 * questions Tremplin does know, and give the contact that can answer.
 */
import type { Lang } from '../knowledge/schemas.js';
import { answer, type Answer } from './answer.js';
import { allContacts, contactLine } from './contacts.js';
import type { FaqMatch } from './faq-answers.js';
import { of } from './format.js';
import type { IntentName } from '../understanding/intents.js';
import type { KnowledgeView } from './knowledge-view.js';

/**
 * "I don't know", the closest known questions as suggestions, and whom to ask. With `about`, the
 * question is about a known employer and one of its subjects (`about.intent`), which its files do
 * not answer: said as "what I know of X does not say", with that intent.
 */
export function notKnown(view: KnowledgeView, lang: Lang, closest: readonly FaqMatch[], organisationId?: string, about?: { intent: IntentName }): Answer {
  const org = organisationId ? view.organisation(organisationId) : undefined;
  const seen = new Set<string>();
  const suggestions = closest
    .map((m) => view.inLanguage(m.faq, lang).entry)
    .filter((f) => !seen.has(f.question) && seen.add(f.question))
    .slice(0, 3)
    .map((f) => ({ title: f.question, value: f.question }));
  const contact = org ? contactLine(org, lang) : undefined;
  // The employer asked about when its file gives a contact; else every employer's, each labelled,
  // never under the name of the one asked about.
  const contacts = contact ? [contact] : allContacts(view, lang);
  const named = contact ? org : undefined;
  const noneFor = org && !contact ? (lang === 'fr' ? `\n\nJe n'ai pas de contact ${of(org, lang)}.` : `\n\nI have no contact for ${org.name}.`) : '';
  const ask =
    contacts.length > 0
      ? lang === 'fr'
        ? `${noneFor}\n\nPour une réponse sûre, adressez-vous à l'équipe de recrutement${named ? ` ${of(named, lang)}` : ' concernée'} :\n${contacts.map((c) => `- ${c}`).join('\n')}`
        : `${noneFor}\n\nFor a reliable answer, ask the recruitment team${named ? ` at ${named.name}` : ' concerned'}:\n${contacts.map((c) => `- ${c}`).join('\n')}`
      : noneFor;
  const near = suggestions.length
    ? lang === 'fr'
      ? '\n\nVoici les questions les plus proches auxquelles je sais répondre.'
      : '\n\nHere are the closest questions I can answer.'
    : '';
  const stated = about && org;
  const lead = stated
    ? lang === 'fr'
      ? `Ce que je sais ${of(org, lang)} ne répond pas à cette question, et je préfère ne pas deviner.`
      : `What I know of ${org.name} does not answer this question, and I'd rather not guess.`
    : lang === 'fr'
      ? "Je n'ai pas cette information dans mes fiches, et je préfère ne pas deviner."
      : "I don't have this information in my knowledge, and I'd rather not guess.";
  return answer({ intent: stated ? about.intent : 'fallback', lang, text: `${lead}${ask}${near}`, suggestions, answered: false });
}
