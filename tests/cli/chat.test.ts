/**
 * `npm run chat` as a person uses it: the real command, its standard input and output. A pipe
 * has no width, so replies are laid out for 80 columns, as on a default terminal.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_KNOWLEDGE } from '../support/conversation.js';
import { SLOW } from '../support/patience.js';

const BIN = fileURLToPath(new URL('../../bin/tremplin.js', import.meta.url));
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tremplin-chat-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/**
 * Runs `tremplin chat`, typing `lines` the moment it is started (before the bot is ready), then
 * Ctrl-D; resolves with what it printed once it exits.
 */
function chat(lines: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'chat'], {
      env: { ...process.env, KNOWLEDGE_DIR: CONVERSATION_KNOWLEDGE, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

describe('npm run chat', () => {
  let run: { code: number | null; stdout: string; stderr: string };
  beforeAll(async () => {
    // Everything is typed at once, while the bot starts: nothing may be lost.
    run = await chat(['Quelles offres sont ouvertes à la DINUM ?', '2', 'Le télétravail est possible chez beta.gouv.fr ?']);
  }, SLOW);

  it('answers a question typed while it was starting, then the ones after it', () => {
    expect(run.code, run.stderr).toBe(0);
    const [banner, ...rest] = run.stdout.split('Prêt.');
    expect(banner).toContain('Démarrage…');
    expect(rest.join('')).toMatch(/offres? ouvertes?[^\n]* à la DINUM[\s\S]*télétravail/i);
  });

  it('shows links short, and no line wider than the terminal', () => {
    expect(run.stdout).not.toMatch(/https?:\/\//);
    expect(run.stdout).toMatch(/Data scientist \(choisirleservicepublic\.gouv\.fr\/…\/2023-1196743\)/);
    const wide = run.stdout.split('\n').filter((line) => [...line].length > 80);
    expect(wide).toEqual([]);
  });

  it('numbers the suggestions, and a number picks one', () => {
    const listing = run.stdout.slice(run.stdout.indexOf('DINUM.'));
    const suggestions = /^1\) .*$/m.exec(listing)?.[0] ?? '';
    expect(suggestions).toMatch(/^1\) \S.*\s{3}2\) \S/);
    const second = /2\) (.+?)(?:\s{3}\d\)|$)/.exec(suggestions)![1]!;
    // The pick is shown, then answered as if clicked: not taken as a question "2".
    expect(run.stdout).toContain(`→ ${second}\n`);
    const afterPick = run.stdout.slice(run.stdout.indexOf(`→ ${second}`));
    expect(afterPick).not.toMatch(/^Je n’ai pas compris|^Je ne suis pas sûr/m);
  });
});
