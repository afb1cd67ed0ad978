import { describe, expect, it } from 'vitest';
import { formatDate, parseDuration, parseImportDate, subtractDuration } from '../../src/applications/dates.js';

describe('import dates', () => {
  it.each([
    ['2024-03-01T10:00:00Z', '2024-03-01T10:00:00.000Z'],
    ['2024-03-01T10:00:00.250+02:00', '2024-03-01T08:00:00.250Z'],
    ['2024-03-01 10:00:00 +0100', '2024-03-01T09:00:00.000Z'],
    ['2024-03-01', '2024-02-29T23:00:00.000Z'],
    ['2024-07-01 10:00', '2024-07-01T08:00:00.000Z'],
    ['01/03/2024', '2024-02-29T23:00:00.000Z'],
    ['1/7/2024 10h30', '2024-07-01T08:30:00.000Z'],
  ])('reads %s (Paris time when no zone is given)', (text, iso) => {
    expect(parseImportDate(text)?.toISOString()).toBe(iso);
  });

  it('refuses what is not a date', () => {
    for (const text of ['', 'hier', '2024-13-01', '2023-02-29', '31/04/2024', '2024-03-01T25:00', '03-01-2024', '2024-03-01T10:00+15:00']) {
      expect(parseImportDate(text), text).toBeUndefined();
    }
  });

  it('shows dates in Paris time, French style', () => {
    expect(formatDate(new Date('2024-07-01T08:30:00Z'))).toBe('01/07/2024 10:30');
    expect(formatDate(new Date('2024-12-31T23:30:00Z'))).toBe('01/01/2025 00:30');
  });
});

describe('purge durations', () => {
  const now = new Date('2025-03-31T12:00:00Z');
  it.each([
    ['365d', '2024-03-31T12:00:00.000Z'],
    ['365j', '2024-03-31T12:00:00.000Z'],
    ['2w', '2025-03-17T12:00:00.000Z'],
    ['1m', '2025-02-28T12:00:00.000Z'],
    ['13m', '2024-02-29T12:00:00.000Z'],
    ['12m', '2024-03-31T12:00:00.000Z'],
    ['1y', '2024-03-31T12:00:00.000Z'],
    ['2a', '2023-03-31T12:00:00.000Z'],
  ])('%s before 31 March 2025', (text, iso) => {
    expect(subtractDuration(now, parseDuration(text)!).toISOString()).toBe(iso);
  });

  it('refuses unknown units, missing numbers and zero', () => {
    for (const text of ['365', 'd', '10x', '0d', '-5d', '1.5y', '']) expect(parseDuration(text), text).toBeUndefined();
  });
});
