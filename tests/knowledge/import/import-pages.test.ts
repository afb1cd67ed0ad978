/**
 * `importPages` on small published pages of each format (tests/fixtures/import), into a real
 * temporary knowledge folder: what is written, what is refused and why, idempotence, the
 * protection of files edited by hand, and the loader's verdict on the result.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importErrors } from '../../../src/errors.js';
import { importPages, type ImportOptions } from '../../../src/knowledge/import/index.js';
import { fileLines, summaryLines } from '../../../src/knowledge/import/report.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { makeKnowledgeDir, removeKnowledgeDir, writeKnowledgeFile } from '../temp-knowledge.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/import');
const BETA = path.join(FIXTURES, 'beta.gouv.fr');
const HUGO = path.join(FIXTURES, 'hugo');
const JEKYLL = path.join(FIXTURES, 'jekyll');
/** A fixed clock: the fixtures' closing dates are before it, none after. */
const now = () => new Date('2024-06-01T10:00:00Z');

let out: string;
beforeEach(async () => {
  out = await makeKnowledgeDir();
});
afterEach(async () => {
  await removeKnowledgeDir(out);
});

const run = (options: Partial<ImportOptions> = {}) => importPages({ sources: [BETA], out, now, ...options });

/** The front matter of a written offer, parsed. */
async function frontMatterOf(id: string): Promise<Record<string, unknown>> {
  const text = await readFile(path.join(out, 'offers', `${id}.md`), 'utf8');
  return parse(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
}

/** Every file of the output folder and its bytes. */
async function snapshot(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const folder of ['offers', 'organisations']) {
    const names = await readdir(path.join(out, folder)).catch(() => []);
    for (const name of names.sort()) files.set(`${folder}/${name}`, await readFile(path.join(out, folder, name), 'utf8'));
  }
  return files;
}

