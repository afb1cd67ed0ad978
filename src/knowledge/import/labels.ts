/**
 * The labels under which pages state an offer's terms, in French and English
 * (`Contrat`, `Rémunération`, `Date de début`, `How to apply`…), whatever their form:
 * a heading, a list item, bold text or the start of a line. Adding a phrasing is adding a
 * string here, written folded (lowercase, no accents, straight apostrophes).
 */
import { fold, stripEmoji } from './text.js';

/** What a label announces. `conditions` is a section of terms in general ("Modalités"). */
export type Topic =
  | 'contract'
  | 'duration'
  | 'salary'
  | 'remote'
  | 'start'
  | 'location'
  | 'apply'
  | 'contact'
  | 'category'
  | 'experience'
  | 'conditions';

const LABELS: Readonly<Record<Topic, readonly string[]>> = {
  contract: [
    'contrat', 'type de contrat', 'types de contrat', 'nature du contrat', 'modalites de contrat', 'modalite de contrat',
    'statut', 'statut du poste', 'type de poste', "type d'emploi", 'poste ouvert a', 'poste ouvert pour', 'forme du contrat',
    'contract', 'contract type', 'type of contract', 'employment type', 'employment status', 'status',
    // Questions used as labels: "**Quel statut ?** freelance".
    'quel contrat', 'quel statut', 'sous quel statut', 'quel type de contrat', 'which contract',
  ],
  duration: [
    'duree', 'duree du contrat', 'duree de la mission', 'duree de mission', 'duree du stage', "duree d'engagement", 'duree du poste',
    'duration', 'length', 'contract length', 'contract duration', 'mission duration', 'length of contract',
    'pour combien de temps', 'combien de temps', 'pour quelle duree', 'quelle duree', 'how long', 'for how long',
  ],
  salary: [
    'remuneration', 'salaire', 'salaire brut', 'salaire net', 'tjm', 'taux journalier', 'taux journalier moyen', 'gratification',
    'tarif', 'tarif journalier', 'tarif jour', 'taux jour',
    'retribution', 'fourchette de remuneration', 'fourchette salariale', 'grille salariale', 'remuneration et avantages',
    'salary', 'pay', 'compensation', 'salary range', 'daily rate', 'remuneration package',
    'combien', 'pour quelle remuneration', 'quelle remuneration', 'how much',
  ],
  remote: [
    'travail a distance', 'teletravail', 'remote', 'remote work', 'distanciel', 'working remotely', 'home office', 'remote working',
    'teletravail et lieu de travail',
  ],
  start: [
    'date de debut', 'debut', 'date de debut souhaitee', 'debut souhaite', 'debut de la mission', 'debut de mission',
    'date de demarrage', 'demarrage', 'demarrage de la mission', 'prise de poste', 'date de prise de poste', 'disponibilite',
    "date d'arrivee", 'arrivee', 'date de demarrage souhaitee', 'dates souhaitees', 'date souhaitee',
    'start date', 'start', 'starting date', 'availability', 'start of the mission',
    // "Date : début septembre 2022" among the terms; "**Quand ?** à compter du 17 janvier".
    'date', 'dates', 'quand', 'a partir de quand', 'des quand', 'when', 'from when',
  ],
  location: [
    'localisation', 'lieu', 'lieux', 'lieu de travail', "lieu d'affectation", 'lieu de la mission', 'emplacement', 'ville',
    'localisation du poste', 'lieu du poste', 'lieu de stage', 'lieu du stage', 'lieu de mission', 'location', 'place of work', 'workplace', 'based in', 'office location',
    'ou', 'where',
  ],
  apply: [
    'candidater', 'postuler', 'comment postuler', 'comment candidater', 'pour postuler', 'pour candidater', 'candidature',
    'candidatures', 'ta candidature', 'votre candidature', 'comment envoyer votre candidature', 'comment envoyer une candidature',
    'envoyer votre candidature', 'contactez-nous pour postuler', 'contactez nous pour postuler', 'processus de candidature',
    'comment nous rejoindre', 'envie de nous rejoindre', 'interesse', 'interessee', 'vous etes interesse',
    'how to apply', 'apply', 'to apply', 'application', 'applications', 'how to apply for this job',
  ],
  contact: ['contact', 'contacts', 'nous contacter', 'personne a contacter', 'contact email', 'e-mail', 'email', 'courriel', 'contact us'],
  category: ['categorie', 'categorie de poste', "categorie d'emploi", 'category', 'civil service category'],
  experience: [
    'experience', 'experience requise', "niveau d'experience", 'seniorite', 'niveau', 'experience attendue',
    'seniority', 'experience level', 'years of experience', 'required experience',
  ],
  conditions: [
    'modalites', 'modalites de travail', 'modalites pratiques', 'conditions', 'conditions de travail', 'conditions du poste',
    'environnement de travail', 'environnement et modalites de travail', 'details pratiques', 'infos pratiques',
    'informations pratiques', 'en pratique', 'ce que nous proposons', 'ce que nous vous proposons', "ce que l'on propose",
    'nous vous proposons', 'on vous propose', 'ce que l on vous propose', 'le poste', 'poste', 'le poste propose',
    'contrat et remuneration', 'remuneration et contrat', 'statut et remuneration', 'conditions et remuneration',
    'conditions d\'emploi', 'modalites du poste', 'modalites de recrutement', 'informations complementaires', 'details',
    'practical information', 'practical details', 'terms', 'what we offer', 'conditions of employment', 'the position',
    'working conditions', 'job details', 'the job', 'details of the position',
  ],
};

