import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../src/bot/state/bounded-memory-storage.js';
import { describeStorage } from './storage-contract.js';

describeStorage('memory', async ({ ttlMs } = {}) => {
  let now = 0;
  return {
    storage: new BoundedMemoryStorage({ ttlMs, now: () => now }),
    elapse: async (ms) => {
      now += ms;
    },
  };
});

describe('BoundedMemoryStorage', () => {
  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const storage = new BoundedMemoryStorage({ maxEntries: 2 });
    await storage.write({ a: {} });
    await storage.write({ b: {} });
    await storage.read(['a']);
    await storage.write({ c: {} });
    expect(Object.keys(await storage.read(['a', 'b', 'c'])).sort()).toEqual(['a', 'c']);
    expect(storage.size).toBe(2);
    expect(storage.keys()).toEqual(['a', 'c']);
  });

  it('keeps at most maxBytes of state: conversations full of 4,000-character messages push out only the least recently used', async () => {
    const storage = new BoundedMemoryStorage({ maxBytes: 100_000 });
    await storage.write({ visitor: { lastQuestion: 'Quel salaire pour un développeur ?' } });
    for (let n = 0; n < 200; n++) {
      await storage.write({ [`flood-${n}`]: { lastQuestion: 'x'.repeat(4000), withoutOrganisation: 'y'.repeat(4000) } });
      await storage.read(['visitor']); // the visitor goes on talking
      expect(storage.storedBytes).toBeLessThanOrEqual(100_000);
    }
    expect(await storage.read(['visitor'])).toMatchObject({ visitor: { lastQuestion: 'Quel salaire pour un développeur ?' } });
    expect(storage.size).toBeLessThan(20);
    await storage.delete(storage.keys());
    expect(storage.storedBytes).toBe(0);
  });
});
