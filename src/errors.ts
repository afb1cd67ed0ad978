/**
 * Every error message Tremplin shows to a developer, an operator or HR, in one module, so
 * tests can assert the exact words and translators find them in one place. Each message is
 * prefixed with the name of the module that raises it (`knowledge: …`, `config: …`).
 *
 * What the bot says to candidates is not here: those replies live with the dialogs.
 */

/** Configuration read from the environment (src/config.ts). */
export const configErrors = {
  invalid: (problems: string[]) => `config: invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
} as const;

/** A typed error whose message comes from this module. `code` is stable for programs. */
export class TremplinError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TremplinError';
  }
}

/**
 * Application status (src/applications): the store, its secret and the recruiters' command
 * line. In French: recruiters and operators read them.
 */
export const applicationsErrors = {
  invalidInput: (field: string) => `applications: donnée invalide ou manquante (${field}).`,
  unsupportedDatabaseUrl: () =>
    'applications: DATABASE_URL doit être une adresse PostgreSQL (postgres://utilisateur:motdepasse@hôte:port/base).',
  pepperMismatch: (source: string) =>
    `applications: la clé de hachage des e-mails (${source}) n'est pas celle avec laquelle la base a été remplie : ` +
    'aucun candidat ne pourrait plus être vérifié. Restaurez le fichier applications.pepper sauvegardé, ou donnez à ' +
    'toutes les instances la même valeur APPLICATIONS_PEPPER ; à défaut, videz la base et réimportez les candidatures.',
  pepperFileInvalid: (file: string) =>
    `applications: le fichier ${file} ne contient pas une clé valide (au moins 32 caractères hexadécimaux).`,
  pepperFileTooOpen: (file: string) =>
    `applications: le fichier ${file} est lisible par d'autres utilisateurs ; restreignez-le (chmod 600 ${file}).`,
  newerSchema: (latest: number) =>
    `applications: la base contient des migrations plus récentes que ce code (dernière connue : ${latest}) ; mettez à jour Tremplin.`,
  unknownCommand: (command: string) => `applications: commande inconnue « ${command} ».`,
  badArguments: (detail: string) => `applications: arguments invalides (${detail}).`,
  missingArgument: (what: string) => `applications: il manque ${what}.`,
  invalidReference: (max: number) => `applications: référence vide ou trop longue (${max} caractères au plus).`,
  noteTooLong: (max: number) => `applications: note trop longue (${max} caractères au plus).`,
  unknownStatus: (word: string, accepted: string) =>
    `applications: statut inconnu « ${word} ». Statuts acceptés : ${accepted} ` +
    '(ou received, in_review, interview, accepted, rejected, withdrawn, ou les états de Démarches Simplifiées).',
  unknownReference: () => 'applications: aucune candidature avec cette référence.',
  badDuration: (value: string) =>
    `applications: durée « ${value} » illisible : écrivez un nombre suivi de d (jours), w (semaines), ` +
    'm (mois) ou y (années), par exemple --older-than 365d.',
  fileNotFound: (file: string) => `applications: fichier introuvable : ${file}.`,
  notAFile: (file: string) => `applications: ${file} n'est pas un fichier.`,
  fileUnreadable: (file: string, reason: string) => `applications: impossible de lire ${file} (${reason}).`,
  fileEmpty: (file: string) =>
    `applications: le fichier ${file} est vide. Il doit commencer par l'en-tête reference,email,offer,status,updated_at.`,
  wrongHeader: (file: string, found: string, expected: string) =>
    `applications: en-tête inattendu dans ${file} : « ${found} ». La première ligne doit être exactement ` +
    `${expected} (colonnes séparées par des virgules ou des points-virgules, dans n'importe quel ordre).`,
  lineRejected: (line: number, reasons: readonly string[]) => `applications: ligne ${line} rejetée : ${reasons.join(' ; ')}.`,
  moreRejected: (count: number) => `applications: … et ${count} autres lignes rejetées.`,
  acceptedStatuses: (accepted: string) =>
    `applications: statuts acceptés : ${accepted} (ou les états de Démarches Simplifiées : en_construction, en_instruction, accepte, refuse, sans_suite).`,
} as const;

/** Why one line of an import file is rejected: pieces of `applicationsErrors.lineRejected`. */
export const applicationsLineProblems = {
  columnCount: (found: number, expected: number) => `${found} colonnes au lieu de ${expected}`,
  unreadable: () => 'guillemets mal placés, ligne illisible',
  missingFields: (fields: readonly string[]) =>
    fields.length === 1 ? `champ manquant : ${fields[0]}` : `champs manquants : ${fields.join(', ')}`,
  badEmail: () => 'adresse e-mail invalide',
  unknownStatus: (word: string) => `statut inconnu « ${word} »`,
  badDate: (value: string) => `date illisible « ${value} » (attendu AAAA-MM-JJ, AAAA-MM-JJTHH:MM:SSZ ou JJ/MM/AAAA)`,
  futureDate: (value: string) => `date dans le futur « ${value} »`,
  referenceTooLong: (max: number) => `référence trop longue (${max} caractères au plus)`,
  offerTooLong: (max: number) => `offre trop longue (${max} caractères au plus)`,
} as const;
