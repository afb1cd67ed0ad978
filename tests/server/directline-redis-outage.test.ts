/**
 * The website's chat while Redis is away, with a real redis-server and two instances sharing
 * it: tokens are still made, messages still answered — a question waiting for its answer still
 * waits for it — /healthz says degraded, and once Redis is back everything said meanwhile is in
 * Redis, served by the other instance too, with watermarks that only grow.
 */
import type { Activity } from 'botbuilder';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { check } from '../support/conversation.js';
import type { RedisServer } from '../support/redis-server.js';
import { EVENTUALLY } from '../support/patience.js';
import { generateToken, pollReplies, postDirectLine, useTwoInstances, type DirectLineGrant, type RunningTremplin } from '../support/tremplin-http.js';

const SALARY = "Quel est le salaire d'un développeur chez beta.gouv.fr ?";
const REMOTE = 'Le télétravail est possible chez beta.gouv.fr ?';

const instances = useTwoInstances();
let redis: RedisServer;
let a: RunningTremplin;
let b: RunningTremplin;
beforeAll(() => {
  ({ redis, a, b } = instances());
});

const healthOf = async (instance: RunningTremplin) => (await (await fetch(`${instance.url}/healthz`)).json()) as { status: string; directLine?: { status: string }; state?: { status: string } };

/** Every activity of the conversation, read through `instance`. */
async function history(instance: RunningTremplin, grant: DirectLineGrant): Promise<Partial<Activity>[]> {
  const res = await fetch(`${instance.url}/v3/directline/conversations/${grant.conversationId}/activities`, { headers: { authorization: `Bearer ${grant.token}` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Partial<Activity>[] }).activities;
}
const seqOf = (activity: Partial<Activity>) => Number(String(activity.id).split('|')[1]);

describe('Direct Line while Redis is away', () => {
  it('keeps answering, remembers the question waiting for its answer, and hands everything over when Redis is back', async () => {
    const visitor = await generateToken(a.url);
    check(SALARY, await pollReplies(a.url, visitor, await postDirectLine(a.url, visitor, SALARY)), { intent: 'salary', say: "dépend de l'expérience" });
    const before = await history(a, visitor);

    redis.pause();
    let newcomer: DirectLineGrant;
    try {
      // The visitor answers the question the bot asked before the outage.
      check('8 ans', await pollReplies(a.url, visitor, await postDirectLine(a.url, visitor, '8 ans')), { intent: 'salary', say: '3 500 € nets' });
      expect(await healthOf(a)).toMatchObject({ status: 'degraded', directLine: { status: 'degraded' }, state: { status: 'degraded' } });
      // A new visitor starts and gets answers.
      newcomer = await generateToken(a.url);
      check(REMOTE, await pollReplies(a.url, newcomer, await postDirectLine(a.url, newcomer, REMOTE)), { intent: 'remote_work', say: 'ponctuel' });
    } finally {
      redis.resume();
    }
    await vi.waitFor(async () => expect(await healthOf(a)).toMatchObject({ status: 'ok', directLine: { status: 'ok' }, state: { status: 'ok' } }), EVENTUALLY);

    // Nothing said during the outage is lost: the other instance serves both conversations whole.
    const visitorSeen = await history(b, visitor);
    expect(visitorSeen.map((x) => x.text)).toEqual(expect.arrayContaining([SALARY, '8 ans', expect.stringMatching(/3\s500\s€/)]));
    const ids = visitorSeen.map(seqOf);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(Math.min(...ids.slice(before.length))).toBeGreaterThan(Math.max(...before.map(seqOf)));
    expect((await history(b, newcomer!)).map((x) => x.text)).toEqual(expect.arrayContaining([REMOTE, expect.stringContaining('ponctuel')]));

    // Both go on, on either instance, and the watermark a client holds keeps working.
    const watermark = Math.max(...ids);
    const next = await postDirectLine(b.url, visitor, 'Et pour un contrat, CDD ou CDI ?');
    const after = await fetch(`${a.url}/v3/directline/conversations/${visitor.conversationId}/activities?watermark=${watermark}`, { headers: { authorization: `Bearer ${visitor.token}` } });
    const page = (await after.json()) as { activities: Partial<Activity>[] };
    expect(page.activities.some((x) => x.id === next)).toBe(true);
    check(SALARY, await pollReplies(b.url, newcomer!, await postDirectLine(b.url, newcomer!, SALARY)), { intent: 'salary', say: "dépend de l'expérience" });
  });

  it('makes tokens while Redis is down, and the conversations they open are in Redis after its restart', async () => {
    await redis.kill();
    let grant: DirectLineGrant;
    try {
      grant = await generateToken(a.url);
      check(REMOTE, await pollReplies(a.url, grant, await postDirectLine(a.url, grant, REMOTE)), { intent: 'remote_work', say: 'ponctuel' });
    } finally {
      await redis.restart();
    }
    await vi.waitFor(async () => expect(await healthOf(a)).toMatchObject({ status: 'ok', directLine: { status: 'ok' } }), EVENTUALLY);
    expect((await history(b, grant!)).map((x) => x.text)).toEqual(expect.arrayContaining([REMOTE]));
  });
});
