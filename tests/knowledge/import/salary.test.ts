/**
 * Salaries read from sentences: kept only when amounts, net or gross, and the period leave no
 * doubt; otherwise the reason, for the import report.
 */
import { describe, expect, it } from 'vitest';
import { parseSalary } from '../../../src/knowledge/import/salary.js';

describe('parseSalary', () => {
  it('makes experience bands from "jusqu’à 5 ans … au-delà"', () => {
    const result = parseSalary('3 000 € nets par mois jusqu’à 5 ans d’expérience, 3 500 € nets par mois au-delà.', 'fr');
    expect(result).toEqual({
      salary: {
        basis: 'net',
        period: 'month',
        currency: 'EUR',
        bands: [
          { up_to_years: 5, amount: 3000, label: "jusqu'à 5 ans d'expérience" },
          { beyond_years: 5, amount: 3500, label: "plus de 5 ans d'expérience" },
        ],
        text: '3 000 € nets par mois jusqu’à 5 ans d’expérience, 3 500 € nets par mois au-delà.',
      },
    });
  });

  it('reads "3000 euros nets", "45 k€ brut annuel", ranges and English amounts', () => {
    expect(parseSalary('Le salaire est de 3000 euros nets.', 'fr')).toMatchObject({ salary: { basis: 'net', bands: [{ amount: 3000 }] } });
    expect(parseSalary('45 k€ brut annuel', 'fr')).toMatchObject({ salary: { basis: 'gross', period: 'year', bands: [{ amount: 45000 }] } });
    expect(parseSalary('entre 3 000 et 3 500 € nets par mois', 'fr')).toMatchObject({ salary: { bands: [{ min: 3000, max: 3500 }] } });
    expect(parseSalary('Salaire : 45-55k€ brut', 'fr')).toMatchObject({ salary: { basis: 'gross', period: 'year', bands: [{ min: 45000, max: 55000 }] } });
    expect(parseSalary('30 000 – 70 000 € brut selon expérience', 'fr')).toMatchObject({ salary: { period: 'year', bands: [{ min: 30000, max: 70000 }] } });
    expect(parseSalary('€45,000 gross per year', 'en')).toMatchObject({ salary: { basis: 'gross', period: 'year', bands: [{ amount: 45000 }] } });
    expect(parseSalary('up to 5 years: €3,000 net per month; more than 5 years: €3,500 net per month', 'en')).toMatchObject({
      salary: { bands: [{ up_to_years: 5, amount: 3000, label: 'up to 5 years of experience' }, { beyond_years: 5, amount: 3500 }] },
    });
  });

  it('reads daily rates as the page states them: ranges, a maximum, before tax or not', () => {
    expect(parseSalary('TJM : entre 450 et 700 €', 'fr')).toMatchObject({ salary: { period: 'day', bands: [{ min: 450, max: 700 }] } });
    expect(parseSalary('TJM : entre 450 et 700 €', 'fr')).not.toHaveProperty('salary.basis');
    expect(parseSalary('600 € HT par jour', 'fr')).toMatchObject({ salary: { period: 'day', basis: 'excl_tax', bands: [{ amount: 600 }] } });
    expect(parseSalary('Entre 400 € et 600 € par jour suivant le profil.', 'fr')).toMatchObject({ salary: { period: 'day', bands: [{ min: 400, max: 600 }] } });
    expect(parseSalary('taux journalier entre 250 à 450 euros HT', 'fr')).toMatchObject({ salary: { period: 'day', basis: 'excl_tax', bands: [{ min: 250, max: 450 }] } });
    expect(parseSalary('TJM : max 600 euros HT/jour', 'fr')).toMatchObject({ salary: { period: 'day', bands: [{ max: 600 }] } });
    expect(parseSalary('TJM à discuter selon profil', 'fr')).toEqual({ reason: 'no-amount' });
  });

  it('keeps a range whose basis is not written, without inventing one', () => {
    const result = parseSalary('Salaire : entre 40K€ et 60K€ selon le profil', 'fr');
    expect(result).toMatchObject({ salary: { period: 'year', bands: [{ min: 40000, max: 60000 }] } });
    expect(result).not.toHaveProperty('salary.basis');
    expect(parseSalary('3 500 € bruts mensuels', 'fr')).toMatchObject({ salary: { basis: 'gross', period: 'month', bands: [{ amount: 3500 }] } });
  });

  it('never guesses a month: an amount whose period is not written keeps none', () => {
    expect(parseSalary('Le salaire est de 3000 euros nets.', 'fr')).not.toHaveProperty('salary.period');
    expect(parseSalary('entre 2 800 et 3 400 € bruts selon profil', 'fr')).not.toHaveProperty('salary.period');
    expect(parseSalary('8 000 à 20 000 € nets', 'fr')).toMatchObject({ salary: { basis: 'net', bands: [{ min: 8000, max: 20000 }] } });
    expect(parseSalary('8 000 à 20 000 € nets', 'fr')).not.toHaveProperty('salary.period');
  });

  it('keeps nothing when the sentence does not say enough, and says why', () => {
    expect(parseSalary('Rémunération selon profil', 'fr')).toEqual({ reason: 'no-amount' });
    expect(parseSalary('3000 € nets ou 3800 € nets selon le poste', 'fr')).toEqual({ reason: 'ambiguous' });
  });
});
