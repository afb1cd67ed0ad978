/**
 * Answers taken from an FAQ entry: its body, in the user's language when a translation exists,
 * else in the language it was written in, saying so.
 */
import type { Faq, Lang } from '../knowledge/schemas.js';
import type { IntentName } from '../understanding/intents.js';
import { answer, type Answer, type Suggestion } from './answer.js';
import type { KnowledgeView } from './knowledge-view.js';

/** An FAQ entry found for a question, with the search score (0..1). */
export interface FaqMatch {
  faq: Faq;
  score: number;
  /** 0..1: how close the question is to one of the entry's own phrasings (its question, its alternatives). */
  phrasing?: number;
}

/** Finds FAQ entries for a question, best first. The list may be shared between calls: read it, never change it. */
export type FaqFinder = (question: string, options: { lang: Lang; organisation?: string; limit?: number }) => readonly FaqMatch[];

const ONLY_IN: Record<Lang, Record<Lang, string>> = {
  fr: { fr: '', en: "_Cette réponse n'existe qu'en anglais :_\n\n" },
  en: { en: '', fr: '_This answer is only available in French:_\n\n' },
};

/** The FAQ entry's answer, in the user's language when possible. */
export function faqAnswer(view: KnowledgeView, faq: Faq, lang: Lang, intent: IntentName, related: readonly Faq[] = []): Answer {
  const { entry } = view.inLanguage(faq, lang);
  const text = `${ONLY_IN[lang][entry.lang]}${entry.body}`;
  const suggestions = questionSuggestions(view, lang, related.filter((r) => view.primaryId(r) !== view.primaryId(faq)));
  return answer({ intent, lang, text, sources: [view.source(entry)], suggestions, answered: !(entry.not_stated ?? faq.not_stated) });
}

/** FAQ entries' questions as suggested actions (three at most, each once), in the user's language. */
export function questionSuggestions(view: KnowledgeView, lang: Lang, faqs: readonly Faq[]): Suggestion[] {
  const seen = new Set<string>();
  return faqs
    .filter((f) => !seen.has(view.primaryId(f)) && seen.add(view.primaryId(f)))
    .slice(0, 3)
    .map((f) => {
      const q = view.inLanguage(f, lang).entry.question;
      return { title: q, value: q };
    });
}

/**
 * "Comment se passe l'entretien ?" with no employer named, when several employers answer it: each
 * one's own entry, employer by employer (the best entry of each, in the order found), rather than
 * a question back. `choices`: the employers as suggested actions, to narrow down.
 */
export function answersByEmployer(view: KnowledgeView, matches: readonly FaqMatch[], lang: Lang, intent: IntentName, choices: Suggestion[]): Answer {
  const sections: string[] = [];
  const sources: Answer['sources'] = [];
  for (const m of matches) {
    const { entry } = view.inLanguage(m.faq, lang);
    const name = view.organisation(m.faq.organisation)?.name ?? m.faq.organisation;
    sections.push(`**${name}**\n\n${ONLY_IN[lang][entry.lang]}${entry.body}`);
    sources.push(view.source(entry));
  }
  const head = lang === 'fr' ? "Cela dépend de l'employeur :" : 'It depends on the employer:';
  return answer({ intent, lang, text: `${head}\n\n${sections.join('\n\n---\n\n')}`, sources, suggestions: choices });
}
