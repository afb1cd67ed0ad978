import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { knowledgeErrors } from '../../src/errors.js';
import { KnowledgeBase, type KnowledgeSnapshot } from '../../src/knowledge/knowledge-base.js';
import { formatProblem } from '../../src/knowledge/problems.js';
import { makeKnowledgeDir, offerFile, organisationFile, removeKnowledgeDir, writeKnowledgeFile } from './temp-knowledge.js';
import { EVENTUALLY } from '../support/patience.js';


/** A real pino logger whose JSON lines we can read back. */
function recordingLogger() {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, messages: () => lines.map((l) => l.msg) };
}

const BROKEN_STATUS = `offers/dev.md:4: status: ${knowledgeErrors.invalidValue('expected open or closed', 'ouvert')}`;

describe('KnowledgeBase with live reload', () => {
  let dir: string;
  let base: KnowledgeBase;
  let log: ReturnType<typeof recordingLogger>;
  const published: KnowledgeSnapshot[] = [];

  beforeAll(async () => {
    dir = await makeKnowledgeDir({ 'organisations/dinum.md': organisationFile('DINUM') });
    log = recordingLogger();
    base = await KnowledgeBase.open({ dir, watch: true, logger: log.logger });
    base.onChange((snapshot) => published.push(snapshot));
  });
  afterAll(async () => {
    await base.close();
    await removeKnowledgeDir(dir);
  });

  const offerTitle = () => base.snapshot().byId.offer.get('dev')?.title;

  it('serves what the folder holds at start', () => {
    const snapshot = base.snapshot();
    expect(snapshot.organisations.map((o) => o.name)).toEqual(['DINUM']);
    expect(snapshot.problems).toEqual([]);
    expect(Object.isFrozen(snapshot) && Object.isFrozen(snapshot.entries[0])).toBe(true);
  });

  it('shows an added file, and tells the listeners', async () => {
    const before = base.snapshot().version;
    await writeKnowledgeFile(dir, 'offers/dev.md', offerFile('Développeur'));
    await vi.waitFor(() => expect(offerTitle()).toBe('Développeur'), EVENTUALLY);
    expect(base.snapshot().version).toBeGreaterThan(before);
    expect(published.at(-1)).toBe(base.snapshot());
  });

  it('shows a changed file', async () => {
    await writeKnowledgeFile(dir, 'offers/dev.md', offerFile('Développeuse'));
    await vi.waitFor(() => expect(offerTitle()).toBe('Développeuse'), EVENTUALLY);
  });

  it('keeps serving the last good version of a broken file, and logs the error once', async () => {
    await writeKnowledgeFile(dir, 'offers/dev.md', offerFile('Cassée').replace('status: open', 'status: ouvert'));
    await vi.waitFor(() => expect(base.snapshot().problems.map(formatProblem)).toEqual([BROKEN_STATUS]), EVENTUALLY);
    expect(offerTitle()).toBe('Développeuse');

    // Other edits reload the knowledge again: the broken file is not logged again.
    await writeKnowledgeFile(dir, 'organisations/peren.md', organisationFile('PEReN'));
    await vi.waitFor(() => expect(base.snapshot().byId.organisation.has('peren')).toBe(true), EVENTUALLY);
    await base.reload();
    expect(base.snapshot().problems.map(formatProblem)).toEqual([BROKEN_STATUS]);
    expect(log.messages().filter((m) => m.includes(BROKEN_STATUS))).toEqual([knowledgeErrors.logProblem(BROKEN_STATUS, true)]);
  });

  it('serves the fixed file again and says so', async () => {
    await writeKnowledgeFile(dir, 'offers/dev.md', offerFile('Réparée'));
    await vi.waitFor(() => expect(offerTitle()).toBe('Réparée'), EVENTUALLY);
    expect(base.snapshot().problems).toEqual([]);
    expect(log.messages()).toContain(knowledgeErrors.logFixed('offers/dev.md'));
  });

  it('follows editors that save to a temporary file and rename it over the original', async () => {
    const temporary = path.join(dir, 'offers', '.dev.md.swp');
    await writeFile(temporary, offerFile('Renommée'));
    await rename(temporary, path.join(dir, 'offers', 'dev.md'));
    await vi.waitFor(() => expect(offerTitle()).toBe('Renommée'), EVENTUALLY);
  });

  it('never serves drafts nor reports editor leftovers', async () => {
    await writeKnowledgeFile(dir, 'offers/drafts/brouillon.md', offerFile('Brouillon'));
    await writeKnowledgeFile(dir, 'offers/dev.md~', 'sauvegarde');
    await writeKnowledgeFile(dir, 'faq/notes.txt', 'des notes');
    // The .txt file is reported: once it is, the two other files have had their chance too.
    await vi.waitFor(
      () => expect(base.snapshot().problems.map(formatProblem)).toEqual([`faq/notes.txt: ${knowledgeErrors.notMarkdown}`]),
      EVENTUALLY,
    );
    expect(base.snapshot().offers.map((o) => o.id)).toEqual(['dev']);
    await rm(path.join(dir, 'faq/notes.txt'));
    await vi.waitFor(() => expect(base.snapshot().problems).toEqual([]), EVENTUALLY);
  });

  it('drops a removed file', async () => {
    await rm(path.join(dir, 'offers/dev.md'));
    await vi.waitFor(() => expect(base.snapshot().byId.offer.has('dev')).toBe(false), EVENTUALLY);
  });

  it('drops the files of a removed folder', async () => {
    await rm(path.join(dir, 'organisations'), { recursive: true });
    await vi.waitFor(() => expect(base.snapshot().organisations).toEqual([]), EVENTUALLY);
  });

  it('follows a folder created while it runs, and the files saved in it later', async () => {
    await writeKnowledgeFile(dir, 'organisations/ministeres/peren.md', organisationFile('PEReN'));
    await vi.waitFor(() => expect(base.snapshot().organisations.map((o) => o.name)).toEqual(['PEReN']), EVENTUALLY);
    await writeKnowledgeFile(dir, 'organisations/ministeres/dinum.md', organisationFile('DINUM'));
    await vi.waitFor(() => expect(base.snapshot().organisations.map((o) => o.name).sort()).toEqual(['DINUM', 'PEReN']), EVENTUALLY);
  });
});

