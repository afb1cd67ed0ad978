/**
 * The HTTP face of the Direct Line endpoint: the Direct Line 3.0 REST routes that
 * botframework-directlinejs (and so Web Chat) calls, mounted at `/v3/directline`.
 */
import express, { type Request, type Router } from 'express';
import { directLineErrors } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { HttpError, jsonErrorHandler } from '../../server/http-errors.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../server/json-depth.js';
import { limitRequests, tooManyRequests } from '../../server/rate-limit.js';
import { parseWatermark, type DirectLineService } from './service.js';

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

/** Builds the router over `service`. */
export function createDirectLineRouter(service: DirectLineService, logger: Logger, limits: RouteLimits): Router {
  const router = express.Router();
  const tooMany = tooManyRequests(directLineErrors.tooManyRequests);
  const startLimiter = limitRequests({ limit: limits.startsPerMinutePerIp, name: 'starts', refuse: tooMany });
  const activityLimiter = limitRequests({
    limit: limits.activitiesPerMinutePerConversation,
    name: 'activities',
    keyOf: (req) => `conversation:${param(req, 'conversationId')}`,
    refuse: tooMany,
  });

  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  router.use(express.json({ limit: limits.maxBodyBytes, type: ['application/json', 'application/*+json'] }));
  router.use((req, _res, next) => {
    if (nestsDeeperThan(req.body, MAX_JSON_DEPTH)) throw new HttpError(400, 'BadArgument', directLineErrors.tooDeep(MAX_JSON_DEPTH));
    next();
  });

  router.post('/tokens/generate', startLimiter, async (_req, res) => {
    res.json(await service.generateToken());
  });
  router.post('/tokens/refresh', async (req, res) => {
    res.json(await service.refreshToken(bearer(req)));
  });
  router.post('/conversations', startLimiter, async (req, res) => {
    const { created, grant } = await service.startConversation(bearer(req), streamUrlBase(req));
    res.status(created ? 201 : 200).json(grant);
  });
  router.get('/conversations/:conversationId', async (req, res) => {
    const watermark = parseWatermark(req.query.watermark);
    res.json(await service.reconnect(bearer(req), param(req, 'conversationId'), watermark, streamUrlBase(req)));
  });
  router.get('/conversations/:conversationId/activities', async (req, res) => {
    const watermark = parseWatermark(req.query.watermark);
    res.json(await service.listActivities(bearer(req), param(req, 'conversationId'), watermark));
  });
  router.post('/conversations/:conversationId/activities', activityLimiter, async (req, res) => {
    res.json(await service.postActivity(bearer(req), param(req, 'conversationId'), req.body));
  });
  router.post('/conversations/:conversationId/upload', () => {
    throw new HttpError(400, 'BadArgument', directLineErrors.uploadUnsupported);
  });
  router.use((req) => {
    throw new HttpError(404, 'NotFound', directLineErrors.notFound(req.method, req.path));
  });
  router.use(jsonErrorHandler(logger, directLineErrors, limits.maxBodyBytes));
  return router;
}
