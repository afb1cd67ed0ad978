/**
 * The website over HTTP (no browser): what each page says in each language, the offers it
 * lists, the security headers, and the assets it serves.
 */
import fs from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupOffers, renderOffers } from '../../src/web/offers.js';
import { EMPTY_STYLE_HASH } from '../../src/web/security.js';
import { pageStrings } from '../../src/web/strings.js';
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
    // One offer has a closing date; three were given no date by HR: listed, but not called open.
    expect(text).toContain('4 offres (une ouverte, 3 annoncées sans date)');
    expect(text.split('Annoncée sans date : vérifiez sur l’annonce qu’elle est toujours ouverte').length - 1).toBe(3);
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

  it('shows no place line on the card of an offer that names no place', async () => {
    const [first] = TEST_OFFERS;
    const groups = groupOffers([{ ...first!, locations: [] }], 'fr', () => 'DINUM');
    const page = String(renderOffers(groups, pageStrings('fr')));
    expect(page).toContain('Data scientist');
    expect(page).not.toContain('fr-icon-map-pin-2-line');
    expect(page).toContain('1 offre ouverte');
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
      expect(text).toContain('4 positions (1 open, 3 listed without a date)');
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

describe('the chat page', () => {
  it('can be framed by any site and speaks the language asked for', async () => {
    const fr = await get('/chat?embed=1');
    expect(directive(fr.headers.get('content-security-policy') ?? '', 'frame-ancestors')).toBe('frame-ancestors *');
    expect(fr.headers.get('x-frame-options')).toBeNull();
    expect(fr.text).toMatch(/<html lang="fr"/);
    expect(fr.text).toMatch(/data-embedded="true"/);
    const en = await get('/chat?embed=1&lang=en');
    expect(en.text).toMatch(/<html lang="en"/);
    expect(en.text).toMatch(/data-locale="en-US"/);
  });

  it('shows the service’s DSFR header and footer when opened alone, and stays compact in any frame', async () => {
    const alone = await get('/chat');
    expect(alone.text).toContain('<header role="banner" class="fr-header">');
    expect(alone.text).toContain('République<br>Française');
    expect(alone.text).toContain('<p class="fr-header__service-title">Tremplin</p>');
    expect(alone.text).toMatch(/<footer class="fr-footer"/);
    expect(alone.text).toMatch(/data-embedded="false"/);
    expect(alone.headers.get('vary')).toMatch(/Sec-Fetch-Dest/i);
    for (const framed of [await get('/chat?embed=1'), await get('/chat', { 'Sec-Fetch-Dest': 'iframe' })]) {
      expect(framed.text).not.toContain('fr-header');
      expect(framed.text).toMatch(/data-embedded="true"/);
    }
  });
});

describe('the pages a public site must have', () => {
  it('answers the Teams manifest’s privacy and terms addresses', async () => {
    const manifest = JSON.parse(fs.readFileSync('manifest/manifest.json', 'utf8')) as { developer: { privacyUrl: string; termsOfUseUrl: string } };
    for (const address of [manifest.developer.privacyUrl, manifest.developer.termsOfUseUrl]) {
      const page = await get(address.replace('{{PUBLIC_URL}}', ''));
      expect(page.status, address).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
    }
  });

  it('says in French and English what is kept and for how long, from the figures the code uses', async () => {
    const fr = await get('/donnees-personnelles');
    expect(fr.text).toContain('Effacés 1 heure après le dernier message');
    expect(fr.text).toContain('Oublié 1 heure après sa dernière utilisation');
    expect(fr.text).toContain('Valable 30 minutes');
    expect(fr.text).toContain('Jamais conservée en clair');
    expect(fr.text).toContain('aucun cookie');
    const en = await get('/en/personal-data');
    expect(en.text).toMatch(/<html lang="en"/);
    expect(en.text).toContain('Deleted 1 hour after the last message');
    expect(en.text).toContain('sets no cookie');
    // Each page links to its other language.
    expect(fr.text).toContain('href="/en/personal-data"');
    expect(en.text).toContain('href="/donnees-personnelles"');
  });

  it('gives who publishes the site when configured, and says so plainly when not', async () => {
    expect((await get('/mentions-legales')).text).toContain('non renseigné par l’exploitant de ce site');
    const configured = await startTestServer({ env: { LEGAL_PUBLISHER: 'Direction <b>test</b>', PRIVACY_CONTACT: 'dpd@example.gouv.fr' } });
    try {
      const notice = await (await fetch(`${configured.url}/mentions-legales`)).text();
      expect(notice).toContain('Direction &lt;b&gt;test&lt;/b&gt;');
      const data = await (await fetch(`${configured.url}/donnees-personnelles`)).text();
      expect(data).toContain('<a href="mailto:dpd@example.gouv.fr">dpd@example.gouv.fr</a>');
    } finally {
      await configured.close();
    }
  });
});

describe('errors', () => {
  it('answers unknown pages with the DSFR 404 page in the visitor’s language, and JSON routes with JSON', async () => {
    const fr = await get('/pas-de-page-ici');
    expect(fr.status).toBe(404);
    expect(fr.text).toMatch(/<html lang="fr"/);
    expect(fr.text).toContain('<h1>Page non trouvée</h1>');
    expect(fr.headers.get('cache-control')).toBe('no-store');
    expect(fr.headers.get('content-security-policy')).toBeTruthy();
    const en = await get('/pas-de-page-ici', { 'Accept-Language': 'en-GB,en;q=0.9,fr;q=0.5' });
    expect(en.text).toContain('<h1>Page not found</h1>');
    expect((await get('/en/nothing')).text).toMatch(/<html lang="en"/);
    const api = await get('/api/nothing');
    expect(api.status).toBe(404);
    expect(JSON.parse(api.text)).toMatchObject({ error: { code: 'NotFound' } });
    // What the visitor typed is never written back into the page.
    const tricked = await get('/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(tricked.status).toBe(404);
    expect(tricked.text).not.toMatch(/<script>alert|alert\(1\)/);
  });

  it('answers a failure with the DSFR 500 page, telling nothing of the server', async () => {
    const failing = await startTestServer({ failOn: '/boom' });
    try {
      const res = await fetch(`${failing.url}/boom`, { headers: { 'Accept-Language': 'fr' } });
      const text = await res.text();
      expect(res.status).toBe(500);
      expect(text).toContain('<h1>Erreur inattendue</h1>');
      expect(text).not.toMatch(/boom failure|\/src\/|at .*\.ts/);
      const api = await fetch(`${failing.url}/boom`, { headers: { Accept: 'application/json' } });
      expect(api.status).toBe(500);
      expect(await api.json()).toMatchObject({ error: { code: 'ServiceError' } });
    } finally {
      await failing.close();
    }
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
