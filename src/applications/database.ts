/**
 * Opening Tremplin's database, shared by everything that keeps data in it (the application
 * store, the insights on unanswered questions): the SQLite file and its settings, a
 * PostgreSQL transaction helper, and the migration runner for both. Whichever opens the
 * database first applies every pending migration of migrations.ts; the others find none.
 */
import { chmodSync, existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { applicationsErrors, TremplinError } from '../errors.js';
import { DIALECTS, pendingMigrations, SCHEMA_MIGRATIONS_TABLE, type Migration } from './migrations.js';

/** Name of the SQLite database file in the data folder. */
export const SQLITE_FILE = 'applications.sqlite';

/** Throws the `applications:` error operators understand when `url` is not a PostgreSQL address. */
export function assertPostgresUrl(url: string): void {
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new TremplinError('applications_database_url', applicationsErrors.unsupportedDatabaseUrl());
  }
}

/** What a migration run found and did. */
export interface MigrationRun {
  /** Versions already recorded before this run. */
  applied: number[];
  /** The migrations this run applied, in order. */
  pending: Migration[];
}

/**
 * Opens (creating with mode 0600 if needed) a SQLite database file: WAL journal so readers
 * never wait for a writer and several processes share the file, a busy timeout so two
 * writers wait for each other instead of failing, foreign keys on.
 * @param busyTimeoutMs how long a write waits for another process's write. Default 5000.
 */
export function openSqliteDatabase(file: string, busyTimeoutMs = 5000): Database.Database {
  const created = !existsSync(file);
  const db = new Database(file);
  try {
    if (created) chmodSync(file, 0o600);
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Applies pending migrations to a SQLite database. Call it inside a `BEGIN IMMEDIATE` transaction. */
export function applySqliteMigrations(db: Database.Database, known: readonly Migration[]): MigrationRun {
  db.exec(SCHEMA_MIGRATIONS_TABLE);
  const applied = db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((r) => r.version);
  const pending = pendingMigrations(applied, known);
  for (const migration of pending) {
    db.exec(migration.sql(DIALECTS.sqlite));
    db.prepare('INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)').run(
      migration.version,
      migration.description,
      Date.now(),
    );
  }
  return { applied, pending };
}

/** Runs `work` in a transaction on one pooled connection, rolling back on any error. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Applies pending migrations to a PostgreSQL database. Call it inside a transaction: it takes
 * an advisory lock until the transaction ends, so instances starting together take turns.
 */
export async function applyPostgresMigrations(client: pg.PoolClient, known: readonly Migration[]): Promise<MigrationRun> {
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('tremplin/applications/migrations'))`);
  await client.query(SCHEMA_MIGRATIONS_TABLE);
  const done = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
  const applied = done.rows.map((r) => Number(r.version));
  const pending = pendingMigrations(applied, known);
  for (const migration of pending) {
    await client.query(migration.sql(DIALECTS.postgres));
    await client.query('INSERT INTO schema_migrations (version, description, applied_at) VALUES ($1, $2, $3)', [
      migration.version,
      migration.description,
      Date.now(),
    ]);
  }
  return { applied, pending };
}
