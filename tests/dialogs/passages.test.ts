/**
 * Precise questions answered at passage level: the sentence of the knowledge that holds what is
 * asked, quoted with its source, or a plain "not stated" with the closest it says and whom to ask
 * (src/answers/passages.ts, passage-answers.ts). On the frozen fixture knowledge.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('the job forum, asked precisely', () => {
  it('says plainly what the forum entries do not state, and answers what they do', () =>
    play(tremplin, [
      ["Qu'est-ce que le forum de l'emploi tech de l'État ?", { intent: 'organisation_info', say: 'organisé par la DINUM', cite: 'forum-emploi-tech-etat' }],
      // Nothing the knowledge says is about a price: no "oui", no "non", no guess.
      ['le forum est-il gratuit ?', { intent: 'organisation_info', say: ['ne dit rien de « gratuit »', 'je préfère ne pas deviner', 'metiers.numerique.gouv.fr'], notSay: ['Oui', 'Non,'], answered: false }],
      // "Qui l'organise ?" only makes sense with the forum: the forum's entry, which says who.
      ["qui l'organise ?", { intent: 'organisation_info', say: 'organisé par la DINUM', cite: 'forum-emploi-tech-etat', answered: true }],
      // A street address is stated nowhere; the closest is the town and the day.
      ["quelle est l'adresse exacte ?", { intent: 'organisation_info', say: ['aucune adresse précise', 'à Paris le 16 décembre'], notSay: 'rue', answered: false }],
    ]));

  it('does the same in English, from the English entries', () =>
    play(
      tremplin,
      [
        ["What is the State's tech job forum?", { intent: 'organisation_info', say: 'organised by DINUM', cite: 'forum-emploi-tech-etat-en' }],
        ['is the forum free?', { intent: 'organisation_info', say: ['says nothing about “free”', "I'd rather not guess"], notSay: ['Yes', 'only available in French'], answered: false }],
        ['who organises it?', { intent: 'organisation_info', say: 'organised by DINUM', cite: 'forum-emploi-tech-etat-en' }],
        ["what's the exact address?", { intent: 'organisation_info', say: ['no exact address', 'Paris'], answered: false }],
        // A count is no contact: the number of recruiters, not the recruitment team's address nor the candidates beside it.
        ['how many recruiters?', { intent: 'organisation_info', say: '30 recruiting departments', notSay: ['To reach the recruitment team', '2,500 candidates'] }],
      ],
      { locale: 'en-US' },
    ));
});

describe('entries that say what the knowledge lacks', () => {
  it('answer whole, so the answer still says what is missing', () =>
    play(tremplin, [["What's PEReN's recruitment email address?", { intent: 'contact', say: 'no e-mail address', answered: false }]], { locale: 'en-US' }));
});

describe('a question that asks for no kind of fact, in words only an answer holds', () => {
  it('quotes the passage that spells the word out, and still admits what nothing holds', () =>
    play(tremplin, [
      ['DSAF signifie quoi ?', { say: ['Direction des services administratifs et financiers (DSAF)'], cite: 'procedure-recrutement-beta-gouv', answered: true }],
      ["Kubernetes, vous l'utilisez ?", { intent: 'fallback', say: 'je préfère ne pas deviner', notSay: 'DSAF', answered: false }],
    ]));

  it('does so in English too', () =>
    play(tremplin, [["What's the DSAF short for?", { say: 'administrative and financial services', cite: 'procedure-recrutement-beta-gouv-en' }]], { locale: 'en-US' }));
});

describe('a message made of offers’ title words only', () => {
  it('lists the offers those words name, instead of not knowing', () =>
    play(tremplin, [
      ['FranceConnect svp', { intent: 'positions', say: 'Responsable opérationnel de la plateforme FranceConnect', notSay: 'je préfère ne pas deviner' }],
      ['PEReN data scientist', { intent: 'positions', say: ['NLP data scientist', 'Computer Vision data scientist'], notSay: 'je préfère ne pas deviner' }],
    ]));
});
