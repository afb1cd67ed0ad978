/**
 * Whether a message asks what one of the public service's words means ("c'est quoi un
 * vacataire ?", "que veut dire en instruction ?", "what is a Startup d'État?"), or how two of
 * them differ ("contractuel ou fonctionnaire, quelle différence ?"), and which words. The words
 * are those the knowledge explains (./term-mentions.ts); the phrases that ask are the lexicon's
 * (`definition`, `comparison`, `term_places`, `term_fillers`). The rules, in order:
 *
 * | message | reading |
 * | --- | --- |
 * | follows up another question ("et contractuel ?" after a listing borrows the listing), without asking what a word means ("c'est quoi, catégorie A ?" after a listing is asked) | none |
| names no explained word (inside an employer's longer name it does not count: "l'incubateur de la DINUM") | none |
 * | asks for a list or a count of offers ("des postes de vacataire ?", "lesquels sont en A+ ?"), with other words than the explained phrase ("où sont publiées les offres d'emploi public ?" asks about the phrase) | none |
 * | compares, naming two words ("détachement ou mise à disposition, quelle différence ?") | both, compared |
 * | compares one word with something else ("concours ou contrat ?") | the word |
 * | asks what a word means, and asks nothing else the intents know ("c'est quoi le salaire d'un contractuel ?" asks the pay) | the word |
 * | right after an explanation, short and naming a word ("et vacataire ?") | the word |
 * | names no employer, no offer, no job, no filter of offers (place, closing date, remote work, experience) and not a choice between two forms of one word (`term_choices`: "c'est un CDD ou un CDI ?" asks about an offer), and asks only what the word involves: its length, renewal, days… ("combien de temps dure un CDD de droit public ?"); within a conversation, more than a few words ("et contractuel ?" after a listing is about the listing) | the word |
 *
 * "Asks nothing else": the cue words of the classifier's best intent, when it is sure enough,
 * are all among the named words, the lexicon's `definition` or `term_fillers`, or nouns of jobs
 * ("que veut dire catégorie B dans une offre ?"). A word right after a place word ("en
 * construction **sur** Démarches Simplifiées") is where the question stands, not what it asks,
 * when another word is named. Among several words, the one named with the longest phrase is asked.
 */
import { isStopword, normalise, stem } from '../text/normalise.js';
import type { IntentScore } from './intent-classifier.js';
import type { Lexicon } from './lexicon.js';
import type { ClassName } from './lexicon-classes.js';
import type { Asks, ConversationContext, Definition, Entities } from './reading.js';
import type { TermMention } from './term-mentions.js';

/** What the rules read. */
export interface DefinitionInput {
  /** The message as typed (without e-mail address or dossier number). */
  text: string;
  /** The explained words the message names (TermMentions.find on its tokens). */
  mentions: readonly TermMention[];
  /** The message's tokens (normalised, corrected). */
  tokens: readonly string[];
  normalised: string;
  lexicon: Lexicon;
  /** The classifier's best intent, with the cue phrases it found. */
  top: IntentScore;
  /** Least score for an intent to be taken: a weaker best intent's cues say nothing. */
  threshold: number;
  entities: Entities;
  asks: Asks;
  context: ConversationContext;
  /** Tokens that name the employer. */
  orgTokens: ReadonlySet<string>;
  /** At most a few meaningful words. */
  short: boolean;
  /** The message borrows the previous question's intent ("et au PEReN ?"): the follow-up wins, but after an explanation. */
  followUp: boolean;
}

/** The aspects that ask about a word's own rules: answered by its explanation when no employer or job is named. */
const ABOUT_A_WORD: readonly ClassName[] = ['duration', 'renewal', 'days', 'contract_type', 'start', 'date'];

const stems = (token: string) => [token, stem(token, 'fr'), stem(token, 'en')];

/** Each lexicon's `definition_openings`, compiled once. */
const openings = new WeakMap<Lexicon, RegExp>();
function asksWhatItIs(text: string, lexicon: Lexicon): boolean {
  let pattern = openings.get(lexicon);
  if (!pattern) openings.set(lexicon, (pattern = new RegExp(`(?:^|[^\\p{L}])(?:${lexicon.raw('definition_openings') || '(?!)'})`, 'iu')));
  return pattern.test(text);
}

