/**
 * The website in a real browser (Debian's chromium, driven by playwright-core): the chat works
 * end to end over the Direct Line endpoint, what a visitor types stays text, the CSP blocks
 * nothing the page needs, axe-core finds no serious accessibility problem, and the embed opens
 * and closes with the keyboard on another site.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_OFFERS } from '../support/offers.js';
import { startTestServer, type TestServer } from '../support/web-server.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
const skipNote = hasChromium ? '' : ` (skipped: ${CHROMIUM} is not installed; apt-get install -y chromium)`;
const XSS = '<img src=x onerror=alert(1)>';

let server: TestServer;
let browser: Browser;
let hostSite: http.Server;
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
async function axeViolations(target: Page | Frame): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP does not apply to it.
  await target.evaluate(fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  const result = (await target.evaluate(() =>
    (window as unknown as { axe: { run(c: Document): Promise<unknown> } }).axe.run(document),
  )) as { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const bubble = (target: Page | Frame, text: string | RegExp) =>
  target.locator('.webchat__bubble__content').getByText(text, { exact: typeof text === 'string' });
const sendBox = (target: Page | Frame) => target.locator('[data-id="webchat-sendbox-input"]');

describe.skipIf(!hasChromium)(`the website in Chromium${skipNote}`, () => {
  beforeAll(async () => {
    server = await startTestServer({ offers: TEST_OFFERS });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    // Another site (another origin) that embeds the chat with one script tag.
    hostSite = http.createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Un site partenaire</title></head>
<body><main><h1>Un site partenaire</h1><p><a href="#suite">Un lien du site</a></p></main>
<script src="${server.url}/embed.js" defer></script></body></html>`);
    });
    await new Promise<void>((resolve) => hostSite.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(hostSite.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => hostSite?.close(resolve));
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
      await frame.waitForURL(/\/chat$/);
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
