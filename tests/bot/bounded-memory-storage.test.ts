import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../src/bot/state/bounded-memory-storage.js';
import { stateErrors } from '../../src/errors.js';

describe('BoundedMemoryStorage', () => {
  it('stores copies and gives each write a new eTag', async () => {
    const storage = new BoundedMemoryStorage();
    const item = { turns: 1 };
    await storage.write({ a: item });
    item.turns = 99;
    const { a } = await storage.read(['a']);
    expect(a).toMatchObject({ turns: 1 });
    expect(a!.eTag).toBeTypeOf('string');
  });

  it('refuses a write from a stale read (optimistic concurrency)', async () => {
    const storage = new BoundedMemoryStorage();
    await storage.write({ a: { v: 1 } });
    const first = (await storage.read(['a'])).a!;
    const second = (await storage.read(['a'])).a!;
    await storage.write({ a: { ...first, v: 2 } });
    await expect(storage.write({ a: { ...second, v: 3 } })).rejects.toThrow(stateErrors.eTagConflict('a'));
    await storage.write({ a: { ...second, v: 4, eTag: '*' } });
    expect((await storage.read(['a'])).a).toMatchObject({ v: 4 });
  });

  it('forgets entries unused for longer than the TTL', async () => {
    let now = 0;
    const storage = new BoundedMemoryStorage({ ttlMs: 1000, now: () => now });
    await storage.write({ a: { v: 1 }, b: { v: 2 } });
    now = 600;
    await storage.read(['a']);
    now = 1200;
    const items = await storage.read(['a', 'b']);
    expect(Object.keys(items)).toEqual(['a']);
  });

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const storage = new BoundedMemoryStorage({ maxEntries: 2 });
    await storage.write({ a: {} });
    await storage.write({ b: {} });
    await storage.read(['a']);
    await storage.write({ c: {} });
    expect(Object.keys(await storage.read(['a', 'b', 'c'])).sort()).toEqual(['a', 'c']);
    expect(storage.size).toBe(2);
  });
});
