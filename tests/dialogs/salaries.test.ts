import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { check, conversation, play, startTremplin, type BotMust } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('salaries', () => {
  it('asks for experience when the pay depends on it, then answers precisely', () =>
    play(tremplin, [
      ["Quel est le salaire d'un développeur chez beta.gouv.fr ?", { intent: 'salary', say: ["dépend de l'expérience", 'nets par mois'], suggest: "Jusqu'à 5 ans d'expérience", cite: 'beta-gouv-developpeurs' }],
      ['8 ans', { intent: 'salary', say: '3 500 € nets par mois', cite: 'beta-gouv-developpeurs' }],
      ['et pour 3 ans ?', { intent: 'salary', say: '3 000 € nets par mois' }],
    ]));

  it('answers for the one offer that states a pay, and says the others do not', () =>
    play(tremplin, [
      ["J'ai exactement 5 ans d'expérience, quel serait mon salaire en tant que développeur ?", { intent: 'salary', say: ['une seule indique un salaire', 'front-end', '3 000 € nets par mois'], cite: 'beta-gouv-developpeurs' }],
    ]));

  it('takes a correction of the experience after answering', () =>
    play(tremplin, [
      ["Quel est le salaire d'un développeur chez beta.gouv.fr ?", { intent: 'salary', say: "dépend de l'expérience" }],
      ['3 ans', { intent: 'salary', say: '3 000 € nets par mois' }],
      ["Pardon, en fait j'ai plutôt 7 ans d'expérience", { intent: 'salary', say: '3 500 € nets par mois' }],
    ]));

  it('keeps the experience to the conversation, says where it comes from, and never carries it to another', async () => {
    const first = conversation(tremplin, { userId: 'returning-candidate' });
    for (const [userSays, must] of [
      ["Combien gagne un développeur chez beta.gouv.fr avec 8 ans d'expérience ?", { intent: 'salary', say: '3 500', notSay: 'plus tôt' }],
      ['Et quel est le salaire du poste de développeur chez beta.gouv.fr ?', { intent: 'salary', say: ['3 500', 'indiqué plus tôt'] }],
    ] satisfies [string, BotMust][]) check(userSays, await first.say(userSays), must);
    // The same user id in a new conversation: perhaps another person on the same computer.
    const later = conversation(tremplin, { userId: 'returning-candidate', locale: 'en-US' });
    for (const [userSays, must] of [
      ['How much do developers earn at beta.gouv.fr?', { intent: 'salary', say: 'How many years', notSay: '**€3,500' }],
      ['I actually have about 2 years of experience', { intent: 'salary', say: '€3,000' }],
    ] satisfies [string, BotMust][]) check(userSays, await later.say(userSays), must);
  });

  it('answers at once when the question gives the experience', () =>
    play(tremplin, [
      ["Avec 2 ans d'expérience, combien serais-je payé comme développeur chez beta.gouv.fr ?", { intent: 'salary', say: '3 000 €', notSay: '**3 500' }],
      ['et un senior ?', { intent: 'salary', say: '3 500 €' }],
    ]));

  it('says plainly when an offer states no salary, and where to look', () =>
    play(tremplin, [
      ['Et pour le poste de data scientist à la DINUM, quel salaire ?', { intent: 'salary', answered: false, say: ["n'indique pas de salaire", 'choisirleservicepublic.gouv.fr'], cite: 'dinum-data-scientist' }],
    ]));

  it('asks which offer when several could be meant, and takes a number or a title', () =>
    play(tremplin, [
      ['Quel est le salaire ?', { intent: 'salary', say: 'Pour quelle offre', suggest: 'Développeur·se (8 postes, junior ou…' }],
      ['1', { intent: 'salary', say: 'Combien d’années'.replace('’', "'") }],
      ['plus de 5 ans', { intent: 'salary', say: '3 500' }],
    ]));

  it('speaks English to an English question', () =>
    play(tremplin, [
      ['How much does a junior developer earn at beta.gouv.fr?', { intent: 'salary', say: ['€3,000', 'net per month'] }],
    ], { locale: 'en-US' }));

  it('understands SMS spelling and typos', () =>
    play(tremplin, [
      ["c koi le salair des devs beta gouv avec 10 ans d'xp", { intent: 'salary', say: '3 500' }],
    ]));
});

describe('the pay of an employer whose only offer stating one is probably no longer open', () => {
  let later: Tremplin;
  beforeAll(async () => {
    // Seven months after the fixture's offers were last confirmed open: beta.gouv.fr's developer offer is stale.
    later = await startTremplin(() => new Date('2027-06-01T10:00:00Z'));
  });
  afterAll(() => later.close());

  it('(fr) compared with another employer: the pay is given, said probably closed', () =>
    play(later, [['Côté rémunération, beta.gouv ou le PEReN pour un dev ?', { intent: 'salary', say: ['probablement plus ouverte', '3 000 €', '3 500 €', 'PEReN'] }]]));

  it('(en) the same, asked in English', () =>
    play(later, [['How does pay compare between beta.gouv.fr and PEReN?', { intent: 'salary', say: ['probably no longer open', '3,000'] }]], { locale: 'en-US' }));
});
