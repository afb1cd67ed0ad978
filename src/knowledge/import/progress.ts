/**
 * Progress of a large import on standard error, so that standard output keeps the report:
 * the same display as the applications import (a live bar in a terminal, a line every tenth
 * otherwise), counting files. Small folders show nothing.
 */
import { createProgress, type Progress, type ProgressStream } from '../../applications/progress.js';

export type { ProgressStream };

/** Receives how many files are done; `stop` ends the display. */
export type ImportProgress = Progress;

/** Files from which progress is shown. Default 100: below, the import ends in a blink. */
export const IMPORT_PROGRESS_THRESHOLD = 100;

/** A progress display for `total` files on `stream`, silent below `threshold`. */
export function createImportProgress(stream: ProgressStream, total: number, threshold = IMPORT_PROGRESS_THRESHOLD): ImportProgress {
  return createProgress(stream, total, threshold, 'fichiers');
}
