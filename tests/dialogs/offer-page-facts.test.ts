/**
 * The fact asked of one offer, from where its page says it, as transcripts on the small catalogue
 * of tests/fixtures/knowledge/offer-pages (on 15 June 2026; Carillon's three offers): a count of
 * interviews is a selection asked, a long section is quoted by its list, a stack stated under
 * another heading is still found, applying quotes everything the page's "how to apply" section
 * says, a selection told there answers "how does it go?", a start date asked alongside a word to
 * explain is that offer's, a part asked of two offers is answered for each, and an offer shown
 * in detail says what the job is.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

const PAGES = path.join(import.meta.dirname, '../fixtures/knowledge/offer-pages');

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(() => new Date('2026-06-15T10:00:00Z'), { KNOWLEDGE_DIR: PAGES });
});
afterAll(() => tremplin.close());

describe('the selection of one offer', () => {
  it('answers "how many interviews?" with the steps its page lists, not which employer', () =>
    play(tremplin, [
      ['Carillon, la développeuse web : combien d’entretiens faut-il passer ?', { say: ['est fermée', 'premier entretien de 20 minutes', 'second entretien technique'], notSay: ['Lequel vous intéresse', 'ne le précise pas'], cite: 'carillon-developpeuse' }],
    ]));

  it('finds the selection a page tells under its "how to apply" heading', () =>
    play(tremplin, [['Carillon designer de services : comment se passe la sélection ?', { say: ['entretien en visio', 'rencontre à la mairie'], notSay: 'ne le précise pas', cite: 'carillon-designer' }]]));
});

describe('what the job is, quoted by its list', () => {
  it('quotes the list of tasks of a long section, with the sentence that opens it, in English', () =>
    play(tremplin, [['What will the Carillon web developer actually work on?', { say: ['Voici ce que vous ferez', 'haut-parleur', 'tableau de bord des hauteurs', 'only in French'], notSay: ['does not say', 'quatre cents communes'], cite: 'carillon-developpeuse' }]], { locale: 'en-US' }));

  it('finds the programming language stated in a line under another heading', () =>
    play(tremplin, [['dev web Carillon, ils codent dans quel langage ?', { say: ['Elixir', 'Phoenix'], notSay: 'ne le précise pas', cite: 'carillon-developpeuse' }]]));
});

describe('how to apply for one offer', () => {
  it('gives every address and what to send, as its page says them', () =>
    play(tremplin, [
      ['je veux candidater au poste de développeuse web chez Carillon, je fais comment ?', { say: ['cloche@carillon.example.fr', 'mairie@carillon.example.fr', 'projet libre'], cite: 'carillon-developpeuse' }],
    ]));
});

describe('a start date asked with a word to explain', () => {
  it('answers the start and the pay of the offer named, saying the pay is not stated', () =>
    play(tremplin, [
      ['C’est quoi le TJM du dev web de Carillon et ça démarre quand ?', { say: ['début septembre', 'ne le précise pas', 'cloche@carillon.example.fr'], notSay: 'taux journalier moyen', cite: 'carillon-developpeuse' }],
    ]));
});

describe('a part asked of two offers of a team', () => {
  it('answers it for each, newest first, each said closed', () =>
    play(tremplin, [
      ['Carillon : les deux postes de développeuse, quelle différence dans la sélection ?', { say: ['2 offres de Carillon', 'Développeuse ou développeur mobile', 'Un seul entretien', 'Développeuse ou développeur web', 'premier entretien de 20 minutes'], cite: ['carillon-mobile', 'carillon-developpeuse'] }],
    ]));

  it('in English, "both" asks each of them', () =>
    play(tremplin, [['Carillon developer jobs: how do they select, for both?', { say: ['2 offers of Carillon', 'Un seul entretien', 'second entretien technique'] }]], { locale: 'en-US' }));
});

describe('an offer shown in detail', () => {
  it('says what the job is after its card: the missions its page lists', () =>
    play(tremplin, [['Parle-moi du poste de designer de services chez Carillon', { say: ['Designer de services', 'est fermée', 'Missions', 'campagne de tests de l'], cite: 'carillon-designer' }]]));
});
