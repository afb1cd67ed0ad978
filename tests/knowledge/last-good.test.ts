/**
 * A broken edit is not lost at restart: the server keeps the last good version of every file
 * under DATA_DIR, serves it when the file is found broken at start, and says so in /healthz and
 * in `knowledge check`. Real folders, a real server over HTTP, restarted.
 */
import { mkdtemp, readFile, rm, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/knowledge/check.js';
import { LAST_GOOD_FOLDER, LastGoodStore } from '../../src/knowledge/last-good.js';
import { fingerprintOf } from '../../src/knowledge/read-entry.js';
import { startHttpTremplin } from '../support/tremplin-http.js';
import { makeKnowledgeDir, offerFile, organisationFile, removeKnowledgeDir, writeKnowledgeFile } from './temp-knowledge.js';

let knowledgeDir: string;
let dataDir: string;
beforeEach(async () => {
  knowledgeDir = await makeKnowledgeDir({ 'organisations/dinum.md': organisationFile('DINUM'), 'offers/dev.md': offerFile('Développeuse') });
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tremplin-data-'));
});
afterEach(async () => {
  await removeKnowledgeDir(knowledgeDir);
  await rm(dataDir, { recursive: true, force: true });
});

/** Starts the server on the test's folders, runs `during`, stops it: one life of the server. */
async function serve<T>(during: (run: Awaited<ReturnType<typeof startHttpTremplin>>) => Promise<T>): Promise<T> {
  const running = await startHttpTremplin({ KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: dataDir });
  try {
    return await during(running);
  } finally {
    await running.close();
  }
}

interface Health {
  knowledge: { offers: number; problems: number; keptLastGood: { path: string; savedAt: string }[] };
}
const health = async (url: string) => (await (await fetch(`${url}/healthz`)).json()) as Health;

describe('the last good version of a file, across restarts', () => {
  it('serves a file broken while the server was down as it was last valid, and says so', async () => {
    await serve(async ({ url }) => expect((await health(url)).knowledge.keptLastGood).toEqual([]));
    await writeKnowledgeFile(knowledgeDir, 'offers/dev.md', offerFile('Développeuse').replace('status: open', 'status: ouverte'));

    await serve(async ({ url, tremplin }) => {
      expect(tremplin.knowledge.snapshot().byId.offer.get('dev')?.title).toBe('Développeuse');
      const { knowledge } = await health(url);
      expect(knowledge).toMatchObject({ offers: 1, problems: 1 });
      expect(knowledge.keptLastGood).toEqual([{ path: 'offers/dev.md', savedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) }]);
    });

    let out = '';
    const store = await LastGoodStore.open(path.join(dataDir, LAST_GOOD_FOLDER), knowledgeDir, { readOnly: true });
    expect(await checkKnowledge(knowledgeDir, { lastGood: store, write: (t) => (out += t) })).toBe(1);
    expect(out).toMatch(/offers\/dev\.md : sa dernière version valide, enregistrée le \d\d\/\d\d\/\d{4} \d\d:\d\d heure de Paris/);
  });

  it('serves the fixed version once the file is valid again, and keeps that one', async () => {
    await serve(async () => undefined);
    await writeKnowledgeFile(knowledgeDir, 'offers/dev.md', '---\ntitle: [Dév\n---\n');
    await serve(async () => undefined);
    await writeKnowledgeFile(knowledgeDir, 'offers/dev.md', offerFile('Développeur front'));
    await serve(async ({ url, tremplin }) => {
      expect(tremplin.knowledge.snapshot().byId.offer.get('dev')?.title).toBe('Développeur front');
      expect((await health(url)).knowledge.keptLastGood).toEqual([]);
    });
    await writeKnowledgeFile(knowledgeDir, 'offers/dev.md', 'cassé');
    await serve(async ({ tremplin }) => expect(tremplin.knowledge.snapshot().byId.offer.get('dev')?.title).toBe('Développeur front'));
  });

  it('forgets a file that was removed, and a store written for another folder', async () => {
    await serve(async () => undefined);
    await unlink(path.join(knowledgeDir, 'offers/dev.md'));
    await serve(async () => undefined);
    await writeKnowledgeFile(knowledgeDir, 'offers/dev.md', 'cassé');
    await serve(async ({ tremplin }) => expect(tremplin.knowledge.snapshot().offers).toEqual([]));

    const other = await makeKnowledgeDir({ 'offers/dev.md': 'cassé' });
    const store = await LastGoodStore.open(path.join(dataDir, LAST_GOOD_FOLDER), other, { readOnly: true });
    await removeKnowledgeDir(other);
    expect(store.record('offers/dev.md')).toBeUndefined();
  });
});

describe('saving a last good version', () => {
  it('copies the file as it was read valid, and nothing when it has changed since', async () => {
    const store = await LastGoodStore.open(path.join(dataDir, LAST_GOOD_FOLDER), knowledgeDir);
    const file = path.join(knowledgeDir, 'offers/dev.md');
    const valid = fingerprintOf(await readFile(file));
    await store.save('offers/dev.md', file, valid);
    expect(store.record('offers/dev.md')?.fingerprint).toBe(valid);
    expect((await store.read('offers/dev.md'))?.toString()).toBe(offerFile('Développeuse'));

    const edited = fingerprintOf(new TextEncoder().encode(offerFile('Développeur front')));
    await writeKnowledgeFile(knowledgeDir, 'offers/dev.md', 'cassé');
    await store.save('offers/dev.md', file, edited);
    expect(store.record('offers/dev.md')?.fingerprint).toBe(valid);
    expect((await store.read('offers/dev.md'))?.toString()).toBe(offerFile('Développeuse'));
  });
});
