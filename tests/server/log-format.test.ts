/**
 * What an operator sees of the server's logs: readable lines in a terminal (a real one: the
 * server runs under `script`, which gives it a pseudo-terminal), one JSON object per line when
 * the output goes to a file or a log collector; in English; never an e-mail address or a
 * dossier number in clear, whatever the format.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { freePort } from '../support/free-port.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'tremplin-log-format-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const BIN = path.join(PROJECT_ROOT, 'bin/tremplin.js');
/** A readable line: time, level, message. */
const READABLE = /^\[\d\d:\d\d:\d\d\.\d{3}\] (\u001b\[\d+m)?INFO(\u001b\[\d+m)?: (\u001b\[\d+m)?server: listening on http:\/\/localhost:\d+\//m;

/** Runs `command` (through `script` when `terminal`) until its output holds `until`; returns the output. */
function runUntil(command: string[], env: NodeJS.ProcessEnv, until: string, terminal: boolean): Promise<string> {
  const quoted = command.map((c) => `'${c}'`).join(' ');
  const child = terminal
    ? spawn('script', ['-qfec', quoted, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] })
    : spawn(command[0]!, command.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`never printed "${until}":\n${output}`));
    }, SLOW - 10_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes(until)) return;
      clearTimeout(timer);
      child.kill('SIGTERM');
      child.once('exit', () => resolve(output.replace(/\r\n/g, '\n')));
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
  });
}

async function serverEnv(extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(await freePort()), HOST: '127.0.0.1', DATA_DIR: mkdtempSync(path.join(root, 'data-')), LOG_LEVEL: 'info', ...extra };
  delete env.LOG_FORMAT;
  return { ...env, ...extra };
}

/** Starting a server takes seconds, many on a busy machine: no test here is about speed. */
const SLOW = 180_000;

describe('server logs', () => {
  it('are readable lines when the server runs in a terminal', async () => {
    const output = await runUntil([process.execPath, BIN, 'serve'], await serverEnv(), 'server: listening', true);
    expect(output).toMatch(READABLE);
    expect(output).not.toContain('{"level"');
  }, SLOW);

  it('are JSON lines, in English, when the output is not a terminal', async () => {
    const output = await runUntil([process.execPath, BIN, 'serve'], await serverEnv(), 'server: listening', false);
    const lines = output.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { level: string; msg: string });
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['knowledge: loaded', expect.stringMatching(/^server: listening on http:\/\/localhost:\d+\/$/)]));
    expect(lines.every((l) => /^[a-z-]+: [\x20-\x7e]+$/.test(l.msg)), lines.map((l) => l.msg).join('\n')).toBe(true);
  }, SLOW);

  it('are readable on demand (LOG_FORMAT=pretty), still without e-mail addresses or dossier numbers', async () => {
    const script = path.join(root, 'log-personal-data.ts');
    writeFileSync(
      script,
      `import { createLogger } from ${JSON.stringify(path.join(PROJECT_ROOT, 'src/logger.ts'))};\n` +
        `import { loadConfig } from ${JSON.stringify(path.join(PROJECT_ROOT, 'src/config.ts'))};\n` +
        `const config = loadConfig();\n` +
        `const logger = createLogger(config.logLevel, undefined, config.logFormat);\n` +
        `logger.info({ reference: 'DS-20240001', email: 'camille.petit@example.fr' }, 'applications: lookup for camille.petit@example.fr');\n` +
        `logger.info('done');\n`,
    );
    const output = await runUntil([process.execPath, '--import', 'tsx', script], await serverEnv({ LOG_FORMAT: 'pretty' }), 'done', false);
    expect(output).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: applications: lookup for \[email\]/m);
    expect(output).not.toContain('camille.petit');
    expect(output).not.toContain('DS-20240001');
  }, SLOW);
});
