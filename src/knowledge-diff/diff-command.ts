/**
 * `tremplin knowledge diff [DIR] [--against REF | --base DIR] [--questions FILE] [--json]`:
 * HR sees the effect of an edit before publishing it. Questions made from the entries the edit
 * changes (or those of `--questions FILE`) are asked to the bot reading the edited knowledge
 * (default: the knowledge folder, served as the server serves it: a broken file as its last
 * good version) and to the bot reading it before the edit (default: the last commit,
 * `--against HEAD`; or a folder, `--base`), and every answer that changed is shown, then a
 * summary. Informational: exit 0 whatever changed, 2 when the command cannot run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, type Config } from '../config.js';
import { insightsErrors } from '../errors.js';
import { formatDateWithZone } from '../applications/dates.js';
import { LAST_GOOD_FOLDER, LastGoodStore } from '../knowledge/last-good.js';
import { assertFolder } from '../knowledge/load.js';
import { printingKnownErrors, readOptions } from '../insights/command-line.js';
import { diffKnowledge, type AnswerChange, type KnowledgeDiff } from './diff.js';
import { extractGitFolder } from '../insights/git-folder.js';
import { readQuestionSet } from '../insights/question-set.js';
import { cut } from '../insights/table.js';
import { wordDiff } from '../insights/word-diff.js';

/** The project's evaluation set, a question file for `--questions`. */
export const EVALUATION_QUESTIONS = path.join(PROJECT_ROOT, 'tests/eval/questions.yaml');

/** The command's usage text. */
export const DIFF_USAGE = `Usage : tremplin knowledge diff [DOSSIER] [--against RÉF | --base DOSSIER] [--questions FICHIER] [--json]

  Pose au bot, avec la base de connaissances modifiée (DOSSIER, par défaut le dossier
  knowledge, servie comme le serveur la sert) et avec la version d'avant la modification, des
  questions faites à partir des fiches qui changent (titre, salaire, télétravail, contrat,
  dates d'une offre ; question d'une FAQ…), puis montre chaque réponse qui change (intention,
  sources, texte) et un résumé.

  --against RÉF       la version d'avant est celle du commit RÉF (défaut : HEAD, le dernier commit)
  --base DOSSIER      la version d'avant est ce dossier
  --questions FICHIER poser plutôt les questions de ce fichier (ex. ${path.relative(PROJECT_ROOT, EVALUATION_QUESTIONS)})
  --json              le résultat en JSON
`;

/** What the command needs from its caller; tests and the main CLI pass their own. */
export interface DiffCommandContext {
  config: Config;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** The clock both bots share. Default: the system clock, read once. */
  now?: () => Date;
}

/** `dir` relative to the working directory when it is below it, else absolute. */
const shown = (dir: string) => {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dir;
};
const list = (ids: readonly string[]) => ids.join(', ') || '(aucune)';
const arrow = (before: string, after: string, unchanged: string) => (before === after ? `${after} (${unchanged})` : `${before} → ${after}`);

function formatChange(change: AnswerChange): string {
  const where = change.turn > 1 ? `[conversation ${change.conversation}, question ${change.turn}]` : `[${change.conversation}]`;
  const lines = [
    `✎ ${where} « ${change.question} »${change.lang === 'en' ? ' (en)' : ''}`,
    `    intention : ${arrow(change.before.intent ?? '—', change.after.intent ?? '—', 'inchangée')}`,
    `    sources   : ${arrow(list(change.before.sources), list(change.after.sources), 'inchangées')}`,
  ];
  const text = wordDiff(change.before.text, change.after.text);
  if (text) lines.push(`    texte     : ${cut(text, 600)}`);
  return lines.join('\n');
}

const CHANGE_WORDS = { added: 'ajoutée', removed: 'retirée', changed: 'modifiée' } as const;

