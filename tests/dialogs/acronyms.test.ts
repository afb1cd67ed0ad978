/**
 * Acronyms no explanation has, asked in new words: what the knowledge's own text spells them out
 * as ("Réseau interministériel de l'État" for RIE), with the entry that says it; an acronym an
 * entry only uses is said not explained there — never guessed, never answered with offers.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('an acronym is spelled out from the entry that uses it, or said not explained there', () => {
  it('(fr) the network of an offer title, asked before "signifie"', () =>
    play(tremplin, [['le RIE, ça signifie quoi exactement ?', { intent: 'definition', say: ['Réseau interministériel de l', 'hypervision'], cite: 'dinum-hypervision-reseau-securite-rie', cards: 0 }]]));

  it('(en) the same acronym, asked after "what is"', () =>
    play(tremplin, [['what is the RIE?', { intent: 'definition', say: 'Réseau interministériel de l', cards: 0 }]], { locale: 'en-US' }));

  it('(fr) asked with « qu\'est-ce que »', () =>
    play(tremplin, [["qu'est-ce que le RIE dans l'offre d'hypervision ?", { intent: 'definition', say: 'Réseau interministériel de l', cards: 0 }]]));

  it('(fr) initials of a phrase several entries use, said to be only initials', () =>
    play(tremplin, [['que veut dire PMR ?', { intent: 'definition', say: ['initiales', 'personnes à mobilité réduite', 'Paris'], cards: 0, answered: true }]]));

  it('(fr) an acronym an offer title uses without spelling it out, asked with the offer named', () =>
    play(tremplin, [
      ["Dans l'annonce du PMO, FTAP ça veut dire quoi ?", { intent: 'definition', say: ['ne développent pas', 'FTAP', 'Adjoint/e au PMO'], notSay: 'Fonds', cards: 0, answered: false }],
    ]));

  it('(fr) "H/F", dropped from the words, is still the word asked, not a listing', () =>
    play(tremplin, [['Ça veut dire quoi H/F à la fin des titres ?', { intent: 'definition', say: 'H/F', cards: 0 }]]));
});

describe('a verb after a pronoun is not a word to explain', () => {
  it('"qu\'est-ce que vous proposeriez…" asks for offers', () =>
    play(tremplin, [["Je suis développeuse, qu'est-ce que vous proposeriez pour moi ?", { intent: 'positions', notSay: 'proposeriez' }]]));
});

describe('an acronym asked alone, or what an employer’s name stands for', () => {
  it('(fr) an acronym typed alone with a question mark is asked, not an offer search', () =>
    play(tremplin, [['FTAP?', { intent: 'definition', say: ['FTAP', 'sans l'], cards: 0, answered: false }]]));

  it('(fr) an acronym alone spelled out by an offer title', () =>
    play(tremplin, [['RIE ?', { intent: 'definition', say: 'Réseau interministériel de l', cards: 0 }]]));

  // Its capitals and the small letters after them open the words: P·E·Re·N, « pôle d'expertise de la régulation numérique ».
  it('(en) an employer written in mixed capitals, asked what it stands for: spelled out from its own entry, not its hiring blurb', () =>
    play(tremplin, [['PEReN is short for what?', { intent: 'definition', say: ['stands for', "pôle d'expertise de la régulation numérique"], notSay: 'hiring', cite: 'peren-en', answered: true }]], { locale: 'en-US' }));

  it('(fr) the same, asked as « ça veut dire quoi »', () =>
    play(tremplin, [['PEReN, ça veut dire quoi ?', { intent: 'definition', say: "pôle d'expertise de la régulation numérique", cite: 'peren', answered: true }]]));
});
