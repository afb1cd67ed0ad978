import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { openApplicationStore } from '../../src/applications/open.js';
import { usePostgres } from './postgres-server.js';
import { describeApplicationStore, type NewDatabase } from './store-contract.js';

// One real PostgreSQL server for the whole file; one new database per test.
const newTestDatabase = usePostgres();

const newDatabase: NewDatabase = async () => {
  const { dataDir, databaseUrl } = await newTestDatabase();
  return ({ pepper, logger, now, migrations } = {}) =>
    openApplicationStore({ dataDir, databaseUrl, applicationsPepper: pepper }, logger ?? createLogger('silent'), { now, migrations });
};

describeApplicationStore('PostgreSQL', newDatabase);

describe('PostgreSQL database', () => {
  it('keeps no e-mail address in clear', async () => {
    const { dataDir, databaseUrl } = await newTestDatabase();
    const store = await openApplicationStore({ dataDir, databaseUrl }, createLogger('silent'));
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
