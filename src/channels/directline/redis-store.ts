/**
 * A `DirectLineStore` in Redis, for several instances behind a load balancer: a visitor may
 * get their token from one instance, post from a second and hold their WebSocket stream open
 * on a third. Behaves as `MemoryDirectLineStore` (same ids, watermarks, bounded history and
 * idle expiry); what differs is that it is shared:
 *
 * - each conversation is a hash `<prefix>conv:<id>` and its history a list `<prefix>log:<id>`
 *   (capped in activities and in bytes: the oldest go first); the next sequence number is a
 *   counter in the hash (HINCRBY), so watermarks stay monotonic whichever instance appends;
 * - the conversations of one owner (a keyed digest of the client address that made them) are a
 *   sorted set `<prefix>owner:<owner>` by last activity: beyond `maxConversationsPerOwner`, the
 *   owner's least recently active are deleted, so a client flooding tokens/generate only pushes
 *   out its own (the scripts name these keys themselves: one Redis, not a cluster);
 * - appending (number, push, trim, expiry, publish) is one Lua script, so concurrent appends
 *   never interleave;
 * - every append is published on `<prefix>events:<id>`, so a stream held by any instance
 *   receives the bot replies produced by any other (`subscribe`);
 * - idle conversations expire with Redis key expiry (pushed back by each append). The number of
 *   conversations is bounded by Redis's memory, not by a count: set `maxmemory` with the
 *   `volatile-lru` policy.
 *
 * When Redis cannot be reached, every call fails at once with HTTP 503 (Retry-After: 5),
 * logged once per outage; Web Chat retries, and conversations resume when Redis is back
 * (those Redis kept: give it persistence to keep them across its restarts).
 */
import type { Activity } from 'botbuilder';
import { directLineErrors, redisErrors } from '../../errors.js';
import type { BackendHealth, HasHealth } from '../../health.js';
import type { Logger } from '../../logger.js';
import { closeRedis, isUnavailable, waitUntilReady, type Redis } from '../../redis/connect.js';
import { Outage } from '../../redis/outage.js';
import { HttpError } from '../../server/http-errors.js';
import {
  sequenced,
  type ActivityListener,
  type ActivityPage,
  type DirectLineConversation,
  type DirectLineStore,
  type NewConversation,
} from './store.js';
import { MEMORY_STORE_DEFAULTS, type HeldConversation } from './memory-store.js';

/** Default key prefix of the Direct Line store. */
export const DEFAULT_DIRECTLINE_PREFIX = 'tremplin:directline:';

/** Options of `RedisDirectLineStore`. */
export interface RedisDirectLineStoreOptions {
  /** The connection (from `connectRedis`); closed by `close()`. A second one is opened from it for pub/sub. */
  client: Redis;
  /** Where outages are reported. */
  logger: Logger;
  /** Prefix of every key and channel. Default `tremplin:directline:`. */
  keyPrefix?: string;
  /** Activities kept per conversation (older ones are dropped). Default 500, as in memory. */
  maxActivities?: number;
  /** Bytes of activities (as JSON) kept per conversation (older ones are dropped). Default 256 KiB, as in memory. */
  maxConversationBytes?: number;
  /** Conversations one owner keeps; its least recently active go first. Default 100, as in memory. */
  maxConversationsPerOwner?: number;
  /** A conversation without any new activity for this long is forgotten. Default 1 hour. */
  idleTimeoutMs?: number;
  /** The clock, in milliseconds, for conversation dates and idleness. Default `Date.now`. */
  now?: () => number;
}

// Every script gets KEYS = [conversation hash, history list], ARGV[1] = now, ARGV[2] = idle ms.
// live() forgets the conversation if it has been idle for too long, as the memory store does.
const LIVE = `
local function live()
  local last = redis.call('HGET', KEYS[1], 'lastActiveAt')
  if not last then return false end
  if tonumber(ARGV[1]) - tonumber(last) > tonumber(ARGV[2]) then
    redis.call('DEL', KEYS[1], KEYS[2])
    return false
  end
  return true
end
`;

