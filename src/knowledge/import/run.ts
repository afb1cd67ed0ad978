/**
 * `importPages`: published pages in, knowledge files out. Lists the pages and converts each one
 * (`convert.ts`); sets aside the pages that repeat another (`duplicates.ts`); links each offer
 * to its team (`teams.ts`); gives each offer a free id (its file name; `-2`, `-3`… when another
 * page already has it), checks the file it would write with the knowledge loader's own
 * validation, then writes it unless a person edited the existing one by hand (see
 * `render.ts`). Team files and organisation stubs follow, then the whole output folder is
 * checked as `knowledge check` would, freshness rule included. The same pages imported twice
 * give the same bytes.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importErrors } from '../../errors.js';
import { listKnowledgeFiles } from '../files.js';
import { freshnessReport } from '../freshness.js';
import { loadKnowledge } from '../load.js';
import { calendarDate } from '../open-status.js';
import { formatProblem } from '../problems.js';
import { parseEntry } from '../read-entry.js';
import { sourceLinks } from './source-links.js';
import { convertPage, NOT_AN_OFFER, type Conversion, type ImportNote, type Refusal } from './convert.js';
import { findDuplicates } from './duplicates.js';
import { infoPageFrontMatter, infoPageId, type InfoPage } from './info-pages.js';
import type { ImportFormat } from './formats.js';
import { DEFAULT_ORGANISATIONS, OrganisationResolver, organisationStub, readOrganisations } from './organisations.js';
import { filedUnder, otherNamesOf, presentedOrganisation } from './parent-organisation.js';
import { listPageFiles, readPageText, type PageFile } from './page-files.js';
import { Bare, importedFileState, renderEntry, type ImportedFileState, type YamlValue } from './render.js';
import { summarise, type EntryFileReport, type FileReport, type ImportReport } from './report.js';
import { contactOf, readTeams, startupKey, TeamResolver, type PlannedTeam } from './teams.js';

/** Options of `importPages`. */
export interface ImportOptions {
  /** Folders (or single files) of published pages. */
  readonly sources: readonly string[];
  /** The knowledge folder written into (its `offers/`, `teams/` and `organisations/`). */
  readonly out: string;
  /** Read every page as this format. Default: detected per page (`auto`). */
  readonly format?: ImportFormat;
  /** Organisation id of pages that name none. Default: `beta-gouv` for beta.gouv.fr job pages; other pages are refused. */
  readonly organisation?: string;
  /** Address template of the pages whose front matter gives none (checked, see `source-links.ts`); default: none. */
  readonly sourceUrl?: string;
  /** Overwrite files edited by hand (or not written by the import). Default false: they are reported as protected. */
  readonly force?: boolean;
  /** Report what would happen, write nothing. Default false. */
  readonly dryRun?: boolean;
  /** The clock deciding which closing dates have passed. Default: the system clock. */
  readonly now?: () => Date;
  /** Time zone of the pages' dates. Default `Europe/Paris`. */
  readonly timeZone?: string;
  /** Called after each page read, with how many are done. */
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
    case 'guide':
      return importErrors.guide(refusal.evidence);
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

/** A page converted to an offer, waiting to be written. */
interface Converted {
  readonly page: PageFile;
  readonly conversion: Extract<Conversion, { ok: true }>;
  readonly notes: readonly ImportNote[];
}

/** Imports the pages of `options.sources` into `options.out`; see the file comment. */
export async function importPages(options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const out = path.resolve(options.out);
  const today = calendarDate((options.now ?? (() => new Date()))(), options.timeZone);
  const pages: PageFile[] = [];
  /** The address of each page built with `sourceUrl`, written as `source.url`: the bot cites it when the page states no `url`. */
  const links = new Map<string, string>();
  for (const source of options.sources) {
    const found = await listPageFiles(source);
    const linkOf = await sourceLinks(source, options.sourceUrl);
    for (const page of found) {
      const link = linkOf(page.relative.split('/').slice(1).join('/'));
      if (link) links.set(page.relative, link);
    }
    pages.push(...found);
  }

  const outExists = (await stat(out).catch(() => undefined))?.isDirectory() ?? false;
  const existingFiles = outExists ? await listKnowledgeFiles(out) : [];
  /** Ids already used in the folder, per kind folder, with the file using them. */
  const takenIds = new Map(existingFiles.map((f) => [`${f.split('/')[0]}:${path.posix.basename(f).replace(/\.[^.]*$/, '')}`, f]));
  const organisations = new OrganisationResolver(outExists ? await readOrganisations(out) : []);
  const knownTeams = outExists ? await readTeams(out) : [];
  const teams = new TeamResolver(knownTeams, () => organisations.allNames());

  // 1. Read and convert every page; keep the pages that are no offer but inform (./info-pages.ts).
  const infoPages: { page: PageFile; info: InfoPage; format?: ImportFormat }[] = [];
  const reports: (FileReport | Converted)[] = [];
  let done = 0;
  for (const page of pages) {
    reports.push(await convertOne(page));
    options.onProgress?.(++done, pages.length);
  }

  async function convertOne(page: PageFile): Promise<FileReport | Converted> {
    if (page.ignored) return { source: page.relative, outcome: 'ignored', reason: page.ignored };
    const read = await readPageText(page.absolute);
    if ('error' in read) return { source: page.relative, outcome: 'refused', refusal: 'unreadable', reason: read.error };
    const conversion = convertPage(page.relative, read.text, { format: options.format, organisation: options.organisation, organisations, today, timeZone: options.timeZone });
    if (!conversion.ok) {
      if (conversion.infoPage) infoPages.push({ page, info: conversion.infoPage, format: conversion.format });
      const outcome = NOT_AN_OFFER.has(conversion.refusal.kind) ? 'skipped' : 'refused';
      return { source: page.relative, outcome, format: conversion.format, refusal: conversion.refusal.kind, reason: refusalReason(conversion.refusal) };
    }
    return { page, conversion, notes: [...read.notes.map((text) => ({ kind: 'converted' as const, text })), ...conversion.notes] };
  }

  // A page whose team (`equipe:` "Incubateur des Territoires", or `startup: aidantsconnect`) is an
  // organisation met in the pages (named by other pages as `friend:` "Aidants Connect") is an offer
  // of that organisation, not of the default one: all its offers are found under the name candidates type.
  const defaultOrganisation = options.organisation ?? 'beta-gouv';
  const organisationOfKey = (raw: string) => {
    const key = startupKey(raw);
    const name = key.length >= 5 ? organisations.allNames().find((n) => startupKey(n) === key) : undefined;
    return name === undefined ? undefined : organisations.find(name);
  };
  // A page presenting its team as part of another organisation met in the pages ("Nous sommes
  // l'Incubateur des Territoires", "incubée au sein de l'Incubateur des Territoires") is that organisation's (./parent-organisation.ts).
  const defaultIds = new Set([defaultOrganisation, ...DEFAULT_ORGANISATIONS.map((o) => o.id)]);
  const everyOrganisation = organisations.everyOrganisation();
  // A default organisation's other files (its English translation `dinum-en`) are that organisation.
  const defaultNames = new Set(everyOrganisation.filter((o) => defaultIds.has(o.id)).flatMap((o) => o.names.map(startupKey)));
  const parents = everyOrganisation.filter((o) => !defaultIds.has(o.id) && !o.names.some((n) => defaultNames.has(startupKey(n))));
  const onDefault = reports.flatMap((r, i) => ('conversion' in r && r.conversion.organisation.id === defaultOrganisation ? [{ r, i }] : []));
  const named = onDefault.map(({ r: { conversion: c } }) => c.team && (c.team.isName ? organisations.find(c.team.raw) : organisationOfKey(c.team.raw)));
  const filed = filedUnder(
    onDefault.map(({ r: { conversion: c } }, n) => ({
      ...(c.team && !named[n] ? { team: startupKey(c.team.raw) } : {}),
      ...(named[n] ? {} : { presented: presentedOrganisation(`${String(c.frontMatter.title)}\n${c.body}`, parents) }),
    })),
  );
  onDefault.forEach(({ r, i }, n) => {
    const own = named[n] ?? (filed[n] === undefined ? undefined : organisations.byId(filed[n]!));
    if (own && own.id !== defaultOrganisation) {
      reports[i] = { ...r, conversion: { ...r.conversion, organisation: own, frontMatter: { ...r.conversion.frontMatter, organisation: new Bare(own.id) } } };
    }
  });

  // 2. The same offer published several times is imported once.
  const converted = reports.filter((r): r is Converted => 'conversion' in r);
  const duplicates = findDuplicates(
    converted.map(({ page, conversion: c }) => ({ page: page.relative, organisation: c.organisation.id, team: c.team?.raw, title: String(c.frontMatter.title), body: c.body, publishedOn: c.publishedOn })),
  );
  const kept = converted.filter((_, i) => !duplicates.has(i));

  // 3. Teams, then ids, checks and writing, in page order.
  for (const item of kept) {
    const { conversion: c } = item;
    const team = c.team && teams.add({ ...c.team, organisation: c.organisation.id, page: item.page.relative, format: c.format, publishedOn: c.publishedOn, text: `${String(c.frontMatter.title)}\n${c.body}`, body: c.body, contact: c.contact, apply: typeof c.frontMatter.apply === 'string' ? c.frontMatter.apply : undefined });
    if (team) c.frontMatter.team = new Bare(team);
  }
  // A team known by an older key is the one its pages name (see TeamResolver.finalId).
  for (const { conversion: c } of kept) if (c.frontMatter.team instanceof Bare) c.frontMatter.team = new Bare(teams.finalId(c.frontMatter.team.text));
  const usedInRun = new Set<string>();
  const usedOrganisations = new Set<string>();
  const written = new Map<Converted, FileReport>();
  for (const item of kept) written.set(item, await writeOffer(item));
  const files = reports.map((r) => {
    if (!('conversion' in r)) return r;
    const index = converted.indexOf(r);
    const duplicate = duplicates.get(index);
    if (!duplicate) return written.get(r)!;
    const original = written.get(converted[duplicate.of]!)!;
    return {
      source: r.page.relative,
      outcome: 'duplicate' as const,
      format: r.conversion.format,
      target: original.target,
      reason: importErrors.duplicate(original.source, original.target ?? '', Math.round(duplicate.similarity * 100)),
    };
  });

  async function writeOffer({ page, conversion, notes }: Converted): Promise<FileReport> {
    const { id, existing } = await freeId('offers', conversion.id, page.relative);
    const target = `offers/${id}.md`;
    const link = links.get(page.relative);
    const content = renderEntry({ ...conversion.frontMatter, source: { file: page.relative, format: new Bare(conversion.format), url: link, hash: '' } }, conversion.body);
    const check = parseEntry(target, 'offer', Buffer.from(content, 'utf8'), today);
    if (check.problems.length > 0) {
      const problems = check.problems.map((p) => `${p.line ?? 1}: ${p.field ? `${p.field}: ` : ''}${p.message}`).join(' ; ');
      return { source: page.relative, outcome: 'refused', format: conversion.format, refusal: 'invalid-output', reason: importErrors.invalidOutput(problems) };
    }
    usedInRun.add(`offers:${id}`);
    const { outcome, reason } = decide(existing, content);
    if (outcome !== 'protected') usedOrganisations.add(conversion.organisation.id);
    if (!options.dryRun && (outcome === 'created' || outcome === 'updated')) await writeAtomically(path.join(out, target), content);
    return {
      source: page.relative,
      format: conversion.format,
      target,
      status: (conversion.frontMatter.status as Bare).text as 'open' | 'closed',
      organisation: conversion.organisation.id,
      ...(conversion.frontMatter.team instanceof Bare ? { team: conversion.frontMatter.team.text } : {}),
      missing: conversion.missing,
      ...(typeof conversion.frontMatter.url === 'string' || link ? { url: typeof conversion.frontMatter.url === 'string' ? conversion.frontMatter.url : link } : {}),
      notes,
      outcome,
      ...(reason ? { reason } : {}),
    };
  }

  /** Whether a file is written: new, the import's own unchanged since, or replaced by --force. */
  function decide(existing: { text: string; state: ImportedFileState } | undefined, content: string): { outcome: EntryFileReport['outcome']; reason?: string } {
    if (existing === undefined) return { outcome: 'created' };
    if (existing.text === content) return { outcome: 'unchanged' };
    if (existing.state.kind === 'imported' || options.force) return { outcome: 'updated' };
    return { outcome: 'protected', reason: existing.state.kind === 'edited' ? importErrors.editedByHand : importErrors.notImported };
  }

  /**
   * The first id from `base` free for the page `relative` in `folder`: not used by another page
   * of this run, nor by another file of the folder, nor by a file imported from another page.
   */
  async function freeId(folder: string, base: string, relative: string): Promise<{ id: string; existing?: { text: string; state: ImportedFileState } }> {
    const stubIds = new Set(organisations.stubs().map((o) => o.id));
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (usedInRun.has(`${folder}:${id}`) || (folder === 'offers' && stubIds.has(id))) continue;
      const owner = takenIds.get(`${folder}:${id}`);
      if (owner !== undefined && owner !== `${folder}/${id}.md`) continue;
      const text = owner === undefined ? undefined : await readIfExists(path.join(out, owner));
      if (text === undefined) return { id };
      const state = importedFileState(text);
      if (state.kind !== 'not-imported' && state.sourceFile !== undefined && state.sourceFile !== relative) continue;
      return { id, existing: { text, state } };
    }
  }

