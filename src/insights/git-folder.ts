/**
 * A folder as git knows it at some commit, written out to another folder: the knowledge
 * "before the edit" for `tremplin knowledge diff` (default: the last commit). Two git calls
 * whatever the number of files: `ls-tree` lists them, one `cat-file --batch` reads them all.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { insightsErrors, TremplinError } from '../errors.js';

const run = promisify(execFile);
const MAX_BUFFER = 512 * 1024 * 1024;

async function git(cwd: string, args: string[]): Promise<string> {
  return (await run('git', args, { cwd, maxBuffer: MAX_BUFFER })).stdout;
}

/** Runs `git cat-file --batch` on `ids`; returns each object's bytes by id. */
function readBlobs(cwd: string, ids: readonly string[]): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    const errors: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => errors.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file: ${Buffer.concat(errors).toString().trim()}`));
      const out = Buffer.concat(chunks);
      const blobs = new Map<string, Buffer>();
      let at = 0;
      while (at < out.length) {
        const end = out.indexOf(10, at);
        const [id, type, size] = out.subarray(at, end).toString().split(' ');
        if (type === 'missing' || size === undefined) return reject(new Error(`git cat-file: ${id} missing`));
        const start = end + 1;
        blobs.set(id!, out.subarray(start, start + Number(size)));
        at = start + Number(size) + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(ids.map((id) => `${id}\n`).join(''));
  });
}

/**
 * Writes the files of `dir` as they are at git revision `ref` into `target` (created), and
 * returns how many. Symbolic links and submodules are left out.
 * @throws TremplinError when `dir` is not in a git work tree, or `ref` does not hold it.
 */
export async function extractGitFolder(dir: string, ref: string, target: string): Promise<number> {
  let prefix: string;
  try {
    prefix = (await git(dir, ['rev-parse', '--show-prefix'])).trim();
  } catch {
    throw new TremplinError('knowledge_diff_not_in_git', insightsErrors.diffNotInGit(dir));
  }
  let listing: string;
  try {
    await git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    listing = await git(dir, ['ls-tree', '-r', '-z', '--full-name', ref, '--', '.']);
  } catch {
    throw new TremplinError('knowledge_diff_unknown_ref', insightsErrors.diffUnknownRef(ref, dir));
  }
  const files = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, full] = line.split('\t') as [string, string];
      const [mode, type, id] = meta.split(' ') as [string, string, string];
      return { mode, type, id, relative: full.slice(prefix.length) };
    })
    .filter((f) => f.type === 'blob' && f.mode !== '120000');
  if (files.length === 0) throw new TremplinError('knowledge_diff_unknown_ref', insightsErrors.diffUnknownRef(ref, dir));
  const blobs = await readBlobs(dir, [...new Set(files.map((f) => f.id))]);
  for (const file of files) {
    const destination = path.join(target, ...file.relative.split('/'));
    await mkdir(path.dirname(destination), { recursive: true });
    await writeFile(destination, blobs.get(file.id)!);
  }
  return files.length;
}
