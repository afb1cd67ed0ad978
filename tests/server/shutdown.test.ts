/**
 * `tremplin serve` stopped with SIGTERM, as an orchestrator stops it, in a real child process:
 * requests in flight complete, new connections are refused, the Direct Line streams get the
 * replies of turns in flight and then a "going away" close, and the process exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { PROJECT_ROOT } from '../../src/config.js';
import { freePort } from '../support/free-port.js';
import { SLOW } from '../support/patience.js';
import { botFrameworkMessage, generateToken } from '../support/tremplin-http.js';

let child: ChildProcess;
let base: string;
let dataDir: string;
let output = '';
let exit: Promise<number | null>;

// Nothing here waits for a fixed time: each step waits for what it needs (a log line, the
// server's `100 Continue`, the exit), so a busy machine makes the test slower, never wrong.

/** Resolves once the child has written `text` (it logs JSON lines at level info). */
function logged(text: string, timeoutMs = SLOW - 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`never logged "${text}":\n${output}`)), timeoutMs);
    const look = () => {
      if (!output.includes(text)) return;
      clearTimeout(timer);
      child.stdout!.off('data', look);
      resolve();
    };
    child.stdout!.on('data', look);
    look();
  });
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'tremplin-shutdown-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/tremplin.js'), 'serve'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', REDIS_URL: '', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  await logged('server: listening');
}, SLOW);
afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Starts POST /api/messages, sending all but the body's last byte: a request the server is in
 * the middle of. `received` resolves once the server has read its headers (it answers
 * `Expect: 100-continue` then), so the request is in the server's hands, not in its backlog.
 */
function requestInFlight(text: string) {
  const body = JSON.stringify(botFrameworkMessage(`shutdown-${Math.random()}`, text));
  const req = http.request(`${base}/api/messages`, {
    method: 'POST',
    agent: new http.Agent({ keepAlive: true }),
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
  });
  const received = new Promise<void>((resolve) =>
    req.once('continue', () => {
      req.write(body.slice(0, -1));
      resolve();
    }),
  );
  const response = new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let data = '';
      res.on('data', (chunk: Buffer) => (data += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body: data }));
    });
    req.on('error', reject);
  });
  req.flushHeaders();
  return { received, finish: () => req.end(body.slice(-1)), response };
}

describe('SIGTERM', () => {
  it('lets requests in flight finish, refuses new connections, closes streams after their replies, exits 0', async () => {
    // A Direct Line visitor, connected by WebSocket, whose message is being answered.
    const grant = await generateToken(base);
    const opened = (await (
      await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${grant.token}` } })
    ).json()) as { streamUrl: string };
    const ws = new WebSocket(opened.streamUrl);
    const streamed: { activities?: { from?: { role?: string }; text?: string }[] }[] = [];
    ws.on('message', (data: Buffer) => {
      if (data.length) streamed.push(JSON.parse(data.toString()));
    });
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    await new Promise((resolve) => ws.once('open', resolve));
    const posted = await fetch(`${base}/v3/directline/conversations/${grant.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${grant.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', from: { id: 'me' }, text: 'Le télétravail est possible chez beta.gouv.fr ?' }),
    });
    expect(posted.status).toBe(200);

    // Two Bot Framework requests the server has started to read.
    const inFlight = [requestInFlight("Quel est le salaire d'un développeur chez beta.gouv.fr ?"), requestInFlight('Quels postes sont ouverts ?')];
    await Promise.all(inFlight.map((request) => request.received));

    child.kill('SIGTERM');
    await logged('server: stopping');

    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    for (const request of inFlight) request.finish();
    for (const { response } of inFlight) {
      const res = await response;
      expect(res.status).toBe(200);
      expect(res.connection).toBe('close');
      expect((JSON.parse(res.body) as { activities: unknown[] }).activities.length).toBeGreaterThan(0);
    }

    expect(await closed).toBe(1001);
    const botSaid = streamed.flatMap((page) => page.activities ?? []).filter((a) => a.from?.role === 'bot');
    expect(botSaid.map((a) => a.text).join('\n')).toContain('ponctuel');

    expect(await exit, output).toBe(0);
  }, SLOW);
});
