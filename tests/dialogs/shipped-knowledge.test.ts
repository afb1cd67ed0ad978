/**
 * A few transcripts on the shipped knowledge (knowledge/), the rest of the dialog tests running
 * on a frozen copy: the bot starts on what HR ships and answers each kind of question from it.
 * Written not to depend on figures HR may change (counts, amounts, dates).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(undefined, {}, { shipped: true });
});
afterAll(() => tremplin.close());

describe('the shipped knowledge', () => {
  it('answers a candidate in French, each kind from its source', () =>
    play(tremplin, [
      ['Bonjour', { intent: 'greeting', say: 'Tremplin' }],
      ['Quelles sont les offres ouvertes à la DINUM ?', { intent: 'positions', answered: true, say: 'offres ouvertes' }],
      ['Comment postuler au PEReN ?', { intent: 'application_process', answered: true }],
      ['Le télétravail est possible chez beta.gouv.fr ?', { intent: 'remote_work', answered: true }],
      ['Qui contacter au PEReN ?', { intent: 'contact', say: 'recrutement' }],
      ['Qui a gagné la coupe du monde ?', { intent: 'fallback', answered: false }],
    ]));

  it('answers in English', () =>
    play(
      tremplin,
      [
        ['What jobs does PEReN have?', { intent: 'positions', answered: true, say: 'open offer' }],
        ['How do I apply?', { intent: 'application_process', answered: true, notSay: 'Comment postuler' }],
      ],
      { locale: 'en-US' },
    ));
});
