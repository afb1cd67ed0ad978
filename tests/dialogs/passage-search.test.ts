/**
 * Before saying "I don't know": the passage of the knowledge that holds what is asked, found by
 * searching every answer and presentation — its subject said in the sentence before, the year
 * asked, a title word many offers share that says no employer — quoted with its source; and a
 * plain "not stated" when no passage holds it. On a small fictional knowledge of its own
 * (tests/fixtures/knowledge/passages).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(undefined, { KNOWLEDGE_DIR: path.join(import.meta.dirname, '../fixtures/knowledge/passages') });
});
afterAll(() => tremplin.close());

describe('a fact whose subject the sentence before names', () => {
  it('quotes the two sentences together, from the presentation that holds them', () =>
    play(tremplin, [
      ["Combien d'annonces l'Atelier a-t-il mises sur sa page Nous rejoindre ?", { say: ['« Nous rejoindre »', 'elle en comptait 14'], cite: 'atelier', answered: true }],
    ]));
});

describe('a question about one year of an event told in several', () => {
  it("answers from the page about that year, not another year's", () =>
    play(tremplin, [
      ["Le salon de l'Atelier en 2018, c'était où ?", { say: '12 rue des Lilas, 33000 Bordeaux', cite: 'salon-2018', answered: true }],
      ['le salon 2018 se tenait à quelle adresse ?', { say: '12 rue des Lilas', cite: 'salon-2018', notSay: 'en ligne du 2 au 9 novembre', answered: true }],
      ['salon 2020 combien de recruteurs ?', { say: '40 recruteurs', cite: 'salon-2020' }],
    ]));

  it('is not narrowed to the employer of offers that merely share a word of the question', () =>
    play(tremplin, [["Le salon tech de 2018, c'était où ?", { say: '12 rue des Lilas', cite: 'salon-2018', notSay: 'je préfère ne pas deviner' }]]));
});

describe('what no passage holds', () => {
  it('stays "not known", without a neighbouring figure', () =>
    play(tremplin, [
      ['combien coûte le salon 2018 ?', { say: 'je préfère ne pas deviner', notSay: ['200', '40 recruteurs', '12 rue'], answered: false }],
      ['le salon 2018 offrait-il le repas ?', { notSay: ['12 rue', 'Oui'], answered: false }],
      // A year that nothing found speaks of, in words nothing holds: no error, "not known".
      ['kubernetes 2031 vs 2032 ?', { intent: 'fallback', say: 'je préfère ne pas deviner', answered: false }],
    ]));
});

describe('an offer the message describes in words of its announcement', () => {
  it('shows that offer, closed, with the part of its announcement asked, and keeps it for the next question', () =>
    play(tremplin, [
      ['outils techniques du développeur fullstack du Bureau test', { intent: 'positions', say: ['est fermée', 'Les outils techniques', 'Rust et PostgreSQL', 'Svelte'], cite: 'developpeur-fullstack-musee' }],
      ['et le contrat ?', { intent: 'contract', say: 'indépendant', cite: 'developpeur-fullstack-musee' }],
    ]));

  it('finds it by a word only its announcement holds', () =>
    play(tremplin, [['un dev svelte au musée des Confluences ?', { say: 'Développeur ou développeuse fullstack', cite: 'developpeur-fullstack-musee', notSay: 'je préfère ne pas deviner' }]]));

  it('still does not know what no offer holds', () =>
    play(tremplin, [['tu peux me réserver un billet de train pour Lyon ?', { intent: 'fallback', say: 'je préfère ne pas deviner', answered: false }]]));
});
