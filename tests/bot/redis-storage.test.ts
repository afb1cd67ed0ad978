/**
 * Conversation state in a real Redis (a throw-away redis-server): the storage contract, state
 * shared between instances, and what users see when Redis dies or hangs mid-conversation.
 */
import type { Storage } from 'botbuilder';
import { describe, expect, it, vi } from 'vitest';
import { BoundedMemoryStorage } from '../../src/bot/state/bounded-memory-storage.js';
import { createStateStorage } from '../../src/bot/state/create-storage.js';
import { RedisStorage } from '../../src/bot/state/redis-storage.js';
import { ResilientStorage } from '../../src/bot/state/resilient-storage.js';
import { redisErrors, stateErrors } from '../../src/errors.js';
import { createLogger } from '../../src/logger.js';
import { closeRedis, connectRedis } from '../../src/redis/connect.js';
import { capturingLogger } from '../applications/store-contract.js';
import { closeAfterEach, connectReady, FAST_REDIS, relayTo, settlesWhileDown, useRedisServer } from '../support/redis-server.js';
import { EVENTUALLY } from '../support/patience.js';
import { describeStorage } from './storage-contract.js';

const silent = createLogger('silent');
const redis = useRedisServer();
const track = closeAfterEach();

let prefixes = 0;
const newPrefix = () => `test:${++prefixes}:`;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const connect = () => connectReady(redis().url);

describeStorage('Redis', async ({ ttlMs } = {}) => ({
  storage: track(new RedisStorage({ client: await connect(), keyPrefix: newPrefix(), ttlMs })),
  elapse: sleep,
}));

describeStorage('Redis behind ResilientStorage', async ({ ttlMs } = {}) => ({
  storage: track(
    new ResilientStorage({ primary: new RedisStorage({ client: await connect(), keyPrefix: newPrefix(), ttlMs }), logger: silent }),
  ),
  elapse: sleep,
}));

describeStorage('ResilientStorage while Redis cannot be reached (in-memory fallback)', async ({ ttlMs } = {}) => {
  let now = 0;
  const nowhere = connectRedis('redis://127.0.0.1:1', silent, FAST_REDIS);
  return {
    storage: track(
      new ResilientStorage({
        primary: new RedisStorage({ client: nowhere, ttlMs }),
        fallback: new BoundedMemoryStorage({ ttlMs, now: () => now }),
        logger: silent,
      }),
    ),
    elapse: async (ms) => {
      now += ms;
    },
  };
});

describe('RedisStorage', () => {
  it('shares state between instances, and refuses the stale write of one of them', async () => {
    const keyPrefix = newPrefix();
    const a = track(new RedisStorage({ client: await connect(), keyPrefix }));
    const b = track(new RedisStorage({ client: await connect(), keyPrefix }));
    await a.write({ conversation: { memory: { focusOfferId: 'dinum-data-scientist' } } });
    const onB = (await b.read(['conversation'])).conversation!;
    expect(onB).toMatchObject({ memory: { focusOfferId: 'dinum-data-scientist' } });
    const onA = (await a.read(['conversation'])).conversation!;
    await a.write({ conversation: { ...onA, memory: { focusOfferId: 'beta-gouv-developpeurs' } } });
    await expect(b.write({ conversation: { ...onB, memory: {} } })).rejects.toThrow(stateErrors.eTagConflict('conversation'));
    expect((await b.read(['conversation'])).conversation).toMatchObject({ memory: { focusOfferId: 'beta-gouv-developpeurs' } });
  });

  it('keeps every entry under its key prefix, with an expiry', async () => {
    const keyPrefix = newPrefix();
    const storage = track(new RedisStorage({ client: await connect(), keyPrefix, ttlMs: 60_000 }));
    await storage.write({ 'webchat/conversations/c1/': { v: 1 } });
    const raw = await connect();
    track({ close: () => closeRedis(raw) });
    expect(await raw.keys(`${keyPrefix}*`)).toEqual([`${keyPrefix}webchat/conversations/c1/`]);
    const ttl = await raw.pttl(`${keyPrefix}webchat/conversations/c1/`);
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });
});

describe('createStateStorage', () => {
  it('keeps state in memory without REDIS_URL', async () => {
    const storage = track(await createStateStorage({}, silent));
    expect(storage).toBeInstanceOf(BoundedMemoryStorage);
    expect(storage.health()).toEqual({ status: 'ok', backend: 'memory' });
  });

  it('refuses a REDIS_URL that is not a Redis address', async () => {
    await expect(createStateStorage({ redisUrl: 'localhost:6379' }, silent)).rejects.toThrow(redisErrors.invalidUrl);
  });

  it('starts when Redis cannot be reached, degraded, and says so once', async () => {
    const { logger, lines } = capturingLogger();
    const storage = track(await createStateStorage({ redisUrl: 'redis://127.0.0.1:1' }, logger, { connection: FAST_REDIS }));
    await storage.write({ a: { v: 1 } });
    expect(await storage.read(['a'])).toMatchObject({ a: { v: 1 } });
    expect(storage.health()).toMatchObject({ status: 'degraded', backend: 'redis' });
    expect(lines.filter((l) => l.msg === stateErrors.redisOutage)).toHaveLength(1);
  });
});

