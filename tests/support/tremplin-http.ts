/**
 * The whole Tremplin over real HTTP, in this process: `assemble` + `createHttpApp` listening on
 * 127.0.0.1 and a free port, as `npm start` runs it, with its data in a fresh temporary folder.
 * Several can share a Redis (`REDIS_URL`) and a `DIRECTLINE_SECRET`, as instances behind a load
 * balancer do. Plus the few HTTP calls the tests make: a Bot Framework message with
 * `expectReplies`, and Direct Line's token, post and poll.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { assemble, type AssembleOptions, type Tremplin } from '../../src/assemble.js';
import { loadConfig } from '../../src/config.js';
import { createHttpApp } from '../../src/server.js';
import { createHttpServer, type ConnectionLimits } from '../../src/server/http-server.js';
import { afterAll, beforeAll } from 'vitest';
import { startRedis, type RedisServer } from './redis-server.js';

/** A Tremplin listening on 127.0.0.1. */
export interface RunningTremplin {
  /** `http://127.0.0.1:<port>` */
  url: string;
  tremplin: Tremplin;
  server: http.Server;
  close(): Promise<void>;
}

/**
 * Starts Tremplin on the shipped knowledge.
 * @param env environment variables on top of a temporary DATA_DIR (e.g. REDIS_URL, rate limits).
 */
export async function startHttpTremplin(
  env: Record<string, string> = {},
  options: AssembleOptions & { connection?: Partial<ConnectionLimits> } = {},
): Promise<RunningTremplin> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tremplin-http-'));
  const config = { ...loadConfig({ DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', ...env }), logLevel: 'silent' as const };
  const { connection, ...assembleOptions } = options;
  const tremplin = await assemble(config, { watch: false, ...assembleOptions });
  const web = await createHttpApp(tremplin);
  const server = createHttpServer(web.app, { maxConnectionsPerAddress: config.maxConnectionsPerAddress, ...connection });
  web.attach(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tremplin,
    server,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await web.close();
      await tremplin.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A Bot Framework activity from a candidate, as the Emulator sends it, asking for the replies in the response. */
export function botFrameworkMessage(conversationId: string, text: string, fields: Record<string, unknown> = {}) {
  return {
    type: 'message',
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9/unused',
    from: { id: `${conversationId}-user`, name: 'Candidate' },
    recipient: { id: 'tremplin', name: 'Tremplin' },
    conversation: { id: conversationId },
    locale: 'fr-FR',
    deliveryMode: 'expectReplies',
    text,
    ...fields,
  };
}

/** POSTs `body` (JSON unless a string) to /api/messages. */
export function postMessage(url: string, body: unknown): Promise<Response> {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Says `text` in conversation `conversationId` over /api/messages; the bot's messages. */
export async function sayOverHttp(url: string, conversationId: string, text: string): Promise<Partial<Activity>[]> {
  const res = await postMessage(url, botFrameworkMessage(conversationId, text));
  if (res.status !== 200) throw new Error(`POST /api/messages: ${res.status} ${await res.text()}`);
  const { activities } = (await res.json()) as { activities: Partial<Activity>[] };
  return activities.filter((a) => a.type === 'message');
}

/** A Direct Line conversation: its token and id. */
export interface DirectLineGrant {
  conversationId: string;
  token: string;
}

/** POST /v3/directline/tokens/generate. */
export async function generateToken(url: string): Promise<DirectLineGrant> {
  const res = await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' });
  if (res.status !== 200) throw new Error(`tokens/generate: ${res.status} ${await res.text()}`);
  return (await res.json()) as DirectLineGrant;
}

/** Posts a message to the conversation through `url`; its activity id. */
export async function postDirectLine(url: string, grant: DirectLineGrant, text: string): Promise<string> {
  const res = await fetch(`${url}/v3/directline/conversations/${encodeURIComponent(grant.conversationId)}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${grant.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', from: { id: 'me' }, text, locale: 'fr-FR' }),
  });
  if (res.status !== 200) throw new Error(`POST activities: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/**
 * Polls the conversation through `url` (every 50 ms, 60 s at most) until the bot's messages in
 * reply to `activityId` arrive, and stop coming (two reads in a row agree).
 */
export async function pollReplies(url: string, grant: DirectLineGrant, activityId: string): Promise<Partial<Activity>[]> {
  const deadline = Date.now() + 60_000;
  let seen = 0;
  for (;;) {
    const res = await fetch(`${url}/v3/directline/conversations/${encodeURIComponent(grant.conversationId)}/activities`, {
      headers: { authorization: `Bearer ${grant.token}` },
    });
    if (res.status !== 200) throw new Error(`GET activities: ${res.status} ${await res.text()}`);
    const { activities } = (await res.json()) as { activities: Partial<Activity>[] };
    const replies = activities.filter((a) => a.replyToId === activityId && a.type === 'message');
    if (replies.length > 0 && replies.length === seen) return replies;
    seen = replies.length;
    if (Date.now() > deadline) throw new Error(`no reply to ${activityId} after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Two instances behind an imaginary load balancer, and the Redis they share. */
export interface TwoInstances {
  redis: RedisServer;
  a: RunningTremplin;
  b: RunningTremplin;
}

/**
 * Starts, before the file's tests, a real redis-server and two Tremplins sharing REDIS_URL and
 * DIRECTLINE_SECRET (each with its own data folder), plus `env`; stops them after. The getter
 * gives them.
 */
export function useTwoInstances(env: Record<string, string> = {}): () => TwoInstances {
  let started: TwoInstances | undefined;
  beforeAll(async () => {
    const redis = await startRedis();
    const shared = { REDIS_URL: redis.url, DIRECTLINE_SECRET: randomBytes(32).toString('base64url'), ...env };
    const [a, b] = await Promise.all([startHttpTremplin(shared), startHttpTremplin(shared)]);
    started = { redis, a, b };
  });
  afterAll(async () => {
    await started?.a.close();
    await started?.b.close();
    await started?.redis.stop();
  });
  return () => started!;
}
