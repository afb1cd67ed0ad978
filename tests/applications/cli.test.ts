/**
 * `tremplin applications …` as recruiters run it: real child processes (`bin/tremplin.js`),
 * real CSV files in a temporary folder, a real SQLite database in a temporary data folder.
 * Variants of an error message run in-process (`runApplicationsCli`, the same code without
 * the half second a process costs) to keep the suite fast.
 */
import { execFile } from 'node:child_process';
import { Writable } from 'node:stream';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { applicationsErrors, applicationsLineProblems } from '../../src/errors.js';
import { createLogger } from '../../src/logger.js';
import { runApplicationsCli } from '../../src/applications/cli.js';
import { openApplicationStore } from '../../src/applications/open.js';
import { STATUS_EXAMPLES } from '../../src/applications/statuses.js';
import { IMPORT_BATCH_SIZE } from '../../src/applications/import-command.js';
import { PROGRESS_THRESHOLD } from '../../src/applications/progress.js';

const BIN = fileURLToPath(new URL('../../bin/tremplin.js', import.meta.url));
const root = mkdtempSync(path.join(os.tmpdir(), 'tremplin-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const HEADER = 'reference,email,offer,status,updated_at';
let folders = 0;

/** A new data folder and a way to run the command line on it. */
function workspace() {
  folders += 1;
  const dir = path.join(root, `w${folders}`);
  const dataDir = path.join(dir, 'data');
  mkdirSync(dir);
  const csv = (name: string, lines: string[]) => {
    const file = path.join(dir, name);
    writeFileSync(file, lines.length ? `${lines.join('\n')}\n` : '');
    return file;
  };
  const cli = (...args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [BIN, 'applications', ...args],
        { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'info' }, maxBuffer: 16 * 1024 * 1024 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  /** The same command in this process. */
  const inProcess = async (...args: string[]) => {
    const out = { stdout: '', stderr: '' };
    const sink = (key: 'stdout' | 'stderr') =>
      new Writable({
        write(chunk, _encoding, done) {
          out[key] += String(chunk);
          done();
        },
      });
    const code = await runApplicationsCli(args, { config: { dataDir, logLevel: 'silent' }, stdout: sink('stdout'), stderr: sink('stderr') });
    return { code, ...out };
  };
  return { dir, dataDir, csv, cli, inProcess };
}

/** `n` days before now, as an import date. */
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
/** Numbers as the summary prints them (French thin-space thousands). */
const summary = (label: string, count: number) => new RegExp(`${label}\\s*: ${new Intl.NumberFormat('fr-FR').format(count)}\\n`);

describe.concurrent('tremplin applications import', () => {
  it('imports the valid lines of a file with broken ones, naming each broken line and why', async () => {
    const { csv, cli } = workspace();
    const file = csv('mixed.csv', [
      HEADER,
      `DS-1,alice@example.fr,dev-dinum,en_instruction,${daysAgo(3)}`,
      `DS-2,"bob@example.fr,dev-dinum,reçue,${daysAgo(3)}`,
      `DS-3,carol@example.fr,dev-dinum,reçue`,
      `DS-4,dan.sans.arobase.example.fr,dev-dinum,reçue,${daysAgo(3)}`,
      `DS-5,eve@example.fr,,reçue,${daysAgo(3)}`,
      `DS-6,fred@example.fr,"data, IA",entretien,${daysAgo(2)}`,
      `DS-7,gus@example.fr,dev-dinum,reçue,31/02/2024`,
    ]);
    const { code, stdout, stderr } = await cli('import', file);
    expect(code).toBe(1);
    const p = applicationsLineProblems;
    expect(stderr.split('\n').filter((l) => l.includes('rejetée'))).toEqual([
      applicationsErrors.lineRejected(3, [p.unreadable()]),
      applicationsErrors.lineRejected(4, [p.columnCount(4, 5)]),
      applicationsErrors.lineRejected(5, [p.badEmail()]),
      applicationsErrors.lineRejected(6, [p.missingFields(['offer'])]),
      applicationsErrors.lineRejected(8, [p.badDate('31/02/2024')]),
    ]);
    expect(stderr).not.toContain('dan.sans.arobase');
    expect(stdout).toMatch(summary('importées', 2));
    expect(stdout).toMatch(summary('rejetées', 5));
    const shown = await cli('show', 'ds-6');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Offre               : data, IA');
    expect(shown.stdout).toContain('Statut              : entretien');
  });

  it('rejects an unknown status and lists the accepted ones', async () => {
    const { csv, cli } = workspace();
    const file = csv('status.csv', [HEADER, `DS-1,a@example.fr,dev,peut-être,${daysAgo(1)}`, `DS-2,b@example.fr,dev,sans_suite,${daysAgo(1)}`]);
    const { code, stdout, stderr } = await cli('import', file);
    expect(code).toBe(1);
    expect(stderr).toContain(applicationsErrors.lineRejected(2, [applicationsLineProblems.unknownStatus('peut-être')]));
    expect(stderr).toContain(applicationsErrors.acceptedStatuses(STATUS_EXAMPLES));
    expect(stdout).toMatch(summary('importées', 1));
  });

  it('refuses an empty file, a wrong header and a missing file with exit code 2', async () => {
    const { csv, cli, dir, inProcess } = workspace();
    const empty = csv('empty.csv', []);
    expect(await cli('import', empty)).toMatchObject({ code: 2, stderr: `${applicationsErrors.fileEmpty(empty)}\n` });
    const wrong = csv('wrong.csv', ['ref,mail,offre,statut,date', `DS-1,a@example.fr,dev,reçue,${daysAgo(1)}`]);
    const result = await cli('import', wrong);
    expect(result).toMatchObject({ code: 2, stderr: `${applicationsErrors.wrongHeader(wrong, 'ref,mail,offre,statut,date', HEADER)}\n` });
    const missing = path.join(dir, 'absent.csv');
    expect(await inProcess('import', missing)).toMatchObject({ code: 2, stderr: `${applicationsErrors.fileNotFound(missing)}\n` });
    expect(await inProcess('import')).toMatchObject({ code: 2, stderr: `${applicationsErrors.missingArgument('le fichier CSV')}\n` });
  });

  it('re-imports the same file without changing anything, and takes a newer export', async () => {
    const { csv, cli, inProcess } = workspace();
    const lines = [HEADER, `DS-1,a@example.fr,dev,en_construction,${daysAgo(5)}`, `DS-2,b@example.fr,dev,en_instruction,${daysAgo(5)}`];
    const file = csv('export.csv', lines);
    expect((await cli('import', file)).stdout).toMatch(summary('importées', 2));
    const again = await cli('import', file);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(summary('inchangées', 2));
    expect(again.stdout).toMatch(summary('importées', 0));
    const newer = csv('export2.csv', [...lines.slice(0, 2), `DS-2,b@example.fr,dev,accepte,${daysAgo(1)}`]);
    const third = await cli('import', newer);
    expect(third.stdout).toMatch(summary('mises à jour', 1));
    expect(third.stdout).toMatch(summary('inchangées', 1));
    const history = (await inProcess('show', 'DS-2')).stdout.split('\n').filter((l) => /^\s+\d\d\/\d\d\/\d{4}/.test(l));
    expect(history.map((l) => l.replace(/^\s+\S+ \S+\s+/, ''))).toEqual([expect.stringMatching(/^en cours d'examen/), expect.stringMatching(/^acceptée/)]);
  });

  // A file of several batches, large enough to show progress: what a large export does, at a size
  // that proves it on any machine. How long 50,000 lines take is measured by
  // bench/applications-import.ts, not here.
  it('imports a file of several batches, showing its progress every tenth on standard error', async () => {
    const { csv, cli, dataDir } = workspace();
    const states = ['en_construction', 'en_instruction', 'accepte', 'refuse', 'sans_suite', 'entretien'];
    const total = IMPORT_BATCH_SIZE * 2 + IMPORT_BATCH_SIZE / 2;
    expect(total).toBeGreaterThanOrEqual(PROGRESS_THRESHOLD);
    const lines = [HEADER];
    for (let i = 0; i < total; i += 1) {
      lines.push(`DS-${String(i).padStart(8, '0')},candidat.${i}@example.fr,offre-${i % 40},${states[i % states.length]},${daysAgo(1 + (i % 300))}`);
    }
    const { code, stdout, stderr } = await cli('import', csv('big.csv', lines));
    expect(code).toBe(0);
    expect(stdout).toMatch(summary('importées', total));
    const count = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
    expect(stderr.trimEnd().split('\n')).toEqual(
      [IMPORT_BATCH_SIZE, IMPORT_BATCH_SIZE * 2, total].map((done) => `Import : ${count(done)} / ${count(total)} lignes (${Math.floor((done * 100) / total)} %)`),
    );
    const store = await openApplicationStore({ dataDir }, createLogger('silent'));
    try {
      expect(await store.count()).toBe(total);
      expect((await store.verify(`DS-${String(total - 1).padStart(8, '0')}`, `candidat.${total - 1}@example.fr`))?.status).toBe(
        ['received', 'in_review', 'accepted', 'rejected', 'withdrawn', 'interview'][(total - 1) % states.length],
      );
    } finally {
      await store.close();
    }
  });
});

describe.concurrent('tremplin applications set, show, purge', () => {
  it('changes a status with a note, shows it, and says when a reference or status is unknown', async () => {
    const { csv, cli, inProcess } = workspace();
    await inProcess('import', csv('one.csv', [HEADER, `DS-1,a@example.fr,dev-dinum,reçue,${daysAgo(2)}`]));
    const set = await cli('set', 'ds-1', 'en', 'cours', "d'examen", '--note', 'Réponse sous quinze jours.', '--author', 'c.durand');
    expect(set.code).toBe(0);
    expect(set.stdout).toContain("Statut enregistré : en cours d'examen (précédemment : reçue).");
    const show = await cli('show', 'DS-1');
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Candidature DS-1');
    expect(show.stdout).toContain('Offre               : dev-dinum');
    expect(show.stdout).toMatch(/\d\d\/\d\d\/\d{4} \d\d:\d\d  en cours d'examen \(par c\.durand\)\n {6}Note : Réponse sous quinze jours\.\n/);
    expect(await inProcess('set', 'DS-404', 'acceptée')).toMatchObject({ code: 1, stderr: `${applicationsErrors.unknownReference()}\n` });
    expect(await inProcess('show', 'DS-404')).toMatchObject({ code: 1, stderr: `${applicationsErrors.unknownReference()}\n` });
    expect(await inProcess('set', 'DS-1')).toMatchObject({ code: 2, stderr: `${applicationsErrors.missingArgument('le statut')}\n` });
    expect(await inProcess('set', 'DS-1', 'embauchée?')).toMatchObject({ code: 2, stderr: `${applicationsErrors.unknownStatus('embauchée?', STATUS_EXAMPLES)}\n` });
  });

  it('purges applications without a change for longer than the given duration', async () => {
    const { csv, cli, inProcess } = workspace();
    await inProcess('import', csv('ages.csv', [
      HEADER,
      `DS-OLD,a@example.fr,dev,refuse,${daysAgo(400)}`,
      `DS-OLDER,b@example.fr,dev,accepte,${daysAgo(800)}`,
      `DS-NEW,c@example.fr,dev,en_instruction,${daysAgo(30)}`,
    ]));
    expect(await inProcess('purge', '--older-than', '10x')).toMatchObject({ code: 2, stderr: `${applicationsErrors.badDuration('10x')}\n` });
    expect((await inProcess('purge')).code).toBe(2);
    expect(await inProcess('purge', '--older-than', '1y', '--note', 'x')).toMatchObject({ code: 2, stderr: `${applicationsErrors.badArguments('--note')}\n` });
    const purge = await cli('purge', '--older-than', '1y');
    expect(purge.code).toBe(0);
    expect(purge.stdout).toMatch(/^2 candidatures supprimées \(sans changement depuis le \d\d\/\d\d\/\d{4} \d\d:\d\d\)\.\n$/);
    expect((await inProcess('show', 'DS-OLD')).code).toBe(1);
    expect((await inProcess('show', 'DS-NEW')).code).toBe(0);
    expect((await inProcess('purge', '--older-than=52w')).stdout).toMatch(/^Aucune candidature supprimée/);
  });
});
