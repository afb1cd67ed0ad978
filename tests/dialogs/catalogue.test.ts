/**
 * A real catalogue's questions, as transcripts, on a small catalogue of test files
 * (tests/fixtures/knowledge/catalogue, on 15 June 2026): teams and products named like
 * employers with their own contact; offers closed, past their closing date or stale, said so
 * first with their date, then the fact, then the closest open offers; an exact title or the
 * team named choosing among offers of the same title, else a question showing team and date;
 * pay as the pages state it; listings newest first, repeats collapsed, dates shown.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

const CATALOGUE = path.join(import.meta.dirname, '../fixtures/knowledge/catalogue');

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(() => new Date('2026-06-15T10:00:00Z'), { KNOWLEDGE_DIR: CATALOGUE });
});
afterAll(() => tremplin.close());

describe('teams and products, named like employers', () => {
  it('lists a team’s open offers only, with their date, and its latest closed ones when none is open', () =>
    play(tremplin, [
      ['Quelles offres chez Dora ?', { intent: 'positions', say: ['chez Dora', 'Designer UI', 'publiée le 20 mai 2026'], notSay: 'Développeur web Python', cards: 1 }],
      ['offres Mobilic', { intent: 'positions', say: ['aucune offre ouverte chez Mobilic', 'Chargé de déploiement', 'Offre fermée'], cards: 2 }],
    ]));

  it('gives a team’s own contact, else the address its latest offer gives, never the organisation’s as the team’s', () =>
    play(tremplin, [
      ['Qui contacter chez Dora ?', { intent: 'contact', say: 'recrutement@dora.example.fr', notSay: 'recrutement@beta.example.fr', cite: 'dora' }],
      ['Comment joindre Mobilic ?', { intent: 'contact', say: ['mobilic@beta.example.fr', 'Développeur fullstack Python et React'], notSay: 'recrutement@beta.example.fr' }],
    ]));

  it('presents a team, and reads a name that is an ordinary word as a team only where a name is expected', async () => {
    await play(tremplin, [
      ["c'est quoi Dora ?", { intent: 'organisation_info', say: "l'offre d'insertion", cite: 'dora' }],
      ['La startup Transport recrute ?', { intent: 'positions', say: 'chez Transport' }],
    ]);
    await play(tremplin, [['le transport est-il remboursé ?', { notSay: 'Transport' }]]);
  });

  it('reads a site’s address without its ending as the product', () =>
    play(tremplin, [["Le TJM du Dev Ruby on Rails chez Démarches Simplifiées ?", { intent: 'salary', say: ['450 € à 700 € par jour', 'demarches-simplifiees.fr'], notSay: ['Lapins', 'Aides-Jeunes'] }]]));
});

describe('a named offer’s own facts before its team’s and its employer’s', () => {
  it('gives the address the named offer’s announcement gives, not its team’s', () =>
    play(tremplin, [
      ['How do I apply for the Dora DevOps Senior job?', { intent: 'application_process', say: ['candidatures-devops@ministere.example.fr', 'closed'], notSay: 'recrutement@dora.example.fr', cite: 'dora-devops' }],
      ['Comment postuler au DevOps Senior chez Dora ?', { say: 'candidatures-devops@ministere.example.fr', notSay: 'recrutement@dora.example.fr' }],
    ]));

  it('gives an imported ad’s own remote-work terms to an English question, not the employer’s general rule', () =>
    play(tremplin, [['Dora DevOps Senior: can I work fully remote?', { intent: 'remote_work', say: 'Télétravail partiel ou total possible', notSay: 'occasionally', cite: 'dora-devops' }]], { locale: 'en-US' }));
});

describe('a named offer’s page answers what its fields do not hold', () => {
  it('finds the offer of the team named among offers of the same title, even when nothing else is understood', () =>
    play(tremplin, [["déploiement mobilic c'est où ?", { intent: 'positions', say: ['Chargé de déploiement', 'Mobilic', 'lieu non précisé'], notSay: 'Transport', cite: 'mobilic-bizdev' }]]));

  it('reads a team named by ordinary words, without a cue, when the rest names one of its offers, in English too', async () => {
    await play(tremplin, [['chargé de déploiement transport, salaire ?', { intent: 'salary', say: '45 000 € à 55 000 € par an', notSay: 'TJM à discuter' }]]);
    await play(tremplin, [['Transport deployment officer: what pay?', { intent: 'salary', say: '€45,000 to €55,000 per year', notSay: 'TJM à discuter' }]], { locale: 'en-US' });
  });

  it('quotes the lines of the page that hold the words asked, after saying the offer is closed', () =>
    play(tremplin, [
      ['data chez Transport, quelle stack technique ?', { intent: 'positions', say: ['est fermée', 'PostgreSQL et dbt', 'Metabase'], cite: 'transport-data' }],
    ]));

  it('says the page does not mention what is asked, with whom to ask, rather than the card alone', () =>
    play(tremplin, [
      ['Le développeur data de Transport fournit-il un ordinateur portable ?', { say: ["L'annonce n'en dit rien", 'ordinateur'], notSay: 'PostgreSQL', answered: false }],
    ]));

  it('says an old offer without a closing date is probably no longer open, first, when asked where to apply', () =>
    play(tremplin, [
      ['Chargé de déploiement chez Transport : je candidate comment ?', { intent: 'application_process', say: ["n'est probablement plus ouverte", '16 avril 2021', 'candidatures@transport.example.fr'], notSay: 'est fermée' }],
    ]));

  it('shows the pay the page states on the offer’s card, not "stated"', () =>
    play(tremplin, [['le poste de développeur data chez Transport', { intent: 'positions', say: '400 € à 550 € par jour', notSay: 'indiqué (demandez' }]]));
});

describe('offers that take no application, asked about', () => {
  it('says first that a stale offer is probably filled, with its date, then its pay, then that no open offer is close', () =>
    play(tremplin, [
      ['Quel TJM pour le Dev Ruby on Rails chez demarches-simplifiees.fr ?', {
        intent: 'salary',
        say: ["n'est probablement plus ouverte", '10 mai 2022', '450 € à 700 € par jour', 'pas d’offre ouverte proche'],
      }],
    ]));

  it('answers for the newest of a team’s offers published again under one title, closed, then its pay', () =>
    play(tremplin, [
      ['Combien est payé le développeur web senior de Dora ?', { intent: 'salary', say: ['est fermée', '31 mai 2022', '600 € à 750 € par jour', 'Designer UI'], notSay: '550 €' }],
    ]));

  it('says an offer past its closing date is closed, with that date, before its remote work', () =>
    play(tremplin, [
      ['Salaire du développeur fullstack Python et React chez Mobilic ?', { intent: 'salary', say: ['est fermée', "jusqu'au 28 février 2022", '450 € à 600 € HT par jour'] }],
      ['et le télétravail ?', { intent: 'remote_work', say: ['est fermée', 'ne précise pas'] }],
    ]));
});

describe('offers of the same title', () => {
  it('answers for the exact title, or for the team named', async () => {
    await play(tremplin, [["Dev Ruby on Rails expérimenté·e en résidence, c'est quel contrat ?", { intent: 'contract', say: ['indépendant', '3 mois renouvelable'], cite: 'aj-ruby' }]]);
    await play(tremplin, [['Dev Ruby on Rails expérimenté·e chez Lapins, télétravail ?', { intent: 'remote_work', say: 'Lapins', notSay: 'demarches-simplifiees.fr', cite: 'lapins-ruby' }]]);
  });

  it('answers for each when several remain, showing team, date and state, and the one picked in detail', () =>
    play(tremplin, [
      ['Dev Ruby on Rails expérimenté·e : télétravail ?', {
        intent: 'remote_work',
        say: ['2 offres correspondent', 'Lapins, beta.gouv.fr · publiée le 16 mai 2022 · probablement plus ouverte', 'demarches-simplifiees.fr, beta.gouv.fr · publiée le 10 mai 2022', 'télétravail est possible'],
        notSay: 'De laquelle',
        suggest: 'Lapins, 05/2022',
      }],
      ['Dev Ruby on Rails expérimenté·e — Lapins', { intent: 'positions', say: ['probablement plus ouverte', 'Lapins', 'télétravail possible'], cite: 'lapins-ruby' }],
    ]));
});

describe('a title several offers bear, or a title pasted whole', () => {
  it('answers a fact for each offer of the title, with team, date and state, instead of asking which', () =>
    play(tremplin, [
      ['Quel salaire pour le poste de chargé de déploiement ?', {
        intent: 'salary',
        say: ['2 offres correspondent', 'Mobilic, beta.gouv.fr · publiée le 2 juin 2021 · probablement plus ouverte', 'TJM à discuter selon profil', 'Transport, beta.gouv.fr · publiée le 16 avril 2021', '45 000 € à 55 000 € par an'],
        notSay: ['De laquelle', 'Designer UI'],
      }],
    ]));

  it('shows every offer of the title, none open, rather than an open offer sharing one word', async () => {
    await play(tremplin, [
      ['Je suis intéressé par le poste « CHARGÉ DE DÉPLOIEMENT », c’est pour quelle équipe ?', { intent: 'positions', say: ['2 offres correspondent', "aucune n'est ouverte"], notSay: 'Développeur web Python', cards: 2 }],
    ]);
    await play(tremplin, [
      ['Vous avez des postes de chargé de déploiement ?', { intent: 'positions', say: ['aucune offre ouverte', 'Chargé de déploiement'], notSay: ['Développeur web Python', 'Designer UI'], cards: 2 }],
    ]);
  });

  it('shows the offer whose whole title is pasted, not the ones whose title it begins', () =>
    play(tremplin, [['DEV RUBY ON RAILS EXPÉRIMENTÉ·E EN RÉSIDENCE', { intent: 'positions', say: 'Aides-Jeunes', notSay: ['Lapins', 'demarches-simplifiees.fr'], cite: 'aj-ruby' }]]));

  it('points a fact the offer does not state to the offer’s own address, never the organisation’s', () =>
    play(tremplin, [
      ['Le développeur fullstack Python et React de Mobilic, c’est en télétravail ?', { intent: 'remote_work', say: ['ne précise pas', 'mobilic@beta.example.fr'], notSay: 'recrutement@beta.example.fr' }],
    ]));
});

describe('pay as the pages state it', () => {
  it('gives a yearly range without a basis as such, and a rate without a figure as the page words it', () =>
    play(tremplin, [
      ['Quel salaire pour le chargé de déploiement chez Transport ?', { intent: 'salary', say: ['45 000 € à 55 000 € par an', 'brut ou net : non précisé'] }],
      ['Quel TJM pour le chargé de déploiement de Mobilic ?', { intent: 'salary', say: ['ne donne pas de montant', 'TJM à discuter selon profil'], answered: false }],
    ]));

  it('gives an amount whose period the page does not write without one, and says the period is not stated', async () => {
    await play(tremplin, [
      ['Quel salaire pour le développeur web Python ?', { intent: 'salary', say: ['3 000 € nets', 'période non précisée', 'Rémunération : 3000 euros nets'], notSay: ['par mois', 'par an'] }],
    ]);
    await play(tremplin, [['What is the salary of the Python web developer?', { intent: 'salary', say: ['net', 'period not stated'], notSay: ['per month', 'per year'] }]], { locale: 'en-US' });
  });
});

describe('dates', () => {
  it('answers when an offer was published, and lists a team’s offers of one title once, the newest', () =>
    play(tremplin, [
      ["Quand a été publiée l'offre Designer UI de Dora ?", { intent: 'positions', say: ['Publiée le', '20 mai 2026'] }],
      ['Le développeur web senior de Dora, il a été publié quand ?', { say: '31 mai 2022', notSay: '6 décembre 2021' }],
    ]));

  it('says when an offer was published in English too', () =>
    play(tremplin, [['When was the Dora UI designer offer published?', { say: '20 May 2026' }]], { locale: 'en-US' }));
});

describe('the offer a question describes by its product, role and year', () => {
  it('reads a long product name said by its rarest word, when the rest describes one of its offers', async () => {
    await play(tremplin, [
      ['Quelle est la stack technique du dev covoiturage ?', { intent: 'positions', say: ['Développeur ou développeuse', 'Registre de preuve de covoiturage', 'NodeJS et Angular'], cite: 'covoit-dev-2021' }],
    ]);
    // The word alone, with nothing of its offers, is an ordinary word.
    await play(tremplin, [['le covoiturage est-il remboursé ?', { notSay: 'Registre de preuve de covoiturage' }]]);
  });

  it('picks the round of the year the question names, and gives its own remote-work words', () =>
    play(tremplin, [
      ['le dev covoiturage de 2018 pouvait bosser depuis Lyon ?', { say: ['Un·e dev web', '5 septembre 2018', 'même depuis Lyon ou Lille'], notSay: ['Nantes', "n'en dit rien"], cite: 'covoit-dev-2018' }],
      ['et le dev covoiturage de 2021, c’était où ?', { say: ['Développeur ou développeuse', 'Nantes'], notSay: 'Un·e dev web', cite: 'covoit-dev-2021' }],
    ]));
});

describe('whom to write to about an offer, its team’s address before its employer’s', () => {
  it('gives the address of the round the question dates', () =>
    play(tremplin, [['Who should I email for the covoiturage dev job from 2018?', { intent: 'contact', say: ['candidatures-2018@covoiturage.example.fr', 'closed', 'team can also be reached at: contact@covoiturage.example.fr'], notSay: 'recrutement@beta.example.fr' }]], { locale: 'en-US' }));

  it('gives each same-named offer’s own address, with its team and date, and asks which one', () =>
    play(tremplin, [
      ['Qui contacter pour le poste de Dev Ruby on Rails expérimenté·e ?', {
        intent: 'contact',
        say: ['3 offres correspondent', 'Lapins', 'lapins@beta.example.fr', 'candidatures-ds@beta.example.fr', "ni l'annonce ni son équipe ne donnent d'adresse", 'De laquelle parlez-vous ?'],
        notSay: 'recrutement@beta.example.fr',
      }],
    ]));

  it('puts someone asking for a team in touch with the team’s own address', () =>
    play(tremplin, [["Je veux parler à quelqu'un de l'équipe Dora", { intent: 'escalation', say: ['recrutement@dora.example.fr', 'J’ai noté votre question'], notSay: 'recrutement@beta.example.fr' }]]));
});

describe('a team’s offers counted whole, and its pages read for what its file does not say', () => {
  it('counts every offer of a team and names those beyond the cards', () =>
    play(tremplin, [
      ['offres chez covoiturage', { intent: 'positions', say: ['Je connais 6 offres', 'La plus ancienne : « Un·e dev web » (5 septembre 2018)', 'Ses 5 dernières offres'], cards: 5 }],
    ]));

  it('presents a team named alone with its offers', () =>
    play(tremplin, [['registre de preuve de covoiturage', { intent: 'organisation_info', say: ['certifie les trajets', 'Ses offres connues (6)', 'les 5 premières'], cards: 5 }]]));

  it('answers a question about the team from the newest of its offers’ pages that holds the words', () =>
    play(tremplin, [
      ['Le registre de preuve de covoiturage utilise quelle stack technique ?', { say: ['NodeJS et Angular', 'Développeur ou développeuse', '5 autres'], notSay: "je n'ai pas cette information", cite: 'covoit-dev-2021' }],
    ]));
});
