/**
 * Finding the offer a candidate names in a catalogue, as transcripts, on a small catalogue of
 * test files (tests/fixtures/knowledge/finding, on 15 June 2026): the title that holds every
 * word said wins over a shorter one of the same team; a team written in one piece by its pages
 * ("PlantonsEnsemble") named in words; "combien d'années d'expérience" asked of the offer named,
 * not a count of offers; "jours par semaine" the days worked, not remote days — unless remote
 * work is asked.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

const FINDING = path.join(import.meta.dirname, '../fixtures/knowledge/finding');

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(() => new Date('2026-06-15T10:00:00Z'), { KNOWLEDGE_DIR: FINDING });
});
afterAll(() => tremplin.close());

describe('the offer named, not its neighbours', () => {
  it('answers about the title that holds every word said, not the team’s shorter title too', () =>
    play(tremplin, [["Cartables : relation usagers conseillers numériques ?", { intent: 'positions', say: ['Conseillers Numériques', 'est fermée', '28 mars 2022'], notSay: '3 janvier 2022', cite: 'cartables-relation-cn' }]]));

  it('reads "combien d’années d’expérience" as asked of the offer named, with an abbreviation of its title', () =>
    play(tremplin, [["dev JS jeunes pousses, il faut combien d'années d'expérience ?", { say: ['Dev JavaScript', 'est fermée', "2 ans d'expérience"], notSay: ['Lead dev', '8 ans'], cite: 'pousses-js' }]]));

  it('reads an organisation’s name as the organisation, not as the team whose long name holds it', () =>
    play(tremplin, [['Is LabCommun hiring a data engineer?', { say: ['Data Engineer', 'closed'], notSay: 'Data scientist', cite: 'labcommun-data-engineer' }]], { locale: 'en-US' }));

  it('finds a team its pages write in one piece when the message writes it in words', () =>
    play(tremplin, [['offres plantons ensemble', { intent: 'positions', say: ['PlantonsEnsemble', 'Chargé·e de déploiement', 'fermée'], notSay: 'Vélos Partout' }]]));
});

describe('days a week: worked, or remote when remote work is asked', () => {
  it('quotes the working time of the offer named, then its contract, in French and in English', async () => {
    await play(tremplin, [['Plantons Ensemble chargé de déploiement : combien de jours par semaine ?', { intent: 'contract', say: ['est fermée', 'entre 2 et 3 jours / semaine', '4 mois renouvelable'], notSay: ['jours de télétravail', 'Temps plein'], cite: 'plantons-deploiement' }]]);
    await play(tremplin, [['How many days a week is the Plantons Ensemble deployment job?', { intent: 'contract', say: ['closed', 'entre 2 et 3 jours / semaine', '4 months'], cite: 'plantons-deploiement' }]], { locale: 'en-US' });
  });

  it('reads the working time of a line that also gives remote days, not the remote days', () =>
    play(tremplin, [["Chargé de déploiement chez Vélos Partout, c'est combien de jours par semaine ?", { intent: 'contract', say: ['Temps plein', 'CDD'], cite: 'velos-deploiement' }]]));

  it('answers remote days when remote work is asked', () =>
    play(tremplin, [['Combien de jours de télétravail par semaine pour le déploiement chez Plantons Ensemble ?', { intent: 'remote_work', say: 'une journée par mois à Paris', notSay: 'Temps de travail' }]]));
});