const SCRIPTS = {
  // ARGV[3] = user id, ARGV[4] = owner ('' for none), ARGV[5] = key prefix, ARGV[6] = conversations per owner.
  tremplinDlCreate: `
redis.call('DEL', KEYS[1], KEYS[2])
redis.call('HSET', KEYS[1], 'userId', ARGV[3], 'createdAt', ARGV[1], 'lastActiveAt', ARGV[1], 'started', '0', 'next', '0', 'bytes', '0', 'owner', ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
if ARGV[4] ~= '' then
  local owned = ARGV[5] .. 'owner:' .. ARGV[4]
  redis.call('ZADD', owned, ARGV[1], string.sub(KEYS[1], string.len(ARGV[5]) + 6))
  redis.call('PEXPIRE', owned, ARGV[2])
  local over = redis.call('ZCARD', owned) - tonumber(ARGV[6])
  if over > 0 then
    for i, id in ipairs(redis.call('ZPOPMIN', owned, over)) do
      if i % 2 == 1 then redis.call('DEL', ARGV[5] .. 'conv:' .. id, ARGV[5] .. 'log:' .. id) end
    end
  end
end
return 1`,
  tremplinDlGet: `${LIVE}
if not live() then return false end
return redis.call('HGETALL', KEYS[1])`,
  // Returns 1 when the conversation was already started.
  tremplinDlStart: `${LIVE}
if not live() then return 0 end
local was = redis.call('HGET', KEYS[1], 'started')
redis.call('HSET', KEYS[1], 'started', '1')
if was == '1' then return 1 end
return 0`,
  // ARGV[3] = activity JSON, ARGV[4] = activities kept, ARGV[5] = channel, ARGV[6] = bytes kept,
  // ARGV[7] = key prefix. Returns the activity's sequence number, or -1 when the conversation
  // does not exist.
  tremplinDlAppend: `${LIVE}
if not live() then return -1 end
local seq = redis.call('HINCRBY', KEYS[1], 'next', 1) - 1
local item = seq .. ' ' .. ARGV[3]
redis.call('RPUSH', KEYS[2], item)
local bytes = redis.call('HINCRBY', KEYS[1], 'bytes', string.len(item))
local count = redis.call('LLEN', KEYS[2])
while count > 1 and (count > tonumber(ARGV[4]) or bytes > tonumber(ARGV[6])) do
  bytes = redis.call('HINCRBY', KEYS[1], 'bytes', -string.len(redis.call('LPOP', KEYS[2])))
  count = count - 1
end
redis.call('HSET', KEYS[1], 'lastActiveAt', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
local owner = redis.call('HGET', KEYS[1], 'owner')
if owner and owner ~= '' then
  local owned = ARGV[7] .. 'owner:' .. owner
  redis.call('ZADD', owned, ARGV[1], string.sub(KEYS[1], string.len(ARGV[7]) + 6))
  redis.call('PEXPIRE', owned, ARGV[2])
end
redis.call('PUBLISH', ARGV[5], item)
return seq`,
  // Takes over a conversation another store held while Redis was away. ARGV[3] = user id,
  // [4] created at, [5] last active at, [6] started ('1'/'0'), [7] next sequence number,
  // [8] owner, [9] activities kept, [10] bytes kept, [11] channel, [12..] items (\`<seq> <json>\`).
  // Creates it, or adds to the one Redis holds (sequence numbers only grow).
  tremplinDlTakeOver: `
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('DEL', KEYS[2])
  redis.call('HSET', KEYS[1], 'userId', ARGV[3], 'createdAt', ARGV[4], 'lastActiveAt', ARGV[5], 'started', ARGV[6], 'next', ARGV[7], 'bytes', '0', 'owner', ARGV[8])
else
  if tonumber(ARGV[7]) > tonumber(redis.call('HGET', KEYS[1], 'next')) then redis.call('HSET', KEYS[1], 'next', ARGV[7]) end
  if tonumber(ARGV[5]) > tonumber(redis.call('HGET', KEYS[1], 'lastActiveAt')) then redis.call('HSET', KEYS[1], 'lastActiveAt', ARGV[5]) end
  if ARGV[6] == '1' then redis.call('HSET', KEYS[1], 'started', '1') end
end
for i = 12, #ARGV do
  redis.call('RPUSH', KEYS[2], ARGV[i])
  redis.call('HINCRBY', KEYS[1], 'bytes', string.len(ARGV[i]))
  redis.call('PUBLISH', ARGV[11], ARGV[i])
end
local count = redis.call('LLEN', KEYS[2])
local bytes = tonumber(redis.call('HGET', KEYS[1], 'bytes'))
while count > 1 and (count > tonumber(ARGV[9]) or bytes > tonumber(ARGV[10])) do
  bytes = redis.call('HINCRBY', KEYS[1], 'bytes', -string.len(redis.call('LPOP', KEYS[2])))
  count = count - 1
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
if count > 0 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
return 1`,
  // ARGV[3] = watermark ('' for all). Returns { next sequence number, items after the watermark }.
  tremplinDlList: `${LIVE}
if not live() then return false end
local next = tonumber(redis.call('HGET', KEYS[1], 'next'))
if ARGV[3] == '' then return { next, redis.call('LRANGE', KEYS[2], 0, -1) } end
local count = next - 1 - tonumber(ARGV[3])
if count <= 0 then return { next, {} } end
return { next, redis.call('LRANGE', KEYS[2], -count, -1) }`,
} as const;

