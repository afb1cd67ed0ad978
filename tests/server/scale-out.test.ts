/**
 * Two instances behind an imaginary load balancer: a real redis-server, two Tremplins on two
 * ports sharing REDIS_URL and DIRECTLINE_SECRET (each with its own data folder), real HTTP.
 * A conversation started on one instance finishes correctly on the other, whichever channel
 * carries it; /healthz says degraded while their Redis is away.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { check } from '../support/conversation.js';
import type { RedisServer } from '../support/redis-server.js';
import {
  generateToken,
  pollReplies,
  postDirectLine,
  sayOverHttp,
  useTwoInstances,
  type RunningTremplin,
} from '../support/tremplin-http.js';
import { EVENTUALLY } from '../support/patience.js';

const SALARY = "Quel est le salaire d'un développeur chez beta.gouv.fr ?";
const YEARS = '8 ans';

const instances = useTwoInstances();
let redis: RedisServer;
let a: RunningTremplin;
let b: RunningTremplin;
beforeAll(() => {
  ({ redis, a, b } = instances());
});

describe('two instances sharing Redis', () => {
  it('finishes over /api/messages on one instance a conversation started on the other', async () => {
    const conversationId = `scale-out-${randomBytes(6).toString('hex')}`;
    check(SALARY, await sayOverHttp(a.url, conversationId, SALARY), { intent: 'salary', say: "dépend de l'expérience" });
    check(YEARS, await sayOverHttp(b.url, conversationId, YEARS), { intent: 'salary', say: '3 500 € nets' });
  });

  it('finishes over Direct Line: token from one instance, turns run on either, replies read from the other', async () => {
    const grant = await generateToken(a.url);
    const first = await postDirectLine(b.url, grant, SALARY);
    check(SALARY, await pollReplies(a.url, grant, first), { intent: 'salary', say: "dépend de l'expérience" });
    const second = await postDirectLine(a.url, grant, YEARS);
    check(YEARS, await pollReplies(b.url, grant, second), { intent: 'salary', say: '3 500 € nets' });
  });

  it('says degraded on /healthz (still 200) while Redis is down, and ok once it is back', async () => {
    const healthOf = async (instance: RunningTremplin) => {
      const res = await fetch(`${instance.url}/healthz`);
      expect(res.status).toBe(200);
      return (await res.json()) as { status: string; state?: { status: string }; directLine?: { status: string } };
    };
    expect(await healthOf(a)).toMatchObject({ status: 'ok', state: { status: 'ok' }, directLine: { status: 'ok' } });
    await redis.kill();
    try {
      await vi.waitFor(async () => expect(await healthOf(a)).toMatchObject({ status: 'degraded', state: { status: 'degraded' } }), EVENTUALLY);
    } finally {
      await redis.restart();
    }
    await vi.waitFor(async () => expect(await healthOf(a)).toMatchObject({ status: 'ok', state: { status: 'ok' }, directLine: { status: 'ok' } }), EVENTUALLY);
  });
});
