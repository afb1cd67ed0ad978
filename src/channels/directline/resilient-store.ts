/**
 * Keeps the website's chat working when Redis goes away, as `ResilientStorage` does for the
 * conversation state. Wraps the Redis store: while Redis works, every call goes to it; when it
 * cannot be reached, calls go at once to a `MemoryDirectLineStore` of this instance instead of
 * answering 503: new visitors get tokens, messages are stored and answered, pages are read and
 * streams stream. A conversation Redis held is taken in charge here as soon as a visitor with a
 * valid token for it comes back (`getConversation(id, holder)`), with sequence numbers that go
 * on above any Redis gave (`firstAdoptedSeq`: the clock's milliseconds), so that the visitor's
 * watermark keeps working.
 *
 * `health()` says `degraded` meanwhile. While degraded, Redis is tried again every
 * `retryEveryMs`; once it answers, every conversation held here is handed over to it
 * (`RedisDirectLineStore.takeOver`: created, or its activities added after Redis's, streams on
 * every instance told), then forgotten here: nothing written during the outage is lost.
 */
import type { Activity } from 'botbuilder';
import type { BackendHealth, HasHealth } from '../../health.js';
import type { Logger } from '../../logger.js';
import { HttpError } from '../../server/http-errors.js';
import type { MemoryDirectLineStore } from './memory-store.js';
import type { RedisDirectLineStore } from './redis-store.js';
import type { ActivityListener, ActivityPage, DirectLineConversation, DirectLineStore, NewConversation } from './store.js';

/** Options of `ResilientDirectLineStore`. */
export interface ResilientDirectLineStoreOptions {
  /** The shared store, used whenever Redis can be reached. Closed by `close()`. */
  primary: RedisDirectLineStore;
  /** Where conversations go while Redis is away. Closed by `close()`. */
  fallback: MemoryDirectLineStore;
  logger: Logger;
  /** While degraded, how often Redis is tried again, in ms. Default 1,000. */
  retryEveryMs?: number;
}

/** Whether `err` says the Redis store cannot be reached (its 503). */
const unreachable = (err: unknown) => err instanceof HttpError && err.status === 503;

/** A Direct Line store that falls back to memory while Redis is away (see the module comment). */
export class ResilientDirectLineStore implements DirectLineStore, HasHealth {
  private readonly primary: RedisDirectLineStore;
  private readonly fallback: MemoryDirectLineStore;
  private readonly logger: Logger;
  private readonly retryEveryMs: number;
  private degraded = false;
  private recovering: Promise<boolean> | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  /** Listeners by conversation, told of activities appended here or, through Redis, anywhere. */
  private readonly listeners = new Map<string, { all: Set<ActivityListener>; stopShared: () => void }>();
  private closed = false;

  constructor(options: ResilientDirectLineStoreOptions) {
    this.primary = options.primary;
    this.fallback = options.fallback;
    this.logger = options.logger;
    this.retryEveryMs = options.retryEveryMs ?? 1000;
    if (this.primary.health().status === 'degraded') this.fail();
  }

  /** Waits up to `timeoutMs` for Redis; starts degraded when it is away (see `RedisDirectLineStore.whenReady`). */
  async whenReady(timeoutMs: number): Promise<boolean> {
    const ready = await this.primary.whenReady(timeoutMs);
    if (!ready) this.fail();
    return ready;
  }

  /** `degraded` while Redis cannot be reached (its outage is logged by the Redis store). */
  health(): BackendHealth {
    return this.degraded ? { ...this.primary.health(), status: 'degraded' } : this.primary.health();
  }

  private fail(): void {
    this.degraded = true;
    if (this.retryTimer || this.closed) return;
    this.retryTimer = setInterval(() => void this.recover(), this.retryEveryMs);
    this.retryTimer.unref();
  }

  /** Hands every conversation held here over to Redis; resolves whether Redis is the store again. */
  private recover(): Promise<boolean> {
    if (!this.degraded) return Promise.resolve(true);
    this.recovering ??= (async () => {
      try {
        await this.primary.ping();
        const held = this.fallback.held();
        for (const conversation of held) {
          await this.primary.takeOver(conversation);
          this.fallback.release(conversation.conversation.id);
        }
        this.degraded = false;
        clearInterval(this.retryTimer);
        this.retryTimer = undefined;
        if (held.length > 0) this.logger.info({ handedOver: held.length }, 'directline: conversations held during the outage handed over to Redis');
        return true;
      } catch (err) {
        if (!unreachable(err)) this.logger.error({ err }, 'directline: hand-over to Redis failed');
        return false;
      } finally {
        this.recovering = undefined;
      }
    })();
    return this.recovering;
  }

  /** Runs `shared` while Redis is the store; `local` while it is away, or when `shared` finds it away. */
  private async either<T>(shared: () => Promise<T>, local: () => Promise<T> | T): Promise<T> {
    if (this.recovering) await this.recovering;
    if (!this.degraded) {
      try {
        return await shared();
      } catch (err) {
        if (!unreachable(err)) throw err;
        this.fail();
      }
    }
    return local();
  }

  createConversation(conversation: NewConversation): Promise<DirectLineConversation> {
    return this.either(
      () => this.primary.createConversation(conversation),
      () => this.fallback.createConversation(conversation),
    );
  }

  getConversation(id: string, holder?: { userId: string }): Promise<DirectLineConversation | undefined> {
    return this.either(
      () => this.primary.getConversation(id),
      async () => (await this.fallback.getConversation(id)) ?? (holder ? this.fallback.adopt({ id, userId: holder.userId }) : undefined),
    );
  }

  markStarted(id: string): Promise<boolean> {
    return this.either(
      () => this.primary.markStarted(id),
      () => this.fallback.markStarted(id),
    );
  }

  append(conversationId: string, activity: Partial<Activity>): Promise<Partial<Activity> | undefined> {
    return this.either(
      () => this.primary.append(conversationId, activity),
      async () => {
        const stored = await this.fallback.append(conversationId, activity);
        if (stored) this.tell(conversationId, { activities: [stored], watermark: String(stored.channelData?.['webchat:sequence-id']) });
        return stored;
      },
    );
  }

  listSince(conversationId: string, watermark: number | undefined): Promise<ActivityPage | undefined> {
    return this.either(
      () => this.primary.listSince(conversationId, watermark),
      () => this.fallback.listSince(conversationId, watermark),
    );
  }

  private tell(conversationId: string, page: ActivityPage): void {
    for (const listener of [...(this.listeners.get(conversationId)?.all ?? [])]) {
      try {
        listener(page);
      } catch (err) {
        this.logger.error({ err, conversationId }, 'directline: a stream listener failed');
      }
    }
  }

  subscribe(conversationId: string, listener: ActivityListener): () => void {
    let entry = this.listeners.get(conversationId);
    if (!entry) {
      const all = new Set<ActivityListener>();
      entry = { all, stopShared: this.primary.subscribe(conversationId, (page) => this.tell(conversationId, page)) };
      this.listeners.set(conversationId, entry);
    }
    entry.all.add(listener);
    const held = entry;
    return () => {
      held.all.delete(listener);
      if (held.all.size > 0 || this.listeners.get(conversationId) !== held) return;
      this.listeners.delete(conversationId);
      held.stopShared();
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.retryTimer);
    this.listeners.clear();
    await this.primary.close();
    await this.fallback.close();
  }
}
