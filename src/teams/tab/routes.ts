/**
 * The recruiters' "Offres" tab: `GET /teams/tab` and what the page loads — its own scripts and
 * styles, @microsoft/teams-js and the DSFR, all served from this server (no third-party CDN).
 * The page reads `GET /api/offers` (see `../offers-api.ts`), mounted separately.
 *
 * The page is allowed inside Teams and the other Microsoft 365 hosts only (CSP
 * `frame-ancestors`), runs no inline script (`script-src 'self'`), and works in an ordinary
 * browser too.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import express, { type Response, type Router } from 'express';

/** The tab's static files: index.html, the ES modules and the stylesheet. */
export const TAB_PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');

/** Where @microsoft/teams-js's browser bundle (`MicrosoftTeams.min.js`) is served. */
export const TEAMS_JS_MOUNT = '/teams/vendor/teams-js';

const require = createRequire(import.meta.url);

/** The folder of @microsoft/teams-js's UMD bundle (its package `main`). */
export function teamsJsDir(): string {
  return path.dirname(require.resolve('@microsoft/teams-js'));
}

/**
 * Hosts allowed to frame the tab: Teams, Microsoft 365 and Outlook, as listed in Microsoft's
 * tab requirements (learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements).
 */
export const TEAMS_FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

/** The tab page's Content-Security-Policy. */
export const TAB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // teams-js fetches Microsoft's current list of Teams host domains (it falls back to its own copy)
  "connect-src 'self' https://res.cdn.office.net",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors 'self' ${TEAMS_FRAME_ANCESTORS.join(' ')}`,
].join('; ');

/**
 * Lets Teams frame the page: our own CSP, and no X-Frame-Options (which a global helmet would
 * set to SAMEORIGIN, blocking Teams).
 */
function allowTeamsFraming(res: Response): void {
  res.removeHeader('X-Frame-Options');
  res.setHeader('Content-Security-Policy', TAB_CSP);
}

/**
 * The router for the tab (mount it at the root: `app.use(createTeamsTabRouter())`):
 * `GET /teams/tab`, `/teams/tab/assets/*` and `/teams/vendor/teams-js/*`. The DSFR comes from
 * the website's assets (`createDsfrAssets`, `/assets/dsfr/*`), mounted once by the server.
 */
export function createTeamsTabRouter(): Router {
  const router = express.Router();
  router.get(['/teams/tab', '/teams/tab/'], (_req, res) => {
    allowTeamsFraming(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(TAB_PUBLIC_DIR, 'index.html'));
  });
  router.use('/teams/tab/assets', express.static(TAB_PUBLIC_DIR, { index: false, maxAge: '5m' }));
  router.use(TEAMS_JS_MOUNT, express.static(teamsJsDir(), { index: false, maxAge: '1d' }));
  return router;
}
