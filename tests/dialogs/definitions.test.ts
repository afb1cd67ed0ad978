/**
 * The public service's words explained (issue 17): a question about a word the knowledge
 * explains (`terms/`) gets its explanation with the pages it comes from — never a list of the
 * offers that mention it — in French and in English; two words compared get both; and an answer
 * that uses such a word offers to explain it.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin, type Turn } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

/** A definition answer: the explanation cited, no offer shown. */
const explains = (cite: string | string[], say?: string | string[]) => ({ intent: 'definition', cite, cards: 0, ...(say ? { say } : {}) });

describe('a question about a word of the public service is answered with its explanation and its source', () => {
  const french: Turn[] = [
    ['Que veulent dire les catégories A, B et C ?', explains('categories', ['bac+3', 'échelon'])],
    ["C'est quoi la catégorie A+ ?", explains('categorie-a-plus', ['encadrement supérieur', 'Sources'])],
    ['Combien de temps dure un CDD de droit public ?', explains('contractuel', ['3 ans', '6 ans', 'CDI'])],
    ["Qu'est-ce qu'un vacataire ?", explains('vacataire', 'payée à la tâche')],
    ['Que veut dire être indépendant chez beta.gouv.fr ?', explains('independant', ['sous-traitant', 'Welcome to the Jungle'])],
    ['Que veut dire ouvert par voie de détachement ?', explains('detachement', 'fonctionnaire titulaire')],
    ["C'est quoi une mise à disposition ?", explains('mise-a-disposition', 'rémunération')],
    ["C'est quoi un fonctionnaire ?", explains('fonctionnaire', ['statut', 'concours', 'échelon'])],
    ["C'est quoi un titulaire ?", explains('fonctionnaire', 'titularisé')],
    ["C'est quoi un CDI de droit public ?", explains('contractuel', ['6 ans', 'avenant'])],
    ["C'est quoi un CDD ?", { ...explains('contractuel', ['3 ans', 'droit public']), notSay: "Le contrat dépend de l'offre" }],
    ["C'est quoi un contrat de projet ?", { ...explains('contrat-de-projet', ['un an', 'six ans', 'ni à un CDI']), notSay: 'Mentor de directeur de projet' }],
    ["C'est quoi un concours ?", explains('concours', ['externe', 'interne', 'troisième concours'])],
    ["C'est quoi la Place de l'emploi public ?", explains('choisir-le-service-public', 'choisirleservicepublic.gouv.fr')],
    ["C'est quoi Passerelles ?", explains('passerelles', 'PEReN')],
    ["C'est quoi PASS ?", explains('pass', ['stage', '6 mois'])],
    ["C'est quoi metiers.numerique.gouv.fr ?", explains('metiers-numerique', 'candidature spontanée')],
    ["Où sont publiées les offres d'emploi public ?", explains('sites-emploi-public', ['Choisir le service public', 'Passerelles', 'PASS', 'metiers.numerique.gouv.fr'])],
    ['Quelle est la règle du télétravail dans la fonction publique ?', explains('teletravail-fonction-publique', ['3 jours', '2 jours'])],
    ["C'est quoi Démarches Simplifiées ?", explains('demarches-simplifiees', ['en construction', 'en instruction', 'classé sans suite'])],
    ['Que signifie en instruction ?', explains('en-instruction', ['ne pouvez plus modifier', 'messagerie', 'en cours d'])],
    ["Mon dossier est classé sans suite, qu'est-ce que ça veut dire ?", explains('classe-sans-suite', ['motiver', 'retirée'])],
    ['Mon dossier a été refusé sur Démarches Simplifiées, que faire ?', explains('accepte-refuse', ['motivé', 'messagerie'])],
    ["C'est quoi un intrapreneur ?", explains('intrapreneur', 'agent public')],
    ["C'est quoi une Startup d'État ?", explains('startup-d-etat', 'équipe autonome')],
    ["C'est quoi un incubateur ?", explains('incubateur', 'accompagne des Startups')],
  ];
  const english: Turn[] = [
    ['What are categories A, B and C?', explains('categories-en', ['bac+3', 'pay scale'])],
    ['What does category A+ mean?', explains('categorie-a-plus-en', 'senior')],
    ['How long does a public-law contract last?', explains('contractuel-en', ['3 years', '6 years'])],
    ['What is a vacataire?', explains('vacataire-en', 'paid per task')],
    ['What does freelance mean at beta.gouv.fr?', explains('independant-en', 'subcontractor')],
    ['What is a secondment?', explains('detachement-en', 'tenured civil servant')],
    ['What does mise à disposition mean?', explains('mise-a-disposition-en', 'keep receiving the pay')],
    ['What is a fonctionnaire?', explains('fonctionnaire-en', ['civil servant', 'competitive exam', 'step'])],
    ['What is a titulaire?', explains('fonctionnaire-en', 'tenured')],
    ['What is a CDI de droit public?', explains('contractuel-en', ['6 years', 'amendment'])],
    ['What is a CDD?', { ...explains('contractuel-en', ['3 years', 'public-law']), notSay: 'depends on the offer' }],
    ['What is a project contract?', { ...explains('contrat-de-projet-en', ['one year', 'six', 'no right to a permanent contract']), notSay: 'Mentor de directeur de projet' }],
    ['What is a concours?', explains('concours-en', ['external exam', 'internal exam'])],
    ['What is Choisir le service public?', explains('choisir-le-service-public-en', 'three branches')],
    ['What is Passerelles?', explains('passerelles-en', 'PEReN')],
    ['What is PASS?', explains('pass-en', 'internship')],
    ['What is metiers.numerique.gouv.fr?', explains('metiers-numerique-en', 'unsolicited applications')],
    ['Where can I find public sector job offers?', explains('sites-emploi-public-en', ['Choisir le service public', 'Passerelles', 'PASS'])],
    ['What is the rule for remote work in the civil service?', explains('teletravail-fonction-publique-en', ['3 days', '2 days'])],
    ['What is Démarches Simplifiées?', explains('demarches-simplifiees-en', 'en instruction')],
    ['What does en construction mean?', explains('en-construction-en', ['still edit', 'received'])],
    ['What does en instruction mean?', explains('en-instruction-en', ['no longer edit', 'messaging', 'under review'])],
    ['What does accepté mean on Démarches Simplifiées?', explains('demarches-simplifiees-en', ['accepté', 'refusé'])],
    ['What does classé sans suite mean?', explains('classe-sans-suite-en', 'withdrawn')],
    ['My dossier was refused on Démarches Simplifiées, what can I do?', explains('accepte-refuse-en', 'justified')],
    ['What is an intrapreneur at beta.gouv.fr?', explains('intrapreneur-en', 'public agent')],
    ['What is a state startup?', explains('startup-d-etat-en', 'autonomous team')],
    ['What is an incubator?', explains('incubateur-en', 'supports Startups')],
  ];
  for (const turn of french) it(`(fr) ${turn[0]}`, () => play(tremplin, [turn]));
  for (const turn of english) it(`(en) ${turn[0]}`, () => play(tremplin, [turn], { locale: 'en-US' }));
});

