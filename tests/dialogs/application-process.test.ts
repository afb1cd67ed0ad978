import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('application process', () => {
  it('asks which employer when the answer depends on it, then answers for that one', () =>
    play(tremplin, [
      ['Comment postuler ?', { intent: 'application_process', say: ["dépend de l'employeur", 'PEReN', 'beta.gouv.fr'], suggest: 'PEReN' }],
      ['Au PEReN ?', { intent: 'application_process', say: ['Passerelles', "Place de l'emploi public"], cite: 'candidater-peren' }],
      ['et le stage ?', { intent: 'application_process', say: 'PASS' }],
    ]));

  it('answers the interview, its dress code and the delays at beta.gouv.fr', () =>
    play(tremplin, [
      ["Comment se passe l'entretien chez beta.gouv.fr ?", { intent: 'application_process', cite: 'entretien-beta-gouv' }],
      ["Comment s'habiller pour l'entretien chez beta ?", { intent: 'application_process', cite: 'tenue-entretien-beta-gouv' }],
      ['Le recrutement chez beta.gouv.fr prend combien de temps ?', { intent: 'application_process', say: '4 semaines' }],
    ]));

  it('knows who reviews applications at PEReN, in French and English', async () => {
    await play(tremplin, [["Qui examine les candidatures au PEReN ?", { intent: 'application_process', say: 'deux', cite: 'examen-candidatures-peren' }]]);
    await play(tremplin, [['Who reviews applications at PEReN?', { intent: 'application_process', say: 'two', cite: 'examen-candidatures-peren-en' }]], { locale: 'en-US' });
  });

  it('answers an English question from the English entry', () =>
    play(tremplin, [
      ['Do I need a cover letter for beta.gouv.fr?', { intent: 'application_process', say: 'no cover letter is needed', notSay: 'only available in French', cite: 'lettre-motivation-beta-gouv-en' }],
    ], { locale: 'en-US' }));

  it('tells candidates not to self-censor', () =>
    play(tremplin, [
      ['Je ne remplis pas tous les prérequis du PEReN, je postule quand même ?', { intent: 'application_process', cite: 'prerequis-peren' }],
    ]));

  it('reads SMS spelling', () =>
    play(tremplin, [
      ['cmt postuler chez beta gouv', { intent: 'application_process', cite: 'candidater-beta-gouv' }],
    ]));
});
