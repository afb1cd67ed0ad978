/**
 * Guessing another candidate's application status, as issue 13's attacker did, over real HTTP:
 * a new conversation (or a new Direct Line token) for every guess no longer starts a fresh
 * count. Failures are counted per dossier whoever asks, per client across dossiers, and —
 * with Redis — across instances that each keep their own SQLite file.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressClient, channelClient } from '../../src/bot/turn-origin.js';
import { check } from '../support/conversation.js';
import { botFrameworkMessage, postMessage, startHttpTremplin, useTwoInstances, type RunningTremplin } from '../support/tremplin-http.js';

const ALICE = { reference: '20240001', email: 'Alice.Martin@example.org', offerId: 'beta-gouv-developpeurs', status: 'in_review' as const, updatedAt: new Date('2026-11-02T09:00:00Z') };

/** Seeds the instance's own application store. */
async function seed(instance: RunningTremplin): Promise<void> {
  await instance.tremplin.services.applications!.store.upsert([ALICE]);
}

/** One message over /api/messages in a brand-new conversation, from a brand-new user id. */
async function inNewConversation(url: string, text: string): Promise<Partial<Activity>[]> {
  const id = `guess-${randomBytes(6).toString('hex')}`;
  const res = await postMessage(url, botFrameworkMessage(id, text, { from: { id: `${id}-user` } }));
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Partial<Activity>[] }).activities.filter((a) => a.type === 'message');
}

/** One message over Direct Line with a brand-new token, from the client address `from`; the bot's reply. */
async function withNewToken(url: string, text: string, from = '127.0.0.1'): Promise<Partial<Activity>[]> {
  const { port } = new URL(url);
  const call = (method: string, route: string, token?: string, body?: unknown) =>
    new Promise<any>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const headers: http.OutgoingHttpHeaders = token ? { authorization: `Bearer ${token}` } : {};
      if (payload) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
      const req = http.request({ host: '127.0.0.1', port, method, path: `/v3/directline${route}`, headers, localAddress: from, agent: false }, (res) => {
        let data = '';
        res.on('data', (c: Buffer) => (data += c.toString()));
        res.on('end', () => resolve(JSON.parse(data)));
      });
      req.on('error', reject);
      req.end(payload);
    });
  const grant = await call('POST', '/tokens/generate');
  const posted = await call('POST', `/conversations/${grant.conversationId}/activities`, grant.token, { type: 'message', text, locale: 'fr-FR' });
  for (;;) {
    const page = await call('GET', `/conversations/${grant.conversationId}/activities`, grant.token);
    const replies = (page.activities as Partial<Activity>[]).filter((a) => a.replyToId === posted.id && a.type === 'message');
    if (replies.length > 0) return replies;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('guessing a candidate’s address', () => {
  let instance: RunningTremplin;
  beforeAll(async () => {
    instance = await startHttpTremplin({ RATE_LIMIT_DIRECTLINE_STARTS_PER_MINUTE: '1000' });
    await seed(instance);
  });
  afterAll(() => instance?.close());

  it('over /api/messages, a new conversation per guess: after 5, the dossier refuses even the right address', async () => {
    for (let n = 1; n <= 5; n += 1) {
      const said = `Où en est ma candidature 20240001 ? guess${n}@example.org`;
      // The fifth failure spends the dossier's budget: the candidate is told at once.
      check(said, await inNewConversation(instance.url, said), { intent: 'application_status', answered: false, say: n < 5 ? 'ne trouve pas' : 'Trop d’essais' });
    }
    const right = 'Où en est ma candidature 20240001 ? alice.martin@example.org';
    check(right, await inNewConversation(instance.url, right), {
      intent: 'application_status',
      answered: false,
      say: ['Trop d’essais', 'écrire à l’équipe de recrutement'],
      notSay: "en cours d'examen",
    });
  });

  it('over Direct Line, a new token per guess across dossiers: after 20 failures the address is refused, another is not', async () => {
    for (let n = 1; n <= 20; n += 1) {
      const said = `Où en est ma candidature 3000${String(n).padStart(4, '0')} ? alice.martin@example.org`;
      check(said, await withNewToken(instance.url, said, '127.0.0.5'), { intent: 'application_status', say: n < 20 ? 'ne trouve pas' : 'Trop d’essais' });
    }
    const another = 'Où en est ma candidature 30009999 ? alice.martin@example.org';
    check(another, await withNewToken(instance.url, another, '127.0.0.5'), { intent: 'application_status', say: 'Trop d’essais' });
    check(another, await withNewToken(instance.url, another, '127.0.0.6'), { intent: 'application_status', say: 'ne trouve pas' });
  });
});

describe('instances sharing Redis, each with its own SQLite file', () => {
  const instances = useTwoInstances({ APPLICATIONS_PEPPER: randomBytes(32).toString('hex') });
  let a: RunningTremplin;
  let b: RunningTremplin;
  beforeAll(async () => {
    ({ a, b } = instances());
    await Promise.all([seed(a), seed(b)]);
  });

  it('count a dossier’s failures together: 3 on one and 2 on the other block it on both', async () => {
    for (let n = 1; n <= 3; n += 1) await inNewConversation(a.url, `Où en est ma candidature 20240001 ? a${n}@example.org`);
    for (let n = 1; n <= 2; n += 1) await inNewConversation(b.url, `Où en est ma candidature 20240001 ? b${n}@example.org`);
    const right = 'Où en est ma candidature 20240001 ? alice.martin@example.org';
    check(right, await inNewConversation(a.url, right), { say: 'Trop d’essais' });
    check(right, await inNewConversation(b.url, right), { say: 'Trop d’essais' });
  });
});

describe('who the client is', () => {
  it('is the address for Direct Line and anonymous /api/messages, the Teams user behind the Bot Service', () => {
    expect(addressClient('2001:db8:abcd:12ff::1')).toBe(addressClient('2001:db8:abcd:1200::2'));
    expect(addressClient('::ffff:192.0.2.7')).toBe('address:192.0.2.7');
    const teams = { channelId: 'msteams', from: { id: '29:abc', aadObjectId: 'user-1', name: 'A' }, conversation: { id: 'c', tenantId: 't-1' }, channelData: { tenant: { id: 't-1' } } };
    expect(channelClient(teams as Partial<Activity>)).toBe('teams:t-1:user-1');
    expect(channelClient({ ...teams, channelId: 'slack', from: { id: 'U1', name: 'x' } } as Partial<Activity>)).toBe('channel:slack:U1');
  });
});
