/**
 * `tremplin applications import FILE.csv`: reads the file, reports every rejected line, imports
 * the valid ones in batches (one transaction each, so an interrupted import keeps whole
 * batches) and prints a summary. Exit code 0 when every line went in, 1 when some were
 * rejected, 2 when the file is unusable.
 */
import { applicationsErrors } from '../errors.js';
import { readImportFile, type ImportLine } from './import-file.js';
import { createProgress, type ProgressStream } from './progress.js';
import { STATUS_EXAMPLES } from './statuses.js';
import type { ApplicationStore, UpsertOutcome } from './store.js';

/** Rows per transaction. Default 1 000: large enough to be fast, small enough to show progress. */
export const IMPORT_BATCH_SIZE = 1000;
/** Rejected lines listed one by one; beyond, only their number. Default 100. */
export const MAX_LISTED_REJECTIONS = 100;

/** Upserts `lines` in batches, reporting progress after each; returns the outcome counts. */
export async function importLines(
  store: ApplicationStore,
  lines: readonly ImportLine[],
  onProgress: (done: number) => void = () => undefined,
  batchSize = IMPORT_BATCH_SIZE,
): Promise<Record<UpsertOutcome, number>> {
  const counts: Record<UpsertOutcome, number> = { imported: 0, updated: 0, unchanged: 0, stale: 0 };
  for (let start = 0; start < lines.length; start += batchSize) {
    const outcomes = await store.upsert(lines.slice(start, start + batchSize).map((l) => l.row));
    for (const outcome of outcomes) counts[outcome] += 1;
    onProgress(Math.min(lines.length, start + batchSize));
  }
  return counts;
}

/** Streams and clock of the import command. */
export interface ImportCommandContext {
  store: ApplicationStore;
  stdout: NodeJS.WritableStream;
  stderr: ProgressStream;
  now: () => Date;
  /** Recorded as the author of the history entries the import adds. */
  author?: string;
}

const number = new Intl.NumberFormat('fr-FR');
const seconds = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** Runs the import of `file`; returns the exit code. */
export async function runImport(file: string, context: ImportCommandContext): Promise<number> {
  const started = performance.now();
  const read = await readImportFile(file, { now: context.now(), ...(context.author ? { author: context.author } : {}) });
  if (!read.ok) {
    context.stderr.write(`${read.error}\n`);
    return 2;
  }
  const { lines, rejected } = read;
  for (const r of rejected.slice(0, MAX_LISTED_REJECTIONS)) context.stderr.write(`${applicationsErrors.lineRejected(r.line, r.reasons)}\n`);
  if (rejected.length > MAX_LISTED_REJECTIONS) context.stderr.write(`${applicationsErrors.moreRejected(rejected.length - MAX_LISTED_REJECTIONS)}\n`);
  if (rejected.some((r) => r.unknownStatus)) context.stderr.write(`${applicationsErrors.acceptedStatuses(STATUS_EXAMPLES)}\n`);

  const progress = createProgress(context.stderr, lines.length);
  let counts: Record<UpsertOutcome, number>;
  try {
    counts = await importLines(context.store, lines, (done) => progress.update(done));
  } finally {
    progress.stop();
  }
  const elapsed = (performance.now() - started) / 1000;
  const total = lines.length + rejected.length;
  const out = [
    `Import terminé en ${seconds.format(elapsed)} s : ${number.format(lines.length)} ${lines.length > 1 ? 'lignes valides' : 'ligne valide'} sur ${number.format(total)}.`,
    `  importées     : ${number.format(counts.imported)}`,
    `  mises à jour  : ${number.format(counts.updated)}`,
    `  inchangées    : ${number.format(counts.unchanged)}`,
    ...(counts.stale > 0 ? [`  ignorées      : ${number.format(counts.stale)} (la base a un changement plus récent)`] : []),
    `  rejetées      : ${number.format(rejected.length)}`,
  ];
  context.stdout.write(`${out.join('\n')}\n`);
  return rejected.length > 0 ? 1 : 0;
}
