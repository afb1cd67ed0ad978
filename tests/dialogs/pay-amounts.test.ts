/**
 * Amounts of pay named beside the experience told ("4 ans d'xp, 3000 ou 3500 ?") ask which
 * applies: the pay of the offer that states it, for that experience, with the offer's state —
 * not "I don't know".
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('amounts named beside the experience told are a pay question', () => {
  it('(fr) the lower band, at its upper bound', () =>
    play(tremplin, [["5 ans d'xp tout juste : plutôt 3000 ou 3500 ?", { intent: 'salary', say: ['3 000 € nets', "jusqu'à 5 ans"], notSay: "Je n'ai pas cette information" }]]));

  it('(en) the upper band', () =>
    play(tremplin, [['9 years in the trade, 3000 or 3500?', { intent: 'salary', say: '€3,500 net', notSay: "I don't have this information" }]], { locale: 'en-US' }));

});
