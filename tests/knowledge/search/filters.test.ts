import { describe, expect, it } from 'vitest';
import { filterOffers, offerMatches, organisationId } from '../../../src/knowledge/search/index.js';
import { offer, offers } from './fixtures.js';

const ids = (filters: Parameters<typeof filterOffers>[1]) => filterOffers(offers, filters).map((o) => o.id);

describe('filterOffers', () => {
  it('leaves closed offers out unless asked', () => {
    expect(ids({})).not.toContain('dinum-gestionnaire-financier');
    expect(ids({ includeClosed: true })).toContain('dinum-gestionnaire-financier');
    expect(ids({})).toHaveLength(offers.length - 1);
  });

  it('treats an offer past its closing date as closed when told the date', () => {
    expect(ids({})).toContain('dinum-stage-design');
    expect(ids({ today: '2026-04-01' })).not.toContain('dinum-stage-design');
    expect(ids({ today: '2026-03-31' })).toContain('dinum-stage-design');
  });

  it('filters by organisation whatever the case or accents', () => {
    expect(ids({ organisation: 'PEReN' }).sort()).toEqual(['peren-front-en', 'peren-front-fr', 'peren-nlp-en', 'peren-vision']);
    expect(organisationId('Beta Gouv')).toBe('beta-gouv');
    expect(ids({ organisation: 'Beta Gouv' })).toEqual(['beta-developpeurs']);
  });

  it('filters by place, by the words of the place', () => {
    expect(ids({ locations: ['lyon'] })).toEqual(['dinum-recherche-utilisateur']);
    expect(ids({ locations: ['Saint-Jacques'] })).toEqual(['dinum-hypervision']);
    expect(ids({ locations: ['saint jacques de la lande', 'LYON'] }).sort()).toEqual(['dinum-hypervision', 'dinum-recherche-utilisateur']);
    const paris7 = offer({ id: 'p7', title: 'x', organisation: 'dinum', body: 'x', locations: ['Paris (7e)'] });
    expect(offerMatches(paris7, { locations: ['Paris'] })).toBe(true);
    expect(offerMatches(paris7, { locations: ['Marseille'] })).toBe(false);
  });

  it('filters by category, contract and remote work; unknown values never match', () => {
    expect(ids({ categories: ['A+'] })).toEqual(['dinum-chef-datalab']);
    expect(ids({ categories: ['B'], includeClosed: true })).toEqual(['dinum-gestionnaire-financier']);
    expect(ids({ contracts: ['stage'] })).toEqual(['dinum-stage-design']);
    expect(ids({ contracts: ['fonctionnaire'] })).toEqual(['dinum-hypervision']);
    expect(ids({ remote: false })).toEqual(['dinum-hypervision']);
    const remote = ids({ remote: true });
    expect(remote).toEqual(expect.arrayContaining(['dinum-data-scientist', 'dinum-recherche-utilisateur', 'beta-developpeurs']));
    expect(remote).not.toContain('peren-vision');
    const noContract = offer({ id: 'n', title: 'x', organisation: 'dinum', body: 'x', contract: null, category: null });
    expect(offerMatches(noContract, { contracts: ['CDD'] })).toBe(false);
    expect(offerMatches(noContract, { categories: ['A'] })).toBe(false);
  });

  it('filters by closing date, on or before the day given', () => {
    expect(ids({ closesBefore: '2026-03-31' })).toEqual(['dinum-stage-design']);
    expect(ids({ closesBefore: '2026-03-30' })).toEqual([]);
  });

  it('combines conditions with AND and lists with OR', () => {
    expect(ids({ organisation: 'peren', contracts: ['CDD', 'CDI'], locations: ['Paris'] }).sort()).toEqual([
      'peren-front-en',
      'peren-front-fr',
      'peren-nlp-en',
      'peren-vision',
    ]);
    expect(ids({ organisation: 'peren', locations: ['Lyon'] })).toEqual([]);
  });
});
