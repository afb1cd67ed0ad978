/**
 * Opens the application store the configuration asks for: PostgreSQL when `DATABASE_URL` is
 * set (several instances), else the SQLite file `applications.sqlite` in the data folder —
 * with its failed verifications in Redis when `REDIS_URL` is set and the bot asks for it, so
 * that the limiter's counts are shared by instances that share Redis but not a database.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { assertPostgresUrl, SQLITE_FILE } from './database.js';
import { createApplicationKeys, loadPepper } from './keys.js';
import type { Migration } from './migrations.js';
import { SqliteApplicationStore } from './sqlite-store.js';
import type { RedisConnectionOptions } from '../redis/connect.js';
import type { RedisAttemptLog } from './redis-attempts.js';
import type { ApplicationStatus } from './statuses.js';
import type { ApplicationImport, ApplicationStore, SetStatusOptions } from './store.js';

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
  /**
   * Keep failed verifications in Redis when `REDIS_URL` is set and the store is SQLite (the
   * bot, several instances). Default false: the command line never needs them.
   */
  shareFailures?: boolean;
  /**
   * Timeouts of the Redis connection of shared failures. Default: src/redis/connect.ts's (a
   * command waits 1 s before counting locally). Tests on a busy machine give more.
   */
  redisConnection?: RedisConnectionOptions;
}

/** A store whose failed verifications live in Redis; everything else as `inner` keeps it. */
class StoreWithSharedFailures implements ApplicationStore {
  constructor(
    private readonly inner: ApplicationStore,
    readonly attempts: RedisAttemptLog,
  ) {}

  get kind() {
    return this.inner.kind;
  }
  verify(reference: string, email: string) {
    return this.inner.verify(reference, email);
  }
  show(reference: string) {
    return this.inner.show(reference);
  }
  set(reference: string, status: ApplicationStatus, options?: SetStatusOptions) {
    return this.inner.set(reference, status, options);
  }
  upsert(rows: readonly ApplicationImport[]) {
    return this.inner.upsert(rows);
  }
  purge(options: { olderThan: Date }) {
    return this.inner.purge(options);
  }
  count() {
    return this.inner.count();
  }
  maskReference(reference: string) {
    return this.inner.maskReference(reference);
  }
  async close() {
    await this.attempts.close();
    await this.inner.close();
  }
}

/**
 * Opens the store (applying pending migrations) with the pepper from `APPLICATIONS_PEPPER`
 * or, by default, from `applications.pepper` in the data folder (created on first use).
 * Throws a `TremplinError` when the database was filled with another pepper, or when
 * `DATABASE_URL` is not a PostgreSQL address.
 */
export async function openApplicationStore(
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'applicationsPepper'> & Partial<Pick<Config, 'redisUrl'>>,
  logger: Logger,
  options: OpenApplicationStoreOptions = {},
): Promise<ApplicationStore> {
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const pepper = await loadPepper(config.dataDir, config.applicationsPepper, logger);
  const { shareFailures, redisConnection, ...storeOptions } = options;
  const keys = createApplicationKeys(pepper.bytes);
  const common = { keys, logger, pepperSource: pepper.source, ...storeOptions };
  if (config.databaseUrl) {
    assertPostgresUrl(config.databaseUrl);
    // Loaded only when used: one-machine installs never load the PostgreSQL driver.
    const { PostgresApplicationStore } = await import('./postgres-store.js');
    return PostgresApplicationStore.open({ connectionString: config.databaseUrl, ...common });
  }
  const store = SqliteApplicationStore.open({ file: path.join(config.dataDir, SQLITE_FILE), ...common });
  if (!shareFailures || !config.redisUrl) return store;
  // Loaded only when used, as the PostgreSQL driver: the command line never loads ioredis.
  const [{ connectRedis, waitUntilReady }, { RedisAttemptLog }] = await Promise.all([import('../redis/connect.js'), import('./redis-attempts.js')]);
  const client = connectRedis(config.redisUrl, logger, { name: 'tremplin-verifications', ...redisConnection });
  // As the conversation state does: wait a moment for Redis, start without it if it is away.
  await waitUntilReady(client, 2000);
  return new StoreWithSharedFailures(store, new RedisAttemptLog({ client, hash: keys.hashAttemptKey, fallback: store.attempts, logger }));
}
