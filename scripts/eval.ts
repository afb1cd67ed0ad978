/**
 * `npm run eval [file.yaml] [--knowledge DIR] [--min 0.95] [--verbose] [--transcript FILE]`:
 * asks the bot every question of the evaluation set (default tests/eval/questions.yaml) through
 * the real adapter and prints the score per intent and overall, then each failure with what
 * went wrong. Exits 1 when the score is under `--min` (default: never fails), 2 when the set
 * cannot be read (its line, or its entry and field, said in one line).
 *
 * `--knowledge DIR` runs the bot on another knowledge folder (an imported catalogue) instead of
 * the configured one; the server's data folder is not touched.
 *
 * `--transcript FILE` also writes every question with the bot's whole replies (text, cards,
 * suggestions, intent, sources) and the entry's `truth` (what a right answer says, from the
 * source page), in markdown: what a judge reads to score answers as a user would, beyond the
 * automatic checks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import type { ReplySummary } from '../src/terminal-chat.js';

const check = z
  .object({
    q: z.string(),
    lang: z.enum(['fr', 'en']).optional(),
    intent: z.string().optional(),
    expect: z.array(z.string()).default([]),
    absent: z.array(z.string()).default([]),
    sources: z.array(z.string()).optional(),
    answered: z.boolean().optional(),
    /** What a right answer says, in the set author's words from the source page (for judges; not checked). */
    truth: z.string().optional(),
  })
  .strict();
const item = z.union([check, z.object({ conversation: z.array(check).min(1) }).strict()]);
type Check = z.infer<typeof check>;

/** Case, accents and spacing folded; digit groups joined ("3 000", "3,000" → "3000"), so that a set's "3000" matches either language's way of writing it. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/(\d)[ ,](?=\d{3}\b)/g, '$1')
    .toLowerCase();

/** What failed for one question, or an empty list. */
export function judge(c: Check, replies: ReplySummary[]): string[] {
  const reply = replies.at(-1);
  if (!reply) return ['no reply'];
  const text = fold(replies.map((r) => [r.text, ...r.cards, ...r.suggestions].join('\n')).join('\n'));
  const problems: string[] = [];
  if (c.intent && reply.intent !== c.intent) problems.push(`intent ${reply.intent} ≠ ${c.intent}`);
  for (const e of c.expect) if (!text.includes(fold(e))) problems.push(`missing “${e}”`);
  for (const a of c.absent) if (text.includes(fold(a))) problems.push(`unexpected “${a}”`);
  const sources = replies.flatMap((r) => r.sources);
  if (c.sources && !c.sources.some((s) => sources.includes(s))) problems.push(`sources [${sources.join(', ')}] lack ${c.sources.join(' | ')}`);
  if (c.answered !== undefined && reply.answered !== c.answered) problems.push(`answered ${reply.answered} ≠ ${c.answered}`);
  return problems;
}

/** One question and its replies, as a judge reads them. */
function transcriptEntry(c: Check, replies: ReplySummary[], problems: string[]): string {
  const quote = (text: string) => text.split('\n').map((l) => `> ${l}`).join('\n');
  const said = replies.map((r) => [quote(r.text), ...r.cards.map((card) => quote(`[card] ${card}`)), r.suggestions.length ? `suggestions: ${r.suggestions.map((x) => `[${x}]`).join(' ')}` : '', `intent: ${r.intent}; sources: ${r.sources.join(', ') || '—'}; answered: ${r.answered}`].filter(Boolean).join('\n\n'));
  return [`**Q** (${c.lang ?? 'fr'}): ${c.q}`, c.truth ? `**Truth**: ${c.truth}` : '', ...said, `automatic checks: ${problems.length ? problems.join('; ') : 'passed'}`, ''].filter(Boolean).join('\n\n');
}

/**
 * The questions of `file`, or what is wrong with it in one line ("eval: set.yaml:43: …", the
 * entry and field for a schema error), for the author to fix without reading a stack trace.
 */
