/**
 * Offers are kept compactly in memory (src/knowledge/compact-entry.ts); what HR wrote must read
 * back exactly, wherever it is read: the body as text, in a copy, in JSON, after the offer closes.
 */
import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/knowledge/read-entry.js';
import { withOpenStatus } from '../../src/knowledge/open-status.js';
import type { Offer } from '../../src/knowledge/schemas.js';

const BODY = 'L’équipe — 3 000 € nets… « Télétravail » possible ; 数据 et emoji 🙂 compris.\n\n## Missions\n\nConcevoir, coder, livrer.';
const file = (closes: string) =>
  new TextEncoder().encode(`---\ntitle: Développeur·se\norganisation: dinum\nstatus: open\nlocations: [Paris]\ncategory: A\ncontract: CDD\ncloses_on: ${closes}\n---\n${BODY}\n`);

describe('an offer read from its file', () => {
  const offer = parseEntry('offers/dev.md', 'offer', file('2030-06-30'), '2030-01-01').entry as Offer;

  it('gives back its body exactly, as text, in copies and in JSON', () => {
    expect(offer.body).toBe(BODY);
    expect({ ...offer }.body).toBe(BODY);
    expect((JSON.parse(JSON.stringify(offer)) as Offer).body).toBe(BODY);
    expect(Object.keys(offer)).toContain('body');
    expect(offer).toMatchObject({ title: 'Développeur·se', open: true, body: BODY });
  });

  it('keeps its body once its closing date passes', () => {
    const closed = withOpenStatus(offer, '2031-01-01');
    expect(closed.open).toBe(false);
    expect(closed.body).toBe(BODY);
    expect(closed.title).toBe('Développeur·se');
    expect(offer.open).toBe(true);
  });
});
