/**
 * Safe edits: what an edit of the knowledge changes in the bot's answers, before it is
 * published. The same questions are asked, in-process, to the real bot reading the knowledge
 * before the edit and to the real bot reading it after, and every answer that differs (text,
 * intent or sources) is reported. By default the questions are made from the entries the edit
 * changes (src/insights/changed-entries.ts). The bot after the edit serves what the server
 * would: a broken file as its last good version when the server's store is given. It runs the
 * whole bot (botbuilder included), which records its events in src/insights: it lives outside
 * that folder, so that insights and the bot never import each other; only the command line
 * loads it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { assemble, type Tremplin } from '../assemble.js';
import type { Config } from '../config.js';
import { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { LastGoodStore } from '../knowledge/last-good.js';
import { formatProblem } from '../knowledge/problems.js';
import type { KeptVersion, KnowledgeSnapshot } from '../knowledge/snapshot.js';
import { createLogger } from '../logger.js';
import { render, say, type ReplySummary } from '../terminal-chat.js';
import { changedEntries, questionsForChanges, type ChangedEntry } from '../insights/changed-entries.js';
import type { QuestionConversation } from '../insights/question-set.js';

/** What the bot answered to one question. */
export interface TurnAnswer {
  /** The intent of the last reply. */
  intent?: string;
  /** The knowledge ids of all the replies, in order, without repeats. */
  sources: string[];
  /** The replies as the terminal shows them (text, cards, suggestions). */
  text: string;
}

/** One question whose answer changed. */
export interface AnswerChange {
  question: string;
  lang: 'fr' | 'en';
  /** Position of the conversation in the question file (1-based). */
  conversation: number;
  /** Position of the question in its conversation (1-based); 1 for a single question. */
  turn: number;
  before: TurnAnswer;
  after: TurnAnswer;
}

/** The outcome of a comparison. */
export interface KnowledgeDiff {
  /** How many questions were asked (to each version). */
  questions: number;
  changes: AnswerChange[];
  /** Problems of the edited knowledge (`path:line: field: message`). */
  problemsAfter: string[];
  /** Broken files the bot after the edit serves as they were last valid (as the server does). */
  keptAfter: KeptVersion[];
  /** The entries served differently after the edit. */
  entries: ChangedEntry[];
  /** Changed entries no question was made for (beyond the most asked). */
  notAsked: number;
}

/** What `diffKnowledge` compares. */
export interface DiffKnowledgeOptions {
  /** The configuration the bots are built from (its data folder and databases are not used). */
  config: Config;
  /** The knowledge folder before the edit. */
  before: string;
  /** The knowledge folder after the edit. */
  after: string;
  /** The questions. Default: made from the entries the edit changes. */
  conversations?: readonly QuestionConversation[];
  /** The clock both bots share (offers' closing dates). Default: the system clock, read once. */
  now?: () => Date;
  /** The server's last good versions, read only: the bot after the edit serves broken files as the server does. */
  afterLastGood?: LastGoodStore;
}

function toAnswer(replies: readonly ReplySummary[]): TurnAnswer {
  return {
    intent: replies.at(-1)?.intent,
    sources: [...new Set(replies.flatMap((r) => r.sources))],
    text: replies.map(render).join('\n\n'),
  };
}

/** A bot reading `knowledgeDir` on a throw-away data folder, without PostgreSQL or Redis, so nothing real is touched. */
async function openBot(config: Config, knowledgeDir: string, now: () => Date, lastGood?: LastGoodStore): Promise<{ tremplin: Tremplin; dataDir: string }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tremplin-diff-'));
  const isolated: Config = { ...config, knowledgeDir, dataDir, databaseUrl: undefined, redisUrl: undefined, logLevel: 'silent' };
  const logger = createLogger('silent');
  const knowledge = await KnowledgeBase.open({ dir: knowledgeDir, now, logger, lastGood });
  return { tremplin: await assemble(isolated, { watch: false, logger, now, knowledge, lastGood: 'none' }), dataDir };
}

/** Asks every question to one bot, one conversation after another. */
async function askAll(tremplin: Tremplin, conversations: readonly QuestionConversation[]): Promise<TurnAnswer[]> {
  const answers: TurnAnswer[] = [];
  for (const [index, conversation] of conversations.entries()) {
    for (const { q, lang } of conversation) answers.push(toAnswer(await say(tremplin, `diff-${index + 1}`, q, lang === 'en' ? 'en-US' : 'fr-FR')));
  }
  return answers;
}

const same = (a: TurnAnswer, b: TurnAnswer) => a.text === b.text && a.intent === b.intent && a.sources.join('\n') === b.sources.join('\n');

/** Asks the questions to both versions of the knowledge and lists the answers that changed. */
export async function diffKnowledge(options: DiffKnowledgeOptions): Promise<KnowledgeDiff> {
  const instant = new Date();
  const now = options.now ?? (() => instant);
  const bots = [await openBot(options.config, options.before, now), await openBot(options.config, options.after, now, options.afterLastGood)];
  try {
    const [before, after] = bots.map((b) => b.tremplin.knowledge.snapshot()) as [KnowledgeSnapshot, KnowledgeSnapshot];
    const changed = changedEntries(before, after);
    const made = options.conversations ? { conversations: options.conversations, skipped: 0 } : questionsForChanges(changed, before, after);
    const [answersBefore, answersAfter] = [await askAll(bots[0]!.tremplin, made.conversations), await askAll(bots[1]!.tremplin, made.conversations)];
    const changes: AnswerChange[] = [];
    let n = 0;
    for (const [c, conversation] of made.conversations.entries()) {
      for (const [t, { q, lang }] of conversation.entries()) {
        const [a, b] = [answersBefore[n]!, answersAfter[n]!];
        if (!same(a, b)) changes.push({ question: q, lang, conversation: c + 1, turn: t + 1, before: a, after: b });
        n += 1;
      }
    }
    return {
      questions: n,
      changes,
      problemsAfter: after.problems.map(formatProblem),
      keptAfter: [...after.kept],
      entries: changed.map((c) => c.changed),
      notAsked: made.skipped,
    };
  } finally {
    for (const bot of bots) {
      await bot.tremplin.close();
      await rm(bot.dataDir, { recursive: true, force: true });
    }
  }
}
