import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/insights/word-diff.js';

describe('word diff of two answers', () => {
  it('is empty when only spacing differs', () => {
    expect(wordDiff('Oui,  ponctuellement.\nSource : x', 'Oui, ponctuellement. Source : x')).toBe('');
  });

  it('shows removed then added words, with a little context around and the rest shortened', () => {
    const before = 'Le télétravail est possible ponctuellement sans préavis ni validation à condition de rester raisonnable chaque semaine.';
    const after = 'Le télétravail est possible deux jours par semaine à condition de rester raisonnable chaque semaine.';
    expect(wordDiff(before, after, { context: 2 })).toBe(
      '… est possible [-ponctuellement sans préavis ni validation-] {+deux jours par semaine+} à condition …',
    );
  });

  it('shows two distant changes separately', () => {
    const base = Array.from({ length: 20 }, (_, i) => `w${i}`);
    const changed = [...base];
    changed[2] = 'X';
    changed[17] = 'Y';
    expect(wordDiff(base.join(' '), changed.join(' '), { context: 1 })).toBe('w0 w1 [-w2-] {+X+} w3 … w16 [-w17-] {+Y+} w18 w19');
  });

  it('shows both texts whole when they are too long to compare word by word', () => {
    expect(wordDiff('a b c', 'a b d', { maxCells: 4 })).toBe('[-a b c-] {+a b d+}');
  });
});
