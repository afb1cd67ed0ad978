/**
 * Which files under the knowledge folder are entries: everything below `offers/`, `faq/` and
 * `organisations/` (sub-folders included), except drafts, READMEs, hidden files and the
 * temporary files editors leave behind. A file with another extension is NOT skipped here: it
 * is listed so that the loader reports it instead of silently ignoring HR's work.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { KIND_FOLDERS, KINDS, type Kind } from './schemas.js';

/** Extensions of knowledge files. Anything else in a kind folder is reported as a problem. */
export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'] as const;

/** Folder names never served, at any depth: drafts (`drafts/`, Jekyll's `_drafts/`). */
const DRAFT_FOLDERS = new Set(['drafts', '_drafts']);

/**
 * Editor and system leftovers: backups (`x.md~`), Emacs autosaves (`#x.md#`), vim swap files
 * and its write test (`4913`), JetBrains safe-write copies, OS metadata. Dotfiles (`.#x.md`,
 * `.x.md.swp`, `.DS_Store`) are skipped by their leading dot.
 */
const TEMPORARY_FILE = /(~|\.sw[a-p]|\.tmp|___jb_(tmp|old)___)$|^#.*#$|^4913$|^(Thumbs\.db|desktop\.ini)$/i;

const FOLDER_KINDS = new Map<string, Kind>(KINDS.map((kind) => [KIND_FOLDERS[kind], kind]));

/** `a\\b` → `a/b`, so paths read the same on every system. */
export function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}

/** True for a file or folder name that is never read: hidden, draft folder, editor leftover. */
function isSkippedName(name: string, isFolder: boolean): boolean {
  if (name.startsWith('.')) return true;
  if (isFolder) return DRAFT_FOLDERS.has(name);
  return TEMPORARY_FILE.test(name) || /^readme\.(md|markdown)$/i.test(name);
}

/**
 * The kind of the entry a file holds, from its folder, or `undefined` when the file is not
 * an entry (outside the three folders, in drafts, README, hidden, editor leftover).
 * @param relative path relative to the knowledge folder, `/` or system separators.
 */
export function kindOfFile(relative: string): Kind | undefined {
  const segments = toPosix(relative).split('/');
  if (segments.length < 2) return undefined;
  const kind = FOLDER_KINDS.get(segments[0]!);
  if (!kind) return undefined;
  const folders = segments.slice(1, -1);
  if (folders.some((name) => isSkippedName(name, true))) return undefined;
  return isSkippedName(segments.at(-1)!, false) ? undefined : kind;
}

/**
 * True when a path below the knowledge folder can be left unwatched: it is neither an entry,
 * nor a folder that holds entries. `isFolder` may be unknown (the watcher asks before stat).
 */
export function isIgnoredPath(relative: string, isFolder?: boolean): boolean {
  const segments = toPosix(relative).split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0) return false;
  if (segments[0]!.startsWith('..')) return true;
  if (!FOLDER_KINDS.has(segments[0]!)) return true;
  if (segments.length === 1) return false;
  const name = segments.at(-1)!;
  if (segments.slice(1, -1).some((s) => isSkippedName(s, true))) return true;
  if (isFolder === true) return isSkippedName(name, true);
  if (isFolder === false) return isSkippedName(name, false);
  return name.startsWith('.') || DRAFT_FOLDERS.has(name) || isSkippedName(name, false);
}

/** True when the file name ends in `.md` or `.markdown` (any case). */
export function hasMarkdownExtension(relative: string): boolean {
  const ext = path.extname(relative).toLowerCase();
  return (MARKDOWN_EXTENSIONS as readonly string[]).includes(ext);
}

/**
 * Every candidate entry file below `dir` (or below `dir/under`), relative to `dir`, sorted.
 * Missing folders are simply empty: a knowledge folder may start with no FAQ at all.
 * @param under a sub-path of `dir` to list only part of it (the watcher's new folders).
 */
export async function listKnowledgeFiles(dir: string, under?: string): Promise<string[]> {
  const roots = under === undefined ? KINDS.map((kind) => KIND_FOLDERS[kind]) : [toPosix(under)];
  const found: string[] = [];
  const walk = async (relativeFolder: string): Promise<void> => {
    let items;
    try {
      items = await readdir(path.join(dir, relativeFolder), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return;
      throw error;
    }
    for (const item of items) {
      const relative = `${relativeFolder}/${item.name}`;
      if (item.isDirectory()) {
        if (!isIgnoredPath(relative, true)) await walk(relative);
      } else if (kindOfFile(relative) !== undefined) {
        found.push(relative);
      }
    }
  };
  for (const root of roots) if (!isIgnoredPath(root, true)) await walk(root);
  return found.sort();
}
