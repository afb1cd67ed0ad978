/**
 * Reads one knowledge file and validates it on its own: encoding, front matter, the zod schema
 * of its kind. Returns the entry when the file is valid, and otherwise every problem found,
 * each with its line and field. Checks that need the other files (duplicate ids, references to
 * organisations) are in `cross-check.ts`.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { knowledgeErrors } from '../errors.js';
import { hasMarkdownExtension, kindOfFile } from './files.js';
import { parseFrontMatter, type FrontMatter } from './front-matter.js';
import { compactEntry } from './compact-entry.js';
import { isOfferOpen } from './open-status.js';
import type { KnowledgeProblem, ProblemInFile } from './problems.js';
import { entryId, SCHEMAS, type Entry, type Kind } from './schemas.js';
import { closestMatch } from './suggest.js';

/** Files larger than this are refused before being read (1 MiB): knowledge files are short texts. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** What reading one file gave. */
export interface ReadEntryResult {
  /** The entry, when the file has no problem of its own. */
  readonly entry?: Entry;
  /** What is wrong with the file on its own; empty when `entry` is set. */
  readonly problems: readonly KnowledgeProblem[];
  /** Line of each top-level field present (`organisation` → 4), for cross-file problems. */
  readonly lines: Readonly<Record<string, number>>;
  /** Identifies this version of the file: an unchanged file gives the same fingerprint. */
  readonly fingerprint: string;
  /** True when the file no longer exists (removed between listing and reading). */
  readonly gone?: boolean;
}

/** The fingerprint of a file's bytes (see `ReadEntryResult.fingerprint`). */
export function fingerprintOf(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * Reads and validates `dir/relative`.
 * @param today `YYYY-MM-DD` on which offers' `open` is computed (see `calendarDate`).
 */
export async function readEntry(dir: string, relative: string, today: string): Promise<ReadEntryResult> {
  const kind = kindOfFile(relative);
  if (!kind || !hasMarkdownExtension(relative)) {
    return { problems: [{ path: relative, message: knowledgeErrors.notMarkdown }], lines: {}, fingerprint: 'not-markdown' };
  }
  const absolute = path.join(dir, relative);
  let bytes: Buffer;
  try {
    const info = await stat(absolute);
    if (info.size > MAX_FILE_BYTES) {
      const problem = { path: relative, message: knowledgeErrors.tooLarge(info.size, MAX_FILE_BYTES) };
      return { problems: [problem], lines: {}, fingerprint: `size:${info.size}:${info.mtimeMs}` };
    }
    bytes = await readFile(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === 'ENOENT') return { problems: [], lines: {}, fingerprint: 'gone', gone: true };
    return { problems: [{ path: relative, message: knowledgeErrors.unreadable(code) }], lines: {}, fingerprint: `error:${code}` };
  }
  const fingerprint = fingerprintOf(bytes);
  const { entry, problems, lines } = parseEntry(relative, kind, bytes, today);
  return { entry, problems: problems.map((p) => ({ path: relative, ...p })), lines, fingerprint };
}

/**
 * Reads several files, a few at a time (so a large folder does not exhaust file handles).
 * @param concurrency files read at once; default 16.
 */
export async function readEntries(
  dir: string,
  files: readonly string[],
  today: string,
  concurrency = 16,
): Promise<Map<string, ReadEntryResult>> {
  const results = new Map<string, ReadEntryResult>();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const relative = files[next++]!;
      results.set(relative, await readEntry(dir, relative, today));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return results;
}

/**
 * Validates the bytes of one file of `kind`. Pure: the same bytes always give the same result.
 * @param relative the file's path relative to the knowledge folder (gives the default id).
 */
export function parseEntry(
  relative: string,
  kind: Kind,
  bytes: Uint8Array,
  today: string,
): { entry?: Entry; problems: ProblemInFile[]; lines: Record<string, number> } {
  const decoded = decodeText(bytes);
  if (typeof decoded !== 'string') return { problems: [decoded], lines: {} };
  const { frontMatter, problems } = parseFrontMatter(decoded);
  if (!frontMatter) return { problems, lines: {} };

  const lines = Object.fromEntries(Object.keys(frontMatter.data).map((key) => [key, frontMatter.lineOf([key])]));
  const schema = SCHEMAS[kind];
  const parsed = schema.safeParse(frontMatter.data);
  if (!parsed.success) problems.push(...parsed.error.issues.flatMap((issue) => issueProblems(issue, frontMatter, kind)));

  const data = (parsed.data ?? {}) as z.infer<(typeof SCHEMAS)[Kind]>;
  const fileName = path.posix.basename(relative).replace(/\.[^.]*$/, '');
  if (frontMatter.data.id === undefined && !entryId.safeParse(fileName).success) {
    problems.push({ line: 1, field: 'id', message: knowledgeErrors.invalidFileNameId(fileName) });
  }
  const body = frontMatter.body.trim();
  if ((kind === 'faq' || kind === 'term') && body === '') {
    const message = kind === 'faq' ? knowledgeErrors.emptyAnswer : knowledgeErrors.emptyExplanation;
    problems.push({ line: frontMatter.closingLine, field: 'body', message });
  }
  if (problems.length > 0 || !parsed.success) return { problems, lines };

  const base = { ...data, id: data.id ?? fileName, kind, lang: data.lang, path: relative, body };
  const entry = (kind === 'offer' ? { ...base, open: isOfferOpen(base as Parameters<typeof isOfferOpen>[0], today) } : base) as Entry;
  return { entry: compactEntry(entry), problems, lines };
}

/**
 * The text of a file, BOM removed and line ends made `\n`, or the problem that prevents
 * reading it as text: empty, UTF-16, binary (NUL bytes), not UTF-8 (with the first bad line).
 */
function decodeText(bytes: Uint8Array): string | ProblemInFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { message: knowledgeErrors.utf16 };
  }
  if (bytes.includes(0)) return { message: knowledgeErrors.binary };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { line: firstInvalidLine(bytes), message: knowledgeErrors.notUtf8 };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return text.trim() === '' ? { message: knowledgeErrors.empty } : text;
}

