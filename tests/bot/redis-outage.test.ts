/**
 * What a candidate sees when Redis stops mid-conversation, through the real bot on the shipped
 * knowledge with its state in a real Redis: questions that need no memory are still answered,
 * /healthz says degraded, and the conversation's memory is back with Redis.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assemble, type Tremplin } from '../../src/assemble.js';
import { createStateStorage, type StateStorage } from '../../src/bot/state/create-storage.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { health } from '../../src/server.js';
import { check, conversation } from '../support/conversation.js';
import { FAST_REDIS, settlesWithin, startRedis, type RedisServer } from '../support/redis-server.js';

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
  it('while Redis hangs, answers what needs no memory; then picks the conversation up where it was', async () => {
    const chat = conversation(tremplin);
    check(SALARY, await chat.say(SALARY), { intent: 'salary', say: "dépend de l'expérience" });
    server.pause();
    try {
      check(REMOTE, await settlesWithin(5000, chat.say(REMOTE)), { intent: 'remote_work', say: 'ponctuel', cite: 'beta-gouv-developpeurs' });
      expect(health(tremplin)).toMatchObject({ status: 'degraded', state: { status: 'degraded', backend: 'redis' } });
    } finally {
      server.resume();
    }
    await vi.waitFor(() => expect(health(tremplin)).toMatchObject({ status: 'ok', state: { status: 'ok' } }), { timeout: 5000, interval: 50 });
    check('8 ans', await chat.say('8 ans'), { intent: 'salary', say: '3 500 € nets par mois' });
  });

  it('while Redis is down, keeps answering (and remembering on this instance); after its restart, remembers again', async () => {
    const during = conversation(tremplin);
    await server.kill();
    try {
      check(REMOTE, await settlesWithin(2000, during.say(REMOTE)), { intent: 'remote_work', say: 'ponctuel' });
      check(SALARY, await settlesWithin(2000, during.say(SALARY)), { intent: 'salary', say: "dépend de l'expérience" });
      check('8 ans', await settlesWithin(2000, during.say('8 ans')), { intent: 'salary', say: '3 500' });
      expect(storage.health().status).toBe('degraded');
    } finally {
      await server.restart();
    }
    await vi.waitFor(() => expect(storage.health().status).toBe('ok'), { timeout: 5000, interval: 50 });
    const after = conversation(tremplin);
    check(SALARY, await after.say(SALARY), { intent: 'salary', say: "dépend de l'expérience" });
    check('8 ans', await after.say('8 ans'), { intent: 'salary', say: '3 500 € nets par mois' });
  });
});