type Script = (keyCount: number, ...args: (string | number)[]) => Promise<unknown>;
type Scripted = Redis & Record<keyof typeof SCRIPTS, Script>;

/** An item of the history list or of the channel: `<seq> <activity JSON>`. */
function parseItem(conversationId: string, item: string): { seq: number; activity: Partial<Activity> } {
  const space = item.indexOf(' ');
  const seq = Number(item.slice(0, space));
  return { seq, activity: sequenced(conversationId, seq, JSON.parse(item.slice(space + 1)) as Partial<Activity>) };
}

/** Direct Line conversations in Redis (see the module comment), with a second connection for events. */
export class RedisDirectLineStore implements DirectLineStore, HasHealth {
  private readonly client: Scripted;
  private readonly subscriber: Redis;
  private readonly prefix: string;
  private readonly maxActivities: number;
  private readonly maxConversationBytes: number;
  private readonly maxConversationsPerOwner: number;
  private readonly idleTimeoutMs: number;
  private readonly now: () => number;
  private readonly logger: Logger;
  private readonly outage: Outage;
  private readonly listeners = new Map<string, Set<ActivityListener>>();
  /** SUBSCRIBE commands not yet confirmed, by conversation: `listSince` waits for them. */
  private readonly subscribing = new Map<string, Promise<void>>();
  private closing = false;

  constructor(options: RedisDirectLineStoreOptions) {
    this.prefix = options.keyPrefix ?? DEFAULT_DIRECTLINE_PREFIX;
    this.maxActivities = options.maxActivities ?? MEMORY_STORE_DEFAULTS.maxActivities;
    this.maxConversationBytes = options.maxConversationBytes ?? MEMORY_STORE_DEFAULTS.maxConversationBytes;
    this.maxConversationsPerOwner = options.maxConversationsPerOwner ?? MEMORY_STORE_DEFAULTS.maxConversationsPerOwner;
    this.idleTimeoutMs = options.idleTimeoutMs ?? MEMORY_STORE_DEFAULTS.idleTimeoutMs;
    this.now = options.now ?? Date.now;
    this.logger = options.logger;
    this.outage = new Outage(options.logger, { began: directLineErrors.storeUnavailable, ended: directLineErrors.storeBack });
    for (const [name, lua] of Object.entries(SCRIPTS)) options.client.defineCommand(name, { lua });
    this.client = options.client as Scripted;
    this.client.on('close', () => {
      if (!this.closing) this.outage.begin('connection lost');
    });
    this.client.on('ready', () => this.outage.end());

    this.subscriber = options.client.duplicate({ connectionName: 'tremplin-directline-events' });
    this.subscriber.on('error', (err: Error) => this.logger.debug({ err: err.message }, redisErrors.connectionError));
    this.subscriber.on('message', (channel: string, message: string) => this.deliver(channel, message));
    // Subscriptions are made again on each reconnection (ioredis's own resubscription is off).
    this.subscriber.on('ready', () => {
      for (const id of this.listeners.keys()) this.listen(id);
    });
  }

  /**
   * Resolves whether both connections (commands, events) are ready within `timeoutMs`; when
   * they are not, the store reports the outage (logged, `degraded`) until Redis answers.
   */
  async whenReady(timeoutMs: number): Promise<boolean> {
    const [commands, events] = await Promise.all([waitUntilReady(this.client, timeoutMs), waitUntilReady(this.subscriber, timeoutMs)]);
    if (!commands) this.outage.begin('not connected');
    return commands && events;
  }

  /** `degraded` while Redis cannot be reached: Direct Line requests then answer 503. */
  health(): BackendHealth {
    return this.outage.health();
  }

  private conversationKey = (id: string) => `${this.prefix}conv:${id}`;
  private logKey = (id: string) => `${this.prefix}log:${id}`;
  private channel = (id: string) => `${this.prefix}events:${id}`;

  /** Runs a script on a conversation's keys; Redis failures become a 503 for the client. */
  private async run(script: keyof typeof SCRIPTS, id: string, ...args: (string | number)[]): Promise<unknown> {
    try {
      const reply = await this.client[script](2, this.conversationKey(id), this.logKey(id), this.now(), this.idleTimeoutMs, ...args);
      this.outage.end();
      return reply;
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      this.outage.begin(err);
      throw new HttpError(503, 'ServiceUnavailable', directLineErrors.storeUnavailable, { 'Retry-After': '5' });
    }
  }

  async createConversation({ id, userId, owner }: NewConversation): Promise<DirectLineConversation> {
    const now = this.now();
    await this.run('tremplinDlCreate', id, userId, owner ?? '', this.prefix, this.maxConversationsPerOwner);
    return { id, userId, createdAt: now, lastActiveAt: now, started: false };
  }

