/**
 * General questions about the public service (issue 17), on the shipped explanations
 * (knowledge/terms/): a rule asked with no employer or offer named is answered from the
 * explanation of its word — the passage that answers first — never with "which offer?"; right
 * after an explanation, "et pour un B ?" or "et en anglais ?" follow it; and a pending dossier
 * number never swallows a new question. Written on wordings of our own, not the evaluation sets'.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(undefined, {}, { shipped: true });
});
afterAll(() => tremplin.close());

const explains = (cite: string, say: string | string[], notSay?: string | string[]) => ({ intent: 'definition', cite, cards: 0, say, ...(notSay ? { notSay } : {}) });

describe('a rule of the public service asked with no offer named', () => {
  it('is answered from the explanation of its word, in French', () =>
    play(tremplin, [
      ['Dans la fonction publique, on peut télétravailler combien de jours par semaine ?', explains('teletravail-fonction-publique', '3 jours', "dépend de l'offre")],
      ['Pendant une mise à disposition, qui verse le salaire ?', explains('mise-a-disposition', ["administration d'origine", 'remboursée'])],
      ['Un détachement peut durer combien de temps au maximum ?', explains('detachement', ['6 mois', '5 ans'])],
      ['Est-ce qu’un contractuel peut être placé en détachement ?', explains('detachement', 'un contractuel ne peut pas être détaché')],
      ["Comment est fixé le salaire d'un contractuel ?", explains('contractuel', ['qualification', 'expérience'], 'Quelle offre')],
      ["C'est quoi le point d'indice ?", explains('point-d-indice', ['indice majoré', '4,92278'])],
    ]));

  it('is answered from the explanation of its word, in English', () =>
    play(
      tremplin,
      [
        ['Is full-time remote work allowed in the civil service?', explains('teletravail-fonction-publique-en', ['3 days', 'derogation'])],
        ['Who pays my salary during a mise à disposition?', explains('mise-a-disposition-en', 'home administration')],
        ['How does the civil service pay scale work?', explains('grille-indiciaire-en', 'index point')],
      ],
      { locale: 'en-US' },
    ));

  it('a word that is also an offer title, or a job given as the candidate\'s own profile, still asks about the word', () =>
    play(tremplin, [
      ['Quelqu’un du privé peut-il devenir intrapreneur ?', explains('intrapreneur', 'agent public')],
      ['Je suis développeuse, je dois passer un concours pour travailler pour l’État ?', explains('concours', 'contrat')],
      ['Un dossier en brouillon, c’est quoi sur Démarches Simplifiées ?', explains('en-construction', 'pas encore déposé')],
    ]));

  it('says plainly when the explanation does not state the precise fact asked', () =>
    play(tremplin, [['Un dossier reste combien de jours en construction en moyenne ?', { intent: 'definition', answered: false, say: 'ne répondent pas précisément' }]]));

  it('"— what\'s that?" asks the word just named, even beside an employer', () =>
    play(tremplin, [["DINUM's ads mention the 'catégorie A+' — what's that?", { intent: 'definition', cite: 'categorie-a-plus-en', cards: 0 }]], { locale: 'en-US' }));

  it('a public-service word that is also in an offer title is not that offer ("administration")', () =>
    play(tremplin, [["Après un détachement, peut-on être intégré dans l'administration d'accueil ?", explains('detachement', 'intégré')]]));

  it('a count about the word, not about offers, is asked of its explanation, which says when it does not hold the figure', () =>
    play(tremplin, [
      ['Combien y a-t-il de Startups d’État en activité aujourd’hui ?', { intent: 'definition', cite: 'startup-d-etat', answered: false, say: 'ne répondent pas précisément' }],
      ['Combien de postes de vacataire ?', { notSay: 'ne répondent pas précisément' }],
    ]));

  it('an employer named is no offer question when the explanation belongs to it', () =>
    play(tremplin, [['En freelance, comment on est payé chez beta.gouv.fr ?', explains('independant', 'marché public')]]));

  it('still lists offers when the message asks for them', () =>
    play(tremplin, [['Vous proposez des CDI ?', { intent: 'contract' }]]));
});

describe('right after an explanation', () => {
  it('"et pour un B ?" explains the other form of the word, "et en anglais ?" the same word in English', () =>
    play(tremplin, [
      ['Que veut dire catégorie A ?', explains('categories', 'bac+3')],
      ['et pour un C ?', explains('categories', 'CAP')],
      ['et en anglais ?', { intent: 'definition', cite: 'categories-en', say: 'categories' }],
    ]));

  it('another aspect of the same word is answered from its explanation', () =>
    play(tremplin, [
      ["C'est quoi une mise à disposition ?", explains('mise-a-disposition', 'rattaché')],
      ['et ça dure combien de temps ?', explains('mise-a-disposition', '3 ans')],
    ]));
});

describe('while the bot waits for a dossier number', () => {
  it('a new question is answered as such, not read as the number', () =>
    play(tremplin, [
      ['Où en est ma candidature ?', { intent: 'application_status', say: 'numéro de dossier' }],
      ['Mon dossier est en instruction, je peux encore le modifier ?', { intent: 'definition', cite: 'en-instruction', notSay: 'numéro de dossier' }],
      ['Où en est ma candidature ?', { intent: 'application_status', say: 'numéro de dossier' }],
      ['Comment postuler au PEReN ?', { intent: 'application_process', notSay: 'numéro de dossier' }],
    ]));
});
