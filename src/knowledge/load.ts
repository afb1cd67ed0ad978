/**
 * Loads a whole knowledge folder once: every file read and validated, then checked together.
 * An invalid file never stops the others: it is left out and its problems reported. For a
 * server that follows edits, use `KnowledgeBase` (knowledge-base.ts), built on the same parts.
 */
import { stat } from 'node:fs/promises';
import { knowledgeErrors, TremplinError } from '../errors.js';
import { crossCheck, type LoadedEntry } from './cross-check.js';
import { listKnowledgeFiles } from './files.js';
import { calendarDate } from './open-status.js';
import { sortProblems, type KnowledgeProblem } from './problems.js';
import { readEntries } from './read-entry.js';
import type { Entry } from './schemas.js';

/** Options of `loadKnowledge`. */
export interface LoadOptions {
  /** The clock deciding which offers have passed their closing date. Default: the system clock. */
  now?: () => Date;
  /** Time zone of the files' dates. Default `Europe/Paris`. */
  timeZone?: string;
}

/** A loaded knowledge folder. */
export interface LoadResult {
  /** The valid entries, in path order (closed offers included, with `open: false`). */
  entries: Entry[];
  /** Every problem, by file then line. */
  problems: KnowledgeProblem[];
  /** Every file examined, relative to the folder, in path order (valid or not). */
  files: string[];
  /** The calendar date offers' `open` was computed on (`YYYY-MM-DD`). */
  today: string;
}

/**
 * Reads `dir/offers`, `dir/faq` and `dir/organisations` (any of them may be missing).
 * @throws TremplinError `knowledge_dir_not_found` when `dir` does not exist or is not a folder.
 */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  await assertFolder(dir);
  const today = calendarDate((options.now ?? (() => new Date()))(), options.timeZone);
  const files = await listKnowledgeFiles(dir);
  const results = await readEntries(dir, files, today);
  const problems: KnowledgeProblem[] = [];
  const loaded: LoadedEntry[] = [];
  const examined: string[] = [];
  for (const [relative, result] of results) {
    if (result.gone) continue;
    examined.push(relative);
    problems.push(...result.problems);
    if (result.entry) loaded.push({ entry: result.entry, lines: result.lines });
  }
  const checked = crossCheck(loaded);
  return { entries: checked.entries, problems: sortProblems([...problems, ...checked.problems]), files: examined.sort(), today };
}

/** Throws the `knowledge:` error HR understands when `dir` is not a folder. */
export async function assertFolder(dir: string): Promise<void> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(dir)).isDirectory();
  } catch {
    throw new TremplinError('knowledge_dir_not_found', knowledgeErrors.dirNotFound(dir));
  }
  if (!isFolder) throw new TremplinError('knowledge_dir_not_found', knowledgeErrors.notADirectory(dir));
}
