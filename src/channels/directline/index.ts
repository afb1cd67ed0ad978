/**
 * A Direct Line 3.0–compatible endpoint served by Tremplin itself, so the website's Web Chat
 * talks to the bot without the Azure Bot Service: tokens, conversations, activities (REST and
 * WebSocket stream). Activities reach the bot through `runTurn`, the same adapter and dialogs
 * as /api/messages.
 *
 * Wiring (server.ts):
 * ```ts
 * const directLine = createDirectLine({ config, logger, runTurn: (a) => adapter.runTrustedTurn(a, (ctx) => bot.run(ctx)) });
 * app.use(DIRECT_LINE_PATH, directLine.router);
 * const server = app.listen(...);
 * directLine.attachWebSocket(server);
 * ```
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Router } from 'express';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { RequestCounter } from '../../server/rate-limit.js';
import { BOT_NAME } from './activities.js';
import { MEMORY_STORE_DEFAULTS, MemoryDirectLineStore } from './memory-store.js';
import { createDirectLineRouter } from './routes.js';
import { DirectLineService, type RunTurn } from './service.js';
import type { DirectLineStore } from './store.js';
import { DirectLineStream } from './stream.js';
import { DirectLineTokens, loadDirectLineSecret } from './tokens.js';

export { BOT_NAME, DEFAULT_LOCALE, WEBCHAT_CHANNEL_ID } from './activities.js';
export { MemoryDirectLineStore, type MemoryStoreOptions } from './memory-store.js';
export { DIRECT_LINE_PATH } from './routes.js';
export type { ConversationGrant, RunTurn } from './service.js';
export type { ActivityPage, DirectLineConversation, DirectLineStore, NewConversation } from './store.js';

/** Every limit of the endpoint, with its default. */
export interface DirectLineLimits {
  /** Life of a token, in seconds. Default 1800 (30 min, as Azure); clients refresh it every 15 min. */
  tokenTtlSeconds: number;
  /** Time allowed to open a stream URL, in seconds. Default 60 (as Azure). */
  streamUrlTtlSeconds: number;
  /** A conversation without activity for this long is forgotten; its clients get 404. Default 1 hour. */
  conversationIdleMs: number;
  /** Activities kept per conversation. Default 500. */
  maxActivitiesPerConversation: number;
  /** Bytes of activities (as JSON) kept per conversation; the oldest go beyond. Default 256 KiB. */
  maxBytesPerConversation: number;
  /** Conversations kept in memory at most (idle ones go first). Default 10,000. */
  maxConversations: number;
  /** Conversations one client address keeps (its least recently active go first). Default 100. */
  maxConversationsPerIp: number;
  /** Bytes of activities (UTF-8 JSON) kept in memory in all (idle conversations go first). Default 16 MiB. */
  maxStoredBytes: number;
  /** Longest message the bot is asked about, in characters. Default 4,000; longer gets a polite refusal and is kept cut. */
  maxMessageLength: number;
  /** Largest `value` of an activity, as JSON bytes. Default 4 KiB (an Adaptive Card submit is a few hundred); 400 beyond. */
  maxValueBytes: number;
  /** Largest request body, in bytes. Default 64 KiB (413 beyond). */
  maxBodyBytes: number;
  /** Requests (every route and stream URL) per minute and IP address. Default 1,200. */
  requestsPerMinutePerIp: number;
  /** New conversations per minute and IP address (tokens/generate, POST /conversations). Default 30. */
  startsPerMinutePerIp: number;
  /** Activities posted per minute and conversation. Default 60. */
  activitiesPerMinutePerConversation: number;
  /** Token refreshes per hour and conversation. Default 12 (Web Chat refreshes every 15 minutes). */
  refreshesPerHourPerConversation: number;
  /** Reconnections (GET /conversations/{id}) per hour and conversation. Default 120 (one per page opened). */
  reconnectsPerHourPerConversation: number;
  /** WebSocket streams open at once on one conversation. Default 4. */
  maxStreamsPerConversation: number;
  /** Empty keep-alive frame on streams every this many ms. Default 15,000. */
  keepAliveMs: number;
  /** A turn slower than this shows the bot "typing". Default 1,000 ms. */
  typingAfterMs: number;
  /**
   * Bot turns waiting or running, all conversations together. Default 1,000 (200 visitors
   * asking at once leave 200); beyond, a message gets 503 with Retry-After and is not stored:
   * 20,000 messages posted faster than the bot answers were all kept waiting, with their text.
   */
  maxTurnsWaiting: number;
}

/** The defaults of `DirectLineLimits`: sane for one public website on one machine. */
export const DEFAULT_DIRECT_LINE_LIMITS: DirectLineLimits = {
  tokenTtlSeconds: 30 * 60,
  streamUrlTtlSeconds: 60,
  conversationIdleMs: MEMORY_STORE_DEFAULTS.idleTimeoutMs,
  maxActivitiesPerConversation: MEMORY_STORE_DEFAULTS.maxActivities,
  maxBytesPerConversation: MEMORY_STORE_DEFAULTS.maxConversationBytes,
  maxConversations: MEMORY_STORE_DEFAULTS.maxConversations,
  maxConversationsPerIp: MEMORY_STORE_DEFAULTS.maxConversationsPerOwner,
  maxStoredBytes: MEMORY_STORE_DEFAULTS.maxBytes,
  maxMessageLength: 4000,
  maxValueBytes: 4 * 1024,
  maxBodyBytes: 64 * 1024,
  requestsPerMinutePerIp: 1200,
  startsPerMinutePerIp: 30,
  activitiesPerMinutePerConversation: 60,
  refreshesPerHourPerConversation: 12,
  reconnectsPerHourPerConversation: 120,
  maxStreamsPerConversation: 4,
  keepAliveMs: 15_000,
  typingAfterMs: 1000,
  maxTurnsWaiting: 1000,
};

