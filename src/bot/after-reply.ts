/**
 * Work that must not delay a reply: recording an unanswered question, a feedback, an
 * escalation. It runs once the turn's replies are on their way (the next turn of the event
 * loop), in order, and never throws into the bot.
 */
import type { Logger } from '../logger.js';

/** A queue of background tasks. */
export class AfterReply {
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly logger: Logger) {}

  /** Runs `task` after the current turn, after the tasks queued before it. */
  later(task: () => Promise<unknown>): void {
    this.pending = this.pending
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(task)
      .then(
        () => undefined,
        (error: unknown) => this.logger.warn({ err: error }, 'bot: background task failed'),
      );
  }

  /** Resolves when every task queued so far has run (tests, shutdown). */
  idle(): Promise<void> {
    return this.pending;
  }
}