/** The comparison as HR reads it. */
export function formatKnowledgeDiff(diff: KnowledgeDiff, labels: { before: string; after: string }): string {
  const out = [`Avant : ${labels.before}`, `Après : ${labels.after}`, ''];
  if (diff.problemsAfter.length > 0) {
    const kept = new Map(diff.keptAfter.map((k) => [k.path, k.since]));
    out.push(
      `Attention : ${diff.problemsAfter.length} problème${diff.problemsAfter.length > 1 ? 's' : ''} dans la version modifiée :`,
      ...diff.problemsAfter.map((p) => `  ${p}`),
      ...[...new Set(diff.problemsAfter.map((p) => p.split(':')[0]!))].map((file) =>
        kept.has(file) ? `  → ${file} : le serveur sert sa dernière version valide (${formatDateWithZone(new Date(kept.get(file)!))})` : `  → ${file} : le serveur ne la sert pas`,
      ),
      '',
    );
  }
  if (diff.entries.length > 0) {
    out.push(
      `Fiches servies autrement après la modification (${diff.entries.length}) :`,
      ...diff.entries.map((e) => `  ${e.path} : ${CHANGE_WORDS[e.change]}${e.fields.length > 0 ? ` (${e.fields.join(', ')})` : ''}`),
      ...(diff.notAsked > 0 ? [`  (questions faites pour les ${diff.entries.length - diff.notAsked} premières ; --questions FICHIER pour d'autres)`] : []),
      '',
    );
  } else {
    out.push('Aucune fiche n’est servie autrement après la modification.', '');
  }
  for (const change of diff.changes) out.push(formatChange(change), '');
  const changed = diff.changes.length;
  out.push(
    `Résumé : ${diff.questions} question${diff.questions > 1 ? 's' : ''} reposée${diff.questions > 1 ? 's' : ''}, ` +
      (changed === 0 ? 'aucune réponse ne change.' : `${changed} réponse${changed > 1 ? 's' : ''} changée${changed > 1 ? 's' : ''}.`),
  );
  return `${out.join('\n')}\n`;
}

type Values = { against?: string; base?: string; questions?: string; json?: boolean; help?: boolean };

/** Runs `tremplin knowledge diff <argv>`; returns the exit code. */
export async function runKnowledgeDiff(argv: string[], context: DiffCommandContext): Promise<number> {
  const { stdout, stderr } = context;
  const parsed = readOptions<Values>(argv, {
    against: { type: 'string' },
    base: { type: 'string' },
    questions: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (typeof parsed === 'string') {
    stderr.write(`${insightsErrors.diffBadArguments(parsed)}\n\n${DIFF_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    stdout.write(DIFF_USAGE);
    return 0;
  }
  if (positionals.length > 1 || (values.against !== undefined && values.base !== undefined)) {
    stderr.write(`${insightsErrors.diffBadArguments(positionals.length > 1 ? positionals.slice(1).join(' ') : '--against et --base ensemble')}\n\n${DIFF_USAGE}`);
    return 2;
  }
  const after = path.resolve(positionals[0] ?? context.config.knowledgeDir);
  let extracted: string | undefined;
  try {
    return await printingKnownErrors(stderr, async () => {
      await assertFolder(after);
      const conversations = values.questions === undefined ? undefined : await readQuestionSet(path.resolve(values.questions));
      // The folder the server serves is compared as the server serves it: broken files as their last good version.
      const afterLastGood = await LastGoodStore.open(path.join(context.config.dataDir, LAST_GOOD_FOLDER), after, { readOnly: true });
      let before: string;
      let beforeLabel: string;
      if (values.base !== undefined) {
        before = path.resolve(values.base);
        await assertFolder(before);
        beforeLabel = shown(before);
      } else {
        const ref = values.against ?? 'HEAD';
        extracted = await mkdtemp(path.join(os.tmpdir(), 'tremplin-knowledge-before-'));
        await extractGitFolder(after, ref, extracted);
        before = extracted;
        beforeLabel = `${shown(after)} au commit ${ref}`;
      }
      stderr.write('Questions posées aux deux versions de la base de connaissances…\n');
      const diff = await diffKnowledge({ config: context.config, before, after, conversations, now: context.now, afterLastGood });
      stdout.write(values.json ? `${JSON.stringify(diff, null, 2)}\n` : formatKnowledgeDiff(diff, { before: beforeLabel, after: shown(after) }));
      return 0;
    });
  } finally {
    if (extracted) await rm(extracted, { recursive: true, force: true });
  }
}