describe('importPages on beta.gouv.fr job files', () => {
  it('writes offers that the knowledge loader accepts, with no problem at all', async () => {
    const report = await run();
    expect(report.validationProblems).toEqual([]);
    const loaded = await loadKnowledge(out, { now });
    expect(loaded.problems).toEqual([]);
    expect(loaded.entries.filter((e) => e.kind === 'offer')).toHaveLength(report.summary.imported);
    expect(report.summary).toMatchObject({ pages: 9, imported: 7, refused: 1, skipped: 1, created: 7 });
    expect(report.teams.map((t) => t.id)).toEqual(['signaux-faibles', 'sndv-maritime']);
  });

  it('reads a salary by experience from a sentence under a "Rémunération" heading, with no period the page does not write', async () => {
    const report = await run();
    const offer = await frontMatterOf('2021-01-04-developpeurs-beta');
    expect(offer.salary).not.toHaveProperty('period');
    expect(report.files.find((f) => f.source.endsWith('2021-01-04-developpeurs-beta.md'))?.missing).toContainEqual({ field: 'salary', why: 'no-period' });
    const summary = summaryLines(report).join('\n');
    expect(summary).toMatch(/salaire sans période écrite .*\(1\) :\n\s+offers\/2021-01-04-developpeurs-beta\.md/);
    expect(offer.salary).toMatchObject({
      basis: 'net',
      bands: [
        { up_to_years: 5, amount: 3000 },
        { beyond_years: 5, amount: 3500 },
      ],
    });
    expect(offer).toMatchObject({
      title: '8 développeurs ou développeuses',
      organisation: 'beta-gouv',
      status: 'open',
      positions: 8,
      contract: ['CDD', 'vacataire'],
      duration: '6 mois',
      remote: { policy: 'occasional' },
      start_date: '2021-01-04',
      published_on: '2020-11-26',
      apply: 'recrutement@beta.gouv.fr',
      experience: 'Profils juniors acceptés',
      category: null,
    });
  });

  it('reads labels written as list items, and keeps the body as the page wrote it', async () => {
    await run();
    const offer = await frontMatterOf('2022-02-17-dev-front-liste');
    expect(offer).toMatchObject({
      status: 'closed',
      contract: ['indépendant'],
      duration: '2 mois renouvelables',
      start_date: 'mars 2022',
      locations: ['Lyon'],
      salary: { basis: 'gross', period: 'year', bands: [{ amount: 45000 }] },
      remote: { policy: 'partial', days_per_week: 2 },
      apply: 'https://airtable.com/shrEXEMPLE',
      contact: 'equipe@sndv.example.gouv.fr',
    });
    const text = await readFile(path.join(out, 'offers/2022-02-17-dev-front-liste.md'), 'utf8');
    expect(text).toContain('- Rémunération : 45 k€ brut annuel\n');
  });

  it('reads inline bold labels, keeps a closing date, and does not take a possible CDI for the contract', async () => {
    const report = await run();
    const offer = await frontMatterOf('2021-06-01-chargee-deploiement-gras');
    expect(offer).toMatchObject({
      status: 'closed',
      closes_on: '2022-01-31',
      contract: ['CDD'],
      salary: { basis: 'net', period: 'month', bands: [{ min: 3000, max: 3500 }] },
      start_date: 'dès que possible',
      locations: ['Lille'],
      organisation: 'incubateur-des-territoires',
    });
    expect(report.organisations).toContainEqual({
      id: 'incubateur-des-territoires',
      name: 'Incubateur des Territoires',
      target: 'organisations/incubateur-des-territoires.md',
      outcome: 'created',
    });
    expect(await readFile(path.join(out, 'organisations/incubateur-des-territoires.md'), 'utf8')).toBe('---\nname: "Incubateur des Territoires"\n---\n');
  });

  it('never invents: a page without terms is imported with those fields missing, and listed as such', async () => {
    const report = await run();
    const offer = await frontMatterOf('2018-03-01-sans-rubriques');
    expect(offer).toMatchObject({ contract: null, category: null, team: 'signaux-faibles' });
    for (const field of ['locations', 'salary', 'remote', 'duration', 'start_date', 'apply', 'contact']) expect(offer).not.toHaveProperty(field);
    const line = report.files.find((f) => f.source.endsWith('2018-03-01-sans-rubriques.md'))!;
    expect(line.missing?.map((m) => m.field)).toEqual(['locations', 'contract', 'category', 'duration', 'salary', 'remote', 'start_date', 'apply', 'contact']);
    expect(fileLines(line)[0]).toContain('manque : lieu, contrat, catégorie, durée, salaire, télétravail, date de début, candidature, contact');
  });

  it('makes HTML in the body markdown', async () => {
    await run();
    const text = await readFile(path.join(out, 'offers/2018-03-01-sans-rubriques.md'), 'utf8');
    expect(text).toContain('Le code est **ouvert** : [github](https://github.com/signaux-faibles).');
    expect(text).not.toMatch(/<div|<p>|<strong>/);
  });

  it('repairs broken front matter and says what it repaired', async () => {
    const report = await run();
    const duplicated = report.files.find((f) => f.source.endsWith('2021-10-18-atlas-cle-en-double.md'))!;
    expect(duplicated.outcome).toBe('created');
    expect(duplicated.notes).toContainEqual({ kind: 'repaired', text: importErrors.repairedDuplicateKey('open', 6) });
    expect(await frontMatterOf('2021-10-18-atlas-cle-en-double')).toMatchObject({ status: 'closed', contract: ['indépendant'] });

    const unclosed = report.files.find((f) => f.source.endsWith('2020-11-05-entete jamais fermé'))!;
    expect(unclosed).toMatchObject({ outcome: 'created', target: 'offers/2020-11-05-entete-jamais-ferme.md' });
    expect(unclosed.notes).toContainEqual({ kind: 'repaired', text: importErrors.repairedUnclosed(4) });
    expect(await frontMatterOf('2020-11-05-entete-jamais-ferme')).toMatchObject({ title: 'Un ou une bizdev', status: 'open' });
  });

  it('takes the title of a page without front matter from its first line, and writes it closed', async () => {
    const report = await run();
    const offer = await frontMatterOf('2019-06-05-bizdev-sans-entete');
    expect(offer).toMatchObject({ title: 'Aides-territoires cherche un·e bizdev', status: 'closed', contract: ['indépendant'], start_date: 'dès que possible' });
    const line = report.files.find((f) => f.source.endsWith('2019-06-05-bizdev-sans-entete'))!;
    expect(line.missing).toContainEqual({ field: 'status', why: 'status-unstated' });
  });

  it('refuses unreadable YAML and skips test files, saying why and where', async () => {
    const report = await run();
    const refused = report.files.filter((f) => f.outcome === 'refused' || f.outcome === 'skipped').map(fileLines).flat();
    expect(refused).toEqual([
      `refusée     beta.gouv.fr/_jobs/2021-02-02-yaml-casse.md : ${importErrors.yaml(3, 'Flow sequence in block collection must be sufficiently indented and end with a ]')}`,
      `écartée     beta.gouv.fr/_jobs/2021-04-30_test.md : ${importErrors.testFile('nom du fichier « 2021-04-30_test.md »')}`,
    ]);
    expect(report.summary.refusals).toEqual([
      { kind: 'test', count: 1 },
      { kind: 'yaml', count: 1 },
    ]);
  });
});

