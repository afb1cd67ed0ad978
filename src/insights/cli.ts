/**
 * `tremplin report …`: what HR reads to improve the knowledge — the questions the bot could
 * not answer, grouped (and drafted as FAQ entries on request), and the answers users found
 * useless. Output in French. Exit codes: 0 done, 2 unusable command or database.
 *
 * Logs go to standard error at `warn` or above, so what HR reads is the report itself.
 */
import path from 'node:path';
import { formatDate, formatDateWithZone, parseDuration, subtractDuration } from '../applications/dates.js';
import type { Config } from '../config.js';
import { insightsErrors } from '../errors.js';
import { createLogger, type Logger } from '../logger.js';
import { printingKnownErrors, readOptions } from './command-line.js';
import { writeDrafts } from './drafts.js';
import type { FeedbackSummary, Insights, UnansweredGroup } from './insights.js';
import { openInsights } from './open.js';
import { loadSubjectNames, type SubjectNames } from './subjects.js';
import { table } from './table.js';
import { own } from '../own.js';
import { plainText } from '../text/untrusted.js';

/** The command line's usage text. */
export const REPORT_USAGE = `Usage : tremplin report <commande>

  unanswered [--since 7d] [--limit 20] [--json] [--draft]
      Les questions auxquelles le bot n'a pas su répondre (et les demandes d'un humain),
      regroupées par similarité, les plus fréquentes d'abord.
      --draft écrit un brouillon de FAQ par groupe dans knowledge/drafts/ (jamais servi aux
      candidats ; un brouillon existant n'est jamais remplacé).
  feedback [--since 30d] [--limit 20] [--json]
      Les réponses jugées « Pas utile », les moins utiles d'abord, avec leurs sources.
  purge --older-than DURÉE
      Supprime les questions et avis plus anciens que DURÉE.

Durées : un nombre suivi de d (jours), w (semaines), m (mois) ou y (années) : 7d, 4w, 12m, 1y.
`;

/** What the command line needs from its caller; tests and the main CLI pass their own. */
export interface ReportCliContext {
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'knowledgeDir' | 'logLevel'>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** The clock. Default: the system clock. */
  now?: () => Date;
  /** Default: a logger on standard error at `warn` or above. */
  logger?: Logger;
  /** Folder that printed paths are relative to. Default: the working directory. */
  cwd?: string;
}

const OPTIONS_BY_COMMAND: Readonly<Record<string, readonly string[]>> = {
  unanswered: ['since', 'limit', 'json', 'draft'],
  feedback: ['since', 'limit', 'json'],
  purge: ['older-than'],
};
const DEFAULT_SINCE: Readonly<Record<string, string>> = { unanswered: '7d', feedback: '30d' };
const QUIET_LEVELS = new Set(['fatal', 'error', 'warn', 'silent']);

type Values = { since?: string; limit?: string; json?: boolean; draft?: boolean; 'older-than'?: string; help?: boolean };

