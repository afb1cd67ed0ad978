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
 * - a start asked in another tense ("ça démarrait quand ?") is the start of the offer in focus;
 * - right after an explanation, the same word by another name ("et un CDI ?" after a CDD) opens
 *   with the passage about that name; another word asked of it ("les contractuels y ont droit
 *   aussi ?") keeps the word explained as the subject; what no passage says is said missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { conversation, FROZEN_NOW, play, startTremplin } from '../support/conversation.js';

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

/** The first line of the bot's reply to `userSays`, after `before` in the same conversation. */
async function openingAfter(before: readonly string[], userSays: string, locale = 'fr-FR'): Promise<{ first: string; intent?: string; answered?: boolean }> {
  const c = conversation(tremplin, { locale });
  for (const text of before) await c.say(text);
  const reply = (await c.say(userSays)).at(-1);
  const data = (reply?.channelData ?? {}) as { intent?: string; answered?: boolean };
  return { first: (reply?.text ?? '').split('\n')[0]!, intent: data.intent, answered: data.answered };
}

describe('a follow-up of an explanation stays on the word explained', () => {
  it('opens with the passage about the other name asked: a CDI after a CDD', async () => {
    const reply = await openingAfter(["un CDD dans l'administration, c'est quoi ?"], 'et un CDI alors ?');
    expect(reply.intent).toBe('definition');
    expect(reply.first).toContain('Passer en CDI');
  });

  it('does the same in English: a CDD after a CDI', async () => {
    const reply = await openingAfter(['what does CDI mean for a public job?'], 'and a CDD?', 'en-US');
    expect(reply.intent).toBe('definition');
    expect(reply.first).toContain('**Length**');
  });

  it('keeps the word explained when another word is asked of it, and answers from the passage that names it', () =>
    play(tremplin, [
      ['le forfait télétravail, ça veut dire quoi ?', { intent: 'definition' }],
      ['les contractuels y ont droit aussi ?', { intent: 'definition', say: ['forfait télétravail', 'contractuels'], notSay: ['Mes fiches ne répondent pas', 'Durée et renouvellement'], answered: true }],
    ]));

  it('does the same in English', () =>
    play(
      tremplin,
      [
        ['What is the forfait télétravail?', { intent: 'definition' }],
        ['do contract staff get it too?', { intent: 'definition', say: 'contract staff', notSay: 'does not answer this precisely', answered: true }],
      ],
      { locale: 'en-US' },
    ));

  it('says plainly when the explanation does not say what the follow-up asks, instead of giving it again as an answer', async () => {
    await play(tremplin, [
      ["c'est quoi un détachement ?", { intent: 'definition' }],
      ["c'est pareil pour les vacataires ?", { intent: 'definition', say: 'ne répondent pas précisément', answered: false }],
    ]);
    await play(
      tremplin,
      [
        ['What is a vacataire?', { intent: 'definition' }],
        ['and in a private company?', { intent: 'definition', say: 'does not answer this precisely', answered: false }],
      ],
      { locale: 'en-US' },
    );
  });
});

describe('the job dating is an event of the forum, not a request for jobs', () => {
  it('explains it in English, without listing offers', () =>
    play(tremplin, [['What is the job dating about?', { intent: 'organisation_info', say: 'job dating', notSay: ['offers listed', 'Computer vision'] }]], { locale: 'en-US' }));

  it('does the same in French', () =>
    play(tremplin, [['à quoi sert le job dating ?', { intent: 'organisation_info', say: 'job dating', notSay: 'offres annoncées' }]]));
});

describe('internships asked after an employer or an explanation are where the employer publishes them', () => {
  it('answers "do they take interns?" after PEReN’s offers with PASS, not an empty listing', () =>
    play(
      tremplin,
      [
        ['What does PEReN have open?', { intent: 'positions' }],
        ['do they take interns?', { say: 'PASS', notSay: ['as stage', 'no open offer'] }],
      ],
      { locale: 'en-US' },
    ));

  it('answers a question of its own right after an explanation, not with an empty one', () =>
    play(tremplin, [
      ["Passerelles, c'est quoi ?", { intent: 'definition' }],
      ['et un stage au PEReN, je le trouve où ?', { say: 'PASS', notSay: "Je n'ai pas d'explication pour ce mot" }],
    ]));
});
