/**
 * The default `DirectLineStore`: everything in this process's memory, bounded so that no client,
 * however many tokens or messages it sends, can exhaust the server:
 *
 * - activities per conversation (`maxActivities`) and bytes per conversation
 *   (`maxConversationBytes`): beyond, the oldest activities of that conversation are dropped;
 * - conversations per owner (`maxConversationsPerOwner`, the client address that made them):
 *   beyond, that owner's least recently active conversation is forgotten — a client flooding
 *   `tokens/generate` only pushes out its own conversations;
 * - conversations overall (`maxConversations`): beyond, the idle ones go first — a
 *   conversation nobody has written in for `unusedGraceMs` since its token was made (a flood of
 *   tokens never used), then the least recently active — so that a visitor who has talked
 *   outlives any number of unused tokens, while a token made a moment ago and about to be used
 *   is not sacrificed to conversations already over;
 * - bytes overall (`maxBytes`): beyond, the history of the least recently active conversations
 *   is dropped (the conversation itself goes on: its visitor can keep talking, a reload shows
 *   what followed);
 * - idle time (`idleTimeoutMs`).
 *
 * Activities are kept as UTF-8 JSON, so that what is counted is what is held (a JavaScript
 * string of the same JSON takes two bytes a character as soon as one is outside Latin-1, as
 * the bot's typographic apostrophes are). Lost on restart; several instances need a shared
 * store (Redis).
 */
import type { Activity } from 'botbuilder';
import type { BackendHealth } from '../../health.js';
import {
  sequenced,
  type ActivityListener,
  type ActivityPage,
  type DirectLineConversation,
  type DirectLineStore,
  type NewConversation,
} from './store.js';

/** Limits of the in-memory store. */
export interface MemoryStoreOptions {
  /** Activities kept per conversation (older ones are dropped). Default 500. */
  maxActivities?: number;
  /** Bytes of activities (UTF-8 JSON) kept per conversation (older ones are dropped). Default 256 KiB. */
  maxConversationBytes?: number;
  /** A conversation without any new activity for this long is forgotten. Default 1 hour. */
  idleTimeoutMs?: number;
  /** Conversations kept at most (idle ones go first). Default 10,000. */
  maxConversations?: number;
  /** Conversations one owner (client address) keeps at most; its least recently active go first. Default 100. */
  maxConversationsPerOwner?: number;
  /** Bytes of activities (UTF-8 JSON) kept in all (the history of idle conversations goes first). Default 16 MiB. */
  maxBytes?: number;
  /** The clock, in milliseconds. Default `Date.now`. */
  now?: () => number;
  /** How often idle conversations are swept. Default 1 minute. */
  sweepEveryMs?: number;
  /**
   * A conversation nobody has written in is among the first to go once its token is this old,
   * in ms. Default 10,000: Web Chat posts as soon as the visitor types; a flood of tokens cannot
   * be made in less (30 a minute per address).
   */
  unusedGraceMs?: number;
  /**
   * The first sequence number of a conversation the store does not know but is told to
   * `adopt` (see `adopt`). Default: the clock's milliseconds, above any number the conversation
   * can have reached elsewhere.
   */
  firstAdoptedSeq?: () => number;
}

/** The defaults of `MemoryStoreOptions`. */
export const MEMORY_STORE_DEFAULTS = {
  maxActivities: 500,
  maxConversationBytes: 256 * 1024,
  idleTimeoutMs: 60 * 60 * 1000,
  maxConversations: 10_000,
  maxConversationsPerOwner: 100,
  maxBytes: 16 * 1024 * 1024,
  unusedGraceMs: 10_000,
} as const;

interface Entry {
  conversation: DirectLineConversation;
  owner: string | undefined;
  /** Kept activities, oldest first; sequence numbers follow each other. */
  activities: { seq: number; json: Buffer }[];
  bytes: number;
  nextSeq: number;
  listeners: Set<ActivityListener>;
}

/** A conversation as `handOver` gives it: with every activity it kept and its next sequence number. */
export interface HeldConversation {
  conversation: DirectLineConversation;
  owner: string | undefined;
  /** Activities as stored (with their ids and sequence numbers), oldest first. */
  activities: { seq: number; activity: Partial<Activity> }[];
  /** The next sequence number. */
  nextSeq: number;
}

/**
 * `text` in a buffer of its own: `Buffer.from` takes small buffers from a shared 8 KiB pool,
 * which stays alive as long as any slice of it does, so kept activities would hold several
 * times their size.
 */
function utf8(text: string): Buffer {
  const buffer = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  buffer.write(text);
  return buffer;
}

