/**
 * The website's two pages: the home page (intro, the chat, the open offers) and the bare chat
 * page the embed opens in an iframe. Both hand the chat's settings to public/chat.js through
 * data attributes (no inline script: the CSP forbids them).
 */
import type { Lang, Offer } from '../knowledge/schemas.js';
import { html, type Html } from './html.js';
import { ASSETS, barePage, fullPage } from './layout.js';
import { groupOffers, renderOffers } from './offers.js';
import { LEGAL_PATHS } from './legal/paths.js';
import { pageStrings, type PageStrings } from './strings.js';

/** Home page addresses per language. */
export const HOME_PATHS: Record<Lang, string> = { fr: '/', en: '/en' };

const CHAT_SCRIPTS = [`${ASSETS.webchat}/webchat.js`, `${ASSETS.site}/chat.js`];
const SITE_STYLE = `${ASSETS.site}/site.css`;

/** The element Web Chat renders into, with its settings. */
function chatMount(t: PageStrings, nonce: string, embedded: boolean): Html {
  return html`<div id="webchat" class="tremplin-webchat" data-locale="${t.locale}" data-nonce="${nonce}" data-embedded="${embedded ? 'true' : 'false'}">
  <p class="tremplin-webchat__status fr-text--sm" role="status">${t.chat.loading}</p>
</div>
<noscript><p class="fr-p-2w">${t.chat.noScript}</p></noscript>`;
}

/** The chat in its frame: a toolbar (name, "new conversation"), Web Chat, the privacy note. */
function chatPanel(t: PageStrings, nonce: string): Html {
  return html`<div class="tremplin-chat__frame" role="region" aria-label="${t.chat.region}">
          <div class="tremplin-chat__toolbar">
            <p class="tremplin-chat__name"><span class="tremplin-chat__avatar" aria-hidden="true">T</span>Tremplin</p>
            <button type="button" class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-btn--icon-left fr-icon-refresh-line" data-tremplin-restart hidden>${t.chat.restart}</button>
          </div>
          ${chatMount(t, nonce, false)}
        </div>
        <p class="fr-text--xs fr-mt-1w fr-mb-0 tremplin-chat__privacy">${t.chat.privacy} <a href="${LEGAL_PATHS.personalData[t.lang]}">${t.footer.personalData}</a></p>`;
}

/** What the home page shows. */
export interface HomePageInput {
  lang: Lang;
  offers: Offer[];
  organisationName: (id: string) => string;
  nonce: string;
}

/** `GET /` and `GET /en`. */
export function homePage({ lang, offers, organisationName, nonce }: HomePageInput): string {
  const t = pageStrings(lang);
  const groups = groupOffers(offers, lang, organisationName);
  const main = html`<div class="fr-container fr-pt-4w fr-pb-8w">
  <h1 class="fr-h2 fr-mb-2w">${t.heading}</h1>
  <p class="fr-text--lg fr-mb-4w tremplin-intro">${t.intro}</p>
  <div class="fr-grid-row fr-grid-row--gutters">
    <div class="fr-col-12 fr-col-lg-5">
      <section id="assistant" class="tremplin-chat" aria-labelledby="assistant-title">
        <h2 id="assistant-title" class="fr-h4 fr-mb-1w">${t.chat.heading}</h2>
        <p class="fr-text--sm fr-mb-2w">${t.chat.intro}</p>
        ${chatPanel(t, nonce)}
      </section>
    </div>
    <div class="fr-col-12 fr-col-lg-7">
      <section id="offers" aria-labelledby="offers-title">
        <h2 id="offers-title" class="fr-h4">${t.offers.heading}</h2>
        ${renderOffers(groups, t)}
      </section>
    </div>
  </div>
</div>`;
  return fullPage({
    t,
    title: t.title,
    home: HOME_PATHS[lang],
    languages: HOME_PATHS,
    skipTo: [
      { href: '#content', label: t.skipLinks.content },
      { href: '#assistant', label: t.skipLinks.chat },
      { href: '#offers', label: t.skipLinks.offers },
      { href: '#footer', label: t.skipLinks.footer },
    ],
    main,
    styles: [SITE_STYLE],
    scripts: CHAT_SCRIPTS,
  }).markup;
}

/** Addresses of the chat page alone, per language. */
export const CHAT_PATHS: Record<Lang, string> = { fr: '/chat', en: '/chat?lang=en' };

/**
 * `GET /chat`. Opened on its own: a DSFR page (header with the service's identity, the chat
 * filling the window, footer). In the embed's iframe (`?embed=1`, or any iframe, which the
 * browser says with `Sec-Fetch-Dest: iframe`): the chat alone, filling the frame, since the
 * embed's panel already names Tremplin.
 */
export function chatPage({ lang, nonce, embedded }: { lang: Lang; nonce: string; embedded: boolean }): string {
  const t = pageStrings(lang);
  if (embedded) {
    const main = html`<h1 class="fr-sr-only">${t.chatTitle}</h1>
<div class="tremplin-bare__chat" role="region" aria-label="${t.chat.region}">
  ${chatMount(t, nonce, true)}
</div>`;
    return barePage({ t, title: t.chatTitle, main, styles: [SITE_STYLE], scripts: CHAT_SCRIPTS }).markup;
  }
  const main = html`<div class="fr-container fr-pt-3w fr-pb-6w">
  <section id="assistant" class="tremplin-chat tremplin-chat--alone" aria-labelledby="assistant-title">
    <h1 id="assistant-title" class="fr-h4 fr-mb-1w">${t.chat.heading}</h1>
    <p class="fr-text--sm fr-mb-2w">${t.chat.intro}</p>
    ${chatPanel(t, nonce)}
  </section>
</div>`;
  return fullPage({
    t,
    title: t.chatTitle,
    home: HOME_PATHS[lang],
    languages: CHAT_PATHS,
    skipTo: [
      { href: '#assistant', label: t.skipLinks.chat },
      { href: '#footer', label: t.skipLinks.footer },
    ],
    main,
    styles: [SITE_STYLE],
    scripts: CHAT_SCRIPTS,
  }).markup;
}
