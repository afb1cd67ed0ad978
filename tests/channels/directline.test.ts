/**
 * The Direct Line endpoint, driven by the real botframework-directlinejs client (the one Web
 * Chat embeds) and by plain HTTP for what a hostile client could send. The bot behind it is a
 * small test bot running through the real TremplinAdapter.
 */
import fs from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Activity } from 'botframework-directlinejs';
import { directLineErrors } from '../../src/errors.js';
import { ConnectionStatus, openClient, type TestClient } from '../support/directline-client.js';
import { startTestServer, type TestServer } from '../support/web-server.js';
import { EVENTUALLY } from '../support/patience.js';

interface Grant {
  conversationId: string;
  token: string;
  expires_in: number;
  streamUrl?: string;
}

let server: TestServer | undefined;
const clients: TestClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.end();
  await server?.close();
  server = undefined;
});

async function start(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  server = await startTestServer(options);
  return server;
}

async function generate(s: TestServer, body?: unknown): Promise<Grant> {
  const res = await fetch(`${s.url}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Grant;
}

/** Calls the REST API with a token (or none). */
async function call(s: TestServer, method: string, route: string, token?: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${s.url}/v3/directline${route}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { user: string; conv: string };
const seqOf = (activity: Partial<Activity>) => Number(String(activity.id).split('|')[1]);
const textOf = (activity: Partial<Activity>) => (activity as { text?: string }).text;
const fromBot = (activity: Partial<Activity>) => activity.from?.role === 'bot';

describe.each([
  ['WebSocket stream', true],
  ['polling', false],
])('the real Direct Line client (%s)', (_mode, webSocket) => {
  it('gets an answer, its own message echoed with an id, and monotonic ids', async () => {
    const s = await start();
    const grant = await generate(s);
    const client = openClient(s.url, grant.token, webSocket);
    clients.push(client);

    const id = await client.post({ type: 'message', text: 'Quels postes sont ouverts ?', channelData: { clientActivityID: 'mine-1' } });
    expect(id).toBe(`${grant.conversationId}|0000000`);
    const echo = await client.waitFor((a) => a.id === id);
    expect(echo.from).toMatchObject({ id: claims(grant.token).user, role: 'user' });
    expect(echo.channelData).toMatchObject({ clientActivityID: 'mine-1', 'webchat:sequence-id': 0 });
    expect(new Date(echo.timestamp ?? '').toISOString()).toBe(echo.timestamp);

    const answer = await client.waitFor((a) => fromBot(a) && textOf(a) === 'Réponse : Quels postes sont ouverts ?');
    expect(answer.from).toEqual({ id: 'tremplin', name: 'Tremplin', role: 'bot' });
    expect((answer as { replyToId?: string }).replyToId).toBe(id);

    await client.post({ type: 'message', text: 'Et le télétravail ?' });
    await client.waitFor((a) => textOf(a) === 'Réponse : Et le télétravail ?');
    const seqs = client.received.map(seqOf);
    expect(seqs).toEqual([0, 1, 2, 3]);
    expect(client.received.map((a) => a.channelData?.['webchat:sequence-id'])).toEqual(seqs);
  });

  it('greets on the webchat/join event, and streams typing then an Adaptive Card', async () => {
    const s = await start();
    const client = openClient(s.url, (await generate(s)).token, webSocket);
    clients.push(client);
    await client.post({ type: 'event', name: 'webchat/join', value: { locale: 'fr-FR' } } as Partial<Activity>);
    const welcome = await client.waitFor((a) => fromBot(a) && a.type === 'message');
    expect(textOf(welcome)).toMatch(/^Bonjour, je suis Tremplin/);
    expect((welcome as { suggestedActions?: { actions: { title: string }[] } }).suggestedActions?.actions.map((a) => a.title)).toEqual([
      'Télétravail',
      'Salaires',
      'Carte',
    ]);

    await client.post({ type: 'message', text: 'carte' });
    const card = await client.waitFor((a) => fromBot(a) && Boolean((a as { attachments?: unknown[] }).attachments?.length));
    const typing = client.received.find((a) => fromBot(a) && a.type === 'typing');
    expect(typing).toBeDefined();
    expect(seqOf(typing!)).toBeLessThan(seqOf(card));
    expect((card as { attachments: { contentType: string }[] }).attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });
});

describe('Direct Line REST API', () => {
  it('answers POST /conversations with 201 the first time and 200 after, with a stream URL', async () => {
    const s = await start();
    const grant = await generate(s);
    expect(grant.expires_in).toBe(1800);
    expect(claims(grant.token).user).toMatch(/^dl_/);
    const first = await call(s, 'POST', '/conversations', grant.token, {});
    expect(first.status).toBe(201);
    expect(first.body.conversationId).toBe(grant.conversationId);
    expect(first.body.streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${grant.conversationId}/stream\\?t=`));
    expect((await call(s, 'POST', '/conversations', grant.token, {})).status).toBe(200);
    const again = await call(s, 'GET', `/conversations/${grant.conversationId}?watermark=3`, grant.token);
    expect(again.status).toBe(200);
    expect(again.body.streamUrl).toMatch(/watermark=3/);
  });

  it('makes the user id itself, whatever the caller asks for', async () => {
    const s = await start();
    const grant = await generate(s, { user: { id: 'dl_recruteur', name: 'Admin' } });
    expect(claims(grant.token).user).toMatch(/^dl_/);
    expect(claims(grant.token).user).not.toBe('dl_recruteur');
  });

  it('returns only what follows the watermark, with a string watermark that only grows', async () => {
    const s = await start();
    const { conversationId, token } = await generate(s);
    for (const text of ['un', 'deux', 'trois']) {
      await call(s, 'POST', `/conversations/${conversationId}/activities`, token, { type: 'message', text });
    }
    await s.directLine.idle();
    const all = await call(s, 'GET', `/conversations/${conversationId}/activities`, token);
    expect(all.body.activities.map(textOf)).toEqual(['un', 'Réponse : un', 'deux', 'Réponse : deux', 'trois', 'Réponse : trois']);
    expect(all.body.watermark).toBe('5');
    const later = await call(s, 'GET', `/conversations/${conversationId}/activities?watermark=3`, token);
    expect(later.body.activities.map(textOf)).toEqual(['trois', 'Réponse : trois']);
    const none = await call(s, 'GET', `/conversations/${conversationId}/activities?watermark=5`, token);
    expect(none.body).toEqual({ activities: [], watermark: '5' });
    expect((await call(s, 'GET', `/conversations/${conversationId}/activities?watermark=abc`, token)).status).toBe(400);
  });

  it('answers messages of one conversation in the order they were sent', async () => {
    const s = await start();
    const { conversationId, token } = await generate(s);
    await Promise.all(
      ['1', '2', '3', '4'].map((text) => call(s, 'POST', `/conversations/${conversationId}/activities`, token, { type: 'message', text })),
    );
    await s.directLine.idle();
    const { body } = await call(s, 'GET', `/conversations/${conversationId}/activities`, token);
    const answers = body.activities.filter(fromBot).map(textOf);
    const questions = body.activities.filter((a: Activity) => !fromBot(a)).map(textOf);
    expect(answers).toEqual(questions.map((q: string) => `Réponse : ${q}`));
  });
});

