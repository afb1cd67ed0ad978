/**
 * `importPages`: published pages in, knowledge files out. Lists the pages, converts each one
 * (`convert.ts`), gives it a free id (its file name; `-2`, `-3`… when another page already has
 * it), checks the file it would write with the knowledge loader's own validation, then writes
 * it unless a person edited the existing one by hand (see `render.ts`), and writes a stub for
 * each organisation the offers need and the folder lacks. Finally the whole output folder is
 * checked as `knowledge check` would. The same pages imported twice give the same bytes.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importErrors } from '../../errors.js';
import { listKnowledgeFiles } from '../files.js';
import { loadKnowledge } from '../load.js';
import { calendarDate } from '../open-status.js';
import { formatProblem } from '../problems.js';
import { parseEntry } from '../read-entry.js';
import { convertPage, type Conversion, type Refusal } from './convert.js';
import type { ImportFormat } from './formats.js';
import { OrganisationResolver, organisationStub, readOrganisations } from './organisations.js';
import { listPageFiles, readPageText, type PageFile } from './page-files.js';
import { Bare, importedFileState, renderEntry, type ImportedFileState } from './render.js';
import { summarise, type FileReport, type ImportReport, type StubReport } from './report.js';

/** Options of `importPages`. */
export interface ImportOptions {
  /** Folders (or single files) of published pages. */
  readonly sources: readonly string[];
  /** The knowledge folder written into (its `offers/` and `organisations/`). */
  readonly out: string;
  /** Read every page as this format. Default: detected per page (`auto`). */
  readonly format?: ImportFormat;
  /** Organisation id of pages that name none. Default: `beta-gouv` for beta.gouv.fr job pages; other pages are refused. */
  readonly organisation?: string;
  /** Overwrite files edited by hand (or not written by the import). Default false: they are reported as protected. */
  readonly force?: boolean;
  /** Report what would happen, write nothing. Default false. */
  readonly dryRun?: boolean;
  /** The clock deciding which closing dates have passed. Default: the system clock. */
  readonly now?: () => Date;
  /** Time zone of the pages' dates. Default `Europe/Paris`. */
  readonly timeZone?: string;
  /** Called after each file with how many are done. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The message of a refusal. */
function refusalReason(refusal: Refusal): string {
  switch (refusal.kind) {
    case 'empty':
      return importErrors.empty;
    case 'yaml':
      return importErrors.yaml(refusal.line, refusal.detail);
    case 'no-title':
      return importErrors.noTitle;
    case 'no-organisation':
      return importErrors.noOrganisation;
    case 'test':
      return importErrors.testFile(refusal.evidence);
    case 'press-or-event':
      return importErrors.pressOrEvent(refusal.evidence);
    case 'listing':
      return importErrors.listing(refusal.offers);
    case 'no-offer-content':
      return importErrors.noOfferContent;
  }
}

/** Reads a file's text, or `undefined` when it does not exist. */
async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes through a temporary file, so a reader never sees half a file. */
async function writeAtomically(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, file);
}