describe('the questions the issue reported', () => {
  it('the category A+ is explained, not listed', () =>
    play(tremplin, [["C'est quoi la catégorie A+ ?", { ...explains('categorie-a-plus'), notSay: ['Datalab', 'Gestionnaire financier'] }]]));

  it('contractuel and fonctionnaire are compared, each by its definition, with both sources', () =>
    play(tremplin, [
      [
        'Quelle différence entre contractuel et fonctionnaire ?',
        { ...explains(['contractuel', 'fonctionnaire'], ['**contractuel**', '**fonctionnaire**']), notSay: 'Le contrat dépend de l’offre', suggest: ["C'est quoi, contractuel ?", "C'est quoi, fonctionnaire ?"] },
      ],
    ]));

  it('a Démarches Simplifiées dossier “en construction” is explained, with what the candidate can do', () =>
    play(tremplin, [
      [
        'Mon dossier est en construction sur Démarches Simplifiées, ça veut dire quoi ?',
        explains('en-construction', ['déposé', 'Modifier le dossier', 'reçue', 'doc.demarches-simplifiees.fr']),
      ],
    ]));
});

describe('the questions the issue reported, asked in English', () => {
  it('category A+ is explained, not listed', () =>
    play(tremplin, [['What is category A+?', { ...explains('categorie-a-plus-en', 'senior'), notSay: ['Datalab', 'Gestionnaire financier'] }]], { locale: 'en-US' }));

  it('a contract agent and a civil servant are compared, each by its definition, with both sources', () =>
    play(
      tremplin,
      [
        [
          'What is the difference between a contract agent and a civil servant?',
          { ...explains(['contractuel-en', 'fonctionnaire-en'], ['**contractuel**', '**fonctionnaire**']), notSay: 'depends on the offer', suggest: ['What does “contractuel” mean?', 'What does “fonctionnaire” mean?'] },
        ],
      ],
      { locale: 'en-US' },
    ));

  it('a Démarches Simplifiées dossier “en construction” is explained, with what the candidate can do', () =>
    play(
      tremplin,
      [['My dossier is en construction on Démarches Simplifiées, what does it mean?', explains('en-construction-en', ['still edit', 'received'])]],
      { locale: 'en-US' },
    ));
});

