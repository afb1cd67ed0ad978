/**
 * The State's design system (@gouvfr/dsfr) served from node_modules, once, for every page of
 * Tremplin (the website, the chat iframe, the Teams tab): `/assets/dsfr/…`.
 */
import path from 'node:path';
import express, { type Router } from 'express';
import { precompressed } from './assets.js';
import { ASSETS } from './layout.js';
import { packageDir } from './packages.js';
import { assetSecurity } from './security.js';

/** The DSFR's `dist` folder. */
export const DSFR_DIST = path.join(packageDir('@gouvfr/dsfr'), 'dist');

/** Routes serving the DSFR's files under ASSETS.dsfr (the main stylesheet precompressed). */
export function createDsfrAssets(): Router {
  const router = express.Router();
  const day = 24 * 60 * 60;
  const sameOrigin = assetSecurity(false);
  router.get(`${ASSETS.dsfr}/dsfr.min.css`, sameOrigin, precompressed(path.join(DSFR_DIST, 'dsfr.min.css'), 'text/css; charset=utf-8', day));
  router.use(ASSETS.dsfr, sameOrigin, express.static(DSFR_DIST, { maxAge: day * 1000, index: false, fallthrough: false }));
  return router;
}
