/**
 * Safe edits: what an edit of the knowledge changes in the bot's answers, before it is
 * published. The same questions are asked, in-process, to the real bot reading the knowledge
 * before the edit and to the real bot reading it after, and every answer that differs (text,
 * intent or sources) is reported. Unlike the rest of src/insights this module runs the whole
 * bot (botbuilder included): only the command line loads it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { assemble } from '../assemble.js';
import type { Config } from '../config.js';
import { formatProblem } from '../knowledge/problems.js';
import { createLogger } from '../logger.js';
import { render, say, type ReplySummary } from '../terminal-chat.js';
import type { QuestionConversation } from './question-set.js';

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
  /** Problems of the edited knowledge (`path:line: field: message`): those files are not served. */
  problemsAfter: string[];
}

/** What `diffKnowledge` compares. */
export interface DiffKnowledgeOptions {
  /** The configuration the bots are built from (its data folder and databases are not used). */
  config: Config;
  /** The knowledge folder before the edit. */
  before: string;
  /** The knowledge folder after the edit. */
  after: string;
  conversations: readonly QuestionConversation[];
  /** The clock both bots share (offers' closing dates). Default: the system clock, read once. */
  now?: () => Date;
}

interface Asked {
  answers: TurnAnswer[];
  problems: string[];
}

function toAnswer(replies: readonly ReplySummary[]): TurnAnswer {
  return {
    intent: replies.at(-1)?.intent,
    sources: [...new Set(replies.flatMap((r) => r.sources))],
    text: replies.map(render).join('\n\n'),
  };
}

/**
 * Asks every question to a bot reading `knowledgeDir`, one conversation after another. The bot
 * runs on a throw-away data folder, without PostgreSQL or Redis, so nothing real is touched.
 */
async function askAll(config: Config, knowledgeDir: string, conversations: readonly QuestionConversation[], now: () => Date): Promise<Asked> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tremplin-diff-'));
  const isolated: Config = { ...config, knowledgeDir, dataDir, databaseUrl: undefined, redisUrl: undefined, logLevel: 'silent' };
  try {
    const tremplin = await assemble(isolated, { watch: false, logger: createLogger('silent'), now });
    try {
      const answers: TurnAnswer[] = [];
      for (const [index, conversation] of conversations.entries()) {
        for (const { q, lang } of conversation) {
          answers.push(toAnswer(await say(tremplin, `diff-${index + 1}`, q, lang === 'en' ? 'en-US' : 'fr-FR')));
        }
      }
      return { answers, problems: tremplin.knowledge.snapshot().problems.map(formatProblem) };
    } finally {
      await tremplin.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const same = (a: TurnAnswer, b: TurnAnswer) => a.text === b.text && a.intent === b.intent && a.sources.join('\n') === b.sources.join('\n');

/** Asks the questions to both versions of the knowledge and lists the answers that changed. */
export async function diffKnowledge(options: DiffKnowledgeOptions): Promise<KnowledgeDiff> {
  const instant = new Date();
  const now = options.now ?? (() => instant);
  const before = await askAll(options.config, options.before, options.conversations, now);
  const after = await askAll(options.config, options.after, options.conversations, now);
  const changes: AnswerChange[] = [];
  let n = 0;
  for (const [c, conversation] of options.conversations.entries()) {
    for (const [t, { q, lang }] of conversation.entries()) {
      const [a, b] = [before.answers[n]!, after.answers[n]!];
      if (!same(a, b)) changes.push({ question: q, lang, conversation: c + 1, turn: t + 1, before: a, after: b });
      n += 1;
    }
  }
  return { questions: n, changes, problemsAfter: after.problems };
}
