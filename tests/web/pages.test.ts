/**
 * The website over HTTP (no browser): what each page says in each language, the offers it
 * lists, the security headers, and the assets it serves.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_STYLE_HASH } from '../../src/web/security.js';
import { TEST_OFFERS } from '../support/offers.js';
import { startTestServer, type TestServer } from '../support/web-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ offers: TEST_OFFERS });
});
afterAll(async () => {
  await server.close();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** The raw bytes and headers, without fetch's automatic decompression. */
function raw(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; length: number }>((resolve, reject) => {
    http
      .get(`${server.url}${path}`, { headers }, (res) => {
        let length = 0;
        res.on('data', (chunk: Buffer) => (length += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, length }));
      })
      .on('error', reject);
  });
}

const directive = (csp: string, name: string) => csp.split(';').find((d) => d.trim().startsWith(`${name} `))?.trim();

describe('the home page', () => {
  it('is in French by default, with the DSFR header, the chat region and the open offers', async () => {
    const { status, text } = await get('/');
    expect(status).toBe(200);
    expect(text).toMatch(/<html lang="fr"/);
    expect(text).toContain('République<br>Française');
    expect(text).toContain('Rejoignez les équipes du numérique de l’État');
    expect(text).toMatch(/role="region" aria-label="Conversation avec Tremplin, l’assistant de recrutement"/);
    expect(text).toMatch(/data-locale="fr-FR"/);
    expect(text).toContain('<a class="fr-link" href="#assistant">Assistant</a>');
    expect(text).toContain('4 offres ouvertes');
    expect(text).toContain('<a href="https://example.org/offres/dinum-data-scientist">Data scientist</a>');
    expect(text).not.toContain('Data scientist (EN)');
    expect(text).not.toContain('Poste pourvu');
    expect(text).toContain('Télétravail 2 j/semaine');
    expect(text).toContain('Candidatures jusqu’au 31 mars 2031');
    // An offer only written in English is listed, marked, with its language.
    expect(text).toMatch(/<h4 class="fr-card__title" lang="en">Research engineer, algorithm auditing<\/h4>/);
    expect(text).toContain('Offre rédigée en anglais');
    // Where to apply serves as the link when the offer has no page.
    expect(text).toContain('<a href="https://example.org/candidater">Développeur·se full-stack</a>');
  });

  it('shows what HR wrote as text, never as markup', async () => {
    const { text } = await get('/');
    expect(text).toContain('Chef·fe de projet &lt;img src=x onerror=alert(1)&gt;');
    expect(text).not.toContain('<img src=x');
  });

  it('is in English at /en and /?lang=en, with the English version of translated offers', async () => {
    for (const path of ['/en', '/?lang=en']) {
      const { text } = await get(path);
      expect(text).toMatch(/<html lang="en"/);
      expect(text).toContain('Join the French State’s digital teams');
      expect(text).toMatch(/data-locale="en-US"/);
      expect(text).toContain('Data scientist (EN)');
      expect(text).toContain('Remote 2 days a week');
      expect(text).toContain('Apply by 31 March 2031');
      expect(text).toMatch(/<h4 class="fr-card__title" lang="fr">/);
      expect(text).toMatch(/hreflang="fr" lang="fr" href="\/"/);
      expect(text).toMatch(/hreflang="en" lang="en" href="\/en" aria-current="true"/);
    }
  });

  it('says so when no offer is open', async () => {
    const empty = await startTestServer({ offers: [] });
    try {
      const text = await (await fetch(`${empty.url}/`)).text();
      expect(text).toContain('Aucune offre n’est ouverte en ce moment.');
    } finally {
      await empty.close();
    }
  });

  it('allows only its own scripts, styles with its nonce, and no framing by other sites', async () => {
    const { headers, text } = await get('/');
    const csp = headers.get('content-security-policy') ?? '';
    expect(directive(csp, 'script-src')).toBe("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    const nonce = /data-nonce="([^"]+)"/.exec(text)?.[1];
    expect(directive(csp, 'style-src')).toBe(`style-src 'self' 'nonce-${nonce}' ${EMPTY_STYLE_HASH}`);
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'self'");
    expect(directive(csp, 'connect-src')).toMatch(/^connect-src 'self' ws:\/\/127\.0\.0\.1:\d+$/);
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    // A new nonce for every response.
    expect((await get('/')).text).not.toContain(`data-nonce="${nonce}"`);
  });
});

describe('the chat page for iframes', () => {
  it('can be framed by any site and speaks the language asked for', async () => {
    const fr = await get('/chat');
    expect(directive(fr.headers.get('content-security-policy') ?? '', 'frame-ancestors')).toBe('frame-ancestors *');
    expect(fr.headers.get('x-frame-options')).toBeNull();
    expect(fr.text).toMatch(/<html lang="fr"/);
    expect(fr.text).toMatch(/data-embedded="true"/);
    const en = await get('/chat?lang=en');
    expect(en.text).toMatch(/<html lang="en"/);
    expect(en.text).toMatch(/data-locale="en-US"/);
  });
});

describe('the assets', () => {
  it('serves the embed script and its style to other sites, and the rest to ours only', async () => {
    const embed = await get('/embed.js');
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-type')).toMatch(/javascript/);
    expect(embed.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(embed.headers.get('access-control-allow-origin')).toBe('*');
    expect((await get('/assets/site/embed.css')).headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const chat = await get('/assets/site/chat.js');
    expect(chat.status).toBe(200);
    expect(chat.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(chat.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves Web Chat gzipped, cached, and revalidated with its ETag', async () => {
    const zipped = await raw('/assets/webchat/webchat.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['cache-control']).toBe('public, max-age=86400');
    expect(zipped.length).toBeLessThan(1_500_000);
    const plain = await raw('/assets/webchat/webchat.js', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.length).toBeGreaterThan(3_000_000);
    const again = await raw('/assets/webchat/webchat.js', { 'If-None-Match': String(zipped.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('serves the DSFR from node_modules, and nothing outside it', async () => {
    expect((await get('/assets/dsfr/dsfr.min.css')).status).toBe(200);
    expect((await get('/assets/dsfr/fonts/Marianne-Regular.woff2')).status).toBe(200);
    expect((await get('/assets/dsfr/utility/icons/icons-map/icons-map.min.css')).status).toBe(200);
    expect((await get('/assets/dsfr/%2e%2e/package.json')).status).toBe(404);
    expect((await get('/assets/site/%2e%2e/index.ts')).status).toBe(404);
  });
});
