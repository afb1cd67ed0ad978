/**
 * The website's pages besides the chat: the legal pages every French public site must have
 * (mentions légales, données personnelles, déclaration d'accessibilité) and the error pages
 * (404, 500), all in the DSFR frame with header and footer, in French or English.
 */
import type { Lang } from '../knowledge/schemas.js';
import { html, type Html } from './html.js';
import { ASSETS, fullPage } from './layout.js';
import { accessibilityContent } from './legal/accessibility.js';
import type { SiteFacts } from './legal/facts.js';
import { legalNoticeContent } from './legal/legal-notice.js';
import { LEGAL_PATHS, type LegalPage } from './legal/paths.js';
import { personalDataContent } from './legal/personal-data.js';
import { HOME_PATHS } from './pages.js';
import { pageStrings, type PageStrings } from './strings.js';

const SITE_STYLE = `${ASSETS.site}/site.css`;

/** A DSFR page with header and footer around `main`. */
function infoPage(t: PageStrings, title: string, languages: Record<Lang, string>, main: Html): string {
  return fullPage({
    t,
    title: `${title} — Tremplin`,
    home: HOME_PATHS[t.lang],
    languages,
    skipTo: [
      { href: '#content', label: t.skipLinks.content },
      { href: '#footer', label: t.skipLinks.footer },
    ],
    main,
    styles: [SITE_STYLE],
    scripts: [],
  }).markup;
}

const LEGAL_CONTENT: Record<LegalPage, (facts: SiteFacts, lang: Lang) => Html> = {
  legalNotice: legalNoticeContent,
  personalData: personalDataContent,
  accessibility: accessibilityContent,
};

/** `GET /mentions-legales`, `/donnees-personnelles`, `/accessibilite` and their English pages. */
export function legalPage(page: LegalPage, lang: Lang, facts: SiteFacts): string {
  const t = pageStrings(lang);
  const title = { legalNotice: t.footer.legalNotice, personalData: t.footer.personalData, accessibility: t.accessibilityStatement }[page];
  const main = html`<div class="fr-container fr-pt-4w fr-pb-8w tremplin-legal">
${LEGAL_CONTENT[page](facts, lang)}
</div>`;
  return infoPage(t, title, LEGAL_PATHS[page], main);
}

/** The HTTP statuses that have a page of their own. */
export type ErrorStatus = 404 | 500;

/** The page for an HTTP error, in `lang`: what happened, and the ways on (home, the chat). */
export function errorPage(status: ErrorStatus, lang: Lang): string {
  const t = pageStrings(lang);
  const words = t.errors[status];
  const picture = `${ASSETS.dsfr}/artwork/pictograms/system/${status === 404 ? 'error' : 'technical-error'}.svg`;
  const background = `${ASSETS.dsfr}/artwork/background/ovoid.svg`;
  const main = html`<div class="fr-container">
  <div class="fr-my-7w fr-mt-md-12w fr-mb-md-10w fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center">
    <div class="fr-py-0 fr-col-12 fr-col-md-6">
      <h1>${words.title}</h1>
      <p class="fr-text--sm fr-mb-3w">${t.errors.code(status)}</p>
      <p class="fr-text--lead fr-mb-3w">${words.lead}</p>
      <p class="fr-text--sm fr-mb-5w">${words.help}</p>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><a class="fr-btn" href="${HOME_PATHS[lang]}">${t.errors.home}</a></li>
        <li><a class="fr-btn fr-btn--secondary" href="${HOME_PATHS[lang] === '/' ? '/#assistant' : `${HOME_PATHS[lang]}#assistant`}">${t.errors.ask}</a></li>
      </ul>
    </div>
    <div class="fr-col-12 fr-col-md-3 fr-col-offset-md-1 fr-px-6w fr-px-md-0 fr-py-0">
      <svg xmlns="http://www.w3.org/2000/svg" class="fr-responsive-img fr-artwork" aria-hidden="true" width="160" height="200" viewBox="0 0 160 200">
        <use class="fr-artwork-motif" href="${background}#artwork-motif"></use>
        <use class="fr-artwork-background" href="${background}#artwork-background"></use>
        <g transform="translate(40, 60)">
          <use class="fr-artwork-decorative" href="${picture}#artwork-decorative"></use>
          <use class="fr-artwork-minor" href="${picture}#artwork-minor"></use>
          <use class="fr-artwork-major" href="${picture}#artwork-major"></use>
        </g>
      </svg>
    </div>
  </div>
</div>`;
  return infoPage(t, words.title, HOME_PATHS, main);
}
