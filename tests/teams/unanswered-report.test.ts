/**
 * The unanswered-questions report as a recruiter uses it in Teams (through /api/messages, as the
 * Agents Playground sends it): what to do about each question, and the FAQ draft a button gives,
 * in the conversation — no command to run on the server.
 */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemble, type Tremplin } from '../../src/assemble.js';
import { loadConfig } from '../../src/config.js';
import { createHttpApp } from '../../src/server.js';
import { CONVERSATION_KNOWLEDGE, conversation } from '../support/conversation.js';

const RECRUITER = '11111111-aaaa-bbbb-cccc-000000000001';
const CANTEEN = 'Y a-t-il une cantine chez beta.gouv.fr ?';
const SALARY = 'Quel salaire pour le poste de data scientist à la DINUM ?';

let dir: string;
let tremplin: Tremplin;
let server: http.Server;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tremplin-unanswered-'));
  await cp(CONVERSATION_KNOWLEDGE, path.join(dir, 'knowledge'), { recursive: true });
  const config = loadConfig({ KNOWLEDGE_DIR: path.join(dir, 'knowledge'), DATA_DIR: path.join(dir, 'data'), RECRUITER_IDS: RECRUITER, ALLOW_UNAUTHENTICATED_RECRUITERS: 'true' });
  tremplin = await assemble({ ...config, logLevel: 'silent' }, { watch: false });
  const web = await createHttpApp(tremplin);
  server = web.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  web.attach(server);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Candidates on the website: two ask about a canteen, one twice about an offer's salary.
  await conversation(tremplin, { userId: 'visitor-1' }).say(CANTEEN);
  await conversation(tremplin, { userId: 'visitor-2' }).say('Est-ce qu’il y a une cantine chez beta.gouv.fr ?');
  const third = conversation(tremplin, { userId: 'visitor-3' });
  await third.say(SALARY);
  await third.say(SALARY);
  await tremplin.bot.afterReply.idle();
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await tremplin.close();
  await rm(dir, { recursive: true, force: true });
});

interface Reply {
  text: string;
  textFormat?: string;
  channelData: { intent: string };
  suggestedActions?: { actions: { title: string; value: string }[] };
}

/** What the recruiter sees after typing `text` in a personal chat with the bot in Teams. */
async function recruiterSays(text: string, locale = 'fr-FR', aadObjectId = RECRUITER): Promise<Reply> {
  const res = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      text,
      locale,
      deliveryMode: 'expectReplies',
      channelId: 'msteams',
      serviceUrl: 'http://localhost:56150/',
      from: { id: `29:${aadObjectId}`, aadObjectId, name: 'Camille Recruteuse' },
      recipient: { id: '28:tremplin', name: 'Tremplin' },
      conversation: { id: `a:teams-${Math.random()}`, conversationType: 'personal', tenantId: 'tenant' },
      channelData: { tenant: { id: 'tenant' } },
    }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Reply[] }).activities.at(-1)!;
}
const buttons = (reply: Reply) => (reply.suggestedActions?.actions ?? []).map((a) => [a.title, a.value]);
/** The text as Teams shows it, tags removed. */
const shown = (reply: Reply) =>
  reply.text
    .replace(/<\/?(?:code|strong|em)>/g, '')
    .replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The report's numbered items as Teams shows them (an HTML ordered list), and the numbers of the two groups. */
function items(report: Reply) {
  const list = report.text.split('<li>').slice(1).map((item) => shown({ ...report, text: item }).trim());
  const number = (word: string) => list.findIndex((item) => item.includes(word)) + 1;
  return { list, canteen: number('cantine'), salary: number('data scientist') };
}

describe('the unanswered-questions report in Teams', () => {
  it('says what to do about each question, with no command to run', async () => {
    const report = await recruiterSays('questions sans réponse');
    expect(report.channelData.intent).toBe('unanswered_report');
    expect(report.text).toMatch(/^<p>Questions sans réponse ces 30 derniers jours, les plus fréquentes d’abord :<\/p><ol>/);
    expect(shown(report)).not.toMatch(/npx|tremplin report/);
    const { list, canteen, salary } = items(report);
    expect(list).toHaveLength(2);
    expect(list[salary - 1]).toMatch(/^« Quel salaire pour le poste de data scientist à la DINUM \? » \(2 questions de 1 visiteur\) — « Data scientist » \(DINUM\)\s+→ à compléter dans la fiche de l’offre : offers\/dinum-data-scientist\.md : salary/);
    expect(list[canteen - 1]).toMatch(new RegExp(`^« Y a-t-il une cantine chez beta\\[\\.\\]gouv\\[\\.\\]fr \\? » \\(2 questions de 2 visiteurs\\).*\\s+→ « Brouillon ${canteen} » : une fiche FAQ à compléter$`));
    expect(buttons(report)).toEqual([[`Brouillon ${canteen}`, `brouillon ${canteen}`]]);
  });

  it('gives the FAQ draft in the conversation, and saves it once in drafts/', async () => {
    const { canteen } = items(await recruiterSays('questions sans réponse'));
    const draft = await recruiterSays(`brouillon ${canteen}`);
    expect(draft.channelData.intent).toBe('unanswered_report');
    const text = shown(draft);
    const [name] = await readdir(path.join(dir, 'knowledge/drafts'));
    expect(text).toContain(`Enregistré dans knowledge/drafts/${name}`);
    const file = await readFile(path.join(dir, 'knowledge/drafts', name!), 'utf8');
    // The draft itself, readable in Teams as a block of text to copy: the same as the saved file.
    expect(draft.text).toContain('<pre><code');
    expect(text).toContain(file.trim());
    expect(file).toMatch(/question: .*cantine/);
    expect(file).toMatch(/tags:\n\s+- brouillon/);

    const again = shown(await recruiterSays(`brouillon ${canteen}`));
    expect(again).toContain(`Un brouillon existe déjà dans knowledge/drafts/${name} : laissé tel quel.`);
    expect(await readdir(path.join(dir, 'knowledge/drafts'))).toEqual([name]);
  });

  it('points an offer’s question to the offer’s file instead of a draft', async () => {
    const { salary } = items(await recruiterSays('questions sans réponse'));
    const text = shown(await recruiterSays(`brouillon ${salary}`));
    expect(text).toMatch(/porte sur une offre[\s\S]*offers\/dinum-data-scientist\.md : salary/);
    expect(await readdir(path.join(dir, 'knowledge/drafts'))).toHaveLength(1);
  });

  it('says so when the number is not in the report', async () => {
    const reply = await recruiterSays('brouillon 12');
    expect(shown(reply)).toContain('Le relevé n’a pas de question n° 12 : il en compte 2.');
    expect(buttons(reply)).toEqual([['Questions sans réponse', 'questions sans réponse']]);
  });

  it('works in English', async () => {
    const report = await recruiterSays('unanswered questions', 'en-US');
    const { list, canteen } = items(report);
    expect(list[canteen - 1]).toMatch(new RegExp(`\\(2 questions from 2 visitors\\).*\\s+→ “Draft ${canteen}”: an FAQ entry to complete$`));
    expect(buttons(report)).toEqual([[`Draft ${canteen}`, `draft ${canteen}`]]);
  });

  it('is a recruiter’s: anyone else typing "brouillon 2" gets the candidate flow, not a draft', async () => {
    const reply = await recruiterSays('brouillon 1', 'fr-FR', 'not-a-recruiter');
    expect(reply.channelData.intent).not.toBe('unanswered_report');
    expect(reply.text).not.toContain('cantine');
  });
});
