import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { conversation, play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

const ask = async (text: string, locale = 'fr-FR') => (await conversation(tremplin, { locale }).say(text)).at(-1)!;
const labelsAndValues = (reply: Partial<Activity>) => (reply.suggestedActions?.actions ?? []).map((a) => ({ title: String(a.title), value: String(a.value) }));

describe('wording, the same in both languages', () => {
  it('writes amounts as each language does: 3 000 € (narrow no-break space) and €3,000', async () => {
    const fr = await ask('Combien gagne un développeur junior chez beta.gouv.fr ?');
    expect(fr.text).toContain('3\u202f000\u00a0€ nets par mois');
    expect(fr.text).not.toMatch(/\b3000\b/);
    const en = await ask('How much does a junior developer earn at beta.gouv.fr?', 'en-US');
    expect(en.text).toContain('€3,000 net per month');
  });

  it('puts the plural where it belongs: "et 1 autre", "and 1 more"', () =>
    play(tremplin, [['Le télétravail est-il possible ?', { intent: 'remote_work', say: 'et 1 autre', notSay: 'et 1 autres' }]]));

  it('says remote work once when the offer’s own words state it', () =>
    play(tremplin, [
      ['Peut-on télétravailler à la DINUM ?', { say: 'de la DINUM : télétravail possible ;', notSay: ['Oui', 'le télétravail est possible. Télétravail possible', 'Télétravail possible ; la page de recrutement de la DINUM n’en précise pas les modalités. Télétravail'] }],
    ]));

  it('cuts a long suggestion at a word, with an ellipsis, and sends the whole text', async () => {
    const reply = await ask('Quel est le salaire ?');
    const actions = labelsAndValues(reply);
    expect(actions.length).toBeGreaterThan(2);
    for (const { title, value } of actions) {
      expect(title.length, title).toBeLessThanOrEqual(40);
      if (!title.endsWith('…')) continue;
      // A cut label is whole words of the value: "…(DIN" never.
      const shown = title.slice(0, -1);
      expect(value.startsWith(shown), `${title} → ${value}`).toBe(true);
      expect(value.charAt(shown.length), `${title} → ${value}`).toMatch(/[\s,;:·—(]/);
    }
    expect(actions.map((a) => a.title)).toContain('Développeur·se (8 postes, junior ou…');
  });

  it('greets with what it can help with, in French and in English', async () => {
    const [fr] = await conversation(tremplin).say('Bonjour');
    expect(fr!.text).toContain('Je peux vous aider sur :');
    const [en] = await conversation(tremplin, { locale: 'en-US' }).say('Hello');
    expect(en!.text).toContain('I can help with:');
  });

  it('gives the same count for the same question in French and in English', async () => {
    const fr = await ask('Quel est le salaire à la DINUM ?');
    const en = await ask('What is the salary at DINUM?', 'en-US');
    expect(fr.text).toContain('Aucune des 18 offres ouvertes de la DINUM');
    expect(en.text).toContain('None of the 18 open offers at DINUM');
  });

  it('says when a count is of the offers the question names, not of all the employer’s', async () => {
    const fr = await ask('Quel salaire pour les postes de chef de pôle à la DINUM ?');
    expect(fr.text).toMatch(/Aucune des \d+ offres de la DINUM qui correspondent à votre question/);
    const en = await ask('What is the salary for head of unit positions at DINUM?', 'en-US');
    expect(en.text).toMatch(/None of the \d+ offers at DINUM matching your question/);
    expect(en.text).not.toContain('open offers at DINUM');
  });
});
