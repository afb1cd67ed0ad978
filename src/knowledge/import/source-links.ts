/**
 * A real, checkable address for each imported page, so that the bot cites the page itself and
 * not the site's home page. The page's own address comes first (its front matter's `url`,
 * `permalink`, `lien`… when absolute, written as the entry's `url`: see `convertPage`); the
 * address built from the template HR gives with `--source-url` is written as `source.url` (a
 * page to read, not where to apply), filled for each page:
 *
 * - `{path}`: the page's path inside the imported folder (`_jobs/2022-01-10-dev.md`);
 * - `{repo_path}` and `{commit}`: the page's path in its repository and the commit it was taken
 *   from, read from a `MANIFEST.tsv` at the top of the imported folder (columns `file`,
 *   `repo_path`, `commit`, tab-separated, header first). A page the manifest does not list gets
 *   no address: none is ever guessed.
 *
 * `github:OWNER/NAME` is short for `https://github.com/OWNER/NAME/blob/{commit}/{repo_path}`:
 * the page as it was in that commit, which anyone can open.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importErrors } from '../../errors.js';

/** Where a page of the imported folder was taken from, as its manifest states it. */
interface ManifestRow {
  readonly repoPath: string;
  readonly commit: string;
}

/** The placeholders a template may use. */
const PLACEHOLDERS = /\{(path|repo_path|commit)\}/g;

/** The template `github:OWNER/NAME` stands for. */
export function expandTemplate(template: string): string {
  const github = /^github:([\w.-]+\/[\w.-]+)$/.exec(template.trim());
  return github ? `https://github.com/${github[1]}/blob/{commit}/{repo_path}` : template.trim();
}

/**
 * Checks a `--source-url` template: an http(s) address once filled, with known placeholders.
 * @returns the expanded template, or the error to show.
 */
export function checkTemplate(template: string): { template: string } | { error: string } {
  const expanded = expandTemplate(template);
  const unknown = [...expanded.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!).filter((name) => !['path', 'repo_path', 'commit'].includes(name));
  if (unknown.length > 0 || !/^https?:\/\/[^\s/]+/.test(expanded)) return { error: importErrors.badSourceUrl(template) };
  return { template: expanded };
}

/** The rows of `MANIFEST.tsv` in `folder`, by page path inside the folder; empty when there is none. */
async function readManifest(folder: string): Promise<Map<string, ManifestRow>> {
  const text = await readFile(path.join(folder, 'MANIFEST.tsv'), 'utf8').catch(() => undefined);
  const rows = new Map<string, ManifestRow>();
  if (text === undefined) return rows;
  const [header, ...lines] = text.split(/\r?\n/);
  const columns = (header ?? '').split('\t').map((c) => c.trim().toLowerCase());
  const [file, repoPath, commit] = ['file', 'repo_path', 'commit'].map((name) => columns.indexOf(name));
  if (file! < 0 || repoPath! < 0 || commit! < 0) return rows;
  for (const line of lines) {
    const cells = line.split('\t');
    const row = { repoPath: cells[repoPath!]?.trim() ?? '', commit: cells[commit!]?.trim() ?? '' };
    if (cells[file!] && row.repoPath !== '' && /^[0-9a-f]{7,40}$/i.test(row.commit)) rows.set(cells[file!]!.trim(), row);
  }
  return rows;
}

/** A path made part of an address, each segment encoded (`mobilic recrute un·e dev.md`). */
const encodePath = (p: string) => p.split('/').map(encodeURIComponent).join('/');

/**
 * The function giving the address of each page of the imported folder `source`, from the
 * checked `template` (see `checkTemplate`); without a template, no page gets one.
 */
export async function sourceLinks(source: string, template: string | undefined): Promise<(pathInFolder: string) => string | undefined> {
  if (template === undefined) return () => undefined;
  const needsManifest = /\{(repo_path|commit)\}/.test(template);
  const manifest = needsManifest ? await readManifest(path.resolve(source)) : new Map<string, ManifestRow>();
  return (pathInFolder) => {
    const row = manifest.get(pathInFolder);
    if (needsManifest && !row) return undefined;
    const values: Record<string, string> = { path: encodePath(pathInFolder), repo_path: row ? encodePath(row.repoPath) : '', commit: row?.commit ?? '' };
    return template.replace(PLACEHOLDERS, (_, name: string) => values[name]!);
  };
}
