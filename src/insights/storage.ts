/**
 * The few statements the insights need from a database, implemented once for SQLite
 * (sqlite-storage.ts) and once for PostgreSQL (postgres-storage.ts). Rows hold texts already
 * masked and times in milliseconds; everything else (masking, grouping, ranking) is done
 * once for both in recorder.ts.
 */

/** One stored question. */
export interface QuestionRow {
  kind: 'unanswered' | 'escalation';
  question: string;
  lang: string;
  channel: string;
  intent: string | null;
  organisationId: string | null;
  /** A keyed hash of who asked (16 hex digits), to count visitors, not questions; null when unknown. */
  visitor: string | null;
  /** The offer the question was about, when the answer named one. */
  offerId: string | null;
  /** The team the question was about. */
  teamId: string | null;
  at: number;
}

/** One stored feedback click. `sources` is the JSON array of sorted, distinct ids. */
export interface FeedbackRow {
  helpful: boolean;
  intent: string;
  sources: string;
  question: string | null;
  lang: string;
  channel: string;
  at: number;
}

/** The feedback counts of one answer (intent and sources). */
export interface FeedbackCount {
  intent: string;
  sources: string;
  helpful: number;
  notHelpful: number;
}

/** A question asked with a "Pas utile" click. */
export interface UnhelpfulQuestion {
  intent: string;
  sources: string;
  question: string;
}

/** The database side of the insights. */
export interface InsightStorage {
  readonly kind: 'sqlite' | 'postgres';
  addQuestion(row: QuestionRow): Promise<void>;
  addFeedback(row: FeedbackRow): Promise<void>;
  /** Questions at or after `since`, most recent first, at most `max`. */
  questionsSince(since: number, max: number): Promise<QuestionRow[]>;
  /** Feedback counts per intent and sources at or after `since`. */
  feedbackCounts(since: number): Promise<FeedbackCount[]>;
  /** Questions of "Pas utile" clicks at or after `since`, most recent first, at most `max`. */
  unhelpfulQuestions(since: number, max: number): Promise<UnhelpfulQuestion[]>;
  /** Deletes questions and feedback before `before`; returns how many rows. */
  purge(before: number): Promise<number>;
  close(): Promise<void>;
}
