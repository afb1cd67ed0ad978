/**
 * The recruiting website: the home page (DSFR, open offers, the chat), the bare chat page for
 * iframes, the embed script any site can include, and the static assets they need (DSFR and
 * Web Chat from node_modules, the site's own files from src/web/public).
 *
 * Mount it at the root: `app.use(createWebRoutes({ config, listOpenOffers }))`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Router } from 'express';
import type { Config } from '../config.js';
import type { Lang, Offer } from '../knowledge/schemas.js';
import { precompressed } from './assets.js';
import { createDsfrAssets, DSFR_DIST } from './dsfr-assets.js';
import { ASSETS } from './layout.js';
import { packageDir } from './packages.js';
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
    res.type('html').set('Cache-Control', 'no-cache');
    res.send(chatPage({ lang: langOf(req), nonce: nonceOf(res) }));
  });
  return router;
}
