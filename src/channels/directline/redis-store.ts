/**
 * A `DirectLineStore` in Redis, for several instances behind a load balancer: a visitor may
 * get their token from one instance, post from a second and hold their WebSocket stream open
 * on a third. Behaves as `MemoryDirectLineStore` (same ids, watermarks, bounded history and
 * idle expiry); what differs is that it is shared:
 *
 * - each conversation is a hash `<prefix>conv:<id>` and its history a list `<prefix>log:<id>`
 *   (capped with LTRIM); the next sequence number is a counter in the hash (HINCRBY), so
 *   watermarks stay monotonic whichever instance appends;
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
} from './store.js';

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
  // ARGV[3] = user id.
  tremplinDlCreate: `
redis.call('DEL', KEYS[1], KEYS[2])
redis.call('HSET', KEYS[1], 'userId', ARGV[3], 'createdAt', ARGV[1], 'lastActiveAt', ARGV[1], 'started', '0', 'next', '0')
redis.call('PEXPIRE', KEYS[1], ARGV[2])
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
  // ARGV[3] = activity JSON, ARGV[4] = activities kept, ARGV[5] = channel. Returns the
  // activity's sequence number, or -1 when the conversation does not exist.
  tremplinDlAppend: `${LIVE}
if not live() then return -1 end
local seq = redis.call('HINCRBY', KEYS[1], 'next', 1) - 1
local item = seq .. ' ' .. ARGV[3]
redis.call('RPUSH', KEYS[2], item)
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[4]), -1)
redis.call('HSET', KEYS[1], 'lastActiveAt', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
redis.call('PUBLISH', ARGV[5], item)
return seq`,
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
    this.maxActivities = options.maxActivities ?? 500;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 60 * 60 * 1000;
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

  async createConversation({ id, userId }: { id: string; userId: string }): Promise<DirectLineConversation> {
    const now = this.now();
    await this.run('tremplinDlCreate', id, userId);
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
