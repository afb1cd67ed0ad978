/**
 * Direct Line conversations in a real Redis (a throw-away redis-server): the store contract,
 * several instances serving one conversation (a stream on one gets the replies made on
 * another), and a Redis outage.
 */
import WebSocket from 'ws';
import { describe, expect, it, vi } from 'vitest';
import { createDirectLineStore } from '../../src/channels/directline/create-store.js';
import { MemoryDirectLineStore } from '../../src/channels/directline/memory-store.js';
import { RedisDirectLineStore } from '../../src/channels/directline/redis-store.js';
import { ResilientDirectLineStore } from '../../src/channels/directline/resilient-store.js';
import type { ActivityPage } from '../../src/channels/directline/store.js';
import { directLineErrors } from '../../src/errors.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { closeRedis, connectRedis } from '../../src/redis/connect.js';
import { HttpError } from '../../src/server/http-errors.js';
import { capturingLogger } from '../applications/store-contract.js';
import { closeAfterEach, connectReady, FAST_REDIS, settlesWhileDown, useRedisServer } from '../support/redis-server.js';
import { startTestServer, type TestServer } from '../support/web-server.js';
import { describeDirectLineStore, type StoreTestOptions } from './directline-store-contract.js';
import { EVENTUALLY } from '../support/patience.js';

const silent = createLogger('silent');
const redis = useRedisServer();
const track = closeAfterEach();

let prefixes = 0;
const newPrefix = () => `test:dl:${++prefixes}:`;

/** A store on the test server, as one instance would open it. */
async function openStore(keyPrefix: string, options: Partial<StoreTestOptions> = {}, logger: Logger = silent) {
  const store = track(new RedisDirectLineStore({ client: connectRedis(redis().url, silent, FAST_REDIS), logger, keyPrefix, ...options }));
  await store.whenReady(2000);
  return store;
}

describeDirectLineStore('Redis', (options) => openStore(newPrefix(), options));

describeDirectLineStore('Redis behind the resilient store', async (options) => {
  const primary = await openStore(newPrefix(), options);
  return new ResilientDirectLineStore({ primary, fallback: new MemoryDirectLineStore(options), logger: silent });
});

describeDirectLineStore('resilient store while Redis cannot be reached (in-memory fallback)', async (options) => {
  const primary = new RedisDirectLineStore({ client: connectRedis('redis://127.0.0.1:1', silent, FAST_REDIS), logger: silent, ...options });
  const store = track(new ResilientDirectLineStore({ primary, fallback: new MemoryDirectLineStore(options), logger: silent }));
  await store.whenReady(200);
  return store;
});