  // 4. Information pages: FAQ entries of the organisation the pages are imported for.
  const infoPageReports: EntryFileReport[] = [];
  const organisation = infoPages.length > 0 ? organisations.byId(defaultOrganisation).id : defaultOrganisation;
  for (const { page, info, format } of infoPages) {
    const { id, existing } = await freeId('faq', infoPageId(page.relative), page.relative);
    const target = `faq/${id}.md`;
    const source = { file: page.relative, format: format && new Bare(format), url: links.get(page.relative), hash: '' };
    const content = renderEntry({ ...infoPageFrontMatter(info, organisation), source }, info.body);
    if (parseEntry(target, 'faq', Buffer.from(content, 'utf8'), today).problems.length > 0) continue;
    usedInRun.add(`faq:${id}`);
    usedOrganisations.add(organisation);
    const { outcome } = decide(existing, content);
    infoPageReports.push({ id, name: info.title, target, outcome });
    if (!options.dryRun && (outcome === 'created' || outcome === 'updated')) await writeAtomically(path.join(out, target), content);
  }

  // 5. Team files: name, organisation, aliases, contact, presentation — from the pages.
  const teamReports: EntryFileReport[] = [];
  for (const team of teams.planned()) {
    const target = `teams/${team.id}.md`;
    const text = await readIfExists(path.join(out, target));
    // A team HR wrote (no import fingerprint) is theirs: only its name is used.
    if (text !== undefined && importedFileState(text).kind === 'not-imported' && !options.force) continue;
    const content = teamFile(team, links.get(team.page));
    const { outcome } = decide(text === undefined ? undefined : { text, state: importedFileState(text) }, content);
    teamReports.push({ id: team.id, name: team.name, target, outcome, offers: team.offers });
    if (!options.dryRun && (outcome === 'created' || outcome === 'updated')) await writeAtomically(path.join(out, target), content);
  }

