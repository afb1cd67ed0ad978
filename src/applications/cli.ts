/**
 * `tremplin applications …`: the recruiters' command line for application status — import a
 * CSV, change a status, show an application, purge old ones. Output in French. Exit codes:
 * 0 done, 1 done with problems (rejected lines, unknown reference), 2 unusable command or input.
 *
 * Logs go to standard error at `warn` or above, whatever LOG_LEVEL says below that, so that
 * what recruiters read is the command's own output.
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { applicationsErrors, TremplinError } from '../errors.js';
import { createLogger, type Logger } from '../logger.js';
import { formatDate, parseDuration, subtractDuration } from './dates.js';
import { runImport } from './import-command.js';
import { isValidReference, MAX_NOTE_LENGTH, MAX_REFERENCE_LENGTH } from './normalise.js';
import { openApplicationStore } from './open.js';
import type { ProgressStream } from './progress.js';
import { parseStatus, STATUS_EXAMPLES, statusLabel } from './statuses.js';
import type { Application, ApplicationStore } from './store.js';
import { own } from '../own.js';

/** The command line's usage text. */
export const APPLICATIONS_USAGE = `Usage : tremplin applications <commande>

  import FICHIER.csv [--author NOM]
      Importe ou met à jour des candidatures. En-tête attendu :
      reference,email,offer,status,updated_at
      Réimporter le même fichier ne change rien.
  set RÉFÉRENCE STATUT [--note "…"] [--author NOM]
      Change le statut : ${STATUS_EXAMPLES}.
      La note est montrée au candidat.
  show RÉFÉRENCE
      Affiche l'offre, le statut et l'historique d'une candidature.
  purge --older-than DURÉE
      Supprime les candidatures sans changement depuis DURÉE : 365d, 52w, 12m, 1y
      (jours, semaines, mois, années).

Sans --author, l'auteur enregistré est le nom de l'utilisateur système.
`;

/** What the command line needs from its caller; tests and the main CLI pass their own. */
export interface ApplicationsCliContext {
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'applicationsPepper' | 'logLevel'>;
  stdout: NodeJS.WritableStream;
  stderr: ProgressStream;
  /** The clock. Default: the system clock. */
  now?: () => Date;
  /** Default: a logger on standard error at `warn` or above. */
  logger?: Logger;
}

const QUIET_LEVELS = new Set(['fatal', 'error', 'warn', 'silent']);

/** The options each command takes; any other is refused rather than silently ignored. */
const OPTIONS_BY_COMMAND: Readonly<Record<string, readonly string[]>> = {
  import: ['author'],
  set: ['note', 'author'],
  show: [],
  purge: ['older-than'],
};

function systemUser(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

function plural(count: number, one: string, many: string): string {
  return count === 0 ? `Aucune ${one}` : `${count} ${count === 1 ? one : many}`;
}

/** The recruiter's view of one application, as printed by `show` and `set`. */
export function describeApplication(application: Application): string {
  const lines = [
    `Candidature ${application.reference}`,
    `  Offre               : ${application.offerId}`,
    `  Statut              : ${statusLabel(application.status)}`,
    `  Dernier changement  : ${formatDate(application.updatedAt)}`,
    `  Enregistrée le      : ${formatDate(application.createdAt)}`,
    'Historique :',
  ];
  for (const change of application.history) {
    const by = change.author ? ` (par ${change.author})` : '';
    lines.push(`  ${formatDate(change.at)}  ${statusLabel(change.status)}${by}`);
    if (change.note) lines.push(`      Note : ${change.note}`);
  }
  return `${lines.join('\n')}\n`;
}

type Parsed = { positionals: string[]; values: { note?: string; author?: string; 'older-than'?: string; help?: boolean } };

function parse(argv: string[]): Parsed | string {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        note: { type: 'string' },
        author: { type: 'string' },
        'older-than': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    return { positionals, values };
  } catch (error) {
    return (error as Error).message;
  }
}

