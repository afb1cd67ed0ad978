/**
 * Realistic queries for the search benchmark: what candidates and recruiters type, in French
 * and English, with typos, missing accents, chat spellings and inclusive forms. A fixed
 * hand-written set plus generated ones (seeded, so every run measures the same queries).
 */
import { Dice, prng } from './generate.js';

const WRITTEN = [
  'data scientist', 'dta scientst', 'ingenieur data', 'ingénieur données', 'développeur·se front', 'developpeuse react',
  'developeur python paris', 'chef de projet', 'cheffe de projet numerique', 'product owner', 'designer ux', 'ux researcher',
  'le télétravail est-il possible ?', 'teletravial', 'télétravail dinum', 'c koi le salaire', 'quel salaire pour un dev junior',
  'salair', 'rémunération data engineer', 'how does the interview work', 'how does the recruitment process work at PEReN?',
  'remote work', 'salary', 'what is the salary of a data scientist', 'do I need to speak french', 'comment postuler',
  'où en est ma candidature', 'combien de temps dure le recrutement', 'délai de réponse', 'CDD ou CDI', 'faut-il être fonctionnaire',
  'stage', 'stage développement web', 'alternance data', 'offres à lyon', 'poste à rennes', 'postes à Saint-Jacques-de-la-Lande',
  'catégorie A+', 'cadre A', 'recrutment', 'recrutement peren', 'PEReN', 'DINUM', 'beta.gouv.fr', 'startup d’état',
  'intrapreneur', 'architecte cloud', 'devops kubernetes', 'analyste cybersecurite', 'rssi', 'sécurité des systèmes',
  'administrateur·rice systèmes', 'juriste numérique', 'gestionnaire financier', 'expert IA', 'intelligence artificielle',
  'traitement du langage naturel', 'computer vision', 'vision par ordinateur', 'open data', 'accessibilité numérique',
  'FranceConnect', 'identité numérique', 'Chef/fe du pôle Datalab', 'Chargé/e de mission', 'intéressé·e par un poste de data scientist',
  'recette de la tarte aux pommes', 'quel temps fait-il à Lyon', 'bonjour', 'merci', 'handicap', 'entretien technique',
  'comment se passe l’entretien', 'frontend developer', 'backend developer remote', 'site reliability engineer', 'security analyst',
  'machine learning engineer', 'product manager paris', 'engineering manager', 'technical writer', 'public services platform',
  'je cherche un poste de développeur à paris en télétravail', 'est-ce que je peux postuler sans diplôme ?',
  'quels sont les avantages', 'congés', 'tickets restaurant', 'formation', 'mutuelle', 'horaires', 'temps partiel',
  'développ', 'ingé', 'scient', 'archit', 'telet',
];

const STEMS_FR = ['développeur', 'data scientist', 'ingénieur', 'chef de projet', 'designer', 'architecte', 'analyste', 'product owner', 'administrateur', 'statisticien', 'urbaniste', 'coach agile', 'juriste', 'technicien support', 'responsable des opérations', 'chargé de mission'];
const STEMS_EN = ['developer', 'data scientist', 'engineer', 'product manager', 'designer', 'architect', 'analyst', 'researcher', 'writer'];
const CONTEXT_FR = ['', '', 'à paris', 'à lyon', 'dinum', 'peren', 'télétravail', 'salaire', 'cdd', 'senior', 'junior', 'python', 'react', 'cloud', 'sécurité', 'données'];
const CONTEXT_EN = ['', '', 'remote', 'salary', 'paris', 'python', 'cloud', 'security', 'open data'];

const stripAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** One typo: a letter swapped with its neighbour, dropped or doubled. */
function typo(word: string, dice: Dice): string {
  if (word.length < 5) return word;
  const i = dice.int(1, word.length - 2);
  switch (dice.int(0, 2)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i) + word[i] + word.slice(i);
  }
}

/** `count` generated queries for `seed`. */
export function generatedQueries(count: number, seed: number): string[] {
  const dice = new Dice(prng(seed));
  return Array.from({ length: count }, () => {
    const en = dice.chance(0.25);
    let q = `${dice.pick(en ? STEMS_EN : STEMS_FR)} ${dice.pick(en ? CONTEXT_EN : CONTEXT_FR)}`.trim();
    if (dice.chance(0.4)) q = q.split(' ').map((w) => (dice.chance(0.5) ? typo(w, dice) : w)).join(' ');
    if (dice.chance(0.5)) q = stripAccents(q);
    if (dice.chance(0.2)) q = q.toUpperCase();
    return q;
  });
}

/** The 200 measured queries: the hand-written ones, completed with generated ones. */
export const BENCH_QUERIES: readonly string[] = [...WRITTEN, ...generatedQueries(200 - WRITTEN.length, 42)];

/** Other queries, for warming up the JIT without pre-filling caches for the measured ones. */
export const WARMUP_QUERIES: readonly string[] = generatedQueries(300, 7);