/** Conversations in a `Map` kept in order of last activity, swept once a minute. */
export class MemoryDirectLineStore implements DirectLineStore {
  /** Least recently active first: appending moves a conversation to the end. */
  private readonly entries = new Map<string, Entry>();
  /** Conversations nobody has written in yet, oldest first: the first to go. */
  private readonly unused = new Set<string>();
  private readonly owners = new Map<string, Set<string>>();
  /** Conversations with a history, least recently active first: whose history goes when bytes run out. */
  private readonly holding = new Set<string>();
  private totalBytes = 0;
  private readonly limits: Required<Omit<MemoryStoreOptions, 'now' | 'sweepEveryMs' | 'firstAdoptedSeq'>>;
  private readonly now: () => number;
  private readonly firstAdoptedSeq: () => number;
  private readonly timer: NodeJS.Timeout;

  constructor(options: MemoryStoreOptions = {}) {
    const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
    const { now, sweepEveryMs, firstAdoptedSeq, ...limits } = { ...MEMORY_STORE_DEFAULTS, ...defined } as MemoryStoreOptions & typeof MEMORY_STORE_DEFAULTS;
    this.limits = limits;
    this.now = now ?? Date.now;
    this.firstAdoptedSeq = firstAdoptedSeq ?? (() => this.now());
    this.timer = setInterval(() => this.sweep(), sweepEveryMs ?? 60_000);
    this.timer.unref();
  }

  /** Conversations held. */
  get size(): number {
    return this.entries.size;
  }

  /** Bytes of activities held (UTF-8 JSON). */
  get bytes(): number {
    return this.totalBytes;
  }

  /** Owners with conversations held. */
  get ownerCount(): number {
    return this.owners.size;
  }

  /** Forgets the conversations idle for longer than the limit (the oldest are first in the map). */
  sweep(): void {
    const idleSince = this.now() - this.limits.idleTimeoutMs;
    for (const entry of this.entries.values()) {
      if (entry.conversation.lastActiveAt >= idleSince) break;
      this.forget(entry);
    }
  }

  private forget(entry: Entry): void {
    const { id } = entry.conversation;
    if (this.entries.get(id) !== entry) return;
    this.entries.delete(id);
    this.unused.delete(id);
    this.holding.delete(id);
    this.totalBytes -= entry.bytes;
    if (entry.owner !== undefined) {
      const owned = this.owners.get(entry.owner);
      owned?.delete(id);
      if (owned?.size === 0) this.owners.delete(entry.owner);
    }
  }

