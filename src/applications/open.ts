/**
 * Opens the application store the configuration asks for: PostgreSQL when `DATABASE_URL` is
 * set (several instances), else the SQLite file `applications.sqlite` in the data folder.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { assertPostgresUrl, SQLITE_FILE } from './database.js';
import { createApplicationKeys, loadPepper } from './keys.js';
import type { Migration } from './migrations.js';
import { SqliteApplicationStore } from './sqlite-store.js';
import type { ApplicationStore } from './store.js';

export { SQLITE_FILE } from './database.js';

/** Options of `openApplicationStore`; none is needed in production. */
export interface OpenApplicationStoreOptions {
  /** The clock for creation dates and `set` without a date. Default: the system clock. */
  now?: () => Date;
  /** The schema. Default: every migration of migrations.ts; tests pass more to check upgrades. */
  migrations?: readonly Migration[];
  /**
   * SQLite only: how long a statement waits for another process's lock before failing, in ms.
   * Default 5000: an import finishes well within it. While the file stays locked, every lookup
   * that must write waits this long before the candidate is told the service is unavailable.
   */
  busyTimeoutMs?: number;
}

/**
 * Opens the store (applying pending migrations) with the pepper from `APPLICATIONS_PEPPER`
 * or, by default, from `applications.pepper` in the data folder (created on first use).
 * Throws a `TremplinError` when the database was filled with another pepper, or when
 * `DATABASE_URL` is not a PostgreSQL address.
 */
export async function openApplicationStore(
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'applicationsPepper'>,
  logger: Logger,
  options: OpenApplicationStoreOptions = {},
): Promise<ApplicationStore> {
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const pepper = await loadPepper(config.dataDir, config.applicationsPepper, logger);
  const common = { keys: createApplicationKeys(pepper.bytes), logger, pepperSource: pepper.source, ...options };
  if (config.databaseUrl) {
    assertPostgresUrl(config.databaseUrl);
    // Loaded only when used: one-machine installs never load the PostgreSQL driver.
    const { PostgresApplicationStore } = await import('./postgres-store.js');
    return PostgresApplicationStore.open({ connectionString: config.databaseUrl, ...common });
  }
  return SqliteApplicationStore.open({ file: path.join(config.dataDir, SQLITE_FILE), ...common });
}
