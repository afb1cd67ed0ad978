/**
 * A word of the public service is named whole, and a question is answered for what it asks
 * (issue 17): an everyday word that looks like an explained one ("licence", the diploma) is not
 * corrected into it; a job title that shares one word with an explained phrase ("chef de
 * projet") is not compared with it; a question about something Tremplin does not cover, asked
 * of an explained word ("my tax return as a contractuel"), is said to be outside what it covers;
 * a nationality outside the EU is asked of the nationality rule.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('a word is named whole', () => {
  it('reads "licence" as the diploma, not as a dismissal', () =>
    play(tremplin, [
      ['Pour la catégorie A il faut une licence ou un master ?', { intent: 'definition', cite: 'categories', say: 'bac+3', notSay: 'licenciement' }],
    ]));

  it('does not compare a job title with an explained phrase it shares one word with', () =>
    play(tremplin, [
      ['Un intrapreneur, c’est un genre de chef de projet ou pas du tout ?', { intent: 'definition', cite: 'intrapreneur', notSay: 'contrat de projet est un CDD' }],
    ]));
});

describe('a question outside what Tremplin covers, asked of an explained word', () => {
  it('is said plainly, in French', () =>
    play(tremplin, [
      ['Tu sais remplir une déclaration d’impôts pour un fonctionnaire ?', { intent: 'definition', answered: false, say: 'sort de ce que je couvre', notSay: 'statut', suggest: "C'est quoi, fonctionnaire ?" }],
    ]));

  it('is said plainly, in English', async () =>
    play(
      tremplin,
      [['Could you prepare my income tax declaration? I am a contractuel now.', { intent: 'definition', answered: false, say: 'outside what I cover', notSay: 'public-law contract' }]],
      { locale: 'en-US' },
    ));

  it('still answers what the knowledge covers about the word', () =>
    play(tremplin, [['Un contractuel, son contrat peut durer combien de temps ?', { intent: 'definition', cite: 'contractuel', say: '3 ans' }]]));
});

describe('a nationality outside the EU', () => {
  it('is asked of the nationality rule, which answers it', () =>
    play(tremplin, [['Je suis algérien, donc hors Union européenne : un poste de contractuel m’est ouvert ?', { intent: 'definition', cite: 'nationalite', say: 'titre de séjour' }]]));

  it('in English too', () =>
    play(tremplin, [['I am from outside the EU: can I still be hired on contract by a French ministry?', { intent: 'definition', cite: 'nationalite-en', say: 'residence permit' }]], { locale: 'en-US' }));
});

describe('a general rule of the public service is answered by its explanation, not by offers', () => {
  it('a yes or no that asks nothing beyond the word is answered by the explanation itself', () =>
    play(tremplin, [['Can I do remote work in a ministry?', { intent: 'definition', cite: 'teletravail-fonction-publique-en', cards: 0, notSay: 'does not answer this precisely' }]], { locale: 'en-US' }));

  it('"State staff" says the question is about the public service in general', () =>
    play(tremplin, [['How many telework days per week do State staff get?', { intent: 'definition', cite: 'teletravail-fonction-publique-en', say: 'at most 3 days a week', cards: 0 }]], { locale: 'en-US' }));
});
