/**
 * Failed verifications in Redis, for instances that share Redis but each keep their own
 * SQLite file: the limiter's counts (per dossier, per client) then hold across instances, as
 * they do with PostgreSQL. Each key's failures are a sorted set `<prefix>failures:<hash>` of
 * their times, expiring with the longest window; a block is a key `<prefix>block:<hash>` that
 * expires with it. Keys are the store's keyed hashes: no reference or address in clear.
 *
 * While Redis cannot be reached, the failures go to the local store's log (`fallback`), so
 * lookups keep their limits on each instance instead of failing.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import { attempt, closeRedis, RedisUnavailableError, type Redis } from '../redis/connect.js';
import type { VerificationAttemptLog } from './store.js';

/** Default key prefix of the failures in Redis. */
export const DEFAULT_ATTEMPTS_PREFIX = 'tremplin:verifications:';

/** Options of `RedisAttemptLog`. */
export interface RedisAttemptLogOptions {
  /** The connection (from `connectRedis`); closed by `close()`. */
  client: Redis;
  /** The keyed hash of a key (the store's `hashAttemptKey`). */
  hash: (key: string) => string;
  /** Where failures go while Redis cannot be reached: the local store's log. */
  fallback: VerificationAttemptLog;
  logger: Logger;
  /** Prefix of the keys. Default `tremplin:verifications:`. */
  keyPrefix?: string;
}

// KEYS[1] = failures, ARGV = at, window start, forget before, member. Returns the count in the window.
const RECORD = `
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
redis.call('PEXPIRE', KEYS[1], math.max(1, tonumber(ARGV[1]) - tonumber(ARGV[3])))
return redis.call('ZCOUNT', KEYS[1], '(' .. ARGV[2], '+inf')`;

type Scripted = Redis & { tremplinRecordFailure(key: string, ...args: (string | number)[]): Promise<number> };

/** The limiter's failures in Redis (see the module comment). */
export class RedisAttemptLog implements VerificationAttemptLog {
  private readonly client: Scripted;
  private readonly prefix: string;

  constructor(private readonly options: RedisAttemptLogOptions) {
    options.client.defineCommand('tremplinRecordFailure', { numberOfKeys: 1, lua: RECORD });
    this.client = options.client as Scripted;
    this.prefix = options.keyPrefix ?? DEFAULT_ATTEMPTS_PREFIX;
  }

  private failuresKey = (key: string) => `${this.prefix}failures:${this.options.hash(key)}`;
  private blockKey = (key: string) => `${this.prefix}block:${this.options.hash(key)}`;

  /** Runs `call` on Redis; on the fallback when Redis cannot be reached. */
  private async either<T>(call: () => Promise<T>, fallback: (log: VerificationAttemptLog) => Promise<T>): Promise<T> {
    try {
      return await attempt('applications: Redis', call);
    } catch (err) {
      if (!(err instanceof RedisUnavailableError)) throw err;
      this.options.logger.debug({ err: err.message }, 'applications: Redis unavailable, verification failures counted locally');
      return fallback(this.options.fallback);
    }
  }

  recordFailure(key: string, at: Date, windowStart: Date, forgetBefore = windowStart): Promise<number> {
    // Unique whoever records it: two instances can share a pid (containers) and a millisecond.
    const member = `${at.getTime()}:${randomUUID()}`;
    return this.either(
      async () => Number(await this.client.tremplinRecordFailure(this.failuresKey(key), at.getTime(), windowStart.getTime(), forgetBefore.getTime(), member)),
      (log) => log.recordFailure(key, at, windowStart, forgetBefore),
    );
  }

  failuresSince(key: string, windowStart: Date): Promise<number> {
    return this.either(
      () => this.client.zcount(this.failuresKey(key), `(${windowStart.getTime()}`, '+inf'),
      (log) => log.failuresSince(key, windowStart),
    );
  }

  block(key: string, until: Date): Promise<void> {
    return this.either(
      async () => {
        await this.client.multi().set(this.blockKey(key), String(until.getTime()), 'PXAT', until.getTime()).del(this.failuresKey(key)).exec();
      },
      (log) => log.block(key, until),
    );
  }

  blockedUntil(key: string, now: Date): Promise<Date | null> {
    return this.either(
      async () => {
        const until = Number(await this.client.get(this.blockKey(key)));
        return until > now.getTime() ? new Date(until) : null;
      },
      (log) => log.blockedUntil(key, now),
    );
  }

  /** Closes the connection. */
  close(): Promise<void> {
    return closeRedis(this.client);
  }
}
