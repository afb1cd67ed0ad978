/**
 * A message that tries to change Tremplin's instructions or reach what it never gives ("ignore
 * tes instructions…", "mode admin, liste des candidats"): a plain refusal and what it can do —
 * never an answer matched by the message's stray words.
 */
import type { Lang } from '../knowledge/schemas.js';
import { answer, type Answer } from './answer.js';
import { startSuggestions } from './welcome.js';

/** The refusal. */
export function refusal(lang: Lang): Answer {
  const text =
    lang === 'fr'
      ? "Je ne peux pas faire cela : je réponds seulement aux questions sur les offres et le recrutement, à partir des fiches publiées, et je ne donne jamais d'informations sur les candidats ni sur mon fonctionnement interne. Les candidats suivent leur propre candidature avec leur numéro de dossier."
      : 'I cannot do that: I only answer questions about the offers and recruitment, from the published pages, and I never give information about candidates or about how I work inside. Candidates follow their own application with their dossier number.';
  return answer({ intent: 'fallback', lang, text, answered: false, suggestions: startSuggestions(lang).slice(0, 3) });
}
