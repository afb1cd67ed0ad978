/**
 * The HTTP application: routes only, no logic. Each route delegates to a module that can be
 * tested without HTTP: the Bot Framework endpoint, the Direct Line endpoint of the website, the
 * website itself, the Teams tab and the offers API, health.
 */
import type http from 'node:http';
import type { Activity } from 'botbuilder';
import express, { type Express, type Request, type Response } from 'express';
import type { Tremplin } from './assemble.js';
import { createDirectLine, DEFAULT_DIRECT_LINE_LIMITS, DIRECT_LINE_PATH, memoryStoreLimits, type DirectLineLimits } from './channels/directline/index.js';
import { createDirectLineStore } from './channels/directline/create-store.js';
import { VERSION, type Config } from './config.js';
import { serverErrors } from './errors.js';
import { healthOf } from './health.js';
import { HttpError, jsonErrorHandler, sendHttpError } from './server/http-errors.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './server/json-depth.js';
import { DEFAULT_RATE_LIMITS, perAddressLimit } from './server/rate-limit.js';
import { activityProblems, replyTargets, sendsRepliesAway } from './bot/inbound-activity.js';
import { addressClient, channelClient } from './bot/turn-origin.js';
import { createOffersApi } from './teams/offers-api.js';
import { createTeamsTabRouter } from './teams/tab/routes.js';
import { createErrorPages, createWebRoutes } from './web/index.js';

/** Largest JSON body accepted on /api/messages, in bytes (Bot Framework activities are small). */
export const MAX_BODY_BYTES = 256 * 1024;

/** The Direct Line limits, as the configuration overrides the endpoint's defaults. */
function directLineLimits(config: Config): DirectLineLimits {
  const { directLineStartsPerIp, directLineActivitiesPerConversation, directLineRequestsPerIp, directLineConversationsPerIp } = config.rateLimits;
  return {
    ...DEFAULT_DIRECT_LINE_LIMITS,
    ...(directLineStartsPerIp !== undefined ? { startsPerMinutePerIp: directLineStartsPerIp } : {}),
    ...(directLineActivitiesPerConversation !== undefined ? { activitiesPerMinutePerConversation: directLineActivitiesPerConversation } : {}),
    ...(directLineRequestsPerIp !== undefined ? { requestsPerMinutePerIp: directLineRequestsPerIp } : {}),
    ...(directLineConversationsPerIp !== undefined ? { maxConversationsPerIp: directLineConversationsPerIp } : {}),
  };
}

/** The HTTP side of a running Tremplin. */
export interface HttpApp {
  app: Express;
  /** Attaches what needs the listening server (the Direct Line WebSocket streams). */
  attach(server: http.Server): void;
  /**
   * For a graceful stop, once the server takes no new connections: waits for the bot turns in
   * flight to publish their replies, then closes the Direct Line streams (clients reconnect,
   * to another instance if there is one). Streams never end by themselves, so without this a
   * stopping server would wait for them forever.
   */
  drain(): Promise<void>;
  /** Closes the Direct Line endpoint and its store; call once no request is in flight. */
  close(): Promise<void>;
}

/**
 * What /healthz says: the knowledge is loaded, with its counts, and where conversation state
 * lives (`state`, when the storage can tell), and where Direct Line conversations live
 * (`directLine`, when a store is given). `status` is `degraded` (still HTTP 200: the instance
 * answers) while either's Redis cannot be reached.
 */
export function health(tremplin: Tremplin, directLineStore?: unknown) {
  const snapshot = tremplin.knowledge.snapshot();
  const state = healthOf(tremplin.storage);
  const directLine = healthOf(directLineStore);
  const degraded = state?.status === 'degraded' || directLine?.status === 'degraded';
  return {
    status: degraded ? ('degraded' as const) : ('ok' as const),
    ...(state ? { state } : {}),
    ...(directLine ? { directLine } : {}),
    version: VERSION,
    knowledge: {
      version: snapshot.version,
      offers: snapshot.offers.length,
      openOffers: snapshot.offers.filter((o) => o.open).length,
      faqs: snapshot.faqs.length,
      organisations: snapshot.organisations.length,
      teams: snapshot.teams.length,
      problems: snapshot.problems.length,
      /** Broken files served as they were last valid: fix them, or the bot keeps the old text. */
      keptLastGood: snapshot.kept.map((k) => ({ path: k.path, savedAt: k.since })),
    },
  };
}

