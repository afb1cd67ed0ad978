/**
 * `tremplin knowledge import DIR… [--format auto|beta-gouv-jobs|hugo|jekyll] [--out DIR]
 * [--organisation ID] [--source-url TEMPLATE] [--force] [--dry-run] [--json]`: the command HR runs. Prints the
 * per-file report and the summary in French (or the report as JSON with `--json`), progress
 * on standard error. Exit code 0 when no page was refused — pages that are not offers
 * (tests, guides, press releases), duplicates and files edited by hand are reported, not
 * failures —, 1 when an offer page could not be imported, 2 when the command cannot run
 * (folder not found, bad option).
 */
import { parseArgs } from 'node:util';
import { importErrors } from '../../errors.js';
import { entryId } from '../schemas.js';
import { IMPORT_FORMATS, type ImportFormat } from './formats.js';
import { checkTemplate } from './source-links.js';
import { createImportProgress, type ProgressStream } from './progress.js';
import { reportText } from './report.js';
import { importPages } from './run.js';

/** The command's usage text. */
export const IMPORT_USAGE = `Usage : tremplin knowledge import DOSSIER… [options]

  Importe les pages déjà publiées (Jekyll, Hugo, offres beta.gouv.fr) comme fiches d'offres,
  avec les équipes qu'elles nomment (teams/). Code de sortie 1 seulement si une page d'offre
  n'a pas pu être importée.
  --format F          auto (défaut), beta-gouv-jobs, hugo ou jekyll
  --out DOSSIER       dossier de connaissances où écrire (défaut : le dossier knowledge)
  --organisation ID   organisation des pages qui n'en nomment pas (défaut : beta-gouv pour les offres beta.gouv.fr)
  --source-url MODÈLE adresse de chaque page quand son en-tête n'en donne pas : {path} (chemin dans le
                      dossier), {repo_path} et {commit} (lus dans le MANIFEST.tsv du dossier) ;
                      github:PROPRIÉTAIRE/DÉPÔT = https://github.com/PROPRIÉTAIRE/DÉPÔT/blob/{commit}/{repo_path}
  --force             remplace aussi les fiches modifiées à la main depuis l'import
  --dry-run           affiche ce qui serait fait, sans rien écrire
  --json              le rapport en JSON (pour les programmes)
`;

/** What the command needs from its caller. */
export interface ImportCommandContext {
  /** Default output folder (the configured knowledge folder). */
  readonly knowledgeDir: string;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: ProgressStream;
  /** The clock. Default: the system clock. */
  readonly now?: () => Date;
}

/** Runs the command with `args` (after `knowledge import`); returns the exit code. */
export async function runImportCommand(args: readonly string[], context: ImportCommandContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'auto' },
        out: { type: 'string' },
        organisation: { type: 'string' },
        'source-url': { type: 'string' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    context.stderr.write(`${importErrors.badArguments((error as Error).message)}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    context.stdout.write(IMPORT_USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    context.stderr.write(`${importErrors.noSource}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  if (values.format !== 'auto' && !(IMPORT_FORMATS as readonly string[]).includes(values.format)) {
    context.stderr.write(`${importErrors.badFormat(values.format, IMPORT_FORMATS)}\n`);
    return 2;
  }
  if (values.organisation !== undefined && !entryId.safeParse(values.organisation).success) {
    context.stderr.write(`${importErrors.badOrganisation(values.organisation)}\n`);
    return 2;
  }
  const sourceUrl = values['source-url'] === undefined ? undefined : checkTemplate(values['source-url']);
  if (sourceUrl && 'error' in sourceUrl) {
    context.stderr.write(`${sourceUrl.error}\n`);
    return 2;
  }

  let progress: ReturnType<typeof createImportProgress> | undefined;
  try {
    const report = await importPages({
      sources: positionals,
      out: values.out ?? context.knowledgeDir,
      ...(values.format !== 'auto' ? { format: values.format as ImportFormat } : {}),
      ...(values.organisation ? { organisation: values.organisation } : {}),
      ...(sourceUrl ? { sourceUrl: sourceUrl.template } : {}),
      force: values.force,
      dryRun: values['dry-run'],
      ...(context.now ? { now: context.now } : {}),
      onProgress: (done, total) => {
        progress ??= createImportProgress(context.stderr, total);
        progress.update(done);
      },
    });
    progress?.stop();
    context.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : reportText(report));
    return report.summary.refused > 0 ? 1 : 0;
  } catch (error) {
    progress?.stop();
    const message = (error as Error).message;
    context.stderr.write(`${message.startsWith('import:') ? message : importErrors.outNotWritable(values.out ?? context.knowledgeDir, message)}\n`);
    return 2;
  }
}
