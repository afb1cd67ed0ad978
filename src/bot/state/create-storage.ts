/**
 * Chooses where conversation and user state live: in this process's memory by default, in
 * Redis when `REDIS_URL` is set (several instances behind a load balancer), protected by
 * `ResilientStorage` so that a Redis outage degrades the bot instead of breaking it.
 */
import type { Storage } from 'botbuilder';
import type { Config } from '../../config.js';
import type { HasHealth } from '../../health.js';
import type { Logger } from '../../logger.js';
import type { RedisConnectionOptions } from '../../redis/connect.js';
import { BoundedMemoryStorage } from './bounded-memory-storage.js';

/** A botbuilder `Storage` that reports its health (for /healthz) and can be closed. */
export interface StateStorage extends Storage, HasHealth {
  close(): Promise<void>;
}

/** Options of `createStateStorage`; none is needed in production. */
export interface StateStorageOptions {
  /** Milliseconds after the last use before a conversation's state is forgotten. Default 1 hour. */
  ttlMs?: number;
  /** Prefix of the Redis keys. Default `tremplin:state:`. */
  keyPrefix?: string;
  /** Timeouts of the Redis connection (see `RedisConnectionOptions`). */
  connection?: RedisConnectionOptions;
  /** Entries the in-memory mirror keeps, and serves during a Redis outage. Default 5,000 (2,500 conversations). */
  fallbackEntries?: number;
  /** While Redis is away, how often it is tried again, in ms. Default 1,000. */
  retryEveryMs?: number;
}

/**
 * The state storage `config` asks for. With Redis, waits up to the connection timeout for it;
 * if it cannot be reached, starts degraded (logged, /healthz says so) and switches to Redis as
 * soon as it answers: a Redis down at start-up never stops Tremplin from starting.
 */
export async function createStateStorage(
  config: Pick<Config, 'redisUrl'>,
  logger: Logger,
  options: StateStorageOptions = {},
): Promise<StateStorage> {
  if (!config.redisUrl) return new BoundedMemoryStorage({ ttlMs: options.ttlMs });
  // Loaded only with Redis: a single instance keeps ioredis out of its memory.
  const [{ connectRedis, waitUntilReady }, { RedisStorage }, { ResilientStorage }] = await Promise.all([
    import('../../redis/connect.js'),
    import('./redis-storage.js'),
    import('./resilient-storage.js'),
  ]);
  const client = connectRedis(config.redisUrl, logger, { name: 'tremplin-state', ...options.connection });
  await waitUntilReady(client, options.connection?.connectTimeoutMs ?? 2000);
  return new ResilientStorage({
    primary: new RedisStorage({ client, keyPrefix: options.keyPrefix, ttlMs: options.ttlMs }),
    fallback: new BoundedMemoryStorage({ ttlMs: options.ttlMs, maxEntries: options.fallbackEntries ?? 5000 }),
    logger,
    retryEveryMs: options.retryEveryMs,
  });
}
