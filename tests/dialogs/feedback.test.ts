import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('feedback, escalation, unanswered questions', () => {
  it('offers Utile / Pas utile after an answer and records the verdict with the answer’s sources', async () => {
    await play(tremplin, [
      ['Le télétravail est possible chez beta.gouv.fr ?', { intent: 'remote_work', suggest: ['Utile', 'Pas utile'] }],
      ['Pas utile', { intent: 'feedback', say: 'Merci de nous le dire', suggest: 'Parler à un humain' }],
    ]);
    await tremplin.bot.afterReply.idle();
    const [worst] = await tremplin.services.insights!.feedback({});
    expect(worst).toMatchObject({ intent: 'remote_work', sources: ['beta-gouv-developpeurs'], notHelpful: 1 });
  });

  it('thanks a rating typed before any answer, in the language it is typed in, and records nothing', async () => {
    await tremplin.bot.afterReply.idle();
    const before = JSON.stringify(await tremplin.services.insights!.feedback({}));
    await play(tremplin, [['utile', { intent: 'feedback', say: 'Merci pour votre retour' }]]);
    await play(tremplin, [['Not helpful', { intent: 'feedback', say: 'Thank you for telling us', suggest: 'Talk to a person' }]], { locale: 'en-US' });
    await tremplin.bot.afterReply.idle();
    expect(JSON.stringify(await tremplin.services.insights!.feedback({}))).toBe(before);
  });

  it('gives a person’s contact on request and records the question it was about', async () => {
    await play(tremplin, [
      ['Combien de jours de congés chez beta.gouv.fr ?', { answered: false }],
      ['Je veux parler à un humain', { intent: 'escalation', say: 'recrutement@beta.gouv.fr' }],
    ]);
    await tremplin.bot.afterReply.idle();
    const groups = await tremplin.services.insights!.unanswered({});
    const conges = groups.find((g) => g.representative.includes('congés'));
    expect(conges?.escalations).toBe(1);
  });

  it('records what it could not answer, personal data masked', async () => {
    await play(tremplin, [['Y a-t-il une cantine ? écrivez-moi à jean.dupont@example.org', { answered: false }]]);
    await tremplin.bot.afterReply.idle();
    const groups = await tremplin.services.insights!.unanswered({});
    const cantine = groups.find((g) => g.representative.includes('cantine'));
    expect(cantine).toBeDefined();
    expect(JSON.stringify(groups)).not.toContain('jean.dupont');
  });

  it('records an offer fact it could not give with the offer it is about, and one visitor however often they ask', async () => {
    const question = 'Quel salaire pour le poste de data scientist à la DINUM ?';
    await play(tremplin, [
      [question, { intent: 'salary', answered: false }],
      [question, { intent: 'salary', answered: false }],
    ]);
    await tremplin.bot.afterReply.idle();
    const groups = await tremplin.services.insights!.unanswered({});
    expect(groups.find((g) => g.representative === question)).toMatchObject({ count: 2, visitors: 1, intent: 'salary', offerIds: ['dinum-data-scientist'] });
  });

  it('does not record questions it answered', async () => {
    await play(tremplin, [['Quel est le salaire des développeurs de beta.gouv.fr avec 8 ans ?', { intent: 'salary', answered: true }]]);
    await tremplin.bot.afterReply.idle();
    const groups = await tremplin.services.insights!.unanswered({});
    expect(groups.some((g) => g.representative.includes('avec 8 ans'))).toBe(false);
  });
});
