/**
 * The conversation's subject holds from one message to the next (blind sets of 7 December,
 * second round: follow-ups that lost it). Each kind with wordings of its own, in French and
 * English: the offers just listed ("lesquelles… ?", "the second one"), the offer named before
 * ("comment je postule ?"), the answer asked again in the other language.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(() => new Date('2026-11-23T12:00:00Z'));
});
afterAll(() => tremplin.close());

describe('a question about the offers just listed looks among them only', () => {
  it('keeps the A+ offers of the listing, not every A+ offer', () =>
    play(tremplin, [
      ['Quels postes en données à la DINUM ?', { intent: 'positions', cards: 6 }],
      ['lesquels sont en catégorie A+ ?', { intent: 'positions', say: ['parmi les 6', 'Chef/fe du pôle Datalab'], notSay: ['Gestionnaire financier', 'Présidence'], cards: 1 }],
      ['et le télétravail pour celui-là ?', { intent: 'remote_work', cite: 'dinum-chef-pole-datalab', notSay: '18 offres' }],
    ]));

  it('filters the listing by place, then shows the one picked by its rank, and its salary', () =>
    play(tremplin, [
      ['offres de la DINUM en design ?', { intent: 'positions', cards: 2 }],
      ['laquelle est à Paris ?', { intent: 'positions', say: 'parmi les 2', cards: 2 }],
      ['et la première ?', { intent: 'positions', say: "Pilote de l'observatoire", cards: 0 }],
      ['et son salaire ?', { intent: 'salary', cite: 'dinum-pilote-observatoire-qualite-services-numeriques', say: "n'indique pas de salaire" }],
    ]));

  it('does the same in English', () =>
    play(
      tremplin,
      [
        ['Which DINUM jobs are about data?', { intent: 'positions', cards: 6 }],
        ['which of them are in category A?', { intent: 'positions', say: 'among the 6', notSay: 'Datalab', cards: 5 }],
        ['the second one, where is it?', { intent: 'positions', say: 'Paris', cards: 0 }],
      ],
      { locale: 'en-US' },
    ));

  it('lets a question of its own list again', () =>
    play(tremplin, [
      ['offres de la DINUM en design ?', { intent: 'positions', cards: 2 }],
      ['et au PEReN, des postes de data scientist ?', { intent: 'positions', say: 'PEReN', notSay: 'parmi les' }],
    ]));
});

describe('a bare question right after an answer about one offer is about that offer', () => {
  it("gives that offer's own address to apply, then its place, and the employer's delays for how long", () =>
    play(
      tremplin,
      [
        ['Tell me about the computer vision data scientist offer at PEReN', { intent: 'positions', cite: 'peren-data-scientist-computer-vision-en' }],
        ['how do I apply?', { intent: 'application_process', say: ['Computer vision data scientist', 'passerelles.economie.gouv.fr/offre-de-emploi'] }],
        ['where is it based?', { intent: 'positions', say: 'place not stated', notSay: 'Applications to PEReN' }],
        ['how long before I hear back?', { intent: 'application_process', notSay: 'To apply for the offer' }],
      ],
      { locale: 'en-US' },
    ));

  it('does the same in French, on an offer that gives an e-mail address', () =>
    play(tremplin, [
      ['Parlez-moi du poste de développeur chez beta.gouv.fr', { intent: 'positions' }],
      ['je candidate comment ?', { intent: 'application_process', say: ['Pour postuler à l\'offre « Développeur·se', 'recrutement@beta.gouv.fr'] }],
    ]));

  it('answers the employer when the question names one', () =>
    play(tremplin, [
      ["Le poste d'ingénieur data à la DINUM, ça vous dit quoi ?", { intent: 'positions' }],
      ['comment on postule au PEReN ?', { intent: 'application_process', say: 'Passerelles', notSay: 'Ingénieur data' }],
    ]));
});

describe('the previous answer asked again in the other language', () => {
  it('gives the same entry in French after an English answer', () =>
    play(
      tremplin,
      [
        ["Tell me about the State's tech job forum", { intent: 'organisation_info', cite: 'forum-emploi-tech-etat-en' }],
        ['et en français ?', { intent: 'organisation_info', cite: 'forum-emploi-tech-etat', say: 'forum de recrutement', notSay: 'job dating' }],
      ],
      { locale: 'en-US' },
    ));

  it('gives the same listing in English after a French one', () =>
    play(tremplin, [
      ['offres de la DINUM en design ?', { intent: 'positions', cards: 2 }],
      ['could you say that again in English?', { intent: 'positions', say: 'open offers', cards: 2 }],
    ]));
});

describe('a follow-up that only changes the place refines the listing before', () => {
  it('says no offer is there rather than how to apply, and forgets the place left out before', () =>
    play(tremplin, [
      ["Combien d'offres DINUM hors de Paris ?", { intent: 'positions', cards: 1 }],
      ['et à Lyon ?', { intent: 'positions', answered: false, say: 'à Lyon', notSay: ['hors de Paris', 'Consulter l'] }],
    ]));
});

describe('a salary follow-up in a word of pay stays on the salary answered', () => {
  it('answers "is that gross?" with the net amount of the same offer', () =>
    play(
      tremplin,
      [
        ["what's the salary for a senior developer at beta.gouv.fr?", { intent: 'salary', say: '3,500' }],
        ['is that gross?', { intent: 'salary', say: ['net', '3,500'], cite: 'beta-gouv-developpeurs' }],
      ],
      { locale: 'en-US' },
    ));
});

describe('a question that goes on from an explanation asks more of the same word', () => {
  it('stays on the dossier state explained, though the words are those of applying', () =>
    play(tremplin, [
      ['mon dossier sur Démarches Simplifiées est « en instruction », ça veut dire quoi ?', { intent: 'definition', cite: 'en-instruction' }],
      ['je peux encore modifier mes pièces jointes ?', { intent: 'definition', cite: 'en-instruction', say: 'vous ne pouvez plus modifier' }],
    ]));

  it('stays on the freelance status explained, though the words are those of a contract', () =>
    play(
      tremplin,
      [
        ['Can I join beta.gouv.fr as a freelancer?', { intent: 'definition', cite: 'independant-en' }],
        ['who would I sign the contract with then?', { intent: 'definition', cite: 'independant-en', say: 'subcontractor', notSay: 'Which offer' }],
      ],
      { locale: 'en-US' },
    ));

  it('lets a question of its own through', () =>
    play(
      tremplin,
      [
        ['What is a contractuel?', { intent: 'definition' }],
        ['ok then what jobs does DINUM have?', { intent: 'positions', say: 'DINUM' }],
      ],
      { locale: 'en-US' },
    ));
});
