/**
 * The kind of fact a question asks — how many of what, which rank, whether it is in a place,
 * what a thing is — decides which passage answers it, not the nearest FAQ entry's words: a
 * number of candidates is no number of recruiters, a programme that names the job dating does
 * not say what it is (src/answers/passage-answers.ts). On the frozen fixture knowledge.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('a count of one thing', () => {
  it('is answered by the number of that thing, not by the figures beside it', () =>
    play(tremplin, [["il y aura combien de recruteurs au forum de l'emploi tech ?", { intent: 'organisation_info', say: '30 services recruteurs', notSay: '2500 candidats' }]]));

  it('does so in English too', () =>
    play(tremplin, [['how many recruiting teams will I meet at the tech jobs forum?', { say: '30 recruiting departments', notSay: '2,500 candidates' }]], { locale: 'en-US' }));
});

describe('a rank in a series', () => {
  it('is answered by the ordinal the knowledge gives', () =>
    play(tremplin, [["le forum de l'emploi tech, il en est à quelle édition ?", { say: '5e édition' }]]));

  it('in English too', () => play(tremplin, [["what edition of the State's tech jobs forum was the 2021 one?", { say: '5th edition' }]], { locale: 'en-US' }));
});

describe('whether a thing is in a place', () => {
  it('is answered by where it is, not by a sentence that shares a word', () =>
    play(tremplin, [['le forum tech, ça se passe uniquement sur Paris ?', { say: ['en ligne', 'Paris'], notSay: "l'inscription était obligatoire" }]]));
});

describe('what a thing is', () => {
  it('is answered by the sentence that says it, not by one that only names it', () =>
    play(tremplin, [["le job dating du forum tech, c'est quoi ?", { say: 'rencontrer plusieurs recruteurs', cite: 'forum-job-dating', notSay: 'deux volets' }]]));

  it('in English too', () =>
    play(tremplin, [["what's this job dating thing at the tech forum?", { say: 'several recruiters', cite: 'forum-job-dating-en', notSay: 'two parts' }]], { locale: 'en-US' }));
});

describe('whether one offer is in a place', () => {
  it('is answered by the offer’s place, not by a part of its page nobody asked', () =>
    play(tremplin, [['is the DINUM data analyst role in Paris?', { intent: 'positions', say: 'Paris', notSay: 'Missions' }]], { locale: 'en-US' }));
});

describe('who does something', () => {
  it('is answered by the entry that says who, not by the one about how long it takes', () =>
    play(tremplin, [["chez beta.gouv, c'est qui qui décide si je suis pris ?", { intent: 'application_process', say: 'jury', cite: 'procedure-recrutement-beta-gouv', notSay: 'En moyenne 4 semaines, selon' }]]));

  it('in English too', () =>
    play(tremplin, [['who makes the hiring decision at beta.gouv.fr?', { say: 'panel', cite: 'procedure-recrutement-beta-gouv-en' }]], { locale: 'en-US' }));
});
