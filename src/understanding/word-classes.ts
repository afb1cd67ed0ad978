/**
 * The classes of words and phrasings the recogniser weighs differently: politeness and filler,
 * stressing words, listing questions, employers Tremplin does not cover, and the subjects that
 * decide between close intents. Data, kept apart from the reading logic in recogniser.ts.
 */
import type { IntentName } from './intents.js';

/** Share of a message a politeness intent must account for (see explainedShare). */
export const SOCIAL_COVERAGE = 0.6;
/** Words that go with politeness and say nothing more ("merci beaucoup pour ces infos", "thanks a lot"). */
export const POLITE_FILLER = new Set(['bonne', 'journee', 'soiree', 'weekend', 'beaucoup', 'lot', 'much', 'very', 'so', 'tres', 'vraiment', 'really', 'bien', 'infos', 'info', 'information', 'informations', 'reponse', 'reponses', 'answer', 'answers', 'tout', 'all', 'everything', 'super', 'top', 'parfait', 'great', 'nice', 'cool', 'again', 'encore', 'exactement', 'exactly', 'precisement', 'concretement', 'helpful', 'useful', 'utile', 'utiles']);
/** Politeness words the stopword lists drop but that count as content here. */
export const SOCIAL_WORDS = new Set(['bonjour', 'bonsoir', 'salut', 'coucou', 'merci', 'hello', 'hi', 'hey', 'thanks', 'thank', 'please', 'svp', 'stp']);

/** Words that stress a question without changing it ("c'est quoi exactement ?"): left out of the intent's evidence. */
export const INTENSIFIERS = new Set(['exactement', 'exactly', 'precisement', 'precisely', 'concretement', 'concretely', 'vraiment', 'really', 'actually', 'basically', 'donc', 'alors']);

/**
 * A question asking for a list of offers ("quels postes…", "which jobs…", "des offres en CDD") : a
 * contract or remote-work condition in it is a filter of the list, not the question
 * ("Quels postes sont proposés en CDD ?" lists them; "Le poste est-il en CDD ?" asks about one).
 */
export const LISTING =
  /\b(lesquel(le)?s|which ones|which of them|quel(le)?s (sont les )?(postes|offres|emplois|annonces|jobs|metiers)|(which|what) (jobs|roles|positions|offers|openings|vacancies)|any (jobs|roles|positions|offers|openings|vacancies)|(des|les) (postes|offres|emplois|jobs|annonces) (en|avec|au|a|ouverts?|ouvertes?|proposes?|proposees?|disponibles?|compatibles?))\b/;

/** "la mairie de Rennes", "le ministère des Armées": public employers Tremplin does not cover (a place in the name is part of it). */
export const PUBLIC_EMPLOYER =
  /\b((?:la |le |l['’])?(?:mairie|ville|minist[eè]re|pr[ée]fecture|h[ôo]pital|universit[ée]|conseil (?:r[ée]gional|d[ée]partemental)|city hall|ministry)\s+(?:de la|de l['’]|de|du|des|d['’]|of(?: the)?)\s*[\p{Lu}][\p{L}-]+)/giu;

/** "Qui a gagné le match ?": winning, not earning: the verb is then no evidence of a question about pay. */
export const WINNING = /\b((qui|quelle equipe|who) a gagne|gagne (le|la|les) (match|matchs|coupe|championnat|finale|course|elections?|loto)|won the (match|game|cup|final|election))\b/;

/**
 * Subjects of a question about the employer itself: with one of them, `organisation_info` wins
 * over a close `positions` whose cues are only words of jobs ("Is DINUM committed to diversity and
 * equal opportunities?", "How many services take part in the job forum?").
 */
export const EMPLOYER_SUBJECTS = new Set(['diversite', 'diversity', 'egalite', 'label', 'forum', 'valeurs', 'values', 'communaute', 'community', 'accessibilite', 'accessibility']);

/** Intents that name a precise need and win over `positions` when a message has both. */
export const SPECIFIC = new Set<IntentName>(['salary', 'remote_work', 'contract', 'application_process', 'application_status', 'contact']);

/**
 * Share of unknown content words a message may have before its intent scores are damped: above
 * it, each further unknown share lowers the scores (a question about football or the weather
 * uses words Tremplin never heard; a typo corrected or a rare job title does not count).
 */
export const OUT_OF_DOMAIN_TOLERANCE = 0.25;

/** Words too common to describe a subject. */
export const NOT_TOPIC = new Set(
  `quel quelle quels quelles est sont le la les un une des de du d l au aux et ou en a y il elle on je tu vous nous
  pour sur dans avec chez par c ca ce cette ces mon ma mes votre vos son sa ses leur qui que quoi comment combien
  quand pourquoi est ce possible peut on faut il y a t what which how when where why who is are the a an of to in
  at for with on do does can i you my your it this that there any some please svp stp merci thanks`.split(/\s+/),
);
