/**
 * `tremplin serve` stopped with SIGTERM while its first start is still saving the last good
 * versions of a large knowledge folder (a real child process, a generated folder of 3,000
 * offers): it exits 0 without waiting for the saving to finish, the store lists only versions
 * fully written, and the next start saves the rest. A signal while the knowledge is still loading
 * exits 0 too (nothing is served yet, every write goes through a temporary file and a rename).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { LAST_GOOD_FOLDER } from '../../src/knowledge/last-good.js';
import { fingerprintOf } from '../../src/knowledge/read-entry.js';
import { makeKnowledgeDir, offerFile, organisationFile, removeKnowledgeDir, writeKnowledgeFile } from '../knowledge/temp-knowledge.js';
import { freePort } from '../support/free-port.js';
import { SLOW } from '../support/patience.js';

const OFFERS = 3000;
let knowledgeDir: string;
let dataDir: string;
beforeEach(async () => {
  knowledgeDir = await makeKnowledgeDir({ 'organisations/dinum.md': organisationFile('DINUM') });
  for (let i = 0; i < OFFERS; i += 500) {
    await Promise.all(Array.from({ length: Math.min(500, OFFERS - i) }, (_, j) => writeKnowledgeFile(knowledgeDir, `offers/offre-${i + j}.md`, offerFile(`Offre ${i + j}`))));
  }
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'tremplin-saving-'));
}, SLOW);
afterEach(async () => {
  await removeKnowledgeDir(knowledgeDir);
  rmSync(dataDir, { recursive: true, force: true });
});

const store = () => path.join(dataDir, LAST_GOOD_FOLDER);

/** Starts the server; resolves its exit code and output once `until` holds and SIGTERM is sent. */
async function serveUntil(until: (output: string) => boolean): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/tremplin.js'), 'serve'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(await freePort()), HOST: '127.0.0.1', KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: dataDir, LOG_LEVEL: 'info', REDIS_URL: '', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // Looks at the store as often as it can: each check waits for what it needs, never a fixed time.
  const watching = setInterval(() => {
    if (!until(output)) return;
    clearInterval(watching);
    child.kill('SIGTERM');
  }, 5);
  const code = await exit;
  clearInterval(watching);
  return { code, output };
}

/** The files the store's manifest lists, each checked against its bytes on disk. */
async function listed(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(store(), 'manifest.json'), 'utf8')) as { files: Record<string, { fingerprint: string }> };
  for (const [relative, { fingerprint }] of Object.entries(manifest.files)) expect(fingerprintOf(await readFile(path.join(store(), 'files', relative))), relative).toBe(fingerprint);
  return Object.keys(manifest.files);
}

/** How many files the manifest lists now (0 while there is none). */
function countListed(): number {
  try {
    return Object.keys((JSON.parse(readFileSync(path.join(store(), 'manifest.json'), 'utf8')) as { files: object }).files).length;
  } catch {
    return 0;
  }
}

const firstFileSaved = () => existsSync(path.join(store(), 'files/offers')) && readdirSync(path.join(store(), 'files/offers')).some((f) => f.endsWith('.md'));

describe('SIGTERM during a first start', () => {
  it('exits 0 once the first file is saved, keeps the store whole, and the next start saves the rest', async () => {
    const stopped = await serveUntil((output) => output.includes('server: listening') && firstFileSaved());
    expect(stopped.code, stopped.output).toBe(0);
    expect(stopped.output).toContain('server: stopping');
    expect(stopped.output).not.toMatch(/"level":"(error|fatal)"/);
    const first = await listed();
    expect(first.length).toBeGreaterThan(0);
    expect(readdirSync(path.join(store(), 'files/offers')).filter((f) => !f.endsWith('.md'))).toEqual([]);

    const resumed = await serveUntil(() => countListed() === OFFERS + 1);
    expect(resumed.code, resumed.output).toBe(0);
    expect((await listed()).length).toBe(OFFERS + 1);
  }, SLOW * 2);

  it('exits 0 when the signal comes while the knowledge is loading', async () => {
    const stopped = await serveUntil((output) => output.includes('server: starting'));
    expect(stopped.code, stopped.output).toBe(0);
    expect(stopped.output).toMatch(/server: stopping/);
    if (existsSync(path.join(store(), 'manifest.json'))) await listed();
  }, SLOW);
});
