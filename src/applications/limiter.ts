/**
 * Rate limiting of candidates' verifications, so nobody can try references and addresses
 * until one matches. Failed verifications are counted three ways, whoever asks and through
 * whichever channel, and each way refuses once its budget is spent — even the right pair:
 *
 * - per **dossier** (the reference, normalised): 5 failures within 15 minutes and that dossier
 *   refuses verification for 15 minutes, whoever asks. A new conversation or a new token no
 *   longer starts a fresh count: guessing one candidate's address is over after five tries.
 * - per **client**: 20 failures within an hour, across all dossiers, and the client is refused
 *   for an hour. What a client is depends on the channel (see `bot/turn-origin.ts`): the
 *   address a Direct Line request came from; the Teams user (tenant and Entra object id) behind
 *   an authenticated /api/messages, whose caller is Microsoft's service.
 * - per **conversation** (its user and conversation ids): 5 within 15 minutes, as before, so
 *   the candidate is told how many tries are left.
 *
 * Failures live where the application store lives (the SQLite file, PostgreSQL) or in Redis
 * (see `open.ts`), so the counts hold across conversations, restarts and — with PostgreSQL or
 * Redis — instances. Keys are stored as keyed hashes: no reference in clear. A success does
 * not wipe earlier failures (someone who knows one real pair could otherwise interleave it with
 * guesses forever); when a block ends, the key starts afresh.
 *
 * Every failure also counts towards a global one-minute count: beyond `spikePerMinute`, a
 * warning is logged (at most once a minute per instance), with the count only.
 */
import type { Logger } from '../logger.js';
import { normaliseReference } from './normalise.js';
import type { ApplicationStore, CandidateApplication, VerificationAttemptLog } from './store.js';

/** One budget of failures: `maxFailures` within `windowMs`, then refused for `blockMs`. */
export interface FailureBudget {
  maxFailures: number;
  windowMs: number;
  blockMs: number;
}

/** Settings of the limiter; the defaults are the product's rule. */
export interface VerificationLimiterOptions {
  /** Per dossier. Default 5 failures in 15 minutes, then 15 minutes refused. */
  perDossier?: Partial<FailureBudget>;
  /** Per client (address, Teams user), across dossiers. Default 20 failures in an hour, then an hour refused. */
  perClient?: Partial<FailureBudget>;
  /** Per conversation and user. Default 5 failures in 15 minutes, then 15 minutes refused. */
  perConversation?: Partial<FailureBudget>;
  /** Failures a minute, all clients together, beyond which a warning is logged. Default 30. */
  spikePerMinute?: number;
  /** The clock. Default: the system clock; tests inject their own. */
  now?: () => Date;
  /** Where blocks and spikes are reported (without keys or references). Default: not reported. */
  logger?: Logger;
}

/** The defaults of `VerificationLimiterOptions`. */
export const DEFAULT_VERIFICATION_LIMITS = {
  perDossier: { maxFailures: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 },
  perClient: { maxFailures: 20, windowMs: 60 * 60_000, blockMs: 60 * 60_000 },
  perConversation: { maxFailures: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 },
  spikePerMinute: 30,
} as const;

/** The per-dossier rule, as the privacy page states it: 5 failures within 15 minutes → refused for 15 minutes. */
export const VERIFICATION_LIMITS = DEFAULT_VERIFICATION_LIMITS.perDossier;

/** Who tries which pair. */
export interface VerificationAttempt {
  reference: string;
  email: string;
  /** Who asks, as the channel knows it (`address:…`, `teams:…`): see `bot/turn-origin.ts`. */
  client: string;
  /** The conversation's own keys (its user id, its conversation id). */
  conversation: readonly string[];
}

/** Which budget refused an attempt. */
export type BlockScope = 'dossier' | 'client' | 'conversation';

/**
 * The outcome of a candidate's attempt, for the dialog:
 * - `verified`: the pair matched; `application` is what the candidate may see;
 * - `no_match`: unknown reference or wrong address (deliberately not told apart);
 *   `attemptsLeft` before a block, `blockedUntil` set when this failure started one;
 * - `blocked`: a budget is spent (`scope` says which); nothing was checked; try again after
 *   `blockedUntil`.
 */
export type VerificationOutcome =
  | { outcome: 'verified'; application: CandidateApplication }
  | { outcome: 'no_match'; attemptsLeft: number; blockedUntil: Date | null }
  | { outcome: 'blocked'; blockedUntil: Date; scope: BlockScope };

/** The global key of the one-minute count of failures. */
const ALL_FAILURES = 'all-failures';
const MINUTE = 60_000;

