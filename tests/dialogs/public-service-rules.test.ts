/**
 * The precise rules of the public service a candidate asks about next (issue 17): resigning,
 * the end-of-contract allowance, a contract agent's mobility, working time, a bonus only civil
 * servants get, the programmes and services named in offers. Each is answered by the
 * explanation that holds the rule, with its figures and its sources — not by the general
 * explanation of "contractuel", nor by "I don't know".
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin, type Turn } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

/** A definition answer from one explanation, no offer shown. */
const explains = (cite: string, say: string | string[], notSay?: string) => ({ intent: 'definition', cite, cards: 0, say, ...(notSay ? { notSay } : {}) });

describe('a precise rule is answered by the explanation that holds it', () => {
  it('"how fast" is about delays, not the FAST fund; "cet emploi" names no CET', () =>
    play(tremplin, [
      ['how fast will i hear back after applying?', { notSay: "Fonds d'accélération" }],
      ['je veux cet emploi, comment postuler ?', { notSay: 'compte épargne-temps' }],
    ]));
  const french: Turn[] = [
    ['Si je démissionne de mon CDD, quel préavis dois-je respecter ?', explains('demission', ['8 jours', '2 mois', 'lettre recommandée'], 'Durée et renouvellement')],
    ['La prime de précarité, on y a droit à la fin d’un CDD public ?', explains('indemnite-de-fin-de-contrat', ['10 %', '2 SMIC'])],
    ['Les contractuels touchent-ils la nouvelle bonification indiciaire ?', explains('nbi', ['points d\'indice majoré', 'contractuels'])],
    ['Ça veut dire quoi 1607 heures par an ?', explains('temps-de-travail', ['35 heures', 'RTT'])],
    ['Les RTT dans un ministère, ça fonctionne comment ?', explains('temps-de-travail', ['35 heures', '38 h 20'])],
    ['En CDI dans un ministère, la portabilité du CDI me permet quoi ?', explains('mobilite-contractuel', ['même catégorie hiérarchique', '6 août 2019'])],
    ['Le troisième concours, il est ouvert à qui ?', explains('concours', 'expérience dans le privé')],
    ['Le 3ème concours, qui peut le passer ?', explains('concours', 'expérience dans le privé')],
    ['Un compte épargne-temps, je peux y mettre combien de jours ?', explains('cet', '60 jours')],
    ['Que signifie « hors échelle » pour un haut fonctionnaire ?', explains('hors-echelle', ['1027', 'chevrons'])],
    ['Un service à compétence nationale, ça veut dire quoi ?', explains('service-a-competence-nationale', ['1997', 'PEReN'])],
    ['démission en CDD : combien de préavis ?', explains('demission', '8 jours', 'ne répondent pas précisément')],
    ['Le fonds FAST, ça sert à quoi ?', explains('fast', ['cofinance', '300 000'])],
  ];
  const english: Turn[] = [
    ['How much notice must a contract agent give when resigning?', explains('demission-en', '2 months')],
    ['What is the end-of-contract allowance in the public sector?', explains('indemnite-de-fin-de-contrat-en', ['10%', 'one year'])],
    ['What are the Entrepreneurs d’intérêt général?', explains('eig-en', ['10 months', 'Etalab'])],
    ['Can I run a micro-entreprise on the side?', explains('cumul-d-activites-en', 'authorisation')],
    ['What does NBI stand for?', explains('nbi-en', 'index points')],
    ["If I'm a fonctionnaire, can I just quit when I like?", explains('demission-en', '4 months')],
  ];
  for (const turn of french) it(`(fr) ${turn[0]}`, () => play(tremplin, [turn]));
  for (const turn of english) it(`(en) ${turn[0]}`, () => play(tremplin, [turn], { locale: 'en-US' }));
});



describe('a rule of the public service asked in general goes to the explanation, not to the offers (terms-5)', () => {
  it('years of seniority or a contract length said in a question of contracts are the rule’s, not a filter of offers', () =>
    play(tremplin, [
      ['préavis de démission pour un contractuel qui a 3 ans d’ancienneté ?', explains('demission', '2 mois', 'ne précise le type de contrat')],
    ]));
  it('working in the public service without a competitive exam is asked of the exam’s explanation, not answered with offers', () =>
    play(
      tremplin,
      [
        ['Can I get a job in the public service without a competitive exam?', explains('concours-en', 'contract agent')],
        ['is it possible to get a job in the civil service with no competitive exam?', explains('concours-en', 'contract agent')],
      ],
      { locale: 'en-US' },
    ));
  it('"what’s" asks what a word is: an acronym no explanation has is said unexplained, no neighbouring word given instead', () =>
    play(tremplin, [['What’s the CNAS everyone mentions for holiday vouchers?', { intent: 'definition', say: 'CNAS', notSay: 'échelon', cards: 0 }]], { locale: 'en-US' }));
});

describe('right after an explanation, a short question naming a case of its rule stays on that rule (terms-5)', () => {
  it('a CDD of another length, then a CDI, after the trial period: the trial period’s durations', () =>
    play(tremplin, [
      ['la période d’essai d’un contractuel, elle dure combien ?', explains('periode-d-essai', '3 semaines')],
      ['et pour un CDD d’un an ?', explains('periode-d-essai', '2 mois', 'Durée et renouvellement')],
      ['et un CDI alors ?', explains('periode-d-essai', '4 mois', 'Durée et renouvellement')],
    ]));
  it('two words that name each other are neighbours: "et un vacataire ?" after contract staff explains the vacataire', () =>
    play(tremplin, [
      ['c’est quoi un contractuel ?', explains('contractuel', 'contrat')],
      ['et un vacataire ?', explains('vacataire', 'vacation')],
    ]));
});

describe('the duty of restraint and professional discretion (terms-5)', () => {
  it('is explained, then told apart from professional discretion in a follow-up', () =>
    play(tremplin, [
      ['le devoir de réserve, ça m’empêche de critiquer mon ministère sur LinkedIn ?', explains('devoir-de-reserve', ['opinions', 'hiérarchie'], 'hypervision')],
      ['et la discrétion professionnelle, c’est la même chose ?', explains('devoir-de-reserve', 'plus strict')],
    ]));
});
