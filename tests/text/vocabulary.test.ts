import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../src/text/vocabulary.js';

const TERMS = ['data', 'date', 'datalab', 'scientist', 'science', 'salaire', 'salarie', 'teletravail', 'developpeur', 'developer', 'development', 'cdi', 'cdd', '2025', 'recrutement', 'recruitment', 'juriste'];
const DF = Uint32Array.from(TERMS, (_, i) => 100 - i);
const vocabulary = new Vocabulary(TERMS, DF);
const words = (matches: Array<{ term: number }>) => matches.map((m) => TERMS[m.term]);

describe('Vocabulary.typosOf', () => {
  it.each([
    ['scientst', 'scientist'],
    ['teletravial', 'teletravail'],
    ['developeur', 'developpeur'],
    ['recrutment', 'recrutement'],
    ['salair', 'salaire'],
    ['jruiste', 'juriste'],
    ['dta', 'data'],
  ])('%s → %s first', (typed, meant) => {
    expect(words(vocabulary.typosOf(typed))[0]).toBe(meant);
  });

  it('scores a typo below an exact word, and two edits below one', () => {
    const [one] = vocabulary.typosOf('scientst');
    const [two] = vocabulary.typosOf('scentst');
    expect(one!.quality).toBeLessThan(1);
    expect(two!.quality).toBeLessThan(one!.quality);
  });

  it('never turns one contract, number or short word into another', () => {
    expect(words(vocabulary.typosOf('cdx'))).toEqual([]);
    expect(words(vocabulary.typosOf('2024'))).toEqual([]);
    expect(words(vocabulary.typosOf('da'))).toEqual([]);
    expect(words(vocabulary.typosOf('dat'))).toEqual(['data', 'date']);
  });

  it('does not treat a word contained in a longer one as a typo', () => {
    expect(words(vocabulary.typosOf('lab'))).toEqual([]);
    expect(words(vocabulary.typosOf('scien'))).not.toContain('scientist');
  });
});

describe('Vocabulary.withPrefix', () => {
  it('completes an unfinished word, most frequent first', () => {
    expect(words(vocabulary.withPrefix('develop'))).toEqual(['developpeur', 'developer', 'development']);
    expect(words(vocabulary.withPrefix('dat'))).toEqual(['data', 'date', 'datalab']);
  });

  it('needs three letters and gives less to longer completions', () => {
    expect(vocabulary.withPrefix('da')).toEqual([]);
    const [data, , datalab] = vocabulary.withPrefix('dat');
    expect(data!.quality).toBeGreaterThan(datalab!.quality);
    expect(words(vocabulary.withPrefix('data'))).toEqual(['datalab']);
  });
});
