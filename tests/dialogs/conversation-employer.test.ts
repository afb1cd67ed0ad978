/**
 * Held-out-11's lost follow-ups (docs: /work/blind-run6): a question that names no employer, in a
 * conversation about one, is answered by that employer's entry, even when another employer's
 * entry words it closer; and "quand ?" is answered by the delay an entry gives.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe("a follow-up that names no employer is about the conversation's", () => {
  it("answers when to expect a reply with beta.gouv.fr's recruitment time, not PEReN's delays", () =>
    play(tremplin, [
      ["Comment se passe l'entretien chez beta.gouv.fr ?", { intent: 'application_process', say: 'jury' }],
      ['et la réponse, je l’aurai quand ?', { say: '4 semaines', notSay: 'PEReN' }],
    ]));

  it('does the same in English', () =>
    play(
      tremplin,
      [
        ['What should I wear for the beta.gouv.fr interview?', { intent: 'application_process' }],
        ['when will I hear back?', { intent: 'application_process', say: '4 weeks', notSay: 'PEReN' }],
      ],
      { locale: 'en-US' },
    ));

  it("keeps PEReN's own answer in a conversation about PEReN", () =>
    play(tremplin, [
      ["Comment se passe l'entretien au PEReN ?", { intent: 'application_process' }],
      ['et j aurai une réponse quand ?', { intent: 'application_process', say: 'PEReN', notSay: '4 semaines' }],
    ]));
});

describe('a count asked right after a listing counts that listing', () => {
  it('keeps the subject and the employer of the offers just listed, in French', () =>
    play(tremplin, [
      ['La DINUM a quoi comme postes dans la data ?', { intent: 'positions', say: 'Ingénieur data' }],
      ['ça en fait combien en tout ?', { intent: 'positions', say: ['6', 'Ingénieur data'], notSay: 'PEReN' }],
    ]));

  it('and in English', () =>
    play(
      tremplin,
      [
        ['Any DINUM openings in data?', { intent: 'positions', say: 'Analyste de données' }],
        ['how many is that in total?', { intent: 'positions', say: ['6', 'Analyste de données'], notSay: 'PEReN' }],
      ],
      { locale: 'en-US' },
    ));
});

describe('the employer an application question names is the one a later question is about', () => {
  it("answers the pay with beta.gouv.fr's offer after its recruitment steps", () =>
    play(
      tremplin,
      [
        ['I know some Ruby, can I apply at beta?', { intent: 'application_process', say: 'beta.gouv.fr' }],
        ['what would I earn?', { intent: 'salary', say: '3,000', notSay: 'PEReN' }],
      ],
      { locale: 'en-US' },
    ));
});