describe('KnowledgeBase over time and without watching', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeKnowledgeDir({
      'organisations/dinum.md': organisationFile('DINUM'),
      'offers/juriste.md': offerFile('Juriste', 'closes_on: 2026-01-15\n'),
      'offers/cassee.md': offerFile('Cassée', 'category: Z\n').replace('category: A\n', ''),
    });
  });
  afterAll(() => removeKnowledgeDir(dir));

  it('closes an offer whose closing date passes while the server runs', async () => {
    let now = new Date('2026-01-15T12:00:00Z');
    const base = await KnowledgeBase.open({ dir, now: () => now });
    const changes: KnowledgeSnapshot[] = [];
    base.onChange((snapshot) => changes.push(snapshot));
    const first = base.snapshot();
    expect(first.byId.offer.get('juriste')?.open).toBe(true);
    expect(base.snapshot()).toBe(first);

    now = new Date('2026-01-16T12:00:00Z');
    const later = base.snapshot();
    expect(later.byId.offer.get('juriste')?.open).toBe(false);
    expect(later.version).toBe(first.version + 1);
    expect(changes).toEqual([later]);
    expect(first.byId.offer.get('juriste')?.open).toBe(true);
    await base.close();
  });

  it('does not serve a file broken from the start, and logs it once', async () => {
    const log = recordingLogger();
    const base = await KnowledgeBase.open({ dir, logger: log.logger });
    const problem = `offers/cassee.md:7: category: ${knowledgeErrors.invalidValue('expected A+, A, B or C', 'Z')}`;
    expect(base.snapshot().problems.map(formatProblem)).toEqual([problem]);
    expect(base.snapshot().byId.offer.has('cassee')).toBe(false);
    await base.reload();
    expect(log.messages().filter((m) => m.includes(problem))).toEqual([knowledgeErrors.logProblem(problem, false)]);
    await base.close();
  });

  it('reads edits on reload() when not watching', async () => {
    const base = await KnowledgeBase.open({ dir });
    const unsubscribe = base.onChange(() => {
      throw new Error('unsubscribed listeners are not called');
    });
    unsubscribe();
    await writeKnowledgeFile(dir, 'offers/nouvelle.md', offerFile('Nouvelle'));
    expect(base.snapshot().byId.offer.has('nouvelle')).toBe(false);
    const snapshot = await base.reload();
    expect(snapshot.byId.offer.get('nouvelle')?.title).toBe('Nouvelle');
    await base.close();
  });
});
