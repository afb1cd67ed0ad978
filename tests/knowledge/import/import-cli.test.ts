/**
 * `tremplin knowledge import` as HR runs it, through the real `bin/tremplin.js`: the French
 * report, `--json`, `--dry-run`, exit codes, progress on large folders.
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importErrors } from '../../../src/errors.js';
import type { ImportReport } from '../../../src/knowledge/import/index.js';
import { createImportProgress } from '../../../src/knowledge/import/progress.js';
import { makeKnowledgeDir, removeKnowledgeDir } from '../temp-knowledge.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/import');

async function tremplin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/tremplin.js', 'knowledge', 'import', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let out: string;
beforeEach(async () => {
  out = await makeKnowledgeDir();
});
afterEach(async () => {
  await removeKnowledgeDir(out);
});

describe('tremplin knowledge import', () => {
  it('prints one line per page and a summary in French; exit 1 when an offer page is refused', async () => {
    const { code, stdout } = await tremplin(path.join(FIXTURES, 'beta.gouv.fr'), '--out', out);
    const lines = stdout.split('\n');
    expect(lines).toContain(
      'créée       offers/2021-06-01-chargee-deploiement-gras.md ← beta.gouv.fr/_jobs/2021-06-01-chargee-deploiement-gras.md  [fermée ; manque : catégorie, télétravail, candidature, contact]',
    );
    expect(lines).toContain(`écartée     beta.gouv.fr/_jobs/2021-04-30_test.md : ${importErrors.testFile('nom du fichier « 2021-04-30_test.md »')}`);
    expect(stdout).toContain('9 pages lues : 7 offres importées (87,5 % des offres distinctes), dont 7 avec des champs manquants ; 0 doublon écarté ; 1 page qui n’est pas une offre ; 1 refusée.');
    expect(stdout).toContain('Contrôle du dossier (knowledge check) : aucun problème.');
    expect(code).toBe(1);
  });

  it('gives the report as JSON, and exits 0 when every page is imported', async () => {
    const { code, stdout } = await tremplin(path.join(FIXTURES, 'hugo'), '--out', out, '--organisation', 'peren', '--json');
    const report = JSON.parse(stdout) as ImportReport;
    expect(report.files).toEqual([
      expect.objectContaining({ source: 'hugo/content/english/recrutement/data-engineer.md', outcome: 'created', format: 'hugo', target: 'offers/data-engineer.md' }),
    ]);
    expect(report.summary).toMatchObject({ pages: 1, imported: 1, rate: 1 });
    expect(code).toBe(0);
  });

  it('writes nothing with --dry-run', async () => {
    const { stdout } = await tremplin(path.join(FIXTURES, 'jekyll'), '--out', out, '--dry-run');
    expect(stdout).toContain('Essai (--dry-run, rien n’est écrit) : 2 pages lues : 1 offre importée');
    expect(await readdir(out)).toEqual([]);
  });

  it('exits 2 on a folder that does not exist or an unknown format', async () => {
    const missing = await tremplin(path.join(FIXTURES, 'nowhere'), '--out', out);
    expect(missing).toMatchObject({ code: 2, stderr: `${importErrors.sourceNotFound(path.join(FIXTURES, 'nowhere'))}\n` });
    const format = await tremplin(FIXTURES, '--format', 'wordpress');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain(importErrors.badFormat('wordpress', ['beta-gouv-jobs', 'hugo', 'jekyll']));
  });
});

describe('createImportProgress', () => {
  it('prints a line every tenth of a large folder when standard error is not a terminal', () => {
    const stream = new PassThrough();
    const progress = createImportProgress(stream, 200);
    for (let done = 1; done <= 200; done++) progress.update(done);
    progress.stop();
    const lines = String(stream.read()).trim().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('Import : 20 / 200 fichiers (10 %)');
    expect(lines.at(-1)).toBe('Import : 200 / 200 fichiers (100 %)');
  });

  it('shows nothing for a small folder', () => {
    const stream = new PassThrough();
    const progress = createImportProgress(stream, 12);
    progress.update(12);
    expect(stream.read()).toBeNull();
  });
});
