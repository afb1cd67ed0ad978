/**
 * The insights in the SQLite file the application store uses (`DATA_DIR/applications.sqlite`),
 * through a connection of their own: WAL mode lets both work on the file at once.
 */
import type Database from 'better-sqlite3';
import type { Logger } from '../logger.js';
import { applySqliteMigrations, openSqliteDatabase } from '../applications/database.js';
import { logMigrations } from '../applications/lifecycle.js';
import { MIGRATIONS, type Migration } from '../applications/migrations.js';
import type { FeedbackCount, FeedbackRow, InsightStorage, QuestionRow, UnhelpfulQuestion } from './storage.js';

const QUESTION_COLUMNS = 'kind, question, lang, channel, intent, organisation_id AS organisationId, visitor, offer_id AS offerId, team_id AS teamId, at';

/** The SQLite implementation of `InsightStorage`. */
export class SqliteInsightStorage implements InsightStorage {
  readonly kind = 'sqlite' as const;
  private readonly statements;

  private constructor(private readonly db: Database.Database) {
    this.statements = {
      addQuestion: db.prepare<[QuestionRow]>(
        `INSERT INTO insight_questions (kind, question, lang, channel, intent, organisation_id, visitor, offer_id, team_id, at)
         VALUES (@kind, @question, @lang, @channel, @intent, @organisationId, @visitor, @offerId, @teamId, @at)`,
      ),
      addFeedback: db.prepare<[Omit<FeedbackRow, 'helpful'> & { helpful: number }]>(
        `INSERT INTO insight_feedback (helpful, intent, sources, question, lang, channel, at)
         VALUES (@helpful, @intent, @sources, @question, @lang, @channel, @at)`,
      ),
      questions: db.prepare<[number, number], QuestionRow>(
        `SELECT ${QUESTION_COLUMNS} FROM insight_questions WHERE at >= ? ORDER BY at DESC, id DESC LIMIT ?`,
      ),
      counts: db.prepare<[number], FeedbackCount>(
        `SELECT intent, sources, sum(helpful) AS helpful, sum(1 - helpful) AS notHelpful
         FROM insight_feedback WHERE at >= ? GROUP BY intent, sources`,
      ),
      unhelpful: db.prepare<[number, number], UnhelpfulQuestion>(
        `SELECT intent, sources, question FROM insight_feedback
         WHERE at >= ? AND helpful = 0 AND question IS NOT NULL ORDER BY at DESC, id DESC LIMIT ?`,
      ),
      purgeQuestions: db.prepare<[number]>('DELETE FROM insight_questions WHERE at < ?'),
      purgeFeedback: db.prepare<[number]>('DELETE FROM insight_feedback WHERE at < ?'),
    };
  }

  /** Opens (creating if needed) the database file and applies pending migrations. */
  static open(options: { file: string; logger: Logger; migrations?: readonly Migration[] }): SqliteInsightStorage {
    const db = openSqliteDatabase(options.file);
    const known = options.migrations ?? MIGRATIONS;
    try {
      const { applied, pending } = db.transaction(() => applySqliteMigrations(db, known)).immediate();
      logMigrations(options.logger, 'sqlite', applied, pending, known);
      return new SqliteInsightStorage(db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  async addQuestion(row: QuestionRow): Promise<void> {
    this.statements.addQuestion.run(row);
  }

  async addFeedback(row: FeedbackRow): Promise<void> {
    this.statements.addFeedback.run({ ...row, helpful: row.helpful ? 1 : 0 });
  }

  async questionsSince(since: number, max: number): Promise<QuestionRow[]> {
    return this.statements.questions.all(since, max);
  }

  async feedbackCounts(since: number): Promise<FeedbackCount[]> {
    return this.statements.counts.all(since);
  }

  async unhelpfulQuestions(since: number, max: number): Promise<UnhelpfulQuestion[]> {
    return this.statements.unhelpful.all(since, max);
  }

  async purge(before: number): Promise<number> {
    const purge = this.db.transaction(() => this.statements.purgeQuestions.run(before).changes + this.statements.purgeFeedback.run(before).changes);
    return purge.immediate();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
