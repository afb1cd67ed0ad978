/**
 * Request limits of the public routes (/api/messages, /api/offers, Direct Line), so that one
 * client cannot take the instance for itself: at most `limit` requests per key (a client
 * address, a conversation) in a fixed window that starts with the key's first request. Every
 * counted response carries the standard `RateLimit` / `RateLimit-Policy` headers (IETF draft 8);
 * over the limit, `Retry-After` (seconds until the window resets) and the route's own refusal,
 * a JSON 429 `{ error: { code: 'TooManyRequests', message } }`.
 *
 * Counters live in this process's memory: with several instances, each counts its own share,
 * so the effective limit is the limit times the instances a client reaches.
 *
 * Why not express-rate-limit (used until then): under `npm run load`, its middleware (several
 * asynchronous steps, per-request checks of its own configuration, a SHA-256 of the key for
 * every response's policy header) took 12 % of /api/messages' throughput. A counter in a `Map`
 * does the same job for a lookup.
 */
import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { Request, RequestHandler, Response } from 'express';
import { HttpError, sendHttpError } from './http-errors.js';

/** The defaults of the public routes' limits, per minute and client address. */
export const DEFAULT_RATE_LIMITS = {
  /**
   * /api/messages. Generous: behind Teams or the Azure Bot Service, every user's messages come
   * from the service's few addresses; the limit only stops one client flooding the bot.
   */
  messagesPerIp: 1200,
  /** /api/offers: the recruiters' tab asks once per filter change; 5 a second is far above a person. */
  offersPerIp: 300,
} as const;

/** Options of a `RequestCounter`. */
export interface CounterOptions {
  /** Requests allowed per window and key. */
  limit: number;
  /** The window, in ms. Default one minute. */
  windowMs?: number;
  /**
   * Keys counted at once. Default 100,000 (~15 MB). Beyond, the key whose window started first
   * is forgotten (its window is the next to end anyway), so that no number of distinct keys
   * (addresses, conversations) can grow the map without bound.
   */
  maxKeys?: number;
  /** Clock, for tests. Default `Date.now`. */
  now?: () => number;
}

/** Options of `limitRequests`. */
export interface RequestLimitOptions extends CounterOptions {
  /** Name of the policy in the `RateLimit` headers. Default `"default"`. */
  name?: string;
  /** What is counted: default, the client's address (`req.ip`, see TRUST_PROXY; IPv6 by /56, a household's block). */
  keyOf?: (req: Request) => string;
  /** Answers a request over the limit (`Retry-After` is set already). */
  refuse: (req: Request, res: Response) => void;
}

/** One key's count in the current window. */
export interface Window {
  hits: number;
  /** When the window ends, in ms since the epoch. */
  resetsAt: number;
  /** The `pk` of the policy header, computed once per window (see `limitRequests`). */
  partition?: string;
}

/** Whether a hit is within the limit, and when the key's window ends. */
export interface Hit {
  /** The key's window (its `partition` may be set by the caller). */
  window: Window;
  allowed: boolean;
  /** Requests left in the window. */
  remaining: number;
  /** Seconds until the window ends (for `Retry-After`). */
  resetSeconds: number;
}

/**
 * Fixed-window counts per key, in a `Map` kept in the order the windows started: windows that
 * have ended are dropped once per window length, and the oldest beyond `maxKeys`.
 */
export class RequestCounter {
  readonly limit: number;
  readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;
  private readonly windows = new Map<string, Window>();
  private sweepAt = 0;

  constructor(options: CounterOptions) {
    this.limit = options.limit;
    this.windowMs = options.windowMs ?? 60_000;
    this.maxKeys = options.maxKeys ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  /** Keys counted right now. */
  get size(): number {
    return this.windows.size;
  }

  /** Counts one request of `key`. */
  hit(key: string): Hit {
    const time = this.now();
    if (time >= this.sweepAt) {
      for (const [k, window] of this.windows) if (window.resetsAt <= time) this.windows.delete(k);
      this.sweepAt = time + this.windowMs;
    }
    let window = this.windows.get(key);
    if (!window || window.resetsAt <= time) {
      this.windows.delete(key);
      if (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
      window = { hits: 0, resetsAt: time + this.windowMs };
      this.windows.set(key, window);
    }
    window.hits += 1;
    return {
      window,
      allowed: window.hits <= this.limit,
      remaining: Math.max(0, this.limit - window.hits),
      resetSeconds: Math.max(0, Math.ceil((window.resetsAt - time) / 1000)),
    };
  }
}

/** The `pk` of the policy header: a short digest of the key, so that the key itself is not echoed. */
const partitionOf = (key: string) => Buffer.from(createHash('sha256').update(key).digest('hex').slice(0, 12)).toString('base64');

/** The first 56 bits of an IPv6 address (IPv4-mapped ones as IPv4): one key for a subscriber's addresses. */
export function addressKey(ip: string | undefined): string {
  if (!ip || !isIPv6(ip)) return ip ?? 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  const [head = '', tail] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  const [a = '0', b = '0', c = '0', d = '0'] = groups.map((g) => g.toLowerCase().padStart(4, '0'));
  return `${a}:${b}:${c}:${d.slice(0, 2)}00::/56`;
}

/** A request limit: the middleware, and its counter (whose size tests and benches read). */
export type LimitMiddleware = RequestHandler & { counter: RequestCounter };

/** A middleware counting requests per key, refusing those over the limit. */
export function limitRequests(options: RequestLimitOptions): LimitMiddleware {
  const counter = new RequestCounter(options);
  const name = options.name ?? 'default';
  const keyOf = options.keyOf ?? ((req: Request) => addressKey(req.ip));
  const policy = `"${name}"; q=${counter.limit}; w=${Math.ceil(counter.windowMs / 1000)}; pk=:`;

  const middleware: RequestHandler = (req, res, next) => {
    const key = keyOf(req);
    const hit = counter.hit(key);
    res.setHeader('RateLimit', `"${name}"; r=${hit.remaining}; t=${hit.resetSeconds}`);
    res.setHeader('RateLimit-Policy', `${policy}${(hit.window.partition ??= partitionOf(key))}:`);
    if (hit.allowed) {
      next();
      return;
    }
    res.setHeader('Retry-After', String(hit.resetSeconds));
    options.refuse(req, res);
  };
  return Object.assign(middleware, { counter });
}

/** Options of `perAddressLimit`. */
export interface PerAddressLimitOptions {
  /** Requests allowed per window and client address (`req.ip`, see TRUST_PROXY). */
  limit: number;
  /** The window, in ms. Default one minute. */
  windowMs?: number;
  /** The 429's message, for developers (from src/errors.ts). */
  message: string;
  /** Name of the policy in the `RateLimit` headers. Default `"default"`. */
  name?: string;
}

/** The refusal every public route gives over its limit: a JSON 429 with `message` (from src/errors.ts). */
export function tooManyRequests(message: string): RequestLimitOptions['refuse'] {
  return (_req, res) => sendHttpError(res, new HttpError(429, 'TooManyRequests', message));
}

/** A middleware answering a JSON 429 once a client address exceeds `limit` requests in `windowMs`. */
export function perAddressLimit(options: PerAddressLimitOptions): RequestHandler {
  return limitRequests({ limit: options.limit, windowMs: options.windowMs, name: options.name, refuse: tooManyRequests(options.message) });
}
