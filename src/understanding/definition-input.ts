/**
 * What the rules of ./definitions.ts read of a message to tell whether it asks what a word means:
 * its text and tokens, the explained words it names, the classifier's best intent, the entities
 * and the conversation so far.
 */
import type { IntentScore } from './intent-classifier.js';
import type { Lexicon } from './lexicon.js';
import type { Asks, ConversationContext, Entities } from './reading.js';
import type { TermMention, TermMentions } from './term-mentions.js';

/** What the rules read. */
export interface DefinitionInput {
  /** The message as typed (without e-mail address or dossier number). */
  text: string;
  /** The explained words the message names (TermMentions.find on its tokens). */
  mentions: readonly TermMention[];
  /** The explained words, to find their subjects (tags) and other forms of a word explained before. */
  termMentions: TermMentions;
  /** Whether these words name an offer plainly: an offer named only by the explained word ("intrapreneur") names none. */
  namesAnOffer: (tokens: readonly string[]) => boolean;
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
  /** Stems of the message's meaningful words (Understanding.content): only words of a kind of fact, right after an explanation, ask that fact of the word ("au bout de combien de temps ?"). Default: unknown (no such reading). */
  content?: readonly string[];
  /** The message asks for offers (the `positions` intent's cues, sure enough): right after an explanation, "quelle offre propose ce contrat ?" asks for offers of that kind, not the word again. */
  offersAsked?: boolean;
  /** Whether the domain's vocabulary knows a token: a word asked that it does not know is not explained (./unknown-word.ts). Default: every token known. */
  isKnown?: (token: string) => boolean;
  /** Whether the bot's own words (intents' cues and examples, names of offers, teams, explained words) use a token, not only the knowledge's text ("DSAF"). Default: every known token. */
  isOwnWord?: (token: string) => boolean;
  /** Whether the knowledge's text (FAQ answers, organisation pages) says a token. Default: none. */
  textSays?: (token: string) => boolean;
}
