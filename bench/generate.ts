/**
 * Deterministic synthetic knowledge for benchmarks: offers, FAQ entries and organisations
 * that look like French public digital jobs (titles with inclusive writing and H/F marks,
 * 150–400-word bodies, about 12% in English), generated from a seeded PRNG so that every run
 * measures the same data. Each offer also names a product with a made-up name, which gives
 * the vocabulary the long tail of real announcements (tens of thousands of distinct words).
 */
import { CONTRACTS, type Category, type Contract, type Faq, type Lang, type Offer, type Organisation, type RemotePolicy } from '../src/knowledge/schemas.js';

/** A small, fast, seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random helpers bound to one PRNG. */
export class Dice {
  constructor(readonly next: () => number) {}
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** One element of `list`. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** The organisations of the synthetic knowledge: id, name, aliases. */
export const ORGANISATIONS: ReadonlyArray<readonly [id: string, name: string, aliases: string[]]> = [
  ['dinum', 'Direction interministérielle du numérique', ['DINUM']],
  ['peren', "Pôle d'expertise de la régulation numérique", ['PEReN']],
  ['beta-gouv', 'beta.gouv.fr', ['incubateur de la DINUM', 'startups d’État']],
  ['anssi', "Agence nationale de la sécurité des systèmes d'information", ['ANSSI']],
  ['dgfip', 'Direction générale des finances publiques', ['DGFiP']],
  ['insee', 'Institut national de la statistique et des études économiques', ['Insee']],
  ['ign', "Institut national de l'information géographique et forestière", ['IGN']],
  ['cnil', "Commission nationale de l'informatique et des libertés", ['CNIL']],
  ['france-travail', 'France Travail', ['Pôle emploi']],
  ['urssaf', 'Urssaf Caisse nationale', ['Urssaf']],
  ['dnum-armees', 'Direction du numérique des armées', ['DNUM Armées']],
  ['dnum-interieur', "Direction du numérique du ministère de l'Intérieur", ['DNUM Intérieur']],
  ['dnum-education', "Direction du numérique pour l'éducation", ['DNE']],
  ['ans', 'Agence du numérique en santé', ['ANS']],
  ['cerema', 'Cerema', []],
  ['ademe', "Agence de la transition écologique", ['ADEME']],
  ['dila', "Direction de l'information légale et administrative", ['DILA']],
  ['anct', 'Agence nationale de la cohésion des territoires', ['ANCT']],
];

const PLACES = ['Paris', 'Lyon', 'Rennes', 'Saint-Jacques-de-la-Lande', 'Marseille', 'Lille', 'Bordeaux', 'Nantes', 'Toulouse', 'Strasbourg', 'Montpellier', 'Nancy', 'Metz', 'Orléans', 'Dijon', 'Grenoble', 'Clermont-Ferrand', 'Caen', 'Limoges', 'Noisy-le-Grand', 'Montreuil', 'La Défense'];

const ROLES_FR = [
  'Développeur·se', 'Développeur / Développeuse', 'Développeur.euse', 'Data scientist', 'Data engineer', 'Ingénieur data',
  'Chef/fe de projet', 'Cheffe de projet', 'Product owner', 'Product manager', 'Designer UX/UI', 'Responsable de recherche utilisateur',
  'Architecte cloud', 'Administrateur·rice systèmes', 'Ingénieur·e DevOps', 'Analyste cybersécurité', 'RSSI adjoint·e',
  'Chargé/e de mission', 'Coach agile', 'Intrapreneur/e', 'Responsable des opérations', 'Gestionnaire financier', 'Juriste numérique',
  'Chargé/e de communication', 'Business developer', 'Tech lead', 'Lead dev', 'Expert·e IA', 'Urbaniste SI', 'Directeur·rice de projet SI',
  'Scrum master', 'Adjoint/e au chef de bureau', 'Chef/fe du pôle', 'Analyste de données', 'Statisticien·ne', 'Ingénieur·e réseau',
  'Technicien·ne support', 'Délégué·e à la protection des données', 'Acheteur·se informatique', 'Pilote de l’observatoire',
];
const SPECIALTIES_FR = [
  'front', 'back-end', 'full stack', 'Python', 'Java', 'React', 'données', 'IA', 'open data', 'cloud', 'réseau', 'sécurité',
  'accessibilité', 'FranceConnect', 'API', 'plateforme', 'infrastructure', 'mobile', 'géomatique', 'paie', 'identité numérique',
  'messagerie', 'hébergement', 'intelligence artificielle', 'traitement du langage', 'vision par ordinateur', 'Datalab', 'Campus du numérique',
];
const ROLES_EN = [
  'Frontend developer', 'Backend developer', 'Full stack developer', 'Data scientist', 'Data engineer', 'Product manager',
  'Site reliability engineer', 'Security analyst', 'UX researcher', 'Machine learning engineer', 'NLP data scientist',
  'Computer vision data scientist', 'Cloud architect', 'Engineering manager', 'Technical writer',
];
const SPECIALTIES_EN = ['platform', 'open data', 'identity', 'APIs', 'accessibility', 'infrastructure', 'AI', 'public services', 'security', 'mobile apps'];
const MARKS = ['H/F', '(H/F)', 'F/H', '', '', ''];
const LEVELS_FR = ['', '', '', 'senior', 'junior', 'confirmé·e', 'expérimenté·e'];

const FR_SENTENCES = [
  'Au sein de {team}, vous rejoignez une équipe de {n} personnes qui construit {product}, un service numérique utilisé par des milliers d’usagers.',
  'Vous participez à la conception, au développement et à l’amélioration continue de {product} en lien étroit avec les équipes métier.',
  'Vous travaillez avec {tech} et {tech2}, dans une démarche agile, avec des livraisons fréquentes et une attention forte à la qualité du code.',
  'La mission de {product} est de simplifier les démarches administratives des citoyens et des entreprises.',
  'Vous êtes force de proposition sur les choix techniques et l’architecture, et vous partagez vos connaissances avec l’équipe.',
  'Le poste est basé à {place}, avec la possibilité de télétravailler jusqu’à {days} jours par semaine selon les besoins du service.',
  'Vous contribuez à la documentation, aux tests automatisés et à la supervision de la plateforme en production.',
  'Vous accompagnez les administrations partenaires dans l’ouverture et la réutilisation de leurs données.',
  'Vous analysez les besoins des utilisateurs, menez des entretiens et traduisez les résultats en améliorations concrètes.',
  'Nous recherchons une personne rigoureuse, curieuse et autonome, capable de travailler en équipe pluridisciplinaire.',
  'Une expérience de {years} ans minimum sur un poste similaire est souhaitée ; les profils juniors motivés sont aussi étudiés.',
  'La rémunération est fixée selon l’expérience et le diplôme, sur la base de la grille des contractuels de l’État.',
  'Le recrutement se déroule en deux entretiens : un entretien technique puis un échange avec la direction.',
  'Vous veillez au respect des règles de sécurité, d’accessibilité et de protection des données personnelles.',
  'Vous suivez les indicateurs d’usage et de performance de {product} et proposez des évolutions.',
  'L’équipe est composée de développeurs, de designers, d’un product manager et d’un coach.',
  'Vous participez à la communauté des agents publics du numérique et aux événements de la filière.',
  'Le poste est ouvert aux fonctionnaires en détachement et aux contractuels en CDD de trois ans renouvelable.',
  'Vous pilotez le budget, le planning et les prestataires du projet {product}, et rendez compte au comité de pilotage.',
  'Vous rédigez les spécifications, priorisez le backlog et animez les ateliers avec les usagers.',
  'Poste à temps plein, ouvert aux agents titulaires et contractuels.',
  'Le poste est à temps plein ; un temps partiel peut être étudié.',
  'Vous consacrez une partie de votre temps au mentorat des nouveaux arrivants.',
];
const EN_SENTENCES = [
  'Within {team}, you join a team of {n} people building {product}, a digital public service used by thousands of citizens.',
  'You take part in the design, development and continuous improvement of {product}, working closely with policy experts.',
  'You work with {tech} and {tech2} in an agile way, with frequent releases and a strong focus on code quality.',
  'The position is based in {place}, with up to {days} days of remote work per week.',
  'You contribute to documentation, automated tests and production monitoring.',
  'We are looking for a rigorous, curious and autonomous person who enjoys working in a multidisciplinary team.',
  'At least {years} years of experience in a similar position is expected; motivated junior profiles are also considered.',
  'The salary depends on experience and degree, following the public sector pay scale for contract staff.',
  'The recruitment process includes a technical interview and a meeting with the management.',
  'You make sure security, accessibility and personal data protection rules are followed.',
  'You analyse user needs, run interviews and turn findings into concrete improvements.',
  'The team includes developers, designers, a product manager and a coach.',
  'This is a full-time position open to civil servants and contract staff.',
];
const TECH = ['Python', 'TypeScript', 'React', 'Vue.js', 'Django', 'PostgreSQL', 'Kubernetes', 'Docker', 'Terraform', 'Java', 'Spring', 'Ruby on Rails', 'Elasticsearch', 'Kafka', 'Airflow', 'dbt', 'Spark', 'PyTorch', 'scikit-learn', 'Grafana', 'Ansible', 'GitLab CI', 'Node.js', 'Go', 'Rust', 'QGIS', 'Metabase'];
const TEAMS = ['la direction du numérique', 'l’incubateur', 'la mission Etalab', 'le pôle données', 'le département des opérations', 'la sous-direction des systèmes d’information', 'le laboratoire d’innovation', 'la cellule cybersécurité'];
const SYLLABLES = ['ka', 'ro', 'mi', 'lu', 'ten', 'vo', 'sa', 'di', 'por', 'bel', 'fi', 'na', 'gu', 'ster', 'pa', 'que', 'li', 'mon', 'tra', 'zo', 'ver', 'ci', 'da', 'leo', 'bri', 'nu', 'cal', 'ja', 'pen', 'ox'];

const fill = (template: string, dice: Dice, product: string, place: string): string =>
  template
    .replace('{team}', dice.pick(TEAMS))
    .replace('{n}', String(dice.int(3, 15)))
    .replace(/\{product\}/g, product)
    .replace('{tech}', dice.pick(TECH))
    .replace('{tech2}', dice.pick(TECH))
    .replace('{place}', place)
    .replace('{days}', String(dice.int(1, 3)))
    .replace('{years}', String(dice.int(1, 8)));

/** A made-up product name ("Kalumi Verso"): the long tail of real vocabularies. */
function productName(dice: Dice): string {
  const word = () => Array.from({ length: dice.int(2, 3) }, () => dice.pick(SYLLABLES)).join('');
  const name = word();
  return `${name[0]!.toUpperCase()}${name.slice(1)}${dice.chance(0.5) ? ` ${word()}` : ''}`;
}

/** A human slip in a body word now and then (two letters swapped), as in real announcements. */
function slip(text: string, dice: Dice): string {
  return text.replace(/[a-zé]{6,}/g, (w) => {
    if (!dice.chance(0.01)) return w;
    const i = dice.int(1, w.length - 2);
    return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  });
}

function body(dice: Dice, lang: Lang, product: string, place: string): string {
  const sentences = lang === 'fr' ? FR_SENTENCES : EN_SENTENCES;
  const target = dice.int(150, 400);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < target) {
    const paragraph = Array.from({ length: dice.int(2, 4) }, () => fill(dice.pick(sentences), dice, product, place)).join(' ');
    words += paragraph.split(' ').length;
    paragraphs.push(dice.chance(0.3) ? `## ${dice.pick(lang === 'fr' ? ['Missions', 'Profil', 'Modalités', 'Contexte'] : ['Role', 'Profile', 'Terms', 'Context'])}\n\n${paragraph}` : paragraph);
  }
  return slip(paragraphs.join('\n\n'), dice);
}

