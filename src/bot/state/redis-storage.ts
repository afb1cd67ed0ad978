/**
 * Conversation and user state in Redis, shared by every instance behind the load balancer.
 * Behaves as `BoundedMemoryStorage` (see its doc comment): values are JSON copies, each write
 * gets a new `eTag`, a write whose `eTag` is stale is refused with the same error, `*` or no
 * eTag overwrites, and an entry unused for `ttlMs` is forgotten (its expiry is pushed back on
 * every read and write). The eTag check and the writes of one batch run in one Lua script, so
 * two instances writing the same conversation at once cannot both win.
 *
 * Each entry is a hash `<prefix><key>` with fields `e` (eTag) and `v` (JSON). Redis bounds the
 * number of entries by memory, not by count: give it a `maxmemory` with the `volatile-lru`
 * policy (every key here has an expiry). Multi-key scripts need a single Redis (or Sentinel),
 * not Redis Cluster.
 *
 * Commands fail with a `RedisUnavailableError` when Redis cannot be reached; wrap this store
 * in `ResilientStorage` to keep the bot answering during an outage.
 */
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { stateErrors } from '../../errors.js';
import { attempt, closeRedis, type Redis } from '../../redis/connect.js';
import { STATE_TTL_MS } from './bounded-memory-storage.js';

/** Default key prefix: everything Tremplin keeps for conversation state starts with it. */
export const DEFAULT_STATE_PREFIX = 'tremplin:state:';

/** Options of `RedisStorage`. */
export interface RedisStorageOptions {
  /** The connection (from `connectRedis`); the storage closes it in `close()`. */
  client: Redis;
  /** Prefix of every key. Default `tremplin:state:`; change it to share one Redis between deployments. */
  keyPrefix?: string;
  /** Milliseconds after the last read or write before an entry is forgotten. Default 1 hour, as in memory. */
  ttlMs?: number;
}

/** What `ResilientStorage` needs of the shared store it protects. */
export interface SharedStorage extends Storage {
  /** Whether the connection is up right now (no round trip). */
  readonly available: boolean;
  /** Calls `listener` each time the connection is lost (`false`) or ready again (`true`). */
  onAvailability(listener: (available: boolean) => void): void;
  /** One round trip; rejects when the store cannot be reached. */
  ping(): Promise<void>;
  /** Writes the items whose keys the store does not hold (never overwrites); eTags are ignored. */
  writeMissing(items: StoreItems): Promise<void>;
  close(): Promise<void>;
}

// Reads every key and pushes its expiry back. Returns eTag, JSON pairs (false when missing).
const READ = `
local out = {}
for i, key in ipairs(KEYS) do
  local entry = redis.call('HMGET', key, 'e', 'v')
  if entry[1] then redis.call('PEXPIRE', key, ARGV[1]) end
  out[2 * i - 1] = entry[1]
  out[2 * i] = entry[2]
end
return out`;

// ARGV: ttl, then per key: expected eTag ('' for none), new eTag, JSON. Checks every eTag
// before writing anything; returns the 1-based index of the first conflicting key, or 0.
const WRITE = `
for i, key in ipairs(KEYS) do
  local expected = ARGV[3 * i - 1]
  if expected ~= '' and expected ~= '*' then
    local current = redis.call('HGET', key, 'e')
    if current and current ~= expected then return i end
  end
end
for i, key in ipairs(KEYS) do
  redis.call('HSET', key, 'e', ARGV[3 * i], 'v', ARGV[3 * i + 1])
  redis.call('PEXPIRE', key, ARGV[1])
end
return 0`;

// ARGV: ttl, then per key: new eTag, JSON. Writes only the keys that do not exist.
const WRITE_MISSING = `
for i, key in ipairs(KEYS) do
  if redis.call('EXISTS', key) == 0 then
    redis.call('HSET', key, 'e', ARGV[2 * i], 'v', ARGV[2 * i + 1])
    redis.call('PEXPIRE', key, ARGV[1])
  end
end
return 0`;

type Scripted = Redis & {
  tremplinStateRead(keyCount: number, ...args: (string | number)[]): Promise<(string | null)[]>;
  tremplinStateWrite(keyCount: number, ...args: (string | number)[]): Promise<number>;
  tremplinStateWriteMissing(keyCount: number, ...args: (string | number)[]): Promise<number>;
};

/** The value of a `StoreItems` entry without its eTag, as JSON. */
function valueJson(item: unknown): string {
  const { eTag: _ignored, ...value } = (item ?? {}) as Record<string, unknown>;
  return JSON.stringify(value);
}

/** Conversation state in Redis (see the module comment); one instance per connection. */
export class RedisStorage implements SharedStorage {
  private readonly client: Scripted;
  private readonly prefix: string;
  private readonly ttlMs: number;

  constructor(options: RedisStorageOptions) {
    this.prefix = options.keyPrefix ?? DEFAULT_STATE_PREFIX;
    this.ttlMs = options.ttlMs ?? STATE_TTL_MS;
    const client = options.client;
    // defineCommand runs scripts with EVALSHA, loading them again after a Redis restart.
    client.defineCommand('tremplinStateRead', { lua: READ });
    client.defineCommand('tremplinStateWrite', { lua: WRITE });
    client.defineCommand('tremplinStateWriteMissing', { lua: WRITE_MISSING });
    this.client = client as Scripted;
  }

  get available(): boolean {
    return this.client.status === 'ready';
  }

  onAvailability(listener: (available: boolean) => void): void {
    this.client.on('ready', () => listener(true));
    this.client.on('close', () => listener(false));
  }

  async ping(): Promise<void> {
    await attempt(stateErrors.redisFailed('PING'), () => this.client.ping());
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const reply = await attempt(stateErrors.redisFailed('read'), () =>
      this.client.tremplinStateRead(keys.length, ...keys.map((k) => this.prefix + k), this.ttlMs),
    );
    keys.forEach((key, i) => {
      const eTag = reply[2 * i];
      const json = reply[2 * i + 1];
      if (eTag && json) items[key] = { ...JSON.parse(json), eTag };
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError(stateErrors.changesRequired);
    const keys = Object.keys(changes);
    if (keys.length === 0) return;
    const args = keys.flatMap((key) => {
      const eTag = (changes[key] as { eTag?: unknown } | undefined)?.eTag;
      return [eTag ? String(eTag) : '', randomUUID(), valueJson(changes[key])];
    });
    const conflict = await attempt(stateErrors.redisFailed('write'), () =>
      this.client.tremplinStateWrite(keys.length, ...keys.map((k) => this.prefix + k), this.ttlMs, ...args),
    );
    if (conflict > 0) throw new Error(stateErrors.eTagConflict(keys[conflict - 1]!));
  }

  async writeMissing(items: StoreItems): Promise<void> {
    const keys = Object.keys(items);
    if (keys.length === 0) return;
    const args = keys.flatMap((key) => [randomUUID(), valueJson(items[key])]);
    await attempt(stateErrors.redisFailed('write'), () =>
      this.client.tremplinStateWriteMissing(keys.length, ...keys.map((k) => this.prefix + k), this.ttlMs, ...args),
    );
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await attempt(stateErrors.redisFailed('delete'), () => this.client.unlink(...keys.map((k) => this.prefix + k)));
  }

  /** Closes the connection. */
  async close(): Promise<void> {
    await closeRedis(this.client);
  }
}
