/**
 * The frame of the website's pages with the State's design system (DSFR): head, skip links,
 * header with the Marianne block and the language switch, footer. Assets come from
 * node_modules through `ASSETS` paths (no CDN).
 */
import { html, type Html } from './html.js';
import { LEGAL_PATHS } from './legal/paths.js';
import type { PageStrings } from './strings.js';

/** Where the server serves each kind of asset (see index.ts). */
export const ASSETS = {
  dsfr: '/assets/dsfr',
  webchat: '/assets/webchat',
  site: '/assets/site',
} as const;

/** The DSFR icon families the pages use (each is a small CSS file). */
const ICON_FAMILIES = ['business', 'communication', 'editor', 'map', 'system'];

/** Addresses of the two language versions of a page. */
export interface LanguageLinks {
  fr: string;
  en: string;
}

/** The document up to the end of `<head>`: DSFR styles and icons, the page's own styles, favicons. */
function head(t: PageStrings, title: string, extraStyles: string[]): Html {
  return html`<!doctype html>
<html lang="${t.lang}" data-fr-scheme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="format-detection" content="telephone=no">
<meta name="theme-color" content="#000091">
<title>${title}</title>
<link rel="stylesheet" href="${ASSETS.dsfr}/dsfr.min.css">
${ICON_FAMILIES.map((f) => html`<link rel="stylesheet" href="${ASSETS.dsfr}/utility/icons/icons-${f}/icons-${f}.min.css">\n`)}
${extraStyles.map((href) => html`<link rel="stylesheet" href="${href}">\n`)}
<link rel="apple-touch-icon" href="${ASSETS.dsfr}/favicon/apple-touch-icon.png">
<link rel="icon" href="${ASSETS.dsfr}/favicon/favicon.svg" type="image/svg+xml">
<link rel="shortcut icon" href="${ASSETS.dsfr}/favicon/favicon.ico" type="image/x-icon">
</head>`;
}

/** DSFR's script (menus, the language switch), then the page's own scripts. */
function scripts(pageScripts: string[]): Html {
  return html`<script type="module" src="${ASSETS.dsfr}/dsfr.module.min.js"></script>
<script nomodule src="${ASSETS.dsfr}/dsfr.nomodule.min.js"></script>
${pageScripts.map((src) => html`<script src="${src}" defer></script>\n`)}`;
}

function skipLinks(t: PageStrings, targets: { href: string; label: string }[]): Html {
  return html`<div class="fr-skiplinks">
  <nav class="fr-container" aria-label="${t.skipLinks.label}">
    <ul class="fr-skiplinks__list">
      ${targets.map((target) => html`<li><a class="fr-link" href="${target.href}">${target.label}</a></li>`)}
    </ul>
  </nav>
</div>`;
}

function languageSwitch(t: PageStrings, links: LanguageLinks): Html {
  const item = (lang: 'fr' | 'en', label: string) =>
    html`<li><a class="fr-translate__language fr-nav__link" hreflang="${lang}" lang="${lang}" href="${links[lang]}"${t.lang === lang ? html` aria-current="true"` : ''}>${label}</a></li>`;
  return html`<div class="fr-translate fr-nav">
  <div class="fr-nav__item">
    <button class="fr-translate__btn fr-btn" type="button" aria-controls="translate-menu" aria-expanded="false" title="${t.language.menuLabel}">${t.language.button}<span class="fr-hidden-lg">&nbsp;- ${t.language.short.slice(5)}</span></button>
    <div class="fr-collapse fr-translate__menu fr-menu" id="translate-menu">
      <ul class="fr-menu__list">
        ${item('fr', 'FR - Français')}
        ${item('en', 'EN - English')}
      </ul>
    </div>
  </div>
</div>`;
}

