/**
 * A small knowledge base of our own for search tests: 12 offers (three organisations, all
 * categories, a closed one, English ones, one translation pair), 16 FAQ entries in French
 * and English, 3 organisations. Written for the tests; not the shipped knowledge.
 */
import type { Entry, Faq, Offer, Organisation } from '../../../src/knowledge/schemas.js';

type Required<T, K extends keyof T> = Partial<T> & Pick<T, K>;

/** An open French offer with sensible defaults for what a test does not care about. */
export function offer(o: Required<Offer, 'id' | 'title' | 'organisation' | 'body'>): Offer {
  return {
    kind: 'offer',
    lang: 'fr',
    path: `offers/${o.id}.md`,
    status: 'open',
    open: o.status !== 'closed',
    locations: ['Paris'],
    category: 'A',
    contract: ['contractuel'],
    tags: [],
    positions: 1,
    ...o,
  };
}

/** A French FAQ entry for every organisation unless told otherwise. */
export function faq(f: Required<Faq, 'id' | 'question' | 'body'>): Faq {
  return { kind: 'faq', lang: 'fr', path: `faq/${f.id}.md`, alternatives: [], organisation: 'all', tags: [], ...f };
}

/** A French organisation. */
export function organisation(o: Required<Organisation, 'id' | 'name' | 'body'>): Organisation {
  return {
    kind: 'organisation',
    lang: 'fr',
    path: `organisations/${o.id}.md`,
    aliases: [],
    tags: [],
    sites: [],
    labels: [],
    recruitment_steps: [],
    apply: [],
    ...o,
  };
}

export const organisations: Organisation[] = [
  organisation({
    id: 'dinum',
    name: 'Direction interministérielle du numérique',
    aliases: ['DINUM'],
    sites: [
      { name: 'Ségur', city: 'Paris' },
      { name: 'Site de Rennes', city: 'Saint-Jacques-de-la-Lande' },
      { name: 'Site de Lyon', city: 'Lyon' },
    ],
    body: "La direction interministérielle du numérique accompagne les ministères dans leur transformation numérique et pilote les grands projets numériques de l'État.",
  }),
  organisation({
    id: 'peren',
    name: "Pôle d'expertise de la régulation numérique",
    aliases: ['PEReN'],
    body: 'Le PEReN est un service à compétence nationale qui apporte son expertise en science des données aux administrations qui régulent les plateformes numériques.',
  }),
  organisation({
    id: 'beta-gouv',
    name: 'beta.gouv.fr',
    aliases: ['incubateur de la DINUM', 'startups d’État'],
    body: "beta.gouv.fr aide les administrations à construire des services numériques utiles, simples et faciles à utiliser, avec de petites équipes autonomes : les startups d'État.",
  }),
];

