/**
 * The HTTP face of the Direct Line endpoint: the Direct Line 3.0 REST routes that
 * botframework-directlinejs (and so Web Chat) calls, mounted at `/v3/directline`.
 *
 * Every request is counted per client address first; a conversation id of the wrong shape is
 * refused before anything else; the token is checked before any per-conversation count, any
 * body parsing or any lookup, so that a caller without a valid token costs a counter hit and a
 * signature check, and leaves nothing behind.
 */
import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import { directLineErrors } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { addressClient } from '../../bot/turn-origin.js';
import { HttpError, jsonErrorHandler } from '../../server/http-errors.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../server/json-depth.js';
import { addressKey, limitRequests, tooManyRequests, type RequestCounter } from '../../server/rate-limit.js';
import { isConversationId, parseWatermark, type DirectLineService } from './service.js';
import type { TokenClaims } from './tokens.js';

/** Where the router is mounted; stream URLs are built from it. */
export const DIRECT_LINE_PATH = '/v3/directline';

/** Limits of the HTTP layer. */
export interface RouteLimits {
  /** Largest accepted request body, in bytes (413 beyond). */
  maxBodyBytes: number;
  /** New conversations (tokens/generate, POST /conversations) per minute and IP address. */
  startsPerMinutePerIp: number;
  /** Activities posted per minute and conversation. */
  activitiesPerMinutePerConversation: number;
  /** Token refreshes (POST /tokens/refresh) per hour and conversation (Web Chat refreshes every 15 minutes). */
  refreshesPerHourPerConversation: number;
  /** Reconnections (GET /conversations/{id}, one per page the visitor opens) per hour and conversation. */
  reconnectsPerHourPerConversation: number;
}

/** The bearer token of a request, if any. */
function bearer(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return match?.[1];
}

/**
 * `ws://host/v3/directline` or `wss://…`: where this request's client can reach the stream.
 * From the request's own Host, so it works behind any name; `wss` when the request came over
 * TLS, directly or through a proxy that says so (`X-Forwarded-Proto`).
 */
export function streamUrlBase(req: Request): string {
  const forwarded = req.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  const secure = req.secure || forwarded === 'https' || forwarded === 'wss';
  return `${secure ? 'wss' : 'ws'}://${req.get('host') ?? 'localhost'}${DIRECT_LINE_PATH}`;
}

/** A path parameter as a string (express 5 types them loosely). */
const param = (req: Request, name: string): string => String(req.params[name] ?? '');

/** The claims `authorized` checked. */
const claimsOf = (res: Response): TokenClaims => res.locals.claims as TokenClaims;

/** Refuses a conversation id of the wrong shape with 404, before anything is counted or stored. */
function checkConversationId(req: Request, _res: Response, next: NextFunction): void {
  if (!isConversationId(param(req, 'conversationId'))) throw new HttpError(404, 'NotFound', directLineErrors.notAConversationId);
  next();
}

/**
 * Builds the router over `service`.
 * @param perAddress the count every Direct Line request (and stream upgrade) goes through.
 */
export function createDirectLineRouter(
  service: DirectLineService,
  logger: Logger,
  limits: RouteLimits,
  perAddress: RequestCounter,
): { router: Router; counters: RequestCounter[] } {
  const router = express.Router();
  const tooMany = tooManyRequests(directLineErrors.tooManyRequests);
  const tooManyRenewals = tooManyRequests(directLineErrors.tooManyRenewals);
  const byConversation = (req: Request) => claimsOf(req.res!).conversationId;
  const startLimiter = limitRequests({ limit: limits.startsPerMinutePerIp, name: 'starts', refuse: tooMany });
  const activityLimiter = limitRequests({ limit: limits.activitiesPerMinutePerConversation, name: 'activities', keyOf: byConversation, refuse: tooMany });
  const hour = 60 * 60 * 1000;
  const refreshLimiter = limitRequests({ limit: limits.refreshesPerHourPerConversation, windowMs: hour, name: 'refreshes', keyOf: byConversation, refuse: tooManyRenewals });
  const reconnectLimiter = limitRequests({ limit: limits.reconnectsPerHourPerConversation, windowMs: hour, name: 'reconnects', keyOf: byConversation, refuse: tooManyRenewals });
  /** Checks the bearer token (against the conversation in the path, if any); its claims go to `res.locals`. */
  const authorized: RequestHandler = async (req, res, next) => {
    const inPath = req.params.conversationId === undefined ? undefined : param(req, 'conversationId');
    res.locals.claims = await service.authorize(bearer(req), inPath);
    next();
  };
  const json = express.json({ limit: limits.maxBodyBytes, type: ['application/json', 'application/*+json'] });
  const notTooDeep: RequestHandler = (req, _res, next) => {
    if (nestsDeeperThan(req.body, MAX_JSON_DEPTH)) throw new HttpError(400, 'BadArgument', directLineErrors.tooDeep(MAX_JSON_DEPTH));
    next();
  };

  router.use((req, res, next) => {
    res.set('Cache-Control', 'no-store');
    const hit = perAddress.hit(addressKey(req.ip));
    if (hit.allowed) {
      next();
      return;
    }
    res.set('Retry-After', String(hit.resetSeconds));
    tooMany(req, res);
  });
  router.use('/conversations/:conversationId', checkConversationId);

  router.post('/tokens/generate', startLimiter, async (req, res) => {
    res.json(await service.generateToken(addressKey(req.ip)));
  });
  router.post('/tokens/refresh', authorized, refreshLimiter, async (_req, res) => {
    res.json(await service.refreshToken(claimsOf(res)));
  });
  router.post('/conversations', startLimiter, authorized, async (req, res) => {
    const { created, grant } = await service.startConversation(claimsOf(res), streamUrlBase(req));
    res.status(created ? 201 : 200).json(grant);
  });
  router.get('/conversations/:conversationId', authorized, reconnectLimiter, async (req, res) => {
    const watermark = parseWatermark(req.query.watermark);
    res.json(await service.reconnect(claimsOf(res), watermark, streamUrlBase(req)));
  });
  router.get('/conversations/:conversationId/activities', authorized, async (req, res) => {
    const watermark = parseWatermark(req.query.watermark);
    res.json(await service.listActivities(claimsOf(res), watermark));
  });
  router.post('/conversations/:conversationId/activities', authorized, activityLimiter, json, notTooDeep, async (req, res) => {
    res.json(await service.postActivity(claimsOf(res), req.body, { client: addressClient(req.ip) }));
  });
  router.post('/conversations/:conversationId/upload', () => {
    throw new HttpError(400, 'BadArgument', directLineErrors.uploadUnsupported);
  });
  router.use((req) => {
    throw new HttpError(404, 'NotFound', directLineErrors.notFound(req.method, req.path.slice(0, 100)));
  });
  router.use(jsonErrorHandler(logger, directLineErrors, limits.maxBodyBytes));
  const counters = [perAddress, ...[startLimiter, activityLimiter, refreshLimiter, reconnectLimiter].map((l) => l.counter)];
  return { router, counters };
}