/** Imports the pages of `options.sources` into `options.out`; see the file comment. */
export async function importPages(options: ImportOptions): Promise<ImportReport> {
  const out = path.resolve(options.out);
  const today = calendarDate((options.now ?? (() => new Date()))(), options.timeZone);
  const pages: PageFile[] = [];
  for (const source of options.sources) pages.push(...(await listPageFiles(source)));

  const outExists = (await stat(out).catch(() => undefined))?.isDirectory() ?? false;
  const existingFiles = outExists ? await listKnowledgeFiles(out) : [];
  /** Ids already used in the folder, with the file using them. */
  const takenIds = new Map(existingFiles.map((f) => [path.posix.basename(f).replace(/\.[^.]*$/, ''), f]));
  const organisations = new OrganisationResolver(outExists ? await readOrganisations(out) : []);
  const usedInRun = new Set<string>();
  const files: FileReport[] = [];
  const usedOrganisations = new Set<string>();

  let done = 0;
  for (const page of pages) {
    files.push(await importOne(page));
    options.onProgress?.(++done, pages.length);
  }

  async function importOne(page: PageFile): Promise<FileReport> {
    if (page.ignored) return { source: page.relative, outcome: 'ignored', reason: page.ignored };
    const read = await readPageText(page.absolute);
    if ('error' in read) return { source: page.relative, outcome: 'refused', refusal: 'unreadable', reason: read.error };
    const conversion: Conversion = convertPage(page.relative, read.text, {
      format: options.format,
      organisation: options.organisation,
      organisations,
      today,
      timeZone: options.timeZone,
    });
    if (!conversion.ok) {
      return { source: page.relative, outcome: 'refused', format: conversion.format, refusal: conversion.refusal.kind, reason: refusalReason(conversion.refusal) };
    }
    const notes = [...read.notes, ...conversion.notes];
    const { id, existing } = await freeId(conversion.id, page.relative);
    const target = `offers/${id}.md`;
    const content = renderEntry(
      { ...conversion.frontMatter, source: { file: page.relative, format: new Bare(conversion.format), hash: '' } },
      conversion.body,
    );
    const check = parseEntry(target, 'offer', Buffer.from(content, 'utf8'), today);
    if (check.problems.length > 0) {
      const problems = check.problems.map((p) => `${p.line ?? 1}: ${p.field ? `${p.field}: ` : ''}${p.message}`).join(' ; ');
      return { source: page.relative, outcome: 'refused', format: conversion.format, refusal: 'invalid-output', reason: importErrors.invalidOutput(problems) };
    }
    usedInRun.add(id);
    const base = {
      source: page.relative,
      format: conversion.format,
      target,
      status: (conversion.frontMatter.status as Bare).text as 'open' | 'closed',
      organisation: conversion.organisation.id,
      missing: conversion.missing,
      notes,
    };
    let outcome: FileReport['outcome'];
    let reason: string | undefined;
    if (existing === undefined) outcome = 'created';
    else if (existing.text === content) outcome = 'unchanged';
    else if (existing.state.kind === 'imported' || options.force) outcome = 'updated';
    else {
      outcome = 'protected';
      reason = existing.state.kind === 'edited' ? importErrors.editedByHand : importErrors.notImported;
    }
    if (outcome !== 'protected') usedOrganisations.add(conversion.organisation.id);
    if (!options.dryRun && (outcome === 'created' || outcome === 'updated')) await writeAtomically(path.join(out, target), content);
    return { ...base, outcome, ...(reason ? { reason } : {}) };
  }

  /**
   * The first id from `base` free for the page `relative`: not used by another page of this
   * run, nor by another file of the folder, nor by an offer imported from another page.
   */
  async function freeId(base: string, relative: string): Promise<{ id: string; existing?: { text: string; state: ImportedFileState } }> {
    const stubIds = new Set(organisations.stubs().map((o) => o.id));
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (usedInRun.has(id) || stubIds.has(id)) continue;
      const owner = takenIds.get(id);
      if (owner !== undefined && owner !== `offers/${id}.md`) continue;
      const text = owner === undefined ? undefined : await readIfExists(path.join(out, owner));
      if (text === undefined) return { id };
      const state = importedFileState(text);
      if (state.kind !== 'not-imported' && state.sourceFile !== undefined && state.sourceFile !== relative) continue;
      return { id, existing: { text, state } };
    }
  }

  const stubs: StubReport[] = [];
  for (const org of organisations.stubs()) {
    if (!usedOrganisations.has(org.id)) continue;
    const target = `organisations/${org.id}.md`;
    if (takenIds.has(org.id) || (await readIfExists(path.join(out, target))) !== undefined) continue;
    stubs.push({ id: org.id, name: org.name, target });
    if (!options.dryRun) await writeAtomically(path.join(out, target), organisationStub(org.name));
  }

  let validationProblems: string[] | undefined;
  if (!options.dryRun && (await stat(out).catch(() => undefined))?.isDirectory()) {
    const loaded = await loadKnowledge(out, { now: options.now, timeZone: options.timeZone });
    validationProblems = loaded.problems.map(formatProblem);
  }
  return { files, organisations: stubs, summary: summarise(files), dryRun: options.dryRun ?? false, ...(validationProblems ? { validationProblems } : {}) };
}
