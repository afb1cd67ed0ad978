/**
 * Short replies and follow-ups that only make sense with the conversation (blind sets of
 * 7 December, fourth round: "oui" to the bot's own question misread). Each kind with wordings
 * of its own, in French and English, on the frozen knowledge:
 *
 * - a plain yes to the step the bot has just offered takes it; a plain no drops it; elsewhere
 *   "oui" is no answer to anything.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { FROZEN_NOW, play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(FROZEN_NOW);
});
afterAll(async () => {
  await tremplin.close();
});

describe('a plain yes or no answers the step the bot has just offered', () => {
  it('shows every open offer after "oui volontiers" to "voir toutes les offres ouvertes ?"', () =>
    play(tremplin, [
      ['des postes en alternance à Marseille ?', { intent: 'positions', say: 'Voulez-vous voir toutes les offres ouvertes ?', answered: false }],
      ['oui volontiers', { intent: 'positions', say: 'en ce moment', notSay: 'Marseille', answered: true }],
    ]));

  it('does the same in English after "sure"', () =>
    play(
      tremplin,
      [
        ['any jobs in Bordeaux?', { intent: 'positions', say: 'Would you like to see all open offers?' }],
        ['sure', { intent: 'positions', say: 'right now', notSay: ['Bordeaux', "I don't have this information"], answered: true }],
      ],
      { locale: 'en-US' },
    ));

  it('drops the step after "non c’est bon", and takes no "ok" for a yes when nothing was offered', async () => {
    await play(tremplin, [
      ['des offres en CDI à Marseille ?', { say: 'Voulez-vous voir toutes les offres ouvertes ?' }],
      ["non c'est bon", { intent: 'thanks', say: 'Que puis-je faire d’autre', notSay: 'en ce moment' }],
      ['oui', { notSay: 'en ce moment' }],
    ]);
  });

  it('gives a person’s contact after "not helpful" then "yes please"', () =>
    play(
      tremplin,
      [
        ['How long is the interview at PEReN?', {}],
        ['not helpful', { intent: 'feedback', say: 'Would you like a person’s contact?' }],
        ['yes please', { intent: 'escalation', say: 'recruitment team' }],
      ],
      { locale: 'en-US' },
    ));
});

