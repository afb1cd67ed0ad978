/**
 * `tremplin knowledge check [dir]`: what HR runs before publishing an edit. Prints every
 * problem, one per line (`path:line: field: message`), then a summary in French, and exits
 * with 1 when any file has a problem, so the same command guards a CI job.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { TremplinError } from '../errors.js';
import { loadKnowledge, type LoadOptions, type LoadResult } from './load.js';
import { freshnessLines, freshnessReport } from './freshness.js';
import { isOpenUndated, offerState } from './open-status.js';
import { formatDateWithZone } from '../applications/dates.js';
import { restoreLastGood, type LastGoodStore } from './last-good.js';
import { formatProblem } from './problems.js';
import { withoutEnglishLines } from './translations.js';
import { KIND_FOLDERS, KINDS, LANGS, type Entry, type Kind } from './schemas.js';

/** Options of `checkKnowledge`. */
export interface CheckOptions extends LoadOptions {
  /**
   * The server's last good versions (see last-good.ts): each broken file is then said to be
   * served as it was last valid, or not served at all. Default: not looked at.
   */
  lastGood?: LastGoodStore;
  /** Where the report goes. Default: standard output. */
  write?: (text: string) => void;
  /** Where a fatal error (folder not found) goes. Default: standard error. */
  writeError?: (text: string) => void;
}

/** Exit codes of `knowledge check`: all good, problems found, cannot check at all. */
export const CHECK_EXIT = { ok: 0, problems: 1, failed: 2 } as const;

/**
 * Checks the knowledge folder `dir` and prints the report.
 * @returns the exit code: 0 when every file is valid, 1 when one has a problem (or the folder
 * holds none of `offers/`, `faq/`, `organisations/`: probably the wrong folder), 2 when the
 * folder does not exist.
 */
export async function checkKnowledge(dir: string, options: CheckOptions = {}): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const writeError = options.writeError ?? ((text: string) => void process.stderr.write(text));
  let result: LoadResult;
  try {
    result = await loadKnowledge(dir, options);
  } catch (error) {
    if (!(error instanceof TremplinError)) throw error;
    writeError(`${error.message}\n`);
    return CHECK_EXIT.failed;
  }
  const lines = result.problems.map(formatProblem);
  const folders = await Promise.all(KINDS.map((kind) => isFolder(path.join(dir, KIND_FOLDERS[kind]))));
  const noKnowledgeFolder = !folders.some(Boolean);
  const broken = await brokenFiles(result, options);
  if (broken.length > 0) lines.push('', ...broken);
  if (lines.length > 0) lines.push('');
  lines.push(`Dossier vérifié : ${dir}`, ...summarise(result));
  const freshness = freshnessLines(freshnessReport(result.entries, result.today));
  if (freshness.length > 0) lines.push('', ...freshness);
  const untranslated = withoutEnglishLines(result.entries);
  if (untranslated.length > 0) lines.push('', ...untranslated);
  if (noKnowledgeFolder) {
    lines.push(`Aucun dossier ${KINDS.map((kind) => `${KIND_FOLDERS[kind]}/`).join(', ')} ici : est-ce le bon dossier ?`);
  }
  write(`${lines.join('\n')}\n`);
  return result.problems.length > 0 || noKnowledgeFolder ? CHECK_EXIT.problems : CHECK_EXIT.ok;
}

/**
 * What the bot serves of each file it cannot read: nothing, or (with the server's store) the
 * version last saved valid — which HR must know, since the bot keeps saying the old text.
 */
async function brokenFiles(result: LoadResult, options: CheckOptions): Promise<string[]> {
  const served = new Set(result.entries.map((e) => e.path));
  const broken = [...new Set(result.problems.map((p) => p.path))].filter((p) => !served.has(p) && result.files.includes(p));
  if (broken.length === 0) return [];
  const lines = ['Ce que le bot sert à la place des fichiers en erreur :'];
  for (const path of broken) {
    const kept = options.lastGood ? await restoreLastGood(options.lastGood, path, result.today) : undefined;
    lines.push(kept ? `  ${path} : sa dernière version valide, enregistrée le ${formatDateWithZone(new Date(kept.savedAt))}` : `  ${path} : rien (aucune version valide enregistrée)`);
  }
  return lines;
}

/** French-first labels, singular and plural. */
const KIND_NAMES: Record<Kind, [string, string]> = {
  offer: ['offre', 'offres'],
  faq: ['question-réponse', 'questions-réponses'],
  organisation: ['organisation', 'organisations'],
  term: ['terme expliqué', 'termes expliqués'],
  team: ['équipe', 'équipes'],
};

/** `1 offre`, `0 offre`, `2 offres`: French counts 0 and 1 in the singular. */
function count(n: number, [singular, plural]: readonly [string, string]): string {
  return `${n} ${n <= 1 ? singular : plural}`;
}

/**
 * The summary lines: entries per kind and language, open and closed offers, files with
 * problems. E.g. `12 offres (fr 10, en 2) : 9 ouvertes, 3 fermées`.
 */
export function summarise(result: LoadResult): string[] {
  const lines = KINDS.map((kind) => {
    const entries = result.entries.filter((entry) => entry.kind === kind);
    let line = count(entries.length, KIND_NAMES[kind]) + byLanguage(entries);
    if (kind === 'offer') {
      const open = entries.filter((entry) => entry.kind === 'offer' && entry.open).length;
      const stale = entries.filter((entry) => entry.kind === 'offer' && offerState(entry, result.today).state === 'stale').length;
      const undated = entries.filter((entry) => entry.kind === 'offer' && isOpenUndated(entry)).length;
      line += ` : ${count(open, ['ouverte', 'ouvertes'])}${undated > 0 ? ` (dont ${undated} non datée${undated > 1 ? 's' : ''})` : ''}, ${count(entries.length - open, ['fermée', 'fermées'])}`;
      if (stale > 0) line += ` (dont ${stale} sans date de clôture et trop ancienne${stale > 1 ? 's' : ''})`;
    }
    return line;
  });
  const filesWithProblems = new Set(result.problems.map((problem) => problem.path)).size;
  const files = count(result.files.length, ['fichier lu', 'fichiers lus']);
  lines.push(
    filesWithProblems === 0
      ? `${files}, aucun problème.`
      : `${files}, ${count(filesWithProblems, ['fichier', 'fichiers'])} avec des problèmes (${count(result.problems.length, ['problème', 'problèmes'])}).`,
  );
  return lines;
}

/** ` (fr 10, en 2)`, or nothing when there are no entries. */
function byLanguage(entries: readonly Entry[]): string {
  const parts = LANGS.map((lang) => [lang, entries.filter((entry) => entry.lang === lang).length] as const)
    .filter(([, n]) => n > 0)
    .map(([lang, n]) => `${lang} ${n}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

async function isFolder(target: string): Promise<boolean> {
  return (await stat(target).catch(() => undefined))?.isDirectory() ?? false;
}
