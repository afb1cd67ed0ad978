/**
 * "Today" for the offers' closing dates is the calendar date in Paris, whatever the server's own
 * time zone: an offer closing on the 31st takes applications until midnight in Paris.
 */
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/knowledge/open-status.js';

/** The Paris date as the system's time-zone database tells it. */
const paris = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const parisByIntl = (at: Date) => paris.format(at);

describe('the calendar date in Paris', () => {
  it('turns at midnight in Paris: 23:30 UTC is already the next day, in winter and in summer', () => {
    expect(calendarDate(new Date('2027-01-14T22:59:00Z'))).toBe('2027-01-14');
    expect(calendarDate(new Date('2027-01-14T23:00:00Z'))).toBe('2027-01-15');
    expect(calendarDate(new Date('2027-07-14T21:59:00Z'))).toBe('2027-07-14');
    expect(calendarDate(new Date('2027-07-14T22:00:00Z'))).toBe('2027-07-15');
    expect(calendarDate(new Date('2027-12-31T23:30:00Z'))).toBe('2028-01-01');
  });

  it('agrees with the time-zone database every half hour around each change of clocks, 1996–2040', () => {
    const disagreements: string[] = [];
    for (let year = 1996; year <= 2040; year++) {
      for (const month of [2, 9]) {
        for (let day = 20; day <= 31; day++) {
          for (let half = 0; half < 48; half++) {
            const at = new Date(Date.UTC(year, month, day, 0, half * 30));
            if (calendarDate(at) !== parisByIntl(at)) disagreements.push(at.toISOString());
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('agrees with it every hour of a whole year', () => {
    const start = Date.UTC(2026, 0, 1);
    const disagreements: string[] = [];
    for (let hour = 0; hour < 366 * 24; hour++) {
      const at = new Date(start + hour * 3_600_000);
      if (calendarDate(at) !== parisByIntl(at)) disagreements.push(at.toISOString());
    }
    expect(disagreements).toEqual([]);
  });

  it('reads other time zones too', () => {
    expect(calendarDate(new Date('2027-01-14T23:30:00Z'), 'America/Cayenne')).toBe('2027-01-14');
    expect(calendarDate(new Date('2027-01-14T11:30:00Z'), 'Pacific/Noumea')).toBe('2027-01-14');
    expect(calendarDate(new Date('2027-01-14T13:30:00Z'), 'Pacific/Noumea')).toBe('2027-01-15');
  });
});
