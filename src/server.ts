/**
 * The express application: routes only, no logic. Each route delegates to a module that can be
 * tested without HTTP.
 */
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Tremplin } from './assemble.js';
import { VERSION } from './config.js';
import { createOffersApi } from './teams/offers-api.js';
import { createTeamsTabRouter } from './teams/tab/routes.js';

/** Largest JSON body accepted on /api/messages (Bot Framework activities are small). */
export const MAX_BODY = '256kb';

/** The HTTP application of a running Tremplin. */
export function createApp(tremplin: Tremplin): Express {
  const { adapter, bot, knowledge, logger } = tremplin;
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', (_req, res) => {
    const snapshot = knowledge.snapshot();
    res.json({
      status: 'ok',
      version: VERSION,
      knowledge: {
        version: snapshot.version,
        offers: snapshot.offers.length,
        openOffers: snapshot.offers.filter((o) => o.open).length,
        faqs: snapshot.faqs.length,
        organisations: snapshot.organisations.length,
        problems: snapshot.problems.length,
      },
    });
  });

  app.post('/api/messages', express.json({ limit: MAX_BODY }), async (req: Request, res: Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });

  app.use(createTeamsTabRouter());
  app.use(
    createOffersApi({
      listOffers: () => knowledge.snapshot().offers,
      listOrganisations: () => knowledge.snapshot().organisations,
      searchOffers: (q) => tremplin.core.current().searchOffers(q, 'fr', 0.15),
    }),
  );

  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = typeof err === 'object' && err !== null && 'status' in err ? Number((err as { status: number }).status) : 500;
    if (status >= 500) logger.error({ err }, 'server: unhandled error');
    const code = status === 400 ? 'bad_request' : status === 413 ? 'payload_too_large' : status >= 500 ? 'internal_error' : 'error';
    res.status(status).json({ error: { code, message: status >= 500 ? 'Internal error' : (err as Error).message } });
  });
  return app;
}