async function withStore<T>(context: ApplicationsCliContext, logger: Logger, work: (store: ApplicationStore) => Promise<T>): Promise<T> {
  const store = await openApplicationStore(context.config, logger, context.now ? { now: context.now } : {});
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * Runs `tremplin applications <argv>`; returns the exit code. Known failures (a wrong pepper,
 * a bad DATABASE_URL) are printed as their message, not as a stack trace.
 */
export async function runApplicationsCli(argv: string[], context: ApplicationsCliContext): Promise<number> {
  try {
    return await run(argv, context);
  } catch (error) {
    if (!(error instanceof TremplinError)) throw error;
    context.stderr.write(`${error.message}\n`);
    return 2;
  }
}

async function run(argv: string[], context: ApplicationsCliContext): Promise<number> {
  const { stdout, stderr } = context;
  const now = context.now ?? (() => new Date());
  const fail = (message: string, code = 2): number => {
    stderr.write(`${message}\n`);
    return code;
  };
  const parsed = parse(argv);
  if (typeof parsed === 'string') return fail(`${applicationsErrors.badArguments(parsed)}\n\n${APPLICATIONS_USAGE}`);
  const [command, ...rest] = parsed.positionals;
  const { values } = parsed;
  if (command === undefined || command === 'help' || values.help) {
    stdout.write(APPLICATIONS_USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const allowed = own(OPTIONS_BY_COMMAND, command);
  const misplaced = allowed ? Object.keys(values).filter((o) => !allowed.includes(o)) : [];
  if (misplaced.length > 0) return fail(applicationsErrors.badArguments(misplaced.map((o) => `--${o}`).join(', ')));
  const level = QUIET_LEVELS.has(context.config.logLevel) ? context.config.logLevel : 'warn';
  const logger = context.logger ?? createLogger(level, stderr, 'auto');
  const author = values.author?.trim() || systemUser();

  switch (command) {
    case 'import': {
      if (rest.length !== 1) return fail(rest.length === 0 ? applicationsErrors.missingArgument('le fichier CSV') : applicationsErrors.badArguments(rest.slice(1).join(' ')));
      return withStore(context, logger, (store) => runImport(rest[0]!, { store, stdout, stderr, now, ...(author ? { author } : {}) }));
    }
    case 'set': {
      const [reference, ...words] = rest;
      if (reference === undefined) return fail(applicationsErrors.missingArgument('la référence'));
      if (words.length === 0) return fail(applicationsErrors.missingArgument('le statut'));
      if (!isValidReference(reference)) return fail(applicationsErrors.invalidReference(MAX_REFERENCE_LENGTH));
      const status = parseStatus(words.join(' '));
      if (!status) return fail(applicationsErrors.unknownStatus(words.join(' '), STATUS_EXAMPLES));
      if ((values.note ?? '').length > MAX_NOTE_LENGTH) return fail(applicationsErrors.noteTooLong(MAX_NOTE_LENGTH));
      return withStore(context, logger, async (store) => {
        const before = await store.show(reference);
        const after = before && (await store.set(reference, status, { note: values.note, author, at: now() }));
        if (!after) return fail(applicationsErrors.unknownReference(), 1);
        const change = before.status === status ? 'inchangé' : `précédemment : ${statusLabel(before.status)}`;
        stdout.write(`Statut enregistré : ${statusLabel(status)} (${change}).\n\n${describeApplication(after)}`);
        return 0;
      });
    }
    case 'show': {
      if (rest.length !== 1) return fail(applicationsErrors.missingArgument('la référence (une seule)'));
      return withStore(context, logger, async (store) => {
        const application = await store.show(rest[0]!);
        if (!application) return fail(applicationsErrors.unknownReference(), 1);
        stdout.write(describeApplication(application));
        return 0;
      });
    }
    case 'purge': {
      if (rest.length > 0) return fail(applicationsErrors.badArguments(rest.join(' ')));
      const text = values['older-than'];
      if (text === undefined) return fail(applicationsErrors.missingArgument("l'option --older-than (par exemple --older-than 365d)"));
      const duration = parseDuration(text);
      if (!duration) return fail(applicationsErrors.badDuration(text));
      const cutoff = subtractDuration(now(), duration);
      return withStore(context, logger, async (store) => {
        const deleted = await store.purge({ olderThan: cutoff });
        stdout.write(`${plural(deleted, 'candidature supprimée', 'candidatures supprimées')} (sans changement depuis le ${formatDate(cutoff)}).\n`);
        return 0;
      });
    }
    default:
      return fail(`${applicationsErrors.unknownCommand(command)}\n\n${APPLICATIONS_USAGE}`);
  }
}
