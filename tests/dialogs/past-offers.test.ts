/**
 * A catalogue whose every offer is past: closed, past its closing date or stale (the small
 * catalogue of tests/fixtures/knowledge/catalogue, a year after its newest offer). Listings say
 * that none is open and show the latest ones, marked, with honest counts; a fact asked about an
 * employer comes from its latest offers, said not to be open — never an "open offer".
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

const CATALOGUE = path.join(import.meta.dirname, '../fixtures/knowledge/catalogue');

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(() => new Date('2027-09-01T10:00:00Z'), { KNOWLEDGE_DIR: CATALOGUE });
});
afterAll(() => tremplin.close());

describe('when no offer is open any more', () => {
  it('says none is open, then the latest offers, newest first, each marked, with the count', () =>
    play(tremplin, [
      ['Quelles offres chez beta.gouv.fr ?', {
        intent: 'positions',
        say: ['aucune offre ouverte', 'offres publiées plus tôt ne le sont plus', 'Designer UI', 'probablement plus ouverte'],
        notSay: 'offres ouvertes chez',
      }],
    ]));

  it('answers a subject no open offer is about from the past offers about it', () =>
    play(tremplin, [['Des offres en Ruby ?', { intent: 'positions', say: ['aucune offre ouverte', 'Ruby on Rails'], notSay: 'Designer UI' }]]));

  it('says an offer is no longer open when it answers that the offer is silent on a working condition', async () => {
    await play(tremplin, [
      ['Le poste de chargé de déploiement Mobilic donne droit aux tickets resto ?', { say: ['probablement plus ouverte', 'ne dit rien sur la restauration'], cite: 'mobilic-bizdev' }],
    ]);
    await play(tremplin, [
      ['Does the Mobilic deployment officer job come with meal vouchers?', { say: ['probably no longer open', 'says nothing about meals'], cite: 'mobilic-bizdev' }],
    ], { locale: 'en-US' });
  });

  it('says plainly it cannot tell how many people applied to an offer, and that the offer is no longer open', async () => {
    await play(tremplin, [
      ['combien de personnes ont postulé au poste de chargé de déploiement Mobilic ?', { answered: false, say: ['probablement plus ouverte', 'ne dit rien sur le nombre de personnes qui ont postulé'], cite: 'mobilic-bizdev' }],
    ]);
    await play(tremplin, [
      ['How many applicants were there for the Mobilic deployment officer job?', { answered: false, say: ['probably no longer open', 'says nothing about how many people applied'], cite: 'mobilic-bizdev' }],
    ], { locale: 'en-US' });
  });

  it('gives an employer’s remote work from its latest offers, said not to be open', () =>
    play(tremplin, [
      ['Le télétravail est possible chez beta.gouv.fr ?', { intent: 'remote_work', say: ['télétravail possible', 'Lapins, beta.gouv.fr, probablement plus ouverte'], notSay: ['Je ne connais aucune offre', 'offres ouvertes de'] }],
    ]));
});
