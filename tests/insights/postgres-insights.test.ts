import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openInsights } from '../../src/insights/index.js';
import { createLogger } from '../../src/logger.js';
import { usePostgres } from '../applications/postgres-server.js';
import { describeInsights } from './insights-contract.js';

// One real PostgreSQL server for the whole file; one new empty database per test.
const newDatabase = usePostgres();

describeInsights('PostgreSQL', newDatabase);

describe('insights in PostgreSQL', () => {
  it('never write an address, a phone or a dossier number to the database', async () => {
    const database = await newDatabase();
    const insights = await openInsights(database, createLogger('silent'));
    await insights.recordQuestion({ kind: 'unanswered', question: 'camille.petit@example.fr 06 12 34 56 78 DS-2024-00987', lang: 'fr', channel: 'webchat' });
    await insights.recordFeedback({ helpful: false, intent: 'salary', sources: ['x'], question: 'rappelez le 0798765432', lang: 'fr', channel: 'webchat' });
    await insights.close();
    const client = new pg.Client({ connectionString: database.databaseUrl });
    await client.connect();
    const questions = await client.query('SELECT * FROM insight_questions');
    const feedback = await client.query('SELECT * FROM insight_feedback');
    await client.end();
    const all = JSON.stringify([questions.rows, feedback.rows]);
    expect(questions.rows).toHaveLength(1);
    for (const secret of ['camille', '06 12 34 56 78', '00987', '0798765432']) expect(all).not.toContain(secret);
  });
});
