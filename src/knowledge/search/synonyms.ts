/**
 * Words that mean the same thing to a candidate, within and across French and English.
 * A query word found in a group also looks for the other words of the group, at a lower
 * quality (see SYNONYM_QUALITY in ./query.ts), so "remote" finds "télétravail" and
 * "interview" finds "entretien" (how an English question reaches French knowledge).
 *
 * Single words only, written as people write them (they are normalised and stemmed at build
 * time). Generic words (poste, offre, job) are left out on purpose: they are in nearly every
 * offer, so expanding them costs time and adds nothing.
 */
export const DEFAULT_SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['télétravail', 'remote', 'teleworking', 'telework', 'homeworking'],
  ['salaire', 'rémunération', 'salary', 'pay', 'paie', 'wage'],
  ['entretien', 'interview'],
  // Not 'application': in French it is an app ("développer une application mobile").
  ['candidature', 'postuler', 'candidater', 'apply'],
  ['développeur', 'developer', 'dev'],
  ['ingénieur', 'engineer'],
  ['données', 'data'],
  ['stage', 'stagiaire', 'internship', 'intern'],
  ['alternance', 'apprentissage', 'apprenticeship', 'alternant'],
  ['contrat', 'contract'],
  ['recrutement', 'recruitment', 'hiring', 'embauche'],
  ['fonctionnaire', 'titulaire'],
  ['contractuel', 'contractual'],
  ['sécurité', 'security'],
  ['cybersécurité', 'cybersecurity', 'cyber', 'sécurité'],
  ['budget', 'budgétaire', 'budgetary'],
  ['ia', 'ai'],
  ['formation', 'training'],
  ['handicap', 'disability'],
  ['diplôme', 'degree'],
  ['processus', 'process', 'procédure', 'procedure'],
  ['étape', 'step'],
  ['délai', 'timeline'],
  ['congés', 'holidays', 'leave'],
  ['avantages', 'benefits'],
  ['designer', 'concepteur'],
  ['ux', 'utilisateur', 'user'],
  ['researcher', 'recherche', 'research', 'chercheur'],
  ['travail', 'travailler', 'work', 'working'],
  ['recherche', 'research'],
  ['utilisateur', 'usager', 'user'],
];
