/**
 * Keeps the bot answering — and remembering — when Redis goes away. Wraps the shared storage
 * (`RedisStorage`): while Redis works, every call goes to it, and what it reads and writes is
 * mirrored in a small memory of this instance (the `fallback`, bounded). When Redis cannot be
 * reached, calls go at once to that memory instead of failing: a conversation this instance
 * served goes on where it was — a dialog waiting for "how many years of experience?" still
 * waits for it — and a new one is remembered here.
 *
 * The outage is logged once when it begins and once when it ends; `health()` says `degraded`
 * meanwhile (for /healthz). ioredis reconnects in the background; as soon as Redis answers
 * again, what was written or deleted during the outage is handed over to it, key by key, unless
 * another instance changed that key meanwhile (Redis still holds what this instance last saw
 * there, or it is not written): nothing written during the outage is lost, and nothing is
 * written over newer data. Redis is then the source again, the memory its mirror.
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
   * The mirror of what Redis holds for the conversations this instance served, and where state
   * goes while Redis is away. Default: a `BoundedMemoryStorage` of 5,000 entries (2,500
   * conversations), expiring after an hour; beyond, the least recently used are forgotten.
   */
  fallback?: BoundedMemoryStorage;
  /**
   * While degraded, how often to check whether the primary is back, in ms, when no request and
   * no reconnection says so first. Default 1,000.
   */
  retryEveryMs?: number;
}

/** A `Storage` that falls back to its own memory while its shared storage is away (see the module comment). */
export class ResilientStorage implements Storage, HasHealth {
  private readonly primary: SharedStorage;
  private readonly fallback: BoundedMemoryStorage;
  private readonly outage: Outage;
  private readonly retryEveryMs: number;
  /** The eTag Redis last held for each mirrored key (`null`: nothing), to hand over without overwriting. */
  private readonly base = new Map<string, string | null>();
  /** Keys written or deleted during the outage: what to hand over. */
  private readonly dirty = new Set<string>();
  private readonly maxTracked: number;
  private recovering: Promise<boolean> | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(options: ResilientStorageOptions) {
    this.primary = options.primary;
    this.fallback = options.fallback ?? new BoundedMemoryStorage({ maxEntries: 5000 });
    this.maxTracked = 2 * this.fallback.maxEntries;
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

  /** Remembers the eTag Redis holds for `key` (bounded: the oldest entries go first). */
  private track(key: string, eTag: string | null): void {
    this.base.delete(key);
    this.base.set(key, eTag);
    if (this.base.size > this.maxTracked) this.base.delete(this.base.keys().next().value!);
  }

  /** Hands what was written during the outage over to the primary; resolves whether it is usable again. */
  private recover(): Promise<boolean> {
    if (!this.outage.active) return Promise.resolve(true);
    this.recovering ??= (async () => {
      try {
        const keys = [...this.dirty];
        if (keys.length > 0) {
          const values = await this.fallback.read(keys);
          const entries = keys.map((key) => {
            const { eTag: _local, ...value } = (values[key] ?? {}) as Record<string, unknown>;
            return { key, value: values[key] ? value : undefined, base: this.base.get(key) ?? null };
          });
          const applied = await this.primary.handOver(entries);
          for (const key of keys) {
            // Another instance changed it meanwhile: Redis's version stands; the mirror forgets ours.
            if (key in applied) this.track(key, applied[key]!);
            else await this.forget(key);
          }
        } else {
          await this.primary.ping();
        }
        this.dirty.clear();
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

  private async forget(key: string): Promise<void> {
    this.base.delete(key);
    await this.fallback.delete([key]);
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

  /**
   * Runs `shared` when the primary is usable (and mirrors what it saw); `local` otherwise, or
   * when the primary fails to reach Redis.
   */
  private async either<T>(shared: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    if (await this.primaryUsable()) {
      try {
        return await shared();
      } catch (err) {
        if (!(err instanceof RedisUnavailableError)) throw err;
        this.fail(err);
      }
    }
    return local();
  }

  /** The mirror's copy of `items` (without eTags: the mirror keeps its own). */
  private async mirror(items: StoreItems): Promise<void> {
    const copies: StoreItems = {};
    for (const key of Object.keys(items)) copies[key] = { ...(items[key] as object), eTag: '*' };
    await this.fallback.write(copies);
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.either(
      async () => {
        const items = await this.primary.read(keys);
        await this.mirror(items);
        for (const key of keys) {
          const item = items[key] as { eTag?: string } | undefined;
          if (item) this.track(key, item.eTag ?? null);
          else await this.forget(key);
        }
        return items;
      },
      () => this.fallback.read(keys),
    );
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError(stateErrors.changesRequired);
    return this.either(
      async () => {
        const eTags = await this.primary.writeTracked(changes);
        await this.mirror(changes);
        for (const [key, eTag] of Object.entries(eTags)) this.track(key, eTag);
      },
      async () => {
        // eTags are checked against the memory's own; one Redis gave for what the memory
        // mirrors (a turn that read before the outage) stands for that same version.
        const local: StoreItems = {};
        for (const key of Object.keys(changes)) {
          const item = changes[key] as { eTag?: string };
          local[key] = item.eTag !== undefined && item.eTag === this.base.get(key) ? { ...item, eTag: '*' } : item;
        }
        await this.fallback.write(local);
        for (const key of Object.keys(changes)) this.dirty.add(key);
      },
    );
  }

  async delete(keys: string[]): Promise<void> {
    await this.fallback.delete(keys);
    return this.either(
      async () => {
        await this.primary.delete(keys);
        for (const key of keys) this.track(key, null);
      },
      async () => {
        for (const key of keys) this.dirty.add(key);
      },
    );
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