  async getConversation(id: string): Promise<DirectLineConversation | undefined> {
    const fields = (await this.run('tremplinDlGet', id)) as string[] | null;
    if (!fields) return undefined;
    const hash: Record<string, string> = {};
    for (let i = 0; i + 1 < fields.length; i += 2) hash[fields[i]!] = fields[i + 1]!;
    return {
      id,
      userId: hash.userId ?? '',
      createdAt: Number(hash.createdAt),
      lastActiveAt: Number(hash.lastActiveAt),
      started: hash.started === '1',
    };
  }

  async markStarted(id: string): Promise<boolean> {
    return (await this.run('tremplinDlStart', id)) === 1;
  }

  async append(conversationId: string, activity: Partial<Activity>): Promise<Partial<Activity> | undefined> {
    const seq = (await this.run(
      'tremplinDlAppend',
      conversationId,
      JSON.stringify(activity),
      this.maxActivities,
      this.channel(conversationId),
      this.maxConversationBytes,
      this.prefix,
    )) as number;
    return seq < 0 ? undefined : sequenced(conversationId, seq, activity);
  }

  async listSince(conversationId: string, watermark: number | undefined): Promise<ActivityPage | undefined> {
    // A stream subscribes, then reads the history: once its subscription is active, anything
    // appended after this read reaches it.
    await this.subscribing.get(conversationId);
    const reply = (await this.run('tremplinDlList', conversationId, watermark === undefined ? '' : watermark)) as
      | [number, string[]]
      | null;
    if (!reply) return undefined;
    const [next, items] = reply;
    return {
      activities: items.map((item) => parseItem(conversationId, item).activity),
      watermark: next > 0 ? String(next - 1) : '',
    };
  }

  /**
   * Takes over a conversation held elsewhere while Redis was away (see resilient-store.ts): its
   * activities are added after what Redis holds, streams anywhere get them, and the sequence
   * numbers go on from the higher of both.
   */
  async takeOver(held: HeldConversation): Promise<void> {
    const { conversation: c } = held;
    const items = held.activities.map(({ seq, activity }) => `${seq} ${JSON.stringify(activity)}`);
    await this.run(
      'tremplinDlTakeOver',
      c.id,
      c.userId,
      c.createdAt,
      c.lastActiveAt,
      c.started ? '1' : '0',
      held.nextSeq,
      held.owner ?? '',
      this.maxActivities,
      this.maxConversationBytes,
      this.channel(c.id),
      ...items,
    );
  }

  /** One round trip: resolves once Redis answers (ends the outage), rejects with a 503 otherwise. */
  async ping(): Promise<void> {
    await this.run('tremplinDlGet', '-');
  }

  subscribe(conversationId: string, listener: ActivityListener): () => void {
    let listeners = this.listeners.get(conversationId);
    if (!listeners) {
      listeners = new Set();
      this.listeners.set(conversationId, listeners);
      this.listen(conversationId);
    }
    listeners.add(listener);
    return () => {
      const current = this.listeners.get(conversationId);
      if (!current?.delete(listener) || current.size > 0) return;
      this.listeners.delete(conversationId);
      if (this.subscriber.status === 'ready') void this.subscriber.unsubscribe(this.channel(conversationId)).catch(() => {});
    };
  }

  /** Subscribes to a conversation's channel; `listSince` waits until Redis has confirmed it. */
  private listen(conversationId: string): void {
    const subscribed = this.subscriber.subscribe(this.channel(conversationId)).then(
      () => {},
      (err: unknown) => this.logger.debug({ err: (err as Error).message, conversationId }, directLineErrors.storeUnavailable),
    );
    this.subscribing.set(conversationId, subscribed);
    void subscribed.then(() => {
      if (this.subscribing.get(conversationId) === subscribed) this.subscribing.delete(conversationId);
    });
  }

  private deliver(channel: string, message: string): void {
    const conversationId = channel.slice(this.channel('').length);
    const listeners = this.listeners.get(conversationId);
    if (!listeners) return;
    const { seq, activity } = parseItem(conversationId, message);
    const page: ActivityPage = { activities: [activity], watermark: String(seq) };
    for (const listener of [...listeners]) {
      try {
        listener(page);
      } catch (err) {
        this.logger.error({ err, conversationId }, directLineErrors.internal);
      }
    }
  }

  /** Closes both connections (what is in Redis stays: other instances still serve it). */
  async close(): Promise<void> {
    this.closing = true;
    this.listeners.clear();
    await Promise.all([closeRedis(this.subscriber), closeRedis(this.client)]);
  }
}
