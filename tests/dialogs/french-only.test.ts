import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(undefined, { KNOWLEDGE_DIR: path.join(import.meta.dirname, '../fixtures/knowledge/french-only') });
});
afterAll(() => tremplin.close());

describe('knowledge written only in French', () => {
  it('answers an English question from the French entry, saying so', () =>
    play(
      tremplin,
      [
        ['Do I need a cover letter for Incubateur Test?', { intent: 'application_process', say: ['only available in French', 'quelques lignes'], cite: 'lettre-motivation' }],
        ['How big is the Incubateur Test community?', { intent: 'organisation_info', say: ['Only available in French', '500 personnes'], cite: 'incubateur' }],
      ],
      { locale: 'en-US' },
    ));
});