export const offers: Offer[] = [
  offer({
    id: 'dinum-data-scientist',
    title: 'Data scientist H/F',
    organisation: 'dinum',
    family: 'Données',
    tags: ['datalab', 'python'],
    remote: { policy: 'possible' },
    body: 'Au sein du Datalab, vous concevez des modèles statistiques et d’apprentissage automatique pour les administrations. Vous travaillez en Python avec les équipes métier, du cadrage à la mise en production. Poste à temps plein.',
  }),
  offer({
    id: 'dinum-chef-datalab',
    title: 'Chef/fe du Pôle Datalab H/F',
    organisation: 'dinum',
    category: 'A+',
    family: 'Données',
    remote: { policy: 'possible' },
    body: "Vous encadrez l'équipe du Datalab (data scientists, data engineers) et définissez sa feuille de route avec les administrations partenaires.",
  }),
  offer({
    id: 'dinum-ingenieur-data',
    title: 'Ingénieur data H/F',
    organisation: 'dinum',
    family: 'Données',
    body: 'Vous construisez et maintenez les chaînes de traitement des données : ingestion, qualité, entrepôt, mise à disposition pour les analystes. Poste à temps plein, télétravail deux jours par semaine.',
  }),
  offer({
    id: 'dinum-hypervision',
    title: "Chargé/e d'hypervision réseau et sécurité du Réseau Interministériel de l'État H/F",
    organisation: 'dinum',
    locations: ['Saint-Jacques-de-la-Lande'],
    contract: ['fonctionnaire', 'contractuel'],
    remote: { policy: 'none' },
    body: 'Vous surveillez la disponibilité et la sécurité du réseau interministériel, traitez les alertes et coordonnez les interventions. Poste à temps plein en horaires de bureau.',
  }),
  offer({
    id: 'dinum-gestionnaire-financier',
    title: 'Gestionnaire financier H/F',
    organisation: 'dinum',
    status: 'closed',
    category: 'B',
    contract: ['fonctionnaire'],
    body: 'Vous suivez l’exécution budgétaire, les engagements juridiques et les paiements du service.',
  }),
  offer({
    id: 'dinum-recherche-utilisateur',
    title: 'Responsable de recherche utilisateur H/F',
    organisation: 'dinum',
    locations: ['Lyon'],
    remote: { policy: 'partial', days_per_week: 2 },
    body: 'Vous menez des entretiens et des tests avec les usagers pour améliorer les services publics numériques.',
  }),
  offer({
    id: 'beta-developpeurs',
    title: 'Développeur·se — beta.gouv.fr',
    organisation: 'beta-gouv',
    category: null,
    contract: ['indépendant'],
    remote: { policy: 'occasional', text: 'Télétravail ponctuel sans demande préalable.' },
    tags: ['développement', 'startup d’État'],
    body: 'Nous recrutons 8 développeurs/ses, juniors et expérimenté.e.s, pour rejoindre 8 startups d’État. Vous codez au contact des usagers, en équipe autonome.',
  }),
  offer({
    id: 'peren-front-fr',
    title: 'Développeur / Développeuse front',
    organisation: 'peren',
    contract: ['CDD'],
    duration: '3 ans',
    body: 'Vous développez les interfaces des outils du PEReN en TypeScript et React, en lien avec les data scientists. Temps plein, trois ans renouvelables.',
  }),
  offer({
    id: 'peren-front-en',
    lang: 'en',
    translation_of: 'peren-front-fr',
    title: 'Frontend developer',
    organisation: 'peren',
    contract: ['CDD'],
    duration: '3 years',
    body: "You build the user interfaces of PEReN's tools with TypeScript and React, working with the data scientists.",
  }),
  offer({
    id: 'peren-nlp-en',
    lang: 'en',
    title: 'NLP data scientist',
    organisation: 'peren',
    contract: ['CDD'],
    body: 'You design natural language processing models to analyse the terms of service of online platforms.',
  }),
  offer({
    id: 'peren-vision',
    title: "Spécialiste en traitement de l'image et IA (Computer Vision data scientist)",
    organisation: 'peren',
    contract: ['CDD'],
    body: 'Vous développez des méthodes de vision par ordinateur pour analyser les contenus des plateformes.',
  }),
  offer({
    id: 'dinum-stage-design',
    title: 'Stage — designer de services',
    organisation: 'dinum',
    category: null,
    contract: ['stage'],
    closes_on: '2026-03-31',
    body: 'Stage de six mois au sein de l’équipe design : ateliers, maquettes, tests utilisateurs. Temps plein, gratification légale.',
  }),
];

