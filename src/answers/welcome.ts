/**
 * Greeting, help and thanks: what Tremplin can do, with next steps to click.
 */
import type { Lang } from '../knowledge/schemas.js';
import { answer, type Answer, type Suggestion } from './answer.js';

/** The first steps offered to a newcomer. */
export function startSuggestions(lang: Lang): Suggestion[] {
  return lang === 'fr'
    ? [
        { title: 'Voir les offres', value: 'Quelles sont les offres ouvertes ?' },
        { title: 'Télétravail', value: 'Le télétravail est-il possible ?' },
        { title: 'Salaires', value: 'Quel est le salaire ?' },
        { title: 'Comment postuler', value: 'Comment postuler ?' },
        { title: 'Ma candidature', value: 'Où en est ma candidature ?' },
      ]
    : [
        { title: 'See the offers', value: 'What positions are open?' },
        { title: 'Remote work', value: 'Is remote work possible?' },
        { title: 'Salaries', value: 'What is the salary?' },
        { title: 'How to apply', value: 'How do I apply?' },
        { title: 'My application', value: 'What is the status of my application?' },
      ];
}

/** Hello, and what I can do. */
export function welcome(lang: Lang, intent: 'greeting' | 'help' = 'greeting'): Answer {
  const text =
    lang === 'fr'
      ? `${intent === 'greeting' ? 'Bonjour, je suis Tremplin, l’assistant recrutement des services numériques de l’État (DINUM, PEReN, beta.gouv.fr…).\n\nJe peux vous aider sur :' : 'Je peux vous aider sur :'}\n\n- les **offres ouvertes** (par employeur, lieu, catégorie, contrat, télétravail) ;\n- le **télétravail**, le **contrat** et le **salaire** d’une offre ;\n- **comment postuler** : étapes, entretien, délais, documents ;\n- le **suivi de votre candidature**.\n\nJe réponds à partir des fiches des équipes de recrutement et j’indique toujours ma source. Posez votre question, ou choisissez :`
      : `${intent === 'greeting' ? 'Hello, I am Tremplin, the recruitment assistant of French public digital services (DINUM, PEReN, beta.gouv.fr…).\n\nI can help with:' : 'I can help with:'}\n\n- **open positions** (by employer, place, category, contract, remote work);\n- an offer’s **remote work**, **contract** and **salary**;\n- **how to apply**: steps, interview, delays, documents;\n- **your application’s status**.\n\nI answer from the recruitment teams’ own pages and always give my source. Ask your question, or pick one:`;
  return answer({ intent, lang, text, suggestions: startSuggestions(lang) });
}

/** You're welcome. */
export function thanks(lang: Lang): Answer {
  const text =
    lang === 'fr'
      ? 'Avec plaisir ! Autre chose ? Je peux vous montrer les offres ou vous expliquer comment postuler.'
      : 'You’re welcome! Anything else? I can show you the offers or explain how to apply.';
  return answer({ intent: 'thanks', lang, text, suggestions: startSuggestions(lang).slice(0, 3) });
}

/** "Non merci" to the step the last reply offered: dropped, and what else the user wants. */
export function declined(lang: Lang): Answer {
  const text = lang === 'fr' ? 'Très bien. Que puis-je faire d’autre pour vous ?' : 'All right. What else can I do for you?';
  return answer({ intent: 'thanks', lang, text, suggestions: startSuggestions(lang).slice(0, 4) });
}

/** Cancelled. */
export function cancelled(lang: Lang): Answer {
  const text = lang === 'fr' ? 'D’accord, on reprend à zéro. Que voulez-vous savoir ?' : 'All right, let’s start again. What would you like to know?';
  return answer({ intent: 'cancel', lang, text, suggestions: startSuggestions(lang).slice(0, 4) });
}
