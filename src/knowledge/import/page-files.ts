/**
 * The pages under the folders given to the import, and their text. A page is any file that
 * is not obviously something else (images, data, licences, manifests, READMEs, hidden files):
 * real folders hold pages without `.md` (`2019-02-11-dev-e-controle`), with a typo (`.mdr`) or
 * with spaces, accents and `@` in their names. Text is decoded as UTF-8 (Windows-1252 when it
 * is not), BOM removed, line ends made `\n`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { importErrors } from '../../errors.js';

/** Files larger than this are not pages (1 MiB). */
export const MAX_PAGE_BYTES = 1024 * 1024;

/** Extensions of files that are never pages. */
const NOT_PAGES = /\.(png|jpe?g|gif|svg|webp|ico|pdf|zip|gz|tgz|tsv|csv|json|ya?ml|toml|xml|js|mjs|ts|css|scss|sass|lock|woff2?|ttf|eot|mp4|webm|mp3|docx?|xlsx?|odt|ods|pptx?)$/i;
/** File names that are never pages. */
const NOT_PAGE_NAMES = /^(readme(\.(md|markdown|txt))?|license.*|licence.*|copying.*|manifest\.tsv|changelog(\.md)?|contributing(\.md)?|\.ds_store|thumbs\.db)$/i;

/** One file found under an imported folder. */
export interface PageFile {
  /** Absolute path. */
  readonly absolute: string;
  /** Path shown and recorded: the imported folder's name, then the path inside it (`/`); for a single file, its folder's name then its name. */
  readonly relative: string;
  /** When the file is not a page, why (it is then listed as ignored). */
  readonly ignored?: string;
}

/**
 * Every file under `source` (a folder or one file), sorted by path, pages and ignored files alike.
 * @throws Error with `importErrors.sourceNotFound` when `source` does not exist.
 */
export async function listPageFiles(source: string): Promise<PageFile[]> {
  const absolute = path.resolve(source);
  const info = await stat(absolute).catch(() => undefined);
  if (!info) throw new Error(importErrors.sourceNotFound(source));
  if (!info.isDirectory()) {
    // A single file is recorded as the import of its folder would record it: `_jobs/x.md`.
    const relative = `${path.basename(path.dirname(absolute))}/${path.basename(absolute)}`;
    return [{ absolute, relative, ...ignoredWhy(path.basename(absolute)) }];
  }
  const root = path.basename(absolute);
  const found: PageFile[] = [];
  const walk = async (folder: string, relative: string): Promise<void> => {
    const items = await readdir(folder, { withFileTypes: true });
    for (const item of items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (item.name.startsWith('.')) continue;
      const childRelative = `${relative}/${item.name}`;
      const child = path.join(folder, item.name);
      if (item.isDirectory()) {
        if (item.name !== 'node_modules') await walk(child, childRelative);
      } else if (item.isFile()) {
        found.push({ absolute: child, relative: childRelative, ...ignoredWhy(item.name, relative === root) });
      }
    }
  };
  await walk(absolute, root);
  return found;
}

/** Why a file is not a page, if it is not. A README is the folder's notice at the top, a page below (GitBook). */
function ignoredWhy(name: string, atTop = true): { ignored?: string } {
  if (NOT_PAGE_NAMES.test(name) && (atTop || !/^readme\.(md|markdown)$/i.test(name))) return { ignored: 'pas une page (fichier du dépôt)' };
  if (NOT_PAGES.test(name)) return { ignored: `pas une page (${path.extname(name).slice(1).toLowerCase()})` };
  return {};
}

/** A page's text, or why it cannot be read; `notes` says what was converted. */
export type PageText = { readonly text: string; readonly notes: readonly string[] } | { readonly error: string };

/** Reads a page's text (see the file comment). */
export async function readPageText(absolute: string): Promise<PageText> {
  let bytes: Buffer;
  try {
    const info = await stat(absolute);
    if (info.size > MAX_PAGE_BYTES) return { error: importErrors.tooLarge(info.size) };
    bytes = await readFile(absolute);
  } catch (error) {
    return { error: importErrors.unreadable((error as NodeJS.ErrnoException).code ?? String(error)) };
  }
  if (bytes.includes(0)) return { error: importErrors.binary };
  const notes: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    notes.push(importErrors.notUtf8);
  }
  text = text.replace(/^\uFEFF/, '');
  if (/\r\n?/.test(text)) {
    text = text.replace(/\r\n?/g, '\n');
    notes.push(importErrors.crlf);
  }
  return { text, notes };
}