function readSet(file: string): z.infer<typeof item>[] | string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return `eval: ${file}: cannot read this file`;
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    return `eval: ${file}${line ? `:${line}` : ''}: ${String((error as Error).message).split('\n')[0]} (quote a text holding ": ")`;
  }
  if (!Array.isArray(data)) return `eval: ${file}: expected a list of questions (- q: …)`;
  const items: z.infer<typeof item>[] = [];
  for (const [index, entry] of data.entries()) {
    // Checked against the shape it has (a question, or a conversation), so that the error names its field.
    const result = (entry !== null && typeof entry === 'object' && 'conversation' in entry ? item : check).safeParse(entry);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      return `eval: ${file}: entry ${index + 1}${issue.path.length ? `, ${issue.path.join('.')}` : ''}: ${issue.message}`;
    }
    items.push(result.data);
  }
  return items;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { min: { type: 'string' }, verbose: { type: 'boolean' }, transcript: { type: 'string' }, knowledge: { type: 'string' } },
  });
  const file = path.resolve(positionals[0] ?? path.join(PROJECT_ROOT, 'tests/eval/questions.yaml'));
  const min = values.min !== undefined ? Number(values.min) : 0;
  const verbose = values.verbose ?? false;
  const transcriptFile = values.transcript;
  const transcript: string[] = [];
  const items = readSet(file);
  if (typeof items === 'string') {
    process.stderr.write(`${items}\n`);
    return 2;
  }
  const config = { ...loadConfig(), logLevel: 'silent' as const, ...(values.knowledge ? { knowledgeDir: path.resolve(values.knowledge) } : {}) };
  // The bot is loaded once the set is read: a broken set is said at once.
  const [{ assemble }, { say }] = await Promise.all([import('../src/assemble.js'), import('../src/terminal-chat.js')]);
  const tremplin = await assemble(config, { watch: false, lastGood: 'none' });
  const perIntent = new Map<string, { pass: number; total: number }>();
  const failures: string[] = [];
  let pass = 0;
  let total = 0;
  let n = 0;
  for (const entry of items) {
    const turns = 'conversation' in entry ? entry.conversation : [entry];
    const conversation = `eval-${++n}`;
    if (transcriptFile) transcript.push(`## ${n}${'conversation' in entry ? ' (conversation)' : ''}\n`);
    for (const c of turns) {
      // Each entry is a new candidate: nothing remembered of one (their experience) answers another.
      const replies = await say(tremplin, conversation, c.q, c.lang === 'en' ? 'en-US' : 'fr-FR', `${conversation}-user`);
      const problems = judge(c, replies);
      const key = c.intent ?? '(any)';
      const stats = perIntent.get(key) ?? { pass: 0, total: 0 };
      stats.total += 1;
      total += 1;
      if (problems.length === 0) {
        stats.pass += 1;
        pass += 1;
      } else {
        failures.push(`✗ ${'conversation' in entry ? `[conversation ${n}] ` : ''}${c.q}\n    ${problems.join('; ')}\n    → ${(replies.at(-1)?.text ?? '').split('\n')[0]!.slice(0, 160)}`);
      }
      if (transcriptFile) transcript.push(transcriptEntry(c, replies, problems));
      if (verbose) process.stdout.write(`${problems.length ? '✗' : '✓'} ${c.q} → ${replies.at(-1)?.intent}\n`);
      perIntent.set(key, stats);
    }
  }
  await tremplin.close();
  if (transcriptFile) fs.writeFileSync(transcriptFile, `# Transcript of ${path.relative(process.cwd(), file)}\n\n${transcript.join('\n')}`);
  const rows = [...perIntent.entries()].sort(([a], [b]) => a.localeCompare(b));
  process.stdout.write(`\nEvaluation: ${path.relative(process.cwd(), file)}\n\n| intent | passed | total | score |\n| --- | ---: | ---: | ---: |\n`);
  for (const [intent, s] of rows) process.stdout.write(`| ${intent} | ${s.pass} | ${s.total} | ${((100 * s.pass) / s.total).toFixed(0)} % |\n`);
  const score = total ? pass / total : 0;
  process.stdout.write(`| **all** | **${pass}** | **${total}** | **${(100 * score).toFixed(1)} %** |\n\n`);
  if (failures.length) process.stdout.write(`${failures.join('\n')}\n`);
  return score < min ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
