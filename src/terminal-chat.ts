/**
 * Talking to the bot from a terminal: `tremplin ask "question"` (one question, text or JSON)
 * and `tremplin chat` (a conversation). The same bot as the server, through the same adapter.
 */
import readline from 'node:readline/promises';
import type { Activity } from 'botbuilder';
import { assemble, type Tremplin } from './assemble.js';
import type { Config } from './config.js';
import type { ReplyChannelData } from './bot/replies.js';

/** One reply, as `--json` prints it. */
export interface ReplySummary {
  text: string;
  intent?: string;
  sources: string[];
  answered?: boolean;
  suggestions: string[];
  cards: string[];
  locale?: string;
}

/** The essentials of a bot reply. */
export function summarise(activity: Partial<Activity>): ReplySummary {
  const data = activity.channelData as Partial<ReplyChannelData> | undefined;
  return {
    text: activity.text ?? '',
    intent: data?.intent,
    sources: data?.sources ?? [],
    answered: data?.answered,
    suggestions: (activity.suggestedActions?.actions ?? []).map((a) => String(a.title)),
    cards: (activity.attachments ?? []).map((a) => String(((a.content as { body?: { text?: string }[] })?.body?.[0]?.text) ?? a.contentType)),
    locale: activity.locale,
  };
}

/** A reply for a terminal: text, cards as bullets, suggestions in brackets. */
export function render(reply: ReplySummary): string {
  const lines = [reply.text];
  if (reply.cards.length) lines.push(reply.cards.map((c) => `  ▸ ${c}`).join('\n'));
  if (reply.suggestions.length) lines.push(reply.suggestions.map((s) => `[${s}]`).join(' '));
  return lines.join('\n');
}

let counter = 0;

/**
 * Sends one message in a conversation and returns the bot's message replies. `userId` (default
 * `cli-user`, the terminal's one user) says who speaks: what Tremplin remembers of a user (their
 * experience) follows them from one conversation to the next.
 */
export async function say(tremplin: Tremplin, conversationId: string, text: string, locale: string, userId = 'cli-user'): Promise<ReplySummary[]> {
  const replies = await tremplin.runTurn({
    type: 'message',
    id: `cli-${++counter}`,
    text,
    locale,
    channelId: 'cli',
    from: { id: userId, name: 'Vous', role: 'user' },
    recipient: { id: 'tremplin', name: 'Tremplin', role: 'bot' },
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: 'terminal' },
    timestamp: new Date(),
  });
  return replies.filter((r) => r.type === 'message').map(summarise);
}

/** `tremplin ask "question" [--lang en] [--json]`. */
export async function ask(config: Config, args: string[], out: (text: string) => void): Promise<number> {
  const json = args.includes('--json');
  const langIndex = args.indexOf('--lang');
  const lang = langIndex >= 0 ? args[langIndex + 1] : undefined;
  const question = args.filter((a, i) => !a.startsWith('--') && (langIndex < 0 || i !== langIndex + 1)).join(' ').trim();
  if (!question) {
    out('Usage: tremplin ask "votre question" [--lang en] [--json]\n');
    return 2;
  }
  const tremplin = await assemble({ ...config, logLevel: 'silent' }, { watch: false, lastGood: 'read' });
  try {
    const replies = await say(tremplin, `ask-${process.pid}`, question, lang === 'en' ? 'en-US' : 'fr-FR');
    out(json ? `${JSON.stringify(replies.length === 1 ? replies[0] : replies, null, 2)}\n` : `${replies.map(render).join('\n\n')}\n`);
    return 0;
  } finally {
    await tremplin.close();
  }
}

/** `tremplin chat`: a conversation in the terminal, until Ctrl-D or "quit". */
export async function chat(config: Config): Promise<number> {
  const tremplin = await assemble({ ...config, logLevel: 'silent' }, { watch: true, lastGood: 'read' });
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const conversation = `chat-${process.pid}`;
  process.stdout.write('Tremplin — posez vos questions (Ctrl-D pour quitter).\n\n');
  try {
    for (;;) {
      let line: string;
      try {
        line = await rl.question('> ');
      } catch {
        break;
      }
      if (/^(quit|exit|quitter)$/i.test(line.trim())) break;
      if (!line.trim()) continue;
      const replies = await say(tremplin, conversation, line, 'fr-FR');
      process.stdout.write(`${replies.map(render).join('\n\n')}\n\n`);
    }
  } finally {
    rl.close();
    await tremplin.close();
  }
  return 0;
}
