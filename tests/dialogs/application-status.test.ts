import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { check, conversation, play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
  const store = tremplin.services.applications!.store;
  await store.upsert([
    { reference: '20240001', email: 'Alice.Martin@example.org', offerId: 'beta-gouv-developpeurs', status: 'in_review', updatedAt: new Date('2026-11-02T09:00:00Z') },
    { reference: '20240002', email: 'bob@example.org', offerId: 'dinum-data-scientist', status: 'received', updatedAt: new Date('2026-11-10T09:00:00Z') },
  ]);
});
afterAll(() => tremplin.close());

describe('application status', () => {
  it('asks the number, then the address, then tells the status with the next step and the usual delay', () =>
    play(tremplin, [
      // No claim about how the employer sends the number: the pages do not say it for all.
      ['Où en est ma candidature ?', { intent: 'application_status', say: 'numéro de dossier', notSay: 'courriel de confirmation' }],
      ['20240001', { intent: 'application_status', say: 'adresse e-mail' }],
      ['alice.martin@example.org', { intent: 'application_status', say: ["en cours d'examen", '2 novembre 2026', 'environ 4 semaines'], cite: 'beta-gouv-developpeurs', notSay: 'dinum' }],
    ]));

  it('takes the number and the address from one message', () =>
    play(tremplin, [
      ['Statut de ma candidature 20240002, mon mail est bob@example.org', { intent: 'application_status', say: ['reçue', 'Data scientist'], cite: 'dinum-data-scientist' }],
    ]));

  it('gives the same words for an unknown number and a wrong address', async () => {
    const wrongAddress = conversation(tremplin);
    await wrongAddress.say('Où en est ma candidature 20240001 ?');
    const a = await wrongAddress.say('mallory@example.org');
    const unknownNumber = conversation(tremplin);
    await unknownNumber.say('Où en est ma candidature 99999999 ?');
    const b = await unknownNumber.say('alice.martin@example.org');
    expect(a.at(-1)!.text).toBe(b.at(-1)!.text);
    check('wrong pair', a, { intent: 'application_status', answered: false, say: 'ne trouve pas', notSay: ['beta.gouv', 'examen'] });
  });

  it('refuses the sixth try within 15 minutes, even with the right pair', async () => {
    const c = conversation(tremplin, { userId: 'guesser' });
    for (let i = 0; i < 5; i++) {
      await c.say(`Où en est ma candidature 2024000${i + 3} ?`);
      await c.say('alice.martin@example.org');
    }
    await c.say('Où en est ma candidature 20240001 ?');
    check('sixth try', await c.say('alice.martin@example.org'), { intent: 'application_status', answered: false, say: "Trop d’essais", notSay: "en cours d'examen" });
  });

  it('shows a recruiter’s update at the next question', async () => {
    await tremplin.services.applications!.store.set('20240002', 'interview', { note: 'Entretien le 3 décembre à 10 h', author: 'recruteur' });
    await play(tremplin, [
      ['Où en est ma candidature 20240002 ? bob@example.org', { intent: 'application_status', say: ['entretien', 'Entretien le 3 décembre à 10 h'] }],
    ]);
  });

  it('explains how to follow an application when the candidate has no number', () =>
    play(tremplin, [
      ['Où en est ma candidature au PEReN ?', { intent: 'application_status', say: 'numéro de dossier' }],
      ["Je n'ai pas de numéro de dossier", { intent: 'application_status', cite: 'suivi-candidature-peren' }],
    ]));
});
