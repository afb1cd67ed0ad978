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
  /** `write`, answering the eTag each key got (to know later whether anyone wrote since). */
  writeTracked(changes: StoreItems): Promise<Record<string, string>>;
  /**
   * Hands over what was written elsewhere while the store could not be reached: each key's
   * value (`undefined`: deleted) replaces the store's only if the store still holds what was
   * there before (`base`: the eTag last seen, `null` for nothing) — never over a change made
   * meanwhile by another instance. Returns the new eTags of the keys written or deleted.
   */
  handOver(entries: readonly HandedOver[]): Promise<Record<string, string | null>>;
  close(): Promise<void>;
}

/** One key handed over after an outage (see `SharedStorage.handOver`). */
export interface HandedOver {
  key: string;
  /** The value written during the outage; `undefined` when it was deleted. */
  value: Record<string, unknown> | undefined;
  /** The eTag the store held before the outage; `null` when it held nothing. */
  base: string | null;
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

// ARGV: ttl, then per key: base eTag ('' for none), new eTag ('' to delete), JSON. Writes (or
// deletes) each key whose eTag is still its base; returns 1 or 0 per key.
const HAND_OVER = `
local out = {}
for i, key in ipairs(KEYS) do
  local base = ARGV[3 * i - 1]
  local current = redis.call('HGET', key, 'e') or ''
  if current == base then
    if ARGV[3 * i] == '' then
      redis.call('DEL', key)
    else
      redis.call('HSET', key, 'e', ARGV[3 * i], 'v', ARGV[3 * i + 1])
      redis.call('PEXPIRE', key, ARGV[1])
    end
    out[i] = 1
  else
    out[i] = 0
  end
end
return out`;

type Scripted = Redis & {
  tremplinStateRead(keyCount: number, ...args: (string | number)[]): Promise<(string | null)[]>;
  tremplinStateWrite(keyCount: number, ...args: (string | number)[]): Promise<number>;
  tremplinStateHandOver(keyCount: number, ...args: (string | number)[]): Promise<number[]>;
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
    client.defineCommand('tremplinStateHandOver', { lua: HAND_OVER });
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
    await this.writeTracked(changes);
  }

  async writeTracked(changes: StoreItems): Promise<Record<string, string>> {
    if (!changes) throw new ReferenceError(stateErrors.changesRequired);
    const keys = Object.keys(changes);
    const written: Record<string, string> = Object.create(null);
    if (keys.length === 0) return written;
    const args = keys.flatMap((key) => {
      const eTag = (changes[key] as { eTag?: unknown } | undefined)?.eTag;
      written[key] = randomUUID();
      return [eTag ? String(eTag) : '', written[key], valueJson(changes[key])];
    });
    const conflict = await attempt(stateErrors.redisFailed('write'), () =>
      this.client.tremplinStateWrite(keys.length, ...keys.map((k) => this.prefix + k), this.ttlMs, ...args),
    );
    if (conflict > 0) throw new Error(stateErrors.eTagConflict(keys[conflict - 1]!));
    return written;
  }

  async handOver(entries: readonly HandedOver[]): Promise<Record<string, string | null>> {
    const done: Record<string, string | null> = Object.create(null);
    if (entries.length === 0) return done;
    const eTags = entries.map((e) => (e.value === undefined ? '' : randomUUID()));
    const args = entries.flatMap((e, i) => [e.base ?? '', eTags[i]!, e.value === undefined ? '' : valueJson(e.value)]);
    const applied = await attempt(stateErrors.redisFailed('write'), () =>
      this.client.tremplinStateHandOver(entries.length, ...entries.map((e) => this.prefix + e.key), this.ttlMs, ...args),
    );
    entries.forEach((e, i) => {
      if (applied[i] === 1) done[e.key] = eTags[i] || null;
    });
    return done;
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
