/**
 * "Est-ce que Google recrute ?", "Combien paie la SNCF ?": Tremplin knows the offers of a few
 * employers only; about another, it says so and names those it knows, instead of answering with
 * someone else's salary or offers.
 */
import { answer, type Answer } from './answer.js';
import { list, withArticle } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';
import type { Lang } from '../knowledge/schemas.js';

/** The answer to a question about employers the knowledge does not cover (`names`, as typed). */
export function unknownEmployerAnswer(view: KnowledgeView, names: readonly string[], lang: Lang): Answer {
  const known = view.snapshot.organisations.filter((o) => !o.translation_of).map((o) => withArticle(o, lang));
  const who = list([...names], lang);
  const text =
    lang === 'fr'
      ? `Je ne connais pas les offres de ${who} : je ne connais que celles de ${list(known, lang)}.`.replace(/\bde le /g, 'du ').replace(/\bde les /g, 'des ')
      : `I do not know ${who}'s offers: I only know those of ${list(known, lang)}.`;
  return answer({
    intent: 'fallback',
    lang,
    text,
    answered: false,
    suggestions: [{ title: lang === 'fr' ? 'Voir les offres' : 'See the offers', value: lang === 'fr' ? 'Quelles sont les offres ouvertes ?' : 'What positions are open?' }],
  });
}
