/**
 * Connections to Redis, set up so that Redis going away never freezes a conversation: a
 * command fails at once when the connection is down (no offline queue) and after a short
 * timeout when Redis does not answer, while ioredis keeps reconnecting in the background.
 * Shared by the conversation state (src/bot/state/redis-storage.ts) and the Direct Line
 * store (src/channels/directline/redis-store.ts), which decide what a failure means for them.
 */
import { Redis, ReplyError } from 'ioredis';
import { redisErrors, TremplinError } from '../errors.js';
import type { Logger } from '../logger.js';

export type { Redis };

/** How quickly Redis trouble is noticed and how often it is tried again. */
export interface RedisConnectionOptions {
  /** Time to establish a connection, in ms. Default 2,000: long enough across a data centre, short enough not to stall start-up. */
  connectTimeoutMs?: number;
  /**
   * A command without an answer for this long fails, in ms. Default 1,000. Redis answers in
   * about a millisecond; a longer timeout only makes users wait longer when it hangs.
   */
  commandTimeoutMs?: number;
  /** Longest pause between two reconnection attempts, in ms. Default 2,000 (attempts start at 50 ms and grow). */
  maxReconnectDelayMs?: number;
  /** Name shown by `CLIENT LIST`, to tell Tremplin's connections apart. Default `tremplin`. */
  name?: string;
}

/** A Redis command failed because Redis could not be reached, did not answer in time, or refused it. */
export class RedisUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RedisUnavailableError';
  }
}

/** Throws a `TremplinError` unless `url` is a `redis://` or `rediss://` address. */
export function checkRedisUrl(url: string): void {
  if (!/^rediss?:\/\/[^\s]+$/i.test(url)) throw new TremplinError('redis_url_invalid', redisErrors.invalidUrl);
}

/**
 * Opens a connection to `url` (it connects in the background; see `waitUntilReady`). Its
 * errors are logged at debug level only: the stores using it report outages once, in their
 * own words.
 */
export function connectRedis(url: string, logger: Logger, options: RedisConnectionOptions = {}): Redis {
  checkRedisUrl(url);
  const maxDelay = options.maxReconnectDelayMs ?? 2000;
  const client = new Redis(url, {
    connectionName: options.name ?? 'tremplin',
    connectTimeout: options.connectTimeoutMs ?? 2000,
    commandTimeout: options.commandTimeoutMs ?? 1000,
    // Fail instead of waiting for a connection that may not come back.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResubscribe: false,
    retryStrategy: (attempt) => Math.min(50 * 2 ** Math.min(attempt, 10), maxDelay),
    disableClientInfo: true,
  });
  client.on('error', (err: Error) => logger.debug({ err: err.message }, redisErrors.connectionError));
  return client;
}

/** Resolves true when `client` is ready, false after `timeoutMs` (it keeps trying in the background). */
export async function waitUntilReady(client: Redis, timeoutMs: number): Promise<boolean> {
  if (client.status === 'ready') return true;
  return new Promise((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      client.off('ready', onReady);
      resolve(ready);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    client.on('ready', onReady);
  });
}

/** Closes `client` without waiting for a Redis that may be gone. */
export async function closeRedis(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  if (client.status === 'ready') {
    try {
      await client.quit();
      return;
    } catch {
      // Fall through: drop the connection.
    }
  }
  client.disconnect();
}

/**
 * Whether `err` means Redis cannot serve right now (connection lost, timeout, Redis loading
 * its data, out of memory…), as opposed to a mistake of ours that Redis refused (`ERR …`,
 * `WRONGTYPE …`), which must surface instead of passing for an outage.
 */
export function isUnavailable(err: unknown): boolean {
  if (!(err instanceof ReplyError)) return true;
  const message = (err as Error).message;
  return !/^(ERR|WRONGTYPE|NOSCRIPT)\b/.test(message) || /max number of clients/i.test(message);
}

/**
 * Runs one Redis call, turning a failure to reach Redis into a `RedisUnavailableError`
 * carrying `message` and the cause, so callers tell "Redis is away" from their own errors
 * (which are rethrown as they are).
 */
export async function attempt<T>(message: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (!isUnavailable(err)) throw err;
    throw new RedisUnavailableError(`${message}: ${(err as Error)?.message ?? String(err)}`, { cause: err });
  }
}
