import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openInsights } from '../../src/insights/index.js';
import { createLogger } from '../../src/logger.js';
import { startPostgres, type PostgresServer } from '../applications/postgres-server.js';
import { describeInsights, type NewDatabase } from './insights-contract.js';

// One real PostgreSQL server for the whole file; one new empty database per test.
let server: PostgresServer;
const root = mkdtempSync(path.join(os.tmpdir(), 'tremplin-insights-pg-'));
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});
let count = 0;

/** Each database is a new PostgreSQL database, with a data folder for the application store's pepper. */
const newDatabase: NewDatabase = async () => {
  count += 1;
  return { dataDir: path.join(root, `db${count}`), databaseUrl: await server.createDatabase() };
};

describeInsights('PostgreSQL', newDatabase);

describe('insights in PostgreSQL', () => {
  it('never write an address, a phone or a dossier number to the database', async () => {
    const databaseUrl = await server.createDatabase();
    const insights = await openInsights({ dataDir: path.join(root, 'clear'), databaseUrl }, createLogger('silent'));
    await insights.recordQuestion({ kind: 'unanswered', question: 'camille.petit@example.fr 06 12 34 56 78 DS-2024-00987', lang: 'fr', channel: 'webchat' });
    await insights.recordFeedback({ helpful: false, intent: 'salary', sources: ['x'], question: 'rappelez le 0798765432', lang: 'fr', channel: 'webchat' });
    await insights.close();
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const questions = await client.query('SELECT * FROM insight_questions');
    const feedback = await client.query('SELECT * FROM insight_feedback');
    await client.end();
    const all = JSON.stringify([questions.rows, feedback.rows]);
    expect(questions.rows).toHaveLength(1);
    for (const secret of ['camille', '06 12 34 56 78', '00987', '0798765432']) expect(all).not.toContain(secret);
  });
});
