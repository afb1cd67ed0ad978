/**
 * Conversation and user state kept in memory, bounded: entries expire after a period without
 * use, and the least recently used go first beyond a maximum count or a maximum size, so a
 * long-running server's memory stays flat whatever visitors send. The embedded default; Redis
 * replaces it when several instances run.
 *
 * Follows the botbuilder `Storage` contract: values are copied (JSON) on write and read, each
 * write gets a new `eTag`, and a write whose `eTag` is stale is refused (optimistic
 * concurrency); `*` or no eTag overwrites.
 */
import type { Storage, StoreItems } from 'botbuilder';
import { stateErrors } from '../../errors.js';
import type { BackendHealth } from '../../health.js';

/** How long conversation and user state outlive their last use, in memory or in Redis: 1 hour. */
export const STATE_TTL_MS = 60 * 60 * 1000;

/** Limits of the store. */
export interface BoundedMemoryStorageOptions {
  /** Milliseconds after the last read or write before an entry is forgotten. Default 1 hour. */
  ttlMs?: number;
  /**
   * Entries kept at most; the least recently used go first. Default 20,000: a conversation and
   * its user are two entries, so as many conversations as the Direct Line store keeps (10,000).
   */
  maxEntries?: number;
  /**
   * Characters of state (as JSON) kept at most; the least recently used entries go first
   * beyond. Default 32 MiB: ~3 KB a conversation for the 10,000 the default keeps, while a
   * visitor filling every message with 4,000 characters held 12 KB a conversation (120 MB).
   */
  maxBytes?: number;
  /** Clock, for tests. Default `Date.now`. */
  now?: () => number;
}

interface Slot {
  json: string;
  eTag: string;
  expires: number;
}

export class BoundedMemoryStorage implements Storage {
  private readonly slots = new Map<string, Slot>();
  private readonly ttlMs: number;
  /** Entries kept at most (see `BoundedMemoryStorageOptions.maxEntries`). */
  readonly maxEntries: number;
  /** Characters kept at most (see `BoundedMemoryStorageOptions.maxBytes`). */
  readonly maxBytes: number;
  private bytes = 0;
  private readonly now: () => number;
  private nextTag = 1;

  constructor(options: BoundedMemoryStorageOptions = {}) {
    this.ttlMs = options.ttlMs ?? STATE_TTL_MS;
    this.maxEntries = options.maxEntries ?? 20_000;
    this.maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  /** How many entries are held (expired ones are dropped first). */
  get size(): number {
    this.sweep();
    return this.slots.size;
  }

  /** Characters of state held, as JSON (expired entries are dropped first). */
  get storedBytes(): number {
    this.sweep();
    return this.bytes;
  }

  /** The keys held, least recently used first (expired ones are dropped first). */
  keys(): string[] {
    this.sweep();
    return [...this.slots.keys()];
  }

  /** Always `ok`: memory does not go away. */
  health(): BackendHealth {
    return { status: 'ok', backend: 'memory' };
  }

  /** Forgets everything. */
  async close(): Promise<void> {
    this.slots.clear();
    this.bytes = 0;
  }

  private remove(key: string): void {
    const slot = this.slots.get(key);
    if (!slot) return;
    this.slots.delete(key);
    this.bytes -= slot.json.length;
  }

  private live(key: string): Slot | undefined {
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    if (slot.expires <= this.now()) {
      this.remove(key);
      return undefined;
    }
    return slot;
  }

  private touch(key: string, slot: Slot): void {
    this.remove(key);
    slot.expires = this.now() + this.ttlMs;
    this.slots.set(key, slot);
    this.bytes += slot.json.length;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, slot] of this.slots) {
      if (slot.expires > now) break;
      this.remove(key);
    }
    while (this.slots.size > this.maxEntries || (this.bytes > this.maxBytes && this.slots.size > 1)) this.remove(this.slots.keys().next().value!);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const slot = this.live(key);
      if (!slot) continue;
      this.touch(key, slot);
      items[key] = { ...JSON.parse(slot.json), eTag: slot.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError(stateErrors.changesRequired);
    for (const key of Object.keys(changes)) {
      const item = changes[key];
      const current = this.live(key);
      const eTag = item?.eTag as string | undefined;
      if (current && eTag && eTag !== '*' && eTag !== current.eTag) throw new Error(stateErrors.eTagConflict(key));
    }
    for (const key of Object.keys(changes)) {
      const { eTag: _ignored, ...value } = changes[key] ?? {};
      this.touch(key, { json: JSON.stringify(value), eTag: String(this.nextTag++), expires: 0 });
    }
    this.sweep();
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.remove(key);
  }
}
