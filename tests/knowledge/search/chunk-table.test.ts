import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkTable, U32Buffer } from '../../../src/knowledge/search/chunk-table.js';
import { terms } from '../../../src/text/normalise.js';

describe('ChunkTable', () => {
  it('gives the same words as terms() on any text', () => {
    const vocabulary = new Map<string, number>();
    const list: string[] = [];
    const idOf = (term: string) => vocabulary.get(term) ?? (vocabulary.set(term, list.push(term) - 1), list.length - 1);
    const table = new ChunkTable((chunk) => terms(chunk).map(idOf));
    const pieces = ['Développeur·se', 'H / F', "l'équipe", 'A +', 'data', 'scientist', ' ', '  ', '\n', '\u00a0', '\t', ',', '.', 'euse', 'c++', '(H/F)', 'télétravail', 'Chef/fe', '/', '+', 'jusqu’à', '45 000', 'DINUM'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const out = new U32Buffer(4);
        const count = table.add(text, out);
        expect(count).toBe(out.length);
        expect([...out.toArray()].map((id) => list[id])).toEqual(terms(text));
      }),
      { numRuns: 300 },
    );
  });

  it('remembers each distinct chunk once', () => {
    let resolved = 0;
    const table = new ChunkTable(() => (resolved++, [1]));
    const out = new U32Buffer();
    for (let i = 0; i < 3; i++) table.add('les offres les offres', out);
    expect(resolved).toBe(2);
    expect(table.distinct).toBe(2);
    expect(out.length).toBe(12);
  });

  it('keeps working past its initial capacity', () => {
    const table = new ChunkTable((chunk) => [Number(chunk.slice(1))]);
    const out = new U32Buffer();
    const text = Array.from({ length: 40_000 }, (_, i) => `w${i}`).join(' ');
    table.add(text, out);
    table.add(text, out);
    expect(table.distinct).toBe(40_000);
    expect(out.data[39_999]).toBe(39_999);
    expect(out.data[40_000 + 12_345]).toBe(12_345);
  });
});