/** Checks candidates' (reference, e-mail) pairs through the store, with the budgets above. */
export class VerificationLimiter {
  private readonly budgets: Record<BlockScope, FailureBudget>;
  private readonly spikePerMinute: number;
  private readonly now: () => Date;
  private readonly logger: Logger | undefined;
  /** Failures older than this are forgotten: the longest window. */
  private readonly longestWindowMs: number;
  private lastSpikeWarning = -Infinity;

  constructor(
    private readonly store: Pick<ApplicationStore, 'verify' | 'attempts'>,
    options: VerificationLimiterOptions = {},
  ) {
    const d = DEFAULT_VERIFICATION_LIMITS;
    this.budgets = {
      dossier: { ...d.perDossier, ...options.perDossier },
      client: { ...d.perClient, ...options.perClient },
      conversation: { ...d.perConversation, ...options.perConversation },
    };
    this.spikePerMinute = options.spikePerMinute ?? d.spikePerMinute;
    this.now = options.now ?? (() => new Date());
    this.logger = options.logger;
    this.longestWindowMs = Math.max(MINUTE, ...Object.values(this.budgets).map((b) => b.windowMs));
  }

  private get log(): VerificationAttemptLog {
    return this.store.attempts;
  }

  /** Every key an attempt counts against, with its budget. */
  private keysOf(attempt: Omit<VerificationAttempt, 'email'>): { key: string; scope: BlockScope }[] {
    const keys: { key: string; scope: BlockScope }[] = [
      { key: `dossier:${normaliseReference(attempt.reference)}`, scope: 'dossier' },
      { key: `client:${attempt.client}`, scope: 'client' },
    ];
    for (const key of new Set(attempt.conversation)) keys.push({ key: `conversation:${key}`, scope: 'conversation' });
    return keys;
  }

  /**
   * One attempt to see an application: refused while any of its keys is blocked; a failure
   * counts against every key, and blocks each one that reaches its budget.
   */
  async verify(attempt: VerificationAttempt): Promise<VerificationOutcome> {
    const keys = this.keysOf(attempt);
    const now = this.now();
    for (const { key, scope } of keys) {
      const blockedUntil = await this.log.blockedUntil(key, now);
      if (blockedUntil) return { outcome: 'blocked', blockedUntil, scope };
    }
    const application = await this.store.verify(attempt.reference, attempt.email);
    if (application) return { outcome: 'verified', application };
    const forgetBefore = new Date(now.getTime() - this.longestWindowMs);
    let attemptsLeft = Infinity;
    let blockedUntil: Date | null = null;
    for (const { key, scope } of keys) {
      const budget = this.budgets[scope];
      const failures = await this.log.recordFailure(key, now, new Date(now.getTime() - budget.windowMs), forgetBefore);
      attemptsLeft = Math.min(attemptsLeft, Math.max(0, budget.maxFailures - failures));
      if (failures >= budget.maxFailures) {
        const until = new Date(now.getTime() + budget.blockMs);
        await this.log.block(key, until);
        if (!blockedUntil || until > blockedUntil) blockedUntil = until;
        this.logger?.warn({ scope, until: until.toISOString() }, 'applications: too many failed checks, lookups blocked');
      }
    }
    await this.watchSpike(now, forgetBefore);
    return { outcome: 'no_match', attemptsLeft, blockedUntil };
  }

  /** Counts the failure among everyone's; warns when the last minute's count passes `spikePerMinute`. */
  private async watchSpike(now: Date, forgetBefore: Date): Promise<void> {
    const lastMinute = await this.log.recordFailure(ALL_FAILURES, now, new Date(now.getTime() - MINUTE), forgetBefore);
    if (lastMinute < this.spikePerMinute || now.getTime() - this.lastSpikeWarning < MINUTE) return;
    this.lastSpikeWarning = now.getTime();
    this.logger?.warn(
      { failuresLastMinute: lastMinute, threshold: this.spikePerMinute },
      'applications: spike of failed checks (all clients together): someone may be trying dossier numbers at random',
    );
  }

  /** Attempts left before a block for a conversation asking about `reference` (0 while blocked). */
  async attemptsLeft(attempt: Omit<VerificationAttempt, 'email'>): Promise<number> {
    const now = this.now();
    let left = Infinity;
    for (const { key, scope } of this.keysOf(attempt)) {
      if (await this.log.blockedUntil(key, now)) return 0;
      const budget = this.budgets[scope];
      const failures = await this.log.failuresSince(key, new Date(now.getTime() - budget.windowMs));
      left = Math.min(left, Math.max(0, budget.maxFailures - failures));
    }
    return left;
  }
}