describe('RedisDirectLineStore, several instances', () => {
  it('serves a conversation created on one instance from another, streaming what either appends', async () => {
    const keyPrefix = newPrefix();
    const [a, b] = [await openStore(keyPrefix), await openStore(keyPrefix)];
    await a.createConversation({ id: 'shared', userId: 'dl_visitor' });
    expect(await b.getConversation('shared')).toMatchObject({ id: 'shared', userId: 'dl_visitor' });
    const onA: ActivityPage[] = [];
    a.subscribe('shared', (page) => onA.push(page));
    await a.listSince('shared', undefined);
    await b.append('shared', { type: 'message', text: 'réponse faite sur B' });
    await vi.waitFor(() => expect(onA).toHaveLength(1), EVENTUALLY);
    expect(onA[0]).toMatchObject({ watermark: '0', activities: [{ text: 'réponse faite sur B', id: 'shared|0000000' }] });
  });

  it('numbers concurrent appends from several instances without gaps or repeats', async () => {
    const keyPrefix = newPrefix();
    const [a, b] = [await openStore(keyPrefix), await openStore(keyPrefix)];
    await a.createConversation({ id: 'busy', userId: 'u' });
    const stored = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).append('busy', { type: 'message', text: String(i) })),
    );
    const seqs = stored.map((s) => (s?.channelData as Record<string, number>)['webchat:sequence-id']);
    expect([...seqs].sort((x, y) => x! - y!)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    const page = await b.listSince('busy', undefined);
    expect(page?.watermark).toBe('19');
    expect(page?.activities.map((x) => (x.channelData as Record<string, number>)['webchat:sequence-id'])).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
  });

  it('keeps its keys under its prefix, expiring when the conversation goes idle', async () => {
    const keyPrefix = newPrefix();
    const store = await openStore(keyPrefix, { idleTimeoutMs: 60_000 });
    await store.createConversation({ id: 'c', userId: 'u' });
    await store.append('c', { type: 'message', text: 'x' });
    const raw = await connectReady(redis().url);
    track({ close: () => closeRedis(raw) });
    expect((await raw.keys(`${keyPrefix}*`)).sort()).toEqual([`${keyPrefix}conv:c`, `${keyPrefix}log:c`]);
    for (const key of [`${keyPrefix}conv:c`, `${keyPrefix}log:c`]) {
      const ttl = await raw.pttl(key);
      expect(ttl).toBeGreaterThan(50_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
    }
  });

  it('streams to a visitor connected to one instance the bot replies made on another', async () => {
    const keyPrefix = newPrefix();
    const directLineSecret = 'a-secret-shared-by-every-instance-0123456789';
    const servers: TestServer[] = [];
    track({ close: async () => void (await Promise.all(servers.map((s) => s.close()))) });
    for (let i = 0; i < 2; i++) servers.push(await startTestServer({ store: await openStore(keyPrefix), directLineSecret }));
    const [a, b] = servers as [TestServer, TestServer];
    const post = async (s: TestServer, route: string, token: string, body?: unknown) => {
      const res = await fetch(`${s.url}/v3/directline${route}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      });
      return { status: res.status, body: (await res.json()) as Record<string, string> };
    };
    const generated = (await post(a, '/tokens/generate', '')).body;
    const { streamUrl } = (await post(a, '/conversations', generated.token!)).body;
    const frames: string[] = [];
    const ws = new WebSocket(streamUrl!);
    ws.on('message', (data) => frames.push(data.toString()));
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    try {
      const sent = await post(b, `/conversations/${generated.conversationId}/activities`, generated.token!, { type: 'message', text: 'bonjour' });
      expect(sent.status).toBe(200);
      await b.directLine.idle();
      const texts = () => frames.filter(Boolean).flatMap((f) => (JSON.parse(f) as ActivityPage).activities.map((x) => x.text));
      await vi.waitFor(() => expect(texts()).toEqual(['bonjour', 'Réponse : bonjour']), EVENTUALLY);
    } finally {
      ws.close();
    }
  });
});

describe('RedisDirectLineStore during a Redis outage', () => {
  it('fails at once with 503, says degraded, and streams again once Redis restarts', async () => {
    const { logger, lines } = capturingLogger();
    const store = await openStore(newPrefix(), {}, logger);
    await store.createConversation({ id: 'before', userId: 'u' });
    const pages: ActivityPage[] = [];
    store.subscribe('kept', (page) => pages.push(page));

    await redis().kill();
    const failure = await settlesWhileDown(store.getConversation('before').catch((err: unknown) => err));
    expect(failure).toBeInstanceOf(HttpError);
    expect(failure).toMatchObject({ status: 503, message: directLineErrors.storeUnavailable, headers: { 'Retry-After': '5' } });
    await expect(settlesWhileDown(store.append('before', { type: 'message', text: 'x' }))).rejects.toThrow(
      directLineErrors.storeUnavailable,
    );
    expect(store.health()).toMatchObject({ status: 'degraded', backend: 'redis' });
    expect(lines.filter((l) => l.msg === directLineErrors.storeUnavailable)).toHaveLength(1);

    await redis().restart();
    await vi.waitFor(() => expect(store.health().status).toBe('ok'), EVENTUALLY);
    expect(lines.filter((l) => l.msg === directLineErrors.storeBack)).toHaveLength(1);
    // The listener held through the outage is subscribed again.
    await store.createConversation({ id: 'kept', userId: 'u' });
    await vi.waitFor(
      async () => {
        await store.append('kept', { type: 'message', text: 'de retour' });
        expect(pages.length).toBeGreaterThan(0);
      },
      EVENTUALLY,
    );
    expect(pages[0]!.activities[0]!.text).toBe('de retour');
  });
});

describe('createDirectLineStore', () => {
  it('keeps conversations in memory without REDIS_URL, and in Redis with it (falling back to memory while it is away)', async () => {
    const memory = track(await createDirectLineStore({}, silent));
    expect(memory).toBeInstanceOf(MemoryDirectLineStore);
    expect(memory.health()).toEqual({ status: 'ok', backend: 'memory' });
    const shared = track(await createDirectLineStore({ redisUrl: redis().url }, silent, { keyPrefix: newPrefix(), connection: FAST_REDIS }));
    expect(shared).toBeInstanceOf(ResilientDirectLineStore);
    expect(shared.health()).toEqual({ status: 'ok', backend: 'redis' });
  });
});
