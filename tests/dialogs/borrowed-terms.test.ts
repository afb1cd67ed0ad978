/**
 * A question framed in one language about a word of the other: the frame is the asker's language
 * ("What is the période d'essai de la fonction publique?" is asked in English, whatever the French
 * term inside it), and a word that only stresses the question ("au juste") names nothing.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('a French term inside an English question is answered in English', () => {
  it('a term with accents and « de » after "what is"', () =>
    play(tremplin, [["What is the indemnité de fin de contrat de la fonction publique?", { intent: 'definition', say: 'end-of-contract allowance', notSay: 'est versée', cite: 'indemnite-de-fin-de-contrat-en' }]]));

  it('a term, then a comparison in English', () =>
    play(tremplin, [["What's a CDD de droit public? Same as a private one?", { intent: 'definition', cite: 'contractuel-en' }]]));
});

describe('« au juste » stresses a question, it is no word to explain', () => {
  it('an explained word asked « au juste »', () =>
    play(tremplin, [["la période d'essai, c'est quoi au juste ?", { intent: 'definition', cite: 'periode-d-essai', notSay: 'juste' }]]));
});
