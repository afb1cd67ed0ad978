/**
 * What the bot uses besides the knowledge: the application store (status lookups) and the
 * record of unanswered questions, feedback and escalations. Each is optional: without a store the status flow
 * explains how to follow an application instead.
 */
import type { ApplicationStore, VerificationLimiter } from '../applications/index.js';
import type { Insights } from '../insights/index.js';


/** Services handed to the bot and, through the turn, to the dialogs. */
export interface BotServices {
  /** Application lookups (candidates) and updates (recruiters). */
  applications?: { store: ApplicationStore; limiter: VerificationLimiter };
  /** Set when the application store could not be opened: lookups say the service is unavailable. */
  applicationsUnavailable?: boolean;
  /** Questions the bot could not answer, feedback, escalations. */
  insights?: Insights;
}
