import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { createHttpApp } from '../../src/server.js';
import { startTremplin } from '../support/conversation.js';

const RECRUITER = '11111111-aaaa-bbbb-cccc-000000000001';
const TENANT = '22222222-aaaa-bbbb-cccc-000000000002';

interface Running {
  tremplin: Tremplin;
  server: http.Server;
  base: string;
}

async function start(env: Record<string, string>): Promise<Running> {
  const tremplin = await startTremplin(undefined, env);
  await tremplin.services.applications!.store.upsert([
    { reference: '20240001', email: 'alice@example.org', offerId: 'beta-gouv-developpeurs', status: 'received', updatedAt: new Date('2026-11-02T09:00:00Z') },
  ]);
  const web = await createHttpApp(tremplin);
  const server = web.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  web.attach(server);
  return { tremplin, server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
async function stop(r: Running) {
  await new Promise((resolve) => r.server.close(resolve));
  await r.tremplin.close();
}

const teams = (fields: Record<string, unknown>, aadObjectId = RECRUITER) => ({
  channelId: 'msteams',
  // Without an app id (ALLOW_UNAUTHENTICATED_RECRUITERS, as with the Agents Playground), only a local service URL is served.
  serviceUrl: 'http://localhost:56150/',
  from: { id: `29:${aadObjectId}`, aadObjectId, name: 'Camille Recruteuse' },
  recipient: { id: '28:tremplin', name: 'Tremplin' },
  conversation: { id: `a:teams-${Math.random()}`, conversationType: 'personal', tenantId: 'other-tenant' },
  channelData: { tenant: { id: 'other-tenant' } },
  locale: 'fr-FR',
  ...fields,
});
const message = (text: string, aadObjectId?: string) => teams({ type: 'message', text, deliveryMode: 'expectReplies' }, aadObjectId);

async function post(r: Running, body: unknown) {
  const res = await fetch(`${r.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json().catch(() => undefined)) as Record<string, any> };
}
const replyOf = (body: Record<string, any>) => body.activities.at(-1) as { text: string; channelData: { intent: string } };

describe('Teams, with listed recruiters (development flag on)', () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ RECRUITER_IDS: RECRUITER, RECRUITER_TENANT_IDS: TENANT, ALLOW_UNAUTHENTICATED_RECRUITERS: 'true' });
  });
  afterAll(() => stop(r));

  it('the message extension returns offer cards for "data", with thumbnails', async () => {
    const { status, body } = await post(r, teams({ type: 'invoke', name: 'composeExtension/query', value: { commandId: 'searchOffers', parameters: [{ name: 'query', value: 'data' }], queryOptions: { skip: 0, count: 25 } } }));
    expect(status).toBe(200);
    expect(body.composeExtension.type).toBe('result');
    expect(body.composeExtension.attachmentLayout).toBe('list');
    const titles = body.composeExtension.attachments.map((a: any) => a.preview.content.title);
    expect(titles).toContain('Data scientist');
    expect(titles.length).toBeLessThanOrEqual(25);
    for (const a of body.composeExtension.attachments) {
      expect(a.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(a.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    }
  });

  it('the initial run lists open offers, paged by skip and count', async () => {
    const page = async (skip: number) =>
      (await post(r, teams({ type: 'invoke', name: 'composeExtension/query', value: { commandId: 'searchOffers', parameters: [{ name: 'initialRun', value: 'true' }], queryOptions: { skip, count: 5 } } }))).body
        .composeExtension.attachments.map((a: any) => a.preview.content.title);
    const first = await page(0);
    const second = await page(5);
    expect(first).toHaveLength(5);
    expect(second).toHaveLength(5);
    expect(first.filter((t: string) => second.includes(t))).toEqual([]);
  });

  it('a listed recruiter updates an application and sees its history', async () => {
    const updated = replyOf((await post(r, message('passer 20240001 en entretien note : Entretien le 3 décembre'))).body);
    expect(updated.channelData.intent).toBe('recruiter_application');
    expect(updated.text).toContain('entretien');
    expect(updated.text).toContain('Camille Recruteuse');
    const shown = replyOf((await post(r, message('statut 20240001'))).body);
    expect(shown.text).toMatch(/reçue[\s\S]*entretien|entretien[\s\S]*reçue/);
  });

  it('everyone in a listed tenant is a recruiter', async () => {
    const body = teams({ type: 'message', text: 'statut 20240001', deliveryMode: 'expectReplies', channelData: { tenant: { id: TENANT } } }, 'someone-else');
    expect(replyOf((await post(r, body)).body).channelData.intent).toBe('recruiter_application');
  });

  it('an unlisted Teams user is refused', async () => {
    const reply = replyOf((await post(r, message('passer 20240001 en refusée', 'not-a-recruiter'))).body);
    expect(reply.channelData.intent).toBe('recruiter_refused');
    expect(reply.text).toContain('réservée aux recruteurs');
  });

  it('a web chat activity claiming to be a recruiter is refused', async () => {
    const forged = { ...message('passer 20240001 en acceptée'), channelId: 'webchat' };
    const reply = replyOf((await post(r, forged)).body);
    expect(reply.channelData.intent).toBe('recruiter_refused');
    const shown = await r.tremplin.services.applications!.store.show('20240001');
    expect(shown!.status).not.toBe('accepted');
  });

  it('a candidate typing "statut 12345" outside Teams gets the candidate flow', async () => {
    const reply = replyOf((await post(r, { ...message('statut 20240001'), channelId: 'webchat' })).body);
    expect(reply.channelData.intent).toBe('application_status');
    expect(reply.text).not.toContain('reçue');
  });
});

describe('Teams without an app id and without the development flag', () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ RECRUITER_IDS: RECRUITER });
  });
  afterAll(() => stop(r));

  it('refuses recruiter commands, since /api/messages cannot tell who calls', async () => {
    const reply = replyOf((await post(r, message('passer 20240001 en entretien'))).body);
    expect(reply.channelData.intent).toBe('recruiter_refused');
    expect(reply.text).toContain('MicrosoftAppId');
  });

  it('still answers candidates’ questions in Teams', async () => {
    const reply = replyOf((await post(r, message('Le télétravail est possible chez beta.gouv.fr ?'))).body);
    expect(reply.channelData.intent).toBe('remote_work');
  });
});
