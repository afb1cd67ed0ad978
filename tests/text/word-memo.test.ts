/**
 * What the memos of words hold when visitors choose the words (issue 13: anyone can fill the
 * server's memory): 20,000 messages of 4,000 random letters held 250+ MB in the chunk and stem
 * memos, bounded in entries only.
 */
import { describe, expect, it } from 'vitest';
import { rememberedWords, stem, tokenize } from '../../src/text/normalise.js';
import { WordMemo } from '../../src/text/word-memo.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const randomLetters = (length: number) => Array.from({ length }, () => LETTERS[Math.floor(Math.random() * 26)]).join('');

describe('memos of words', () => {
  it('keep nothing of a flood of distinct long words, and still read them', () => {
    const before = rememberedWords();
    for (let n = 0; n < 500; n++) {
      const word = randomLetters(4000);
      const tokens = tokenize(`bonjour ${word}`);
      expect(tokens).toEqual(['bonjour', word]);
      expect(stem(word, 'fr')).toBe(stem(word, 'fr'));
      stem(word, 'en');
    }
    const after = rememberedWords();
    // 500 × 4,000 letters × (chunk, French stem, English stem) were 6 MB; the two short words, a few letters.
    expect(after.characters - before.characters).toBeLessThan(100);
  });

  it('remember short words, up to a number of entries', () => {
    const memo = new WordMemo<number>(3, 10);
    let computed = 0;
    const length = (w: string) => (computed++, w.length);
    expect(['salaire', 'salaire', 'offre', 'salaire'].map((w) => memo.get(w, length))).toEqual([7, 7, 5, 7]);
    expect(computed).toBe(2);
    for (const w of ['a', 'b', 'c', 'd']) memo.get(w, length);
    expect(memo.size.entries).toBeLessThanOrEqual(3);
    memo.get('x'.repeat(11), length);
    memo.get('x'.repeat(11), length);
    expect(computed).toBe(8);
  });
});