export const faqs: Faq[] = [
  faq({
    id: 'teletravail-beta',
    question: 'Le télétravail est-il possible chez beta.gouv.fr ?',
    alternatives: ['Peut-on travailler à distance chez beta ?', 'Combien de jours de télétravail ?'],
    organisation: 'beta-gouv',
    tags: ['télétravail'],
    body: 'Oui, ponctuellement et sans demande préalable. Les équipes se retrouvent sur place à leur rythme.',
  }),
  faq({
    id: 'peren-processus',
    question: 'Comment se déroule le recrutement au PEReN ?',
    alternatives: ['Quelles sont les étapes du processus de recrutement ?'],
    organisation: 'peren',
    body: 'Après une première sélection sur dossier, vous passez un entretien technique puis un entretien avec la direction.',
  }),
  faq({
    id: 'peren-process-en',
    lang: 'en',
    translation_of: 'peren-processus',
    question: 'How does the recruitment process work at PEReN?',
    alternatives: ['What are the steps of the hiring process?'],
    organisation: 'peren',
    body: 'After a first selection on your application, you have a technical interview and then an interview with the management.',
  }),
  faq({
    id: 'peren-entretien',
    question: "Comment se passe l'entretien ?",
    alternatives: ['Déroulement des entretiens', 'Qui vais-je rencontrer en entretien ?'],
    organisation: 'peren',
    body: "L'entretien technique dure une heure avec deux membres de l'équipe ; un cas pratique peut vous être proposé.",
  }),
  faq({
    id: 'peren-interview-en',
    lang: 'en',
    question: 'How does the interview work?',
    alternatives: ['What happens during the interviews?', 'Who will I meet?'],
    organisation: 'peren',
    body: 'The technical interview lasts one hour with two team members; you may be given a practical case.',
  }),
  faq({
    id: 'salaire',
    question: 'Quel est le salaire proposé ?',
    alternatives: ['Combien vais-je gagner ?', 'Quelle est la rémunération ?'],
    tags: ['salaire', 'rémunération'],
    body: "La rémunération dépend de l'expérience et du diplôme ; elle est indiquée dans chaque offre quand elle est connue.",
  }),
  faq({
    id: 'salary-en',
    lang: 'en',
    translation_of: 'salaire',
    question: 'What is the salary?',
    alternatives: ['How much will I earn?', 'What is the pay?'],
    body: 'Pay depends on experience and degree; each offer states it when it is known.',
  }),
  faq({
    id: 'contrat',
    question: 'Quel type de contrat est proposé ?',
    alternatives: ['CDD ou CDI ?', 'Faut-il être fonctionnaire ?'],
    tags: ['contrat'],
    body: 'Les postes sont ouverts aux fonctionnaires, en détachement, et aux contractuels, le plus souvent en CDD de trois ans renouvelable.',
  }),
  faq({
    id: 'delai',
    question: 'Combien de temps dure le recrutement ?',
    alternatives: ['Quand aurai-je une réponse ?', 'Quel est le délai de réponse ?'],
    body: 'Comptez quatre à six semaines entre la candidature et la réponse finale.',
  }),
  faq({
    id: 'postuler',
    question: 'Comment postuler ?',
    alternatives: ['Comment envoyer ma candidature ?', 'Où déposer mon CV ?'],
    tags: ['candidature'],
    body: "Suivez le lien « postuler » de l'offre, ou écrivez à l'adresse de contact avec votre CV.",
  }),
  faq({
    id: 'suivi-candidature',
    question: 'Où en est ma candidature ?',
    alternatives: ['Suivi de ma candidature', 'Avez-vous reçu mon dossier ?'],
    tags: ['candidature', 'statut'],
    body: "Donnez-moi l'adresse e-mail utilisée pour candidater et je regarde où en est votre dossier.",
  }),
  faq({
    id: 'peren-stage',
    question: 'Proposez-vous des stages ?',
    alternatives: ['Offres de stage'],
    organisation: 'peren',
    tags: ['stage'],
    body: 'Oui, les offres de stage sont publiées sur la plateforme PASS.',
  }),
  faq({
    id: 'handicap',
    question: 'Les postes sont-ils ouverts aux personnes en situation de handicap ?',
    alternatives: ['Accessibilité et handicap'],
    body: 'Tous nos postes sont ouverts aux personnes en situation de handicap ; des aménagements sont possibles.',
  }),
  faq({
    id: 'forum-tech',
    question: "Qu'est-ce que le Forum de l'emploi tech de l'État ?",
    organisation: 'dinum',
    body: "Un événement annuel où les administrations présentent leurs postes dans le numérique et rencontrent des candidats.",
  }),
  faq({
    id: 'french-required-en',
    lang: 'en',
    question: 'Do I need to speak French?',
    alternatives: ['Is French mandatory?', 'Can I work in English?'],
    body: 'Teams mostly work in French; some positions are open to English speakers.',
  }),
  faq({
    id: 'dinum-bureaux',
    question: 'Où sont situés les bureaux de la DINUM ?',
    alternatives: ['Adresse de la DINUM'],
    organisation: 'dinum',
    body: 'La plupart des postes sont à Paris (7e) ; certains à Saint-Jacques-de-la-Lande et à Lyon.',
  }),
];

/** The whole fixture knowledge base. */
export const knowledge: Entry[] = [...organisations, ...offers, ...faqs];
