/**
 * Numbers and counts as answers write them, in French and in English: the same as the
 * languages' own rules (CLDR, through `Intl`), whether or not the number is small.
 */
import { describe, expect, it } from 'vitest';
import { count, form, number } from '../../src/answers/format.js';

const OFFER = { fr: { one: 'offre', other: 'offres' }, en: { one: 'offer', other: 'offers' } };
const values = [0, 1, 2, 7, 10, 99, 100, 999, 1000, 1234, 3000, 30_000, 1_000_000, 0.5, 1.5, 2.25, 12.345, 999.5];

describe('numbers in answers', () => {
  it('groups thousands as each language does, and writes small whole numbers as they are', () => {
    expect(number(3000, 'fr')).toBe('3\u202f000');
    expect(number(3000, 'en')).toBe('3,000');
    expect(number(42, 'fr')).toBe('42');
    expect(number(12.5, 'fr')).toBe('12,5');
  });

  it('counts: 0 and 1 are singular in French, 1 alone in English', () => {
    expect(count(0, 'fr', OFFER.fr)).toBe('0 offre');
    expect(count(1, 'fr', OFFER.fr)).toBe('1 offre');
    expect(count(2, 'fr', OFFER.fr)).toBe('2 offres');
    expect(count(0, 'en', OFFER.en)).toBe('0 offers');
    expect(count(1, 'en', OFFER.en)).toBe('1 offer');
    expect(count(30_000, 'en', OFFER.en)).toBe('30,000 offers');
  });

  it("agrees with the languages' rules for every number written", () => {
    for (const lang of ['fr', 'en'] as const) {
      const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
      const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      const plural = new Intl.PluralRules(locale);
      for (const n of [...values, ...Array.from({ length: 1100 }, (_, i) => i)]) {
        expect(number(n, lang)).toBe(format.format(n));
        expect(form(n, lang, OFFER[lang])).toBe(plural.select(n) === 'one' ? OFFER[lang].one : OFFER[lang].other);
      }
    }
  });
});
