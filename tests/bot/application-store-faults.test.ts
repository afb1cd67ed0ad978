/**
 * The application store's SQLite file locked by another process, or read-only, as candidates
 * see it: status lookups that cannot be done say the service is unavailable (never "no such
 * application"), everything else is answered as usual, and lookups resume once the file is
 * usable again. Real files, a real second SQLite connection holding the lock (root-proof,
 * unlike file modes: CI runs as root).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openApplicationStore, SQLITE_FILE } from '../../src/applications/index.js';
import { assemble, type Tremplin } from '../../src/assemble.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { check, conversation } from '../support/conversation.js';
import { EVENTUALLY } from '../support/patience.js';

const SALARY = "Quel est le salaire d'un développeur chez beta.gouv.fr ?";
const RIGHT_PAIR = 'Où en est ma candidature 20240001 ? alice@example.org';
const WRONG_PAIR = 'Où en est ma candidature 20240001 ? mallory@example.org';
const UNAVAILABLE = { intent: 'application_status', answered: false, say: 'momentanément indisponible', notSay: ['ne trouve pas', 'reçue'] };
const STATUS_TOLD = { intent: 'application_status', say: 'reçue', cite: 'beta-gouv-developpeurs' };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A data folder holding one application: 20240001, alice@example.org. */
async function dataDirWithOneApplication(): Promise<string> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tremplin-faults-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const store = await openApplicationStore({ dataDir }, createLogger('silent'));
  await store.upsert([{ reference: '20240001', email: 'alice@example.org', offerId: 'beta-gouv-developpeurs', status: 'received', updatedAt: new Date('2026-11-02T09:00:00Z') }]);
  await store.close();
  return dataDir;
}

/** Tremplin on `dataDir`, waiting at most 200 ms for a lock, trying a store it could not open every 100 ms. */
async function start(dataDir: string): Promise<Tremplin> {
  const tremplin = await assemble(
    { ...loadConfig({ DATA_DIR: dataDir }), logLevel: 'silent' },
    { watch: false, applicationStore: { busyTimeoutMs: 200 }, reopenApplicationsEveryMs: 100 },
  );
  cleanups.push(() => tremplin.close());
  return tremplin;
}

/** Another process's connection to the store's file (here, another connection of this one). */
function otherConnection(dataDir: string): Database.Database {
  const db = new Database(path.join(dataDir, SQLITE_FILE));
  cleanups.push(() => {
    if (db.open) db.close();
  });
  return db;
}

const release = (db: Database.Database) => {
  if (db.inTransaction) db.exec('ROLLBACK');
  db.close();
};

describe('the application store unusable, as candidates see it', () => {
  it('locked by another process when Tremplin starts: lookups are unavailable, the rest works; lookups resume when the lock goes', async () => {
    const dataDir = await dataDirWithOneApplication();
    const locker = otherConnection(dataDir);
    locker.pragma('locking_mode = EXCLUSIVE');
    locker.exec('BEGIN EXCLUSIVE'); // nobody else may even read the file
    const tremplin = await start(dataDir);

    check(RIGHT_PAIR, await conversation(tremplin).say(RIGHT_PAIR), UNAVAILABLE);
    check(SALARY, await conversation(tremplin).say(SALARY), { intent: 'salary', say: "dépend de l'expérience" });

    release(locker);
    await vi.waitFor(() => expect(tremplin.services.applications).toBeDefined(), EVENTUALLY);
    check(RIGHT_PAIR, await conversation(tremplin).say(RIGHT_PAIR), STATUS_TOLD);
  });

  it('locked for writing while Tremplin runs: a lookup it cannot count says unavailable, not "no match"', async () => {
    const dataDir = await dataDirWithOneApplication();
    const tremplin = await start(dataDir);
    const locker = otherConnection(dataDir);
    locker.exec('BEGIN EXCLUSIVE'); // as an import in progress, or a shell left inside a transaction

    // A wrong pair must be counted against the guesser before it is answered; it cannot be, so no answer.
    check(WRONG_PAIR, await conversation(tremplin).say(WRONG_PAIR), UNAVAILABLE);
    // Reading needs no lock (WAL journal): the right pair is still told its status.
    check(RIGHT_PAIR, await conversation(tremplin).say(RIGHT_PAIR), STATUS_TOLD);
    check(SALARY, await conversation(tremplin).say(SALARY), { intent: 'salary', say: "dépend de l'expérience" });

    release(locker);
    check(WRONG_PAIR, await conversation(tremplin).say(WRONG_PAIR), { intent: 'application_status', answered: false, say: 'ne trouve pas' });
  });

  // File modes do not stop root (CI runs as root): this one only runs as another user.
  it.skipIf(process.getuid?.() === 0)('read-only file and folder: lookups are unavailable, the rest works', async () => {
    const dataDir = await dataDirWithOneApplication();
    chmodSync(path.join(dataDir, SQLITE_FILE), 0o444);
    chmodSync(dataDir, 0o555);
    cleanups.push(() => chmodSync(dataDir, 0o700));
    const tremplin = await start(dataDir);

    check(RIGHT_PAIR, await conversation(tremplin).say(RIGHT_PAIR), UNAVAILABLE);
    check(SALARY, await conversation(tremplin).say(SALARY), { intent: 'salary', say: "dépend de l'expérience" });
  });
});
