import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('positions', () => {
  it('lists an employer’s open offers as cards', () =>
    play(tremplin, [
      ['Quelles offres sont ouvertes à la DINUM ?', { intent: 'positions', say: ['18 offres ouvertes', '27 postes'], cards: 10 }],
    ]));

  it('filters by place, category and subject', () =>
    play(tremplin, [
      ['Y a-t-il des postes à Saint-Jacques-de-la-Lande ?', { intent: 'positions', say: 'hypervision', cards: 1 }],
      ['Quels postes de catégorie A+ ?', { intent: 'positions', say: ['Datalab', 'Gestionnaire financier', 'Présidence'] }],
      ['Des offres data ?', { intent: 'positions', say: ['Data scientist', 'Ingénieur data'] }],
    ]));

  it('lists the offers of a contract type or with remote work, and says how many do not tell', () =>
    play(tremplin, [
      ['Quels postes sont proposés en CDD ?', { intent: 'positions', say: ['Une offre ouverte', 'Développeur', '22 autres offres ne précisent pas leur type de contrat'], cards: 1 }],
      ['Des postes en CDI ?', { intent: 'positions', answered: false, say: ['aucune offre ouverte en CDI', '22 offres ne précisent pas leur type de contrat'] }],
      ['Quelles offres sont ouvertes au télétravail ?', { intent: 'positions', say: ['19 offres ouvertes', 'avec télétravail', '4 autres offres ne disent rien du télétravail'] }],
    ]));

  it('says which employers it knows when asked about another, whatever the question', () =>
    play(tremplin, [
      ['Is Google hiring in Paris?', { answered: false, say: ['I do not know Google', 'DINUM', 'PEReN'], cards: 0 }],
      ['Combien paie la SNCF pour un développeur ?', { answered: false, say: ['Je ne connais pas les offres de SNCF', 'beta.gouv.fr'], notSay: '3 000' }],
      ['La mairie de Rennes recrute-t-elle des développeurs ?', { answered: false, say: 'Je ne connais pas les offres de la mairie de Rennes' }],
      ['Le ministère des Armées recrute des développeurs ?', { answered: false, say: 'Je ne connais pas les offres du ministère des Armées' }],
      ['Des postes à Rennes ?', { intent: 'positions', say: ['Aucune offre ouverte à Rennes même, mais près de là', 'hypervision', 'Saint-Jacques-de-la-Lande'], cards: 1 }],
    ]));

  it('shows the offers published earlier near a town, said as such, when none is open (read in 2028)', async () => {
    const later = await startTremplin(() => new Date('2028-06-01T10:00:00Z'));
    try {
      await play(later, [
        ['Des postes à Rennes ?', { intent: 'positions', say: ['Près de Rennes', 'plus tôt', 'hypervision'], notSay: 'mais près de là' }],
      ]);
    } finally {
      await later.close();
    }
  });

  it('shows one offer in detail, with what is not stated', () =>
    play(tremplin, [
      ['Montre-moi le poste de mentor de directeur de projet SI', { intent: 'positions', say: ['10', 'non précisé'], cite: 'dinum-mentor-directeur-projet-si', cards: 0 }],
    ]));

  it('says when nothing matches, without inventing an offer', () =>
    play(tremplin, [
      ['Des offres à Marseille ?', { intent: 'positions', answered: false, say: 'aucune offre ouverte', cards: 0 }],
    ]));

  it('answers in English, PEReN’s English-only offer included', () =>
    play(tremplin, [
      ['What jobs does PEReN have?', { intent: 'positions', say: ['NLP data scientist', 'Frontend developer'] }],
    ], { locale: 'en-US' }));

  it('answers a question about offers that is not a listing from the FAQ', () =>
    play(tremplin, [
      ['Les offres de la DINUM sont-elles ouvertes aux personnes handicapées ?', { cite: 'handicap-dinum', cards: 0 }],
    ]));
});
