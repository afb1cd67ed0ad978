/**
 * A word the catalogue's titles hold names the offer though its stem also asks a fact, as a
 * transcript on the small catalogue of tests/fixtures/knowledge/title-words (three UX designers
 * and one UX writer): "writer" is the title's, not "write to whom".
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

const CATALOGUE = path.join(import.meta.dirname, '../fixtures/knowledge/title-words');

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(undefined, { KNOWLEDGE_DIR: CATALOGUE });
});
afterAll(() => tremplin.close());

describe('a title word sharing its stem with a word that asks a fact', () => {
  it('shows the UX writer offer, not every UX offer, for "poste de ux writer ?"', () =>
    play(tremplin, [['un poste de ux writer ?', { intent: 'positions', say: ['UX writer', 'plume@phare.example.fr'], notSay: 'Designer UX 2' }]]));
});
