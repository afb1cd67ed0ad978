/**
 * Talking to the bot from a terminal: `tremplin ask "question"` (one question, text or JSON)
 * and `tremplin chat` (a conversation). The same bot as the server, through the same adapter.
 * Replies are laid out for the terminal by terminal-text.ts.
 */
import readline from 'node:readline';
import type { Activity } from 'botbuilder';
import { assemble, type Tremplin } from './assemble.js';
import type { Config } from './config.js';
import type { ReplyChannelData } from './bot/replies.js';
import { numberedSuggestions, pickedSuggestion, terminalText, type TerminalLayout } from './terminal-text.js';

/** One reply, as `--json` prints it. */
export interface ReplySummary {
  text: string;
  intent?: string;
  sources: string[];
  answered?: boolean;
  suggestions: string[];
  /** What each suggestion sends when picked, in the same order. */
  suggestionValues: string[];
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
    suggestionValues: (activity.suggestedActions?.actions ?? []).map((a) => String(a.value ?? a.title)),
    cards: (activity.attachments ?? []).map((a) => String(((a.content as { body?: { text?: string }[] })?.body?.[0]?.text) ?? a.contentType)),
    locale: activity.locale,
  };
}

/**
 * A reply as text: its markdown, cards as bullets, suggestions in brackets (`tremplin ask`, the
 * knowledge diff: every character of the answer kept).
 */
export function render(reply: ReplySummary): string {
  const lines = [reply.text];
  if (reply.cards.length) lines.push(reply.cards.map((c) => `  ▸ ${c}`).join('\n'));
  if (reply.suggestions.length) lines.push(reply.suggestions.map((s) => `[${s}]`).join(' '));
  return lines.join('\n');
}

/** A reply for a person at a terminal (`tremplin chat`): links shortened, text wrapped, suggestions numbered. */
export function renderForTerminal(reply: ReplySummary, layout: TerminalLayout): string {
  const lines = [terminalText(reply.text, layout)];
  if (reply.cards.length) lines.push(terminalText(reply.cards.map((c) => `  ▸ ${c}`).join('\n'), layout));
  if (reply.suggestions.length) lines.push(numberedSuggestions(reply.suggestions, layout));
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

/** Where `tremplin chat` reads and writes: the process's terminal, or pipes in tests. */
export interface ChatStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { columns?: number; isTTY?: boolean };
}

/**
 * `tremplin chat`: a conversation in the terminal, until Ctrl-D or "quit". Lines are read from
 * the first moment, so a question typed while the bot starts is answered once it has; a number
 * picks one of the last reply's numbered suggestions.
 */
export async function chat(config: Config, streams: ChatStreams = { input: process.stdin, output: process.stdout }): Promise<number> {
  const { input, output } = streams;
  const terminal = Boolean(output.isTTY);
  const rl = readline.createInterface({ input, output, terminal, prompt: '> ' });
  const lines = rl[Symbol.asyncIterator](); // buffers what is typed from now on
  output.write('Tremplin — posez vos questions (Ctrl-D pour quitter). Démarrage…\n');
  const tremplin = await assemble({ ...config, logLevel: 'silent' }, { watch: true, lastGood: 'read' });
  const conversation = `chat-${process.pid}`;
  const layout = (): TerminalLayout => ({ width: output.columns, hyperlinks: terminal });
  let suggestions: { title: string; value: string }[] = [];
  const prompt = () => terminal && rl.prompt();
  output.write('Prêt. Tapez le numéro d’une suggestion pour la choisir.\n\n');
  try {
    prompt();
    for (;;) {
      const next = await lines.next();
      if (next.done) break;
      const line = next.value;
      if (/^(quit|exit|quitter)$/i.test(line.trim())) break;
      if (!line.trim()) {
        prompt();
        continue;
      }
      const picked = pickedSuggestion(line, suggestions);
      if (picked) output.write(`→ ${picked.title}\n`);
      const replies = await say(tremplin, conversation, picked?.value ?? line, 'fr-FR');
      const last = replies.at(-1);
      suggestions = (last?.suggestions ?? []).map((title, i) => ({ title, value: last!.suggestionValues[i] ?? title }));
      output.write(`${replies.map((r) => renderForTerminal(r, layout())).join('\n\n')}\n\n`);
      prompt();
    }
  } finally {
    rl.close();
    await tremplin.close();
  }
  return 0;
}
