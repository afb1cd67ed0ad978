/**
 * The website in a real browser (Debian's chromium, driven by playwright-core): the chat works
 * end to end over the Direct Line endpoint, what a visitor types stays text, the CSP blocks
 * nothing the page needs, axe-core finds no serious accessibility problem, and the embed opens
 * and closes with the keyboard on another site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { axeViolations as allViolations, hasChromium, launchChromium, sendBox, skipNote, startHostSite } from '../support/browser.js';
import { TEST_OFFERS } from '../support/offers.js';
import { startTestServer, type TestServer } from '../support/web-server.js';

const XSS = '<img src=x onerror=alert(1)>';

let server: TestServer;
let browser: Browser;
let hostSite: { url: string; close: () => Promise<void> };
let hostUrl: string;

/** A page that records CSP violations and dialogs, and fails the test on page errors. */
async function openPage(lang: 'fr' | 'en', path: string, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, locale: lang === 'en' ? 'en-US' : 'fr-FR' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  await page.goto(`${path.startsWith('http') ? '' : server.url}${path}`);
  return { page, problems, close: () => context.close() };
}

/** The serious and critical axe-core violations of a page or frame. */
const axeViolations = (target: Page | Frame) => allViolations(target, ['serious', 'critical']);

const bubble = (target: Page | Frame, text: string | RegExp) =>
  target.locator('.webchat__bubble__content').getByText(text, { exact: typeof text === 'string' });

describe.skipIf(!hasChromium)(`the website in Chromium${skipNote}`, () => {
  beforeAll(async () => {
    server = await startTestServer({ offers: TEST_OFFERS });
    browser = await launchChromium();
    hostSite = await startHostSite(server.url);
    hostUrl = hostSite.url;
  });

  afterAll(async () => {
    await browser?.close();
    await hostSite?.close();
    await server?.close();
  });

  it('chats in French: welcome, suggested action, typed question, a card, and markup shown as text', async () => {
    const { page, problems, close } = await openPage('fr', '/');
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      await bubble(page, 'Bonjour, je suis Tremplin. Posez-moi vos questions sur nos offres.').waitFor();
      const suggestions = page.getByRole('toolbar', { name: 'Actions suggérées' }).getByRole('button');
      expect(await suggestions.allInnerTexts()).toEqual(['Télétravail', 'Salaires', 'Carte']);
      await suggestions.filter({ hasText: 'Télétravail' }).click();
      await bubble(page, 'Réponse : Télétravail').waitFor();

      expect(await sendBox(page).getAttribute('placeholder')).toBe('Posez votre question');
      await sendBox(page).fill('Le poste de data scientist est-il en CDD ?');
      await sendBox(page).press('Enter');
      await bubble(page, 'Réponse : Le poste de data scientist est-il en CDD ?').waitFor();

      await sendBox(page).fill(XSS);
      await sendBox(page).press('Enter');
      await bubble(page, `Réponse : ${XSS}`).waitFor();
      await bubble(page, XSS).waitFor();
      expect(await page.locator('img[src="x"]').count()).toBe(0);

      await sendBox(page).fill('carte');
      await sendBox(page).press('Enter');
      await page.locator('.ac-adaptiveCard').getByText('Développeur·se — beta.gouv.fr').waitFor();

      // The offer whose title holds markup is shown as text too.
      await page.getByText(`Chef·fe de projet ${XSS}`).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('chats in English on /en, and keeps the conversation across a reload', async () => {
    const { page, problems, close } = await openPage('en', '/en');
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await bubble(page, 'Hello, I am Tremplin. Ask me about our offers.').waitFor();
      expect(await sendBox(page).getAttribute('placeholder')).toBe('Ask your question');
      await sendBox(page).fill('Is remote work possible?');
      await sendBox(page).press('Enter');
      await bubble(page, 'Answer: Is remote work possible?').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.reload();
      await bubble(page, 'Answer: Is remote work possible?').waitFor();
      expect(await bubble(page, 'Hello, I am Tremplin. Ask me about our offers.').count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens the embedded chat on another site with the keyboard, and Escape closes it', async () => {
    const { page, problems, close } = await openPage('fr', hostUrl, { width: 375, height: 740 });
    try {
      const launcher = page.getByRole('button', { name: 'Une question ? Demandez à Tremplin' });
      await launcher.waitFor();
      for (let i = 0; i < 5 && !(await launcher.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      expect(await launcher.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await launcher.getAttribute('aria-expanded')).toBe('true');

      const frame = await (await page.locator('iframe.tremplin-embed__frame').elementHandle())!.contentFrame();
      if (!frame) throw new Error('the embed opened no frame');
      await frame.waitForURL(/\/chat\?embed=1$/);
      await bubble(frame, 'Bonjour, je suis Tremplin. Posez-moi vos questions sur nos offres.').waitFor();
      await expect.poll(() => frame.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('webchat-sendbox-input');
      await page.keyboard.type('Combien de jours de télétravail ?');
      await page.keyboard.press('Enter');
      await bubble(frame, 'Réponse : Combien de jours de télétravail ?').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await axeViolations(frame)).toEqual([]);

      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#tremplin-embed-panel').isHidden()).toBe(true);
      expect(await launcher.getAttribute('aria-expanded')).toBe('false');
      expect(await launcher.evaluate((el) => el === document.activeElement)).toBe(true);

      // Opened again, the conversation is still there.
      await page.keyboard.press('Enter');
      await bubble(frame, 'Réponse : Combien de jours de télétravail ?').waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
