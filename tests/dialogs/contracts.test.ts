import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(() => new Date('2026-11-23T10:00:00Z'));
});
afterAll(() => tremplin.close());

describe('contracts', () => {
  it('gives type and length, quoting the announcement', () =>
    play(tremplin, [
      ['Quel contrat pour les développeurs de beta.gouv.fr ?', { intent: 'contract', say: ['CDD', 'vacataire', '6 mois'], cite: 'beta-gouv-developpeurs' }],
    ]));

  it('gives the start date, and warns that it has passed', () =>
    play(tremplin, [
      ['Quand commence la mission chez beta.gouv.fr ?', { intent: 'contract', say: ['4 janvier 2021', 'date est passée', 'recrutement@beta.gouv.fr'] }],
    ]));

  it('answers both halves of "when does it start, and where?"', async () => {
    await play(tremplin, [
      ['Quand commence la mission de développeur chez beta.gouv.fr, et où ?', { intent: 'contract', say: ['4 janvier 2021', 'Paris', 'ponctuel'], cite: 'beta-gouv-developpeurs' }],
    ]);
    await play(tremplin, [
      ['When would the beta.gouv.fr developer job start and where?', { intent: 'contract', say: ['4 January 2021', 'Paris'], cite: 'beta-gouv-developpeurs' }],
    ], { locale: 'en-US' });
  });

  it('says plainly that a DINUM offer does not state its contract', () =>
    play(tremplin, [
      ["Le poste de chef du pôle Datalab, c'est un CDI ?", { intent: 'contract', answered: false, say: 'ne précise pas le type de contrat', cite: 'dinum-chef-pole-datalab' }],
    ]));

  it('quotes what the announcement says about renewal, in the conversation about an offer', () =>
    play(tremplin, [
      ['Quel contrat pour les développeurs de beta.gouv.fr ?', { intent: 'contract', say: 'CDD' }],
      ['et il est renouvelable ensuite ?', { intent: 'contract', say: ["n'est pas garanti", 'reste possible'], cite: 'beta-gouv-developpeurs' }],
    ]));

  it('quotes the French announcement about renewal to an English question, saying it is in French', () =>
    play(tremplin, [
      ['What contract do beta.gouv.fr developers get?', { intent: 'contract', say: 'CDD' }],
      ['could it be extended later on?', { intent: 'contract', say: ['in French', "n'est pas garanti"] }],
    ], { locale: 'en-US' }));

  it('answers in English', () =>
    play(tremplin, [
      ['What kind of contract do beta.gouv.fr developers get?', { intent: 'contract', say: ['fixed-term contract (CDD)', '6 months'], notSay: '6 mois' }],
    ], { locale: 'en-US' }));

  it('knows the contract of the offer in focus', () =>
    play(tremplin, [
      ['Le télétravail chez beta.gouv.fr ?', { intent: 'remote_work' }],
      ['et le contrat ?', { intent: 'contract', say: 'CDD' }],
      ['and the salary?', { intent: 'salary', say: 'years of experience' }],
    ]));
});
