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

describe('stopping while saving', () => {
  /** What the manifest lists, checked against the bytes on disk: a listed file is the version it names. */
  async function savedOnDisk(): Promise<string[]> {
    const store = path.join(dataDir, LAST_GOOD_FOLDER);
    const manifest = JSON.parse(await readFile(path.join(store, 'manifest.json'), 'utf8')) as { files: Record<string, { fingerprint: string }> };
    for (const [relative, { fingerprint }] of Object.entries(manifest.files)) expect(fingerprintOf(await readFile(path.join(store, 'files', relative))), relative).toBe(fingerprint);
    return Object.keys(manifest.files);
  }

  it('stops between two files, lists only what is written, and the next start saves the rest', async () => {
    const names = Array.from({ length: 200 }, (_, i) => `offers/offre-${i}.md`);
    await Promise.all(names.map((name, i) => writeKnowledgeFile(knowledgeDir, name, offerFile(`Offre ${i}`))));
    const saveAll = async (store: LastGoodStore) =>
      Promise.all(names.map(async (name) => store.save(name, path.join(knowledgeDir, name), fingerprintOf(await readFile(path.join(knowledgeDir, name))))));

    const first = await LastGoodStore.open(path.join(dataDir, LAST_GOOD_FOLDER), knowledgeDir);
    const fingerprints = await Promise.all(names.map(async (name) => fingerprintOf(await readFile(path.join(knowledgeDir, name)))));
    const saving = names.map((name, i) => first.save(name, path.join(knowledgeDir, name), fingerprints[i]!));
    await saving[0];
    await first.stop();
    await Promise.all(saving);
    const saved = await savedOnDisk();
    expect(saved.length).toBeGreaterThan(0);
    expect(saved.length).toBeLessThan(names.length);
    await first.save('offers/dev.md', path.join(knowledgeDir, 'offers/dev.md'), fingerprintOf(await readFile(path.join(knowledgeDir, 'offers/dev.md'))));
    expect(await savedOnDisk()).not.toContain('offers/dev.md');

    const next = await LastGoodStore.open(path.join(dataDir, LAST_GOOD_FOLDER), knowledgeDir);
    expect(next.paths().sort()).toEqual([...saved].sort());
    await saveAll(next);
    await next.flush();
    expect((await savedOnDisk()).sort()).toEqual([...names].sort());
  });
});
