/**
 * The classes of words the recogniser weighs differently (politeness and filler, stressing
 * words, listing questions, employers Tremplin does not cover, the subjects that decide between
 * close intents), compiled from the lexicon (dialogs/lexicon/*.yaml) once per lexicon. The
 * words are data; this module only puts them in the shape the recogniser reads.
 */
import { stem } from '../text/normalise.js';
import type { Lexicon } from './lexicon.js';

/** The word classes of one lexicon, as the recogniser reads them. */
export interface WordClasses {
  /** Words that go with politeness and say nothing more ("merci beaucoup pour ces infos", "thanks a lot"). */
  politeFiller: ReadonlySet<string>;
  /** Politeness words the stopword lists drop but that count as content here. */
  socialWords: ReadonlySet<string>;
  /** Words that stress a question without changing it ("c'est quoi exactement ?"): left out of the intent's evidence. */
  intensifiers: ReadonlySet<string>;
  /** Words too common to describe a subject. */
  notTopic: ReadonlySet<string>;
  /** Words around a word asked that are not part of it ("le **terme** de…", "c'est quoi au **juste**"). */
  termFillers: ReadonlySet<string>;
  /** The French and English stems of `termFillers`. */
  termFillerStems: ReadonlySet<string>;
  /** Words that never name the word asked: term fillers, intensifiers, politeness, words too common. */
  namesNothing: ReadonlySet<string>;
  /** The words of a comparison ("la diff", "versus"): they ask how two things differ, not what one is. */
  comparisonWords: ReadonlySet<string>;
  /** Ordinary words that are never typos of a domain word ("privé" is not "prime"). */
  plainWords: ReadonlySet<string>;
  /**
   * Subjects of a question about the employer itself: with one of them, `organisation_info` wins
   * over a close `positions` whose cues are only words of jobs ("Is DINUM committed to diversity?").
   */
  employerSubjects: ReadonlySet<string>;
  /** The verbs of winning, left out of the evidence when the message is about winning. */
  winningVerbs: ReadonlySet<string>;
  /**
   * A question asking for a list of offers ("quels postes…", "which jobs…", "des offres en CDD"): a
   * contract or remote-work condition in it is a filter of the list, not the question
   * ("Quels postes sont proposés en CDD ?" lists them; "Le poste est-il en CDD ?" asks about one).
   */
  listing: (normalised: string) => boolean;
  /** "Qui a gagné le match ?": winning, not earning: the verb is then no evidence of a question about pay. */
  winning: (normalised: string) => boolean;
  /**
   * The candidate's own application is asked about ("ma candidature", "my file") with a word of its
   * progress ("lue", "retenue", "looked at", "any news"): where it stands, not how applying works —
   * unless it asks who or how ("qui examine ma candidature ?": the process).
   */
  ownApplicationProgress: (normalised: string) => boolean;
  /** Raw-text grammars of employer names (see Recogniser.unknownEmployers). */
  employerPatterns: { all: RegExp[]; publicEmployer: RegExp };
}

const cache = new WeakMap<Lexicon, WordClasses>();

/** The word classes of a lexicon, compiled on first use. */
export function wordClasses(lexicon: Lexicon): WordClasses {
  let out = cache.get(lexicon);
  if (out) return out;
  const name = "([A-Z][\\p{L}\\d&.-]+(?:\\s+[A-Z][\\p{L}\\d&.-]+)*)";
  // "la mairie de Rennes", "le ministère des Armées": public employers Tremplin does not cover (a place in the name is part of it).
  const publicEmployer = new RegExp(
    `\\b((?:la |le |l['’])?(?:${lexicon.raw('public_employer_nouns')})\\s+(?:${lexicon.raw('name_connectors')})\\s*[\\p{Lu}][\\p{L}-]+)`,
    'giu',
  );
  const all = [
    // "chez X", "at X", "offres de X"
    new RegExp(`\\b(?:${lexicon.raw('employer_prepositions')})\\s*${name}`, 'gu'),
    // "X recrute", "X is hiring"
    new RegExp(`${name}\\s+(?:${lexicon.raw('hiring_verbs')})\\b`, 'gu'),
    // "Is Google hiring?", "Est-ce que Capgemini recrute ?"
    new RegExp(`\\b(?:${lexicon.raw('hiring_auxiliaries')})\\s+${name}\\s+(?:${lexicon.raw('hiring_question_verbs')})\\b`, 'gu'),
    // "à la CNIL", "à l'ANSSI", "au CNRS", "paie la SNCF": an acronym (a town after "à" is a place, not an employer).
    new RegExp(`(?<!\\p{L})(?:${lexicon.raw('acronym_articles')})\\s*([A-Z]{3,})(?!\\p{L})`, 'gu'),
    publicEmployer,
  ];
  out = {
    politeFiller: lexicon.words('polite_filler'),
    socialWords: lexicon.words('social_words'),
    intensifiers: lexicon.words('intensifiers'),
    notTopic: lexicon.words('not_topic'),
    plainWords: lexicon.words('plain_words'),
    termFillers: lexicon.words('term_fillers'),
    termFillerStems: new Set([...lexicon.words('term_fillers')].flatMap((w) => [stem(w, 'fr'), stem(w, 'en')])),
    namesNothing: new Set((['term_fillers', 'intensifiers', 'polite_filler', 'not_topic'] as const).flatMap((c) => [...lexicon.words(c)])),
    comparisonWords: lexicon.words('comparison'),
    employerSubjects: lexicon.words('employer_subjects'),
    winningVerbs: lexicon.words('winning_verbs'),
    listing: (normalised) => lexicon.test('listing', normalised),
    winning: (normalised) => lexicon.test('winning', normalised),
    ownApplicationProgress: (normalised) => lexicon.test('own_application', normalised) && lexicon.test('application_progress', normalised) && !lexicon.test('who_or_how', normalised),
    employerPatterns: { all, publicEmployer },
  };
  cache.set(lexicon, out);
  return out;
}
