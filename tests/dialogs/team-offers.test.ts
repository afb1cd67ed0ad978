/**
 * Finding which of a team's offers a message means, as transcripts, on a small catalogue of
 * test files (tests/fixtures/knowledge/team-offers, on 15 June 2026): two developer offers of one
 * team whose titles say nothing of their stack ("Développeuse - Développeur", "… full stack") are
 * told apart by the technology the message names, which their pages say; the offer found stays
 * the subject of the follow-ups; a team's French name leaves the asker's language to the words
 * around it. Two offers of no team with one title ("Product Owner") are told apart the same way
 * by the product the message names, which one page alone tags.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

const TEAM_OFFERS = path.join(import.meta.dirname, '../fixtures/knowledge/team-offers');

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(() => new Date('2026-06-15T10:00:00Z'), { KNOWLEDGE_DIR: TEAM_OFFERS });
});
afterAll(() => tremplin.close());

describe('a technology said weighs on which of a team’s offers is meant', () => {
  it('takes the React offer for "dev react", and keeps it for the follow-ups', () =>
    play(tremplin, [
      ['poste de dev react chez Passerelles Numériques', { say: ['full stack expérimenté', 'est fermée'], notSay: '« Développeuse - Développeur »' }],
      ['je postule où ?', { say: 'paul.stack@passerelles.example.fr', notSay: 'claire.front' }],
    ]));

  it('takes the Angular offer when Angular is named, in English too', () =>
    play(tremplin, [['Passerelles Numériques angular developer: who do I write to?', { say: 'claire.front@passerelles.example.fr', notSay: 'paul.stack' }]], { locale: 'en-US' }));
});

describe('a product said picks, among offers of one title, the one whose page names it', () => {
  it('answers for the Jardins Partagés product owner, not the other one nor "which one?"', () =>
    play(tremplin, [['product owner jardins partagés, quel contrat ?', { intent: 'contract', say: ['CDD', '12 mois'], notSay: ['indépendant', 'Laquelle', '2 offres'] }]]));

  it('tells where to apply for the Cantines Locales one, in English too', () =>
    play(tremplin, [['Cantines Locales product owner: how do I apply?', { say: 'po@cantines-locales.example.fr', notSay: 'po@jardins-partages' }]], { locale: 'en-US' }));
});

describe('an offer no longer open that the question describes well enough is shown in detail', () => {
  it('gives the tech lead offer, said closed, with where it was applied to — not a bare list of one', () =>
    play(tremplin, [['tech lead mobile react native fabrique santé', { say: ['Tech lead mobile', 'est fermée', 'mobile@fabrique-sante.example.fr'], notSay: ['1 offre publiée plus tôt', 'mission@fabrique-sante'] }]]));
});

describe('a job a team published again, its title reworded, is one offer: its newest round', () => {
  it('says where to apply for the newest round, not the team’s address nor a question', () =>
    play(tremplin, [['toitsimple dev fullstack : comment je postule ?', { intent: 'application_process', say: 'nouveau-tour@toitsimple.example.fr', notSay: ['ancien-tour', 'bonjour@toitsimple'] }]]));

  it('answers a fact of the newest round alone, not of both rounds, in English too', async () => {
    await play(tremplin, [['salaire du dev fullstack toitsimple ?', { intent: 'salary', say: ['full-stack chez ToitSimple', 'nouveau-tour@toitsimple.example.fr'], notSay: ['2 offres', 'ancien-tour'] }]]);
    await play(tremplin, [['Remote work for the ToitSimple full-stack dev?', { intent: 'remote_work', say: 'full-stack chez ToitSimple', notSay: ['2 offers', 'ancien-tour'] }]], { locale: 'en-US' });
  });
});

describe('a title word written in one piece or in several, or by its short form', () => {
  it('finds "Développeur front-end" for "frontend", "Business developer" for "bizdev", "full stack" for "fullstack"', async () => {
    await play(tremplin, [['le dev frontend de Vélos Partout, il est encore ouvert ?', { say: ['Développeur front-end', 'est fermée'], notSay: 'Business developer' }]]);
    await play(tremplin, [['bizdev Vélos Partout : quel contrat ?', { intent: 'contract', say: ['Business developer', 'CDD', '12 mois'], notSay: 'front-end' }]]);
    await play(tremplin, [['Passerelles Numériques fullstack : quelle durée ?', { intent: 'contract', say: ['full stack expérimenté', '6 mois'], notSay: '3 mois' }]]);
  });
});

describe('a team’s French name says nothing of the asker’s language', () => {
  it('answers in English an English question around a French team name, whatever the page’s language', () =>
    play(tremplin, [['annuaire des associations search engineer remote?', { intent: 'remote_work', say: ['closed', 'Remote work is possible'], notSay: ['fermée', 'Le télétravail'] }]], { locale: 'fr-FR' }));

  it('answers in French a French question around the same name', () =>
    play(tremplin, [["l'annuaire des associations, le poste d'ingénieur recherche est en télétravail ?", { intent: 'remote_work', say: 'fermée', notSay: 'closed' }]], { locale: 'en-US' }));
});