const BY_LABEL = new Map<string, Topic>();
for (const [topic, labels] of Object.entries(LABELS) as [Topic, readonly string[]][]) {
  for (const label of labels) if (!BY_LABEL.has(label)) BY_LABEL.set(label, topic);
}

/** Words that only qualify a label: `TJM envisagé`, `Début souhaité`, `Salaire proposé`. */
const QUALIFIERS = /\s+(envisagee?s?|souhaitee?s?|proposee?s?|prevue?s?|indicative?s?|estimee?s?|previsionnelle?s?|provisoires?|offered|expected|proposed)$/;
/** What a label names its subject with, once qualifiers are off: `Date de début de la mission`, `Durée du stage`. */
const OF_THE_JOB = /\s+(?:de la mission|de mission|du poste|du stage|du contrat|de la prestation|de l'offre|of the (?:mission|job|position|contract))$/;

/**
 * A label as written made comparable: folded, emoji, markdown marks, numbering (`1.`, `4 -`),
 * leading articles and possessives (`les`, `votre`, `your`) and trailing punctuation removed.
 */
export function labelKey(text: string): string {
  return fold(stripEmoji(text))
    .replace(/[*_`]+/g, '')
    .trim()
    .replace(/^\s*(\d+\s*[.)-]?\s*)+/, '')
    .replace(/[\s:?!.…]+$/, '')
    .replace(/^(les|le|la|l'|vos|votre|ta|ton|tes|nos|notre|your|the|our)\s*(?=\S)/, '')
    .replace(/[()[\]/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The topic a label announces, or `undefined` when it is not one of ours. */
export function topicOfLabel(text: string): Topic | undefined {
  const key = labelKey(text);
  if (key.length === 0 || key.length > 60) return undefined;
  const plain = key.replace(QUALIFIERS, '');
  return BY_LABEL.get(key) ?? BY_LABEL.get(plain) ?? BY_LABEL.get(plain.replace(OF_THE_JOB, '').replace(QUALIFIERS, ''));
}

/** Most words a heading may add after such a label (`## Modalités provisoires jusqu'au 30 juin 2023`). */
const MAX_PRECISION_WORDS = 6;
/** Topics a heading may announce with more words after the label; the others must match whole. */
const PREFIX_TOPICS: ReadonlySet<Topic> = new Set(['apply', 'conditions', 'remote']);

/**
 * The topic of a heading: a label (`### Contrat`, `## 🚀 Candidater`, `# COMMENT CANDIDATER ?`),
 * or a label followed by a short precision (`## Modalités de travail et rémunération` is
 * `conditions`; `## Postuler chez nous` is `apply`); `## Contrat et rémunération` is `conditions`.
 */
export function topicOfHeading(text: string): Topic | undefined {
  const exact = topicOfLabel(text);
  if (exact) return exact;
  const key = labelKey(text);
  const words = key.split(' ');
  for (let n = Math.min(words.length - 1, 6); n >= 1; n--) {
    const topic = BY_LABEL.get(words.slice(0, n).join(' '));
    if (!topic || words.length - n > MAX_PRECISION_WORDS) continue;
    if (topic === 'contract' || topic === 'salary') return 'conditions';
    if (PREFIX_TOPICS.has(topic)) return topic;
  }
  return undefined;
}
