/**
 * What the server does with connections, met over raw sockets as an attacker or a slow network
 * would: slow clients are cut off, an address cannot open connections without end, a kept-alive
 * connection is still open when a late client reuses it, and errors never show server paths.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { serverErrors } from '../../src/errors.js';
import { startHttpTremplin, type RunningTremplin } from '../support/tremplin-http.js';

/** A raw connection to `url`: everything it received, and when it closed. */
interface RawSocket {
  socket: net.Socket;
  received(): string;
  /** Resolves with what was received once the server has closed the connection. */
  closed: Promise<string>;
  /** Resolves with what was received from position `from` on, once it holds `text`. */
  waitFor(text: string, from?: number): Promise<string>;
}

function connect(url: string): Promise<RawSocket> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    let data = '';
    const waiters: (() => void)[] = [];
    const socket = net.connect(Number(port), '127.0.0.1');
    socket.on('data', (chunk: Buffer) => {
      data += chunk.toString();
      for (const wake of waiters.splice(0)) wake();
    });
    socket.on('error', () => {});
    const closed = new Promise<string>((done) => socket.once('close', () => done(data)));
    const waitFor = (text: string, from = 0) =>
      new Promise<string>((done) => {
        const check = () => (data.slice(from).includes(text) ? done(data.slice(from)) : waiters.push(check));
        check();
      });
    socket.once('connect', () => resolve({ socket, received: () => data, closed, waitFor }));
    socket.once('error', reject);
  });
}

const GET = (path: string) => `GET ${path} HTTP/1.1\r\nHost: localhost\r\n\r\n`;

describe('slow clients', () => {
  let server: RunningTremplin;
  beforeAll(async () => {
    server = await startHttpTremplin({}, { connection: { headersTimeoutMs: 300, requestTimeoutMs: 600 } });
  });
  afterAll(() => server?.close());

  it('a connection that never finishes its headers gets 408 and is closed', async () => {
    const raw = await connect(server.url);
    raw.socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    const trickle = setInterval(() => raw.socket.write('a'), 50);
    expect(await raw.closed).toMatch(/^HTTP\/1\.1 408 /);
    clearInterval(trickle);
  });

  it('a body trickled byte by byte is cut off, and the connection closed', async () => {
    const raw = await connect(server.url);
    raw.socket.write('POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{');
    const trickle = setInterval(() => raw.socket.write(' '), 50);
    expect(await raw.closed).toMatch(/408 Request Timeout/);
    clearInterval(trickle);
  });

  it('a connection that says nothing is closed', async () => {
    const raw = await connect(server.url);
    expect(await raw.closed).toMatch(/^HTTP\/1\.1 408 /);
  });
});

describe('connections per address', () => {
  let server: RunningTremplin;
  beforeAll(async () => {
    server = await startHttpTremplin({ MAX_CONNECTIONS_PER_ADDRESS: '3' });
  });
  afterAll(() => server?.close());

  it('refuses the connection over the cap with 503, and takes one again once another closes', async () => {
    const open = await Promise.all([connect(server.url), connect(server.url), connect(server.url)]);
    for (const raw of open) raw.socket.write(GET('/healthz'));
    await Promise.all(open.map((raw) => raw.waitFor('"status":"ok"')));
    const refused = await connect(server.url);
    expect(await refused.closed).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\n/);

    open[0]!.socket.destroy();
    await open[0]!.closed;
    const again = await connect(server.url);
    again.socket.write(GET('/healthz'));
    expect(await again.waitFor('"status":"ok"')).toMatch(/^HTTP\/1\.1 200 OK/);
    for (const raw of [...open, again]) raw.socket.destroy();
  });

  it('behind a load balancer (TRUST_PROXY), no cap by default: every connection comes from it', async () => {
    const behind = await startHttpTremplin({ TRUST_PROXY: 'loopback' });
    try {
      expect(behind.tremplin.config.maxConnectionsPerAddress).toBe(0);
      const many = await Promise.all(Array.from({ length: 120 }, () => connect(behind.url)));
      for (const raw of many) raw.socket.write(GET('/healthz'));
      const answers = await Promise.all(many.map((raw) => raw.waitFor('"status"')));
      expect(answers.every((a) => a.startsWith('HTTP/1.1 200 OK'))).toBe(true);
      for (const raw of many) raw.socket.destroy();
    } finally {
      await behind.close();
    }
  });
});

describe('kept-alive connections', () => {
  let server: RunningTremplin;
  beforeAll(async () => {
    // A one-second hint, so that the test can play a client that comes back after it.
    server = await startHttpTremplin({}, { connection: { keepAliveHintSeconds: 1 } });
  });
  afterAll(() => server?.close());

  it('announce a short idle time, and stay open for a client whose clock runs late (no ECONNRESET)', async () => {
    const raw = await connect(server.url);
    raw.socket.write(GET('/healthz'));
    const first = await raw.waitFor('"status":"ok"');
    expect(first).toMatch(/\r\nConnection: keep-alive\r\n/i);
    const hint = Number(/\r\nKeep-Alive: timeout=(\d+)\r\n/i.exec(first)?.[1]);
    expect(hint).toBeGreaterThan(0);
    // A client whose timer runs late under load reuses the connection 1.5 s after the hint
    // (past Node's own one-second margin).
    await new Promise((resolve) => setTimeout(resolve, hint * 1000 + 1500));
    const before = raw.received().length;
    raw.socket.write(GET('/healthz'));
    const second = await Promise.race([raw.waitFor('"version"', before), raw.closed.then(() => 'closed by the server')]);
    expect(second).toMatch(/^HTTP\/1\.1 200 OK/);
    raw.socket.destroy();
  });

  it('a client asking to close gets Connection: close, without a Keep-Alive hint', async () => {
    const raw = await connect(server.url);
    raw.socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    const answer = await raw.closed;
    expect(answer).toMatch(/\r\nConnection: close\r\n/i);
    expect(answer).not.toMatch(/Keep-Alive:/i);
  });
});

describe('error responses', () => {
  let server: RunningTremplin;
  beforeAll(async () => {
    server = await startHttpTremplin();
  });
  afterAll(() => server?.close());

  it('a missing static file is a generic 404: no path, no ENOENT, as a page or as JSON', async () => {
    for (const path of ['/assets/site/chat.js.map', '/assets/site/nope/deeper.js', '/assets/site/..%2f..%2f..%2fpackage.json', '/assets/site/%2e%2e%2fserver.ts']) {
      for (const accept of ['text/html', 'application/json']) {
        const res = await fetch(`${server.url}${path}`, { headers: { accept } });
        const body = await res.text();
        expect(res.status, path).toBeGreaterThanOrEqual(400);
        expect(res.status, path).toBeLessThan(500);
        expect(body, path).not.toMatch(/ENOENT|stat |\/work\/|\/tmp\/|src\/web|node_modules|at [A-Za-z]+ \(/);
        if (accept === 'application/json') expect(JSON.parse(body), path).toEqual({ error: { code: expect.any(String), message: serverErrors.clientError(res.status) } });
      }
    }
  });
});

describe('start-up warnings', () => {
  it('ALLOW_UNAUTHENTICATED_RECRUITERS=true is said loudly at every start', async () => {
    for (let start = 0; start < 2; start++) {
      const lines: { level: string; msg: string }[] = [];
      const logger = createLogger('warn', { write: (line: string) => void lines.push(JSON.parse(line)) });
      const server = await startHttpTremplin({ ALLOW_UNAUTHENTICATED_RECRUITERS: 'true' }, { logger });
      await server.close();
      expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', msg: serverErrors.unauthenticatedRecruiters }));
    }
  });
});