const CATEGORIES: ReadonlyArray<Category | null> = ['A+', 'A', 'A', 'A', 'B', 'C', null];
const POLICIES: readonly RemotePolicy[] = ['none', 'possible', 'occasional', 'partial', 'partial', 'full'];

/** `count` offers, the same ones for the same seed. */
export function generateOffers(count: number, seed = 1): Offer[] {
  const dice = new Dice(prng(seed));
  const offers: Offer[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = dice.chance(0.12) ? 'en' : 'fr';
    const [organisation] = dice.pick(ORGANISATIONS);
    const place = dice.pick(PLACES);
    const product = productName(dice);
    const title =
      lang === 'fr'
        ? [dice.pick(ROLES_FR), dice.chance(0.6) ? dice.pick(SPECIALTIES_FR) : '', dice.pick(LEVELS_FR), dice.pick(MARKS)].filter(Boolean).join(' ')
        : [dice.pick(ROLES_EN), dice.chance(0.4) ? `— ${dice.pick(SPECIALTIES_EN)}` : ''].filter(Boolean).join(' ');
    const open = dice.chance(0.85);
    offers.push({
      id: `offer-${i}`,
      kind: 'offer',
      lang,
      path: `offers/offer-${i}.md`,
      body: body(dice, lang, product, place),
      title,
      organisation,
      status: open ? 'open' : 'closed',
      open,
      locations: dice.chance(0.2) ? [place, dice.pick(PLACES)] : [place],
      category: dice.pick(CATEGORIES),
      contract: [dice.pick(CONTRACTS) as Contract],
      remote: { policy: dice.pick(POLICIES) },
      tags: [dice.pick(SPECIALTIES_FR), dice.pick(TECH)],
      family: dice.pick(['Données', 'Développement', 'Produit', 'Design', 'Sécurité', 'Infrastructure', 'Pilotage']),
      positions: 1,
      closes_on: `2026-${String(dice.int(1, 12)).padStart(2, '0')}-${String(dice.int(1, 28)).padStart(2, '0')}`,
    });
  }
  return offers;
}

