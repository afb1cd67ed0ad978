/**
 * Which language a message is written in: French or English, the only two Tremplin speaks.
 *
 * Short chat messages defeat statistical detectors ("salary?", "et le télétravail ?"), so the
 * decision rests first on marker words of each language (function words and the domain's
 * vocabulary) and on French accents; tinyld only settles longer messages the markers leave
 * undecided. A message with no clue at all ("ok", "PEReN", "8") keeps the conversation's
 * language, then the channel's locale, then French.
 */
import { detectAll } from 'tinyld/light';
import type { Lang } from './lang.js';

/** Where the language decision came from, for logs and tests. */
export type LanguageSource = 'text' | 'conversation' | 'locale' | 'default';

/** The outcome of language detection. */
export interface DetectedLanguage {
  lang: Lang;
  source: LanguageSource;
}

/** What is known besides the text. */
export interface LanguageContext {
  /** The language of the conversation so far. */
  previous?: Lang;
  /** The activity's locale, e.g. `fr-FR` or `en-US`. */
  locale?: string;
}

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** French words that do not exist (or are rare) in English; weight 1. */
const FRENCH = new Set(
  words(`le la les un une des du de au aux et est sont ou où quel quelle quels quelles qui que quoi koi
  comment combien pourquoi quand est-ce estce je j tu il elle on nous vous ils elles mon ma mes ton ta tes
  son sa ses notre nos votre vos leur leurs ce cet cette ces c ça ca avec sans pour par sur dans chez
  pas plus moins très tres bien aussi mais donc alors oui non merci bonjour bonsoir salut coucou svp stp
  peut peux puis faut dois doit avoir être etre fait faire ai as avez ont suis es sommes êtes etes
  ans année annees années mois jour jours semaine poste postes offre offres salaire salaires rémunération
  remuneration télétravail teletravail candidature candidatures postuler candidater entretien délai delai
  contrat durée duree emploi emplois recrutement stage stagiaire lettre réponse reponse aide parler
  travail travailler combien quelle niveau expérience experience où y a-t-il veux voudrais cherche tjm`),
);

/** English words that do not exist (or are rare) in French; weight 1. */
const ENGLISH = new Set(
  words(`the a an and or is are was were be been what which who whom whose how why when where do does did
  can could would should will shall may might must i me my you your he she it its we our they their this
  that these those with without for from about into at of to in on by not no yes please thanks thank
  hello hi hey there here any some much many more less very also but so then job jobs position positions
  same private earn earns stand stands kind body
  opening openings salary salaries pay wage remote work working home office application applications apply
  applying interview cover letter contract hiring hire years year months month week days day help
  internship status team people know want need like get have has had than too what's whats i'm im don't
  dont isn't mean means meaning`),
);

/**
 * Question words that open a message: the frame of a question is in the asker's language, while
 * the words inside it may be the French terms asked about ("What is the référentiel de
 * rémunération?", "What's a CDI de droit public?"). The opening word weighs 1.5 more.
 */
const OPENING_WEIGHT = 1.5;
const ENGLISH_OPENERS = new Set(
  words(`what what's whats how why when where which who is are can could do does did would should will tell`),
);
const FRENCH_OPENERS = new Set(words(`quel quelle quels quelles comment combien pourquoi quand est-ce qu`));

/** Words that look the same in both languages and say nothing. */
const NEUTRAL = new Set(words(`a on de data design type ok okay super top cool stage contact service`));

/** Text between quotation marks: « … », “ … ”, " … ". */
const QUOTED = /«[^»]*»|“[^”]*”|"[^"]*"/g;
const ACCENTED = /[àâäçéèêëîïôöùûüÿœæ]/gi;
const DOMAIN_LIKE = /\b[\w-]+(\.[\w-]+)+\b/g;
/** A capitalised word (after an apostrophe too: "d'État") that does not open the message: a name. */
const NAME_WITHIN = /([\s'’])[A-ZÀ-ÖØ-Þ][\p{L}-]*/gu;

/** Normalises a locale (`fr-FR`, `en_US`, `EN`) to a language, when it is one of ours. */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  const base = locale?.trim().toLowerCase().slice(0, 2);
  return base === 'fr' || base === 'en' ? base : undefined;
}

/**
 * Decides the language of one message.
 * @param text the user's message as typed.
 * @param context the conversation's language and the channel's locale, used when the text says nothing.
 */
export function detectLanguage(text: string, context: LanguageContext = {}): DetectedLanguage {
  // A quoted title ("Is « Chargé de déploiement » still open?") is in the offer's language, not
  // the user's: the words around it decide, when there are any.
  const unquoted = text.replace(QUOTED, ' ');
  const cleaned = (/\p{L}/u.test(unquoted) ? unquoted : text).replace(DOMAIN_LIKE, ' ');
  // Accents say French, except in a name: a capitalised word after the first ("what's a Startup d'État?").
  const unnamed = cleaned.replace(NAME_WITHIN, '$1');
  let fr = Math.min(2, (unnamed.match(ACCENTED) ?? []).length) * 0.75;
  let en = 0;
  const tokens = cleaned
    .toLowerCase()
    .replace(/[’'`]/g, "'")
    .split(/[^a-zàâäçéèêëîïôöùûüÿœæ'-]+/)
    .flatMap((t) => (t.includes("'") && !/^(i'm|what's|don't|isn't)$/.test(t) ? t.split("'") : [t]))
    .filter(Boolean);
  const opener = tokens[0];
  if (opener && ENGLISH_OPENERS.has(opener)) en += OPENING_WEIGHT;
  if (opener && FRENCH_OPENERS.has(opener)) fr += OPENING_WEIGHT;
  for (const token of tokens) {
    if (NEUTRAL.has(token)) continue;
    if (FRENCH.has(token)) fr += 1;
    if (ENGLISH.has(token)) en += 1;
  }
  if (fr - en >= 1) return { lang: 'fr', source: 'text' };
  if (en - fr >= 1) return { lang: 'en', source: 'text' };
  if (tokens.length >= 5) {
    const guesses = detectAll(cleaned);
    const score = (l: string) => guesses.find((g) => g.lang === l)?.accuracy ?? 0;
    if (score('fr') !== score('en')) return { lang: score('fr') > score('en') ? 'fr' : 'en', source: 'text' };
  }
  if (context.previous) return { lang: context.previous, source: 'conversation' };
  const fromLocale = langFromLocale(context.locale);
  if (fromLocale) return { lang: fromLocale, source: 'locale' };
  return { lang: 'fr', source: 'default' };
}