function header(t: PageStrings, home: string, links: LanguageLinks): Html {
  return html`<header role="banner" class="fr-header">
  <div class="fr-header__body">
    <div class="fr-container">
      <div class="fr-header__body-row">
        <div class="fr-header__brand fr-enlarge-link">
          <div class="fr-header__brand-top">
            <div class="fr-header__logo">
              <p class="fr-logo" lang="fr">${t.republic[0]}<br>${t.republic[1]}</p>
            </div>
            <div class="fr-header__navbar">
              <button class="fr-btn--menu fr-btn" type="button" data-fr-opened="false" aria-controls="header-menu" id="header-menu-button" title="${t.menu.open}">${t.menu.open}</button>
            </div>
          </div>
          <div class="fr-header__service">
            <a href="${home}" title="${t.homeTitle}">
              <p class="fr-header__service-title">${t.service}</p>
            </a>
            <p class="fr-header__service-tagline">${t.tagline}</p>
          </div>
        </div>
        <div class="fr-header__tools">
          <div class="fr-header__tools-links">
            ${languageSwitch(t, links)}
          </div>
        </div>
      </div>
    </div>
  </div>
  <div class="fr-header__menu fr-modal" id="header-menu" aria-labelledby="header-menu-button">
    <div class="fr-container">
      <button class="fr-btn--close fr-btn" type="button" aria-controls="header-menu" title="${t.menu.close}">${t.menu.close}</button>
      <div class="fr-header__menu-links"></div>
    </div>
  </div>
</header>`;
}

function footer(t: PageStrings, home: string): Html {
  const external = (href: string, label: string) =>
    html`<li class="fr-footer__content-item"><a class="fr-footer__content-link" href="${href}" target="_blank" rel="noopener external" title="${label} - ${t.footer.newWindow}">${label}</a></li>`;
  return html`<footer class="fr-footer" role="contentinfo" id="footer">
  <div class="fr-container">
    <div class="fr-footer__body">
      <div class="fr-footer__brand fr-enlarge-link">
        <a href="${home}" title="${t.footer.homeTitle}">
          <p class="fr-logo" lang="fr">${t.republic[0]}<br>${t.republic[1]}</p>
        </a>
      </div>
      <div class="fr-footer__content">
        <p class="fr-footer__content-desc">${t.footer.description}</p>
        <ul class="fr-footer__content-list">
          ${external('https://info.gouv.fr', 'info.gouv.fr')}
          ${external('https://service-public.gouv.fr', 'service-public.gouv.fr')}
          ${external('https://legifrance.gouv.fr', 'legifrance.gouv.fr')}
          ${external('https://data.gouv.fr', 'data.gouv.fr')}
        </ul>
      </div>
    </div>
    <div class="fr-footer__bottom">
      <ul class="fr-footer__bottom-list">
        <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="${LEGAL_PATHS.accessibility[t.lang]}">${t.footer.accessibility}</a></li>
        <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="${LEGAL_PATHS.legalNotice[t.lang]}">${t.footer.legalNotice}</a></li>
        <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="${LEGAL_PATHS.personalData[t.lang]}">${t.footer.personalData}</a></li>
      </ul>
      <div class="fr-footer__bottom-copy">
        <p>${t.footer.licence} <a href="https://github.com/etalab/licence-ouverte/blob/master/LO.md" target="_blank" rel="noopener external" title="${t.footer.licenceLink} - ${t.footer.newWindow}">${t.footer.licenceLink}</a></p>
      </div>
    </div>
  </div>
</footer>`;
}

/** What a full page is made of. */
export interface FullPage {
  t: PageStrings;
  title: string;
  home: string;
  languages: LanguageLinks;
  skipTo: { href: string; label: string }[];
  main: Html;
  styles: string[];
  scripts: string[];
}

/** A full DSFR page: skip links, header, `main`, footer. */
export function fullPage(page: FullPage): Html {
  return html`${head(page.t, page.title, page.styles)}
<body>
${skipLinks(page.t, page.skipTo)}
${header(page.t, page.home, page.languages)}
<main id="content" role="main" tabindex="-1">
${page.main}
</main>
${footer(page.t, page.home)}
${scripts(page.scripts)}
</body>
</html>`;
}

/** A bare page (the chat alone, for the embed's iframe): `main` only. */
export function barePage(page: Pick<FullPage, 't' | 'title' | 'main' | 'styles' | 'scripts'>): Html {
  return html`${head(page.t, page.title, page.styles)}
<body class="tremplin-bare">
<main id="content" role="main">
${page.main}
</main>
${page.scripts.map((src) => html`<script src="${src}" defer></script>\n`)}
</body>
</html>`;
}