/** The answer of every route while the knowledge is still loading. */
export function starting(_req: http.IncomingMessage, res: http.ServerResponse): void {
  res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
  res.end(JSON.stringify({ status: 'starting' }));
}

export async function createHttpApp(tremplin: Tremplin): Promise<HttpApp> {
  const { adapter, bot, knowledge, config, logger } = tremplin;
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every JSON body for an ETag, the bot's answers included (~2 % of a turn);
  // nothing here is revalidated that way: the static assets carry their own ETag.
  app.set('etag', false);
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  if (config.recruiters.allowUnauthenticated) {
    logger.warn(config.microsoftApp.id ? serverErrors.unauthenticatedRecruitersIgnored : serverErrors.unauthenticatedRecruiters);
  }
  const limits = directLineLimits(config);
  const store = await createDirectLineStore(config, logger, memoryStoreLimits(limits));
  // A stream URL's upgrade request gets its client address as express gives `req.ip` (TRUST_PROXY applied).
  const addressOf = (req: http.IncomingMessage) => (Object.setPrototypeOf({ app, headers: req.headers, socket: req.socket, connection: req.socket }, app.request) as Request).ip;
  const directLine = createDirectLine({ config, logger, runTurn: tremplin.runTurn, store, limits, addressOf });
  const view = () => tremplin.core.current().view;
  const replyTo = replyTargets(config.anonymousReplyUrls);
  const messagesLimit = perAddressLimit({
    limit: config.rateLimits.messagesPerIp ?? DEFAULT_RATE_LIMITS.messagesPerIp,
    message: serverErrors.tooManyRequests,
    name: 'messages',
  });
  const offersLimit = perAddressLimit({
    limit: config.rateLimits.offersPerIp ?? DEFAULT_RATE_LIMITS.offersPerIp,
    message: serverErrors.tooManyRequests,
    name: 'offers',
  });

  app.get('/healthz', (_req, res) => {
    res.json(health(tremplin, store));
  });
  app.post('/api/messages', messagesLimit, express.json({ limit: MAX_BODY_BYTES }), async (req: Request, res: Response) => {
    if (nestsDeeperThan(req.body, MAX_JSON_DEPTH)) {
      sendHttpError(res, new HttpError(400, 'BadArgument', serverErrors.tooDeep(MAX_JSON_DEPTH)));
      return;
    }
    const problems = activityProblems(req.body);
    if (problems.length) {
      sendHttpError(res, new HttpError(400, 'BadArgument', serverErrors.invalidActivity(problems)));
      return;
    }
    if (!config.microsoftApp.id && sendsRepliesAway(req.body as { serviceUrl?: unknown; deliveryMode?: unknown }, replyTo)) {
      sendHttpError(res, new HttpError(403, 'Forbidden', serverErrors.remoteServiceUrl));
      return;
    }
    // Behind the Bot Service every user comes from its few addresses: the client is the user it vouches for.
    const client = config.microsoftApp.id ? channelClient(req.body as Partial<Activity>) : addressClient(req.ip);
    await adapter.processMessage(req, res, (context) => bot.run(context), { client });
  });
  app.use(DIRECT_LINE_PATH, directLine.router);
  app.use(createTeamsTabRouter());
  app.use('/api/offers', offersLimit);
  app.use(
    createOffersApi({
      listOffers: () => knowledge.snapshot().offers,
      listOrganisations: () => knowledge.snapshot().organisations,
      searchOffers: (q) => tremplin.core.current().searchOffers(q, 'fr', 0.15),
    }),
  );
  app.use(
    createWebRoutes({
      config,
      listOpenOffers: () => knowledge.snapshot().offers.filter((o) => o.open),
      organisationName: (id) => view().organisation(id)?.name,
      listOrganisations: () => knowledge.snapshot().organisations,
    }),
  );
  const { notFound, errorPages } = createErrorPages(config, logger);
  app.use(notFound);
  app.use(errorPages);
  app.use(jsonErrorHandler(logger, serverErrors, MAX_BODY_BYTES));
  return {
    app,
    attach: (server) => directLine.attachWebSocket(server),
    drain: () => directLine.closeStreams(),
    close: () => directLine.close(),
  };
}
