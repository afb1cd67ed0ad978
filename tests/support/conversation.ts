/**
 * Conversation tests as transcripts: what the user says, what the bot must say. Each turn goes
 * through the real adapter (CloudAdapter, expectReplies) into the real bot and dialogs, on a
 * frozen copy of the knowledge (tests/fixtures/knowledge/conversations), so that an HR edit of
 * knowledge/ does not break them.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { expect } from 'vitest';
import { assemble, type Tremplin } from '../../src/assemble.js';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { offersShown } from '../../src/cards/offer-card.js';

/** What the bot must say in reply to one message. */
export interface BotMust {
  /** channelData.intent of the last reply. */
  intent?: string;
  /** Texts the replies contain, their text or their cards (case and accents ignored). */
  say?: string | string[];
  /** Texts the replies must not contain. */
  notSay?: string | string[];
  /** Knowledge ids among channelData.sources (all of them). */
  cite?: string | string[];
  /** channelData.answered of the last reply. */
  answered?: boolean;
  /** Suggested-action titles offered (all of them). */
  suggest?: string | string[];
  /** Suggested actions (titles) the last reply must not offer. */
  notSuggest?: string | string[];
  /** Number of offers shown in cards. */
  cards?: number;
}

/** One line of a transcript: the user's message, then what the bot must say. */
export type Turn = readonly [userSays: string, botMust: BotMust];

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u00a0\u202f]/g, ' ').toLowerCase();
/** Every text block of a card, nested ones included. */
function cardTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(cardTexts);
  if (!node || typeof node !== 'object') return [];
  const element = node as { type?: string; text?: unknown };
  const own = element.type === 'TextBlock' && typeof element.text === 'string' ? [element.text] : [];
  return [...own, ...Object.values(node).flatMap((v) => (typeof v === 'object' ? cardTexts(v) : []))];
}
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The knowledge conversation tests run on: a frozen copy of the shipped knowledge. */
export const CONVERSATION_KNOWLEDGE = path.join(import.meta.dirname, '../fixtures/knowledge/conversations');

/**
 * The day frozen knowledge is read on when a test names none: its offers were last confirmed
 * open on 2 November 2026 (`reviewed_on`), so the freshness rule keeps them open on this day
 * whatever day the tests run.
 */
export const FROZEN_NOW = () => new Date('2026-12-07T10:00:00Z');

/**
 * Starts Tremplin as `npm start` would (without HTTP), on the frozen knowledge (or
 * `env.KNOWLEDGE_DIR`; `shipped: true` for a copy of the project's own knowledge/, so that what
 * a test makes the bot write — a recruiter's draft — never lands in the repository), with its
 * data (the application store) in a fresh temporary folder. `now`: default `FROZEN_NOW`, the
 * real clock with `shipped: true`.
 */
export async function startTremplin(now?: () => Date, env: Record<string, string> = {}, options: { shipped?: boolean } = {}): Promise<Tremplin> {
  now ??= options.shipped ? undefined : FROZEN_NOW;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tremplin-test-'));
  if (options.shipped) await cp(path.join(PROJECT_ROOT, 'knowledge'), path.join(dataDir, 'knowledge'), { recursive: true });
  const knowledge = { KNOWLEDGE_DIR: options.shipped ? path.join(dataDir, 'knowledge') : CONVERSATION_KNOWLEDGE };
  const tremplin = await assemble({ ...loadConfig({ DATA_DIR: dataDir, ...knowledge, ...env }), logLevel: 'silent' }, { watch: false, now });
  const close = tremplin.close;
  tremplin.close = async () => {
    await close();
    await rm(dataDir, { recursive: true, force: true });
  };
  return tremplin;
}

let conversations = 0;

/** A conversation with one user; `say` sends a message and returns the bot's replies. */
export function conversation(tremplin: Tremplin, options: { locale?: string; channelId?: string; userId?: string } = {}) {
  const id = `test-conversation-${++conversations}`;
  let n = 0;
  return {
    id,
    async say(text: string): Promise<Partial<Activity>[]> {
      const replies = await tremplin.runTurn({
        type: 'message',
        id: `${id}-${++n}`,
        text,
        locale: options.locale ?? 'fr-FR',
        channelId: options.channelId ?? 'test',
        from: { id: options.userId ?? `${id}-user`, name: 'Candidate', role: 'user' },
        recipient: { id: 'tremplin', name: 'Tremplin', role: 'bot' },
        conversation: { id, isGroup: false, conversationType: 'personal', name: 'test' },
        timestamp: new Date(),
      });
      return replies.filter((r) => r.type === 'message');
    },
  };
}

/** Checks the replies against what the bot must say; the message says which turn failed. */
export function check(userSays: string, replies: Partial<Activity>[], must: BotMust): void {
  const last = replies.at(-1);
  const where = `after “${userSays}”`;
  expect(last, `${where}: no reply`).toBeDefined();
  const data = (last!.channelData ?? {}) as { intent?: string; sources?: string[]; answered?: boolean };
  const text = fold(replies.map((r) => [r.text ?? '', ...cardTexts(r.attachments ?? [])].join('\n')).join('\n'));
  if (must.intent) expect(data.intent, `${where}: intent`).toBe(must.intent);
  for (const s of list(must.say)) expect(text, `${where}: should say “${s}”`).toContain(fold(s));
  for (const s of list(must.notSay)) expect(text, `${where}: should not say “${s}”`).not.toContain(fold(s));
  const sources = replies.flatMap((r) => ((r.channelData ?? {}) as { sources?: string[] }).sources ?? []);
  for (const id of list(must.cite)) expect(sources, `${where}: should cite ${id}`).toContain(id);
  if (must.answered !== undefined) expect(data.answered, `${where}: answered`).toBe(must.answered);
  const titles = (last!.suggestedActions?.actions ?? []).map((a) => fold(String(a.title)));
  for (const s of list(must.suggest)) expect(titles, `${where}: should suggest “${s}”`).toContain(fold(s));
  for (const s of list(must.notSuggest)) expect(titles, `${where}: should not suggest “${s}”`).not.toContain(fold(s));
  if (must.cards !== undefined) expect(offersShown(last!.attachments).length, `${where}: cards`).toBe(must.cards);
}

/** Plays a transcript turn by turn in one conversation. */
export async function play(tremplin: Tremplin, transcript: readonly Turn[], options?: { locale?: string }): Promise<void> {
  const c = conversation(tremplin, options);
  for (const [userSays, must] of transcript) check(userSays, await c.say(userSays), must);
}
