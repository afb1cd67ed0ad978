/**
 * The question asked is the one answered (issue 14), in wordings no evaluation set holds: a
 * candidate who first says who they are ("je suis étudiante en master, …") is answered on what
 * they ask after it; a count of the offers "listed" or "advertised" is a count of offers, not the
 * employer's salary entry; a listing longer than its cards names every offer beyond them.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('a candidate who says who they are is answered on what they ask', () => {
  it('in French, the description first', () =>
    play(tremplin, [["moi je suis en deuxième année d'école, un stage chez le PEReN ?", { say: 'PASS', answered: true }]]));
  it('in English', () =>
    play(tremplin, [["I'm a second-year engineering student; internships at PEReN?", { say: 'PASS', answered: true }]], { locale: 'en-US' }));
});

describe('a count of the offers an employer lists is a count of offers', () => {
  it('"advertised", in English', () =>
    play(tremplin, [['How many positions are advertised by DINUM?', { intent: 'positions', say: '18', notSay: 'salary' }]], { locale: 'en-US' }));
  it('"listées", in French', () =>
    play(tremplin, [["Combien d'offres sont listées pour la DINUM ?", { intent: 'positions', say: '18', notSay: 'salaire' }]]));
});

describe('a listing of past offers longer than its cards', () => {
  // Years after the DINUM's page: none of its 18 offers is open any more.
  let later: Tremplin;
  beforeAll(async () => {
    later = await startTremplin(() => new Date('2027-09-01T10:00:00Z'));
  });
  afterAll(() => later.close());
  it('names the offers beyond the cards, so none is left out', () =>
    play(later, [['Les postes de la DINUM ?', { intent: 'positions', say: ['aucune offre ouverte', '18 offres publiées plus tôt', 'Les 8 plus anciennes', 'Mentor de directeur de projet SI', 'Les 10 plus récentes'] }]]));
});
