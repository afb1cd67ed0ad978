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
});