const parse = (argv: string[]) =>
  readOptions<Values>(argv, {
    since: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    draft: { type: 'boolean' },
    'older-than': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([k, n]) => `${plainText(k)} ${n}`)
    .join(', ');
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
/** Visitors' words, as text (see text/untrusted.ts): no terminal escape, no link. */
const quote = (texts: readonly string[]) => texts.map((t) => `« ${plainText(t)} »`).join(', ');

/** The unanswered report as HR reads it; `subjects` names what each group is about and where to fix it. */
export function formatUnanswered(groups: readonly UnansweredGroup[], since: Date, sinceText: string, subjects?: SubjectNames): string {
  const total = groups.reduce((n, g) => n + g.count, 0);
  const visitors = groups.reduce((n, g) => n + g.visitors, 0);
  const title = `Questions sans réponse depuis le ${formatDateWithZone(since)} (${sinceText}) : ${plural(groups.length, 'groupe', 'groupes')}, ${plural(total, 'question', 'questions')} de ${plural(visitors, 'visiteur', 'visiteurs')}.`;
  if (groups.length === 0) return `${title}\n`;
  const described = groups.map((g) => subjects?.describe(g) ?? {});
  const rows = groups.map((g, i) => [
    String(g.visitors),
    String(g.count),
    plainText(g.representative),
    described[i]!.subject ?? '',
    g.intent ?? '',
    counts(g.langs),
    counts(g.channels),
    g.escalations ? String(g.escalations) : '',
    formatDate(g.lastAt),
  ]);
  const lines = table(
    [
      { heading: 'Visiteurs', numeric: true },
      { heading: 'Questions', numeric: true },
      { heading: 'Question', max: 50 },
      { heading: 'Sujet', max: 40 },
      { heading: 'Intention' },
      { heading: 'Langues' },
      { heading: 'Canaux', max: 24 },
      { heading: 'Humain', numeric: true },
      { heading: 'Dernière fois (heure de Paris)' },
    ],
    rows,
  );
  const examples = groups.flatMap((g, i) => (g.examples.length ? [`  ${i + 1}. ${plainText(g.representative)}\n     aussi : ${quote(g.examples)}`] : []));
  const fixes = groups.flatMap((g, i) => (described[i]!.fix ? [`  ${i + 1}. ${plainText(g.representative)}\n     → ${described[i]!.fix}`] : []));
  return [
    title,
    '',
    ...lines,
    ...(examples.length ? ['', 'Autres formulations :', ...examples] : []),
    ...(fixes.length ? ['', 'Où corriger (la réponse manque dans la fiche de l’offre, pas dans une FAQ) :', ...fixes] : []),
    '',
  ].join('\n');
}

/** The feedback report as HR reads it. */
export function formatFeedback(summaries: readonly FeedbackSummary[], since: Date, sinceText: string): string {
  const title = `Avis sur les réponses depuis le ${formatDate(since)} (${sinceText}) : ${plural(summaries.length, 'réponse notée', 'réponses notées')}.`;
  if (summaries.length === 0) return `${title}\n`;
  const lines = table(
    [{ heading: 'Pas utile', numeric: true }, { heading: 'Utile', numeric: true }, { heading: 'Intention' }, { heading: 'Sources', max: 70 }],
    summaries.map((s) => [String(s.notHelpful), String(s.helpful), s.intent, s.sources.join(', ') || '(aucune)']),
  );
  const questions = summaries.flatMap((s, i) => (s.questions.length ? [`  ${i + 1}. ${s.intent} : ${quote(s.questions)}`] : []));
  return [title, '', ...lines, ...(questions.length ? ['', 'Questions posées lors des « Pas utile » :', ...questions] : []), ''].join('\n');
}

/** A human reading of a duration text: `7d` → `7 derniers jours`, `1w` → `dernière semaine`. */
function describeDuration(text: string): string {
  const { amount, unit } = parseDuration(text)!;
  const one = { day: 'dernier jour', week: 'dernière semaine', month: 'dernier mois', year: 'dernière année' }[unit];
  const many = { day: 'derniers jours', week: 'dernières semaines', month: 'derniers mois', year: 'dernières années' }[unit];
  return amount === 1 ? one : `${amount} ${many}`;
}

/**
 * Runs `tremplin report <argv>`; returns the exit code. Known failures (a bad DATABASE_URL, an
 * unwritable drafts folder) are printed as their message, not as a stack trace.
 */
export async function runReportCli(argv: string[], context: ReportCliContext): Promise<number> {
  return printingKnownErrors(context.stderr, () => run(argv, context));
}

async function run(argv: string[], context: ReportCliContext): Promise<number> {
  const { stdout, stderr } = context;
  const now = context.now ?? (() => new Date());
  const fail = (message: string): number => {
    stderr.write(`${message}\n`);
    return 2;
  };
  const parsed = parse(argv);
  if (typeof parsed === 'string') return fail(`${insightsErrors.badArguments(parsed)}\n\n${REPORT_USAGE}`);
  const [command, ...rest] = parsed.positionals;
  const { values } = parsed;
  if (command === undefined || command === 'help' || values.help) {
    stdout.write(REPORT_USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const allowed = own(OPTIONS_BY_COMMAND, command);
  if (!allowed) return fail(`${insightsErrors.unknownCommand(command)}\n\n${REPORT_USAGE}`);
  const misplaced = Object.keys(values).filter((o) => !allowed.includes(o));
  if (misplaced.length > 0 || rest.length > 0) return fail(insightsErrors.badArguments([...misplaced.map((o) => `--${o}`), ...rest].join(', ')));

  const durationOption = command === 'purge' ? '--older-than' : '--since';
  const durationText = (command === 'purge' ? values['older-than'] : values.since) ?? own(DEFAULT_SINCE, command);
  if (durationText === undefined) return fail(insightsErrors.missingOlderThan());
  const duration = parseDuration(durationText);
  if (!duration) return fail(insightsErrors.badDuration(durationOption, durationText));
  const cutoff = subtractDuration(now(), duration);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) return fail(insightsErrors.badLimit(values.limit!));

  const level = QUIET_LEVELS.has(context.config.logLevel) ? context.config.logLevel : 'warn';
  const logger = context.logger ?? createLogger(level, stderr, 'auto');
  const insights = await openInsights(context.config, logger);
  try {
    return await report(command, insights, { cutoff, durationText, limit, values, context });
  } finally {
    await insights.close();
  }
}

async function report(
  command: string,
  insights: Insights,
  r: { cutoff: Date; durationText: string; limit?: number; values: Values; context: ReportCliContext },
): Promise<number> {
  const { stdout } = r.context;
  const json = (value: unknown) => stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  if (command === 'purge') {
    const deleted = await insights.purge({ olderThan: r.cutoff });
    stdout.write(`${deleted === 0 ? 'Aucune entrée supprimée' : `${plural(deleted, 'entrée supprimée', 'entrées supprimées')}`} (questions et avis antérieurs au ${formatDate(r.cutoff)}).\n`);
    return 0;
  }
  if (command === 'feedback') {
    const summaries = await insights.feedback({ since: r.cutoff, limit: r.limit });
    if (r.values.json) json(summaries);
    else stdout.write(formatFeedback(summaries, r.cutoff, describeDuration(r.durationText)));
    return 0;
  }
  const groups = await insights.unanswered({ since: r.cutoff, limit: r.limit });
  const subjects = await loadSubjectNames(r.context.config.knowledgeDir);
  if (r.values.json) json(groups.map((g) => ({ ...g, ...subjects.describe(g) })));
  else stdout.write(formatUnanswered(groups, r.cutoff, describeDuration(r.durationText), subjects));
  if (r.values.draft) {
    const drafts = await writeDrafts(r.context.config.knowledgeDir, groups.filter((g) => !subjects.describe(g).fix), subjects);
    const folder = path.relative(r.context.cwd ?? process.cwd(), drafts.folder) || '.';
    const n = drafts.kept.length;
    const kept = n === 0 ? '' : n === 1 ? ' ; 1 existait déjà et a été laissé tel quel' : ` ; ${n} existaient déjà et ont été laissés tels quels`;
    const message = `${drafts.written.length === 0 ? 'Aucun brouillon écrit' : plural(drafts.written.length, 'brouillon écrit', 'brouillons écrits')} dans ${folder}/${kept}.`;
    (r.values.json ? r.context.stderr : stdout).write(`\n${message}\n${drafts.written.map((f) => `  ${f}\n`).join('')}`);
  }
  return 0;
}
