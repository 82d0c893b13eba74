import { describe, expect, it } from 'vitest';
import { canonicalCountry, countryName, knownCountries, publicHolidayOn, publicHolidaysBetween } from '../../src/core/public-holidays.js';

describe('public-holiday calendar (date-holidays)', () => {
  it('knows the usual country codes, any case', () => {
    expect(knownCountries().size).toBeGreaterThan(100);
    expect(canonicalCountry('de')).toBe('DE');
    expect(canonicalCountry(' us ')).toBe('US');
    expect(canonicalCountry('XQ')).toBeUndefined();
    expect(countryName('GB')).toMatch(/United Kingdom/);
  });

  it('has public holidays with English names, including movable and substitute days', () => {
    expect(publicHolidayOn('DE', '2026-10-03')).toMatchObject({ date: '2026-10-03' });
    expect(publicHolidayOn('DE', '2026-04-03')?.name).toBe('Good Friday'); // Easter moves every year
    expect(publicHolidayOn('US', '2026-11-26')?.name).toBe('Thanksgiving Day');
    expect(publicHolidayOn('GB', '2026-12-28')?.name).toMatch(/substitute/);
    expect(publicHolidayOn('DE', '2026-10-05')).toBeUndefined();
  });

  it('leaves out days that are not public holidays (observances such as Mother\'s Day)', () => {
    expect(publicHolidayOn('GB', '2026-03-15')).toBeUndefined();
    expect(publicHolidayOn('US', '2026-02-14')).toBeUndefined();
  });

  it('lists holidays across a year boundary in date order', () => {
    const dates = publicHolidaysBetween('DE', '2026-12-20', '2027-01-10').map((h) => h.date);
    expect(dates).toEqual(['2026-12-25', '2026-12-26', '2027-01-01']);
  });

  it('an unknown country has no holidays', () => {
    expect(publicHolidayOn('XQ', '2026-12-25')).toBeUndefined();
    expect(publicHolidaysBetween('XQ', '2026-01-01', '2026-12-31')).toEqual([]);
  });
});
