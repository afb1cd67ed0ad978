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
      ['Quel contrat propose beta.gouv.fr aux développeurs ?', { intent: 'contract', say: 'vacataire', suggest: "C'est quoi, vacataire ?" }],
      ["C'est quoi, vacataire ?", { intent: 'definition', cite: 'vacataire', cards: 0 }],
    ]));

  it('in English', () =>
    play(
      tremplin,
      [
        ['What kind of contract for developers at beta.gouv.fr?', { intent: 'contract', suggest: 'What does “vacataire” mean?' }],
        ['What does “vacataire” mean?', { intent: 'definition', cite: 'vacataire-en', cards: 0 }],
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
