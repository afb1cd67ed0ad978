/**
 * Follow-ups right after an explanation (blind sets of 7 December, sixth round: follow-ups that
 * repeated the card just given, or answered the general rule instead of the word explained).
 * Each kind with wordings of our own, in French and English, on the shipped explanations:
 *
 * - a word named like the one explained ("cat C" after "cat A+") is explained for itself;
 * - whether the word explained may turn into another ("il peut se transformer en CDI ?") is
 *   answered from its own explanation, not the other word's general rule;
 * - another word named before "c'est la même chose ?" is compared with the word explained;
 * - a length asked in words that count ("after how many years?") is the word's, not a listing;
 * - offers asked of an employer ("la DINUM en recrute ?") are offers, not the card again.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(undefined, {}, { shipped: true });
});
afterAll(() => tremplin.close());

const explains = (cite: string | string[], say: string | string[], notSay?: string | string[]) => ({ intent: 'definition', cite, cards: 0, say, ...(notSay ? { notSay } : {}) });
const en = { locale: 'en-US' } as const;

describe('a word named like the one just explained', () => {
  it('is explained for itself, not the first word again', () =>
    play(tremplin, [
      ['Que signifie cat A+ ?', explains('categorie-a-plus', 'A+')],
      ['et cat C ?', explains('categories', 'CAP')],
    ]));
});

describe('whether the word just explained may turn into another', () => {
  it('is answered from its own explanation', async () => {
    await play(tremplin, [
      ["Qu'est-ce qu'un CDD de projet ?", explains('contrat-de-projet', 'projet')],
      ['il peut se transformer en CDI plus tard ?', explains('contrat-de-projet', 'ni à un CDI', ['ne répondent pas', '6 ans de services'])],
      ['Un contrat de projet, c’est quoi ?', explains('contrat-de-projet', 'projet')],
      ['et ça peut devenir un CDI ?', explains('contrat-de-projet', 'ni à un CDI', ['ne répondent pas', '6 ans de services'])],
    ]);
    await play(
      tremplin,
      [
        ['What is a project-based contract?', explains('contrat-de-projet-en', 'project')],
        ['could it turn into a CDI later?', explains('contrat-de-projet-en', 'no right to a permanent contract', 'does not answer')],
      ],
      en,
    );
  });
});

describe('another word asked to be the same thing as the one just explained', () => {
  it('is compared with it', async () => {
    await play(tremplin, [
      ['un vacataire, ça veut dire quoi ?', explains('vacataire', 'tâche')],
      ['un agent contractuel, c’est la même chose ?', explains(['contractuel', 'vacataire'], ['**contractuel**', '**vacataire**'])],
    ]);
    await play(
      tremplin,
      [
        ['Explain what a vacataire is', explains('vacataire-en', 'task')],
        ['is a contractuel the same thing?', explains(['contractuel-en', 'vacataire-en'], ['**contractuel**', '**vacataire**'])],
      ],
      en,
    );
  });
});

describe('a length asked right after an explanation, in words that count', () => {
  it('is asked of the word, not answered with offers', async () => {
    await play(tremplin, [
      ['Un agent contractuel peut obtenir un CDI ?', explains('contractuel', 'CDI')],
      ['au bout de combien d’années ?', explains('contractuel', '6 ans')],
    ]);
    await play(
      tremplin,
      [
        ['Is a permanent contract possible for a contractuel?', explains('contractuel-en', 'CDI')],
        ['after how many years exactly?', explains('contractuel-en', '6 years')],
      ],
      en,
    );
  });
});

describe('offers asked of an employer right after an explanation', () => {
  it('are listed, not the explanation again', () =>
    play(tremplin, [
      ['Un intrapreneur, c’est quoi ?', { intent: 'definition' }],
      ['la DINUM recrute des intrapreneurs ?', { intent: 'positions', say: "Fédération d'identité" }],
    ]));
});
