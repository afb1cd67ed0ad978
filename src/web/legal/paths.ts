/**
 * The addresses of the pages a French public website must have (linked from every page's
 * footer, and from the Teams app manifest: privacy and terms of use), in each language.
 */
import type { Lang } from '../../knowledge/schemas.js';

/** A page's address in French and in English. */
export type LocalisedPath = Record<Lang, string>;

/** Mentions légales, données personnelles, déclaration d'accessibilité. */
export const LEGAL_PATHS = {
  legalNotice: { fr: '/mentions-legales', en: '/en/legal-notice' },
  personalData: { fr: '/donnees-personnelles', en: '/en/personal-data' },
  accessibility: { fr: '/accessibilite', en: '/en/accessibility' },
} as const satisfies Record<string, LocalisedPath>;

/** Which legal page. */
export type LegalPage = keyof typeof LEGAL_PATHS;
