/**
 * The database schema, as an ordered list of migrations applied once each at start and
 * recorded in `schema_migrations`. Never edit a released migration: add the next one. One SQL
 * text serves both databases, with the few words that differ (`Dialect`) filled in.
 */

/** The words that differ between the two databases. */
export interface Dialect {
  name: 'sqlite' | 'postgres';
  /** Column type of times (milliseconds since 1970). */
  time: string;
  /** Column definition of an auto-incremented primary key. */
  serialKey: string;
}

/** How each database spells the `Dialect` words. */
export const DIALECTS: Readonly<Record<Dialect['name'], Dialect>> = {
  sqlite: { name: 'sqlite', time: 'INTEGER', serialKey: 'INTEGER PRIMARY KEY AUTOINCREMENT' },
  postgres: { name: 'postgres', time: 'BIGINT', serialKey: 'BIGSERIAL PRIMARY KEY' },
};

/** One step of the schema. */
export interface Migration {
  /** Applied in increasing order; never reused. */
  version: number;
  /** What it adds, for the log line and `schema_migrations`. */
  description: string;
  /** Its SQL (several statements) for one database. */
  sql: (dialect: Dialect) => string;
}

/** Every migration, in order. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'applications, their status history, store settings',
    sql: ({ time, serialKey }) => `
      CREATE TABLE applications (
        reference_key TEXT PRIMARY KEY,
        reference     TEXT NOT NULL,
        offer_id      TEXT NOT NULL,
        status        TEXT NOT NULL,
        email_salt    TEXT NOT NULL,
        email_hash    TEXT NOT NULL,
        created_at    ${time} NOT NULL,
        updated_at    ${time} NOT NULL
      );
      CREATE INDEX applications_updated_at ON applications (updated_at);
      CREATE TABLE application_history (
        id            ${serialKey},
        reference_key TEXT NOT NULL REFERENCES applications (reference_key) ON DELETE CASCADE,
        status        TEXT NOT NULL,
        at            ${time} NOT NULL,
        note          TEXT,
        author        TEXT
      );
      CREATE INDEX application_history_reference ON application_history (reference_key, at, id);
      CREATE TABLE store_settings (
        name  TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );`,
  },
  {
    version: 2,
    description: 'failed verifications and blocked keys (rate limiting)',
    sql: ({ time }) => `
      CREATE TABLE verification_failures (
        key_hash TEXT NOT NULL,
        at       ${time} NOT NULL
      );
      CREATE INDEX verification_failures_key ON verification_failures (key_hash, at);
      CREATE INDEX verification_failures_at ON verification_failures (at);
      CREATE TABLE verification_blocks (
        key_hash TEXT PRIMARY KEY,
        until    ${time} NOT NULL
      );`,
  },
  {
    version: 3,
    description: 'insights: unanswered questions, escalations and answer feedback (texts masked)',
    sql: ({ time, serialKey }) => `
      CREATE TABLE insight_questions (
        id              ${serialKey},
        kind            TEXT NOT NULL,
        question        TEXT NOT NULL,
        lang            TEXT NOT NULL,
        channel         TEXT NOT NULL,
        intent          TEXT,
        organisation_id TEXT,
        at              ${time} NOT NULL
      );
      CREATE INDEX insight_questions_at ON insight_questions (at);
      CREATE TABLE insight_feedback (
        id       ${serialKey},
        helpful  INTEGER NOT NULL,
        intent   TEXT NOT NULL,
        sources  TEXT NOT NULL,
        question TEXT,
        lang     TEXT NOT NULL,
        channel  TEXT NOT NULL,
        at       ${time} NOT NULL
      );
      CREATE INDEX insight_feedback_at ON insight_feedback (at);`,
  },
  {
    version: 4,
    description: 'insights: who asked (a keyed hash of the visitor) and the offer or team a question is about',
    sql: () => `
      ALTER TABLE insight_questions ADD COLUMN visitor TEXT;
      ALTER TABLE insight_questions ADD COLUMN offer_id TEXT;
      ALTER TABLE insight_questions ADD COLUMN team_id TEXT;`,
  },
];

/** The table that records applied migrations, in either database. */
export const SCHEMA_MIGRATIONS_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  BIGINT NOT NULL
  )`;

/** The migrations not yet applied, given the versions already recorded. */
export function pendingMigrations(applied: Iterable<number>, all: readonly Migration[] = MIGRATIONS): Migration[] {
  const done = new Set(applied);
  return [...all].sort((a, b) => a.version - b.version).filter((m) => !done.has(m.version));
}

/** Name of the setting holding the pepper's fingerprint. */
export const FINGERPRINT_SETTING = 'email_key_fingerprint';