/** The options of the in-memory store that `limits` set. */
export function memoryStoreLimits(limits: DirectLineLimits) {
  return {
    maxActivities: limits.maxActivitiesPerConversation,
    maxConversationBytes: limits.maxBytesPerConversation,
    idleTimeoutMs: limits.conversationIdleMs,
    maxConversations: limits.maxConversations,
    maxConversationsPerOwner: limits.maxConversationsPerIp,
    maxBytes: limits.maxStoredBytes,
  };
}

/** What `createDirectLine` needs. */
export interface DirectLineOptions {
  config: Config;
  logger: Logger;
  /** Runs one bot turn and returns its replies (`adapter.runTrustedTurn(activity, ctx => bot.run(ctx))`). */
  runTurn: RunTurn;
  /** The clock, in milliseconds. Default `Date.now`; tests move it to expire tokens and conversations. */
  now?: () => number;
  /** Where conversations live. Default: in memory, with the limits below. */
  store?: DirectLineStore;
  /** Overrides of `DEFAULT_DIRECT_LINE_LIMITS`. */
  limits?: Partial<DirectLineLimits>;
  /**
   * The client address of a stream URL's upgrade request, as `req.ip` gives it for the REST
   * routes (TRUST_PROXY applied). Default: the TCP peer.
   */
  addressOf?: (req: IncomingMessage) => string | undefined;
}

/** The endpoint, ready to mount. */
export interface DirectLine {
  /** The REST routes, to mount at `DIRECT_LINE_PATH` (`/v3/directline`). */
  router: Router;
  /** Serves the stream URLs (WebSocket upgrades) on the HTTP server. */
  attachWebSocket(server: Server): void;
  /** Waits for the turns in progress (tests, graceful shutdown). */
  idle(): Promise<void>;
  /**
   * Graceful shutdown, once no new request comes in: waits for the turns in progress, then
   * closes every stream with 1001 "going away" (clients reconnect). The store stays open.
   */
  closeStreams(): Promise<void>;
  /** Closes streams and timers, and the store. */
  close(): Promise<void>;
  /** How much the endpoint holds, for tests and benches: every figure here is bounded. */
  stats(): DirectLineStats;
}

/** What `DirectLine.stats` reports. */
export interface DirectLineStats {
  /** Conversations the store holds (in-memory store only). */
  conversations?: number;
  /** Bytes of activities the store holds, as JSON (in-memory store only). */
  storedBytes?: number;
  /** Keys counted by the rate limits (client addresses, conversations). */
  countedKeys: number;
  /** Conversations with an open stream. */
  streamingConversations: number;
  /** Conversations with a bot turn queued or running. */
  turnsQueued: number;
}

/** Builds the Direct Line endpoint. Reads (or creates) the token secret synchronously. */
export function createDirectLine(options: DirectLineOptions): DirectLine {
  const { config, logger, runTurn } = options;
  const now = options.now ?? Date.now;
  const limits = { ...DEFAULT_DIRECT_LINE_LIMITS, ...options.limits };
  const store = options.store ?? new MemoryDirectLineStore({ ...memoryStoreLimits(limits), now });
  const tokens = new DirectLineTokens(loadDirectLineSecret(config, logger), {
    now,
    tokenTtlSeconds: limits.tokenTtlSeconds,
    streamTtlSeconds: limits.streamUrlTtlSeconds,
  });
  const bot = { id: config.microsoftApp.id ?? 'tremplin', name: BOT_NAME, role: 'bot' };
  const service = new DirectLineService({ store, tokens, runTurn, logger, bot, now, limits });
  const perAddress = new RequestCounter({ limit: limits.requestsPerMinutePerIp, now });
  const stream = new DirectLineStream({
    store,
    tokens,
    logger,
    keepAliveMs: limits.keepAliveMs,
    maxStreamsPerConversation: limits.maxStreamsPerConversation,
    perAddress,
    addressOf: options.addressOf ?? ((req) => req.socket.remoteAddress),
  });
  const { router, counters } = createDirectLineRouter(service, logger, limits, perAddress);
  return {
    router,
    stats: () => ({
      ...(store instanceof MemoryDirectLineStore ? { conversations: store.size, storedBytes: store.bytes } : {}),
      countedKeys: counters.reduce((sum, counter) => sum + counter.size, 0),
      streamingConversations: stream.conversationsStreaming,
      turnsQueued: service.turnsQueued,
    }),
    attachWebSocket: (server) => stream.attach(server),
    idle: () => service.idle(),
    async closeStreams() {
      await service.idle();
      stream.close();
    },
    async close() {
      stream.close();
      await service.idle();
      await store.close();
    },
  };
}
