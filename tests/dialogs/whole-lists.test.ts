/**
 * Every offer a candidate's question fits, not the one whose title it happens to say whole, as
 * transcripts on the frozen knowledge: a profile the candidate gives ("je suis data scientist")
 * fits every title holding it; a rubric asked by part of one title ("finance") is every offer of
 * that employer about it. On the shipped knowledge (smoke): an English question about an offer HR
 * translated gets the English page's words, never a French quote; a candidate waiting for news
 * learns whom to write to, and an offer's number given as if it were theirs is said to be the offer's.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
let shipped: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
  shipped = await startTremplin(undefined, {}, { shipped: true });
});
afterAll(async () => {
  await tremplin.close();
  await shipped.close();
});

describe('a profile the candidate gives is every offer whose title holds it', () => {
  it('lists the DINUM data scientist and both PEReN ones for "moi je suis data scientist"', () =>
    play(tremplin, [['moi je suis data scientist, vous proposez quoi ?', { intent: 'positions', say: ['Data scientist', 'NLP data scientist', 'Computer Vision data scientist'] }]]));

  it('still shows one offer when its whole title is asked without a profile', () =>
    play(tremplin, [['le poste de data scientist de la DINUM', { intent: 'positions', say: 'Data scientist', notSay: 'NLP' }]]));
});

describe('a subject asked by part of one title is every offer of the employer about it', () => {
  it('lists both offers of the budget rubric for "poste budget finance dinum"', () =>
    play(tremplin, [['un poste budget finance à la dinum ?', { intent: 'positions', say: ['Gestionnaire financier', 'Adjoint/e au PMO'] }]]));
});

describe('an English question about a translated offer is answered in English', () => {
  it('says in English that a CV is optional, with no French quote', () =>
    play(shipped, [['Do I have to attach a resume when applying to the beta.gouv.fr developer offer?', { say: ['optional', 'recrutement@beta.gouv.fr'], notSay: ['only in French', 'joindre si on le souhaite'] }]], { locale: 'en-US' }));

  it('gives the remote-work terms in English', () =>
    play(shipped, [['remote work policy for the beta.gouv.fr developers?', { intent: 'remote_work', say: 'reasonable', notSay: ['only in French', 'raisonnable'] }]], { locale: 'en-US' }));
});

describe('a candidate asking where their application stands', () => {
  it('learns the usual delay and whom to write to at the employer named', () =>
    play(shipped, [['candidature envoyée à beta.gouv.fr il y a 15 jours, des nouvelles ?', { intent: 'application_status', say: ['4 semaines', 'recrutement@beta.gouv.fr'] }]]));

  it('is told that a four-digit offer number is the offer’s, not their dossier', () =>
    play(shipped, [['any update on my application to posting 4165?', { intent: 'application_status', say: ['4165 is the reference of the offer', 'Frontend developer'] }]], { locale: 'en-US' }));
});
