/**
 * "Le salaire à beta.gouv.fr vs au PEReN ?", "remote work at DINUM or beta.gouv.fr?": a question
 * about one fact asked of several employers is answered for each of them, side by side — never
 * for the first one only.
 */
import type { Lang } from '../knowledge/schemas.js';
import type { IntentName } from '../understanding/intents.js';
import { answer, type Answer, type Source } from './answer.js';
import type { KnowledgeView } from './knowledge-view.js';
import type { OffersInQuestion } from './offer-facts.js';

/** The answer for each employer in `organisations`, one section each, in the order the question names them. */
export function compareEmployers(
  view: KnowledgeView,
  organisations: readonly string[],
  lang: Lang,
  answerFor: (question: OffersInQuestion) => Answer,
): Answer {
  const sections: string[] = [];
  const sources: Source[] = [];
  let answered = false;
  let intent: IntentName = 'fallback';
  for (const id of organisations) {
    const org = view.organisation(id);
    const question: OffersInQuestion = { offers: view.openOffersOf(id, lang), basis: 'organisation', organisationId: id };
    const one = answerFor(question);
    // A question back ("Quelle offre vous intéresse ?") makes no sense inside a comparison: the summary stays.
    const text = one.text.replace(/\n\n(Quelle offre vous intéresse \?|Which offer are you interested in\?|Pour quelle offre voulez-vous le salaire \?|Which offer do you want the salary for\?|Combien d'années d'expérience avez-vous \?[^\n]*|How many years of experience do you have\?[^\n]*)$/, '');
    sections.push(`**${org?.name ?? id}**\n\n${text}`);
    for (const s of one.sources) if (!sources.some((x) => x.id === s.id)) sources.push(s);
    answered ||= one.answered;
    intent = one.intent;
  }
  const head = lang === 'fr' ? 'Employeur par employeur :' : 'Employer by employer:';
  return answer({ intent, lang, text: `${head}\n\n${sections.join('\n\n---\n\n')}`, sources, answered });
}