const FAQ_TOPICS_FR: ReadonlyArray<readonly [question: string, alternatives: string[], answer: string]> = [
  ['Le télétravail est-il possible chez {org} ?', ['Combien de jours de télétravail ?', 'Peut-on travailler à distance ?'], 'Le télétravail est possible jusqu’à {n} jours par semaine, en accord avec l’équipe.'],
  ['Comment se déroule le recrutement chez {org} ?', ['Quelles sont les étapes du recrutement ?'], 'Après une présélection sur dossier, vous passez {n} entretiens, dont un entretien technique.'],
  ['Quel est le salaire proposé par {org} ?', ['Combien vais-je gagner ?', 'Quelle rémunération ?'], 'La rémunération dépend de votre expérience et de votre diplôme ; elle figure dans chaque offre quand elle est connue.'],
  ['Quel type de contrat propose {org} ?', ['CDD ou CDI ?', 'Faut-il être fonctionnaire ?'], 'Les postes sont ouverts aux fonctionnaires et aux contractuels, souvent en CDD de trois ans.'],
  ['Combien de temps dure le recrutement chez {org} ?', ['Quel est le délai de réponse ?'], 'Comptez {n} semaines entre la candidature et la réponse.'],
  ['Comment postuler chez {org} ?', ['Où envoyer ma candidature ?'], 'Suivez le lien de l’offre ou écrivez à l’adresse de contact avec votre CV.'],
  ['Où sont situés les bureaux de {org} ?', ['Adresse de {org}'], 'Les équipes travaillent principalement à {place}.'],
  ['{org} propose-t-il des stages ?', ['Offres de stage chez {org}'], 'Oui, les stages sont publiés sur la plateforme PASS.'],
  ['Les postes de {org} sont-ils ouverts aux personnes en situation de handicap ?', ['Handicap et accessibilité'], 'Tous les postes sont ouverts ; des aménagements sont possibles.'],
  ['Comment se passe l’entretien chez {org} ?', ['Déroulement de l’entretien'], 'L’entretien dure environ une heure avec deux membres de l’équipe.'],
];
const FAQ_TOPICS_EN: ReadonlyArray<readonly [question: string, alternatives: string[], answer: string]> = [
  ['Can I work remotely at {org}?', ['How many remote days?'], 'Remote work is possible up to {n} days a week.'],
  ['How does the recruitment process work at {org}?', ['What are the hiring steps?'], 'After a first screening you have {n} interviews, including a technical one.'],
  ['What is the salary at {org}?', ['How much will I earn?'], 'Pay depends on experience and degree; offers state it when known.'],
  ['How does the interview work at {org}?', ['What happens during the interview?'], 'The interview lasts about one hour with two team members.'],
  ['Do I need to speak French at {org}?', ['Can I work in English?'], 'Teams mostly work in French; some positions are open to English speakers.'],
];

