import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/text/edit-distance.js';
import { LruCache } from '../../../src/text/lru.js';
import { TopK } from '../../../src/knowledge/search/top-k.js';

describe('editDistance', () => {
  it.each([
    ['teletravail', 'teletravial', 1],
    ['data', 'dta', 1],
    ['salaire', 'salaire', 0],
    ['chat', 'chien', 3],
    ['', 'abc', 3],
  ])('%s ~ %s = %i (capped)', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });

  it('stops at max + 1', () => {
    expect(editDistance('developpeur', 'data', 2)).toBe(3);
    expect(editDistance('abcdef', 'badcfe', 2)).toBe(3);
  });
});

describe('LruCache', () => {
  it('forgets the least recently used key first', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('keeps no key over its longest length: a visitor’s 4,000-character messages are never remembered', () => {
    const cache = new LruCache<string, number>(2000, 500);
    for (let n = 0; n < 100; n++) cache.set(`${n}${'x'.repeat(4000)}`, n);
    expect(cache.size).toBe(0);
    cache.set('Quel salaire pour un développeur ?', 1);
    expect(cache.get('Quel salaire pour un développeur ?')).toBe(1);
  });
});

describe('TopK', () => {
  it('keeps the k best, best first, earlier items winning ties', () => {
    const top = new TopK(3);
    [0.2, 0.9, 0.5, 0.9, 0.1, 0.7].forEach((score, item) => top.push(score, item));
    expect(top.sorted()).toEqual([
      { score: 0.9, item: 1 },
      { score: 0.9, item: 3 },
      { score: 0.7, item: 5 },
    ]);
    expect(top.floor).toBe(0.7);
    expect(new TopK(2).floor).toBe(-Infinity);
  });
});
