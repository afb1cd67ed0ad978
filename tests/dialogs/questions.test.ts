import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('employers and contacts', () => {
  it('quotes the paragraph of an employer’s presentation that a precise question is about', () =>
    play(tremplin, [
      ['depuis quand beta gouv existe', { intent: 'organisation_info', say: ['présentation de beta.gouv.fr', 'Depuis 2013'], cite: 'beta-gouv' }],
      ['ou voir les stats d’impact de beta.gouv ?', { intent: 'organisation_info', say: 'beta.gouv.fr/stats', cite: 'beta-gouv' }],
      ['How big is the beta.gouv.fr community?', { intent: 'organisation_info', say: ["beta.gouv.fr's presentation", '500 members'], notSay: 'only available in French', cite: 'beta-gouv-en' }],
    ]));

  it('quotes no paragraph when none is about the question', () =>
    play(tremplin, [['Qui dirige le PEReN ?', { answered: false, notSay: 'présentation' }]]));

  it('talks about an employer from its knowledge', () =>
    play(tremplin, [
      ['Où se trouvent les bureaux de beta.gouv.fr ?', { intent: 'organisation_info', say: 'Ségur' }],
      ['La DINUM a-t-elle un label diversité ?', { intent: 'organisation_info', say: 'égalité et diversité', cite: 'label-diversite-dinum' }],
      ["C'est quoi une Startup d'État ?", { intent: 'definition', cite: 'startup-d-etat' }],
      ["Combien de postes au forum de l'emploi tech de l'État en 2021 ?", { intent: 'organisation_info', say: '300' }],
    ]));

  it('gives the contact the knowledge holds, and none it does not', async () => {
    await play(tremplin, [["Quelle est l'adresse e-mail du recrutement chez beta.gouv.fr ?", { intent: 'contact', say: 'recrutement@beta.gouv.fr' }]]);
    await play(tremplin, [['Comment contacter le PEReN ?', { intent: 'contact', notSay: '@peren' }]]);
  });

  it('gives a particular contact an FAQ entry holds, dated by its source', () =>
    play(tremplin, [
      ["Qui est le contact presse pour le forum de l'emploi tech ?", { intent: 'contact', say: ['floriane.beaudron@modernisation.gouv.fr', 'a pu changer'], cite: 'contact-presse-forum' }],
    ]));
});

describe('greeting, help, thanks, cancel', () => {
  it('welcomes, helps and says you are welcome, with next steps', () =>
    play(tremplin, [
      ['Bonjour', { intent: 'greeting', say: 'Tremplin', suggest: ['Voir les offres', 'Comment postuler'] }],
      ['Que sais-tu faire ?', { intent: 'help', say: 'offres ouvertes' }],
      ['merci beaucoup', { intent: 'thanks', say: 'Avec plaisir' }],
    ]));

  it('takes a short thanks that says it helped for thanks, not for a question on helping', () =>
    play(tremplin, [
      ['Thanks, that helps!', { intent: 'thanks', say: 'You’re welcome', notSay: 'job dating' }],
      ['Great, that helped a lot', { intent: 'thanks', say: 'You’re welcome', notSay: 'job dating' }],
      ["merci, ça m'aide", { intent: 'thanks', say: 'Avec plaisir', notSay: 'job dating' }],
      ['How does the job dating help candidates?', { say: 'job dating', cite: 'forum-job-dating-en' }],
    ]));

  it('welcomes in English', () =>
    play(tremplin, [['Hello!', { intent: 'greeting', say: 'recruitment assistant', suggest: 'See the offers' }]], { locale: 'en-US' }));

  it('lets the candidate cancel a question the bot asked', () =>
    play(tremplin, [
      ['Quel est le salaire pour un développeur chez beta ?', { intent: 'salary', say: "Combien d'années" }],
      ['Annuler', { intent: 'cancel', say: 'reprend à zéro' }],
      ['8 ans', { notSay: '3500 € nets' }],
    ]));

  it('answers help without losing the question it asked', () =>
    play(tremplin, [
      ['Quel est le salaire pour un développeur chez beta ?', { intent: 'salary' }],
      ['aide', { intent: 'help' }],
      ['3 ans', { intent: 'salary', say: '3 000 €' }],
    ]));
});

describe('never a guess', () => {
  const outOfScope = [
    'Quel temps fera-t-il à Paris demain ?',
    'Donne-moi une recette de tarte aux pommes',
    'Qui a gagné la coupe du monde de football ?',
    'What is the capital of Australia?',
    'Quel est le cours du bitcoin ?',
  ];
  it.each(outOfScope)('says it does not know: %s', (question) =>
    play(tremplin, [[question, { intent: 'fallback', answered: false, say: question.startsWith('What') ? "I don't have this information" : "Je n'ai pas cette information" }]]));

  it('gives the contact and the closest questions it knows', () =>
    play(tremplin, [
      ['Y a-t-il une salle de sport dans les locaux de beta.gouv.fr ?', { answered: false, say: 'recrutement@beta.gouv.fr' }],
    ]));

  it('says plainly what the knowledge never states about working conditions, with whom to ask', () =>
    play(tremplin, [
      ['Combien de jours de congés chez beta.gouv.fr ?', { answered: false, say: ['ne disent rien sur les congés', 'recrutement@beta.gouv.fr'] }],
      ['Quel diplôme faut-il pour le poste de data scientist à la DINUM ?', { answered: false, say: ['« Data scientist » de la DINUM ne dit rien sur les diplômes exigés', 'choisirleservicepublic.gouv.fr'], cite: 'dinum-data-scientist' }],
      ['Je suis jeune diplômé, combien gagne un développeur chez beta.gouv.fr ?', { intent: 'salary', say: '3 000 €' }],
    ]));
});
