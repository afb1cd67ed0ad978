/**
 * The whole site as visitors use it, in a real browser (Debian's chromium, driven by
 * playwright-core), on the real bot and the shipped knowledge, at desktop (1366×900) and phone
 * (390×844) sizes: offers readable in the chat, rated with Web Chat's own like / dislike; the
 * chat page alone with the service's header, compact in a frame; the keyboard never hidden
 * behind Web Chat's help; the mandatory pages in the footer; the 404 page; axe-core clean.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, hasChromium, launchChromium, sendBox, skipNote, startHostSite } from '../support/browser.js';
import { startHttpTremplin, type RunningTremplin } from '../support/tremplin-http.js';

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
/** Narrowest an offer's row may be and still read well. */
const MIN_ROW_WIDTH = 240;

let running: RunningTremplin;
let browser: Browser;

async function open(path: string, viewport: { width: number; height: number }, locale = 'fr-FR') {
  const context = await browser.newContext({ viewport, locale });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const response = await page.goto(`${path.startsWith('http') ? '' : running.url}${path}`);
  return { page, problems, status: response?.status(), close: () => context.close() };
}

async function ask(target: Page | Frame, question: string): Promise<void> {
  await sendBox(target).fill(question);
  await sendBox(target).press('Enter');
}

/**
 * How the offer card list lays out: each offer row's width, and the words the browser broke
 * across two lines (a word whose text has more than one line box).
 */
function cardLayout(target: Page | Frame) {
  return target.evaluate(() => {
    const rows = [...document.querySelectorAll<HTMLElement>('.ac-adaptiveCard .ac-container')].filter((row) => row.querySelector('.ac-textBlock'));
    const broken: string[] = [];
    for (const block of document.querySelectorAll('.ac-adaptiveCard .ac-textBlock')) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return { widths: rows.map((row) => row.getBoundingClientRect().width), broken, offers: document.querySelectorAll('.ac-adaptiveCard a').length };
  });
}

/** How many times a text appears in the conversation (bubbles and cards). */
const occurrences = (target: Page | Frame, text: string) =>
  target.evaluate((t) => (document.querySelector('.webchat__basic-transcript')?.textContent ?? '').split(t).length - 1, text);

