import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { createHttpApp, starting } from '../../src/server.js';
import { startTremplin } from '../support/conversation.js';
import { startHttpTremplin, type RunningTremplin } from '../support/tremplin-http.js';

let tremplin: Tremplin;
let server: http.Server;
let base: string;

beforeAll(async () => {
  tremplin = await startTremplin();
  const web = await createHttpApp(tremplin);
  server = web.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  web.attach(server);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await tremplin.close();
});

const activity = (fields: Record<string, unknown>) => ({
  type: 'message',
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9/unused',
  from: { id: 'user-1', name: 'Candidate' },
  recipient: { id: 'tremplin', name: 'Tremplin' },
  conversation: { id: `http-${Math.random()}` },
  locale: 'fr-FR',
  deliveryMode: 'expectReplies',
  ...fields,
});

const post = (body: unknown, raw = false) =>
  fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ? String(body) : JSON.stringify(body) });

describe('POST /api/messages', () => {
  it('answers in the HTTP response when asked to expect replies', async () => {
    const res = await post(activity({ text: 'Le télétravail est possible chez beta.gouv.fr ?' }));
    expect(res.status).toBe(200);
    const { activities } = (await res.json()) as { activities: { text: string; channelData: { intent: string; sources: string[] }; entities: unknown[] }[] };
    expect(activities).toHaveLength(1);
    expect(activities[0]!.text).toContain('ponctuel');
    expect(activities[0]!.channelData).toMatchObject({ intent: 'remote_work', sources: ['beta-gouv-developpeurs'] });
    expect(activities[0]!.entities).toEqual([
      expect.objectContaining({ type: 'https://schema.org/Message', citation: [expect.objectContaining({ '@type': 'Claim', position: 1 })] }),
    ]);
  });

  it('refuses malformed JSON with a clear 400', async () => {
    const res = await post('{"type": "message", "text": ', true);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'BadSyntax', message: 'server: the request body is not valid JSON' } });
  });

  it('refuses an activity without a type, naming what is missing', async () => {
    const res = await post({ text: 'bonjour' });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { message: string } };
    expect(error.message).toMatch(/^server: not a valid activity: type: .*conversation/);
  });

  it('ignores unknown activity types without failing', async () => {
    const res = await post(activity({ type: 'somethingNew', text: 'x' }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { activities: unknown[] }).activities).toEqual([]);
  });

  it('meets an empty message with help', async () => {
    const res = await post(activity({ text: '   ' }));
    const { activities } = (await res.json()) as { activities: { channelData: { intent: string } }[] };
    expect(activities[0]!.channelData.intent).toBe('help');
  });

  it('politely refuses a 100 KB message without reading it', async () => {
    const res = await post(activity({ text: 'salaire '.repeat(12_800) }));
    expect(res.status).toBe(200);
    const { activities } = (await res.json()) as { activities: { text: string }[] };
    expect(activities[0]!.text).toContain('trop long');
  });

  it('refuses bodies over the limit with 413', async () => {
    const res = await post(activity({ text: 'x'.repeat(300 * 1024) }));
    expect(res.status).toBe(413);
  });
});

describe('GET /healthz', () => {
  it('reports the loaded knowledge', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; knowledge: { offers: number; faqs: number } };
    expect(body.status).toBe('ok');
    expect(body.knowledge.offers).toBeGreaterThan(20);
    expect(body.knowledge.faqs).toBeGreaterThan(40);
  });

  it('says 503 while starting', () => {
    let status = 0;
    let body = '';
    starting({} as http.IncomingMessage, { writeHead: (s: number) => (status = s), end: (b: string) => (body = b) } as unknown as http.ServerResponse);
    expect(status).toBe(503);
    expect(JSON.parse(body)).toEqual({ status: 'starting' });
  });
});

describe('POST /api/messages with an app id configured (JWT-validated, as behind Azure Bot Service)', () => {
  let secured: RunningTremplin;
  beforeAll(async () => {
    secured = await startHttpTremplin({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' });
  });
  afterAll(async () => {
    await secured?.close();
  });
  const postWithoutToken = () =>
    fetch(`${secured.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity({ text: 'Quel salaire chez beta.gouv.fr ?' })),
    });

  it('refuses a caller without a token with 401, and answers nothing', async () => {
    const res = await postWithoutToken();
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('activities');
  });
});
