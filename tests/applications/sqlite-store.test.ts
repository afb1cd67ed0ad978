import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { PEPPER_FILE } from '../../src/applications/keys.js';
import { openApplicationStore, SQLITE_FILE } from '../../src/applications/open.js';
import { describeApplicationStore, type NewDatabase } from './store-contract.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'tremplin-sqlite-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;

/** Each database is a new data folder with its SQLite file and its pepper file. */
const newDatabase: NewDatabase = async () => {
  count += 1;
  const dataDir = path.join(root, `db${count}`);
  return ({ pepper, logger, now, migrations } = {}) =>
    openApplicationStore({ dataDir, applicationsPepper: pepper }, logger ?? createLogger('silent'), { now, migrations });
};

describeApplicationStore('SQLite', newDatabase);

describe('SQLite file', () => {
  it('keeps no e-mail address in clear, and its secret and database readable by their owner only', async () => {
    const dataDir = path.join(root, 'files');
    const store = await openApplicationStore({ dataDir }, createLogger('silent'));
    await store.upsert([
      { reference: 'DS-7', email: 'Camille.Petit@Example.fr', offerId: 'o', status: 'received', updatedAt: new Date('2024-01-01') },
    ]);
    await store.close();
    const bytes = readFileSync(path.join(dataDir, SQLITE_FILE)).toString('latin1').toLowerCase();
    expect(bytes).toContain('ds-7');
    expect(bytes).not.toContain('camille.petit');
    expect(statSync(path.join(dataDir, PEPPER_FILE)).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dataDir, SQLITE_FILE)).mode & 0o077).toBe(0);
  });
});
