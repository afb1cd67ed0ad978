/**
 * The default `DirectLineStore`: everything in this process's memory, bounded three ways
 * (activities per conversation, idle time, number of conversations) so that a busy or abused
 * website cannot exhaust the server. Lost on restart; several instances need a shared store.
 */
import type { Activity } from 'botbuilder';
import type { BackendHealth } from '../../health.js';
import {
  sequenced,
  type ActivityListener,
  type ActivityPage,
  type DirectLineConversation,
  type DirectLineStore,
} from './store.js';

/** Limits of the in-memory store. */
export interface MemoryStoreOptions {
  /** Activities kept per conversation (older ones are dropped). Default 500. */
  maxActivities?: number;
  /** A conversation without any new activity for this long is forgotten. Default 1 hour. */
  idleTimeoutMs?: number;
  /** Conversations kept at most; beyond, the least recently active is forgotten. Default 10,000. */
  maxConversations?: number;
  /** The clock, in milliseconds. Default `Date.now`. */
  now?: () => number;
  /** How often idle conversations are swept. Default 1 minute. */
  sweepEveryMs?: number;
}

interface Entry {
  conversation: DirectLineConversation;
  activities: { seq: number; activity: Partial<Activity> }[];
  nextSeq: number;
  listeners: Set<ActivityListener>;
}

/** Conversations in a `Map`, swept once a minute. */
export class MemoryDirectLineStore implements DirectLineStore {
  private readonly entries = new Map<string, Entry>();
  private readonly maxActivities: number;
  private readonly idleTimeoutMs: number;
  private readonly maxConversations: number;
  private readonly now: () => number;
  private readonly timer: NodeJS.Timeout;

  constructor(options: MemoryStoreOptions = {}) {
    this.maxActivities = options.maxActivities ?? 500;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 60 * 60 * 1000;
    this.maxConversations = options.maxConversations ?? 10_000;
    this.now = options.now ?? Date.now;
    this.timer = setInterval(() => this.sweep(), options.sweepEveryMs ?? 60_000);
    this.timer.unref();
  }

  /** Forgets the conversations idle for longer than the limit. */
  sweep(): void {
    for (const id of [...this.entries.keys()]) this.live(id);
  }

  /** The entry if it has not expired; forgets it otherwise. */
  private live(id: string): Entry | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (this.now() - entry.conversation.lastActiveAt > this.idleTimeoutMs) {
      this.entries.delete(id);
      return undefined;
    }
    return entry;
  }

  private evictLeastRecentlyActive(): void {
    let oldest: Entry | undefined;
    for (const entry of this.entries.values()) {
      if (!oldest || entry.conversation.lastActiveAt < oldest.conversation.lastActiveAt) oldest = entry;
    }
    if (oldest) this.entries.delete(oldest.conversation.id);
  }

  async createConversation({ id, userId }: { id: string; userId: string }): Promise<DirectLineConversation> {
    if (this.entries.size >= this.maxConversations) this.sweep();
    if (this.entries.size >= this.maxConversations) this.evictLeastRecentlyActive();
    const now = this.now();
    const conversation = { id, userId, createdAt: now, lastActiveAt: now, started: false };
    this.entries.set(id, { conversation, activities: [], nextSeq: 0, listeners: new Set() });
    return { ...conversation };
  }

  async getConversation(id: string): Promise<DirectLineConversation | undefined> {
    const entry = this.live(id);
    return entry ? { ...entry.conversation } : undefined;
  }

  async markStarted(id: string): Promise<boolean> {
    const entry = this.live(id);
    if (!entry) return false;
    const was = entry.conversation.started;
    entry.conversation.started = true;
    return was;
  }

  async append(conversationId: string, activity: Partial<Activity>): Promise<Partial<Activity> | undefined> {
    const entry = this.live(conversationId);
    if (!entry) return undefined;
    const seq = entry.nextSeq++;
    const stored = sequenced(conversationId, seq, activity);
    entry.activities.push({ seq, activity: stored });
    if (entry.activities.length > this.maxActivities) entry.activities.splice(0, entry.activities.length - this.maxActivities);
    entry.conversation.lastActiveAt = this.now();
    const page: ActivityPage = { activities: [stored], watermark: String(seq) };
    for (const listener of [...entry.listeners]) listener(page);
    return stored;
  }

  async listSince(conversationId: string, watermark: number | undefined): Promise<ActivityPage | undefined> {
    const entry = this.live(conversationId);
    if (!entry) return undefined;
    const activities = entry.activities
      .filter(({ seq }) => watermark === undefined || seq > watermark)
      .map(({ activity }) => activity);
    return { activities, watermark: entry.nextSeq > 0 ? String(entry.nextSeq - 1) : '' };
  }

  subscribe(conversationId: string, listener: ActivityListener): () => void {
    const entry = this.entries.get(conversationId);
    if (!entry) return () => {};
    entry.listeners.add(listener);
    return () => entry.listeners.delete(listener);
  }

  /** Always `ok`: memory does not go away. */
  health(): BackendHealth {
    return { status: 'ok', backend: 'memory' };
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.entries.clear();
  }
}
