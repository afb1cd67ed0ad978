/**
 * What a candidate sees when Redis stops mid-conversation, through the real bot on the shipped
 * knowledge with its state in a real Redis: the conversation goes on where it was (a question
 * waiting for its answer still waits for it), /healthz says degraded, and what was said
 * meanwhile is in Redis once it is back.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assemble, type Tremplin } from '../../src/assemble.js';
import { createStateStorage, type StateStorage } from '../../src/bot/state/create-storage.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { health } from '../../src/server.js';
import { check, conversation } from '../support/conversation.js';
import { FAST_REDIS, settlesWhileDown, startRedis, type RedisServer } from '../support/redis-server.js';
import { EVENTUALLY } from '../support/patience.js';

let server: RedisServer;
let storage: StateStorage;
let tremplin: Tremplin;
beforeAll(async () => {
  server = await startRedis();
  storage = await createStateStorage({ redisUrl: server.url }, createLogger('silent'), {
    connection: FAST_REDIS,
    retryEveryMs: 100,
  });
  tremplin = await assemble({ ...loadConfig({}), logLevel: 'silent' }, { watch: false, storage });
});
afterAll(async () => {
  await tremplin?.close();
  await storage?.close();
  await server?.stop();
});

const SALARY = "Quel est le salaire d'un développeur chez beta.gouv.fr ?";
const REMOTE = 'Le télétravail est possible chez beta.gouv.fr ?';

describe('a Redis outage, as candidates see it', () => {
  it('while Redis hangs, a question waiting for its answer still waits for it; what was said meanwhile is in Redis afterwards', async () => {
    const chat = conversation(tremplin);
    check(SALARY, await chat.say(SALARY), { intent: 'salary', say: "dépend de l'expérience" });
    server.pause();
    try {
      check('8 ans', await settlesWhileDown(chat.say('8 ans')), { intent: 'salary', say: '3 500 € nets' });
      check(REMOTE, await settlesWhileDown(chat.say(REMOTE)), { intent: 'remote_work', say: 'ponctuel', cite: 'beta-gouv-developpeurs' });
      expect(health(tremplin)).toMatchObject({ status: 'degraded', state: { status: 'degraded', backend: 'redis' } });
    } finally {
      server.resume();
    }
    await vi.waitFor(() => expect(health(tremplin)).toMatchObject({ status: 'ok', state: { status: 'ok' } }), EVENTUALLY);
    // Another instance, reading Redis only, carries on the conversation with what it learnt meanwhile.
    const other = await createStateStorage({ redisUrl: server.url }, createLogger('silent'), { connection: FAST_REDIS });
    try {
      const key = `test/conversations/${chat.id}/`;
      const state = JSON.stringify((await other.read([key]))[key]);
      expect(state).toMatch(/remote_work/);
      expect(state).toMatch(/"years":8|"experience"/);
    } finally {
      await other.close();
    }
  });

  it('while Redis is down, keeps answering (and remembering on this instance); after its restart, remembers again', async () => {
    const during = conversation(tremplin);
    await server.kill();
    try {
      check(REMOTE, await settlesWhileDown(during.say(REMOTE)), { intent: 'remote_work', say: 'ponctuel' });
      check(SALARY, await settlesWhileDown(during.say(SALARY)), { intent: 'salary', say: "dépend de l'expérience" });
      check('8 ans', await settlesWhileDown(during.say('8 ans')), { intent: 'salary', say: '3 500' });
      expect(storage.health().status).toBe('degraded');
    } finally {
      await server.restart();
    }
    await vi.waitFor(() => expect(storage.health().status).toBe('ok'), EVENTUALLY);
    const after = conversation(tremplin);
    check(SALARY, await after.say(SALARY), { intent: 'salary', say: "dépend de l'expérience" });
    check('8 ans', await after.say('8 ans'), { intent: 'salary', say: '3 500 € nets' });
  });
});
