/**
 * Questions about the candidate's own application, in words no example has: where it stands
 * ("has anyone read my file?", "no news for two weeks, is that normal?", a reference with a
 * dash) goes to the application-status flow, never to how applying works; questions about who
 * reads applications or how to apply stay with the process. And a greeting beside "what can you
 * do?" is still a request for help.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe("the progress of one's own application is a status question", () => {
  it('(fr) has someone read it', () =>
    play(tremplin, [["Est-ce que quelqu'un a lu ma candidature pour le poste front ?", { intent: 'application_status', say: 'numéro', notSay: 'Je postule' }]]));

  it('(fr) was it received', () => play(tremplin, [['Mon dossier pour le PEReN a bien été reçu ?', { intent: 'application_status', notSay: 'Examen des candidatures' }]]));

  it('(en) has it been reviewed', () =>
    play(tremplin, [['Has anyone reviewed my application yet?', { intent: 'application_status', say: 'number' }]], { locale: 'en-US' }));

  it('(fr) still waiting after two weeks: the delays, not the steps', () =>
    play(tremplin, [["j'ai envoyé ma candidature chez beta il y a 15 jours et toujours pas de retour, c'est normal ?", { intent: 'application_status', say: '4 semaines', notSay: 'Rencontre avec un jury' }]]));

  it('(fr) a reference written with a dash is a dossier number: the flow asks who applied', () =>
    play(tremplin, [['Où en est le dossier réf 2024-881234 ?', { intent: 'application_status', say: 'adresse e-mail' }]]));

  it('(fr) who reads applications is about the process', () =>
    play(tremplin, [['Qui lit les dossiers au PEReN ?', { intent: 'application_process', say: 'deux membres' }]]));

  it('(fr) how to send it is about the process', () => play(tremplin, [['Comment envoyer ma candidature au PEReN ?', { intent: 'application_process' }]]));
});

describe('a greeting beside a request for help', () => {
  it('(en) hello + what can you do', () =>
    play(tremplin, [['hello there, what can you help with?', { intent: 'help', say: 'open positions' }]], { locale: 'en-US' }));

  it('(fr) bonjour + tu peux m\'aider', () => play(tremplin, [["Bonjour ! Tu peux m'aider sur quoi ?", { intent: 'help', say: 'offres ouvertes' }]]));
});

describe('following an application without a dossier number', () => {
  it('(fr) the bot asks for the number and says, per employer, where applications go and how long an answer takes', () =>
    play(tremplin, [["Vous avez des nouvelles de mon dossier ?", { intent: 'application_status', say: ['numéro', '4 semaines', 'passerelles.economie.gouv.fr'] }]]));

  it('(en) with the employer named, only that employer is told', () =>
    play(tremplin, [["What is the status of the application I sent to PEReN?", { intent: 'application_status', say: ['number', 'passerelles'], notSay: '4 weeks' }]], { locale: 'en-US' }));

  it('(en) waiting at a named employer: its delay, not the others’, and no demand for a number', () =>
    play(tremplin, [['Sent my application to beta five weeks ago, nothing since, should I worry?', { intent: 'application_status', say: '4 weeks', notSay: ['PEReN', 'give me your dossier number'] }]], { locale: 'en-US' }));
});

describe("an offer's reference given as a dossier number", () => {
  it('(fr) is recognised as the offer, with where to follow the application — no e-mail asked', () =>
    play(tremplin, [['Je voudrais savoir où en est ma candidature n° 2023-1201291', { intent: 'application_status', say: ['Ingénieur data', 'choisirleservicepublic.gouv.fr', 'pas un numéro de dossier'], notSay: 'adresse e-mail', answered: false }]]));

  it('(en) given after the bot asked for the number', () =>
    play(
      tremplin,
      [
        ['Where is my application at?', { intent: 'application_status', say: 'number' }],
        ['2023-1201312', { say: ['Datalab', 'not a dossier number'], notSay: 'e-mail address' }],
      ],
      { locale: 'en-US' },
    ));

  it('(fr) a number no offer carries is still a dossier number', () =>
    play(tremplin, [['Où en est le dossier 2024-559321 ?', { intent: 'application_status', say: 'adresse e-mail' }]]));
});
