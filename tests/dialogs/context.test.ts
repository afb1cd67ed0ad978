import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('context carries over', () => {
  it('follows an offer through salary, experience, remote work and contract', () =>
    play(tremplin, [
      ['Parlez-moi du poste de développeur chez beta.gouv.fr', { intent: 'positions', say: 'Développeur·se', cite: 'beta-gouv-developpeurs', cards: 0 }],
      ['et le salaire ?', { intent: 'salary', say: "dépend de l'expérience", cite: 'beta-gouv-developpeurs' }],
      ['8 ans', { intent: 'salary', say: '3 500 € nets par mois' }],
      ['et le télétravail ?', { intent: 'remote_work', say: 'ponctuel' }],
      ['et le contrat ?', { intent: 'contract', say: ['CDD', '6 mois'] }],
      ['Quand commence la mission ?', { intent: 'contract', say: '4 janvier 2021' }],
      ['Comment postuler ?', { intent: 'application_process', cite: 'candidater-beta-gouv' }],
      ['merci !', { intent: 'thanks' }],
    ]));

  it('remembers the experience given for one salary question', () =>
    play(tremplin, [
      ['Combien gagne un développeur junior chez beta.gouv.fr ?', { intent: 'salary', say: '3 000 €', notSay: '3 500' }],
      ['Et le salaire chez beta.gouv.fr ?', { intent: 'salary' }],
    ]));

  it('switches employer on "et au PEReN ?"', () =>
    play(tremplin, [
      ['Comment postuler chez beta.gouv.fr ?', { intent: 'application_process', cite: 'candidater-beta-gouv' }],
      ['et au PEReN ?', { intent: 'application_process', say: 'Passerelles', cite: 'candidater-peren' }],
    ]));

  it('narrows a listing with a place, then an offer’s attribute', () =>
    play(tremplin, [
      ['Quelles offres à la DINUM ?', { intent: 'positions', say: '18 offres' }],
      ['et à Saint-Jacques-de-la-Lande ?', { intent: 'positions', say: 'hypervision', cards: 1 }],
      ["c'est quelle catégorie ?", { intent: 'positions', say: 'catégorie A' }],
    ]));

  it('asks which offer, then answers for the one chosen by its title', () =>
    play(tremplin, [
      ['Quel contrat pour le poste de data scientist ?', { intent: 'contract' }],
      ['Data scientist — DINUM', { intent: 'contract', cite: 'dinum-data-scientist', answered: false }],
    ]));

  it('lets a new question through while the bot waits for years of experience', () =>
    play(tremplin, [
      ['Quel salaire pour un développeur chez beta.gouv.fr ?', { intent: 'salary', say: "Combien d'années" }],
      ['Le télétravail est-il possible à la DINUM ?', { intent: 'remote_work', say: '18 offres' }],
    ]));
});

describe('English', () => {
  it('runs a whole conversation in English', () =>
    play(
      tremplin,
      [
        ['Hi!', { intent: 'greeting', say: 'recruitment assistant' }],
        ['What jobs are open at PEReN?', { intent: 'positions', say: 'NLP data scientist' }],
        ['Tell me about the NLP data scientist position', { intent: 'positions', say: 'NLP', cite: 'peren-data-scientist-nlp-en', cards: 0 }],
        ['and remote?', { intent: 'remote_work', answered: false, say: 'does not say' }],
        ['what about the salary?', { intent: 'salary', answered: false, say: 'does not state a salary' }],
        ['How do I apply to PEReN?', { intent: 'application_process', say: 'Passerelles' }],
        ['Is French required?', { intent: 'application_process', say: 'French', cite: 'francais-peren-en' }],
        ['What should I wear for the interview at beta.gouv.fr?', { intent: 'application_process', say: 'dress code', notSay: 'only available in French', cite: 'tenue-entretien-beta-gouv-en' }],
        ['Thanks a lot', { intent: 'thanks' }],
      ],
      { locale: 'en-US' },
    ));

  it('keeps the conversation’s language for a message with no clue', () =>
    play(
      tremplin,
      [
        ['What is the salary for a developer at beta.gouv.fr?', { intent: 'salary', say: 'How many years' }],
        ['10', { intent: 'salary', say: '€3,500 net per month' }],
      ],
      { locale: 'fr-FR' },
    ));
});
