/**
 * What a short follow-up inherits from the conversation (blind sets of 7 December, third round:
 * follow-ups that forgot what the user said, lost the word explained, or left the offer in
 * discussion). Each kind with wordings of its own, in French and English:
 *
 * - what the candidate said of themself (years of experience) holds for later answers;
 * - one fact asked right after a listing is asked of each offer listed, not of the employer's others;
 * - "which of those is about X?" keeps the listed offers about X;
 * - "ils", "they" stand for the employer or team the conversation is about;
 * - "cette offre", "that job" stand for the offer in focus, which is shown with where it stands;
 * - a fact the offer in focus does not state is said missing about that offer, by name;
 * - a question of its own while the bot asks which offer is answered, the choice dropped;
 * - a bare fact asked right after an explanation ("au bout de combien de temps ?") is asked of the word;
 * - the offer an answer was about is the conversation's offer, whatever the flow that answered (how to apply to it too);
 * - "l'autre", "the other one" name the other offer of a pair (the two just listed, or the two its team
 *   published), which becomes the offer in focus; said alone after a fact of one, it asks that fact of the other;
 *   "une autre offre ?" still asks for a listing;
 * - a job named alone right after an answer about an offer of a team ("et le développeur ?") is that team's offer.
 *
 * Offers of an imported catalogue (sections in their bodies, closed, of a team) are in
 * tests/fixtures/knowledge/follow-ups; the rest runs on the frozen shipped knowledge.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

const IMPORTED = path.join(import.meta.dirname, '../fixtures/knowledge/follow-ups');

let shipped: Tremplin;
let imported: Tremplin;
beforeAll(async () => {
  shipped = await startTremplin(() => new Date('2026-11-23T12:00:00Z'));
  imported = await startTremplin(() => new Date('2026-11-23T12:00:00Z'), { KNOWLEDGE_DIR: IMPORTED });
});
afterAll(async () => {
  await shipped.close();
  await imported.close();
});

describe('what the candidate said of themself holds for the conversation', () => {
  it('uses the years given in a message that asked nothing of pay', () =>
    play(
      shipped,
      [
        ["I'm an experienced backend developer, 9 years of experience.", {}],
        ['how much would beta.gouv.fr pay me?', { intent: 'salary', say: ['9 years of experience', '3,500'], notSay: 'How many years' }],
      ],
      { locale: 'en-US' },
    ));

  it('does the same in French, and a length of contract is not the candidate’s experience', async () => {
    await play(shipped, [
      ["Moi j'ai 3 ans d'expérience en Python.", {}],
      ['et chez beta.gouv.fr, le salaire ?', { intent: 'salary', say: ["3 ans d'expérience", '3 000'], notSay: "Combien d'années" }],
    ]);
    await play(shipped, [
      ['Un CDD de 6 ans chez beta.gouv.fr, ça existe ?', {}],
      ['quel salaire chez beta.gouv.fr ?', { intent: 'salary', say: "Combien d'années d'expérience" }],
    ]);
  });
});

describe('one fact asked right after a listing is asked of each offer listed', () => {
  it('gives the remote work, then the contract, of the two offers listed, and says that neither states it', () =>
    play(shipped, [
      ['Des postes en design à la DINUM ?', { intent: 'positions', cards: 2 }],
      ['on peut télétravailler ?', { intent: 'remote_work', cite: ['dinum-pilote-observatoire-qualite-services-numeriques', 'dinum-responsable-recherche-utilisateur'], notSay: '18' }],
      ['et le contrat ?', { intent: 'contract', say: ['Aucune des 2 offres', 'ne précise le type de contrat'], notSay: '18' }],
    ]));

  it('does the same for the latest offers of a team, none of them open', () =>
    play(imported, [
      ['ils recrutent quoi chez Logis ?', { intent: 'positions', say: 'Logis', cards: 2 }],
      ['what do they pay?', { intent: 'salary', say: ['500', '600', 'Chargé·e de déploiement auprès des bailleurs', 'does not state a salary'] }],
    ]));
});

describe('which of the offers just listed are about a subject', () => {
  it('keeps only the listed offer about it, in English and in French', async () => {
    await play(
      shipped,
      [
        ['PEReN job openings?', { intent: 'positions', cards: 3 }],
        ['which one of them is about natural language?', { intent: 'positions', say: 'among the 3', cite: 'peren-data-scientist-nlp-en', notSay: 'Frontend', cards: 1 }],
      ],
      { locale: 'en-US' },
    );
    await play(shipped, [
      ['Quels postes en données à la DINUM ?', { intent: 'positions', cards: 6 }],
      ["lesquels parlent d'ingénierie ?", { intent: 'positions', say: 'parmi les 6', cite: 'dinum-ingenieur-data', notSay: 'Datalab', cards: 1 }],
    ]);
  });
});

describe('"ils", "they" stand for the employer or team the conversation is about', () => {
  it('lists the team just presented, not every employer’s offers', () =>
    play(imported, [
      ["Logis, qu'est-ce que c'est ?", { intent: 'organisation_info', cite: 'logis' }],
      ['est-ce qu’ils embauchent ?', { intent: 'positions', say: 'Logis', cite: ['logis-dev', 'logis-deploiement'], notSay: 'Développeur web Python' }],
    ]));

  it('keeps the employer presented for a listing in English', () =>
    play(
      shipped,
      [
        ['What is PEReN?', { intent: 'organisation_info' }],
        ['do they have any data science roles?', { intent: 'positions', say: 'PEReN', notSay: ['DINUM', 'beta.gouv.fr'] }],
      ],
      { locale: 'en-US' },
    ));
});

describe('the offer in focus, imported with sections in its body', () => {
  it('answers its pay, its remote work, where to apply and what it does not say, about that offer', () =>
    play(imported, [
      ['Le poste de dev Django chez Logis, vous pouvez m’en dire plus ?', { intent: 'positions', cite: 'logis-dev' }],
      ['ça paie combien ?', { intent: 'salary', say: ['500', '600', 'HT'], cite: 'logis-dev' }],
      ['et en télétravail ?', { intent: 'remote_work', say: 'une journée par mois à Marseille', cite: 'logis-dev' }],
      ['il y a des titres restaurant ?', { answered: false, say: 'Développeur·se fullstack Django', notSay: 'Les informations dont je dispose sur beta.gouv.fr' }],
    ]));

  it('shows where the offer stands when asked whether it is still open, not a listing', () =>
    play(
      imported,
      [
        ['Tell me about the Logis fullstack developer job', { intent: 'positions', cite: 'logis-dev' }],
        ['who do I send my application to?', { intent: 'application_process', say: 'equipe@logis.example.fr' }],
        ['is this job still open?', { intent: 'positions', say: 'is closed', cite: 'logis-dev', notSay: 'Développeur web Python', cards: 0 }],
      ],
      { locale: 'en-US' },
    ));

  it('gives where to send an application for that offer, however the question is worded', () =>
    play(imported, [
      ['Développeur fullstack Django chez Logis', { intent: 'positions', cite: 'logis-dev' }],
      ["et j'envoie ma candidature à qui ?", { intent: 'application_process', say: 'equipe@logis.example.fr', cite: 'logis-dev' }],
    ]));

  it('does the same in French, a few questions later', () =>
    play(imported, [
      ['Développeur fullstack Django chez Logis', { intent: 'positions', cite: 'logis-dev' }],
      ['quel type de contrat ?', { intent: 'contract', say: 'indépendant' }],
      ['merci', {}],
      ['au fait, ce poste est toujours ouvert ?', { intent: 'positions', say: 'est fermée', cite: 'logis-dev', cards: 0 }],
    ]));
});

describe('a question of its own while the bot asks which offer', () => {
  it('answers it instead of asking which offer again', () =>
    play(shipped, [
      ['Quel contrat pour les postes ?', { intent: 'contract', say: 'Quelle offre vous intéresse' }],
      ["j'envoie ma candidature à qui ?", { say: 'Lequel vous intéresse', notSay: 'Pour quelle offre' }],
    ]));
});

describe('a bare fact asked right after an explanation is asked of the word', () => {
  it('stays on the word explained for "how long?", in French', () =>
    play(shipped, [
      ["c'est quoi un agent contractuel ?", { intent: 'definition', cite: 'contractuel' }],
      ['et il peut décrocher un CDI ?', { intent: 'definition', cite: 'contractuel' }],
      ['au bout de combien de temps, concrètement ?', { intent: 'definition', cite: 'contractuel', say: '6 ans', notSay: "La réponse dépend de l'employeur" }],
    ]));

  it('stays on the words compared for "how long can each last?", and lets a question about applying through', async () => {
    await play(
      shipped,
      [
        ['détachement vs mise à disposition, what is the difference?', { intent: 'definition' }],
        ['how long can each one last?', { intent: 'definition', notSay: 'interview' }],
      ],
      { locale: 'en-US' },
    );
    await play(shipped, [
      ["c'est quoi un agent contractuel ?", { intent: 'definition', cite: 'contractuel' }],
      ['combien de temps dure le recrutement chez beta.gouv.fr ?', { intent: 'application_process' }],
    ]);
  });
});

describe('offers asked right after an explanation are the offers of the word explained', () => {
  it('lists the offers of the contract explained, not the explanation again', () =>
    play(shipped, [
      ["qu'est-ce qu'un vacataire ?", { intent: 'definition', cite: 'vacataire' }],
      ['il y a des postes avec ce type de contrat ?', { intent: 'positions', say: 'vacataire', cite: 'beta-gouv-developpeurs', notSay: 'Au sens strict' }],
    ]));

  it('does the same in English for a role explained', () =>
    play(
      shipped,
      [
        ['what does an intrapreneur do?', { intent: 'definition' }],
        ['are there openings like that?', { intent: 'positions', cite: 'dinum-intrapreneur-federation-identite' }],
      ],
      { locale: 'en-US' },
    ));
});

describe('the offer an answer was about stays the subject', () => {
  it('keeps the offer whose way to apply was just given, in English and in French', async () => {
    await play(
      imported,
      [
        ['how do I apply for the Logis Django developer job?', { intent: 'application_process', say: 'equipe@logis.example.fr', cite: 'logis-dev' }],
        ['and how much does it pay?', { intent: 'salary', say: ['500', '600'], cite: 'logis-dev', notSay: 'Python' }],
      ],
      { locale: 'en-US' },
    );
    await play(imported, [
      ['je postule comment au poste de dev Django de Logis ?', { intent: 'application_process', say: 'equipe@logis.example.fr' }],
      ['télétravail possible ?', { intent: 'remote_work', say: 'une journée par mois à Marseille', cite: 'logis-dev', notSay: 'Python' }],
    ]);
  });
});

describe('"the other one" is the other offer of a pair', () => {
  it('switches to the other offer of the team, and keeps it for the next question', () =>
    play(imported, [
      ['Le poste de dev Django chez Logis, il paie combien ?', { intent: 'salary', say: '500', cite: 'logis-dev' }],
      ["et l'autre offre de Logis ?", { cite: 'logis-deploiement', say: 'Chargé·e de déploiement auprès des bailleurs', notSay: 'Développeur web Python', cards: 0 }],
      ['elle est basée où ?', { intent: 'positions', say: 'Marseille', cite: 'logis-deploiement', notSay: 'Django' }],
    ]));

  it('asks the same fact of the other of two offers just listed', async () => {
    await play(shipped, [
      ['des offres de data scientist au PEReN ?', { intent: 'positions', cards: 2 }],
      ['le NLP, c’est en CDI ?', { intent: 'contract', cite: 'peren-data-scientist-nlp-en' }],
      ['et pour l’autre ?', { intent: 'contract', cite: 'peren-data-scientist-computer-vision', notSay: 'NLP' }],
    ]);
    await play(
      shipped,
      [
        ['PEReN data scientist openings?', { intent: 'positions', cards: 2 }],
        ['can I work remotely in the NLP one?', { intent: 'remote_work', cite: 'peren-data-scientist-nlp-en' }],
        ['what about the other one?', { intent: 'remote_work', cite: 'peren-data-scientist-computer-vision-en', notSay: 'NLP' }],
        ['and the pay?', { intent: 'salary', cite: 'peren-data-scientist-computer-vision-en', notSay: 'NLP' }],
      ],
      { locale: 'en-US' },
    );
  });

  it('still lists offers when asked for another one', () =>
    play(shipped, [
      ['des offres de data scientist au PEReN ?', { intent: 'positions', cards: 2 }],
      ['le NLP, c’est en CDI ?', { intent: 'contract', cite: 'peren-data-scientist-nlp-en' }],
      ['vous avez une autre offre au PEReN ?', { intent: 'positions', cards: 3 }],
    ]));
});

describe('a job named right after an answer about an offer of a team is that team’s', () => {
  it('names the team’s other offer by a job word, not every offer of that job', async () => {
    await play(imported, [
      ['Chargé de déploiement chez Logis : quel salaire ?', { intent: 'salary', cite: 'logis-deploiement' }],
      ['et pour le développeur ?', { cite: 'logis-dev', say: 'Django', notSay: 'Développeur web Python' }],
    ]);
    await play(
      imported,
      [
        ['How much does the Logis deployment job pay?', { intent: 'salary', cite: 'logis-deploiement' }],
        ['and the developer one?', { cite: 'logis-dev', say: 'Django', notSay: 'Développeur web Python' }],
      ],
      { locale: 'en-US' },
    );
  });

  it('still reads a question naming another employer against the whole catalogue', () =>
    play(imported, [
      ['Chargé de déploiement chez Logis : quel salaire ?', { intent: 'salary', cite: 'logis-deploiement' }],
      ['et un développeur chez beta.gouv.fr ?', { say: 'Développeur web Python' }],
    ]));
});

describe('a follow-up right after an answer that is not about offers stays on its subject', () => {
  it('counts what the entry just given counts, not the open offers', async () => {
    await play(shipped, [
      ["C'est quoi le forum emploi tech de l'État ?", { intent: 'organisation_info', cite: 'forum-emploi-tech-etat' }],
      ['ça fait combien de postes ?', { say: '300', cite: 'forum-emploi-tech-etat', cards: 0 }],
    ]);
    await play(
      shipped,
      [
        ['Tell me about the State tech job forum', { intent: 'organisation_info', cite: 'forum-emploi-tech-etat-en' }],
        ['how many positions were there?', { say: '300', cite: 'forum-emploi-tech-etat-en', cards: 0 }],
      ],
      { locale: 'en-US' },
    );
  });

  it('keeps the word explained when a word of the question is only one word of an offer’s title', () =>
    play(shipped, [
      ["une startup d'état, c'est quoi exactement ?", { intent: 'definition', cite: 'startup-d-etat' }],
      ['et qui la finance ?', { intent: 'definition', cite: 'startup-d-etat', notSay: 'Gestionnaire financier' }],
      ['et le poste de gestionnaire financier ?', { intent: 'positions', cite: 'dinum-gestionnaire-financier' }],
    ]));
});
