/**
 * GET /api/offers through a real listening express server: what a recruiter's filters return,
 * paging, facets, the search-index hook, and the 400s that tell a caller what is wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOffersApi, type OffersResponse } from '../../src/teams/offers-api.js';
import { PLACE_NOT_STATED } from '../../src/teams/offers-query.js';
import { offer, OFFERS, ORGANISATIONS } from './fixtures.js';
import { bareApp, listen, type RunningServer } from './server.js';

let server: RunningServer;
/** The last query the fake search index received, to check `q` reaches it. */
const searched: string[] = [];

beforeAll(async () => {
  const app = bareApp();
  app.use(createOffersApi({ listOffers: () => OFFERS, listOrganisations: () => ORGANISATIONS }));
  // The same API with a search index plugged in, under another prefix.
  const ranked = bareApp();
  ranked.use(
    createOffersApi({
      listOffers: () => OFFERS,
      listOrganisations: () => ORGANISATIONS,
      searchOffers: (q) => {
        searched.push(q);
        // a ranking the plain word match would never produce: ML first, then data, then a closed one
        return ['peren-ingenieur-ml', 'dinum-data-scientist', 'peren-stage-juriste', 'unknown-id'];
      },
    }),
  );
  app.use('/ranked', ranked);
  server = await listen(app);
});

afterAll(async () => {
  await server?.close();
});

