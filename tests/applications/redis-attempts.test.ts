/**
 * Failed verifications in a real Redis (a throw-away redis-server), as instances with their own
 * SQLite file share them: counted in Redis while it answers, counted locally while it is away.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openApplicationStore } from '../../src/applications/open.js';
import type { ApplicationStore } from '../../src/applications/store.js';
import { createLogger } from '../../src/logger.js';
import { connectReady, useRedisServer } from '../support/redis-server.js';
import { EVENTUALLY } from '../support/patience.js';

const redis = useRedisServer();
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

let probes = 0;

/**
 * An instance, once its failures reach Redis: a store starts without Redis when it is not ready
 * within 2 s (a busy machine), and counts locally until it is. `patient`: its Redis commands
 * wait as long as a busy machine needs, rather than the product's 1 s before counting locally.
 */
async function instance(pepper: string, patient = true): Promise<ApplicationStore> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tremplin-attempts-'));
  dirs.push(dataDir);
  const store = await openApplicationStore({ dataDir, redisUrl: redis().url, applicationsPepper: pepper }, createLogger('silent'), {
    shareFailures: true,
    ...(patient ? { redisConnection: { commandTimeoutMs: EVENTUALLY.timeout } } : {}),
  });
  const client = await connectReady(redis().url);
  try {
    await vi.waitFor(async () => {
      const before = await client.dbsize();
      await store.attempts.recordFailure(`probe:${++probes}`, new Date(), new Date(Date.now() - 60_000));
      expect(await client.dbsize()).toBe(before + 1);
    }, EVENTUALLY);
  } finally {
    client.disconnect();
  }
  return store;
}

describe('verification failures in Redis', () => {
  const pepper = 'p'.repeat(32);
  const minuteAgo = () => new Date(Date.now() - 60_000);

  it('are shared by instances with their own SQLite file, blocks included, and hold no key in clear', async () => {
    const [a, b] = [await instance(pepper), await instance(pepper)];
    try {
      await a.attempts.recordFailure('dossier:20240001', new Date(), minuteAgo());
      expect(await b.attempts.recordFailure('dossier:20240001', new Date(), minuteAgo())).toBe(2);
      expect(await a.attempts.failuresSince('dossier:20240001', minuteAgo())).toBe(2);
      const until = new Date(Date.now() + 60_000);
      await a.attempts.block('dossier:20240001', until);
      expect(await b.attempts.blockedUntil('dossier:20240001', new Date())).toEqual(until);
      expect(await b.attempts.failuresSince('dossier:20240001', minuteAgo())).toBe(0);
      const keys = await connectReady(redis().url).then(async (client) => {
        const all = await client.keys('*');
        client.disconnect();
        return all;
      });
      expect(keys.join(' ')).not.toContain('20240001');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('are counted locally while Redis is away, without failing the lookup', async () => {
    const store = await instance(pepper, false);
    try {
      redis().pause();
      try {
        expect(await store.attempts.recordFailure('dossier:20240099', new Date(), minuteAgo())).toBe(1);
        expect(await store.attempts.recordFailure('dossier:20240099', new Date(), minuteAgo())).toBe(2);
        expect(await store.attempts.blockedUntil('dossier:20240099', new Date())).toBeNull();
      } finally {
        redis().resume();
      }
    } finally {
      await store.close();
    }
  });
});
