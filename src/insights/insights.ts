/**
 * What the bot records about its own gaps, and what HR reads back: the questions it could not
 * answer, the requests for a human, and the "Utile / Pas utile" clicks on its answers. The bot
 * calls `recordQuestion` and `recordFeedback` (they never throw); the command line
 * (`tremplin report …`) calls `unanswered` and `feedback`. Texts are masked before they are
 * stored (masking.ts).
 */

/** Languages of the bot. */
export type InsightLang = 'fr' | 'en';

/** A question the bot could not answer, or a user asking for a human. */
export interface QuestionEvent {
  /** `unanswered`: the bot fell back; `escalation`: the user asked for a person. */
  kind: 'unanswered' | 'escalation';
  /** What the user typed, raw: masked (masking.ts) and cut to 500 characters before storing. */
  question: string;
  lang: InsightLang;
  /** The channel id (`webchat`, `directline`, `msteams`, `cli`…). */
  channel: string;
  /** The intent the bot recognised, if any (`fallback`, `salary`…). */
  intent?: string;
  /** The organisation the conversation was about, if any. */
  organisationId?: string;
  /** The team (`teams/`) the question was about, if any. */
  teamId?: string;
  /** The offer the question was about (the one the answer cites), if any. */
  offerId?: string;
  /**
   * Who asked (the channel's user id), raw: stored only as a keyed hash, so that the report
   * counts visitors — one client asking 892 times is one visitor — without keeping ids.
   */
  visitor?: string;
  /** When it happened. Default: now. */
  at?: Date;
}

/** A user's "Utile" / "Pas utile" on one answer. */
export interface FeedbackEvent {
  helpful: boolean;
  /** The intent of the answer (its `channelData.intent`). */
  intent: string;
  /** The knowledge ids of the answer (its `channelData.sources`); order does not matter. */
  sources: string[];
  /** The question that answer replied to, raw: masked before storing. */
  question?: string;
  lang: InsightLang;
  channel: string;
  /** When it happened. Default: now. */
  at?: Date;
}

/** Similar unanswered questions, grouped for HR. */
export interface UnansweredGroup {
  /** The phrasing asked most often (the shortest among equals). */
  representative: string;
  /** How many questions the group holds (unanswered and escalations). */
  count: number;
  /** How many distinct visitors asked them (a question recorded without a visitor counts as one). */
  visitors: number;
  /** The intent most of its questions were read as, unless they were not understood (`fallback`). */
  intent?: string;
  /** The organisation, team and offers its questions were about, when they name one. */
  organisationId?: string;
  teamId?: string;
  offerIds: string[];
  /** Up to three other phrasings, most frequent first. */
  examples: string[];
  /** Questions per language: `{ fr: 4, en: 1 }`. */
  langs: Record<string, number>;
  /** Questions per channel: `{ webchat: 3, msteams: 2 }`. */
  channels: Record<string, number>;
  firstAt: Date;
  lastAt: Date;
  /** How many of them were requests for a human. */
  escalations: number;
}

/** The feedback on one answer: one intent and one set of sources. */
export interface FeedbackSummary {
  /** Knowledge ids, sorted. */
  sources: string[];
  intent: string;
  helpful: number;
  notHelpful: number;
  /** Up to three distinct questions users asked when they said "Pas utile", most recent first. */
  questions: string[];
}

/** Which part of the record a report reads. */
export interface ReportOptions {
  /** Only what happened at or after this instant. Default: everything kept. */
  since?: Date;
  /** At most this many groups. Default 20. */
  limit?: number;
}

/** The record of unanswered questions and feedback. Open it with `openInsights`. */
export interface Insights {
  /** Records a question; never throws: a storage error is logged and swallowed. */
  recordQuestion(event: QuestionEvent): Promise<void>;
  /** Records a feedback click; never throws: a storage error is logged and swallowed. */
  recordFeedback(event: FeedbackEvent): Promise<void>;
  /** Unanswered questions grouped by similarity, most frequent group first. */
  unanswered(options?: ReportOptions): Promise<UnansweredGroup[]>;
  /** Answers with their feedback, least helpful first (see feedback.ts). */
  feedback(options?: ReportOptions): Promise<FeedbackSummary[]>;
  /** Deletes questions and feedback older than `olderThan`; returns how many. */
  purge(options: { olderThan: Date }): Promise<number>;
  close(): Promise<void>;
}
