/**
 * The production command the README documents, `npm start`, stopped the way an orchestrator
 * (systemd, Docker, Kubernetes) stops it: SIGTERM to the process it started, npm. npm passes
 * the signal on to the server — the start script `exec`s node, so no shell stands between them
 * to swallow it — the server drains and exits, and npm exits with it: nothing is left listening
 * and no process is left behind.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { freePort } from '../support/free-port.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tremplin-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The processes below `root` (children, grandchildren…), from /proc. */
function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const below = (pid: number): number[] => [...parentOf].filter(([, parent]) => parent === pid).flatMap(([child]) => [child, ...below(child)]);
  return below(root);
}

/** The command line of a process, or undefined when it no longer runs (a zombie counts as gone). */
function commandLine(pid: number): string | undefined {
  try {
    if (/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'))) return undefined;
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return undefined;
  }
}

/** True when something accepts connections on the port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(!socket.destroy()));
    socket.once('error', () => resolve(false));
  });

describe('npm start, stopped with SIGTERM', () => {
  it('passes the signal to the server, which drains and exits: the port is closed, no process is left', async () => {
    const port = await freePort();
    const npm = spawn('npm', ['start'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', REDIS_URL: '', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
    let started: number[] = [];
    try {
      await expect.poll(() => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status, () => 0), { timeout: 120_000, interval: 200 }).toBe(200);
      started = descendants(npm.pid!);
      expect(started.map(commandLine).some((c) => c?.includes('dist/src/cli.js serve')), `processes under npm: ${started.map(commandLine).join(' | ')}`).toBe(true);

      // The built server answers (its dialogs run from dialogs/sdk.js, bundled with the SDK by the build).
      const reply = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', id: 'm1', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9/unused', deliveryMode: 'expectReplies',
          from: { id: 'candidate' }, recipient: { id: 'tremplin' }, conversation: { id: 'start-test' }, locale: 'fr-FR', text: 'Bonjour, quelles offres avez-vous ?',
        }),
      }).then((r) => r.json() as Promise<{ activities: { text?: string }[] }>);
      expect(reply.activities.map((a) => a.text ?? '').join('\n')).toMatch(/offre/);

      npm.kill('SIGTERM');
      await exited;

      expect(output).toContain('server: stopping');
      expect(await listening(port)).toBe(false);
      expect(started.filter((pid) => commandLine(pid) !== undefined).map(commandLine)).toEqual([]);
    } finally {
      if (npm.exitCode === null && npm.signalCode === null) npm.kill('SIGKILL');
      for (const pid of started) if (commandLine(pid) !== undefined) process.kill(pid, 'SIGKILL');
    }
  }, 180_000);
});
