/**
 * What is left of a candidate's dossier number and e-mail address once their status is told:
 * nothing, in Redis (conversation state, Direct Line history, verification counts) nor in the
 * instance's memory. The number stays only while the dialog waits for the address.
 */
import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../support/conversation.js';
import { connectReady, startRedis, type RedisServer } from '../support/redis-server.js';
import { generateToken, pollReplies, postDirectLine, startHttpTremplin, type DirectLineGrant, type RunningTremplin } from '../support/tremplin-http.js';

const APPLICATION = { reference: '20240002', email: 'camille.petit@example.org', offerId: 'beta-gouv-developpeurs', status: 'in_review' as const, updatedAt: new Date('2026-11-02T09:00:00Z') };
/** Any trace of them: the number's digits in any grouping, the address or its parts. */
const TRACES = /20240002|camille|petit@|example\.org/i;
/** The traces found in `text`, with what surrounds them. */
const traces = (text: string) => [...text.matchAll(new RegExp(`.{0,60}(?:${TRACES.source}).{0,20}`, 'gi'))].map((m) => m[0]);

/** Everything Redis holds, as text. */
async function everythingIn(redis: RedisServer): Promise<string> {
  const client = await connectReady(redis.url);
  try {
    const parts: string[] = [];
    for (const key of await client.keys('*')) {
      const type = await client.type(key);
      if (type === 'hash') parts.push(key, JSON.stringify(await client.hgetall(key)));
      else if (type === 'list') parts.push(key, ...(await client.lrange(key, 0, -1)));
      else if (type === 'zset') parts.push(key, ...(await client.zrange(key, 0, -1)));
      else if (type === 'string') parts.push(key, (await client.get(key)) ?? '');
      else parts.push(key, type);
    }
    return parts.join('\n');
  } finally {
    client.disconnect();
  }
}

async function say(instance: RunningTremplin, grant: DirectLineGrant, text: string): Promise<Partial<Activity>[]> {
  return pollReplies(instance.url, grant, await postDirectLine(instance.url, grant, text));
}

describe('a dossier number and an e-mail address, once checked', () => {
  let redis: RedisServer;
  let withRedis: RunningTremplin;
  let inMemory: RunningTremplin;
  beforeAll(async () => {
    redis = await startRedis();
    [withRedis, inMemory] = await Promise.all([
      startHttpTremplin({ REDIS_URL: redis.url, DIRECTLINE_SECRET: randomBytes(32).toString('base64url') }),
      startHttpTremplin(),
    ]);
    for (const instance of [withRedis, inMemory]) await instance.tremplin.services.applications!.store.upsert([APPLICATION]);
  });
  afterAll(async () => {
    await withRedis?.close();
    await inMemory?.close();
    await redis?.stop();
  });

  it('leave nothing in Redis: state, Direct Line history, counts', async () => {
    const grant = await generateToken(withRedis.url);
    check('question', await say(withRedis, grant, 'Où en est ma candidature ?'), { intent: 'application_status', say: 'numéro de dossier' });
    check('number', await say(withRedis, grant, 'dossier n° 20240002'), { intent: 'application_status', say: 'adresse e-mail' });
    // A wrong address first: the failure is counted, under keyed hashes.
    check('wrong', await say(withRedis, grant, 'Où en est ma candidature 20240002 ? camille@example.org'), { say: 'ne trouve pas' });
    check('address', await say(withRedis, grant, 'Où en est ma candidature 20240002 ? camille.petit@example.org'), { intent: 'application_status', say: "en cours d'examen" });
    await withRedis.tremplin.bot.afterReply.idle();
    const stored = await everythingIn(redis);
    expect(stored).toMatch(/tremplin:state:/);
    expect(stored).toMatch(/tremplin:directline:log:/);
    expect(traces(stored)).toEqual([]);
  });

  it('leave nothing in the instance’s memory: conversation state, Direct Line history', async () => {
    const grant = await generateToken(inMemory.url);
    await say(inMemory, grant, 'Où en est ma candidature 20240002 ?');
    check('address', await say(inMemory, grant, 'camille.petit@example.org'), { intent: 'application_status', say: "en cours d'examen" });
    const history = await fetch(`${inMemory.url}/v3/directline/conversations/${grant.conversationId}/activities`, { headers: { authorization: `Bearer ${grant.token}` } });
    expect(traces(await history.text())).toEqual([]);
    const state = await inMemory.tremplin.storage.read([`webchat/conversations/${grant.conversationId}/`, `webchat/users/${(JSON.parse(Buffer.from(grant.token.split('.')[1]!, 'base64url').toString()) as { user: string }).user}/`]);
    expect(Object.keys(state).length).toBeGreaterThan(0);
    expect(traces(JSON.stringify(state))).toEqual([]);
  });
});
