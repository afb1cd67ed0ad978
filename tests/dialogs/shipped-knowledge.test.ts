/**
 * A few transcripts on the shipped knowledge (knowledge/), the rest of the dialog tests running
 * on a frozen copy: the bot starts on what HR ships and answers each kind of question from it.
 * Written not to depend on figures HR may change (counts, amounts, dates).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(undefined, {}, { shipped: true });
});
afterAll(() => tremplin.close());

/** A bare yes or no opening a reply: right for one phrasing of a question, wrong for its opposite. */
const BARE_YES_NO = { fr: ['Oui,', 'Oui.', 'Oui :', 'Non,', 'Non.', 'Non :'], en: ['Yes,', 'Yes.', 'Yes:', 'No,', 'No.', 'No:'] };

/** A definition answer from one explanation, no offer shown. */
const definition = (cite: string, say: string | string[]) => ({ intent: 'definition', cite, cards: 0, say });

describe('the shipped knowledge', () => {
  it('answers a candidate in French, each kind from its source', () =>
    play(tremplin, [
      ['Bonjour', { intent: 'greeting', say: 'Tremplin' }],
      // The DINUM's offers come from its page of May 2023: past the freshness rule, shown as such.
      ['Quelles sont les offres ouvertes à la DINUM ?', { intent: 'positions', answered: true, say: ['aucune offre ouverte à la DINUM', 'probablement plus ouverte'] }],
      ['Comment postuler au PEReN ?', { intent: 'application_process', answered: true }],
      ['Le télétravail est possible chez beta.gouv.fr ?', { intent: 'remote_work', answered: true }],
      ['Qui contacter au PEReN ?', { intent: 'contact', say: 'recrutement' }],
      ['Qui a gagné la coupe du monde ?', { intent: 'fallback', answered: false }],
    ]));

  it('answers the opposite phrasings an entry lists without a yes or no that contradicts them', async () => {
    await play(tremplin, [
      ["Faut-il demander l'autorisation pour télétravailler chez beta.gouv.fr ?", { intent: 'remote_work', answered: true, notSay: BARE_YES_NO.fr }],
      ['je peux envoyer mon github à la place du cv ?', { cite: 'cv-pieces-beta-gouv', notSay: BARE_YES_NO.fr }],
      ["je ne connais pas les outils, c'est grave ?", { cite: 'formation-beta-gouv', notSay: BARE_YES_NO.fr }],
      ["Je n'ai jamais travaillé dans le public, est-ce un frein ?", { cite: 'autocensure-beta-gouv', notSay: BARE_YES_NO.fr }],
      ['La DINUM est-elle accessible en fauteuil roulant ?', { cite: 'handicap-dinum', notSay: BARE_YES_NO.fr }],
      ["Peut-on venir au forum tech de l'État sans inscription ?", { cite: 'forum-inscription', notSay: BARE_YES_NO.fr }],
      ["Faut-il répondre à tous les critères de l'annonce pour postuler au PEReN ?", { cite: 'prerequis-peren', notSay: BARE_YES_NO.fr }],
      ['Je parle seulement anglais, puis-je postuler au PEReN ?', { cite: 'francais-peren', notSay: BARE_YES_NO.fr }],
    ]);
    await play(
      tremplin,
      [
        ['Do I need permission to work from home at beta.gouv.fr?', { intent: 'remote_work', answered: true, notSay: BARE_YES_NO.en }],
        ['Can I send my GitHub or LinkedIn instead of a resume?', { cite: 'cv-pieces-beta-gouv-en', notSay: BARE_YES_NO.en }],
        ['Are DINUM offices wheelchair accessible?', { cite: 'handicap-dinum-en', notSay: BARE_YES_NO.en }],
        ['Can I attend the tech recruitment forum without registering?', { cite: 'forum-inscription-en', notSay: BARE_YES_NO.en }],
        ['Do I need to match all the criteria to apply to PEReN?', { cite: 'prerequis-peren-en', notSay: BARE_YES_NO.en }],
        ['I only speak English, can I apply to PEReN?', { cite: 'francais-peren-en', notSay: BARE_YES_NO.en }],
      ],
      { locale: 'en-US' },
    );
  });

  it('says what each employer is with the decree that says it, linked', async () => {
    await play(tremplin, [
      ["c'est quoi le PEReN ?", { intent: 'organisation_info', say: ['2020-1102', 'legifrance.gouv.fr'] }],
      ['la DINUM, c’est quoi exactement ?', { intent: 'organisation_info', say: ['2019-1088', 'legifrance.gouv.fr'] }],
    ]);
    await play(tremplin, [['What is PEReN?', { intent: 'organisation_info', say: ['2020-1102', 'legifrance.gouv.fr'] }]], { locale: 'en-US' });
  });

  it('answers in English', () =>
    play(
      tremplin,
      [
        ['What jobs does PEReN have?', { intent: 'positions', answered: true, say: 'offers listed (undated) at PEReN', notSay: 'open offers' }],
        ['How do I apply?', { intent: 'application_process', answered: true, notSay: 'Comment postuler' }],
      ],
      { locale: 'en-US' },
    ));

  it('explains the pay, leave and career words a candidate from the private sector meets, each from its own page', async () => {
    await play(tremplin, [
      ["c'est quoi le CIA dans le RIFSEEP ?", definition('rifseep', 'complément indemnitaire annuel')],
      ["la période d'essai d'un CDI dans un ministère, ça dure combien ?", definition('periode-d-essai', 'pour un CDI')],
      ["les jours flottants en télétravail, ça veut dire quoi ?", definition('teletravail-fonction-publique', 'flottants')],
      ["l'indemnité de résidence, c'est quoi ?", definition('indemnite-de-residence', 'coût de la vie')],
      ['un fonctionnaire peut-il partir avec une rupture conventionnelle ?', definition('rupture-conventionnelle', 'titulaires')],
      ["c'est quoi une mutation dans la fonction publique ?", definition('mutation', 'sans changer de corps')],
    ]);
    await play(
      tremplin,
      [
        ['Do contract staff get the GIPA?', definition('gipa-en', 'contract agents qualify')],
        ['is there a telework allowance for civil servants?', definition('forfait-teletravail-en', 'per day of telework')],
        ['What is the family supplement (SFT) in the civil service?', definition('supplement-familial-de-traitement-en', 'dependent child')],
        ['What is a mise en disponibilité?', definition('disponibilite-en', 'reinstated')],
        ['What does disponibilité mean for a civil servant?', definition('disponibilite-en', 'reinstated')],
        ['How many days of annual leave do public agents get?', definition('conges-annuels-en', '5 times the number of days')],
      ],
      { locale: 'en-US' },
    );
  });

  it('explains the acronyms DINUM’s offers use and the staff canteens, each from its own page', async () => {
    await play(tremplin, [
      ['le RIE de l’offre d’hypervision, c’est quoi ?', definition('rie', 'relie les administrations')],
      ['FTAP, ça veut dire quoi ?', definition('ftap', 'transformation de l\'action publique')],
      ['c’est quoi un restaurant administratif ?', definition('restauration', 'subvention')],
    ]);
    await play(tremplin, [['What does FTAP stand for?', definition('ftap-en', 'transformation of public action')]], { locale: 'en-US' });
  });
});
