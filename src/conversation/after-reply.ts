/**
 * Work that must not delay a reply: recording an unanswered question, a feedback, an
 * escalation. It runs once the turn's replies are on their way (the next turn of the event
 * loop), in order, and never throws into the bot.
 *
 * Tasks wait in a plain queue that one `setImmediate` drains, all at once: chaining each task to
 * the previous one through its own `setImmediate` ran one task per turn of the event loop, and
 * kept every waiting task's promises (and what they hold) alive meanwhile.
 */
import type { Logger } from '../logger.js';

/** A queue of background tasks. */
export class AfterReply {
  private readonly queue: (() => Promise<unknown>)[] = [];
  /** Resolves when the queue is empty again; set while a drain is scheduled or running. */
  private draining: Promise<void> | undefined;

  constructor(private readonly logger: Logger) {}

  /** Runs `task` after the current turn, after the tasks queued before it. */
  later(task: () => Promise<unknown>): void {
    this.queue.push(task);
    this.draining ??= new Promise<void>((resolve) => setImmediate(() => void this.drain().finally(resolve)));
  }

  /** Resolves when every task queued so far has run (tests, shutdown). */
  idle(): Promise<void> {
    return this.draining ?? Promise.resolve();
  }

  private async drain(): Promise<void> {
    for (let task = this.queue.shift(); task; task = this.queue.shift()) {
      try {
        await task();
      } catch (error) {
        this.logger.warn({ err: error }, 'bot: background task failed');
      }
    }
    this.draining = undefined;
  }
}
