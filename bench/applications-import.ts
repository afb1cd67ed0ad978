/**
 * How long `tremplin applications import` takes on a generated file (default 50 000 lines):
 * a first import (every line new) and a re-import (every line unchanged), on SQLite, or on a
 * throw-away PostgreSQL server with `--postgres`. Prints each run and the median.
 *
 *   npx tsx bench/applications-import.ts [--lines 50000] [--runs 3] [--postgres]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { runApplicationsCli } from '../src/applications/cli.js';
import { startPostgres, type PostgresServer } from '../tests/applications/postgres-server.js';

const { values } = parseArgs({
  options: { lines: { type: 'string', default: '50000' }, runs: { type: 'string', default: '3' }, postgres: { type: 'boolean', default: false } },
});
const lines = Number(values.lines);
const runs = Number(values.runs);
const dir = mkdtempSync(path.join(os.tmpdir(), 'tremplin-bench-'));
const file = path.join(dir, 'applications.csv');
const states = ['en_construction', 'en_instruction', 'accepte', 'refuse', 'sans_suite', 'entretien'];
const csv = ['reference,email,offer,status,updated_at'];
for (let i = 0; i < lines; i += 1) {
  const day = new Date(Date.UTC(2025, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10);
  csv.push(`DS-${String(i).padStart(8, '0')},candidat.${i}@example.fr,offre-${i % 40},${states[i % states.length]},${day}`);
}
writeFileSync(file, `${csv.join('\n')}\n`);

const silent = () => new Writable({ write: (_chunk, _encoding, done) => done() });
let server: PostgresServer | undefined;
const results: Record<'first import' | 're-import', number[]> = { 'first import': [], 're-import': [] };
try {
  if (values.postgres) server = await startPostgres();
  for (let run = 0; run < runs; run += 1) {
    const config = {
      dataDir: path.join(dir, `data${run}`),
      databaseUrl: server ? await server.createDatabase() : undefined,
      logLevel: 'silent' as const,
    };
    for (const label of ['first import', 're-import'] as const) {
      const started = performance.now();
      const code = await runApplicationsCli(['import', file], { config, stdout: silent(), stderr: silent() });
      if (code !== 0) throw new Error(`import failed with exit code ${code}`);
      results[label].push((performance.now() - started) / 1000);
    }
  }
} finally {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`applications import, ${lines} lines, ${values.postgres ? 'PostgreSQL' : 'SQLite'}, ${runs} runs`);
for (const [label, times] of Object.entries(results)) {
  console.log(`  ${label.padEnd(13)} median ${median(times).toFixed(2)} s  (runs: ${times.map((t) => t.toFixed(2)).join(', ')})`);
}
