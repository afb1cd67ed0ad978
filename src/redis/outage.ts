/**
 * Whether a Redis-backed component is working or degraded, as /healthz shows it, logged once
 * when an outage begins and once when it ends, however many requests fail in between.
 */
import type { BackendHealth } from '../health.js';
import type { Logger } from '../logger.js';

/** Messages the outage logs, from src/errors.ts. */
export interface OutageMessages {
  /** Logged (warn) when an outage begins, with the cause. */
  began: string;
  /** Logged (info) when it ends. */
  ended: string;
}

/** The outage state of one component. */
export class Outage {
  private startedAt: number | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly messages: OutageMessages,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether an outage is going on. */
  get active(): boolean {
    return this.startedAt !== undefined;
  }

  /** Records that Redis failed; logs only if this starts an outage. */
  begin(cause?: unknown): void {
    if (this.startedAt !== undefined) return;
    this.startedAt = this.now();
    const reason = cause instanceof Error ? cause.message : cause === undefined ? undefined : String(cause);
    this.logger.warn({ reason }, this.messages.began);
  }

  /** Records that Redis works; logs only if this ends an outage. `details` are added to the log line. */
  end(details: Record<string, unknown> = {}): void {
    if (this.startedAt === undefined) return;
    const downMs = this.now() - this.startedAt;
    this.startedAt = undefined;
    this.logger.info({ downMs, ...details }, this.messages.ended);
  }

  /** The component's health. */
  health(): BackendHealth {
    return this.startedAt === undefined
      ? { status: 'ok', backend: 'redis' }
      : { status: 'degraded', backend: 'redis', since: new Date(this.startedAt).toISOString() };
  }
}