/** `count` FAQ entries across the organisations, about a fifth in English. */
export function generateFaqs(count: number, seed = 2): Faq[] {
  const dice = new Dice(prng(seed));
  const out: Faq[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = dice.chance(0.2) ? 'en' : 'fr';
    const [question, alternatives, answer] = dice.pick(lang === 'fr' ? FAQ_TOPICS_FR : FAQ_TOPICS_EN);
    const [organisation, name] = dice.chance(0.1) ? ['all', 'nos services'] : dice.pick(ORGANISATIONS);
    const place = dice.pick(PLACES);
    const text = (s: string) => s.replace(/\{org\}/g, name).replace('{n}', String(dice.int(2, 6))).replace('{place}', place);
    const extra = Array.from({ length: dice.int(2, 6) }, () => fill(dice.pick(lang === 'fr' ? FR_SENTENCES : EN_SENTENCES), dice, productName(dice), place));
    out.push({
      id: `faq-${i}`,
      kind: 'faq',
      lang,
      path: `faq/faq-${i}.md`,
      question: text(question),
      alternatives: alternatives.map(text),
      organisation,
      tags: [],
      body: [text(answer), ...extra].join(' '),
    });
  }
  return out;
}

/** The organisations the offers and FAQ entries refer to. */
export function generateOrganisations(): Organisation[] {
  return ORGANISATIONS.map(([id, name, aliases]) => ({
    id,
    kind: 'organisation',
    lang: 'fr',
    path: `organisations/${id}.md`,
    body: `${name} recrute des profils du numérique pour construire des services publics utiles et simples.`,
    name,
    aliases,
    tags: [],
    sites: [],
    labels: [],
    recruitment_steps: [],
    apply: [],
  }));
}