  // 6. Organisation stubs for the organisations offers name and the folder lacks.
  const organisationReports: EntryFileReport[] = [];
  for (const org of organisations.stubs()) {
    if (!usedOrganisations.has(org.id)) continue;
    const target = `organisations/${org.id}.md`;
    if (takenIds.has(`organisations:${org.id}`) || (await readIfExists(path.join(out, target))) !== undefined) continue;
    // The other names its pages give it ("… de l'Agence Nationale de la Cohésion des Territoires (ANCT)"), wherever they are filed.
    organisations.addNames(org.id, [...new Set(kept.flatMap(({ conversion: c }) => otherNamesOf(org.name, c.body)))]);
    const aliases = organisations.stubs().find((o) => o.id === org.id)?.aliases ?? [];
    organisationReports.push({ id: org.id, name: org.name, target, outcome: 'created', ...(aliases.length ? { aliases } : {}) });
    const pagesOfOrg = kept.filter((c) => c.conversion.organisation.id === org.id);
    const email = contactOf(
      pagesOfOrg.map(({ page, conversion: c }) => ({ page: page.relative, publishedOn: c.publishedOn, contact: c.contact, apply: typeof c.frontMatter.apply === 'string' ? c.frontMatter.apply : undefined })),
    );
    if (!options.dryRun) await writeAtomically(path.join(out, target), organisationStub(org.name, aliases, email));
  }

