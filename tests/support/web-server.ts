/**
 * Starts the website channel for real on 127.0.0.1 and a free port: an express app with the
 * pages and the Direct Line endpoint, the test bot behind the real `TremplinAdapter`, a temp
 * data folder. Shared by the Direct Line and browser tests.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { createAdapter } from '../../src/bot/adapter.js';
import {
  createDirectLine,
  DIRECT_LINE_PATH,
  type DirectLine,
  type DirectLineLimits,
  type DirectLineStore,
} from '../../src/channels/directline/index.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Offer } from '../../src/knowledge/schemas.js';
import { createLogger } from '../../src/logger.js';
import { serverErrors } from '../../src/errors.js';
import { jsonErrorHandler } from '../../src/server/http-errors.js';
import { createErrorPages, createWebRoutes } from '../../src/web/index.js';
import { EchoBot } from './echo-bot.js';

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  bot: EchoBot;
  config: Config;
  directLine: DirectLine;
  /** Moves the endpoint's clock forward. */
  advance(ms: number): void;
  close(): Promise<void>;
}

export interface TestServerOptions {
  offers?: Offer[];
  limits?: Partial<DirectLineLimits>;
  /** Where Direct Line conversations live. Default: in memory. Closed with the server. */
  store?: DirectLineStore;
  /** `DIRECTLINE_SECRET`, for instances that must accept each other's tokens. Default: generated in the data folder. */
  directLineSecret?: string;
  /** More environment variables (LEGAL_PUBLISHER…). */
  env?: Record<string, string>;
  /** A path whose route throws, to see the 500 page. */
  failOn?: string;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tremplin-web-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '0', DIRECTLINE_SECRET: options.directLineSecret, ...options.env });
  const logger = createLogger('silent');
  const adapter = createAdapter(config);
  const bot = new EchoBot();
  let offset = 0;
  const directLine = createDirectLine({
    config,
    logger,
    runTurn: (activity) => adapter.runTrustedTurn(activity, (context) => bot.run(context)),
    now: () => Date.now() + offset,
    limits: options.limits,
    store: options.store,
  });
  const app = express();
  app.use(DIRECT_LINE_PATH, directLine.router);
  app.use(createWebRoutes({ config, listOpenOffers: () => options.offers ?? [] }));
  if (options.failOn) {
    app.get(options.failOn, () => {
      throw new Error('boom failure at /srv/tremplin/src/secret.ts');
    });
  }
  // The end of the routes, as in server.ts: 404 and 500 pages, JSON errors for the APIs.
  const { notFound, errorPages } = createErrorPages(config, logger);
  app.use(notFound, errorPages, jsonErrorHandler(logger, serverErrors, 1024));
  const server = http.createServer(app);
  directLine.attachWebSocket(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bot,
    config,
    directLine,
    advance: (ms) => {
      offset += ms;
    },
    async close() {
      await directLine.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
