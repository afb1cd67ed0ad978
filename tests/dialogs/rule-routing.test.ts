/**
 * A question about a rule of the public service that names several of its words goes to the
 * explanation that holds the rule (issue 17): the one whose text names the other words asked
 * ("un contractuel peut-il être détaché ?" → détachement, whose card says who may be), not the
 * first word typed; the candidate's own situation ("je suis fonctionnaire de cat. A, …") is who
 * asks, not what is asked; a rule asked for oneself at an employer ("puis-je garder ma
 * micro-entreprise en étant contractuel au PEReN ?") is the rule, not the employer's offers; and
 * one word of a longer offer title ("the end of…" → "front-end") names no offer.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin, type Turn } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

/** A definition answer from one explanation, no offer shown. */
const explains = (cite: string, say: string | string[] = [], notSay?: string | string[]) => ({ intent: 'definition', cite, cards: 0, say, ...(notSay ? { notSay } : {}) });

describe('the explanation that names the other words asked answers', () => {
  const french: Turn[] = [
    ['Est-ce qu’un agent contractuel peut partir en détachement ?', explains('detachement', 'un contractuel ne peut pas être détaché')],
    ['un agent en CDD peut-il être mis à disposition d’un autre ministère ?', explains('mise-a-disposition', 'contractuels en CDI')],
    ['moi je suis titulaire catégorie B à la Justice, je pourrais venir à la DINUM en détachement ?', explains('detachement', 'fonctionnaires titulaires', 'Niveau de responsabilité')],
    ['je suis en CDD depuis 5 ans et demi à la DINUM, je passe en CDI à 6 ans ?', explains('contractuel', '6 ans', 'ne précise le type de contrat')],
  ];
  const english: Turn[] = [
    ['Could someone on a public-law contract be seconded (détachement)?', explains('detachement-en', 'contract agent cannot be seconded')],
    ['Can I keep running my micro-entreprise if I become a contractuel at PEReN?', explains('cumul-d-activites-en', 'micro-entreprise', 'type of contract')],
    ['What happens at the end of the probation of a fonctionnaire stagiaire?', { intent: 'definition', cards: 0, notSay: 'Frontend developer' }],
  ];
  for (const turn of french) it(`(fr) ${turn[0]}`, () => play(tremplin, [turn]));
  for (const turn of english) it(`(en) ${turn[0]}`, () => play(tremplin, [turn], { locale: 'en-US' }));
});

describe('words of a rule still ask the word they name', () => {
  it('a word asked with the one it is compared to keeps its own explanation', () =>
    play(tremplin, [['un contractuel peut-il devenir fonctionnaire un jour ?', explains('contractuel', 'concours')]]));
  it('a dossier state on Démarches Simplifiées is still the state, not the platform', () =>
    play(tremplin, [['mon dossier est en instruction sur Démarches Simplifiées, ça signifie quoi ?', explains('en-instruction')]]));
  it('a developer job at beta.gouv.fr named by its job word still names the offer', () =>
    play(tremplin, [['dev chez beta.gouv, c’est un CDD ?', { intent: 'contract', notSay: 'Je n’ai pas d’explication' }]]));
});

describe('a rule asked in general, or a word typed alone, reaches its explanation', () => {
  it('the candidate’s own years beside a question about an exam are not a filter of offers', () =>
    play(tremplin, [['le troisième concours c’est pour qui ? j’ai bossé 7 ans en agence', explains('concours', 'expérience')]]));
  it('words in capitals joined by a dot, asked alone, are said unexplained rather than matched to a page', () =>
    play(tremplin, [['API.GOUV ?', { intent: 'definition', say: '« API.GOUV »', cards: 0 }]]));
  it('an acronym asked alone with where it was seen in brackets is asked, not the offer', () =>
    play(tremplin, [['PMO ? (lu dans une annonce de la DINUM)', { intent: 'definition', say: '« PMO »', cards: 0 }]]));
  it('of two employers named alike, the first named is the one asked about', () =>
    play(tremplin, [['Le PEReN, c’est quoi ? ça dépend de la DINUM ?', { say: 'PEReN', notSay: 'direction interministérielle du numérique' }]], { locale: 'fr-FR' }));
});
