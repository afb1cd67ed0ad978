/**
 * The application store in PostgreSQL (a `pg` Pool), for several bot instances sharing one
 * database. Migrations run in one transaction under an advisory lock, so instances starting
 * together take turns and each migration is applied once. Imports write a whole batch in
 * three statements (read with FOR UPDATE, then bulk `unnest` writes).
 */
import pg from 'pg';
import type { Logger } from '../logger.js';
import { checkFingerprint, logMigrations, type StoreOpening } from './lifecycle.js';
import type { ApplicationKeys } from './keys.js';
import { applyPostgresMigrations, inTransaction } from './database.js';
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

/** How to open a PostgreSQL store. */
export interface PostgresStoreOptions extends StoreOpening {
  /** `postgres://user:password@host:port/database`. */
  connectionString: string;
  /** Connections per instance. Default 10: verifications are short, imports use one. */
  poolSize?: number;
}

type Queryable = Pick<pg.PoolClient, 'query'>;

const APPLICATION_COLUMNS = `reference_key AS "referenceKey", reference, offer_id AS "offerId", status,
  email_salt AS "emailSalt", email_hash AS "emailHash", created_at AS "createdAt", updated_at AS "updatedAt"`;
const HISTORY_COLUMNS = `reference_key AS "referenceKey", status, at, note, author`;

/** BIGINT columns come back as strings from `pg`: times fit a JS number until year 275760. */
const storedFromRow = (row: StoredApplication): StoredApplication => ({
  ...row,
  createdAt: Number(row.createdAt),
  updatedAt: Number(row.updatedAt),
});
const historyFromRow = (row: HistoryRow): HistoryRow => ({ ...row, at: Number(row.at) });

