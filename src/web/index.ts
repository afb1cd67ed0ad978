/**
 * The recruiting website: the home page (DSFR, open offers, the chat), the bare chat page for
 * iframes, the embed script any site can include, and the static assets they need (DSFR and
 * Web Chat from node_modules, the site's own files from src/web/public).
 *
 * Mount it at the root: `app.use(createWebRoutes({ config, listOpenOffers }))`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Router } from 'express';
import type { Config } from '../config.js';
import { serverErrors, webErrors } from '../errors.js';
import type { Lang, Offer, Organisation } from '../knowledge/schemas.js';
import type { Logger } from '../logger.js';
import { HttpError } from '../server/http-errors.js';
import { precompressed } from './assets.js';
import { createDsfrAssets, DSFR_DIST } from './dsfr-assets.js';
import { ASSETS } from './layout.js';
import { packageDir } from './packages.js';
import { errorPage, legalPage } from './info-pages.js';
import { siteFacts } from './legal/facts.js';
import { LEGAL_PATHS, type LegalPage } from './legal/paths.js';
import { chatPage, homePage } from './pages.js';
import { assetSecurity, assignNonce, nonceOf, pageSecurity } from './security.js';

export { HOME_PATHS } from './pages.js';

/** The site's own browser files (chat.js, embed.js, site.css, embed.css). */
export const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');

/** What the website needs. */
export interface WebRoutesOptions {
  config: Config;
  /** The offers to list on the home page (closed ones are skipped anyway); called on every request. */
  listOpenOffers: () => Offer[];
  /**
   * The display name of an organisation id (`dinum` → `DINUM`). Default: the id, upper-cased
   * when it is short (an acronym), else as written.
   */
  organisationName?: (id: string) => string | undefined;
  /** The organisations, for the recruitment contacts the personal-data page gives. Default: none. */
  listOrganisations?: () => readonly Organisation[];
}

/** The page's language: `/en` or `?lang=en` for English, French otherwise. */
function langOf(req: Request, fixed?: Lang): Lang {
  if (fixed) return fixed;
  return String(req.query.lang ?? '').toLowerCase().startsWith('en') ? 'en' : 'fr';
}

const defaultOrganisationName = (id: string) => (id.length <= 5 ? id.toUpperCase() : id);

/** Builds the website's router. */
export function createWebRoutes(options: WebRoutesOptions): Router {
  const { config, listOpenOffers } = options;
  const organisationName = (id: string) => options.organisationName?.(id) ?? defaultOrganisationName(id);
  const router = express.Router();
  const dsfrDist = DSFR_DIST;
  const webchatDist = path.join(packageDir('botframework-webchat'), 'dist');
  const day = 24 * 60 * 60;
  const upgradeInsecureRequests = config.publicUrl.startsWith('https:');
  const homeSecurity = pageSecurity({ frameAncestors: "'self'", upgradeInsecureRequests });
  const chatSecurity = pageSecurity({ frameAncestors: '*', upgradeInsecureRequests });
  const sameOrigin = assetSecurity(false);
  const crossOrigin = assetSecurity(true);

  router.get(`${ASSETS.webchat}/webchat.js`, sameOrigin, precompressed(path.join(webchatDist, 'webchat.js'), 'text/javascript; charset=utf-8', day));
  router.use(createDsfrAssets());
  // embed.css is loaded by other sites (with /embed.js); the rest only by our pages.
  const siteSecurity: express.RequestHandler = (req, res, next) =>
    (req.path === '/embed.css' ? crossOrigin : sameOrigin)(req, res, next);
  router.use(ASSETS.site, siteSecurity, express.static(PUBLIC_DIR, { maxAge: 60 * 60 * 1000, index: false, fallthrough: false }));
  router.get('/favicon.ico', sameOrigin, (_req, res) => {
    res.sendFile('favicon/favicon.ico', { root: dsfrDist, maxAge: day * 1000 });
  });
  router.get('/embed.js', crossOrigin, (_req, res) => {
    res.sendFile('embed.js', { root: PUBLIC_DIR, maxAge: 60 * 60 * 1000, headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
  });

  const sendHome = (fixed?: Lang) => (req: Request, res: express.Response) => {
    res.type('html').set('Cache-Control', 'no-cache');
    res.send(homePage({ lang: langOf(req, fixed), offers: listOpenOffers(), organisationName, nonce: nonceOf(res) }));
  };
  router.get('/', assignNonce, homeSecurity, sendHome());
  router.get(['/en', '/en/'], assignNonce, homeSecurity, sendHome('en'));
  router.get('/chat', assignNonce, chatSecurity, (req, res) => {
    // In a frame (the embed's panel, or any site's iframe) the chat stays compact.
    const embedded = req.query.embed === '1' || req.get('sec-fetch-dest') === 'iframe';
    res.type('html').set({ 'Cache-Control': 'no-cache', Vary: 'Sec-Fetch-Dest' });
    res.send(chatPage({ lang: langOf(req), nonce: nonceOf(res), embedded }));
  });
  for (const page of Object.keys(LEGAL_PATHS) as LegalPage[]) {
    for (const lang of ['fr', 'en'] as const) {
      router.get(LEGAL_PATHS[page][lang], assignNonce, homeSecurity, (_req, res) => {
        res.type('html').set('Cache-Control', 'no-cache');
        res.send(legalPage(page, lang, siteFacts(config, options.listOrganisations?.() ?? [])));
      });
    }
  }
  return router;
}

/** Paths whose errors are JSON for programs (the Bot Framework and Direct Line endpoints, the offers API, health). */
const JSON_ROUTES = /^\/(api|v3)(\/|$)|^\/healthz$/;

/** The language of an error page: English under `/en`, or when the browser prefers English to French. */
export function visitorLang(req: Request): Lang {
  if (/^\/en(\/|$)/.test(req.path)) return 'en';
  return req.acceptsLanguages('fr', 'en') === 'en' ? 'en' : 'fr';
}

/**
 * The end of the website's routes: `notFound` turns any path nothing served into a 404
 * `HttpError`; `errorPages` answers a browser's page request that failed with the DSFR 404 or
 * 500 page, in the visitor's language and with the same status. JSON routes, and requests that
 * do not accept HTML (scripts, styles), go on to the JSON error handler.
 */
export function createErrorPages(config: Config, logger: Logger): { notFound: RequestHandler; errorPages: ErrorRequestHandler } {
  const security = pageSecurity({ frameAncestors: "'self'", upgradeInsecureRequests: config.publicUrl.startsWith('https:') });
  const notFound: RequestHandler = (_req, _res, next) => next(new HttpError(404, 'NotFound', webErrors.notFound));
  const errorPages: ErrorRequestHandler = (err, req, res, next) => {
    if (res.headersSent || JSON_ROUTES.test(req.path) || !req.accepts('html')) return next(err);
    const declared = err instanceof HttpError ? err.status : ((err as { status?: unknown; statusCode?: unknown }).status ?? (err as { statusCode?: unknown }).statusCode);
    const status = typeof declared === 'number' ? declared : 500;
    if (status !== 404 && status < 500) return next(err);
    if (status >= 500) logger.error({ err }, serverErrors.internal);
    const page = status === 404 ? 404 : 500;
    assignNonce(req, res, () =>
      security(req, res, () => {
        res.status(page).type('html').set('Cache-Control', 'no-store').send(errorPage(page, visitorLang(req)));
      }),
    );
  };
  return { notFound, errorPages };
}
