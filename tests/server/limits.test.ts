/**
 * The limits of the public routes, as a client meets them over real HTTP: per-address rates
 * on /api/messages, /api/offers and Direct Line (set through the environment, as an operator
 * would), and what /api/messages refuses outright. Each with its status code and a JSON body
 * saying what happened.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directLineErrors, serverErrors } from '../../src/errors.js';
import {
  botFrameworkMessage,
  generateToken,
  postMessage,
  startHttpTremplin,
  type DirectLineGrant,
  type RunningTremplin,
} from '../support/tremplin-http.js';

let limited: RunningTremplin;
let defaults: RunningTremplin;
/** The first of the 30 conversations `defaults` lets this address start in a minute. */
let grantOnDefaults: DirectLineGrant;
beforeAll(async () => {
  [limited, defaults] = await Promise.all([
    startHttpTremplin({
      RATE_LIMIT_MESSAGES_PER_MINUTE: '3',
      RATE_LIMIT_OFFERS_PER_MINUTE: '2',
      RATE_LIMIT_DIRECTLINE_STARTS_PER_MINUTE: '2',
      RATE_LIMIT_DIRECTLINE_ACTIVITIES_PER_MINUTE: '2',
      TRUST_PROXY: 'loopback',
    }),
    startHttpTremplin(),
  ]);
  grantOnDefaults = await generateToken(defaults.url);
});
afterAll(async () => {
  await limited?.close();
  await defaults?.close();
});

/** Checks a 429 as every public route answers it. */
async function expectTooMany(res: Response, policy: string, limit: number): Promise<void> {
  expect(res.status).toBe(429);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(res.headers.get('ratelimit')).toMatch(new RegExp(`^"${policy}"; r=0; t=\\d+$`));
  expect(res.headers.get('ratelimit-policy')).toMatch(new RegExp(`^"${policy}"; q=${limit}; w=60;`));
  expect(await res.json()).toEqual({ error: { code: 'TooManyRequests', message: serverErrors.tooManyRequests } });
}

const hello = (n: number) => botFrameworkMessage(`limits-${n}`, 'bonjour');