describe('a Redis outage', () => {
  /** State storage as production builds it, on the test server, plus a second instance's view of Redis. */
  async function openInstances() {
    const { logger, lines } = capturingLogger();
    const keyPrefix = newPrefix();
    const storage = track(await createStateStorage({ redisUrl: redis().url }, logger, { keyPrefix, connection: FAST_REDIS, retryEveryMs: 100 }));
    const other = async (): Promise<Storage> => track(new RedisStorage({ client: await connect(), keyPrefix }));
    const logged = (msg: string) => lines.filter((l) => l.msg === msg).length;
    return { storage, other, logged };
  }

  it('when Redis dies: nothing waits, health says degraded, and state is shared again once it restarts', async () => {
    const { storage, other, logged } = await openInstances();
    await storage.write({ before: { v: 1 } });
    expect(storage.health().status).toBe('ok');

    await redis().kill();
    // What this instance read or wrote is still there: its mirror answers.
    expect(await settlesWhileDown(storage.read(['before']))).toMatchObject({ before: { v: 1 } });
    await settlesWhileDown(storage.write({ during: { v: 2 } }));
    expect(await settlesWhileDown(storage.read(['during']))).toMatchObject({ during: { v: 2 } });
    await settlesWhileDown(storage.delete(['nothing']));
    expect(storage.health()).toMatchObject({ status: 'degraded', backend: 'redis', since: expect.any(String) });
    expect(logged(stateErrors.redisOutage)).toBe(1);

    await redis().restart();
    await vi.waitFor(() => expect(storage.health().status).toBe('ok'), EVENTUALLY);
    expect(logged(stateErrors.redisBack)).toBe(1);
    // What was written during the outage was handed over to Redis: other instances see it.
    const elsewhere = await other();
    expect(await elsewhere.read(['during'])).toMatchObject({ during: { v: 2 } });
    await storage.write({ after: { v: 3 } });
    expect(await elsewhere.read(['after'])).toMatchObject({ after: { v: 3 } });
  });

  it('when Redis hangs: calls give up after the command timeout, the state goes on, and what was written meanwhile is handed over', async () => {
    const { storage, other, logged } = await openInstances();
    await storage.write({ conversation: { awaiting: 'experience' } });
    redis().pause();
    try {
      expect(await settlesWhileDown(storage.read(['conversation']))).toMatchObject({ conversation: { awaiting: 'experience' } });
      await settlesWhileDown(storage.write({ conversation: { awaiting: null, during: true }, newcomer: { v: 1 } }));
      await settlesWhileDown(storage.delete(['gone']));
      expect(storage.health().status).toBe('degraded');
    } finally {
      redis().resume();
    }
    await vi.waitFor(() => expect(storage.health().status).toBe('ok'), EVENTUALLY);
    // Nobody else wrote meanwhile: what this instance wrote during the outage is now in Redis.
    const elsewhere = await other();
    expect(await elsewhere.read(['conversation', 'newcomer'])).toMatchObject({ conversation: { awaiting: null, during: true }, newcomer: { v: 1 } });
    expect(logged(stateErrors.redisOutage)).toBe(1);
    expect(logged(stateErrors.redisBack)).toBe(1);
  });

  it('when only this instance loses Redis, what others wrote meanwhile wins over its own, and nothing else is lost', async () => {
    const relay = await relayTo(redis());
    const keyPrefix = newPrefix();
    const storage = track(await createStateStorage({ redisUrl: relay.url }, silent, { keyPrefix, connection: FAST_REDIS, retryEveryMs: 100 }));
    const elsewhere = track(new RedisStorage({ client: await connect(), keyPrefix }));
    try {
      await storage.write({ shared: { v: 'before' }, mine: { v: 'before' } });
      await storage.read(['shared', 'mine']);
      relay.cut();
      await settlesWhileDown(storage.write({ shared: { v: 'ours' }, mine: { v: 'ours' }, added: { v: 'ours' } }));
      expect(storage.health().status).toBe('degraded');
      const theirs = (await elsewhere.read(['shared'])).shared!;
      await elsewhere.write({ shared: { ...theirs, v: 'theirs' } });
      relay.restore();
      await vi.waitFor(() => expect(storage.health().status).toBe('ok'), EVENTUALLY);
      expect(await elsewhere.read(['shared', 'mine', 'added'])).toMatchObject({ shared: { v: 'theirs' }, mine: { v: 'ours' }, added: { v: 'ours' } });
      expect(await storage.read(['shared'])).toMatchObject({ shared: { v: 'theirs' } });
    } finally {
      await relay.close();
    }
  });
});
