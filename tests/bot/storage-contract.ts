/**
 * The behaviour every conversation-state `Storage` owes the bot, run against each
 * implementation (bounded-memory-storage.test.ts, redis-storage.test.ts) through a factory.
 */
import type { Storage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { stateErrors } from '../../src/errors.js';

/** A fresh, empty storage and how to let time pass for it. */
export interface StorageUnderTest {
  storage: Storage;
  /** Lets `ms` milliseconds pass (a fake clock, or real time for Redis). */
  elapse(ms: number): Promise<void>;
}

/** Creates a fresh, empty storage whose entries expire after `ttlMs` (default: long enough never to matter). */
export type NewStorage = (options?: { ttlMs?: number }) => Promise<StorageUnderTest>;

/** Runs the contract against storages made by `newStorage`. */
export function describeStorage(name: string, newStorage: NewStorage): void {
  describe(`conversation state storage contract (${name})`, () => {
    const fresh = async () => (await newStorage()).storage;

    it('stores copies and gives each write a new eTag', async () => {
      const storage = await fresh();
      const item = { turns: 1 };
      await storage.write({ a: item });
      item.turns = 99;
      const first = (await storage.read(['a'])).a!;
      expect(first).toMatchObject({ turns: 1 });
      expect(first.eTag).toBeTypeOf('string');
      first.turns = 42;
      expect((await storage.read(['a'])).a).toMatchObject({ turns: 1 });
      await storage.write({ a: { turns: 2 } });
      const second = (await storage.read(['a'])).a!;
      expect(second.turns).toBe(2);
      expect(second.eTag).not.toBe(first.eTag);
    });

    it('keeps what the bot stores as it was: nested objects, arrays, accents', async () => {
      const storage = await fresh();
      const memory = { lang: 'fr', turns: 3, offerCandidates: ['développeur-dinum', 'data-scientist'], experience: { years: 8 }, awaiting: null };
      await storage.write({ 'webchat/conversations/c1/': { memory } });
      const { eTag, ...value } = (await storage.read(['webchat/conversations/c1/']))['webchat/conversations/c1/']!;
      expect(eTag).toBeTruthy();
      expect(value).toEqual({ memory });
    });

    it('returns only the keys it holds', async () => {
      const storage = await fresh();
      await storage.write({ a: { v: 1 } });
      expect(Object.keys(await storage.read(['a', 'missing']))).toEqual(['a']);
      expect(await storage.read([])).toEqual({});
    });

    it('refuses a write from a stale read (optimistic concurrency); * or no eTag overwrites', async () => {
      const storage = await fresh();
      await storage.write({ a: { v: 1 } });
      const first = (await storage.read(['a'])).a!;
      const second = (await storage.read(['a'])).a!;
      await storage.write({ a: { ...first, v: 2 } });
      await expect(storage.write({ a: { ...second, v: 3 } })).rejects.toThrow(stateErrors.eTagConflict('a'));
      expect((await storage.read(['a'])).a).toMatchObject({ v: 2 });
      await storage.write({ a: { ...second, v: 4, eTag: '*' } });
      expect((await storage.read(['a'])).a).toMatchObject({ v: 4 });
      await storage.write({ a: { v: 5 } });
      expect((await storage.read(['a'])).a).toMatchObject({ v: 5 });
    });

    it('writes nothing of a batch when one of its eTags is stale', async () => {
      const storage = await fresh();
      await storage.write({ a: { v: 1 }, b: { v: 1 } });
      const { a, b } = await storage.read(['a', 'b']);
      await storage.write({ b: { ...b, v: 2 } });
      await expect(storage.write({ a: { ...a, v: 3 }, b: { ...b, v: 3 } })).rejects.toThrow(stateErrors.eTagConflict('b'));
      expect(await storage.read(['a', 'b'])).toMatchObject({ a: { v: 1 }, b: { v: 2 } });
    });

    it('lets exactly one of several concurrent writers of the same read win', async () => {
      const storage = await fresh();
      await storage.write({ a: { v: 0 } });
      const read = (await storage.read(['a'])).a!;
      const results = await Promise.allSettled([1, 2, 3, 4, 5].map((v) => storage.write({ a: { ...read, v } })));
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i + 1] : []));
      expect(won).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(String(r.reason)).toContain(stateErrors.eTagConflict('a'));
      expect((await storage.read(['a'])).a).toMatchObject({ v: won[0] });
    });

    it('forgets deleted entries, and accepts an old eTag for an entry it no longer holds', async () => {
      const storage = await fresh();
      await storage.write({ a: { v: 1 }, b: { v: 1 } });
      const old = (await storage.read(['a'])).a!;
      await storage.delete(['a']);
      expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
      await storage.write({ a: { ...old, v: 2 } });
      expect((await storage.read(['a'])).a).toMatchObject({ v: 2 });
    });

    it('refuses a write without changes', async () => {
      const storage = await fresh();
      await expect(storage.write(undefined as never)).rejects.toThrow(stateErrors.changesRequired);
    });

    it('forgets entries unused for longer than the TTL; reading or writing one keeps it', async () => {
      const { storage, elapse } = await newStorage({ ttlMs: 600 });
      await storage.write({ read: { v: 1 }, written: { v: 1 }, idle: { v: 1 } });
      await elapse(350);
      await storage.read(['read']);
      await storage.write({ written: { v: 2 } });
      await elapse(350);
      expect(Object.keys(await storage.read(['read', 'written', 'idle'])).sort()).toEqual(['read', 'written']);
    });
  });
}
