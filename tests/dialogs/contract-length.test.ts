/**
 * A length or a renewal asked of an offer named, in few words and no other need understood
 * ("dev beta = 6 mois seulement ?"): a term of its contract, never another entry's passage.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe("a length asked of a named offer is its contract's", () => {
  it('(fr) terse, with a sign for "is"', () =>
    play(tremplin, [['développeur beta.gouv → juste 6 mois ?', { intent: 'contract', say: ['6 mois', 'CDD'], notSay: 'télétravail' }]]));

  it('(en) terse', () =>
    play(tremplin, [['beta.gouv developer: just six months?', { intent: 'contract', say: '6 months' }]], { locale: 'en-US' }));
});
