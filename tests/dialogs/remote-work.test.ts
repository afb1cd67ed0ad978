import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('remote work', () => {
  it('answers for beta.gouv.fr from its offer, citing it', () =>
    play(tremplin, [
      ['Le télétravail est possible chez beta.gouv.fr ?', { intent: 'remote_work', say: ['ponctuel', 'sans préavis'], cite: 'beta-gouv-developpeurs', suggest: 'Salaire' }],
    ]));

  it('sums up what all offers of an employer have in common', () =>
    play(tremplin, [
      ['Peut-on télétravailler à la DINUM ?', { intent: 'remote_work', say: ['18 offres ouvertes de la DINUM : télétravail possible ;'], notSay: ['Oui', 'le télétravail est possible. Télétravail possible'] }],
    ]));

  it('follows the conversation: the offer in focus, then another employer', () =>
    play(tremplin, [
      ["Parle-moi de l'offre d'analyste de données", { intent: 'positions', say: 'Analyste de données', cite: 'dinum-analyste-donnees', cards: 0 }],
      ['et le télétravail ?', { intent: 'remote_work', say: 'possible', cite: 'dinum-analyste-donnees' }],
      ['et chez beta.gouv.fr ?', { intent: 'remote_work', say: 'ponctuel', cite: 'beta-gouv-developpeurs' }],
    ]));

  it('opens with what the offer allows, never a yes that would answer "do I need permission?" wrongly', async () => {
    await play(tremplin, [
      ["Faut-il demander l'autorisation pour télétravailler chez beta.gouv.fr ?", { intent: 'remote_work', say: ['possible ponctuellement', 'sans préavis ni validation'], notSay: 'Oui', cite: 'beta-gouv-developpeurs' }],
      ['teletravail dinum combien de jours', { intent: 'remote_work', say: ['ne précise pas le nombre de jours', 'télétravail possible'], notSay: 'Oui' }],
    ]);
    await play(tremplin, [
      ['Do I need permission to work from home at beta.gouv.fr?', { intent: 'remote_work', say: ['remote work is possible', 'no notice or approval'], notSay: 'Yes', cite: 'beta-gouv-developpeurs' }],
    ], { locale: 'en-US' });
  });

  it('reads the days asked right after remote work as days of remote work, not days worked', async () => {
    await play(tremplin, [
      ['télétravail à la DINUM ?', { intent: 'remote_work', say: 'télétravail possible' }],
      ['combien de jours par semaine ?', { intent: 'remote_work', say: 'ne précise pas le nombre de jours de télétravail' }],
    ]);
    await play(tremplin, [
      ['Can I work remotely at beta.gouv.fr?', { intent: 'remote_work', say: 'remote work is possible' }],
      ['how many days a week?', { intent: 'remote_work', say: 'does not state how many days of remote work', cite: 'beta-gouv-developpeurs' }],
    ], { locale: 'en-US' });
  });

  it('reads "must I move there?" about the offer in focus as a question of remote work', async () => {
    await play(tremplin, [
      ["Parle-moi de l'offre d'analyste de données", { intent: 'positions', say: 'Analyste de données', cite: 'dinum-analyste-donnees' }],
      ['Faudrait-il que je déménage à Paris ?', { intent: 'remote_work', say: 'possible', cite: 'dinum-analyste-donnees' }],
    ]);
    await play(tremplin, [
      ['Tell me about the data analyst offer at DINUM', { intent: 'positions', cite: 'dinum-analyste-donnees' }],
      ['Would I need to relocate to Paris?', { intent: 'remote_work', say: 'possible', cite: 'dinum-analyste-donnees' }],
      ['do I have to live in Paris?', { intent: 'remote_work', say: 'possible', cite: 'dinum-analyste-donnees' }],
    ], { locale: 'en-US' });
  });

  it('says so when an offer does not mention remote work', () =>
    play(tremplin, [
      ['Is remote work possible for the NLP data scientist position at PEReN?', { intent: 'remote_work', answered: false, say: 'does not say whether remote work is possible', cite: 'peren-data-scientist-nlp-en' }],
    ], { locale: 'en-US' }));

  it('tolerates typos', () =>
    play(tremplin, [
      ['teletravial possible pour le poste d ingenieur data ?', { intent: 'remote_work', cite: 'dinum-ingenieur-data' }],
    ]));
});
