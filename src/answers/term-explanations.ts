/**
 * An answer that uses one of the public service's words the knowledge explains ("catégorie
 * A+", "vacataire", "en instruction") offers to explain it: a suggested next step "C'est quoi,
 * vacataire ?" / "What does “vacataire” mean?", which the understanding reads as a definition
 * question. The words are the knowledge's term entries and their aliases (./term-mentions).
 */
import type { Term } from '../knowledge/schemas.js';
import type { TermMentions } from '../understanding/term-mentions.js';
import type { Answer } from './answer.js';
import { explainSuggestion } from './definitions.js';
import type { KnowledgeView } from './knowledge-view.js';

/** Explanations offered at most per answer. */
const MAX_EXPLANATIONS = 2;
/** Suggestions shown before the rating buttons (see src/bot/replies.ts): explanations fit within them. */
const SHOWN_SUGGESTIONS = 4;

/**
 * The answer with "explain this word" suggestions for the explained words its text uses, first
 * used first, leaving out the words it explains itself and questions it already suggests. When
 * the suggestions are full, the explanations take the last places.
 */
export function withExplanations(answer: Answer, mentions: TermMentions, view: KnowledgeView): Answer {
  if (mentions.empty) return answer;
  const explained = new Set(answer.sources.flatMap((s) => {
    const term = s.kind === 'term' ? view.term(s.id) : undefined;
    return term ? [view.primaryId(term)] : [];
  }));
  const offered = new Set(answer.suggestions.map((s) => s.value));
  const terms: Term[] = [];
  for (const { id } of mentions.find(answer.text)) {
    const term = view.term(id);
    if (!term || explained.has(id) || terms.some((t) => view.primaryId(t) === id)) continue;
    if (offered.has(explainSuggestion(view, term, answer.lang).value)) continue;
    terms.push(term);
    if (terms.length === MAX_EXPLANATIONS) break;
  }
  if (terms.length === 0) return answer;
  const explanations = terms.map((t) => explainSuggestion(view, t, answer.lang));
  const kept = answer.suggestions.slice(0, Math.max(0, SHOWN_SUGGESTIONS - explanations.length));
  return { ...answer, suggestions: [...kept, ...explanations, ...answer.suggestions.slice(kept.length)] };
}
