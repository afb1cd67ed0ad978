/**
 * An answer that uses one of the public service's words the knowledge explains ("catégorie
 * A+", "vacataire", "en instruction") offers to explain it: a suggested next step "C'est quoi,
 * vacataire ?" / "What does “vacataire” mean?", which the understanding reads as a definition
 * question. The words are the knowledge's term entries and their aliases (./term-mentions).
 * Without cluttering: one such offer per answer at most, and never for a word the conversation
 * has already explained.
 */
import type { Term } from '../knowledge/schemas.js';
import type { TermMentions } from '../understanding/term-mentions.js';
import type { Answer } from './answer.js';
import { explainSuggestion } from './definitions.js';
import { contracts, offerFacts } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';

/** Explanations offered at most per answer, for the words its text uses. */
const MAX_EXPLANATIONS = 1;
/** Suggestions shown before the rating buttons (see src/bot/replies.ts): explanations fit within them. */
const SHOWN_SUGGESTIONS = 4;

/** The words an answer explains (its term sources), by primary id: remember them with `explainedWords`. */
export function explainedWords(answer: Answer, view: KnowledgeView): string[] {
  const ids = answer.sources.flatMap((s) => {
    const term = s.kind === 'term' ? view.term(s.id) : undefined;
    return term ? [view.primaryId(term)] : [];
  });
  return [...new Set(ids)];
}

/** What the answer shows: its text, then the facts of the offers it presents as cards ("catégorie A+", "CDD"). */
function shownText(answer: Answer, view: KnowledgeView): string {
  const cards = answer.offerCards.flatMap((id) => {
    const offer = view.offer(id);
    return offer ? [[...offerFacts(offer, '', answer.lang), offer.contract ? contracts(offer.contract, answer.lang) : ''].join(', ')] : [];
  });
  return [answer.text, ...cards].join('\n');
}

/**
 * The answer with an "explain this word" suggestion for the first explained word it shows (its text, then its offer cards),
 * leaving out the words it explains itself, the words `explainedBefore` (primary ids the
 * conversation has explained already: their suggestions are removed too) and questions it
 * already suggests. When the suggestions are full, the explanation takes the last place.
 */
export function withExplanations(answer: Answer, mentions: TermMentions, view: KnowledgeView, explainedBefore: ReadonlySet<string> = new Set()): Answer {
  if (mentions.empty) return answer;
  const known = new Set([...explainedWords(answer, view), ...explainedBefore]);
  const repeated = new Set([...explainedBefore].flatMap((id) => {
    const term = view.term(id);
    return term ? [explainSuggestion(view, term, answer.lang).value] : [];
  }));
  const suggestions = answer.suggestions.filter((s) => !repeated.has(s.value));
  const offered = new Set(suggestions.map((s) => s.value));
  const terms: Term[] = [];
  for (const { id } of mentions.find(shownText(answer, view))) {
    const term = view.term(id);
    if (!term || known.has(id) || terms.some((t) => view.primaryId(t) === id)) continue;
    if (offered.has(explainSuggestion(view, term, answer.lang).value)) continue;
    terms.push(term);
    if (terms.length === MAX_EXPLANATIONS) break;
  }
  if (terms.length === 0) return suggestions.length === answer.suggestions.length ? answer : { ...answer, suggestions };
  const explanations = terms.map((t) => explainSuggestion(view, t, answer.lang));
  const kept = suggestions.slice(0, Math.max(0, SHOWN_SUGGESTIONS - explanations.length));
  return { ...answer, suggestions: [...kept, ...explanations, ...suggestions.slice(kept.length)] };
}
