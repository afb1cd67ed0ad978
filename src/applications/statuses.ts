/**
 * The one vocabulary of application statuses, and every way people and systems write them:
 * Tremplin's own codes, the Démarches Simplifiées dossier states, and the French (and English)
 * words recruiters type. Import, the command line and the bot all read statuses through
 * `parseStatus`, so a new synonym is one line here.
 */

/** Where an application stands, in the order a candidate usually goes through them. */
export const APPLICATION_STATUSES = ['received', 'in_review', 'interview', 'accepted', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Statuses after which nothing more will happen to the application. */
export const FINAL_STATUSES: ReadonlySet<ApplicationStatus> = new Set(['accepted', 'rejected', 'withdrawn']);

/**
 * Démarches Simplifiées dossier states (`state` in its API and exports) and the status each
 * one means here. `sans_suite` (closed without a decision) reads as withdrawn. Drafts
 * (`brouillon`) are not applications yet and are refused on import.
 */
export const DEMARCHES_SIMPLIFIEES_STATES: Readonly<Record<string, ApplicationStatus>> = {
  en_construction: 'received',
  en_instruction: 'in_review',
  accepte: 'accepted',
  refuse: 'rejected',
  sans_suite: 'withdrawn',
};

/** What each status is called, for recruiters' output and the candidate dialog. */
export const STATUS_LABELS: Readonly<Record<'fr' | 'en', Readonly<Record<ApplicationStatus, string>>>> = {
  fr: {
    received: 'reçue',
    in_review: "en cours d'examen",
    interview: 'entretien',
    accepted: 'acceptée',
    rejected: 'refusée',
    withdrawn: 'retirée',
  },
  en: {
    received: 'received',
    in_review: 'under review',
    interview: 'interview',
    accepted: 'accepted',
    rejected: 'not accepted',
    withdrawn: 'withdrawn',
  },
};

/**
 * Words accepted for each status, written folded (see `foldStatusWord`: lower case, no
 * accents, spaces for `_`, `-` and apostrophes). Masculine forms are there because people say
 * "dossier accepté" as often as "candidature acceptée".
 */
const SYNONYMS: Readonly<Record<ApplicationStatus, readonly string[]>> = {
  received: ['recue', 'recu', 'deposee', 'depose', 'nouvelle', 'new', 'submitted', 'en construction'],
  in_review: [
    'in review',
    'en cours d examen',
    'en cours',
    'examen',
    'en examen',
    'en instruction',
    'instruction',
    'under review',
    'review',
    'reviewing',
  ],
  interview: ['entretien', 'entretiens', 'interview', 'interviews', 'convoquee', 'convoque'],
  accepted: ['acceptee', 'accepte', 'retenue', 'retenu', 'accepted', 'hired'],
  rejected: ['refusee', 'refuse', 'non retenue', 'non retenu', 'rejetee', 'rejete', 'rejected', 'declined'],
  withdrawn: ['retiree', 'retire', 'sans suite', 'classee sans suite', 'abandonnee', 'abandonne', 'withdrawn', 'cancelled'],
};

/** Folds a status word for comparison: case, accents, apostrophes, `_` and `-` do not matter. */
export function foldStatusWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_\-'’‘`\s]+/g, ' ')
    .trim();
}

const LOOKUP: ReadonlyMap<string, ApplicationStatus> = (() => {
  const map = new Map<string, ApplicationStatus>();
  for (const status of APPLICATION_STATUSES) map.set(foldStatusWord(status), status);
  for (const [state, status] of Object.entries(DEMARCHES_SIMPLIFIEES_STATES)) map.set(foldStatusWord(state), status);
  for (const [status, words] of Object.entries(SYNONYMS) as [ApplicationStatus, readonly string[]][]) {
    for (const word of words) map.set(word, status);
  }
  for (const labels of Object.values(STATUS_LABELS)) {
    for (const [status, label] of Object.entries(labels) as [ApplicationStatus, string][]) map.set(foldStatusWord(label), status);
  }
  return map;
})();

/**
 * Reads a status however it is written (`in_review`, `en_instruction`, `En cours d'examen`,
 * `refusée`…). Returns `undefined` for anything else, so callers say which word was unknown.
 */
export function parseStatus(word: string): ApplicationStatus | undefined {
  return LOOKUP.get(foldStatusWord(word));
}

/** True when `value` is one of Tremplin's own status codes. */
export function isApplicationStatus(value: string): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(value);
}

/** The status's name in `lang` (French by default). */
export function statusLabel(status: ApplicationStatus, lang: 'fr' | 'en' = 'fr'): string {
  return STATUS_LABELS[lang][status];
}

/** Examples of accepted words, for error messages (`reçue, en cours d'examen, …`). */
export const STATUS_EXAMPLES = APPLICATION_STATUSES.map((s) => STATUS_LABELS.fr[s]).join(', ');
