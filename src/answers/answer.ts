/**
 * What Tremplin says, before it becomes a Bot Framework activity: text in markdown, the
 * knowledge it comes from, the next steps to suggest, the offers to show as cards. Answers are
 * built by the modules of this folder from the knowledge only — never from a guess — and turned
 * into activities by src/bot/replies.
 */
import type { Kind, Lang } from '../knowledge/schemas.js';
import type { IntentName } from '../understanding/intents.js';

/** A knowledge entry an answer relies on, shown as its source. */
export interface Source {
  id: string;
  kind: Kind;
  title: string;
  url?: string;
}

/** A next step offered as a button: `title` is shown, `value` is sent as the user's message. */
export interface Suggestion {
  title: string;
  value: string;
}

/** One reply of the bot. */
export interface Answer {
  intent: IntentName;
  lang: Lang;
  /** Markdown. */
  text: string;
  /** Knowledge entries the text comes from, in citation order. */
  sources: Source[];
  suggestions: Suggestion[];
  /**
   * Offers the reply presents, by id, in order, after its text: as cards where the channel shows
   * them, as list lines otherwise (src/bot/replies.ts). The text does not list them again.
   */
  offerCards: string[];
  /** False when the knowledge does not hold the answer (fallback, a fact not stated). */
  answered: boolean;
  /** True when the reply is a question back to the user ("which employer?"): no feedback buttons. */
  asks?: boolean;
  /**
   * The step a closing yes/no question of the reply offers ("Voulez-vous voir toutes les offres
   * ouvertes ?"), one of its suggestions: a plain "oui" then sends its value, a plain "non"
   * declines it (see src/understanding/yes-no.ts). Absent: the reply asks no such question.
   */
  proposal?: Suggestion;
}

/** Builds an answer with empty lists filled in. */
export function answer(fields: Pick<Answer, 'intent' | 'lang' | 'text'> & Partial<Answer>): Answer {
  return { sources: [], suggestions: [], offerCards: [], answered: true, ...fields };
}

/** French or English wording, picked by language. */
export type Wording = { fr: string; en: string };

/** Picks the wording of a language. */
export const say = (lang: Lang, wording: Wording): string => wording[lang];
