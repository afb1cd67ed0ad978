// Where the tab runs: inside Microsoft Teams (through @microsoft/teams-js, loaded as the
// `microsoftTeams` global) or in an ordinary browser. Gives the locale and theme to use, and
// applies Teams themes to the DSFR. teams-js is only loaded when the page is in a frame: a
// top-level window cannot be a Teams tab, and the library would fetch Microsoft's list of
// host domains for nothing.

/**
 * @typedef {object} Host
 * @property {boolean} inTeams true when Teams answered `app.initialize()`.
 * @property {string} locale e.g. `fr-fr`; Teams' locale, else the browser's.
 * @property {string} theme Teams theme name: `default`, `dark`, `contrast` (or `glass`).
 * @property {(handler: (theme: string) => void) => void} onThemeChange called when the user switches theme in Teams.
 */

/** How long to wait for Teams before deciding the page is not inside it. */
export const TEAMS_TIMEOUT_MS = 3000;

/** @microsoft/teams-js's browser bundle, served by this server. */
const TEAMS_JS_URL = '/teams/vendor/teams-js/MicrosoftTeams.min.js';

/**
 * Loads teams-js (a same-origin script, allowed by the page's CSP) and returns its global.
 * @param {Window} win
 * @returns {Promise<any>}
 */
function loadTeamsJs(win) {
  return new Promise((resolve, reject) => {
    const script = win.document.createElement('script');
    script.src = TEAMS_JS_URL;
    script.onload = () => resolve(/** @type {any} */ (win).microsoftTeams);
    script.onerror = () => reject(new Error('teams-js did not load'));
    win.document.head.append(script);
  });
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

/**
 * Finds out whether the page is hosted by Teams. A top-level window cannot be a Teams tab; in a
 * frame, Teams must answer `app.initialize()` within `timeoutMs`. `?theme=` and `?lang=` in the
 * address override what the host says (for testing and for people who prefer another).
 * @param {Window} win
 * @param {number} [timeoutMs]
 * @returns {Promise<Host>}
 */
export async function detectHost(win, timeoutMs = TEAMS_TIMEOUT_MS) {
  const params = new URLSearchParams(win.location.search);
  const forcedTheme = params.get('theme');
  const forcedLang = params.get('lang');
  /** @type {Host} */
  const outside = {
    inTeams: false,
    locale: forcedLang ?? win.navigator.language ?? 'fr',
    theme: forcedTheme ?? 'default',
    onThemeChange: () => {},
  };
  if (win.self === win.top) return outside;
  try {
    const teams = await withTimeout(loadTeamsJs(win), timeoutMs);
    await withTimeout(teams.app.initialize(), timeoutMs);
    const context = await withTimeout(teams.app.getContext(), timeoutMs);
    return {
      inTeams: true,
      locale: forcedLang ?? context?.app?.locale ?? win.navigator.language ?? 'fr',
      theme: forcedTheme ?? context?.app?.theme ?? 'default',
      onThemeChange: (handler) => teams.app.registerOnThemeChangeHandler(handler),
    };
  } catch {
    return outside;
  }
}

/**
 * Shows the page in a Teams theme: `dark` → the DSFR dark theme; `contrast` → dark plus
 * Tremplin's high-contrast variant; anything else → the DSFR light theme.
 * @param {Document} doc
 * @param {string} theme
 */
export function applyTheme(doc, theme) {
  const root = doc.documentElement;
  root.setAttribute('data-fr-theme', theme === 'dark' || theme === 'contrast' ? 'dark' : 'light');
  root.classList.toggle('tremplin-contrast', theme === 'contrast');
}
