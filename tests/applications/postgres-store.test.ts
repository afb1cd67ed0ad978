import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { openApplicationStore } from '../../src/applications/open.js';
import { startPostgres, type PostgresServer } from './postgres-server.js';
import { describeApplicationStore, type NewDatabase } from './store-contract.js';

// One real PostgreSQL server for the whole file; one new database per test.
let server: PostgresServer;
const root = mkdtempSync(path.join(os.tmpdir(), 'tremplin-pgdata-'));
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});
let count = 0;

/** Each database is a new PostgreSQL database, with a data folder for its pepper file. */
const newDatabase: NewDatabase = async () => {
  count += 1;
  const dataDir = path.join(root, `db${count}`);
  const databaseUrl = await server.createDatabase();
  return ({ pepper, logger, now, migrations } = {}) =>
    openApplicationStore({ dataDir, databaseUrl, applicationsPepper: pepper }, logger ?? createLogger('silent'), { now, migrations });
};

describeApplicationStore('PostgreSQL', newDatabase);

describe('PostgreSQL database', () => {
  it('keeps no e-mail address in clear', async () => {
    const databaseUrl = await server.createDatabase();
    const store = await openApplicationStore({ dataDir: path.join(root, 'clear'), databaseUrl }, createLogger('silent'));
    await store.upsert([
      { reference: 'DS-7', email: 'Camille.Petit@Example.fr', offerId: 'o', status: 'received', updatedAt: new Date('2024-01-01') },
    ]);
    await store.close();
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query('SELECT a.*, h.* FROM applications a JOIN application_history h USING (reference_key)');
    await client.end();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows).toLowerCase()).not.toContain('camille');
  });
});
