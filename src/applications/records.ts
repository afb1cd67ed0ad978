/**
 * The rows both stores keep, checked the same way and turned into the public types the same
 * way, so SQLite and PostgreSQL differ only in their SQL.
 */
import { applicationsErrors, TremplinError } from '../errors.js';
import {
  isValidEmail,
  isValidReference,
  MAX_NOTE_LENGTH,
  MAX_OFFER_LENGTH,
} from './normalise.js';
import { isApplicationStatus, type ApplicationStatus } from './statuses.js';
import type { Application, ApplicationImport, CandidateApplication, SetStatusOptions } from './store.js';

/** A row of the `applications` table; times in milliseconds since 1970. */
export interface StoredApplication {
  referenceKey: string;
  reference: string;
  offerId: string;
  status: ApplicationStatus;
  emailSalt: string;
  emailHash: string;
  createdAt: number;
  updatedAt: number;
}

/** A row of the `application_history` table. */
export interface HistoryRow {
  referenceKey: string;
  status: ApplicationStatus;
  at: number;
  note: string | null;
  author: string | null;
}

/** The recruiter's view from the stored row and its history rows (oldest first). */
export function toApplication(row: StoredApplication, history: readonly HistoryRow[]): Application {
  return {
    reference: row.reference,
    offerId: row.offerId,
    status: row.status,
    history: history.map((h) => ({
      status: h.status,
      at: new Date(h.at),
      ...(h.note !== null ? { note: h.note } : {}),
      ...(h.author !== null ? { author: h.author } : {}),
    })),
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
}

/** What the candidate may see: the recruiter's view without authors nor creation date. */
export function toCandidateApplication(application: Application): CandidateApplication {
  return {
    reference: application.reference,
    offerId: application.offerId,
    status: application.status,
    history: application.history.map(({ author: _author, ...change }) => change),
    updatedAt: application.updatedAt,
  };
}

const invalid = (problem: string): TremplinError =>
  new TremplinError('applications_invalid_input', applicationsErrors.invalidInput(problem));

function checkDate(date: Date | undefined, what: string): void {
  if (date !== undefined && !(date instanceof Date && Number.isFinite(date.getTime()))) throw invalid(what);
}

function checkOptionalText(value: string | undefined, max: number, what: string): void {
  if (value !== undefined && (typeof value !== 'string' || value.length > max)) throw invalid(what);
}

/** Throws a `TremplinError` unless the import row is complete and well formed. */
export function checkImport(row: ApplicationImport): void {
  if (!isValidReference(row.reference)) throw invalid('reference');
  if (!isValidEmail(row.email)) throw invalid('email');
  if (!row.offerId?.trim() || row.offerId.trim().length > MAX_OFFER_LENGTH) throw invalid('offerId');
  if (!isApplicationStatus(row.status)) throw invalid('status');
  checkDate(row.updatedAt, 'updatedAt');
  if (row.updatedAt === undefined) throw invalid('updatedAt');
  checkOptionalText(row.author, MAX_OFFER_LENGTH, 'author');
}

/** Throws a `TremplinError` unless a recruiter's status change is well formed. */
export function checkSet(reference: string, status: ApplicationStatus, options: SetStatusOptions): void {
  if (!isValidReference(reference)) throw invalid('reference');
  if (!isApplicationStatus(status)) throw invalid('status');
  checkOptionalText(options.note, MAX_NOTE_LENGTH, 'note');
  checkOptionalText(options.author, MAX_OFFER_LENGTH, 'author');
  checkDate(options.at, 'at');
}

/** A note or author as stored: trimmed, `null` when blank. */
export function optionalText(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