  let validation: Pick<ImportReport, 'validationProblems' | 'freshness'> = {};
  if (!options.dryRun && (await stat(out).catch(() => undefined))?.isDirectory()) {
    const loaded = await loadKnowledge(out, { now: options.now, timeZone: options.timeZone });
    validation = { validationProblems: loaded.problems.map(formatProblem), freshness: freshnessReport(loaded.entries, loaded.today) };
  }
  return {
    files,
    teams: teamReports,
    organisations: organisationReports,
    infoPages: infoPageReports,
    summary: summarise(files),
    dryRun: options.dryRun ?? false,
    ...validation,
    durationMs: Date.now() - started,
  };
}

/** The file of a team, fingerprinted like an imported offer (its source is the page it was read from, with that page's address when known). */
function teamFile(team: PlannedTeam, link?: string): string {
  const frontMatter: Record<string, YamlValue> = {
    name: team.name,
    organisation: new Bare(team.organisation),
    aliases: team.aliases.length > 0 ? team.aliases : undefined,
    contact: team.contact ? { email: team.contact } : undefined,
    apply: team.apply ? [team.apply] : undefined,
    source: { file: team.page, format: new Bare(team.format), url: link, hash: '' },
  };
  return renderEntry(frontMatter, team.description ?? '');
}
