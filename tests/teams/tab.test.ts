/**
 * The "Offres" tab in a real Chromium (Debian's /usr/bin/chromium, driven by playwright-core),
 * outside Teams: it lists the offers, narrows them as the recruiter filters or types, says
 * when nothing matches, follows the browser's language, and honours `?theme=`.
 * Screenshots land in the temp folder (tremplin-tab-*.png) for a human look.
 */
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createOffersApi } from '../../src/teams/offers-api.js';
import { createTeamsTabRouter } from '../../src/teams/tab/routes.js';
import { createDsfrAssets } from '../../src/web/dsfr-assets.js';
import { offer, OFFERS, ORGANISATIONS } from './fixtures.js';
import { bareApp, listen, type RunningServer } from './server.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const app = bareApp();
  app.use(createTeamsTabRouter());
  app.use(createDsfrAssets());
  app.use(createOffersApi({ listOffers: () => OFFERS, listOrganisations: () => ORGANISATIONS }));
  // A page that frames the tab without being Teams: Teams never answers there.
  app.get('/not-teams', (_req, res) => {
    res.type('html').send('<!doctype html><title>host</title><iframe src="/teams/tab" width="1000" height="800"></iframe>');
  });
  server = await listen(app);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page, collecting script errors and CSP violations. */
async function open(
  url: string,
  options: { locale?: string; bypassCSP?: boolean; offline?: boolean } = {},
): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'fr-FR',
    viewport: { width: 1100, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
  });
  if (options.offline) {
    // teams-js asks Microsoft's CDN for the list of Teams domains: answer for it, tests stay offline.
    await context.route('https://res.cdn.office.net/**', (route) => route.fulfill({ json: { validOrigins: ['teams.microsoft.com'] } }));
  }
  const page = await context.newPage();
  page.setDefaultTimeout(5_000);
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    // failed requests are reported below, with their address
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(`console: ${msg.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // a search superseded by a newer one is cancelled on purpose
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
  });
  await page.goto(`${server.url}${url}`);
  return { page, context, problems };
}

const titles = (page: Page) => page.locator('#results .fr-card__title').allInnerTexts();

describe('the Offres tab outside Teams', () => {
  it('lists the open offers, says it is outside Teams, and shrinks the list to one organisation', async () => {
    const { page, context, problems } = await open('/teams/tab');
    await expect.poll(() => titles(page)).toHaveLength(5);
    expect(await page.locator('#outside-teams').isVisible()).toBe(true);
    expect(await page.locator('#outside-teams').innerText()).toContain('Ouvert hors de Teams');
    expect(await page.locator('html').getAttribute('data-fr-theme')).toBe('light');
    expect(await titles(page)).not.toContain('Stage juriste numérique'); // closed
    expect(await page.locator('#status').innerText()).toBe('5 offres');

    // what a recruiter reads on a card
    const card = page.locator('[data-offer-id="dinum-data-scientist"]');
    const text = await card.textContent(); // badges are upper-cased by CSS only
    expect(text).toContain('DINUM');
    expect(text).toContain('Paris');
    expect(text).toContain('Catégorie A');
    expect(text).toContain('Contractuel');
    expect(text).toContain('Télétravail partiel (2 j/semaine)');
    expect(text).toContain('31 mars 2099');
    expect(await card.locator('a').getAttribute('href')).toBe('https://example.gouv.fr/offres/dinum-data-scientist');

    await page.screenshot({ path: path.join(os.tmpdir(), 'tremplin-tab-light.png'), fullPage: true });

    await page.selectOption('#organisation', 'peren');
    await expect.poll(() => titles(page)).toEqual(['Ingénieur·e machine learning']);
    expect(await page.locator('#status').innerText()).toBe('1 offre');

    await page.click('label[for="includeClosed"]'); // the DSFR draws the box on the label
    await expect.poll(() => titles(page)).toEqual(['Ingénieur·e machine learning', 'Stage juriste numérique']);
    expect(await page.locator('[data-offer-id="peren-stage-juriste"]').textContent()).toContain('Clôturée');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('searches as the recruiter types, and says plainly when nothing matches', async () => {
    const { page, context, problems } = await open('/teams/tab');
    await expect.poll(() => titles(page)).toHaveLength(5);

    await page.locator('#q').pressSequentially('lyon');
    await expect.poll(() => titles(page)).toEqual(['Développeur·se full stack', 'Designer de services']);

    await page.selectOption('#remote', 'true');
    await expect.poll(() => titles(page)).toEqual(['Développeur·se full stack']);

    await page.locator('#q').fill('astronaute');
    await page.locator('#q').dispatchEvent('input');
    await expect.poll(() => page.locator('#empty').isVisible()).toBe(true);
    expect(await titles(page)).toEqual([]);
    expect(await page.locator('#empty h2').innerText()).toBe('Aucune offre ne correspond à votre recherche');
    expect(await page.locator('#status').innerText()).toBe('Aucune offre');
    await page.screenshot({ path: path.join(os.tmpdir(), 'tremplin-tab-empty.png') });

    await page.click('#empty-reset');
    await expect.poll(() => titles(page)).toHaveLength(5);
    expect(await page.locator('#empty').isVisible()).toBe(false);
    expect(await page.inputValue('#remote')).toBe('');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('speaks English to an English browser and shows the English version of translated offers', async () => {
    const { page, context, problems } = await open('/teams/tab', { locale: 'en-US' });
    await expect.poll(() => titles(page)).toContain('Data scientist (English)');
    expect(await titles(page)).not.toContain('Data scientist');
    expect(await page.locator('#outside-teams').innerText()).toContain('Opened outside Teams');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#status').innerText()).toBe('5 offers');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('follows ?theme=dark and ?theme=contrast', async () => {
    const { page, context, problems } = await open('/teams/tab?theme=dark');
    await expect.poll(() => titles(page)).toHaveLength(5);
    expect(await page.locator('html').getAttribute('data-fr-theme')).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: path.join(os.tmpdir(), 'tremplin-tab-dark.png'), fullPage: true });

    await page.goto(`${server.url}/teams/tab?theme=contrast`);
    await expect.poll(() => titles(page)).toHaveLength(5);
    expect(await page.evaluate(() => document.documentElement.classList.contains('tremplin-contrast'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.screenshot({ path: path.join(os.tmpdir(), 'tremplin-tab-contrast.png'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('gives up waiting for Teams when framed by another page, and shows the offers anyway', async () => {
    const { page, context, problems } = await open('/not-teams', { offline: true });
    const frame = page.frameLocator('iframe');
    await expect
      .poll(() => frame.locator('#results .fr-card__title').count())
      .toBe(5);
    expect(await frame.locator('#outside-teams').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has no serious accessibility problem, with results and with the empty state (axe-core)', async () => {
    const { page, context } = await open('/teams/tab', { bypassCSP: true });
    await expect.poll(() => titles(page)).toHaveLength(5);
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    await page.addScriptTag({ path: axePath });
    const audit = () =>
      page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
    expect(await audit()).toEqual([]);
    await page.locator('#q').fill('astronaute');
    await page.locator('#q').dispatchEvent('input');
    await expect.poll(() => page.locator('#empty').isVisible()).toBe(true);
    expect(await audit()).toEqual([]);
    await context.close();
  });

  it('gives the offers that state no place one bucket, and every label, in the page’s language', async () => {
    const app = bareApp();
    app.use(createTeamsTabRouter());
    app.use(createDsfrAssets());
    const unstated = [
      offer({ id: 'peren-nlp', title: 'NLP data scientist', organisation: 'peren', locations: ['Non précisé'] }),
      offer({ id: 'peren-front-en', title: 'Front-end developer', organisation: 'peren', locations: ['Not stated'], lang: 'en' }),
    ];
    app.use(createOffersApi({ listOffers: () => [...OFFERS, ...unstated], listOrganisations: () => ORGANISATIONS }));
    const own = await listen(app);
    for (const [locale, bucket, places, unknown] of [
      ['en-US', 'Place not stated (2)', 'Places: ', 'Place not stated'],
      ['fr-FR', 'Lieu non précisé (2)', 'Lieux : ', 'Lieu non précisé'],
    ]) {
      const context = await browser.newContext({ locale, viewport: { width: 1100, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${own.url}/teams/tab`);
      await expect.poll(() => titles(page)).toContain('NLP data scientist');
      const options = await page.locator('#location option').allInnerTexts();
      expect(options).toContain(bucket);
      expect(options.filter((o) => /non précisé|not stated/i.test(o))).toEqual([bucket]);
      const card = page.locator('.tremplin-card', { hasText: 'NLP data scientist' });
      expect(await card.locator('.tremplin-places').textContent()).toBe(`${places}${unknown}`);
      await page.selectOption('#location', 'not-stated');
      await expect.poll(async () => (await titles(page)).sort()).toEqual(['Front-end developer', 'NLP data scientist']);
      await context.close();
    }
    await own.close();
  });
});
