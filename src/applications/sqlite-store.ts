/**
 * The application store in a SQLite file (better-sqlite3): the default, for one machine.
 * WAL journal so the bot keeps reading while the command line imports, a busy timeout so two
 * writers wait for each other instead of failing, foreign keys on so a purge takes the history
 * with it. Calls are synchronous underneath; the async interface is for PostgreSQL's sake.
 */
import type Database from 'better-sqlite3';
import type { Logger } from '../logger.js';
import { checkFingerprint, logMigrations, type StoreOpening } from './lifecycle.js';
import type { ApplicationKeys } from './keys.js';
import { applySqliteMigrations, openSqliteDatabase } from './database.js';
import { FINGERPRINT_SETTING, MIGRATIONS } from './migrations.js';
import { normaliseEmail, normaliseReference } from './normalise.js';
import { checkSet, optionalText, toApplication, toCandidateApplication, type HistoryRow, type StoredApplication } from './records.js';
import type { ApplicationStatus } from './statuses.js';
import type {
  Application,
  ApplicationImport,
  ApplicationStore,
  CandidateApplication,
  SetStatusOptions,
  UpsertOutcome,
  VerificationAttemptLog,
} from './store.js';
import { batchKeys, planUpserts } from './upsert-plan.js';

/** How to open a SQLite store. */
export interface SqliteStoreOptions extends StoreOpening {
  /** The database file; created with mode 0600 when missing. */
  file: string;
  /** How long a write waits for another process's write, in ms. Default 5000. */
  busyTimeoutMs?: number;
}

const APPLICATION_COLUMNS = `reference_key AS referenceKey, reference, offer_id AS offerId, status,
  email_salt AS emailSalt, email_hash AS emailHash, created_at AS createdAt, updated_at AS updatedAt`;

/** The SQLite implementation of `ApplicationStore`. Open it with `SqliteApplicationStore.open`. */
export class SqliteApplicationStore implements ApplicationStore {
  readonly kind = 'sqlite' as const;
  readonly attempts: VerificationAttemptLog;
  private readonly statements;

  private constructor(
    private readonly db: Database.Database,
    private readonly keys: ApplicationKeys,
    private readonly logger: Logger,
    private readonly now: () => Date,
  ) {
    this.statements = {
      application: db.prepare<[string], StoredApplication>(`SELECT ${APPLICATION_COLUMNS} FROM applications WHERE reference_key = ?`),
      history: db.prepare<[string], HistoryRow>(
        `SELECT reference_key AS referenceKey, status, at, note, author FROM application_history
         WHERE reference_key = ? ORDER BY at, id`,
      ),
      write: db.prepare<[StoredApplication]>(
        `INSERT INTO applications (reference_key, reference, offer_id, status, email_salt, email_hash, created_at, updated_at)
         VALUES (@referenceKey, @reference, @offerId, @status, @emailSalt, @emailHash, @createdAt, @updatedAt)
         ON CONFLICT (reference_key) DO UPDATE SET offer_id = excluded.offer_id, status = excluded.status,
           email_salt = excluded.email_salt, email_hash = excluded.email_hash, updated_at = excluded.updated_at`,
      ),
      append: db.prepare<[HistoryRow]>(
        `INSERT INTO application_history (reference_key, status, at, note, author)
         VALUES (@referenceKey, @status, @at, @note, @author)`,
      ),
      setStatus: db.prepare<[ApplicationStatus, number, string]>(
        'UPDATE applications SET status = ?, updated_at = max(updated_at, ?) WHERE reference_key = ?',
      ),
      purge: db.prepare<[number]>('DELETE FROM applications WHERE updated_at < ?'),
      count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM applications'),
      forgetFailures: db.prepare<[number]>('DELETE FROM verification_failures WHERE at <= ?'),
      forgetBlocks: db.prepare<[number]>('DELETE FROM verification_blocks WHERE until <= ?'),
      addFailure: db.prepare<[string, number]>('INSERT INTO verification_failures (key_hash, at) VALUES (?, ?)'),
      countFailures: db.prepare<[string, number], { n: number }>(
        'SELECT count(*) AS n FROM verification_failures WHERE key_hash = ? AND at > ?',
      ),
      block: db.prepare<[string, number]>(
        `INSERT INTO verification_blocks (key_hash, until) VALUES (?, ?)
         ON CONFLICT (key_hash) DO UPDATE SET until = max(until, excluded.until)`,
      ),
      clearFailures: db.prepare<[string]>('DELETE FROM verification_failures WHERE key_hash = ?'),
      blockedUntil: db.prepare<[string, number], { until: number }>(
        'SELECT until FROM verification_blocks WHERE key_hash = ? AND until > ?',
      ),
    };
    this.attempts = this.attemptLog();
  }

