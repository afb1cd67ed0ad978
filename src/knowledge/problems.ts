/**
 * What is wrong with a knowledge file, said so that HR can fix it: the file, the line, the
 * field and what was expected. Printed as `path:line: field: message`, the shape editors and
 * terminals turn into a link to the line.
 */

/** One thing wrong in one knowledge file. */
export interface KnowledgeProblem {
  /** Path relative to the knowledge folder, with `/` separators, e.g. `offers/dinum-dev.md`. */
  readonly path: string;
  /**
   * 1-based line: the front-matter key at fault, the opening `---` for a missing field.
   * Absent when the problem is the whole file (too large, binary, empty…).
   */
  readonly line?: number;
  /** Dotted path of the field at fault, e.g. `salary.bands.1.amount`. Absent for file-level problems. */
  readonly field?: string;
  /** What is wrong and what was expected (see `knowledgeErrors` in src/errors.ts). */
  readonly message: string;
}

/** A problem found inside one file, before we know which file: `path` is added by the caller. */
export type ProblemInFile = Omit<KnowledgeProblem, 'path'>;

/** `path:line: field: message`, leaving out the line or the field when there is none. */
export function formatProblem(problem: KnowledgeProblem): string {
  const where = problem.line === undefined ? problem.path : `${problem.path}:${problem.line}`;
  return problem.field === undefined ? `${where}: ${problem.message}` : `${where}: ${problem.field}: ${problem.message}`;
}

/** Orders problems by file, then line, so a report reads top to bottom. Returns a new array. */
export function sortProblems(problems: readonly KnowledgeProblem[]): KnowledgeProblem[] {
  return [...problems].sort(
    (a, b) =>
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? ''),
  );
}
