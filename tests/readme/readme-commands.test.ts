/**
 * The README's commands and examples, as a newcomer runs them: read from the README itself, so
 * that an example that stops working, or a README that drifts from the code, fails here.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { createHttpApp } from '../../src/server.js';
import { SEARCH_COMMAND } from '../../src/teams/offer-search.js';
import { conversation, startTremplin } from '../support/conversation.js';
import { SLOW } from '../support/patience.js';

const README = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const BIN = fileURLToPath(new URL('../../bin/tremplin.js', import.meta.url));

/** The README's fenced code block holding `text`, as lines. */
function block(text: string): string[] {
  const found = [...README.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).find((b) => b.includes(text));
  if (!found) throw new Error(`README: no code block with "${text}"`);
  return found.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
}
/** A shell line's words, quotes removed (the README's lines use only double quotes). */
const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

const PLAYGROUND_START = block('m365agentsplayground').find((l) => l.endsWith('npm start'))!;
const PLAYGROUND = block('m365agentsplayground').find((l) => l.includes('m365agentsplayground'))!;

describe('the Teams examples, in the Agents Playground set-up the README gives', () => {
  let tremplin: Tremplin;
  let server: http.Server;
  let base: string;
  /** The environment of the README's `npm start` line for the Playground. */
  const env = Object.fromEntries(words(PLAYGROUND_START).filter((w) => /^[A-Z_]+=/.test(w)).map((w) => w.split('=') as [string, string]));

  beforeAll(async () => {
    tremplin = await startTremplin(undefined, env, { shipped: true });
    await tremplin.services.applications!.store.upsert([
      { reference: '20240001', email: 'alice@example.org', offerId: 'beta-gouv-developpeurs', status: 'received', updatedAt: new Date('2026-11-02T09:00:00Z') },
    ]);
    // A question the bot cannot answer, for the report to hold one to draft.
    await conversation(tremplin).say('Y a-t-il une salle de sport à la DINUM ?');
    await tremplin.bot.afterReply.idle();
    const web = await createHttpApp(tremplin);
    server = web.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    web.attach(server);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, SLOW);
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await tremplin.close();
  });

  /** What the Playground posts: a Teams message from the mock tenant, replies sent back to it. */
  async function post(activity: Record<string, unknown>) {
    const tenant = env.RECRUITER_TENANT_IDS!;
    const res = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channelId: 'msteams',
        serviceUrl: 'http://localhost:56150/_connector',
        from: { id: '29:playground-user', aadObjectId: '00000000-0000-0000-0000-0000000000011', name: 'Alex Wilber' },
        recipient: { id: '28:tremplin', name: 'Tremplin' },
        conversation: { id: `personal-${Math.random()}`, conversationType: 'personal', tenantId: tenant },
        channelData: { tenant: { id: tenant } },
        locale: 'fr-FR',
        deliveryMode: 'expectReplies',
        ...activity,
      }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { activities?: { text?: string; channelData?: { intent?: string; answered?: boolean } }[]; composeExtension?: { attachments: { preview: { content: { title: string } } }[] } };
  }

  const recruiterLines = block('questions sans réponse');
  it.each(recruiterLines)('a recruiter types "%s": the bot understands and answers it', async (line) => {
    const reply = (await post({ type: 'message', text: line })).activities!.at(-1)!;
    const { intent, answered } = reply.channelData ?? {};
    expect(intent, reply.text).not.toMatch(/^(fallback|recruiter_refused)$/);
    expect(answered, reply.text).not.toBe(false);
  });

  it('the message extension answers the command id and parameter the README names', async () => {
    const manifest = readFileSync(path.join(PROJECT_ROOT, 'manifest/manifest.json'), 'utf8');
    const [, commandId, parameter] = /command id `(\w+)`, parameter `(\w+)`/.exec(README) ?? [];
    expect([commandId, parameter]).toEqual([SEARCH_COMMAND, 'query']);
    expect(manifest).toMatch(new RegExp(`"id": "${commandId}"[\\s\\S]*"name": "${parameter}"`));
    const body = await post({ type: 'invoke', deliveryMode: undefined, name: 'composeExtension/query', value: { commandId, parameters: [{ name: parameter, value: 'data' }], queryOptions: { skip: 0, count: 25 } } });
    expect(body.composeExtension!.attachments.map((a) => a.preview.content.title)).toContain('NLP data scientist');
  });
});

describe('the Agents Playground command', () => {
  it('runs without a question (npx -y) and points at the server npm start runs', () => {
    expect(PLAYGROUND).toMatch(/^TEAMSAPPTESTER_BROWSER=none npx -y @microsoft\/m365agentsplayground /);
    const endpoint = new URL(words(PLAYGROUND)[words(PLAYGROUND).indexOf('-e') + 1]!);
    expect([endpoint.port, endpoint.pathname]).toEqual([String(loadConfig({}).port), '/api/messages']);
    expect(words(PLAYGROUND)[words(PLAYGROUND).indexOf('-c') + 1]).toBe('msteams');
    // Its replies go to where the Playground listens, which the server accepts by default.
    expect(loadConfig({}).anonymousReplyUrls).toContain(new URL(/# then open (http:\S+)/.exec(README)![1]!).origin);
  });
});

describe('the command line examples', () => {
  const asks = block('npx tremplin ask').filter((l) => l.startsWith('npx tremplin ask'));
  it.each(asks)('`%s` answers', async (line) => {
    const args = words(line).slice(2);
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) =>
      execFile(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'silent' } }, (error, out) => (error ? reject(error) : resolve({ stdout: out }))),
    );
    if (args.includes('--json')) {
      const reply = JSON.parse(stdout) as { answered?: boolean; sources: string[] } | { answered?: boolean; sources: string[] }[];
      const last = Array.isArray(reply) ? reply.at(-1)! : reply;
      expect(last.answered).toBe(true);
      expect(last.sources.length).toBeGreaterThan(0);
    } else {
      expect(stdout).toMatch(/Source/);
    }
  }, SLOW);

  it('says how long the first install takes', () => {
    expect(README).toMatch(/first `npm install` takes about 6–7 minutes/);
  });
});

describe("the README's intents table", () => {
  it('names every intent a reply can carry, and no other', async () => {
    const { INTENTS } = await import('../../src/understanding/intents.js');
    const table = README.slice(README.indexOf('| intent | what |'));
    const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
    const named = rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!));
    expect(named.sort()).toEqual(Object.keys(INTENTS).sort());
  });
});
