/**
 * Per-address rate limits of the public routes (/api/messages, /api/offers), so that one client
 * cannot take the instance for itself. Over the limit, a clear JSON 429
 * (`{ error: { code: 'TooManyRequests', message } }`) with `Retry-After` (seconds until the
 * window resets) and the standard
 * `RateLimit` / `RateLimit-Policy` headers (IETF draft 8), as the Direct Line routes answer.
 *
 * Counters live in this process's memory: with several instances, each counts its own share,
 * so the effective limit is the limit times the instances a client reaches.
 */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
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

/** Options of `perAddressLimit`. */
export interface PerAddressLimitOptions {
  /** Requests allowed per window and client address (`req.ip`, see TRUST_PROXY). */
  limit: number;
  /** The window, in ms. Default one minute. */
  windowMs?: number;
  /** The 429's message, for developers (from src/errors.ts). */
  message: string;
  /** Name of the policy in the `RateLimit-Policy` header. Default `"default"`. */
  name?: string;
}

/** A middleware answering 429 once a client address exceeds `limit` requests in `windowMs`. */
export function perAddressLimit(options: PerAddressLimitOptions): RequestHandler {
  const windowMs = options.windowMs ?? 60_000;
  return rateLimit({
    windowMs,
    limit: options.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: options.name,
    // express-rate-limit has set Retry-After (seconds until the window resets) by now.
    handler: (_req, res) => sendHttpError(res, new HttpError(429, 'TooManyRequests', options.message)),
  });
}