  /**
   * Opens (creating if needed) the database file, applies pending migrations in one
   * `BEGIN IMMEDIATE` transaction (so two processes starting together take turns) and checks
   * the pepper against the one the database was filled with.
   */
  static open(options: SqliteStoreOptions): SqliteApplicationStore {
    const db = openSqliteDatabase(options.file, options.busyTimeoutMs);
    const known = options.migrations ?? MIGRATIONS;
    try {
      const migrate = db.transaction(() => {
        const run = applySqliteMigrations(db, known);
        db.prepare('INSERT INTO store_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING').run(
          FINGERPRINT_SETTING,
          options.keys.fingerprint,
        );
        const stored = db.prepare<[string], { value: string }>('SELECT value FROM store_settings WHERE name = ?').get(FINGERPRINT_SETTING);
        checkFingerprint(stored?.value, options.keys, options.pepperSource);
        return run;
      });
      const { applied, pending } = migrate.immediate();
      logMigrations(options.logger, 'sqlite', applied, pending, known);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteApplicationStore(db, options.keys, options.logger, options.now ?? (() => new Date()));
  }

  private load(referenceKey: string): Application | null {
    const row = this.statements.application.get(referenceKey);
    return row ? toApplication(row, this.statements.history.all(referenceKey)) : null;
  }

  async verify(reference: string, email: string): Promise<CandidateApplication | null> {
    const row = this.statements.application.get(normaliseReference(reference));
    const address = normaliseEmail(email);
    if (!row) return this.keys.emailMatchesNothing(address) || null;
    if (!this.keys.emailMatches(address, row.emailSalt, row.emailHash)) return null;
    return toCandidateApplication(toApplication(row, this.statements.history.all(row.referenceKey)));
  }

  async show(reference: string): Promise<Application | null> {
    return this.load(normaliseReference(reference));
  }

  async set(reference: string, status: ApplicationStatus, options: SetStatusOptions = {}): Promise<Application | null> {
    checkSet(reference, status, options);
    const referenceKey = normaliseReference(reference);
    const at = (options.at ?? this.now()).getTime();
    const change = this.db.transaction((): Application | null => {
      const { changes } = this.statements.setStatus.run(status, at, referenceKey);
      if (changes === 0) return null;
      this.statements.append.run({ referenceKey, status, at, note: optionalText(options.note), author: optionalText(options.author) });
      return this.load(referenceKey);
    });
    const application = change.immediate();
    if (application) this.logger.info({ ref: this.keys.maskReference(reference), status }, 'applications: status changed');
    return application;
  }

  async upsert(rows: readonly ApplicationImport[]): Promise<UpsertOutcome[]> {
    const apply = this.db.transaction((): UpsertOutcome[] => {
      const stored = new Map<string, StoredApplication>();
      for (const key of batchKeys(rows)) {
        const row = this.statements.application.get(key);
        if (row) stored.set(key, row);
      }
      const plan = planUpserts(rows, stored, this.keys, this.now().getTime());
      for (const write of plan.writes) this.statements.write.run(write);
      for (const entry of plan.history) this.statements.append.run(entry);
      return plan.outcomes;
    });
    return apply.immediate();
  }

  async purge({ olderThan }: { olderThan: Date }): Promise<number> {
    const { changes } = this.statements.purge.run(olderThan.getTime());
    this.logger.info({ deleted: changes }, 'applications: old applications deleted');
    return changes;
  }

  async count(): Promise<number> {
    return this.statements.count.get()!.n;
  }

  maskReference(reference: string): string {
    return this.keys.maskReference(reference);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private attemptLog(): VerificationAttemptLog {
    const s = this.statements;
    const hash = (key: string) => this.keys.hashAttemptKey(key);
    const record = this.db.transaction((keyHash: string, at: number, windowStart: number, forgetBefore: number): number => {
      s.forgetFailures.run(forgetBefore);
      s.forgetBlocks.run(at);
      s.addFailure.run(keyHash, at);
      return s.countFailures.get(keyHash, windowStart)!.n;
    });
    const block = this.db.transaction((keyHash: string, until: number) => {
      s.block.run(keyHash, until);
      s.clearFailures.run(keyHash);
    });
    return {
      recordFailure: async (key, at, windowStart, forgetBefore = windowStart) =>
        record.immediate(hash(key), at.getTime(), windowStart.getTime(), forgetBefore.getTime()),
      failuresSince: async (key, windowStart) => s.countFailures.get(hash(key), windowStart.getTime())!.n,
      block: async (key, until) => block.immediate(hash(key), until.getTime()),
      blockedUntil: async (key, now) => {
        const row = s.blockedUntil.get(hash(key), now.getTime());
        return row ? new Date(row.until) : null;
      },
    };
  }
}
