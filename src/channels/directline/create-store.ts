/**
 * Chooses where Direct Line conversations live: in this process's memory by default, in Redis
 * when `REDIS_URL` is set, so that several instances behind a load balancer serve the same
 * conversations (and a stream on one instance gets the replies made on another).
 */
import type { Config } from '../../config.js';
import type { HasHealth } from '../../health.js';
import type { Logger } from '../../logger.js';
import type { RedisConnectionOptions } from '../../redis/connect.js';
import { MemoryDirectLineStore } from './memory-store.js';
import type { DirectLineStore } from './store.js';

/** A Direct Line store that reports its health (for /healthz). */
export type CheckedDirectLineStore = DirectLineStore & HasHealth;

/** Limits of the store, as `createDirectLine`'s limits give them; all optional. */
export interface DirectLineStoreOptions {
  /** Activities kept per conversation. Default 500. */
  maxActivities?: number;
  /** Bytes of activities kept per conversation. Default 256 KiB. */
  maxConversationBytes?: number;
  /** Conversations one client address keeps. Default 100. */
  maxConversationsPerOwner?: number;
  /** A conversation without activity for this long is forgotten. Default 1 hour. */
  idleTimeoutMs?: number;
  /** In memory only: conversations kept at most. Default 10,000 (Redis is bounded by its `maxmemory`). */
  maxConversations?: number;
  /** In memory only: bytes of activities kept in all. Default 16 MiB (Redis is bounded by its `maxmemory`). */
  maxBytes?: number;
  /** The clock, in milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Redis only: prefix of keys and channels. Default `tremplin:directline:`. */
  keyPrefix?: string;
  /** Redis only: connection timeouts (see `RedisConnectionOptions`). */
  connection?: RedisConnectionOptions;
  /** Redis only: while it is away, how often it is tried again, in ms. Default 1,000. */
  retryEveryMs?: number;
}

/**
 * The store `config` asks for; pass it to `createDirectLine({ …, store })`, which closes it.
 * With Redis, waits up to the connection timeout for it; if it cannot be reached, the endpoint
 * starts anyway, serves from memory and says `degraded` until it can (see resilient-store.ts).
 */
export async function createDirectLineStore(
  config: Pick<Config, 'redisUrl'>,
  logger: Logger,
  options: DirectLineStoreOptions = {},
): Promise<CheckedDirectLineStore> {
  const { keyPrefix, connection, maxConversations, maxBytes, retryEveryMs, ...limits } = options;
  const memory = new MemoryDirectLineStore({ ...limits, maxConversations, maxBytes });
  if (!config.redisUrl) return memory;
  // Loaded only with Redis: a single instance keeps ioredis out of its memory.
  const [{ connectRedis }, { RedisDirectLineStore }, { ResilientDirectLineStore }] = await Promise.all([
    import('../../redis/connect.js'),
    import('./redis-store.js'),
    import('./resilient-store.js'),
  ]);
  const client = connectRedis(config.redisUrl, logger, { name: 'tremplin-directline', ...connection });
  const primary = new RedisDirectLineStore({ client, logger, keyPrefix, ...limits });
  const store = new ResilientDirectLineStore({ primary, fallback: memory, logger, retryEveryMs });
  await store.whenReady(connection?.connectTimeoutMs ?? 2000);
  return store;
}
