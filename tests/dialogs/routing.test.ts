/**
 * A question reaches what answers it before any listing of offers or neighbouring template
 * (issue 14), in wordings no evaluation set holds: a word the pages use that no card explains
 * ("la DSAF que cite l'annonce") is answered from the passage that spells it out; a question
 * about an employer as a whole ("rattaché à qui ?") gets its presentation; a kind of fact no
 * listing states ("how long does hiring last?") goes to the need that states it; an employer
 * Tremplin does not know stays unknown when a town follows its name.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('a word of a page that no card explains is answered from its passage, never with a listing', () => {
  it('in French, named with the employer and the ad it comes from', () =>
    play(tremplin, [
      ["Et la DSAF que cite l'annonce beta.gouv.fr, ça veut dire quoi ?", { say: 'Direction des services administratifs et financiers', cards: 0, notSay: 'offre ouverte' }],
      ['DSAF, kézako ?', { say: 'Direction des services administratifs et financiers', cards: 0 }],
    ]));
  it('in English', () =>
    play(tremplin, [['What does the DSAF mentioned in the beta.gouv.fr job ad stand for?', { say: 'administrative and financial services', cards: 0, notSay: 'open offer' }]], { locale: 'en-US' }));
  it('a word no page says is still named back as unexplained', () =>
    play(tremplin, [["la PFR dont parle l'annonce beta.gouv.fr, c'est quoi ?", { intent: 'definition', answered: false, cards: 0, say: "pas d'explication" }]]));
});

describe('a question about an employer as a whole gets its presentation, not a template of pay or a word', () => {
  it('in French', () =>
    play(tremplin, [
      ['beta.gouv.fr est rattaché à qui ?', { intent: 'organisation_info', cite: 'beta-gouv', say: "l'incubateur de la DINUM", notSay: '€' }],
      ["Le PEReN, c'est quel genre d'organisme ?", { intent: 'organisation_info', cite: 'peren', notSay: 'Passerelles (passerelles' }],
    ]));
  it('in English', () =>
    play(
      tremplin,
      [
        ['Who does beta.gouv.fr depend on?', { intent: 'organisation_info', cite: 'beta-gouv-en', say: "DINUM's incubator", notSay: '€' }],
        ['What kind of body is DINUM?', { intent: 'organisation_info', cite: 'dinum-en' }],
      ],
      { locale: 'en-US' },
    ));
});

describe('what a listing never states goes to the need that states it', () => {
  it('a length of time asked with a word of hiring is the hiring delay', () =>
    play(tremplin, [['How long does hiring usually last at beta.gouv.fr?', { intent: 'application_process', say: '4 weeks', cards: 0 }]], { locale: 'en-US' }));
  it('who reads an application is the process, not its status', async () => {
    await play(tremplin, [['Qui examine ma candidature au PEReN ?', { intent: 'application_process', say: 'deux membres', notSay: 'numéro de dossier' }]]);
    await play(tremplin, [['Who looks at my application at PEReN?', { intent: 'application_process', say: 'PEReN', notSay: 'dossier number' }]], { locale: 'en-US' });
  });
  it('the requirements of an offer are not its salary', () =>
    play(tremplin, [['What qualifications do you need for the beta.gouv.fr developer job?', { intent: 'application_process', notSay: '3,500' }]], { locale: 'en-US' }));
});

describe('an employer Tremplin does not know stays unknown when a town follows its name', () => {
  it('in French and in English', async () => {
    await play(tremplin, [['Quel salaire chez Capgemini Lyon ?', { intent: 'fallback', say: 'Capgemini', notSay: '€', cards: 0 }]]);
    await play(tremplin, [['Is Thales Toulouse hiring?', { intent: 'fallback', say: 'Thales', cards: 0 }]], { locale: 'en-US' });
  });
});

describe('a vague word ("truc", "stuff") is no subject the offers must state', () => {
  it('in French', () =>
    play(tremplin, [["je suis dev front-end, vous avez un truc pour moi ?", { intent: 'positions', say: 'front', notSay: '« truc »' }]]));
  it('in English, with only words of offers besides', () =>
    play(tremplin, [['data stuff at DINUM?', { intent: 'positions', say: 'Data scientist', notSay: '“stuff”' }]], { locale: 'en-US' }));
});

describe('a candidate who only describes themselves gets the offers that fit, not a salary', () => {
  it('in French, with years of experience', () =>
    play(tremplin, [["Je suis développeur back-end senior, 9 ans d'expérience.", { intent: 'positions', notSay: ['€', "l'annonce n'en dit rien"] }]]));
  it('in English, with a level', () =>
    play(tremplin, [["I'm a junior data scientist.", { intent: 'positions', say: 'data scientist', notSay: ['€', 'salary'] }]], { locale: 'en-US' }));
  it('a word of pay still asks the pay', () =>
    play(tremplin, [["Je suis développeur avec 9 ans d'expérience, je toucherais combien chez beta.gouv.fr ?", { intent: 'salary', say: '€' }]]));
});