describe('two words compared', () => {
  it('détachement and mise à disposition, in French and in English', async () => {
    await play(tremplin, [['Détachement ou mise à disposition, quelle différence ?', explains(['detachement', 'mise-a-disposition'], ['**détachement**', '**mise à disposition**'])]]);
    await play(tremplin, [['What is the difference between a secondment and a mise à disposition?', explains(['detachement-en', 'mise-a-disposition-en'])]], { locale: 'en-US' });
  });

  it('a word compared with something the knowledge does not explain: the word, in French and in English', async () => {
    await play(tremplin, [['Concours ou contrat, quelle différence ?', explains('concours', 'Concours ou contrat ?')]]);
    await play(tremplin, [['Concours or contract, what is the difference?', explains('concours-en', 'Exam or contract?')]], { locale: 'en-US' });
  });
});

describe("a rule of the public service, no offer named, is asked of the word's explanation", () => {
  it('a remote-work wording that only asks what it means', () =>
    play(tremplin, [["Le télétravail en jours flottants, qu'est-ce que ça signifie ?", explains('teletravail-fonction-publique')]]));
  it("days of remote work for the State (« pour l'État » names the public service)", () =>
    play(tremplin, [["combien de jours de télétravail par semaine pour l'État ?", explains('teletravail-fonction-publique', '3 jours')]]));
  it('two contract words far apart ask the rule, not a choice about an offer', () =>
    play(tremplin, [["Un ministère peut-il recruter directement en CDI, ou faut-il d'abord 6 ans de CDD ?", explains('contractuel', 'CDI')]]));
  it('a sentence that asks what a word is, another saying where it was seen', () =>
    play(tremplin, [["c'est quoi PASS ? je l'ai vu sur une offre de la DINUM", explains('pass', 'stage')]]));
  it('working from home in a ministry, in English', () =>
    play(tremplin, [['Can I work from home every day in a ministry?', explains('teletravail-fonction-publique-en')]], { locale: 'en-US' }));
  it('remote offers asked for are still listed', () => play(tremplin, [['des offres en télétravail ?', { intent: 'positions' }]]));
  it('after the general rule, an employer named asks its own remote-work practice', () =>
    play(tremplin, [
      ['Combien de jours de télétravail par semaine dans la fonction publique ?', explains('teletravail-fonction-publique', '3 jours')],
      ['et à la DINUM ?', { intent: 'remote_work', notSay: "Je n'ai pas d'explication pour ce mot" }],
    ]));
});

describe('questions that name a word but ask something else', () => {
  it('the pay of a contractuel is a salary question', () =>
    play(tremplin, [["C'est quoi le salaire d'un contractuel à la DINUM ?", { intent: 'salary' }]]));

  it('offers of a category are listed', () => play(tremplin, [['Quels postes de catégorie A+ sont proposés ?', { intent: 'positions', say: 'Datalab' }]]));

  it('which of the listed offers are A+ is still a listing', () =>
    play(tremplin, [
      ['Quelles offres à la DINUM ?', { intent: 'positions' }],
      ['lesquels sont en A+ ?', { intent: 'positions', say: 'Datalab' }],
    ]));
});

