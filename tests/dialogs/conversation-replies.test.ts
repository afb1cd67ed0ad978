/**
 * Short replies and follow-ups that only make sense with the conversation (blind sets of
 * 7 December, fourth round: "oui" to the bot's own question misread, a description of the
 * application taken for a new question, a start date asked in another tense forgotten). Each
 * kind with wordings of its own, in French and English, on the frozen knowledge:
 *
 * - a plain yes to the step the bot has just offered takes it; a plain no drops it; elsewhere
 *   "oui" is no answer to anything;
 * - while the bot waits for a dossier number, a candidate who only tells about the application
 *   ("c'était pour la DINUM, j'ai postulé en mars") is told how to follow it without one;
 * - a start asked in another tense ("ça démarrait quand ?") is the start of the offer in focus.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { FROZEN_NOW, play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(FROZEN_NOW);
});
afterAll(async () => {
  await tremplin.close();
});

describe('a plain yes or no answers the step the bot has just offered', () => {
  it('shows every open offer after "oui volontiers" to "voir toutes les offres ouvertes ?"', () =>
    play(tremplin, [
      ['des postes en alternance à Marseille ?', { intent: 'positions', say: 'Voulez-vous voir toutes les offres ouvertes ?', answered: false }],
      ['oui volontiers', { intent: 'positions', say: 'en ce moment', notSay: 'Marseille', answered: true }],
    ]));

  it('does the same in English after "sure"', () =>
    play(
      tremplin,
      [
        ['any jobs in Bordeaux?', { intent: 'positions', say: 'Would you like to see all open offers?' }],
        ['sure', { intent: 'positions', say: 'right now', notSay: ['Bordeaux', "I don't have this information"], answered: true }],
      ],
      { locale: 'en-US' },
    ));

  it('drops the step after "non c’est bon", and takes no "ok" for a yes when nothing was offered', async () => {
    await play(tremplin, [
      ['des offres en CDI à Marseille ?', { say: 'Voulez-vous voir toutes les offres ouvertes ?' }],
      ["non c'est bon", { intent: 'thanks', say: 'Que puis-je faire d’autre', notSay: 'en ce moment' }],
      ['oui', { notSay: 'en ce moment' }],
    ]);
  });

  it('gives a person’s contact after "not helpful" then "yes please"', () =>
    play(
      tremplin,
      [
        ['How long is the interview at PEReN?', {}],
        ['not helpful', { intent: 'feedback', say: 'Would you like a person’s contact?' }],
        ['yes please', { intent: 'escalation', say: 'recruitment team' }],
      ],
      { locale: 'en-US' },
    ));
});

describe('while the bot waits for a dossier number, telling about the application is no new question', () => {
  it('says it cannot see the application without a number, and names the employer’s recruitment team', () =>
    play(tremplin, [
      ['je voudrais savoir où en est ma candidature', { intent: 'application_status', say: 'numéro de dossier' }],
      ["c'était pour l'offre d'analyste de données à la DINUM, j'ai postulé en mars", { intent: 'application_status', say: ['Sans numéro de dossier', 'metiers.numerique.gouv.fr'], notSay: 'Consulter l’offre' }],
    ]));

  it('does the same in English, and a question of its own is still answered as such', async () => {
    await play(
      tremplin,
      [
        ['any news on my application?', { intent: 'application_status', say: 'dossier number' }],
        ["I've applied to PEReN a month ago", { intent: 'application_status', say: 'Without a dossier number' }],
      ],
      { locale: 'en-US' },
    );
    await play(tremplin, [
      ['où en est ma candidature ?', { intent: 'application_status' }],
      ["c'est quoi « en instruction » ?", { intent: 'definition', notSay: 'Sans numéro de dossier' }],
    ]);
  });
});

describe('a start asked in another tense is the start of the offer in focus', () => {
  it('gives the start date the offer states after "ça démarrait quand ?"', () =>
    play(tremplin, [
      ['quel contrat pour les développeurs de beta.gouv.fr ?', { intent: 'contract' }],
      ['ça démarrait quand ?', { intent: 'contract', say: '4 janvier 2021', notSay: "Je n'ai pas cette information" }],
    ]));

  it('does the same in English after "when did it begin?"', () =>
    play(
      tremplin,
      [
        ['How long is the beta.gouv.fr developer contract?', { intent: 'contract' }],
        ['when did it begin?', { intent: 'contract', say: '4 January 2021' }],
      ],
      { locale: 'en-US' },
    ));
});
