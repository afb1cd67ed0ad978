/**
 * An offer listing is about what was asked: a subject no offer is about is said so (never
 * dropped for a listing of every offer), words that mean the same find the same offers ("cyber"
 * and "sécurité"), and when no offer is about all the words asked, the nearest are shown as the
 * nearest, never as a match. A bare employer and a field ("dinum achats") is that listing.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('a subject no offer is about is said, not dropped', () => {
  it('(fr) one word no offer holds', () =>
    play(tremplin, [['Vous recrutez des profils blockchain ?', { intent: 'positions', say: 'aucune offre ouverte en lien avec « blockchain »', notSay: 'Computer Vision', cards: 0 }]]));

  it('(en) one word no offer holds', () =>
    play(tremplin, [['any openings in robotics?', { intent: 'positions', say: 'no open offer about “robotics”', notSay: 'Frontend', cards: 0 }]], { locale: 'en-US' }));

  it('(fr) a listing that names no subject still lists every open offer', () =>
    play(tremplin, [['Quels postes sont ouverts en ce moment ?', { intent: 'positions', notSay: 'en lien avec' }]]));
});

describe('words that mean the same find the same offers', () => {
  it('(fr) "cyber" finds the network and security offer', () =>
    play(tremplin, [['un job en cyber ?', { intent: 'positions', say: 'hypervision', notSay: 'data scientist' }]]));

  it('(en) "cybersecurity roles" is a listing, not "I don\'t know"', () =>
    play(tremplin, [['cybersecurity roles?', { intent: 'positions', say: 'hypervision' }]], { locale: 'en-US' }));
});

describe('no offer about all the words asked: the nearest, labelled as such', () => {
  it('(fr) a role no title bears', () =>
    play(tremplin, [['je suis cheffe de projet digital, une piste ?', { intent: 'positions', say: ['aucune offre en lien avec « cheffe projet digital »', 'plus proches', 'qu’une partie', 'Chef/fe du pôle'], notSay: 'correspondent à votre question' }]]));

  it('(en) the experience told is not a word of the subject', () =>
    play(tremplin, [["I'm a network engineer with 6 years of experience, what would suit me?", { intent: 'positions', say: 'hypervision', notSay: 'experience”' }]], { locale: 'en-US' }));
});

describe('a bare employer and a field is a listing', () => {
  it('(fr) the field of the DINUM page', () =>
    play(tremplin, [['dinum achats', { intent: 'positions', say: ['Gestionnaire financier', 'Adjoint/e au PMO'] }]]));

  it('(en) a field of the DINUM page', () =>
    play(tremplin, [['DINUM design?', { intent: 'positions', say: ['Responsable de recherche utilisateur', "observatoire"] }]], { locale: 'en-US' }));
});

describe('an offer named by its title is shown only if it is about the other words asked too', () => {
  it('(fr) a language one developer offer names and the other does not', () =>
    play(tremplin, [['offres dev ruby ?', { intent: 'positions', say: ['beta.gouv.fr', 'Ruby'], notSay: 'Développeur / Développeuse front-end' }]]));

  it('(en) the same, told as a profile', () =>
    play(tremplin, [["I code in Python, 3 years as a developer — where do I fit?", { intent: 'positions', say: 'beta.gouv.fr', notSay: 'Frontend developer' }]], { locale: 'en-US' }));
});