describe('Direct Line security', () => {
  it('refuses a request without a token (401) and a token of another conversation (403)', async () => {
    const s = await start();
    const mine = await generate(s);
    const theirs = await generate(s);
    const anonymous = await call(s, 'GET', `/conversations/${mine.conversationId}/activities`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toEqual({ code: 'Unauthorized', message: directLineErrors.missingToken });
    const other = await call(s, 'POST', `/conversations/${mine.conversationId}/activities`, theirs.token, { type: 'message', text: 'coucou' });
    expect(other.status).toBe(403);
    expect(other.body.error.message).toBe(directLineErrors.wrongConversation(mine.conversationId));
    expect((await call(s, 'GET', `/conversations/${mine.conversationId}`, theirs.token)).status).toBe(403);
    const forged = `${mine.token.slice(0, -4)}AAAA`;
    expect((await call(s, 'POST', '/conversations', forged, {})).status).toBe(403);
    expect(s.bot.received).toEqual([]);
  });

  it('refuses an expired token, and a refreshed token lives on', async () => {
    const s = await start();
    const grant = await generate(s);
    s.advance(20 * 60 * 1000);
    const refreshed = await call(s, 'POST', '/tokens/refresh', grant.token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(grant.conversationId);
    s.advance(15 * 60 * 1000);
    const expired = await call(s, 'GET', `/conversations/${grant.conversationId}/activities`, grant.token);
    expect(expired.status).toBe(403);
    expect(expired.body.error.code).toBe('TokenExpired');
    expect((await call(s, 'GET', `/conversations/${grant.conversationId}/activities`, refreshed.body.token)).status).toBe(200);
  });

  it('leaves the real client unable to connect with an expired token', async () => {
    const s = await start();
    const grant = await generate(s);
    s.advance(31 * 60 * 1000);
    const client = openClient(s.url, grant.token, false);
    clients.push(client);
    const statuses: ConnectionStatus[] = [];
    client.directLine.connectionStatus$.subscribe((status) => statuses.push(status));
    await expect.poll(() => statuses.at(-1)).toBe(ConnectionStatus.FailedToConnect);
    expect(statuses).not.toContain(ConnectionStatus.Online);
  });

  it('sets who the visitor is from the token, whatever the client claims', async () => {
    const s = await start();
    const grant = await generate(s);
    const res = await call(s, 'POST', `/conversations/${grant.conversationId}/activities`, grant.token, {
      type: 'message',
      text: 'qui suis-je',
      channelId: 'msteams',
      from: { id: '29:teams-recruiter', name: 'Recruteuse', role: 'bot', aadObjectId: '00000000-0000-0000-0000-000000000001' },
      recipient: { id: 'someone-else' },
      conversation: { id: 'other', tenantId: 'tenant-1', conversationType: 'personal' },
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      channelData: { clientActivityID: 'c1', tenant: { id: 'tenant-1' }, team: { id: 't' } },
      entities: [{ type: 'mention', mentioned: { id: 'tremplin' } }],
    });
    expect(res.status).toBe(200);
    await s.directLine.idle();
    const user = claims(grant.token).user;
    const received = s.bot.received.at(-1)!;
    expect(received.channelId).toBe('webchat');
    expect(received.from).toEqual({ id: user, name: 'Recruteuse', role: 'user' });
    expect(received.conversation).toEqual({ id: grant.conversationId });
    expect(received.channelData).toEqual({ clientActivityID: 'c1', 'webchat:sequence-id': 0 });
    expect(received.entities).toBeUndefined();
    const { body } = await call(s, 'GET', `/conversations/${grant.conversationId}/activities`, grant.token);
    expect(textOf(body.activities.at(-1))).toBe(`Vous êtes ${user} (user, undefined) sur webchat`);
  });

  it('answers a message over 4,000 characters with a polite refusal, without the bot, and keeps it cut', async () => {
    const s = await start();
    const grant = await generate(s);
    const client = openClient(s.url, grant.token, false);
    clients.push(client);
    const long = 'a'.repeat(5000);
    await client.post({ type: 'message', text: long, locale: 'fr-FR' } as Partial<Activity>);
    const refusal = await client.waitFor((a) => fromBot(a));
    expect(textOf(client.received[0]!)).toBe(`${'a'.repeat(4000)}…`);
    expect(textOf(refusal)).toMatch(/trop long.*5\u202f000 caractères.*4\u202f000 au maximum/);
    await client.post({ type: 'message', text: long, locale: 'en-US' } as Partial<Activity>);
    const english = await client.waitFor((a) => fromBot(a) && a !== refusal);
    expect(textOf(english)).toMatch(/too long for me \(5,000 characters; 4,000 at most\)/);
    expect(s.bot.received).toEqual([]);
  });

  it('refuses bodies over 64 KB with 413 and broken JSON with 400', async () => {
    const s = await start();
    const { conversationId, token } = await generate(s);
    const big = await call(s, 'POST', `/conversations/${conversationId}/activities`, token, { type: 'message', text: 'x'.repeat(70_000) });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('PayloadTooLarge');
    const broken = await call(s, 'POST', `/conversations/${conversationId}/activities`, token, '{"type":');
    expect(broken.status).toBe(400);
    const notAnActivity = await call(s, 'POST', `/conversations/${conversationId}/activities`, token, { type: 'conversationUpdate' });
    expect(notAnActivity.status).toBe(400);
  });

  it('tells the visitor when the bot fails, instead of staying silent', async () => {
    const s = await start();
    const { conversationId, token } = await generate(s);
    await call(s, 'POST', `/conversations/${conversationId}/activities`, token, { type: 'message', text: 'panne' });
    await s.directLine.idle();
    const { body } = await call(s, 'GET', `/conversations/${conversationId}/activities`, token);
    expect(textOf(body.activities.at(-1))).toMatch(/^Désolé, un problème de mon côté/);
  });

  it('limits new conversations per address', async () => {
    const s = await start({ limits: { startsPerMinutePerIp: 2 } });
    await generate(s);
    await generate(s);
    const third = await fetch(`${s.url}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(third.status).toBe(429);
    expect(((await third.json()) as { error: { code: string } }).error.code).toBe('TooManyRequests');
  });

  it('keeps the signing secret in the data folder, readable by its owner only', async () => {
    const s = await start();
    const file = path.join(s.config.dataDir, 'directline-secret');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('Direct Line conversation lifetime', () => {
  it('keeps a bounded history', async () => {
    const s = await start({ limits: { maxActivitiesPerConversation: 5 } });
    const { conversationId, token } = await generate(s);
    for (const text of ['a', 'b', 'c', 'd']) {
      await call(s, 'POST', `/conversations/${conversationId}/activities`, token, { type: 'message', text });
      await s.directLine.idle();
    }
    const { body } = await call(s, 'GET', `/conversations/${conversationId}/activities`, token);
    expect(body.activities.map(textOf)).toEqual(['Réponse : b', 'c', 'Réponse : c', 'd', 'Réponse : d']);
    expect(body.watermark).toBe('7');
  });

  it('forgets a conversation idle for over an hour: its clients get 404 and must start again', async () => {
    const s = await start();
    const grant = await generate(s);
    await call(s, 'POST', `/conversations/${grant.conversationId}/activities`, grant.token, { type: 'message', text: 'bonjour' });
    await s.directLine.idle();
    let token = grant.token;
    for (const minutes of [25, 25]) {
      s.advance(minutes * 60 * 1000);
      token = ((await call(s, 'POST', '/tokens/refresh', token)).body as Grant).token;
    }
    s.advance(12 * 60 * 1000);
    const refreshed = { token };
    const gone = await call(s, 'GET', `/conversations/${grant.conversationId}/activities`, refreshed.token);
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toBe(directLineErrors.conversationNotFound(grant.conversationId));
    expect((await call(s, 'POST', '/tokens/refresh', refreshed.token)).status).toBe(404);
  });
});

describe('Direct Line stream', () => {
  const open = (url: string) =>
    new Promise<{ ws: WebSocket; frames: string[] }>((resolve, reject) => {
      const ws = new WebSocket(url);
      const frames: string[] = [];
      ws.on('message', (data) => frames.push(data.toString()));
      ws.on('open', () => resolve({ ws, frames }));
      ws.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.on('error', reject);
    });

  it('replays the history, then streams new activities and empty keep-alive frames', async () => {
    const s = await start({ limits: { keepAliveMs: 100 } });
    const grant = await generate(s);
    await call(s, 'POST', `/conversations/${grant.conversationId}/activities`, grant.token, { type: 'message', text: 'avant' });
    await s.directLine.idle();
    const { body } = await call(s, 'POST', '/conversations', grant.token, {});
    const { ws, frames } = await open(body.streamUrl);
    await call(s, 'POST', `/conversations/${grant.conversationId}/activities`, grant.token, { type: 'message', text: 'après' });
    await s.directLine.idle();
    // Every page streamed and a keep-alive frame (sent every 100 ms here) seen, however busy the machine.
    await vi.waitFor(() => expect([frames.filter(Boolean).length, frames.includes('')]).toEqual([3, true]), EVENTUALLY);
    ws.close();
    const pages = frames.filter(Boolean).map((f) => JSON.parse(f) as { activities: Activity[]; watermark: string });
    expect(pages.flatMap((p) => p.activities.map(textOf))).toEqual(['avant', 'Réponse : avant', 'après', 'Réponse : après']);
    expect(pages.map((p) => p.watermark)).toEqual(['1', '2', '3']);
    expect(frames.filter((f) => f === '').length).toBeGreaterThanOrEqual(1);
  });

  it('refuses a stream URL without a valid stream token, or for another conversation', async () => {
    const s = await start();
    const mine = await generate(s);
    const theirs = await generate(s);
    const base = s.url.replace('http', 'ws');
    await expect(open(`${base}/v3/directline/conversations/${mine.conversationId}/stream?t=${mine.token}`)).rejects.toThrow('HTTP 403');
    const { body } = await call(s, 'POST', '/conversations', theirs.token, {});
    const stolen = String(body.streamUrl).replace(theirs.conversationId, mine.conversationId);
    await expect(open(stolen)).rejects.toThrow('HTTP 403');
  });
});
