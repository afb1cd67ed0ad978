/**
 * `Insights` over either database: what the bot hands in is checked, masked and cut before it
 * is stored, and a storage error is logged, never thrown back into the bot's turn.
 */
import { createHmac } from 'node:crypto';
import { insightsErrors } from '../errors.js';
import type { Logger } from '../logger.js';
import { rankFeedback, sourcesKey } from './feedback.js';
import { groupQuestions } from './grouping.js';
import type { FeedbackEvent, FeedbackSummary, Insights, QuestionEvent, ReportOptions, UnansweredGroup } from './insights.js';
import { maskPersonalData } from './masking.js';
import type { InsightStorage } from './storage.js';

/** Longest question kept, in characters, after masking. */
export const MAX_QUESTION_LENGTH = 500;
/** Longest channel, intent or organisation id kept. */
const MAX_NAME_LENGTH = 64;
/** Most sources kept per feedback. */
const MAX_SOURCES = 20;
/** Default number of groups a report returns. */
export const DEFAULT_REPORT_LIMIT = 20;

/** Options of `RecordedInsights`. */
export interface RecorderOptions {
  /** The clock for events without `at`. Default: the system clock. */
  now?: () => Date;
  /**
   * Most questions a report reads (the most recent of the period). Default 10,000: grouping
   * stays well under a second; older ones in a longer period are left out.
   */
  maxReportRows?: number;
  /**
   * The key of visitors' hashes (HMAC-SHA256, 16 hex digits kept): the same visitor always gets
   * the same hash, and the ids themselves are never stored. Default: none, visitors not recorded.
   */
  visitorKey?: Buffer;
}

/** The masked, cut question; undefined when nothing is left. */
function cleanQuestion(question: unknown): string | undefined {
  if (typeof question !== 'string') return undefined;
  const masked = maskPersonalData(question).replace(/\s+/g, ' ').trim();
  if (!masked) return undefined;
  return masked.length > MAX_QUESTION_LENGTH ? `${masked.slice(0, MAX_QUESTION_LENGTH - 1)}…` : masked;
}

function cleanName(value: unknown, fallback: string): string;
function cleanName(value: unknown, fallback: null): string | null;
function cleanName(value: unknown, fallback: string | null): string | null {
  const text = typeof value === 'string' ? value.trim().slice(0, MAX_NAME_LENGTH) : '';
  return text || fallback;
}

const cleanLang = (lang: unknown) => (lang === 'en' ? 'en' : 'fr');
/** `limit` as a count of groups: the default when absent, never negative. */
const groupLimit = (limit: number | undefined) => (limit === undefined || Number.isNaN(limit) ? DEFAULT_REPORT_LIMIT : Math.max(0, Math.floor(limit)));

/** The `Insights` the bot and the command line use, over one `InsightStorage`. */
export class RecordedInsights implements Insights {
  private readonly now: () => Date;
  private readonly maxReportRows: number;

  constructor(
    private readonly storage: InsightStorage,
    private readonly logger: Logger,
    private readonly options: RecorderOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.maxReportRows = options.maxReportRows ?? 10_000;
  }

  /** The stored form of a visitor: a keyed hash of channel and id, or null. */
  private visitorHash(channel: unknown, visitor: unknown): string | null {
    const key = this.options.visitorKey;
    if (!key || typeof visitor !== 'string' || visitor.trim() === '') return null;
    return createHmac('sha256', key).update(`${String(channel)}\0${visitor.trim()}`).digest('hex').slice(0, 16);
  }

  private time(at: unknown): number {
    return at instanceof Date && !Number.isNaN(at.getTime()) ? at.getTime() : this.now().getTime();
  }

  async recordQuestion(event: QuestionEvent): Promise<void> {
    try {
      const question = cleanQuestion(event?.question);
      if (!question) return;
      await this.storage.addQuestion({
        kind: event.kind === 'escalation' ? 'escalation' : 'unanswered',
        question,
        lang: cleanLang(event.lang),
        channel: cleanName(event.channel, 'unknown'),
        intent: cleanName(event.intent, null),
        organisationId: cleanName(event.organisationId, null),
        visitor: this.visitorHash(event.channel, event.visitor),
        offerId: cleanName(event.offerId, null),
        teamId: cleanName(event.teamId, null),
        at: this.time(event.at),
      });
    } catch (error) {
      this.logger.warn({ err: error }, insightsErrors.recordFailed);
    }
  }

  async recordFeedback(event: FeedbackEvent): Promise<void> {
    try {
      const sources = Array.isArray(event?.sources) ? event.sources.filter((s) => typeof s === 'string' && s.trim()) : [];
      await this.storage.addFeedback({
        helpful: event.helpful === true,
        intent: cleanName(event.intent, 'unknown'),
        sources: sourcesKey(sources.slice(0, MAX_SOURCES).map((s) => s.trim().slice(0, 200))),
        question: cleanQuestion(event.question) ?? null,
        lang: cleanLang(event.lang),
        channel: cleanName(event.channel, 'unknown'),
        at: this.time(event.at),
      });
    } catch (error) {
      this.logger.warn({ err: error }, insightsErrors.recordFailed);
    }
  }

  async unanswered(options: ReportOptions = {}): Promise<UnansweredGroup[]> {
    const rows = await this.storage.questionsSince(options.since?.getTime() ?? 0, this.maxReportRows);
    return groupQuestions(rows).slice(0, groupLimit(options.limit));
  }

  async feedback(options: ReportOptions = {}): Promise<FeedbackSummary[]> {
    const since = options.since?.getTime() ?? 0;
    const [counts, unhelpful] = await Promise.all([
      this.storage.feedbackCounts(since),
      this.storage.unhelpfulQuestions(since, this.maxReportRows),
    ]);
    return rankFeedback(counts, unhelpful).slice(0, groupLimit(options.limit));
  }

  async purge({ olderThan }: { olderThan: Date }): Promise<number> {
    const deleted = await this.storage.purge(olderThan.getTime());
    this.logger.info({ deleted }, insightsErrors.purged);
    return deleted;
  }

  close(): Promise<void> {
    return this.storage.close();
  }
}
