// The Offres tab: finds out where it runs (Teams or a browser), then lists offers from
// GET /api/offers, refreshed as the recruiter types (debounced) or changes a filter.
import { applyTheme, detectHost } from './host.js';
import { languageOf, messages, translatePage } from './i18n.js';
import { fillSelect, offerCard } from './render.js';

/** The place filter's value for offers that state no place (offers-query.ts). */
const PLACE_NOT_STATED = 'not-stated';

/** Offers fetched per page ("Show more" fetches the next). */
const PAGE_SIZE = 50;
/** Pause after the last keystroke before searching. */
const TYPING_DELAY_MS = 250;

const doc = document;
const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (doc.getElementById(id));
const form = /** @type {HTMLFormElement} */ ($('filters'));
const results = $('results');
const status = $('status');
const empty = $('empty');
const error = $('error');
const more = $('more');
const selects = {
  organisation: /** @type {HTMLSelectElement} */ ($('organisation')),
  location: /** @type {HTMLSelectElement} */ ($('location')),
  category: /** @type {HTMLSelectElement} */ ($('category')),
  contract: /** @type {HTMLSelectElement} */ ($('contract')),
};

const host = await detectHost(window);
const m = messages(languageOf(host.locale));
applyTheme(doc, host.theme);
host.onThemeChange((theme) => applyTheme(doc, theme));
translatePage(doc, m);
$('outside-teams').hidden = host.inTeams;
doc.documentElement.dataset.host = host.inTeams ? 'teams' : 'browser';

/** The request in flight, cancelled when a newer one starts. */
let inFlight = new AbortController();
let shown = 0;

/** The API query for the form's current state. */
function queryFor(/** @type {number} */ skip) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') params.set(name, value.trim());
  }
  params.set('lang', m.lang);
  params.set('limit', String(PAGE_SIZE));
  if (skip > 0) params.set('skip', String(skip));
  return params;
}

/**
 * Loads offers for the current filters: the first page (replacing the list), or the next one
 * (appended) when `append` is true.
 */
async function load(append = false) {
  inFlight.abort();
  const controller = (inFlight = new AbortController());
  const skip = append ? shown : 0;
  results.setAttribute('aria-busy', 'true');
  if (!append && shown === 0) status.textContent = m.text('loading');
  try {
    const response = await fetch(`/api/offers?${queryFor(skip)}`, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const body = await response.json();
    if (controller.signal.aborted) return;
    error.hidden = true;
    fillSelect(selects.organisation, body.facets.organisations, m);
    // The offers that state no place come as one bucket, labelled in the page's language.
    fillSelect(selects.location, body.facets.locations, m, (v, label) => (v === PLACE_NOT_STATED ? m.text('placeUnknown') : label));
    fillSelect(selects.category, body.facets.categories, m, (v) => m.category(v));
    fillSelect(selects.contract, body.facets.contracts, m, (v) => m.contract(v));
    const cards = body.offers.map((/** @type {any} */ offer) => offerCard(doc, offer, m));
    if (append) results.append(...cards);
    else results.replaceChildren(...cards);
    shown = skip + body.offers.length;
    status.textContent = shown < body.total ? `${m.count(body.total)} — ${m.shown(shown, body.total)}` : m.count(body.total);
    empty.hidden = body.total > 0;
    more.hidden = shown >= body.total;
  } catch (err) {
    if (controller.signal.aborted) return;
    error.hidden = false;
    status.textContent = '';
    console.error('tremplin: offers could not be loaded', err);
  } finally {
    if (!controller.signal.aborted) results.removeAttribute('aria-busy');
  }
}

let typingTimer = 0;
form.addEventListener('input', (event) => {
  clearTimeout(typingTimer);
  if (/** @type {HTMLElement} */ (event.target).id === 'q') typingTimer = window.setTimeout(() => load(), TYPING_DELAY_MS);
});
form.addEventListener('change', (event) => {
  if (/** @type {HTMLElement} */ (event.target).id !== 'q') load();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  load();
});
form.addEventListener('reset', () => {
  clearTimeout(typingTimer);
  // the form resets its fields after this event
  setTimeout(() => load(), 0);
});
$('empty-reset').addEventListener('click', () => {
  form.reset();
  $('q').focus();
});
$('retry').addEventListener('click', () => load());
more.addEventListener('click', () => load(true));

await load();
