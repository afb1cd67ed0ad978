/**
 * The insights in the PostgreSQL database of `DATABASE_URL`, shared by every bot instance,
 * through a small pool of their own (recording is one short INSERT).
 */
import pg from 'pg';
import type { Logger } from '../logger.js';
import { applyPostgresMigrations, inTransaction } from '../applications/database.js';
import { logMigrations } from '../applications/lifecycle.js';
import { MIGRATIONS, type Migration } from '../applications/migrations.js';
import { insightsErrors } from '../errors.js';
import type { FeedbackCount, FeedbackRow, InsightStorage, QuestionRow, UnhelpfulQuestion } from './storage.js';

const QUESTION_COLUMNS = `kind, question, lang, channel, intent, organisation_id AS "organisationId", visitor, offer_id AS "offerId", team_id AS "teamId", at`;

/** The PostgreSQL implementation of `InsightStorage`. */
export class PostgresInsightStorage implements InsightStorage {
  readonly kind = 'postgres' as const;

  private constructor(private readonly pool: pg.Pool) {}

  /**
   * Connects and applies pending migrations (under the lock the application store takes too).
   * @param poolSize connections per instance. Default 2.
   */
  static async open(options: {
    connectionString: string;
    logger: Logger;
    migrations?: readonly Migration[];
    poolSize?: number;
  }): Promise<PostgresInsightStorage> {
    const pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 2 });
    pool.on('error', (error) => options.logger.error({ err: error }, insightsErrors.connectionLost));
    const known = options.migrations ?? MIGRATIONS;
    try {
      const { applied, pending } = await inTransaction(pool, (client) => applyPostgresMigrations(client, known));
      logMigrations(options.logger, 'postgres', applied, pending, known);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresInsightStorage(pool);
  }

  async addQuestion(row: QuestionRow): Promise<void> {
    await this.pool.query(
      `INSERT INTO insight_questions (kind, question, lang, channel, intent, organisation_id, visitor, offer_id, team_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [row.kind, row.question, row.lang, row.channel, row.intent, row.organisationId, row.visitor, row.offerId, row.teamId, row.at],
    );
  }

  async addFeedback(row: FeedbackRow): Promise<void> {
    await this.pool.query(
      `INSERT INTO insight_feedback (helpful, intent, sources, question, lang, channel, at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.helpful ? 1 : 0, row.intent, row.sources, row.question, row.lang, row.channel, row.at],
    );
  }

  async questionsSince(since: number, max: number): Promise<QuestionRow[]> {
    const result = await this.pool.query<QuestionRow>(
      `SELECT ${QUESTION_COLUMNS} FROM insight_questions WHERE at >= $1 ORDER BY at DESC, id DESC LIMIT $2`,
      [since, max],
    );
    // BIGINT comes back as a string.
    return result.rows.map((r) => ({ ...r, at: Number(r.at) }));
  }

  async feedbackCounts(since: number): Promise<FeedbackCount[]> {
    const result = await this.pool.query<FeedbackCount>(
      `SELECT intent, sources, sum(helpful) AS helpful, sum(1 - helpful) AS "notHelpful"
       FROM insight_feedback WHERE at >= $1 GROUP BY intent, sources`,
      [since],
    );
    return result.rows.map((r) => ({ ...r, helpful: Number(r.helpful), notHelpful: Number(r.notHelpful) }));
  }

  async unhelpfulQuestions(since: number, max: number): Promise<UnhelpfulQuestion[]> {
    const result = await this.pool.query<UnhelpfulQuestion>(
      `SELECT intent, sources, question FROM insight_feedback
       WHERE at >= $1 AND helpful = 0 AND question IS NOT NULL ORDER BY at DESC, id DESC LIMIT $2`,
      [since, max],
    );
    return result.rows;
  }

  async purge(before: number): Promise<number> {
    return inTransaction(this.pool, async (client) => {
      const questions = await client.query('DELETE FROM insight_questions WHERE at < $1', [before]);
      const feedback = await client.query('DELETE FROM insight_feedback WHERE at < $1', [before]);
      return (questions.rowCount ?? 0) + (feedback.rowCount ?? 0);
    });
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}