  /** The entry if it has not expired; forgets it otherwise. */
  private live(id: string): Entry | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (this.now() - entry.conversation.lastActiveAt > this.limits.idleTimeoutMs) {
      this.forget(entry);
      return undefined;
    }
    return entry;
  }

  /** Forgets the idlest conversation: one nobody wrote in since `unusedGraceMs`, else the least recently active. */
  private evictIdlest(): void {
    const id = this.unusedStale() ? this.unused.values().next().value : this.entries.keys().next().value;
    const entry = id === undefined ? undefined : this.entries.get(id);
    if (entry) this.forget(entry);
  }

  /** Whether the oldest unused conversation is past its grace. */
  private unusedStale(): boolean {
    const unused = this.unused.values().next();
    return !unused.done && this.entries.get(unused.value)!.conversation.createdAt <= this.now() - this.limits.unusedGraceMs;
  }

  /** Forgets `owner`'s least recently active conversation. */
  private evictOwnersIdlest(owner: string): void {
    let idlest: Entry | undefined;
    for (const id of this.owners.get(owner) ?? []) {
      const entry = this.entries.get(id);
      if (entry && (!idlest || entry.conversation.lastActiveAt < idlest.conversation.lastActiveAt)) idlest = entry;
    }
    if (idlest) this.forget(idlest);
  }

  private insert(entry: Entry): void {
    const { id } = entry.conversation;
    const existing = this.entries.get(id);
    if (existing) this.forget(existing);
    const owner = entry.owner;
    if (owner !== undefined && (this.owners.get(owner)?.size ?? 0) >= this.limits.maxConversationsPerOwner) this.evictOwnersIdlest(owner);
    if (this.entries.size >= this.limits.maxConversations) this.sweep();
    while (this.entries.size >= this.limits.maxConversations) this.evictIdlest();
    this.entries.set(id, entry);
    if (entry.activities.length === 0) this.unused.add(id);
    else this.holding.add(id);
    this.totalBytes += entry.bytes;
    if (owner !== undefined) {
      let owned = this.owners.get(owner);
      if (!owned) this.owners.set(owner, (owned = new Set()));
      owned.add(id);
    }
    this.fitBytes(id);
  }

  /** Drops the history of the least recently active conversations until everything held fits in `maxBytes` (`keep`'s last of all). */
  private fitBytes(keep: string): void {
    for (const id of this.holding) {
      if (this.totalBytes <= this.limits.maxBytes) return;
      if (id === keep) continue;
      const entry = this.entries.get(id)!;
      this.totalBytes -= entry.bytes;
      entry.bytes = 0;
      entry.activities = [];
      this.holding.delete(id);
    }
  }

  async createConversation({ id, userId, owner }: NewConversation): Promise<DirectLineConversation> {
    const now = this.now();
    const conversation = { id, userId, createdAt: now, lastActiveAt: now, started: false };
    this.insert({ conversation, owner, activities: [], bytes: 0, nextSeq: 0, listeners: new Set() });
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
    return this.push(entry, activity);
  }

  private push(entry: Entry, activity: Partial<Activity>): Partial<Activity> {
    const { id } = entry.conversation;
    const seq = entry.nextSeq++;
    const stored = sequenced(id, seq, activity);
    const json = utf8(JSON.stringify(stored));
    entry.activities.push({ seq, json });
    entry.bytes += json.length;
    this.totalBytes += json.length;
    const { maxActivities, maxConversationBytes } = this.limits;
    while (entry.activities.length > 1 && (entry.activities.length > maxActivities || entry.bytes > maxConversationBytes)) {
      const dropped = entry.activities.shift()!;
      entry.bytes -= dropped.json.length;
      this.totalBytes -= dropped.json.length;
    }
    entry.conversation.lastActiveAt = this.now();
    this.unused.delete(id);
    this.entries.delete(id);
    this.entries.set(id, entry);
    this.holding.delete(id);
    this.holding.add(id);
    this.fitBytes(id);
    const page: ActivityPage = { activities: [stored], watermark: String(seq) };
    for (const listener of [...entry.listeners]) listener(page);
    return stored;
  }

  async listSince(conversationId: string, watermark: number | undefined): Promise<ActivityPage | undefined> {
    const entry = this.live(conversationId);
    if (!entry) return undefined;
    const first = entry.activities[0]?.seq ?? entry.nextSeq;
    const from = watermark === undefined ? 0 : Math.max(0, watermark + 1 - first);
    const activities = entry.activities.slice(from).map(({ json }) => JSON.parse(json.toString()) as Partial<Activity>);
    return { activities, watermark: entry.nextSeq > 0 ? String(entry.nextSeq - 1) : '' };
  }

  subscribe(conversationId: string, listener: ActivityListener): () => void {
    const entry = this.entries.get(conversationId);
    if (!entry) return () => {};
    entry.listeners.add(listener);
    return () => entry.listeners.delete(listener);
  }

  /**
   * Takes charge of a conversation another store holds (the shared one, while it cannot be
   * reached): creates it if needed, with sequence numbers from `firstAdoptedSeq` so that a
   * client's watermark from before keeps growing. Returns it.
   */
  adopt(conversation: NewConversation & { started?: boolean }): DirectLineConversation {
    const entry = this.live(conversation.id);
    if (entry) return { ...entry.conversation };
    const now = this.now();
    const adopted = { id: conversation.id, userId: conversation.userId, createdAt: now, lastActiveAt: now, started: conversation.started ?? true };
    const nextSeq = this.firstAdoptedSeq();
    this.insert({ conversation: adopted, owner: conversation.owner, activities: [], bytes: 0, nextSeq, listeners: new Set() });
    return { ...adopted };
  }

  /** Every conversation held, with its activities, least recently active first (for a hand-over). */
  held(): HeldConversation[] {
    return [...this.entries.values()].map((entry) => ({
      conversation: { ...entry.conversation },
      owner: entry.owner,
      activities: entry.activities.map(({ seq, json }) => ({ seq, activity: JSON.parse(json.toString()) as Partial<Activity> })),
      nextSeq: entry.nextSeq,
    }));
  }

  /** Forgets a conversation (handed over elsewhere). */
  release(id: string): void {
    const entry = this.entries.get(id);
    if (entry) this.forget(entry);
  }

  /** Always `ok`: memory does not go away. */
  health(): BackendHealth {
    return { status: 'ok', backend: 'memory' };
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.clear();
  }

  private clear(): void {
    this.entries.clear();
    this.unused.clear();
    this.owners.clear();
    this.holding.clear();
    this.totalBytes = 0;
  }
}
