/**
 * Opens the insights in Tremplin's database: the PostgreSQL database of `DATABASE_URL` when it
 * is set (several instances), else the SQLite file of the data folder, the same one the
 * application store uses. Whoever opens the database first applies the pending migrations.
 */
import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { assertPostgresUrl, SQLITE_FILE } from '../applications/database.js';
import { loadPepper } from '../applications/keys.js';
import type { Migration } from '../applications/migrations.js';
import type { Logger } from '../logger.js';
import type { Insights } from './insights.js';
import { RecordedInsights, type RecorderOptions } from './recorder.js';
import { SqliteInsightStorage } from './sqlite-storage.js';

/** Options of `openInsights`; none is needed in production. */
export interface OpenInsightsOptions extends RecorderOptions {
  /** The schema. Default: every migration of migrations.ts. */
  migrations?: readonly Migration[];
}

/**
 * Opens the record of unanswered questions and feedback. Throws when the database cannot be
 * opened (the bot then runs without it) or when `DATABASE_URL` is not a PostgreSQL address.
 */
export async function openInsights(
  config: Pick<Config, 'dataDir' | 'databaseUrl'> & Partial<Pick<Config, 'applicationsPepper'>>,
  logger: Logger,
  options: OpenInsightsOptions = {},
): Promise<Insights> {
  // Visitors are hashed with a key of their own derived from the secret the application store keeps.
  const pepper = await loadPepper(config.dataDir, config.applicationsPepper, logger);
  options = { visitorKey: createHmac('sha256', pepper.bytes).update('tremplin/insights/visitor').digest(), ...options };
  if (config.databaseUrl) {
    assertPostgresUrl(config.databaseUrl);
    // Loaded only when used: one-machine installs never load the PostgreSQL driver.
    const { PostgresInsightStorage } = await import('./postgres-storage.js');
    const storage = await PostgresInsightStorage.open({ connectionString: config.databaseUrl, logger, migrations: options.migrations });
    return new RecordedInsights(storage, logger, options);
  }
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const storage = SqliteInsightStorage.open({ file: path.join(config.dataDir, SQLITE_FILE), logger, migrations: options.migrations });
  return new RecordedInsights(storage, logger, options);
}
