/**
 * A server keeps offers' bodies in a file under its data folder (src/knowledge/body-file.ts):
 * what HR wrote must read back exactly wherever it is read, an edit must show its new body while
 * an older snapshot keeps its own, and nothing may be left in the data folder.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { withOpenStatus } from '../../src/knowledge/open-status.js';
import type { Offer } from '../../src/knowledge/schemas.js';
import { makeKnowledgeDir, organisationFile, removeKnowledgeDir, writeKnowledgeFile } from './temp-knowledge.js';

const BODY = 'L’équipe — 3 000 € nets… « Télétravail » possible ; 数据 et emoji 🙂 compris.\n\n## Missions\n\nConcevoir, coder, livrer.';
const PLAIN = 'Une offre sans accent hors Latin-1 : a Paris, categorie A.';
const offer = (title: string, body: string) =>
  `---\ntitle: ${title}\norganisation: dinum\nstatus: open\nlocations: [Paris]\ncategory: A\ncontract: CDD\ncloses_on: 2030-06-30\n---\n${body}\n`;

describe('offers whose bodies are kept in a file', () => {
  let dir: string;
  let dataDir: string;
  let base: KnowledgeBase;
  const dev = () => base.snapshot().byId.offer.get('dev') as Offer;

  beforeAll(async () => {
    dir = await makeKnowledgeDir({ 'organisations/dinum.md': organisationFile('DINUM'), 'offers/dev.md': offer('Développeur·se', BODY), 'offers/ops.md': offer('Ops', PLAIN) });
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'tremplin-bodies-'));
    base = await KnowledgeBase.open({ dir, bodiesDir: dataDir, now: () => new Date('2030-01-01T12:00:00Z') });
  });
  afterAll(async () => {
    await base.close();
    await removeKnowledgeDir(dir);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('read back exactly, as text, in copies and in JSON', () => {
    expect(dev().body).toBe(BODY);
    expect({ ...dev() }.body).toBe(BODY);
    expect((JSON.parse(JSON.stringify(dev())) as Offer).body).toBe(BODY);
    expect(base.snapshot().byId.offer.get('ops')?.body).toBe(PLAIN);
    expect(dev()).toMatchObject({ title: 'Développeur·se', open: true, body: BODY });
  });

  it('keeps its body once its closing date passes', () => {
    const closed = withOpenStatus(dev(), '2031-01-01');
    expect(closed.open).toBe(false);
    expect(closed.body).toBe(BODY);
  });

  it('shows an edited body, while the snapshot taken before keeps the old one', async () => {
    const before = base.snapshot();
    await writeKnowledgeFile(dir, 'offers/dev.md', offer('Développeur·se', 'Nouvelle annonce — à lire.'));
    await base.reload();
    expect(dev().body).toBe('Nouvelle annonce — à lire.');
    expect(before.byId.offer.get('dev')?.body).toBe(BODY);
  });

  it('leaves nothing in the data folder, and still reads once the knowledge is closed', async () => {
    expect(await readdir(dataDir)).toEqual([]);
    const last = base.snapshot();
    await base.close();
    expect(last.byId.offer.get('ops')?.body).toBe(PLAIN);
  });
});

describe('a data folder that cannot be written', () => {
  it('keeps bodies in memory and says why', async () => {
    const dir = await makeKnowledgeDir({ 'organisations/dinum.md': organisationFile('DINUM'), 'offers/dev.md': offer('Dev', BODY) });
    const warnings: string[] = [];
    const logger = { info() {}, error() {}, warn: (_: object, message: string) => void warnings.push(message) };
    const base = await KnowledgeBase.open({ dir, bodiesDir: path.join(dir, 'offers', 'dev.md', 'not-a-folder'), logger });
    expect(base.snapshot().byId.offer.get('dev')?.body).toBe(BODY);
    expect(warnings.join('\n')).toMatch(/^knowledge: cannot keep offers' bodies in /);
    await base.close();
    await removeKnowledgeDir(dir);
  });
});
