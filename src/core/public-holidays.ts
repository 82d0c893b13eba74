/**
 * Public holidays of a country, for channels that chose one (`/lp holidays country DE`).
 *
 * Why `date-holidays`: it is the most widely used and actively maintained holiday calendar on npm (200+ countries,
 * regular releases as countries add or move holidays), its rules are data rather than code we would have to keep up,
 * and it computes movable feasts (Easter, lunar calendars) and substitute days itself. Keeping a country calendar
 * correct is its job, not ours: we only read days of type 'public' (no bank, school, optional or observance days).
 *
 * Building a country's calendar and computing a year is slow (tens of ms), so each country's instance and each
 * year's dates are cached for the life of the process.
 */
import { createRequire } from 'node:module';
import type HolidaysClass from 'date-holidays';
import { addDays } from './schedule.js';

/**
 * Loaded on first use: the library and its data for every country cost about 20 MB and 0.2 s, which a team without a
 * country calendar should not pay at start-up (its CommonJS build loads synchronously, as the scheduler's checks are).
 */
let holidaysClass: typeof HolidaysClass | undefined;
function holidaysLibrary(): typeof HolidaysClass {
  holidaysClass ??= createRequire(import.meta.url)('date-holidays') as typeof HolidaysClass;
  return holidaysClass;
}

export interface PublicHoliday {
  /** 'YYYY-MM-DD'. */
  date: string;
  name: string;
}

let countryNames: ReadonlyMap<string, string> | undefined;

/** Every country code the library knows (upper case), with its English name where it has one. */
export function knownCountries(): ReadonlyMap<string, string> {
  if (countryNames === undefined) {
    const names = new (holidaysLibrary())().getCountries('en') as Record<string, string>;
    countryNames = new Map(Object.entries(names).map(([code, name]) => [code.toUpperCase(), name]));
  }
  return countryNames;
}

/** The canonical (upper-case) code when the library knows the country, else undefined. */
export function canonicalCountry(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  return knownCountries().has(upper) ? upper : undefined;
}

export function countryName(code: string): string {
  return knownCountries().get(code.toUpperCase()) ?? code;
}

const calendars = new Map<string, HolidaysClass>();
/** Per country and year: date -> holiday name. */
const years = new Map<string, ReadonlyMap<string, string>>();

function yearOf(country: string, year: number): ReadonlyMap<string, string> {
  const key = `${country}:${year}`;
  let days = years.get(key);
  if (days !== undefined) return days;
  let calendar = calendars.get(country);
  if (calendar === undefined) {
    calendar = new (holidaysLibrary())(country, { languages: ['en'] });
    calendars.set(country, calendar);
  }
  const found = new Map<string, string>();
  for (const holiday of calendar.getHolidays(year) || []) {
    if (holiday.type !== 'public') continue;
    const first = holiday.date.slice(0, 10);
    // A holiday of several days (rare) covers each of them.
    const span = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
    for (let i = 0; i < span; i++) {
      const date = addDays(first, i);
      if (!found.has(date)) found.set(date, holiday.name);
    }
  }
  days = found;
  years.set(key, days);
  return days;
}

/** The public holiday on `localDate` ('YYYY-MM-DD') in `country`, or undefined. Unknown countries have none. */
export function publicHolidayOn(country: string, localDate: string): PublicHoliday | undefined {
  const code = canonicalCountry(country);
  if (code === undefined) return undefined;
  const name = yearOf(code, Number(localDate.slice(0, 4))).get(localDate);
  return name === undefined ? undefined : { date: localDate, name };
}

/** Public holidays in `country` from `from` to `to` inclusive ('YYYY-MM-DD'), in date order. */
export function publicHolidaysBetween(country: string, from: string, to: string): PublicHoliday[] {
  const code = canonicalCountry(country);
  if (code === undefined || to < from) return [];
  const result: PublicHoliday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const [date, name] of yearOf(code, year)) if (date >= from && date <= to) result.push({ date, name });
  }
  return result.sort((a, b) => a.date.localeCompare(b.date));
}
