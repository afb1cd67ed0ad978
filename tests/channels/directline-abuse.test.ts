/**
 * The Direct Line endpoint against the attacks of issue 13, over real HTTP and WebSocket from
 * several client addresses (127.0.0.x): tokenless floods, ids of any shape, oversized values,
 * floods of tokens, streams and refreshes. Each checks what a visitor would notice (they still
 * get answers) and that what the server holds stays bounded.
 */
import http from 'node:http';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { directLineErrors } from '../../src/errors.js';
import { startTestServer, type TestServer, type TestServerOptions } from '../support/web-server.js';

interface Grant {
  conversationId: string;
  token: string;
  streamUrl?: string;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: TestServerOptions = {}): Promise<TestServer> {
  server = await startTestServer(options);
  return server;
}

/** One HTTP request from the client address `from` (127.0.0.x; default 127.0.0.1). */
function call(
  s: TestServer,
  method: string,
  route: string,
  options: { token?: string; body?: unknown; from?: string } = {},
): Promise<{ status: number; body: any }> {
  const { port } = new URL(s.url);
  const payload = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  const headers: http.OutgoingHttpHeaders = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (payload !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: `/v3/directline${route}`, headers, localAddress: options.from ?? '127.0.0.1', agent: false }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function generate(s: TestServer, from?: string): Promise<Grant> {
  const res = await call(s, 'POST', '/tokens/generate', { from });
  expect(res.status).toBe(200);
  return res.body as Grant;
}

const post = (s: TestServer, grant: Grant, activity: unknown, from?: string) =>
  call(s, 'POST', `/conversations/${grant.conversationId}/activities`, { token: grant.token, body: activity, from });

/** Posts `text` and waits for the bot's reply to it. */
async function ask(s: TestServer, grant: Grant, text: string): Promise<string | undefined> {
  const posted = await post(s, grant, { type: 'message', text });
  expect(posted.status).toBe(200);
  await s.directLine.idle();
  const page = await call(s, 'GET', `/conversations/${grant.conversationId}/activities`, { token: grant.token });
  expect(page.status).toBe(200);
  return (page.body.activities as { replyToId?: string; text?: string }[]).find((a) => a.replyToId === posted.body.id)?.text;
}

const randomId = (length: number) => Array.from({ length }, () => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'[Math.floor(Math.random() * 64)]).join('');

describe('requests without a token', () => {
  it('leave nothing behind: ids of the wrong shape are refused first, well-formed ones are counted only once the token is checked', async () => {
    const s = await start({ limits: { requestsPerMinutePerIp: 100_000 } });
    for (let n = 0; n < 300; n++) {
      const res = await call(s, 'POST', `/conversations/${randomId(8000)}/activities`, { body: { type: 'message', text: 'x' } });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe(directLineErrors.notAConversationId);
    }
    for (let n = 0; n < 300; n++) {
      const res = await call(s, 'POST', `/conversations/${randomId(24)}/activities`, { body: { type: 'message', text: 'x' } });
      expect(res.status).toBe(401);
    }
    for (const id of ['%E0%A4%A', '__proto__', 'constructor', encodeURIComponent('é'.repeat(24)), '..%2F..%2Fhealthz']) {
      const res = await call(s, 'GET', `/conversations/${id}/activities`);
      expect([400, 404], id).toContain(res.status);
      expect(JSON.stringify(res.body ?? ''), id).not.toContain(id);
    }
    // One key counted (this address), no conversation, nothing stored.
    expect(s.directLine.stats()).toMatchObject({ conversations: 0, storedBytes: 0, countedKeys: 1 });
  });

  it('count against the address on every route: beyond its rate, 429 whatever the route', async () => {
    const s = await start({ limits: { requestsPerMinutePerIp: 5 } });
    const grant = await generate(s);
    for (let n = 0; n < 4; n++) expect((await call(s, 'GET', `/conversations/${grant.conversationId}/activities`, { token: grant.token })).status).toBe(200);
    for (const [method, route] of [['GET', `/conversations/${grant.conversationId}/activities`], ['POST', '/tokens/generate'], ['POST', `/conversations/${randomId(24)}/activities`]] as const) {
      const res = await call(s, method, route, { token: grant.token });
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe('TooManyRequests');
    }
    // Another address is not affected.
    expect((await call(s, 'POST', '/tokens/generate', { from: '127.0.0.2' })).status).toBe(200);
  });
});

describe('what a conversation stores', () => {
  it('refuses a value over 4 KB; a conversation flooded with large messages keeps only its own latest', async () => {
    const s = await start({ limits: { maxBytesPerConversation: 20_000, activitiesPerMinutePerConversation: 1000 } });
    const grant = await generate(s);
    const big = await post(s, grant, { type: 'event', name: 'x', value: { blob: 'v'.repeat(70_000) } });
    expect(big.status).toBe(413);
    const large = await post(s, grant, { type: 'event', name: 'x', value: { blob: 'v'.repeat(5000) } });
    expect(large.status).toBe(400);
    expect(large.body.error.message).toBe(directLineErrors.valueTooLarge(4096));
    for (let n = 0; n < 30; n++) expect((await post(s, grant, { type: 'message', text: `${n} ${'m'.repeat(3900)}` })).status).toBe(200);
    await s.directLine.idle();
    expect(s.directLine.stats().storedBytes).toBeLessThanOrEqual(20_000);
    const page = await call(s, 'GET', `/conversations/${grant.conversationId}/activities`, { token: grant.token });
    expect(page.body.activities.length).toBeGreaterThan(0);
    expect(page.body.activities.at(-1).from.role).toBe('bot');
  });

  it('holds a bounded number of bytes in all, and the visitor talking now keeps their conversation', async () => {
    const s = await start({ limits: { maxStoredBytes: 60_000, activitiesPerMinutePerConversation: 1000, startsPerMinutePerIp: 1000 } });
    const visitor = await generate(s, '127.0.0.2');
    for (let n = 0; n < 8; n++) {
      const flood = await generate(s);
      for (let k = 0; k < 5; k++) await post(s, flood, { type: 'message', text: 'f'.repeat(3900) });
      expect(await ask(s, visitor, 'bonjour')).toBeDefined();
      expect(s.directLine.stats().storedBytes).toBeLessThanOrEqual(60_000);
    }
  });
});

describe('messages posted faster than the bot answers', () => {
  it('wait 1,000 at most in all (here 3): the next gets 503 and is not stored, and is taken once the bot has caught up', async () => {
    const s = await start({ limits: { maxTurnsWaiting: 3, startsPerMinutePerIp: 1000 } });
    const release = s.bot.hold();
    const grants = await Promise.all(Array.from({ length: 4 }, () => generate(s)));
    for (const grant of grants.slice(0, 3)) expect((await post(s, grant, { type: 'message', text: 'x'.repeat(3900) })).status).toBe(200);
    const stored = s.directLine.stats().storedBytes;
    const refused = await post(s, grants[3]!, { type: 'message', text: 'x'.repeat(3900) });
    expect(refused.status).toBe(503);
    expect(refused.body.error.message).toBe(directLineErrors.busy);
    expect(s.directLine.stats().storedBytes).toBe(stored);
    release();
    await s.directLine.idle();
    expect(await ask(s, grants[3]!, 'bonjour')).toBe('Réponse : bonjour');
  });
});

describe('floods of conversations', () => {
  it('an address making tokens without end pushes out only its own: a visitor elsewhere keeps talking', async () => {
    const s = await start({ limits: { maxConversationsPerIp: 3, startsPerMinutePerIp: 100_000 } });
    const visitor = await generate(s, '127.0.0.2');
    expect(await ask(s, visitor, 'bonjour')).toBeDefined();
    for (let n = 0; n < 500; n++) await generate(s, '127.0.0.3');
    expect(s.directLine.stats().conversations).toBe(4);
    expect(await ask(s, visitor, 'encore là ?')).toBeDefined();
  });

  it('when the store is full, unused and idle conversations go first, never the visitor talking', async () => {
    const s = await start({ limits: { maxConversations: 20, startsPerMinutePerIp: 100_000 } });
    const visitor = await generate(s);
    expect(await ask(s, visitor, 'bonjour')).toBeDefined();
    for (let n = 0; n < 200; n++) {
      s.advance(1000); // one token a second (200 addresses): the first are past their grace when the store fills
      await generate(s, `127.0.${1 + (n % 200)}.${2 + (n % 250)}`);
    }
    expect(s.directLine.stats().conversations).toBe(20);
    expect(await ask(s, visitor, 'toujours là ?')).toBeDefined();
  });
});

describe('streams and refreshes', () => {
  /** Opens `streamUrl`; resolves with the socket once open, or the HTTP status it was refused with. */
  function openStream(streamUrl: string): Promise<WebSocket | number> {
    return new Promise((resolve) => {
      const ws = new WebSocket(streamUrl);
      ws.once('open', () => resolve(ws));
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('error', () => {});
    });
  }

  it('a conversation holds 4 streams at most; the next is refused with 429, and accepted once one closes', async () => {
    const s = await start();
    const grant = await generate(s);
    const started = await call(s, 'POST', '/conversations', { token: grant.token });
    const streamUrl = started.body.streamUrl as string;
    const open = await Promise.all(Array.from({ length: 4 }, () => openStream(streamUrl)));
    expect(open.every((ws) => ws instanceof WebSocket)).toBe(true);
    expect(await openStream(streamUrl)).toBe(429);
    const first = open[0] as WebSocket;
    await new Promise((resolve) => {
      first.once('close', resolve);
      first.close();
    });
    await expect.poll(() => s.directLine.stats().streamingConversations).toBe(1);
    let again: WebSocket | number = 429;
    // The server sees the close a moment after the client.
    await expect.poll(async () => (again = await openStream(streamUrl)) instanceof WebSocket).toBe(true);
    for (const ws of [...open.slice(1), again]) if (ws instanceof WebSocket) ws.close();
  });

  it('refreshes a token 12 times an hour per conversation, then 429', async () => {
    const s = await start();
    const grant = await generate(s);
    for (let n = 0; n < 12; n++) expect((await call(s, 'POST', '/tokens/refresh', { token: grant.token })).status).toBe(200);
    const refused = await call(s, 'POST', '/tokens/refresh', { token: grant.token });
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toBe(directLineErrors.tooManyRenewals);
    // Another conversation refreshes as usual.
    expect((await call(s, 'POST', '/tokens/refresh', { token: (await generate(s)).token })).status).toBe(200);
  });
});