describe('importPages on Hugo and generic Jekyll pages', () => {
  it('imports an English Hugo page (TOML front matter, shortcodes, a TAB in a heading) for the organisation given', async () => {
    const report = await importPages({ sources: [HUGO], out, now, organisation: 'peren' });
    expect(report.validationProblems).toEqual([]);
    const offer = await frontMatterOf('data-engineer');
    expect(offer).toMatchObject({
      title: 'Data engineer (F/M)',
      organisation: 'peren',
      lang: 'en',
      contract: ['CDD'],
      duration: '12 months renewable',
      salary: { basis: 'gross', period: 'year', bands: [{ amount: 45000 }] },
      remote: { policy: 'partial', days_per_week: 2 },
      locations: ['Paris'],
      apply: 'jobs@peren.example.gouv.fr',
      status: 'closed',
    });
    const text = await readFile(path.join(out, 'offers/data-engineer.md'), 'utf8');
    expect(text).toContain('See [our projects](/projets).');
    expect(text).toContain('\n### Location\n');
    expect(text).not.toContain('{:');
  });

  it('refuses a generic page that names no organisation when none is given', async () => {
    const report = await importPages({ sources: [HUGO], out, now });
    expect(report.files[0]).toMatchObject({ outcome: 'refused', refusal: 'no-organisation', reason: importErrors.noOrganisation });
  });

  it('imports a Jekyll offer written in HTML with CRLF line ends, and refuses a press release', async () => {
    const report = await importPages({ sources: [JEKYLL], out, now });
    const offer = await frontMatterOf('2023-03-01-ux-designer');
    expect(offer).toMatchObject({ organisation: 'dinum', category: 'A', contract: ['CDI'], locations: ['Paris'], closes_on: '2023-04-30', status: 'closed' });
    const imported = report.files.find((f) => f.target === 'offers/2023-03-01-ux-designer.md')!;
    expect(imported.notes).toContainEqual({ kind: 'converted', text: importErrors.crlf });
    expect(await readFile(path.join(out, 'offers/2023-03-01-ux-designer.md'), 'utf8')).not.toContain('\r');
    expect(report.files.find((f) => f.source.includes('_communiques'))).toMatchObject({
      outcome: 'skipped',
      reason: importErrors.pressOrEvent('Communiqué de presse'),
    });
  });
});

describe('importing again', () => {
  it('gives the same bytes and reports every file unchanged', async () => {
    await run();
    const first = await snapshot();
    const again = await run();
    expect(await snapshot()).toEqual(first);
    expect(again.summary).toMatchObject({ created: 0, updated: 0, unchanged: 7 });
    expect(again.organisations).toEqual([]);
    expect(again.teams.map((t) => t.outcome)).toEqual(['unchanged', 'unchanged']);
  });

  it('leaves a file edited by hand alone, unless --force', async () => {
    await run();
    const file = path.join(out, 'offers/2021-01-04-developpeurs-beta.md');
    const imported = await readFile(file, 'utf8');
    const edited = imported.replace('title: "8 développeurs ou développeuses"', 'title: "Huit développeurs ou développeuses"');
    await writeFile(file, edited);

    const again = await run();
    expect(again.files.find((f) => f.target === 'offers/2021-01-04-developpeurs-beta.md')).toMatchObject({
      outcome: 'protected',
      reason: importErrors.editedByHand,
    });
    expect(await readFile(file, 'utf8')).toBe(edited);

    const forced = await run({ force: true });
    expect(forced.files.find((f) => f.target === 'offers/2021-01-04-developpeurs-beta.md')?.outcome).toBe('updated');
    expect(await readFile(file, 'utf8')).toBe(imported);
  });

  it("never overwrites HR's own file of the same name", async () => {
    const own = '---\ntitle: "Notre offre"\norganisation: beta-gouv\nstatus: open\nlocations: Paris\ncategory: null\ncontract: null\n---\nÉcrite par les RH.\n';
    await writeKnowledgeFile(out, 'organisations/beta-gouv.md', '---\nname: "beta.gouv.fr"\n---\n');
    await writeKnowledgeFile(out, 'offers/2021-01-04-developpeurs-beta.md', own);
    const report = await run();
    expect(report.files.find((f) => f.target === 'offers/2021-01-04-developpeurs-beta.md')).toMatchObject({
      outcome: 'protected',
      reason: importErrors.notImported,
    });
    expect(await readFile(path.join(out, 'offers/2021-01-04-developpeurs-beta.md'), 'utf8')).toBe(own);
    expect(report.organisations.map((o) => o.id)).not.toContain('beta-gouv');
  });

  it('writes nothing in a dry run, and reports what it would do', async () => {
    const report = await run({ dryRun: true });
    expect(report.summary.created).toBe(7);
    expect(report.validationProblems).toBeUndefined();
    expect(await snapshot()).toEqual(new Map());
  });
});
