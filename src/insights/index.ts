/**
 * Insights: what the bot could not answer, who asked for a human, which answers users found
 * useless. The bot opens them once (`openInsights(config, logger)`) and calls
 * `recordQuestion` / `recordFeedback`, which never throw; HR reads the reports with
 * `tremplin report unanswered|feedback`. Plain TypeScript: no botbuilder, no express.
 */
export { openInsights, type OpenInsightsOptions } from './open.js';
export type {
  FeedbackEvent,
  FeedbackSummary,
  InsightLang,
  Insights,
  QuestionEvent,
  ReportOptions,
  UnansweredGroup,
} from './insights.js';
export { maskPersonalData, MASKS } from './masking.js';
export { MAX_QUESTION_LENGTH } from './recorder.js';
