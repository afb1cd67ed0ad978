/**
 * What both stores do when they open, after their SQL: refuse a pepper that does not match
 * the database (every candidate would silently fail verification), and say what the
 * migrations did.
 */
import type { Logger } from '../logger.js';
import { applicationsErrors, TremplinError } from '../errors.js';
import type { ApplicationKeys } from './keys.js';
import type { Migration } from './migrations.js';

/** What opening either store needs besides where the data is. */
export interface StoreOpening {
  keys: ApplicationKeys;
  logger: Logger;
  /** Where the pepper came from, named in the error when it does not match the database's. */
  pepperSource: string;
  /** The clock for creation dates and `set` without a date. Default: the system clock. */
  now?: () => Date;
  /** The schema. Default `MIGRATIONS`; tests pass a longer list to check upgrades. */
  migrations?: readonly Migration[];
}

/**
 * Throws when the database was filled with another pepper than `keys`' (a lost pepper file,
 * instances configured differently). `stored` is the fingerprint read back after recording
 * ours for an empty database.
 */
export function checkFingerprint(stored: string | undefined, keys: ApplicationKeys, pepperSource: string): void {
  if (stored !== undefined && stored !== keys.fingerprint) {
    throw new TremplinError('applications_pepper_mismatch', applicationsErrors.pepperMismatch(pepperSource));
  }
}

/** Logs applied migrations, and warns when the database is newer than this code. */
export function logMigrations(
  logger: Logger,
  kind: 'sqlite' | 'postgres',
  alreadyApplied: readonly number[],
  applied: readonly Migration[],
  known: readonly Migration[],
): void {
  if (applied.length > 0) {
    logger.info({ kind, versions: applied.map((m) => m.version) }, 'applications: database schema updated');
  }
  const latest = Math.max(0, ...known.map((m) => m.version));
  const newer = alreadyApplied.filter((v) => v > latest);
  if (newer.length > 0) logger.warn({ kind, versions: newer }, applicationsErrors.newerSchema(latest));
}