describe.skipIf(!hasChromium)(`the site in Chromium, on the real bot${skipNote}`, () => {
  let hostSite: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    running = await startHttpTremplin();
    browser = await launchChromium();
    hostSite = await startHostSite(running.url);
  });

  afterAll(async () => {
    await browser?.close();
    await hostSite?.close();
    await running?.close();
  });

  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    it(`shows a listing's offers once, full width, no word broken (${size}, home page)`, async () => {
      const { page, problems, close } = await open('/', viewport);
      try {
        await ask(page, 'Quelles offres sont ouvertes à la DINUM ?');
        await page.locator('.ac-adaptiveCard').first().waitFor();
        const layout = await cardLayout(page);
        expect(layout.offers).toBe(10);
        expect(Math.min(...layout.widths)).toBeGreaterThanOrEqual(MIN_ROW_WIDTH);
        expect(layout.broken).toEqual([]);
        expect(await occurrences(page, 'Coordonnateur animation data')).toBe(1);
        expect(await page.locator('.webchat__carousel-layout').count()).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('shows the offers readably in the embed’s panel on another site', async () => {
    const { page, problems, close } = await open(hostSite.url, DESKTOP);
    try {
      await page.getByRole('button', { name: 'Une question ? Demandez à Tremplin' }).click();
      const frame = await (await page.locator('iframe.tremplin-embed__frame').elementHandle())!.contentFrame();
      if (!frame) throw new Error('the embed opened no frame');
      await sendBox(frame).waitFor();
      // In the frame, the chat stays compact: no DSFR header.
      expect(await frame.locator('header.fr-header').count()).toBe(0);
      await ask(frame, 'Quelles offres sont ouvertes au PEReN ?');
      await frame.locator('.ac-adaptiveCard').first().waitFor();
      const layout = await cardLayout(frame);
      expect(layout.offers).toBe(3);
      expect(Math.min(...layout.widths)).toBeGreaterThanOrEqual(MIN_ROW_WIDTH);
      expect(layout.broken).toEqual([]);
      expect(await axeViolations(frame)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('rates an answer with the like / dislike under it, not among the next steps', async () => {
    const { page, problems, close } = await open('/chat', PHONE);
    try {
      await ask(page, 'Le télétravail est possible chez beta.gouv.fr ?');
      const dislike = page.getByRole('button', { name: 'Réponse pas utile' });
      await dislike.waitFor();
      const target = (await dislike.boundingBox())!;
      expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(24);
      const suggestions = await page.getByRole('toolbar', { name: 'Actions suggérées' }).getByRole('button').allInnerTexts();
      // The shipped beta.gouv.fr offer is probably no longer open (its start was in January 2021): applying is no next step.
      expect(suggestions).toEqual(['Salaire', 'Contrat']);
      // With the keyboard: back from the text box to the conversation, into the answer, Tab to its dislike.
      await sendBox(page).focus();
      const transcript = page.locator('.webchat__basic-transcript');
      for (let i = 0; i < 5 && !(await transcript.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      for (let i = 0; i < 8 && !(await dislike.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      expect(await dislike.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Space');
      await page.locator('.webchat__bubble__content').getByText(/Merci de nous le dire/).first().waitFor();
      expect(await dislike.getAttribute('aria-pressed')).toBe('true');
      await running.tremplin.bot.afterReply.idle();
      const report = await running.tremplin.services.insights!.feedback({});
      expect(report.find((r) => r.intent === 'remote_work' && r.sources.includes('beta-gouv-developpeurs'))?.notHelpful).toBeGreaterThanOrEqual(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    it(`opens /chat alone with the service's DSFR header, and Tab never covers the conversation (${size})`, async () => {
      const { page, problems, close } = await open('/chat', viewport);
      try {
        await expect.poll(() => page.locator('header.fr-header .fr-logo').innerText()).toMatch(/République\s+Française/i);
        expect(await page.locator('.fr-header__service-title').innerText()).toBe('Tremplin');
        await sendBox(page).waitFor();
        await page.locator('.webchat__bubble').first().waitFor();
        // Tab through the whole page: Web Chat's keyboard-help dialog never shows over the transcript.
        const transcript = page.locator('.webchat__basic-transcript');
        let reachedTranscript = false;
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press('Tab');
          if (await transcript.evaluate((el) => el.contains(document.activeElement))) reachedTranscript = true;
          expect(await page.locator('.webchat__keyboard-help').isVisible()).toBe(false);
        }
        expect(reachedTranscript).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('links the mandatory pages from every page’s footer, each answering 200 in DSFR, in both languages', async () => {
    for (const [home, locale, labels] of [
      ['/', 'fr-FR', ['Accessibilité : non conforme', 'Mentions légales', 'Données personnelles']],
      ['/en', 'en-US', ['Accessibility: not compliant', 'Legal notice', 'Personal data']],
    ] as const) {
      for (const viewport of [DESKTOP, PHONE]) {
        const { page, problems, close } = await open(home, viewport, locale);
        try {
          const links = page.locator('.fr-footer__bottom-list a');
          expect(await links.allInnerTexts()).toEqual(labels);
          for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
            const visited = await page.goto(href);
            expect(visited?.status(), href).toBe(200);
            expect(await page.locator('html').getAttribute('lang')).toBe(locale.slice(0, 2));
            expect(await page.locator('header.fr-header').count()).toBe(1);
            expect(await page.locator('h1').count()).toBe(1);
            expect(await axeViolations(page), href).toEqual([]);
          }
          expect(problems).toEqual([]);
        } finally {
          await close();
        }
      }
    }
  }, 120_000);

  it('answers an unknown path with the DSFR 404 page in the visitor’s language, status 404', async () => {
    for (const [path, locale, title, lang] of [
      ['/cette-page-n-existe-pas', 'fr-FR', 'Page non trouvée', 'fr'],
      ['/en/no-such-page', 'fr-FR', 'Page not found', 'en'],
      ['/no-such-page', 'en-GB', 'Page not found', 'en'],
      ['/mentions-legales/..%2f..%2fpackage.json', 'fr-FR', 'Page non trouvée', 'fr'],
    ] as const) {
      for (const viewport of [DESKTOP, PHONE]) {
        const { page, status, close } = await open(path, viewport, locale);
        try {
          expect(status, path).toBe(404);
          expect(await page.locator('html').getAttribute('lang')).toBe(lang);
          expect(await page.locator('h1').innerText()).toBe(title);
          expect(await page.locator('header.fr-header').count()).toBe(1);
          expect(await page.content()).not.toContain('package.json');
          expect(await axeViolations(page)).toEqual([]);
        } finally {
          await close();
        }
      }
    }
  }, 120_000);

  it('shows what a visitor types as text', async () => {
    const { page, problems, close } = await open('/chat', DESKTOP);
    try {
      const xss = '<img src=x onerror=alert(1)> salaire ?';
      await ask(page, xss);
      await page.locator('.webchat__bubble--from-user').getByText(xss).waitFor();
      await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').nth(1).waitFor();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
