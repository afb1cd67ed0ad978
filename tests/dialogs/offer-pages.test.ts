/**
 * The conversation around one imported offer, as transcripts, on a small catalogue of test files
 * (tests/fixtures/knowledge/offer-pages, on 15 June 2026): a part of the offer's page asked
 * ("quelles missions ?", "quel profil ?", "who is in the team?") is answered from the section of
 * its page that holds it, citing the page, or said missing; two parts asked at once are both
 * answered; short follow-ups stay on the offer of the conversation, even after an aside.
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

describe('a part of one offer’s page, asked by name', () => {
  it('answers the missions from the section that holds them, the offer said closed first, the page cited', () =>
    play(tremplin, [
      ['Quelles sont les missions du développeur backend de Vélorue ?', { say: ['est fermée', 'Ce que vous ferez', "maintenir l'API des itinéraires cyclables"], notSay: ['Designer produit', 'PostGIS'], cite: 'velorue-backend' }],
    ]));

  it('answers the profile sought, in English too, saying the page is in French', async () => {
    await play(tremplin, [['Vélorue backend developer: what profile are they after?', { say: ['closed', 'Votre profil', '3 ans d\'expérience', 'only in French'], cite: 'velorue-backend' }]], { locale: 'en-US' });
    await play(tremplin, [['quel profil pour le poste de développeur backend chez Vélorue ?', { say: ['PostgreSQL et PostGIS'], notSay: 'recrutement@beta.example.fr', cite: 'velorue-backend' }]]);
  });

  it('says plainly when the page holds no such part, with whom to ask', () =>
    play(tremplin, [
      ['Archipel chargée de déploiement : combien d’années d’expérience faut-il ?', { say: ['ne le précise pas', 'archipel@beta.example.fr'], notSay: 'Brest', answered: false, cite: 'archipel-chargee' }],
    ]));

  it('finds a part asked as a bold question of the page', () =>
    play(tremplin, [['Le chargé de déploiement d’Archipel, ils sont basés où ?', { say: 'préfecture maritime', cite: 'archipel-chargee' }]]));
});

describe('a part stated by a list the page introduces in a sentence', () => {
  it('quotes the list a line about the part opens, not the paragraph after it', () =>
    play(tremplin, [
      ['Marelle, la développeuse full stack de 2022 : elle ferait quoi comme missions ?', { say: ['Vos missions au sein de l', 'calendrier partagé des sorties'], notSay: ['messagerie de l', 'ne le précise pas'], cite: 'marelle-fullstack-2022' }],
    ]));

  it('in English, the technologies of a page that calls them its software bricks', () =>
    play(tremplin, [['Marelle full stack dev 2022, which tech stack?', { say: ['Elm', 'Haskell'], notSay: 'does not say', cite: 'marelle-fullstack-2022' }]], { locale: 'en-US' }));
});

describe('a length the offer’s fields leave out but its page states', () => {
  it('quotes the page’s line instead of saying the offer does not state it', () =>
    play(tremplin, [
      ['animateur de sorties saisonnier chez Marelle, le contrat dure combien de temps ?', { say: ['de début juillet à fin août 2022', 'est fermée'], notSay: ['ne précise pas', '\\'], cite: 'marelle-animation' }],
    ]));
});

describe('a job a team published twice, a part only its page holds asked', () => {
  it('answers from the newest of the two whose page says it, even with "full stack" in the job named, and says so', () =>
    play(tremplin, [
      ['Marelle dev full stack, faut connaître quelles technos ?', { say: ['Elm', "D'après la plus récente des offres de Marelle"], notSay: ['PHP', 'correspondent à votre question'], cite: 'marelle-fullstack-2022' }],
    ]));
});

describe('a part of a team’s pages, asked of the team', () => {
  it('answers from the newest of its offers whose page says it, and says so', () =>
    play(tremplin, [
      ['Vélorue, qui compose l’équipe ?', { say: ['Inès', 'Nantes', "D'après la plus récente des offres de Vélorue"], cite: 'velorue-backend' }],
      ['Archipel, ils sont basés où ?', { say: 'préfecture maritime', cite: 'archipel-chargee' }],
    ]));
});

describe('two parts asked at once', () => {
  it('answers both, the field one and the page one', () =>
    play(tremplin, [
      ['Designer produit Vélorue : rémunération et nombre de jours par semaine ?', { say: ['400 € à 550 € par jour', '2 jours par semaine'], cite: 'velorue-designer' }],
    ]));

  it('answers the experience the page asks and the contract, from the line that gives a number', () =>
    play(tremplin, [['Vélorue backend developer: how much experience and what contract?', { say: ["Au moins 3 ans d'expérience en backend", 'freelance (4 months, renewable)'], cite: 'velorue-backend' }]], { locale: 'en-US' }));

  it('answers pay and remote work together, in English', () =>
    play(tremplin, [['Vélorue backend developer — salary and remote work?', { say: ['TJM selon expérience', 'séminaire à Lyon'], cite: 'velorue-backend' }]], { locale: 'en-US' }));
});

describe('follow-ups stay on the offer of the conversation', () => {
  it('answers short questions about that offer from its page, not the employer’s general entries', () =>
    play(tremplin, [
      ['le poste de développeur backend chez Vélorue', { intent: 'positions', say: 'Développeuse ou développeur backend', cite: 'velorue-backend' }],
      ['il faut quel profil ?', { say: ['Votre profil', 'PostGIS'], cite: 'velorue-backend' }],
      ['et ça fait combien de jours par semaine ?', { say: '3 jours par semaine', notSay: 'télétravail', cite: 'velorue-backend' }],
      ['qui compose l’équipe ?', { say: ['Inès', 'Nantes'], cite: 'velorue-backend' }],
      ['je postule où ?', { say: 'candidatures@velorue.example.fr', notSay: 'recrutement@beta.example.fr' }],
    ]));

  it('reads a job named after a team’s listing as that team’s offer, and "et le …?" asks it the same part', () =>
    play(tremplin, [
      ['offres chez Vélorue ?', { intent: 'positions', say: ['Designer produit', 'Développeuse ou développeur backend'] }],
      ['le designer, ça fait combien de jours ?', { say: '2 jours par semaine', notSay: 'Archipel', cite: 'velorue-designer' }],
      ['et le développeur ?', { say: '3 jours par semaine', cite: 'velorue-backend' }],
    ]));

  it('in English, the team and the days worked of the offer just shown', () =>
    play(tremplin, [
      ['Tell me about the Vélorue product designer job', { say: 'Designer produit', cite: 'velorue-designer' }],
      ['what would I do there?', { say: ['Vos missions', 'parcours de signalement'], cite: 'velorue-designer' }],
      ['how many days a week?', { say: '2 jours par semaine', cite: 'velorue-designer' }],
    ], { locale: 'en-US' }));
});
