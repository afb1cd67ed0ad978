/**
 * What the browser tests share: Debian's chromium driven by playwright-core, axe-core run in a
 * page, and another site (another origin) that embeds the chat with one script tag.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
/** Appended to a suite's name when chromium is missing. */
export const skipNote = hasChromium ? '' : ` (skipped: ${CHROMIUM} is not installed; apt-get install -y chromium)`;

/** Chromium, headless, quiet (no network of its own). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * axe-core's violations on a page or frame, as readable lines.
 * @param impacts the impacts that count; default every one.
 */
export async function axeViolations(target: Page | Frame, impacts?: readonly string[]): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP does not apply to it.
  await target.evaluate(fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  const result = (await target.evaluate(() =>
    (window as unknown as { axe: { run(c: Document): Promise<unknown> } }).axe.run(document),
  )) as { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
  return result.violations
    .filter((v) => !impacts || impacts.includes(v.impact))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A site on another origin whose pages include Tremplin's embed script. */
export async function startHostSite(tremplinUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Un site partenaire</title></head>
<body><main><h1>Un site partenaire</h1><p><a href="#suite">Un lien du site</a></p></main>
<script src="${tremplinUrl}/embed.js" defer></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Web Chat's text box. */
export const sendBox = (target: Page | Frame) => target.locator('[data-id="webchat-sendbox-input"]');