describe('per-address rate limits', () => {
  it('/api/messages: 429 once an address goes over its rate; a client behind the trusted proxy keeps its own count', async () => {
    for (let n = 1; n <= 3; n++) {
      const res = await postMessage(limited.url, hello(n));
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit')).toMatch(new RegExp(`^"messages"; r=${3 - n}; t=\\d+$`));
    }
    await expectTooMany(await postMessage(limited.url, hello(4)), 'messages', 3);

    const forwarded = await fetch(`${limited.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
      body: JSON.stringify(hello(5)),
    });
    expect(forwarded.status).toBe(200);
  });

  it('/api/offers: 429 once an address goes over its rate', async () => {
    for (let n = 1; n <= 2; n++) expect((await fetch(`${limited.url}/api/offers?q=data`)).status).toBe(200);
    await expectTooMany(await fetch(`${limited.url}/api/offers?q=data`), 'offers', 2);
  });

  it('Direct Line: new conversations per address and messages per conversation, as configured', async () => {
    const grant = await generateToken(limited.url);
    await generateToken(limited.url);
    const third = await fetch(`${limited.url}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(third.status).toBe(429);
    expect(((await third.json()) as { error: { code: string } }).error.code).toBe('TooManyRequests');

    const post = () =>
      fetch(`${limited.url}/v3/directline/conversations/${grant.conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${grant.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', from: { id: 'me' }, text: 'bonjour' }),
      });
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200);
    const third429 = await post();
    expect(third429.status).toBe(429);
    expect(third429.headers.get('retry-after')).toBeTruthy();
  });

  it('keeps Direct Line’s default of 30 new conversations a minute per address when nothing is configured', async () => {
    for (let n = 2; n <= 30; n++) await generateToken(defaults.url);
    expect((await fetch(`${defaults.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(429);
  });
});

describe('what /api/messages refuses', () => {
  const problem = async (res: Response) => {
    expect(res.status).toBe(400);
    return ((await res.json()) as { error: { code: string; message: string } }).error;
  };

  it('more than 20 attachments, with 400 naming the field', async () => {
    const attachments = Array.from({ length: 21 }, () => ({ contentType: 'text/plain', content: 'x' }));
    const error = await problem(await postMessage(defaults.url, botFrameworkMessage('refused-1', 'bonjour', { attachments })));
    expect(error).toMatchObject({ code: 'BadArgument', message: expect.stringMatching(/^server: not a valid activity: attachments:/) });
  });

  it('a text over 200,000 characters (within the body limit), with 400; up to there, the bot politely declines', async () => {
    const error = await problem(await postMessage(defaults.url, botFrameworkMessage('refused-2', 'a'.repeat(200_001))));
    expect(error.message).toMatch(/^server: not a valid activity: text:/);
  });

  it('JSON nested deeper than 64 levels, with 400, on /api/messages and on Direct Line', async () => {
    /** `body` (JSON text) with `"field": {"a":{"a":…1}}` nested `levels` deep, written out (stringifying it would overflow here too). */
    const nested = (body: object, field: string, levels: number) =>
      `${JSON.stringify(body).slice(0, -1)},"${field}":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}}`;
    const fine = await postMessage(defaults.url, nested(botFrameworkMessage('deep-1', 'bonjour'), 'channelData', 60));
    expect(fine.status).toBe(200);
    const error = await problem(await postMessage(defaults.url, nested(botFrameworkMessage('deep-2', 'bonjour'), 'channelData', 10_000)));
    expect(error.message).toBe(serverErrors.tooDeep(64));

    const res = await fetch(`${defaults.url}/v3/directline/conversations/${grantOnDefaults.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${grantOnDefaults.token}`, 'content-type': 'application/json' },
      body: nested({ type: 'message', from: { id: 'me' }, text: 'bonjour' }, 'value', 10_000),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(directLineErrors.tooDeep(64));
  });

  it('fields of a type the SDK would trip on, with 400 naming them', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ recipient: undefined }, /recipient:/],
      [{ from: { id: 'u', name: 42 } }, /from\.name:/],
      [{ entities: [{ type: 'mention', text: '@Tremplin' }] }, /entities\.0\.mentioned:/],
      [{ serviceUrl: 'not a url' }, /serviceUrl: expected an http\(s\) URL/],
      [{ deliveryMode: undefined, serviceUrl: undefined }, /serviceUrl: required unless deliveryMode is expectReplies/],
      [{ type: 'invoke', name: 'composeExtension/query', value: null }, /value: an invoke activity needs an object value/],
    ];
    for (const [fields, message] of cases) {
      const error = await problem(await postMessage(defaults.url, botFrameworkMessage('wrong-types', 'bonjour', fields)));
      expect(error.message).toMatch(message);
    }
  });

  it('without an app id, replies go only to the local tools allowed: the Emulator added to ANONYMOUS_REPLY_URLS gets its answer, any other address 403 before any request', async () => {
    const received: { url: string; body: { type?: string; text?: string } }[] = [];
    const listen = () =>
      new Promise<http.Server>((resolve) => {
        const server = http.createServer((req, res) => {
          let body = '';
          req.on('data', (chunk: Buffer) => (body += chunk.toString()));
          req.on('end', () => {
            received.push({ url: `${req.socket.localPort}${req.url ?? ''}`, body: JSON.parse(body) as { type?: string; text?: string } });
            res.setHeader('content-type', 'application/json');
            res.end(JSON.stringify({ id: `reply-${received.length}` }));
          });
        });
        server.listen(0, '127.0.0.1', () => resolve(server));
      });
    const [emulator, elsewhere] = [await listen(), await listen()];
    const port = (emulator.address() as AddressInfo).port;
    const otherPort = (elsewhere.address() as AddressInfo).port;
    const instance = await startHttpTremplin({ ANONYMOUS_REPLY_URLS: `http://localhost:${port}` });
    try {
      const local = await postMessage(instance.url, botFrameworkMessage('emulator-1', 'Le télétravail est-il possible chez beta.gouv.fr ?', { deliveryMode: undefined, serviceUrl: `http://localhost:${port}/` }));
      expect(local.status).toBe(200);
      const answer = received.find((r) => r.body.type === 'message');
      expect(answer?.url).toMatch(new RegExp(`^${port}/v3/conversations/emulator-1/activities`));
      expect(answer?.body.text).toMatch(/à distance/i);

      const refused = [
        'https://attacker.example/',
        `http://localhost:${otherPort}/`,
        `http://127.0.0.1:${otherPort}/v3/`,
        `http://localhost:${port}@127.0.0.1:${otherPort}/`,
        'http://0x7f000001:6379/',
        `http://[::1]:${otherPort}/`,
      ];
      for (const serviceUrl of refused) {
        const res = await postMessage(instance.url, botFrameworkMessage('emulator-2', 'bonjour', { deliveryMode: undefined, serviceUrl }));
        expect(res.status, serviceUrl).toBe(403);
        expect(((await res.json()) as { error: { code: string; message: string } }).error).toEqual({ code: 'Forbidden', message: serverErrors.remoteServiceUrl });
      }
      // Nothing was sent to any address but the allowed one: no port probing, no forgery.
      expect(received.every((r) => r.url.startsWith(`${port}/`))).toBe(true);
      // The Agents Playground's address is allowed by default.
      expect(defaults.tremplin.config.anonymousReplyUrls).toContain('http://localhost:56150');
    } finally {
      await instance.close();
      await new Promise((resolve) => emulator.close(resolve));
      await new Promise((resolve) => elsewhere.close(resolve));
    }
  });

  it('a body that is not JSON, with 400', async () => {
    const res = await fetch(`${defaults.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'bonjour' });
    expect((await problem(res)).code).toBe('BadArgument');
  });
});
