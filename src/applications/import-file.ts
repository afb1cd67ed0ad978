/**
 * Reads a recruiter's CSV of applications (`reference,email,offer,status,updated_at`) into
 * valid rows and rejected lines, each with its line number and every reason, so one bad line
 * never stops the others.
 *
 * Made for files that come out of spreadsheets and Démarches Simplifiées exports: UTF-8 with
 * or without BOM, or Windows-1252 (Excel's "CSV" on French Windows); `,` or `;` separators
 * (guessed from the header); columns in any order; CRLF line ends. Each record is one line (no
 * field of this format holds a line break), so a stray quote spoils its own line only.
 */
import { promises as fs } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { applicationsErrors, applicationsLineProblems } from '../errors.js';
import { maskEmails } from '../logger.js';
import { parseImportDate } from './dates.js';
import { displayReference, isValidEmail, MAX_OFFER_LENGTH, MAX_REFERENCE_LENGTH, normaliseReference } from './normalise.js';
import { parseStatus } from './statuses.js';
import type { ApplicationImport } from './store.js';

/** The columns an import file must have, in the order we document them. */
export const IMPORT_COLUMNS = ['reference', 'email', 'offer', 'status', 'updated_at'] as const;
type Column = (typeof IMPORT_COLUMNS)[number];

/** A valid line, ready for `ApplicationStore.upsert`. */
export interface ImportLine {
  /** Line number in the file (the header is line 1). */
  line: number;
  row: ApplicationImport;
}

/** A line that cannot be imported, and why (French, for the recruiter). */
export interface RejectedLine {
  line: number;
  reasons: string[];
  /** True when one of the reasons is an unknown status (the summary then lists the valid ones). */
  unknownStatus: boolean;
}

/** The file, read: either unusable as a whole (`error`), or split into valid and rejected lines. */
export type ImportFile =
  | { ok: true; lines: ImportLine[]; rejected: RejectedLine[] }
  | { ok: false; error: string };

/** Options of `readImportFile`. */
export interface ReadImportOptions {
  /** Dates later than this (plus a day for clocks and time zones) are refused. */
  now: Date;
  /** Recorded as the author of the history entries the import adds. Default none. */
  author?: string;
}

const DAY_MS = 86_400_000;

function decode(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

function guessDelimiter(header: string): string {
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
}

/** The fields of one line, or `undefined` when its quotes make it unreadable. */
function fields(line: string, delimiter: string): string[] | undefined {
  if (!line.includes('"')) return line.split(delimiter).map((f) => f.trim());
  try {
    const records = parse(line, { delimiter, relax_column_count: true, trim: true }) as string[][];
    return records[0] ?? [];
  } catch {
    return undefined;
  }
}

/** Checks one line's fields; returns the row, or every reason it is refused. */
function checkLine(values: Record<Column, string>, options: ReadImportOptions): ApplicationImport | { reasons: string[]; unknownStatus: boolean } {
  const problems = applicationsLineProblems;
  const missing = IMPORT_COLUMNS.filter((c) => values[c] === '');
  const reasons: string[] = missing.length > 0 ? [problems.missingFields(missing)] : [];
  const { reference, email, offer, status: statusText, updated_at: dateText } = values;
  if (reference && (normaliseReference(reference) === '' || displayReference(reference).length > MAX_REFERENCE_LENGTH)) {
    reasons.push(problems.referenceTooLong(MAX_REFERENCE_LENGTH));
  }
  if (email && !isValidEmail(email)) reasons.push(problems.badEmail());
  if (offer.length > MAX_OFFER_LENGTH) reasons.push(problems.offerTooLong(MAX_OFFER_LENGTH));
  const status = statusText ? parseStatus(statusText) : undefined;
  const unknownStatus = Boolean(statusText) && !status;
  if (unknownStatus) reasons.push(problems.unknownStatus(statusText));
  const updatedAt = dateText ? parseImportDate(dateText) : undefined;
  if (dateText && !updatedAt) reasons.push(problems.badDate(dateText));
  else if (updatedAt && updatedAt.getTime() > options.now.getTime() + DAY_MS) reasons.push(problems.futureDate(dateText));
  if (reasons.length > 0 || !status || !updatedAt) return { reasons, unknownStatus };
  return { reference, email, offerId: offer, status, updatedAt, ...(options.author ? { author: options.author } : {}) };
}

/**
 * Reads `file`. Whole-file problems (missing, empty, wrong header) come back as `error`, a
 * message naming what is expected; line problems as `rejected` entries.
 */
export async function readImportFile(file: string, options: ReadImportOptions): Promise<ImportFile> {
  let buffer: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, error: applicationsErrors.notAFile(file) };
    buffer = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, error: applicationsErrors.fileNotFound(file) };
    return { ok: false, error: applicationsErrors.fileUnreadable(file, (error as Error).message) };
  }
  const text = decode(buffer).replace(/^\uFEFF/, '');
  const physical = text.split(/\r\n|\n|\r/);
  const headerIndex = physical.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) return { ok: false, error: applicationsErrors.fileEmpty(file) };
  const headerLine = physical[headerIndex]!;
  const delimiter = guessDelimiter(headerLine);
  const header = (fields(headerLine, delimiter) ?? []).map((h) => h.toLowerCase());
  const positions = new Map(header.map((name, index) => [name, index]));
  const complete = IMPORT_COLUMNS.every((c) => positions.has(c)) && header.length === IMPORT_COLUMNS.length;
  if (!complete) {
    const found = maskEmails(headerLine.trim()).slice(0, 120);
    return { ok: false, error: applicationsErrors.wrongHeader(file, found, IMPORT_COLUMNS.join(',')) };
  }

  const lines: ImportLine[] = [];
  const rejected: RejectedLine[] = [];
  for (let index = headerIndex + 1; index < physical.length; index += 1) {
    const raw = physical[index]!;
    if (raw.trim() === '') continue;
    const line = index + 1;
    const values = fields(raw, delimiter);
    if (!values) {
      rejected.push({ line, reasons: [applicationsLineProblems.unreadable()], unknownStatus: false });
      continue;
    }
    if (values.length !== IMPORT_COLUMNS.length) {
      rejected.push({ line, reasons: [applicationsLineProblems.columnCount(values.length, IMPORT_COLUMNS.length)], unknownStatus: false });
      continue;
    }
    const byName = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, values[positions.get(c)!] ?? ''])) as Record<Column, string>;
    const checked = checkLine(byName, options);
    if ('reasons' in checked) rejected.push({ line, ...checked });
    else lines.push({ line, row: checked });
  }
  return { ok: true, lines, rejected };
}