/** The PostgreSQL implementation of `ApplicationStore`. Open it with `PostgresApplicationStore.open`. */
export class PostgresApplicationStore implements ApplicationStore {
  readonly kind = 'postgres' as const;
  readonly attempts: VerificationAttemptLog;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly keys: ApplicationKeys,
    private readonly logger: Logger,
    private readonly now: () => Date,
  ) {
    this.attempts = this.attemptLog();
  }

  /** Connects, applies pending migrations under an advisory lock and checks the pepper. */
  static async open(options: PostgresStoreOptions): Promise<PostgresApplicationStore> {
    const pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
    pool.on('error', (error) => options.logger.error({ err: error }, 'applications: a PostgreSQL connection was lost'));
    const known = options.migrations ?? MIGRATIONS;
    try {
      const { applied, pending } = await inTransaction(pool, async (client) => {
        const run = await applyPostgresMigrations(client, known);
        await client.query('INSERT INTO store_settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
          FINGERPRINT_SETTING,
          options.keys.fingerprint,
        ]);
        const stored = await client.query<{ value: string }>('SELECT value FROM store_settings WHERE name = $1', [FINGERPRINT_SETTING]);
        checkFingerprint(stored.rows[0]?.value, options.keys, options.pepperSource);
        return run;
      });
      logMigrations(options.logger, 'postgres', applied, pending, known);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresApplicationStore(pool, options.keys, options.logger, options.now ?? (() => new Date()));
  }

  private async row(db: Queryable, referenceKey: string, lock = false): Promise<StoredApplication | null> {
    const result = await db.query<StoredApplication>(
      `SELECT ${APPLICATION_COLUMNS} FROM applications WHERE reference_key = $1${lock ? ' FOR UPDATE' : ''}`,
      [referenceKey],
    );
    return result.rows[0] ? storedFromRow(result.rows[0]) : null;
  }

  private async history(db: Queryable, referenceKey: string): Promise<HistoryRow[]> {
    const result = await db.query<HistoryRow>(
      `SELECT ${HISTORY_COLUMNS} FROM application_history WHERE reference_key = $1 ORDER BY at, id`,
      [referenceKey],
    );
    return result.rows.map(historyFromRow);
  }

  async verify(reference: string, email: string): Promise<CandidateApplication | null> {
    const row = await this.row(this.pool, normaliseReference(reference));
    const address = normaliseEmail(email);
    if (!row) return this.keys.emailMatchesNothing(address) || null;
    if (!this.keys.emailMatches(address, row.emailSalt, row.emailHash)) return null;
    return toCandidateApplication(toApplication(row, await this.history(this.pool, row.referenceKey)));
  }

  async show(reference: string): Promise<Application | null> {
    const referenceKey = normaliseReference(reference);
    const row = await this.row(this.pool, referenceKey);
    return row ? toApplication(row, await this.history(this.pool, referenceKey)) : null;
  }

  async set(reference: string, status: ApplicationStatus, options: SetStatusOptions = {}): Promise<Application | null> {
    checkSet(reference, status, options);
    const referenceKey = normaliseReference(reference);
    const at = (options.at ?? this.now()).getTime();
    const application = await inTransaction(this.pool, async (client) => {
      const updated = await client.query(
        'UPDATE applications SET status = $1, updated_at = GREATEST(updated_at, $2) WHERE reference_key = $3',
        [status, at, referenceKey],
      );
      if (updated.rowCount === 0) return null;
      await client.query('INSERT INTO application_history (reference_key, status, at, note, author) VALUES ($1, $2, $3, $4, $5)', [
        referenceKey,
        status,
        at,
        optionalText(options.note),
        optionalText(options.author),
      ]);
      const row = await this.row(client, referenceKey);
      return row ? toApplication(row, await this.history(client, referenceKey)) : null;
    });
    if (application) this.logger.info({ ref: this.keys.maskReference(reference), status }, 'applications: status changed');
    return application;
  }

  async upsert(rows: readonly ApplicationImport[]): Promise<UpsertOutcome[]> {
    if (rows.length === 0) return [];
    return inTransaction(this.pool, async (client) => {
      const found = await client.query<StoredApplication>(
        `SELECT ${APPLICATION_COLUMNS} FROM applications WHERE reference_key = ANY($1::text[]) FOR UPDATE`,
        [batchKeys(rows)],
      );
      const stored = new Map(found.rows.map((r) => [r.referenceKey, storedFromRow(r)]));
      const plan = planUpserts(rows, stored, this.keys, this.now().getTime());
      if (plan.writes.length > 0) {
        const w = plan.writes;
        await client.query(
          `INSERT INTO applications (reference_key, reference, offer_id, status, email_salt, email_hash, created_at, updated_at)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[])
           ON CONFLICT (reference_key) DO UPDATE SET offer_id = EXCLUDED.offer_id, status = EXCLUDED.status,
             email_salt = EXCLUDED.email_salt, email_hash = EXCLUDED.email_hash, updated_at = EXCLUDED.updated_at`,
          [
            w.map((r) => r.referenceKey),
            w.map((r) => r.reference),
            w.map((r) => r.offerId),
            w.map((r) => r.status),
            w.map((r) => r.emailSalt),
            w.map((r) => r.emailHash),
            w.map((r) => r.createdAt),
            w.map((r) => r.updatedAt),
          ],
        );
      }
      if (plan.history.length > 0) {
        const h = plan.history;
        await client.query(
          `INSERT INTO application_history (reference_key, status, at, note, author)
           SELECT k, s, a, n, w FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[])
             WITH ORDINALITY AS e (k, s, a, n, w, i) ORDER BY i`,
          [h.map((e) => e.referenceKey), h.map((e) => e.status), h.map((e) => e.at), h.map((e) => e.note), h.map((e) => e.author)],
        );
      }
      return plan.outcomes;
    });
  }

  async purge({ olderThan }: { olderThan: Date }): Promise<number> {
    const result = await this.pool.query('DELETE FROM applications WHERE updated_at < $1', [olderThan.getTime()]);
    const deleted = result.rowCount ?? 0;
    this.logger.info({ deleted }, 'applications: old applications deleted');
    return deleted;
  }

  async count(): Promise<number> {
    const result = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM applications');
    return Number(result.rows[0]!.n);
  }

  maskReference(reference: string): string {
    return this.keys.maskReference(reference);
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  private attemptLog(): VerificationAttemptLog {
    const hash = (key: string) => this.keys.hashAttemptKey(key);
    return {
      // One statement: the count does not see the row the same statement inserts, hence + 1.
      recordFailure: async (key, at, windowStart, forgetBefore = windowStart) => {
        const result = await this.pool.query<{ n: string }>(
          `WITH forget_failures AS (DELETE FROM verification_failures WHERE at <= $4),
                forget_blocks AS (DELETE FROM verification_blocks WHERE until <= $2),
                added AS (INSERT INTO verification_failures (key_hash, at) VALUES ($1, $2))
           SELECT count(*) + 1 AS n FROM verification_failures WHERE key_hash = $1 AND at > $3`,
          [hash(key), at.getTime(), windowStart.getTime(), forgetBefore.getTime()],
        );
        return Number(result.rows[0]!.n);
      },
      failuresSince: async (key, windowStart) => {
        const result = await this.pool.query<{ n: string }>(
          'SELECT count(*) AS n FROM verification_failures WHERE key_hash = $1 AND at > $2',
          [hash(key), windowStart.getTime()],
        );
        return Number(result.rows[0]!.n);
      },
      block: async (key, until) => {
        await this.pool.query(
          `WITH cleared AS (DELETE FROM verification_failures WHERE key_hash = $1)
           INSERT INTO verification_blocks (key_hash, until) VALUES ($1, $2)
           ON CONFLICT (key_hash) DO UPDATE SET until = GREATEST(verification_blocks.until, EXCLUDED.until)`,
          [hash(key), until.getTime()],
        );
      },
      blockedUntil: async (key, now) => {
        const result = await this.pool.query<{ until: string }>(
          'SELECT until FROM verification_blocks WHERE key_hash = $1 AND until > $2',
          [hash(key), now.getTime()],
        );
        return result.rows[0] ? new Date(Number(result.rows[0].until)) : null;
      },
    };
  }
}
