/**
 * Every offer a candidate's question fits, not the one whose title it happens to say whole, as
 * transcripts on the frozen knowledge: a profile the candidate gives ("je suis data scientist")
 * fits every title holding it; a rubric asked by part of one title ("finance") is every offer of
 * that employer about it.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('a profile the candidate gives is every offer whose title holds it', () => {
  it('lists the DINUM data scientist and both PEReN ones for "moi je suis data scientist"', () =>
    play(tremplin, [['moi je suis data scientist, vous proposez quoi ?', { intent: 'positions', say: ['Data scientist', 'NLP data scientist', 'Computer Vision data scientist'] }]]));

  it('still shows one offer when its whole title is asked without a profile', () =>
    play(tremplin, [['le poste de data scientist de la DINUM', { intent: 'positions', say: 'Data scientist', notSay: 'NLP' }]]));
});

describe('a subject asked by part of one title is every offer of the employer about it', () => {
  it('lists both offers of the budget rubric for "poste budget finance dinum"', () =>
    play(tremplin, [['un poste budget finance à la dinum ?', { intent: 'positions', say: ['Gestionnaire financier', 'Adjoint/e au PMO'] }]]));
});
