/**
 * Finding the offer and keeping it, as transcripts, on a small catalogue of test files
 * (tests/fixtures/knowledge/names, on 15 June 2026): a team's name is a name, not the lexicon
 * words or the place it holds ("Gardes de la Défense" is no place, "ma-cantine-verte" asks
 * nothing of canteens); a vague verb ("ça se passe", "ça passe") names no offer whose title shares
 * its stem ("Pass Lecture"); a contract asked right after a list is asked of the offers listed;
 * how long an answer takes, after an offer, is what its employer says, not another employer's entry.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

const NAMES = path.join(import.meta.dirname, '../fixtures/knowledge/names');

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(() => new Date('2026-06-15T10:00:00Z'), { KNOWLEDGE_DIR: NAMES });
});
afterAll(() => tremplin.close());

describe('a team’s name wins over the words it is made of', () => {
  it('counts the offers of a team whose name holds a place, without filtering on the place', () =>
    play(tremplin, [['Combien de postes chez les Gardes de la Défense ?', { intent: 'positions', say: ['Gardes de la Défense', 'Développeur·se Ruby', 'Data scientist'], notSay: ['Près de La Défense', 'Java'] }]]));

  it('reads a team typed in one piece as the team, not as a canteen question', () =>
    play(tremplin, [['le TJM du développeur ma-cantine-verte ?', { intent: 'salary', say: ['550'], notSay: ['restauration', 'tickets restaurant'], cite: 'cantine-dev' }]]));
});

describe('a follow-up keeps the offer in focus', () => {
  it('answers how recruiting goes for the team asked about, not an offer whose title shares a vague verb', () =>
    play(tremplin, [
      ['offre Tisseurs développeur React', { intent: 'positions', say: ['Développeur·se React', 'est fermée'], cite: 'tisseurs-react' }],
      ['et ça se passe comment, le recrutement ?', { intent: 'application_process', say: 'equipe@tisseurs.example.fr', notSay: ['Pass Lecture', 'lecture@example.fr'] }],
      ["je débute, ça passe ?", { notSay: ['Pass Lecture', 'lecture@example.fr'] }],
    ]));

  it('answers a contract asked right after a list for each offer listed', () =>
    play(tremplin, [
      ['des postes de data analyst ?', { intent: 'positions', say: ['Tisseurs', 'Comptoir'] }],
      ["c'est un CDD ?", { intent: 'contract', say: ['indépendant', '3 mois renouvelables', 'CDD', '1 an'], notSay: 'Java' }],
    ]));

  it('answers how long an answer takes from the employer of the offer in focus, not from another employer', () =>
    play(tremplin, [
      ['offre ingénieur vision par ordinateur au Labo Calcul', { intent: 'positions', say: 'Ingénieur·e vision par ordinateur', cite: 'labo-vision' }],
      ['combien de temps pour avoir une réponse ?', { intent: 'application_process', say: 'Labo Calcul', notSay: ['Quatre semaines', 'beta.gouv.fr'] }],
    ]));
});
