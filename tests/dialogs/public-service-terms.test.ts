/**
 * Words of public employment a newcomer from the private sector meets and no explanation held
 * before (issue 17, coverage): dismissal, the end of a fixed-term contract, the staff bodies
 * (CAP, CSA), union rights and strikes, a civil servant's positions, nationality, and the
 * programmes and networks named in DINUM's offers. Each is asked in new words, French and
 * English, and answered by its own explanation with the part asked — never by a neighbouring
 * word, never by offers.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin, type Turn } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

/** A definition answer from one explanation, no offer shown. */
const explains = (cite: string, say: string | string[], notSay?: string | string[]) => ({ intent: 'definition', cite, cards: 0, say, ...(notSay ? { notSay } : {}) });

/** One test per question, each asked first in a new conversation: French, then English. */
function asksEach(french: readonly Turn[], english: readonly Turn[]): void {
  for (const turn of french) it(`(fr) ${turn[0]}`, () => play(tremplin, [turn]));
  for (const turn of english) it(`(en) ${turn[0]}`, () => play(tremplin, [turn], { locale: 'en-US' }));
}

/** Each topic: its questions in French, then in English. */
const TOPICS: [topic: string, french: Turn[], english: Turn[]][] = [
  [
    'contracts ending: dismissal and non-renewal have their own rules',
    [
      ['Si on me vire pendant ma période d’essai, je touche une indemnité ?', explains('periode-d-essai', ['aucune indemnité de licenciement', 'entretien préalable'])],
      ['Un contractuel licencié a droit à combien de préavis ?', explains('licenciement', ['8 jours', '2 mois'])],
      ['Ils doivent me prévenir quand pour le non-renouvellement de mon CDD de 2 ans ?', explains('renouvellement-du-contrat', ['2e mois', '8 jours'], 'Durée et renouvellement')],
      ['On me propose le renouvellement de mon CDD, j’ai combien de temps pour répondre ?', explains('renouvellement-du-contrat', '8 jours')],
    ],
    [
      ['If I get fired during the trial period, is there severance pay?', explains('periode-d-essai-en', ['no severance pay', 'prior interview'])],
      ['How much notice before they tell me my contract is not renewed?', explains('renouvellement-du-contrat-en', ['2 months', '3 months'])],
    ],
  ],
  [
    'staff bodies, unions and strikes',
    [
      ['La commission administrative paritaire, elle sert à quoi ?', explains('cap', ['avis', 'fonctionnaire stagiaire'])],
      ['C’est quoi le CSA dans un ministère ?', explains('csa', ['comités techniques', 'conditions de travail'])],
      ['J’ai le droit de faire grève si je suis contractuel ?', explains('droit-de-greve', ['contractuels', 'trentième indivisible'])],
      ['Le congé de formation syndicale, c’est combien de jours ?', explains('droit-syndical', ['12 jours ouvrables', '15 jours'])],
    ],
    [
      ['What is a CAP in the French civil service?', explains('cap-en', ['joint', 'not bound'])],
      ['What’s the CAP everyone mentions when a resignation is refused?', explains('cap-en', ['resignation is refused', 'not bound'])],
      ['Do public agents have the right to strike?', explains('droit-de-greve-en', ['5 clear days', '1/30'])],
      ['Can I join a trade union as a contract agent?', explains('droit-syndical-en', '12 working days')],
    ],
  ],
  [
    'a civil servant’s positions, nationality',
    [
      ['Être en position d’activité, ça veut dire quoi ?', explains('positions-administratives', ['par défaut', 'mis à disposition'])],
      ['Une dispo pour convenances personnelles dans la fonction publique d’État, c’est combien de temps au maximum ?', explains('disponibilite', ['5 ans', '10 ans'])],
      ['Faut-il avoir la nationalité française pour travailler à la DINUM ?', explains('nationalite', ['Union européenne', 'contrat'])],
    ],
    [
      ['I am not an EU citizen, can I still work for a French ministry?', explains('nationalite-en', ['hired on contract', 'residence permit'])],
      ['What does being in active service mean for a civil servant?', explains('positions-administratives-en', ['default position', 'parental leave'])],
    ],
  ],
  [
    'programmes, pay and services named around DINUM’s offers',
    [
      ['Le programme TECH.GOUV, c’est quoi ?', explains('tech-gouv', ['16 avril 2019', 'DINUM'])],
      ['Quelle différence entre une direction du numérique de ministère et la DINUM ?', explains('direction-du-numerique', ['2019-1088', 'DSI'])],
      ['Le secrétariat général du Gouvernement, il sert à quoi ?', explains('sgg', ['Premier ministre', 'DINUM'])],
      ['Le référentiel de rémunération des métiers du numérique, ça dit quoi ?', explains('referentiel-remuneration-numerique', ['55 métiers', '3 janvier 2024'])],
    ],
    [
      ['What does the State’s pay framework for digital jobs say?', explains('referentiel-remuneration-numerique-en', ['55 jobs', '€54,400'])],
    ],
  ],
  [
    'old job sites, job descriptions, pay words met in offers',
    [
      ['la BIEP, ça existe encore ?', explains('biep', ['22 février 2019', 'Choisir le service public'])],
      ['Le recruteur parle de fiche de poste, c’est pas la même chose que l’annonce ?', explains('fiche-de-poste', ['interne', 'donner envie'])],
      ['PPCR ça veut dire quoi sur ma grille ?', explains('ppcr', ['2015', 'primes'])],
      ['Brut et net dans la fonction publique : quel écart en général ?', explains('brut-net', ['pension civile', '15 %'])],
    ],
    [
      ['What was the BIEP?', explains('biep-en', ['22 February 2019', 'Choisir le service public'])],
      ['My recruiter mentioned a fiche de poste, what is it exactly?', explains('fiche-de-poste-en', ['internal', 'appraisal'])],
      ['What does PPCR mean for civil servants?', explains('ppcr-en', ['2015', 'bonuses'])],
      ['How big is the gap between gross and net pay for public agents?', explains('brut-net-en', ['pension', '15 %'])],
    ],
  ],
];

for (const [topic, french, english] of TOPICS) describe(topic, () => asksEach(french, english));
