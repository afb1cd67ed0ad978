/**
 * What a word of the public service means, or how two differ, from the explanations HR keeps
 * in `knowledge/terms/` — each with the pages it is written from as its sources.
 */
import type { Lang, Term } from '../knowledge/schemas.js';
import type { Definition } from '../understanding/reading.js';
import { answer, type Answer, type Source, type Suggestion } from './answer.js';
import type { KnowledgeView } from './knowledge-view.js';

const ONLY_IN: Record<Lang, Record<Lang, string>> = {
  fr: { fr: '', en: "_Cette explication n'existe qu'en anglais :_\n\n" },
  en: { en: '', fr: '_This explanation is only available in French:_\n\n' },
};

/** Sources cited at most per word when two are compared (the reply shows five in all). */
const SOURCES_PER_COMPARED_WORD = 2;

/** "C'est quoi, vacataire ?" / "What does “vacataire” mean?": the question that asks for a word's explanation. */
export function explainQuestion(term: Term, lang: Lang): string {
  return lang === 'fr' ? `C'est quoi, ${term.term} ?` : `What does “${term.term}” mean?`;
}

/** A suggestion asking for a word's explanation. */
export function explainSuggestion(view: KnowledgeView, term: Term, lang: Lang): Suggestion {
  const question = explainQuestion(view.inLanguage(term, lang).entry, lang);
  return { title: question, value: question };
}

/** The first paragraph of an explanation: its definition. */
function definitionOf(term: Term): string {
  return term.body.split(/\n\s*\n/)[0]!.trim();
}

/**
 * The explanation of the words a message asks about: one word in full, or two compared by their
 * definitions; the related words are offered next. Words the knowledge no longer explains (the
 * file was removed since the message was read) are left out; none left is said plainly.
 */
export function explainTerms(view: KnowledgeView, definition: Definition, lang: Lang): Answer {
  const terms = definition.terms.flatMap((id) => {
    const term = view.term(id);
    return term ? [view.inLanguage(term, lang).entry] : [];
  });
  if (terms.length === 0) {
    const text = lang === 'fr' ? "Je n'ai pas d'explication pour ce mot." : 'I have no explanation for this word.';
    return answer({ intent: 'definition', lang, text, answered: false });
  }
  const asked = new Set(terms.map((t) => view.primaryId(t)));
  const related = new Map<string, Term>();
  for (const id of terms.flatMap((t) => t.related)) {
    const term = view.term(id);
    if (term && !asked.has(view.primaryId(term))) related.set(view.primaryId(term), term);
  }
  const suggestions = [...related.values()].slice(0, 3).map((t) => explainSuggestion(view, t, lang));
  if (definition.compare && terms.length >= 2) {
    const lines = terms.map((t) => `${ONLY_IN[lang][t.lang]}**${t.term}** — ${definitionOf(t)}`);
    const more = terms.map((t) => explainSuggestion(view, t, lang));
    const sources: Source[] = terms.flatMap((t) => view.termSources(t).slice(0, SOURCES_PER_COMPARED_WORD));
    return answer({ intent: 'definition', lang, text: lines.join('\n\n'), sources, suggestions: [...more, ...suggestions].slice(0, 4) });
  }
  const [term] = terms as [Term];
  return answer({ intent: 'definition', lang, text: `${ONLY_IN[lang][term.lang]}${term.body}`, sources: view.termSources(term), suggestions });
}
