/**
 * Keeps the bot answering when Redis goes away. Wraps the shared storage (`RedisStorage`):
 * while Redis works, every call goes to it; when it cannot be reached, calls go at once to a
 * small in-memory fallback instead of failing, so the bot never sees an error: questions that
 * need no memory are answered as usual, and a conversation keeps its memory on the instance
 * that serves it (reads of what was written before the outage come back empty).
 *
 * The outage is logged once when it begins and once when it ends; `health()` says `degraded`
 * meanwhile (for /healthz). ioredis reconnects in the background; as soon as Redis answers
 * again, what was written during the outage is handed over to it, but only for keys Redis does
 * not hold: Redis's version wins, whether it was kept from before the outage or written since by
 * another instance, so nothing is ever overwritten with older data (turns of a conversation
 * already in Redis taken during the outage are forgotten). The fallback is then emptied and
 * Redis is the only source again.
 */
import type { Storage, StoreItems } from 'botbuilder';
import { stateErrors } from '../../errors.js';
import type { BackendHealth, HasHealth } from '../../health.js';
import type { Logger } from '../../logger.js';
import { RedisUnavailableError } from '../../redis/connect.js';
import { Outage } from '../../redis/outage.js';
import { BoundedMemoryStorage } from './bounded-memory-storage.js';
import type { SharedStorage } from './redis-storage.js';

/** Options of `ResilientStorage`. */
export interface ResilientStorageOptions {
  /** The shared storage, used whenever it can be reached. Closed by `close()`. */
  primary: SharedStorage;
  /** Where the outage is reported. */
  logger: Logger;
  /**
   * Where state goes while the primary is away. Default: a `BoundedMemoryStorage` of 1,000
   * entries, expiring after an hour: enough for the conversations of a short outage; beyond, the
   * least recently used are forgotten rather than letting memory grow.
   */
  fallback?: BoundedMemoryStorage;
  /**
   * While degraded, how often to check whether the primary is back, in ms, when no request and
   * no reconnection says so first. Default 1,000.
   */
  retryEveryMs?: number;
}

/** A `Storage` that falls back to memory while its shared storage is away (see the module comment). */
export class ResilientStorage implements Storage, HasHealth {
  private readonly primary: SharedStorage;
  private readonly fallback: BoundedMemoryStorage;
  private readonly outage: Outage;
  private readonly retryEveryMs: number;
  private recovering: Promise<boolean> | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(options: ResilientStorageOptions) {
    this.primary = options.primary;
    this.fallback = options.fallback ?? new BoundedMemoryStorage({ maxEntries: 1000 });
    this.retryEveryMs = options.retryEveryMs ?? 1000;
    this.outage = new Outage(options.logger, { began: stateErrors.redisOutage, ended: stateErrors.redisBack });
    this.primary.onAvailability((available) => {
      if (this.closed) return;
      if (available) void this.recover();
      else this.fail('connection lost');
    });
    if (!this.primary.available) this.fail('not connected');
  }

  /** `degraded` while the shared storage cannot be reached. */
  health(): BackendHealth {
    return this.outage.health();
  }

  /** Whether state is shared right now. */
  healthy(): boolean {
    return !this.outage.active;
  }

  private fail(cause: unknown): void {
    this.outage.begin(cause);
    if (!this.retryTimer && !this.closed) {
      this.retryTimer = setInterval(() => {
        if (this.primary.available) void this.recover();
      }, this.retryEveryMs);
      this.retryTimer.unref();
    }
  }

  /** Hands what was written during the outage over to the primary; resolves whether it is usable again. */
  private recover(): Promise<boolean> {
    if (!this.outage.active) return Promise.resolve(true);
    this.recovering ??= (async () => {
      try {
        const keys = this.fallback.keys();
        if (keys.length > 0) await this.primary.writeMissing(await this.fallback.read(keys));
        else await this.primary.ping();
        await this.fallback.delete(keys);
        clearInterval(this.retryTimer);
        this.retryTimer = undefined;
        this.outage.end({ handedOver: keys.length });
        return true;
      } catch {
        return false;
      } finally {
        this.recovering = undefined;
      }
    })();
    return this.recovering;
  }

  /**
   * Whether this call should go to the primary. During an outage, calls never wait for Redis:
   * only its reconnection and the retry timer try it again (a call arriving meanwhile waits for
   * the hand-over, a few milliseconds).
   */
  private async primaryUsable(): Promise<boolean> {
    if (this.recovering) return this.recovering;
    if (this.outage.active) return false;
    if (this.primary.available) return true;
    this.fail('connection lost');
    return false;
  }

  /** Runs `call` on the primary when it is usable; on the fallback otherwise or when it fails to reach Redis. */
  private async either<T>(call: (storage: Storage) => Promise<T>): Promise<T> {
    if (await this.primaryUsable()) {
      try {
        return await call(this.primary);
      } catch (err) {
        if (!(err instanceof RedisUnavailableError)) throw err;
        this.fail(err);
      }
    }
    return call(this.fallback);
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.either((storage) => storage.read(keys));
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError(stateErrors.changesRequired);
    return this.either((storage) => storage.write(changes));
  }

  async delete(keys: string[]): Promise<void> {
    await this.fallback.delete(keys);
    return this.either((storage) => storage.delete(keys));
  }

  /** Stops retrying and closes the primary. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.retryTimer);
    this.retryTimer = undefined;
    await this.primary.close();
    await this.fallback.close();
  }
}
