/**
 * Draft FAQ entries from unanswered questions (`tremplin report unanswered --draft`): one file
 * per group under `knowledge/drafts/`, which the bot never serves, with the question, its
 * other phrasings, the organisation and intent the questions were read as, and a placeholder
 * answer for HR to write. An existing draft is never overwritten: HR may have started on it.
 * Groups about one offer get no draft: their fix is in the offer's file (see subjects.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { formatDate, formatDateWithZone } from '../applications/dates.js';
import { insightsErrors, TremplinError } from '../errors.js';
import type { FaqFrontMatter } from '../knowledge/schemas.js';
import { normalise } from '../text/normalise.js';
import type { UnansweredGroup } from './insights.js';
import type { SubjectNames } from './subjects.js';

/** The folder of drafts in a knowledge folder. */
export const DRAFTS_FOLDER = 'drafts';
/** The tag every draft carries, so a published one that kept it can be found. */
export const DRAFT_TAG = 'brouillon';
/** The body of a draft, until HR writes the answer. */
export const DRAFT_BODY =
  "À compléter par l'équipe RH : écrivez ici la réponse, en 1 à 5 phrases précises, sans rien inventer " +
  "(un fait que vous ne pouvez pas vérifier n'a pas sa place ici).";

const MAX_ID_WORDS = 8;
const MAX_ID_LENGTH = 60;

/** The id of a draft, from its question: `Y a-t-il une cantine ?` → `y-a-t-il-une-cantine`. */
export function draftId(question: string): string {
  let id = '';
  for (const word of normalise(question).split(' ').filter(Boolean).slice(0, MAX_ID_WORDS)) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > MAX_ID_LENGTH) break;
    id = next;
  }
  return id || 'question';
}

/** The language most of the group's questions were asked in (French on a tie). */
function mainLang(group: UnansweredGroup): 'fr' | 'en' {
  return (group.langs.en ?? 0) > (group.langs.fr ?? 0) ? 'en' : 'fr';
}

/** Where a draft was made, for its header: the command line (default) or Teams. */
export const DRAFT_ORIGINS = { cli: '« tremplin report unanswered --draft »', teams: 'un recruteur depuis Teams (questions sans réponse)' } as const;

/**
 * The text of the draft file for `group`; `organisation` is the one its questions name (default
 * `all`); `origin` says in its header what made it.
 */
export function draftFile(group: UnansweredGroup, organisation = 'all', origin: keyof typeof DRAFT_ORIGINS = 'cli'): string {
  const front: FaqFrontMatter = {
    question: group.representative,
    alternatives: group.examples,
    lang: mainLang(group),
    organisation,
    ...(group.intent ? { intent: group.intent } : {}),
    tags: [DRAFT_TAG],
  };
  const humans = group.escalations > 0 ? ` (dont ${group.escalations} demande${group.escalations > 1 ? 's' : ''} d'un humain)` : '';
  const header = [
    `# Brouillon proposé par ${DRAFT_ORIGINS[origin]} : ${group.count} question${group.count > 1 ? 's' : ''} de ${group.visitors} visiteur${group.visitors > 1 ? 's' : ''}`,
    `# sans réponse entre le ${formatDate(group.firstAt)} et le ${formatDateWithZone(group.lastAt)}${humans}.`,
    '# Relisez la question et les alternatives, écrivez la réponse sous la ligne ---, retirez le tag',
    '# « brouillon », puis déplacez ce fichier dans faq/ pour le publier (vérifiez avec npm run knowledge:check).',
  ];
  return `---\n${header.join('\n')}\n${stringify(front, { lineWidth: 0 })}---\n${DRAFT_BODY}\n`;
}

/** What `writeDrafts` did. */
export interface DraftsWritten {
  /** The drafts folder. */
  folder: string;
  /** Files written, relative to the drafts folder. */
  written: string[];
  /** Files left alone because they already existed. */
  kept: string[];
}

/**
 * Writes one draft per group into `knowledgeDir/drafts/`, never over an existing file. Two
 * groups whose questions give the same id get `-2`, `-3`… in the order given.
 * @throws TremplinError when a file cannot be written (read-only folder, full disk).
 */
export async function writeDrafts(
  knowledgeDir: string,
  groups: readonly UnansweredGroup[],
  subjects?: Pick<SubjectNames, 'organisationOf'>,
  origin: keyof typeof DRAFT_ORIGINS = 'cli',
): Promise<DraftsWritten> {
  const folder = path.join(knowledgeDir, DRAFTS_FOLDER);
  const result: DraftsWritten = { folder, written: [], kept: [] };
  const used = new Set<string>();
  for (const group of groups) {
    const base = draftId(group.representative);
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    const name = `${id}.md`;
    const file = path.join(folder, name);
    try {
      await mkdir(folder, { recursive: true });
      await writeFile(file, draftFile(group, subjects?.organisationOf(group), origin), { flag: 'wx' });
      result.written.push(name);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') result.kept.push(name);
      else throw new TremplinError('insights_draft_unwritable', insightsErrors.draftUnwritable(file, code ?? String(error)));
    }
  }
  return result;
}