async function get(query: string, prefix = ''): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${prefix}/api/offers${query}`);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  return { status: response.status, body: await response.json() };
}

const ids = (body: OffersResponse) => body.offers.map((o) => o.id);

describe('GET /api/offers', () => {
  it('lists the open offers, soonest deadline first, with what the tab shows', async () => {
    const { status, body } = await get('');
    expect(status).toBe(200);
    expect(body.total).toBe(6);
    expect(ids(body)).toEqual([
      'dinum-chef-de-projet', // 2099-01-15
      'dinum-data-scientist', // 2099-03-31, then by title
      'dinum-data-scientist-en',
      'beta-developpeur', // 2099-06-30
      'beta-designer', // no deadline, then by title
      'peren-ingenieur-ml',
    ]);
    expect(body.offers[1]).toEqual({
      id: 'dinum-data-scientist',
      title: 'Data scientist',
      organisation: { id: 'dinum', name: 'DINUM' },
      locations: ['Paris'],
      category: 'A',
      contract: ['contractuel', 'fonctionnaire'],
      remote: { policy: 'partial', days_per_week: 2 },
      closes_on: '2099-03-31',
      url: 'https://example.gouv.fr/offres/dinum-data-scientist',
      apply: null,
      lang: 'fr',
      open: true,
    });
    // unknown facts stay unknown
    const designer = body.offers.find((o: { id: string }) => o.id === 'beta-designer');
    expect(designer).toMatchObject({ contract: null, remote: null, closes_on: null, url: null });
  });

  it('shows each translated offer once, in the language asked for', async () => {
    expect(ids((await get('?lang=en')).body)).toContain('dinum-data-scientist-en');
    expect(ids((await get('?lang=en')).body)).not.toContain('dinum-data-scientist');
    expect(ids((await get('?lang=fr')).body)).not.toContain('dinum-data-scientist-en');
    expect((await get('?lang=fr')).body.total).toBe(5);
  });

  it('filters by organisation, by id, name or alias, without case or accents', async () => {
    for (const name of ['peren', 'PEReN', "pole d'expertise de la regulation numerique"]) {
      expect(ids((await get(`?organisation=${encodeURIComponent(name)}`)).body)).toEqual(['peren-ingenieur-ml']);
    }
    expect(ids((await get('?organisation=peren&includeClosed=true')).body)).toEqual(['peren-ingenieur-ml', 'peren-stage-juriste']);
    expect((await get('?organisation=nobody')).body.total).toBe(0);
  });

  it('filters by place, matching a word of the location', async () => {
    expect(ids((await get('?location=paris&lang=fr')).body)).toEqual(['dinum-chef-de-projet', 'dinum-data-scientist', 'peren-ingenieur-ml']);
    expect(ids((await get('?location=Marseille')).body)).toEqual(['peren-ingenieur-ml']);
    expect((await get('?location=par')).body.total).toBe(0); // a word, not any substring
  });

  it('filters by remote work, leaving out offers that do not say', async () => {
    expect(ids((await get('?remote=true&lang=fr')).body)).toEqual(['dinum-data-scientist', 'beta-developpeur', 'peren-ingenieur-ml']);
    expect(ids((await get('?remote=false')).body)).toEqual(['dinum-chef-de-projet']);
  });

  it('filters by category and contract, written as people write them', async () => {
    expect(ids((await get('?category=a%2B')).body)).toEqual(['dinum-chef-de-projet']);
    expect(ids((await get(`?category=${encodeURIComponent('catégorie B')}`)).body)).toEqual(['beta-designer']);
    expect(ids((await get('?contract=cdd')).body)).toEqual(['peren-ingenieur-ml']);
    expect(ids((await get('?contract=independant')).body)).toEqual(['beta-developpeur']);
    expect(ids((await get('?contract=fonctionnaire&lang=fr')).body)).toEqual(['dinum-data-scientist']);
  });

  it('filters by deadline, on or before the day given', async () => {
    expect(ids((await get('?closesBefore=2099-03-31&lang=fr')).body)).toEqual(['dinum-chef-de-projet', 'dinum-data-scientist']);
    expect(ids((await get('?closesBefore=2099-03-30')).body)).toEqual(['dinum-chef-de-projet']);
  });

  it('combines filters and free text', async () => {
    expect(ids((await get('?q=data%20paris&lang=fr')).body)).toEqual(['dinum-data-scientist']);
    expect(ids((await get('?q=LYON&remote=true')).body)).toEqual(['beta-developpeur']);
    expect(ids((await get(`?q=${encodeURIComponent('ingénieur')}`)).body)).toEqual(['peren-ingenieur-ml']);
    expect(ids((await get('?q=beta')).body)).toEqual(['beta-developpeur', 'beta-designer']); // organisation name
    expect((await get('?q=astronaute')).body.total).toBe(0);
  });

  it('pages with limit and skip, total counting every match', async () => {
    const first = (await get('?limit=2')).body;
    const second = (await get('?limit=2&skip=2')).body;
    const last = (await get('?limit=2&skip=4')).body;
    expect(first.total).toBe(6);
    expect(second.total).toBe(6);
    expect([...ids(first), ...ids(second), ...ids(last)]).toEqual(ids((await get('')).body));
    expect(ids(last)).toHaveLength(2);
    expect((await get('?skip=10')).body).toMatchObject({ total: 6, offers: [] });
  });

  it('gives facets over every listed offer, whatever the filters', async () => {
    const { body } = await get('?organisation=dinum&lang=fr');
    expect(body.total).toBe(2);
    expect(body.facets.organisations).toEqual([
      { value: 'beta-gouv', label: 'beta.gouv.fr', count: 2 },
      { value: 'dinum', label: 'DINUM', count: 2 },
      { value: 'peren', label: 'PEReN', count: 1 },
    ]);
    expect(body.facets.categories.map((f: { value: string }) => f.value)).toEqual(['A+', 'A', 'B']);
    expect(body.facets.locations.map((f: { value: string }) => f.value)).toEqual(['Lyon', 'Marseille', 'Paris', 'Paris 7e']);
    expect(body.facets.contracts.map((f: { value: string }) => f.value)).toEqual(['CDD', 'contractuel', 'fonctionnaire', 'détachement', 'indépendant']);
    // closed offers add their values only when included
    const withClosed = (await get('?includeClosed=true&lang=fr')).body;
    expect(withClosed.facets.contracts.map((f: { value: string }) => f.value)).toContain('stage');
  });

  it('uses the search index when there is one: its order, its matches, filters still applied', async () => {
    const { body } = await get('?q=machine', '/ranked');
    expect(searched).toContain('machine');
    expect(ids(body)).toEqual(['peren-ingenieur-ml', 'dinum-data-scientist']); // closed and unknown ids dropped
    expect(ids((await get('?q=machine&includeClosed=true', '/ranked')).body)).toEqual([
      'peren-ingenieur-ml',
      'dinum-data-scientist',
      'peren-stage-juriste',
    ]);
    expect(ids((await get('?q=machine&organisation=dinum', '/ranked')).body)).toEqual(['dinum-data-scientist']);
  });

  it('answers 400 with one clear message per bad parameter', async () => {
    const { status, body } = await get('?remote=maybe&category=Z&limit=500&skip=-1&closesBefore=2026-02-30&contract=CDX&organization=dinum');
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_query');
    const byParam = Object.fromEntries(body.issues.map((i: { param: string; message: string }) => [i.param, i.message]));
    expect(byParam).toMatchObject({
      remote: 'expected true or false',
      category: 'expected one of: A+, A, B, C',
      limit: 'expected at most 200',
      skip: 'expected 0 or more',
      closesBefore: 'not a real calendar date',
    });
    expect(byParam.contract).toMatch(/^expected one of: CDD, CDI/);
    expect(byParam.organization).toMatch(/^unknown parameter \(known: q, organisation,/);
    expect(body.message).toMatch(/^teams: invalid offers query: /);

    expect((await get('?limit=abc')).body.issues).toEqual([{ param: 'limit', message: 'expected a whole number' }]);
    expect((await get('?limit=2.5')).status).toBe(400);
    expect((await get('?category=A&category=B')).body.issues).toEqual([{ param: 'category', message: 'expected a single text value' }]);
  });

  it('treats empty parameters as absent', async () => {
    const { status, body } = await get('?q=&organisation=&remote=&category=&limit=');
    expect(status).toBe(200);
    expect(body.total).toBe(6);
  });
});

describe('offers that state no place', () => {
  it('count as one "not stated" place, whatever words their files use, and can be filtered', async () => {
    const unstated = [
      offer({ id: 'peren-nlp', title: 'NLP data scientist', organisation: 'peren', locations: ['Non précisé'] }),
      offer({ id: 'peren-front-en', title: 'Front-end developer', organisation: 'peren', locations: ['Not stated'], lang: 'en' }),
      offer({ id: 'peren-vision-en', title: 'Computer vision', organisation: 'peren', locations: ['not stated'], lang: 'en' }),
    ];
    const app = bareApp();
    app.use(createOffersApi({ listOffers: () => [...OFFERS, ...unstated], listOrganisations: () => ORGANISATIONS }));
    const own = await listen(app);
    try {
      const body = (await (await fetch(`${own.url}/api/offers?lang=en`)).json()) as OffersResponse;
      expect(body.facets.locations.filter((f) => !['Lyon', 'Marseille', 'Paris', 'Paris 7e'].includes(f.value))).toEqual([{ value: PLACE_NOT_STATED, label: PLACE_NOT_STATED, count: 3 }]);
      expect(body.offers.find((o) => o.id === 'peren-nlp')!.locations).toEqual([]);
      const filtered = (await (await fetch(`${own.url}/api/offers?location=${PLACE_NOT_STATED}`)).json()) as OffersResponse;
      expect(filtered.offers.map((o) => o.id).sort()).toEqual(['peren-front-en', 'peren-nlp', 'peren-vision-en']);
    } finally {
      await own.close();
    }
  });
});