describe('after an explanation', () => {
  it('an explanation offers the related words next', () =>
    play(tremplin, [["Qu'est-ce que le détachement ?", { ...explains('detachement'), suggest: "C'est quoi, mise à disposition ?" }]]));

  it('right after an explanation, a short message naming another word is explained too', () =>
    play(tremplin, [
      ["C'est quoi un vacataire ?", explains('vacataire')],
      ['et contractuel ?', explains('contractuel')],
    ]));

  it('in English too: “and a vacataire?”', () =>
    play(
      tremplin,
      [
        ['What is the difference between a contract agent and a civil servant?', explains(['contractuel-en', 'fonctionnaire-en'])],
        ['and a vacataire?', explains('vacataire-en', 'paid per task')],
      ],
      { locale: 'en-US' },
    ));
});

describe('a word asked about in the middle of another flow', () => {
  it('after a listing, “c\'est quoi, catégorie A ?” is explained, not a narrower listing', () =>
    play(tremplin, [
      ['Quels postes à la DINUM ?', { intent: 'positions' }],
      ["C'est quoi, catégorie A ?", explains('categories', 'bac+3')],
      ['et en A+ ?', explains('categorie-a-plus')],
    ]));

  it('after a listing, in English', () =>
    play(
      tremplin,
      [
        ['Which jobs at DINUM?', { intent: 'positions' }],
        ['What does category A mean?', explains('categories-en', 'bac+3')],
      ],
      { locale: 'en-US' },
    ));

  it('while the bot asks which offer, the question about a word is answered', () =>
    play(tremplin, [
      ['Quel contrat pour les postes ?', { intent: 'contract', say: 'Quelle offre vous intéresse' }],
      ["C'est quoi la catégorie B ?", explains('categories', 'bac')],
    ]));

  it('while the bot asks which offer, in English', () =>
    play(
      tremplin,
      [
        ['What contract for the positions?', { intent: 'contract', say: 'Which offer' }],
        ['What does category B mean?', explains('categories-en', 'baccalauréat')],
      ],
      { locale: 'en-US' },
    ));
});

describe('a word asked that no explanation holds is named back as unexplained, the words named besides only suggested', () => {
  it('before a word the knowledge explains, in French and in English', async () => {
    await play(tremplin, [
      ["le CNAS, ça veut dire quoi ?", { intent: 'definition', answered: false, cards: 0, say: "pas d'explication de « cnas »" }],
      [
        "c'est quoi le « jour de carence » pour un contractuel ?",
        { intent: 'definition', answered: false, cards: 0, say: "pas d'explication de « jour de carence »", notSay: '3 ans', suggest: "C'est quoi, contractuel ?" },
      ],
    ]);
    await play(
      tremplin,
      [['What is the CNAS and does it apply to contract staff?', { intent: 'definition', answered: false, cards: 0, say: 'no explanation of “cnas”', notSay: '3 years' }]],
      { locale: 'en-US' },
    );
  });
  it('a question out of the domain is not read as a word to explain', () =>
    play(tremplin, [['What is the capital of Australia?', { intent: 'fallback', answered: false, notSay: 'no explanation of' }]], { locale: 'en-US' }));
  it('the word right after "c\'est quoi" is the one explained, whatever else the message asks', () =>
    play(tremplin, [["C'est quoi un vacataire et on le paie combien à la DINUM ?", explains('vacataire', 'payée à la tâche')]]));
});

describe('a word the knowledge does not explain is said unknown, nothing invented', () => {
  for (const [question, locale, says] of [
    ["C'est quoi le CNAS ?", 'fr-FR', "je n'ai pas d'explication de « cnas »"],
    ['Que veut dire RIFSEEP ?', 'fr-FR', "je n'ai pas d'explication de « rifseep »"],
    ['What is the CNAS?', 'en-US', 'i have no explanation of “cnas”'],
    ['What does RIFSEEP mean?', 'en-US', 'i have no explanation of “rifseep”'],
  ] as const) {
    it(`${question}`, () => play(tremplin, [[question, { answered: false, cards: 0, say: says, notSay: ['Source'] }]], { locale }));
  }
});
