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
import type { Server } from 'node:http';
import type { Router } from 'express';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { BOT_NAME } from './activities.js';
import { MemoryDirectLineStore } from './memory-store.js';
import { createDirectLineRouter } from './routes.js';
import { DirectLineService, type RunTurn } from './service.js';
import type { DirectLineStore } from './store.js';
import { DirectLineStream } from './stream.js';
import { DirectLineTokens, loadDirectLineSecret } from './tokens.js';

export { BOT_NAME, DEFAULT_LOCALE, WEBCHAT_CHANNEL_ID } from './activities.js';
export { MemoryDirectLineStore, type MemoryStoreOptions } from './memory-store.js';
export { DIRECT_LINE_PATH } from './routes.js';
export type { ConversationGrant, RunTurn } from './service.js';
export type { ActivityPage, DirectLineConversation, DirectLineStore } from './store.js';

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
  /** Conversations kept in memory at most (the least recently active goes first). Default 10,000. */
  maxConversations: number;
  /** Longest message the bot is asked about, in characters. Default 4,000; longer gets a polite refusal. */
  maxMessageLength: number;
  /** Largest request body, in bytes. Default 64 KiB (413 beyond). */
  maxBodyBytes: number;
  /** New conversations per minute and IP address (tokens/generate, POST /conversations). Default 30. */
  startsPerMinutePerIp: number;
  /** Activities posted per minute and conversation. Default 60. */
  activitiesPerMinutePerConversation: number;
  /** Empty keep-alive frame on streams every this many ms. Default 15,000. */
  keepAliveMs: number;
  /** A turn slower than this shows the bot "typing". Default 1,000 ms. */
  typingAfterMs: number;
}

/** The defaults of `DirectLineLimits`: sane for one public website on one machine. */
export const DEFAULT_DIRECT_LINE_LIMITS: DirectLineLimits = {
  tokenTtlSeconds: 30 * 60,
  streamUrlTtlSeconds: 60,
  conversationIdleMs: 60 * 60 * 1000,
  maxActivitiesPerConversation: 500,
  maxConversations: 10_000,
  maxMessageLength: 4000,
  maxBodyBytes: 64 * 1024,
  startsPerMinutePerIp: 30,
  activitiesPerMinutePerConversation: 60,
  keepAliveMs: 15_000,
  typingAfterMs: 1000,
};

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
}

/** Builds the Direct Line endpoint. Reads (or creates) the token secret synchronously. */
export function createDirectLine(options: DirectLineOptions): DirectLine {
  const { config, logger, runTurn } = options;
  const now = options.now ?? Date.now;
  const limits = { ...DEFAULT_DIRECT_LINE_LIMITS, ...options.limits };
  const store =
    options.store ??
    new MemoryDirectLineStore({
      maxActivities: limits.maxActivitiesPerConversation,
      idleTimeoutMs: limits.conversationIdleMs,
      maxConversations: limits.maxConversations,
      now,
    });
  const tokens = new DirectLineTokens(loadDirectLineSecret(config, logger), {
    now,
    tokenTtlSeconds: limits.tokenTtlSeconds,
    streamTtlSeconds: limits.streamUrlTtlSeconds,
  });
  const bot = { id: config.microsoftApp.id ?? 'tremplin', name: BOT_NAME, role: 'bot' };
  const service = new DirectLineService({ store, tokens, runTurn, logger, bot, now, limits });
  const stream = new DirectLineStream({ store, tokens, logger, keepAliveMs: limits.keepAliveMs });
  return {
    router: createDirectLineRouter(service, logger, limits),
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
