/**
 * Rate limiting of candidates' verifications, so nobody can try references and addresses
 * until one matches. After `maxFailures` failed verifications by one key (a user id or a
 * conversation id) within `window`, that key is refused for `blockDuration` — even with the
 * right pair. Failures live in the store, so the limit holds across instances sharing a
 * PostgreSQL database.
 *
 * A success does not wipe earlier failures: someone who knows one real pair could otherwise
 * interleave it with guesses forever. When the block ends, the key starts afresh.
 */
import type { Logger } from '../logger.js';
import type { ApplicationStore, CandidateApplication } from './store.js';

/** The product's rule: 5 failures within 15 minutes → refused for 15 minutes. */
export const VERIFICATION_LIMITS = { maxFailures: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 } as const;

/** Settings of the limiter; the defaults are VERIFICATION_LIMITS. */
export interface VerificationLimiterOptions {
  /** Failures allowed within `windowMs`; the next attempt is refused. Default 5. */
  maxFailures?: number;
  /** How far back failures count, in ms. Default 15 minutes. */
  windowMs?: number;
  /** How long a key is refused once it reached `maxFailures`, in ms. Default 15 minutes. */
  blockMs?: number;
  /** The clock. Default: the system clock; tests inject their own. */
  now?: () => Date;
  /** Where a new block is reported (a warning, without the key). Default: not reported. */
  logger?: Logger;
}

/**
 * The outcome of a candidate's attempt, for the dialog:
 * - `verified`: the pair matched; `application` is what the candidate may see;
 * - `no_match`: unknown reference or wrong address (deliberately not told apart);
 *   `attemptsLeft` before the block, `blockedUntil` set when this failure started a block;
 * - `blocked`: too many failures; nothing was checked; try again after `blockedUntil`.
 */
export type VerificationOutcome =
  | { outcome: 'verified'; application: CandidateApplication }
  | { outcome: 'no_match'; attemptsLeft: number; blockedUntil: Date | null }
  | { outcome: 'blocked'; blockedUntil: Date };

/** Checks candidates' (reference, e-mail) pairs through the store, with the rate limit. */
export class VerificationLimiter {
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly blockMs: number;
  private readonly now: () => Date;
  private readonly logger: Logger | undefined;

  constructor(
    private readonly store: Pick<ApplicationStore, 'verify' | 'attempts'>,
    options: VerificationLimiterOptions = {},
  ) {
    this.maxFailures = options.maxFailures ?? VERIFICATION_LIMITS.maxFailures;
    this.windowMs = options.windowMs ?? VERIFICATION_LIMITS.windowMs;
    this.blockMs = options.blockMs ?? VERIFICATION_LIMITS.blockMs;
    this.now = options.now ?? (() => new Date());
    this.logger = options.logger;
  }

  /**
   * One attempt to see an application, on behalf of one or several keys (the user id, the
   * conversation id, the visitor's network): refused while any key is blocked; a failure
   * counts against every key, and blocks each one that reaches the limit.
   */
  async verify(keys: string | readonly string[], reference: string, email: string): Promise<VerificationOutcome> {
    const all = typeof keys === 'string' ? [keys] : [...new Set(keys)];
    const now = this.now();
    for (const key of all) {
      const blockedUntil = await this.store.attempts.blockedUntil(key, now);
      if (blockedUntil) return { outcome: 'blocked', blockedUntil };
    }
    const application = await this.store.verify(reference, email);
    if (application) return { outcome: 'verified', application };
    let attemptsLeft = this.maxFailures;
    let blockedUntil: Date | null = null;
    for (const key of all) {
      const failures = await this.store.attempts.recordFailure(key, now, new Date(now.getTime() - this.windowMs));
      attemptsLeft = Math.min(attemptsLeft, Math.max(0, this.maxFailures - failures));
      if (failures >= this.maxFailures) {
        blockedUntil = new Date(now.getTime() + this.blockMs);
        await this.store.attempts.block(key, blockedUntil);
      }
    }
    if (blockedUntil) this.logger?.warn({ until: blockedUntil.toISOString() }, 'applications: trop de vérifications échouées, essais bloqués');
    return { outcome: 'no_match', attemptsLeft, blockedUntil };
  }

  /** Attempts `key` has left before being blocked (0 while blocked). */
  async attemptsLeft(key: string): Promise<number> {
    const now = this.now();
    if (await this.store.attempts.blockedUntil(key, now)) return 0;
    const failures = await this.store.attempts.failuresSince(key, new Date(now.getTime() - this.windowMs));
    return Math.max(0, this.maxFailures - failures);
  }

  /** When `key` may try again, or `null` when it is not blocked. */
  async blockedUntil(key: string): Promise<Date | null> {
    return this.store.attempts.blockedUntil(key, this.now());
  }
}
