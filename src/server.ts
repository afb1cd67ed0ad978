/**
 * The express application: routes only, no logic. Each route delegates to a module that can be
 * tested without HTTP.
 */
import express, { type Express } from 'express';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/** What the HTTP layer needs, handed in by `serve.ts` or by a test. */
export interface AppDeps {
  config: Config;
  logger: Logger;
}

export function createApp({ logger }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    logger.error({ err }, 'server: unhandled error');
    res.status(500).json({ error: 'internal_error' });
  });
  return app;
}
