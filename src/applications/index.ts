/**
 * Application status: what dialogs, Teams commands and the server import. The store keeps
 * each application's status and history; candidates see theirs through
 * `VerificationLimiter.verify(key, reference, email)`; recruiters use the store directly
 * (`show`, `set`) or the command line (`tremplin applications …`).
 */
export { openApplicationStore, SQLITE_FILE, type OpenApplicationStoreOptions } from './open.js';
export type {
  Application,
  ApplicationImport,
  ApplicationStore,
  CandidateApplication,
  SetStatusOptions,
  StatusChange,
  UpsertOutcome,
  VerificationAttemptLog,
} from './store.js';
export { VerificationLimiter, type VerificationLimiterOptions, type VerificationOutcome } from './limiter.js';
export {
  APPLICATION_STATUSES,
  DEMARCHES_SIMPLIFIEES_STATES,
  FINAL_STATUSES,
  parseStatus,
  STATUS_LABELS,
  statusLabel,
  type ApplicationStatus,
} from './statuses.js';
export { normaliseReference, normaliseEmail, isValidEmail, isValidReference } from './normalise.js';
