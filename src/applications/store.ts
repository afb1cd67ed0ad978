/**
 * What the application-status store does, whatever holds the data (a SQLite file on one
 * machine, PostgreSQL for several instances). Dialogs, Teams commands and the command line
 * depend on this interface only; `openApplicationStore` picks the implementation.
 *
 * The store never keeps an e-mail address, only a salted keyed hash of it (see keys.ts), and
 * never logs a reference in clear.
 */
import type { ApplicationStatus } from './statuses.js';

/** One change of status, as kept in an application's history. */
export interface StatusChange {
  status: ApplicationStatus;
  /** When the status changed (the source's date on import, the recruiter's on `set`). */
  at: Date;
  /** A message for the candidate ("Entretien prévu le 12 mars"), shown to them as written. */
  note?: string;
  /** Who made the change (a recruiter's name or id); never shown to candidates. */
  author?: string;
}

/** An application as recruiters see it. */
export interface Application {
  /** The dossier reference as first given, trimmed (lookups ignore case and spaces). */
  reference: string;
  /** The offer applied to (an offer id from `knowledge/offers`, or the source's own label). */
  offerId: string;
  status: ApplicationStatus;
  /** Every change, oldest first. */
  history: StatusChange[];
  /** When Tremplin first stored the application. */
  createdAt: Date;
  /** The last change of the application at its source; purges go by this date. */
  updatedAt: Date;
}

/** What a verified candidate may see of their application: no author, no creation date. */
export interface CandidateApplication {
  reference: string;
  offerId: string;
  status: ApplicationStatus;
  history: Omit<StatusChange, 'author'>[];
  updatedAt: Date;
}

/** One application as an import brings it (a CSV line, a Démarches Simplifiées dossier). */
export interface ApplicationImport {
  reference: string;
  /** The candidate's address; only its salted hash is stored. */
  email: string;
  offerId: string;
  status: ApplicationStatus;
  /** The source's date of last change. */
  updatedAt: Date;
  /** Who imports, recorded as the author of the history entries this import adds. */
  author?: string;
}

/**
 * What an import did to one application:
 * - `imported`: it was new;
 * - `updated`: its status, offer, address or date changed (a new status adds a history entry);
 * - `unchanged`: same offer, status, address and date as stored (importing twice is harmless);
 * - `stale`: the stored application changed after the import's date (a recruiter's `set`
 *   after the export was made, or an older export): left as it is.
 */
export type UpsertOutcome = 'imported' | 'updated' | 'unchanged' | 'stale';

/** Options of a recruiter's status change. */
export interface SetStatusOptions {
  /** A message for the candidate, kept in the history. Default none. */
  note?: string;
  /** Who changes the status. Default none. */
  author?: string;
  /** When the change happened. Default: now (the store's clock). */
  at?: Date;
}

/**
 * Failed verifications per key (a dossier, a client, a conversation), shared by every instance
 * that uses the same database (or Redis). `VerificationLimiter` decides; this only remembers.
 * Keys are stored as keyed hashes.
 */
export interface VerificationAttemptLog {
  /**
   * Remembers a failure of `key` at `at` and returns how many failures `key` has after
   * `windowStart` (this one included). Forgets everyone's failures older than `forgetBefore`
   * (default `windowStart`): keys with longer windows pass the longest.
   */
  recordFailure(key: string, at: Date, windowStart: Date, forgetBefore?: Date): Promise<number>;
  /** How many failures `key` has after `windowStart`. */
  failuresSince(key: string, windowStart: Date): Promise<number>;
  /** Refuses `key` until `until` and forgets its failures (a fresh start once the block ends). */
  block(key: string, until: Date): Promise<void>;
  /** When the block on `key` ends, or `null` when it is not blocked at `now`. */
  blockedUntil(key: string, now: Date): Promise<Date | null>;
}

/** The application-status store. Every method may be called concurrently. */
export interface ApplicationStore {
  /** `sqlite` or `postgres`: which implementation this is, for health pages and logs. */
  readonly kind: 'sqlite' | 'postgres';
  /**
   * The candidate's lookup: their application when BOTH the reference and the e-mail address
   * match, else `null` — the same `null`, in about the same time, for an unknown reference and
   * a wrong address, so nobody learns which references exist. Not rate-limited: the bot goes
   * through `VerificationLimiter.verify`.
   */
  verify(reference: string, email: string): Promise<CandidateApplication | null>;
  /** A recruiter's view of one application, or `null` when the reference is unknown. */
  show(reference: string): Promise<Application | null>;
  /**
   * A recruiter changes the status: appends to the history (even when the status is the same,
   * so a new note is kept) and returns the application, or `null` when the reference is unknown.
   */
  set(reference: string, status: ApplicationStatus, options?: SetStatusOptions): Promise<Application | null>;
  /**
   * Imports a batch in one transaction; returns one outcome per row, in order. Idempotent:
   * the same reference, offer, status, address and date add nothing. Rows for one reference
   * are applied in order. Inputs must be valid (the command line checks them first); an invalid
   * row throws and the whole batch is rolled back.
   */
  upsert(rows: readonly ApplicationImport[]): Promise<UpsertOutcome[]>;
  /** Deletes applications (and their history) whose last change is before `olderThan`; returns how many. */
  purge(options: { olderThan: Date }): Promise<number>;
  /** How many applications are stored. */
  count(): Promise<number>;
  /** A reference as it may appear in logs: `ref#1a2b3c` (a short keyed hash). */
  maskReference(reference: string): string;
  /** Failed verifications, for `VerificationLimiter`. */
  readonly attempts: VerificationAttemptLog;
  /** Closes the database (the file or the connection pool). The store is unusable afterwards. */
  close(): Promise<void>;
}
