/**
 * An answer that uses a word of the public service the knowledge explains ("vacataire",
 * "catégorie A+") offers to explain it: a suggested next step the bot answers with the
 * explanation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { conversation, play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('an answer that uses an explained word offers to explain it', () => {
  it('in French: the suggestion is a question the bot answers with the explanation', () =>
    play(tremplin, [
      ['Quel contrat propose beta.gouv.fr aux développeurs ?', { intent: 'contract', say: 'CDD', suggest: "C'est quoi, contractuel ?" }],
      ["C'est quoi, contractuel ?", { intent: 'definition', cite: 'contractuel', cards: 0 }],
    ]));

  it('in English', () =>
    play(
      tremplin,
      [
        ['What kind of contract for developers at beta.gouv.fr?', { intent: 'contract', say: 'CDD', suggest: 'What does “contractuel” mean?' }],
        ['What does “contractuel” mean?', { intent: 'definition', cite: 'contractuel-en', cards: 0 }],
      ],
      { locale: 'en-US' },
    ));

  it('a listing of a category offers to explain the category', () =>
    play(tremplin, [['Quels postes de catégorie A+ sont proposés ?', { intent: 'positions', suggest: "C'est quoi, catégorie A+ ?" }]]));

  it('an explanation offers to explain the other words it uses, not its own', async () => {
    const replies = await conversation(tremplin).say("C'est quoi un vacataire ?");
    const offered = (replies.at(-1)!.suggestedActions?.actions ?? []).map((a) => String(a.value));
    expect(offered).toContain("C'est quoi, contractuel ?");
    expect(offered).not.toContain("C'est quoi, vacataire ?");
  });
});

/** The suggestions of the last reply that offer to explain a word. */
async function explanationsOffered(say: (text: string) => Promise<Partial<import('botbuilder').Activity>[]>, text: string): Promise<string[]> {
  const replies = await say(text);
  return (replies.at(-1)!.suggestedActions?.actions ?? []).map((a) => String(a.title)).filter((t) => /^C'est quoi, |^What does “/.test(t));
}

describe('without cluttering: one word offered per answer, never one already explained', () => {
  it('an offer answer saying “catégorie A” offers to explain the categories, in French and in English', async () => {
    await play(tremplin, [['Quel contrat pour le poste de data scientist à la DINUM ?', { intent: 'contract', say: 'catégorie A', suggest: "C'est quoi, catégories A, B et C ?" }]]);
    await play(tremplin, [['What contract for the data scientist job at DINUM?', { intent: 'contract', say: 'category A', suggest: 'What does “categories A, B and C” mean?' }]], { locale: 'en-US' });
  });

  it('a listing whose offers are of category A+ offers to explain it, in French and in English', async () => {
    await play(tremplin, [['Quels postes à la DINUM ?', { intent: 'positions', suggest: "C'est quoi, catégorie A+ ?" }]]);
    await play(tremplin, [['Which jobs at DINUM?', { intent: 'positions', suggest: 'What does “category A+” mean?' }]], { locale: 'en-US' });
  });

  it('an answer using several explained words offers one of them, the first it uses', async () => {
    const { say } = conversation(tremplin);
    // "CDD (contractuel) … vacataire … contractuels … indépendants": one offer, for the first.
    expect(await explanationsOffered(say, 'Quel contrat propose beta.gouv.fr aux développeurs ?')).toEqual(["C'est quoi, contractuel ?"]);
    const english = conversation(tremplin, { locale: 'en-US' });
    expect(await explanationsOffered(english.say, 'What kind of contract for developers at beta.gouv.fr?')).toEqual(['What does “contractuel” mean?']);
  });

  it('once a word is explained, later answers offer the next word instead (French)', () =>
    play(tremplin, [
      ['Quel contrat propose beta.gouv.fr aux développeurs ?', { intent: 'contract', suggest: "C'est quoi, contractuel ?" }],
      ["C'est quoi, contractuel ?", { intent: 'definition', cite: 'contractuel' }],
      ['Quel contrat propose beta.gouv.fr aux développeurs ?', { intent: 'contract', suggest: "C'est quoi, vacataire ?", notSuggest: "C'est quoi, contractuel ?" }],
      ["C'est quoi, vacataire ?", { intent: 'definition', cite: 'vacataire', notSuggest: "C'est quoi, contractuel ?" }],
      ['Quel contrat propose beta.gouv.fr aux développeurs ?', { intent: 'contract', suggest: "C'est quoi, indépendant (freelance) ?", notSuggest: ["C'est quoi, vacataire ?", "C'est quoi, contractuel ?"] }],
    ]));

  it('once a word is explained, it is not offered again, nor as a related word (English)', () =>
    play(
      tremplin,
      [
        ['What kind of contract for developers at beta.gouv.fr?', { intent: 'contract', suggest: 'What does “contractuel” mean?' }],
        ['What does “contractuel” mean?', { intent: 'definition', cite: 'contractuel-en', suggest: 'What does “vacataire” mean?' }],
        ['What kind of contract for developers at beta.gouv.fr?', { intent: 'contract', suggest: 'What does “vacataire” mean?', notSuggest: 'What does “contractuel” mean?' }],
        ['What does “vacataire” mean?', { intent: 'definition', cite: 'vacataire-en', suggest: 'What does “fonctionnaire” mean?', notSuggest: 'What does “contractuel” mean?' }],
      ],
      { locale: 'en-US' },
    ));
});