/** The definition a message asks for, if any (see the module comment). */
export function readDefinition(input: DefinitionInput): Definition | undefined {
  const { tokens, lexicon, entities, asks, context } = input;
  const orgNameLonger = (m: TermMention) => {
    const own = new Set(tokens.slice(m.start, m.end));
    return [...own].every((t) => input.orgTokens.has(t)) && [...input.orgTokens].some((t) => !own.has(t));
  };
  const asked = lexicon.test('definition', input.normalised) || asksWhatItIs(input.text, lexicon);
  if (input.followUp && context.lastIntent !== 'definition' && !asked) return undefined;
  let mentions = input.mentions.filter((m) => !orgNameLonger(m));
  if (mentions.length === 0) return undefined;
  // A list asked with words of the explained phrase itself ("où sont publiées les offres d'emploi public ?") is not a listing.
  const phrase = new Set(mentions.flatMap((m) => tokens.slice(m.start, m.end)));
  const outside = tokens.filter((t) => !phrase.has(t)).join(' ');
  if ((asks.list && lexicon.test('list', outside)) || lexicon.test('listing', outside) || (asks.count && !asks.duration && !asks.days)) return undefined;
  const placeWords = lexicon.words('term_places');
  const situated = mentions.filter((m) => m.start > 0 && placeWords.has(tokens[m.start - 1]!));
  if (situated.length < mentions.length) mentions = mentions.filter((m) => !situated.includes(m));
  const ids = [...new Set([...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start).map((m) => m.id))];

  if (asks.comparison) return ids.length >= 2 ? { terms: ids.slice(0, 2), compare: true } : { terms: ids, compare: false };
  const named = new Set(input.mentions.flatMap((m) => tokens.slice(m.start, m.end)).flatMap(stems));
  const allowed = new Set(['job_nouns', 'work_words', 'term_fillers'].flatMap((c) => [...lexicon.stems(c as ClassName)]));
  const saysMore = (cue: string) => normalise(cue).split(' ').some((t) => !isStopword(t) && !stems(t).some((s) => named.has(s) || allowed.has(s)));
  const otherCues = input.top.score < input.threshold ? [] : input.top.cues.filter((cue) => saysMore(cue) && !lexicon.test('definition', normalise(cue)));
  if (asked && otherCues.length === 0) return { terms: ids.slice(0, 1), compare: false };
  if (context.lastIntent === 'definition' && input.short) return { terms: ids.slice(0, 1), compare: false };

  // "C'est un CDD ou un CDI ?": a choice between two forms of one word is about an offer, not the word.
  const choices = lexicon.words('term_choices');
  const choice = mentions.some((m, i) => i > 0 && m.id === mentions[i - 1]!.id && tokens.slice(mentions[i - 1]!.end, m.start).some((t) => choices.has(t)));
  if (choice) return undefined;
  if ((input.short && context.lastIntent) || entities.organisation || context.focusOfferId || entities.offers.some((o) => o.queryCoverage >= 0.99)) return undefined;
  // A place, a closing date, remote work (not the word explained: "télétravail dans la fonction publique") or a level of experience filters offers: a listing.
  const { places, regions, departments, excludedPlaces, closesBefore, remote, experience } = entities;
  const remoteWords = new Set([...lexicon.words('remote_wanted'), ...lexicon.words('remote_refused')]);
  const remoteFilter = remote !== undefined && tokens.some((t) => !named.has(t) && remoteWords.has(t));
  if (places.length || regions.length || departments.length || excludedPlaces.length || closesBefore || remoteFilter || experience) return undefined;
  const work = lexicon.stems('work_words');
  if (tokens.some((t) => !named.has(t) && work.has(stem(t, 'fr')))) return undefined;
  if (otherCues.every((cue) => ABOUT_A_WORD.some((aspect) => lexicon.test(aspect, normalise(cue))))) return { terms: ids.slice(0, 1), compare: false };
  return undefined;
}