/** The 1-based line holding the first byte sequence that is not UTF-8 (a newline byte never is part of one). */
function firstInvalidLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    try {
      decoder.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
    } catch {
      return line;
    }
    if (end === -1) return line;
    start = end + 1;
  }
}

/** Longest value quoted back in a message; longer ones are cut with `…`. */
const MAX_QUOTED = 60;

/** The problems one zod issue stands for, each on the line of the field at fault. */
function issueProblems(issue: z.core.$ZodIssue, frontMatter: FrontMatter, kind: Kind): ProblemInFile[] {
  const at = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const known = at.length === 0 ? Object.keys(SCHEMAS[kind].shape) : [];
    return issue.keys.map((key) => ({
      line: frontMatter.lineOf([...at, key]),
      field: [...at, key].join('.'),
      message: knowledgeErrors.unknownField(closestMatch(key, known)),
    }));
  }
  const missing = firstMissingKey(frontMatter.data, at);
  if (missing !== undefined) {
    const field = at.slice(0, missing + 1);
    const shape = SCHEMAS[kind].shape as Record<string, z.ZodType>;
    const nullable = missing === 0 && shape[String(field[0])]?.safeParse(null).success === true;
    const hint = issue.code === 'custom' ? issue.message : undefined;
    return [{ line: frontMatter.lineOf(field), field: field.join('.'), message: knowledgeErrors.missingField(nullable, hint) }];
  }
  const value = valueAt(frontMatter.data, at);
  const found =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value).length > MAX_QUOTED
        ? `${String(value).slice(0, MAX_QUOTED - 1)}…`
        : String(value)
      : undefined;
  return [
    {
      line: frontMatter.lineOf(at),
      field: at.length > 0 ? at.join('.') : undefined,
      message: knowledgeErrors.invalidValue(issue.message, found),
    },
  ];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Index in `at` of the first key absent from a map the file does contain (`salary.basis` when
 * `salary` has no `basis`), or `undefined` when the value is there (then it is wrong, not missing).
 */
function firstMissingKey(data: unknown, at: readonly (string | number)[]): number | undefined {
  let node = data;
  for (let i = 0; i < at.length; i++) {
    const key = at[i]!;
    if (isRecord(node)) {
      if (!Object.hasOwn(node, String(key))) return i;
      node = node[String(key)];
    } else if (Array.isArray(node) && typeof key === 'number') {
      node = node[key];
    } else {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The raw value at `at`. A single value where the schema wanted a list or a map (`contract:
 * CDX`, `remote: sometimes`) is what HR wrote, so it is returned for the deeper path too.
 */
function valueAt(data: unknown, at: readonly (string | number)[]): unknown {
  let node = data;
  for (const key of at) {
    if (isRecord(node)) node = node[String(key)];
    else if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else return typeof node === 'object' ? undefined : node;
  }
  return node;
}
