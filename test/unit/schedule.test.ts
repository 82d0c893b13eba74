import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  describeDays,
  describeNextRun,
  formatDays,
  isValidTimeZone,
  localDateOf,
  nextRun,
  parseDays,
  parsePromptTime,
  weekdayOf,
  zonedInstant,
  type Schedule,
} from '../../src/core/schedule.js';

const utc = (iso: string) => new Date(iso);

describe('parseDays', () => {
  it.each([
    ['', 'mon,tue,wed,thu,fri'],
    ['mon-fri', 'mon,tue,wed,thu,fri'],
    ['MON-FRI', 'mon,tue,wed,thu,fri'],
    ['Monday - Friday', 'mon,tue,wed,thu,fri'],
    ['daily', 'mon,tue,wed,thu,fri,sat,sun'],
    ['tue-thu', 'tue,wed,thu'],
    ['fri-mon', 'mon,fri,sat,sun'],
    ['mon,wed,fri', 'mon,wed,fri'],
    ['Fri, Mon, wed', 'mon,wed,fri'],
    ['mon wed', 'mon,wed'],
    ['mon-wed,fri', 'mon,tue,wed,fri'],
    ['Tuesday,thursday', 'tue,thu'],
    ['sun', 'sun'],
    ['weekends', 'sat,sun'],
  ])('%j -> %s', (input, expected) => {
    const parsed = parseDays(input);
    expect(parsed.ok && formatDays(parsed.value)).toBe(expected);
  });

  it('round-trips its stored form', () => {
    const parsed = parseDays('mon,tue,wed,thu,fri');
    expect(parsed).toEqual({ ok: true, value: ['mon', 'tue', 'wed', 'thu', 'fri'] });
  });

  it.each(['funday', 'mon-xyz', 'mon-wed-fri', ',', '9:30'])('rejects %j with a message that shows good values', (input) => {
    const parsed = parseDays(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/mon-fri.*daily.*tue-thu.*mon,wed,fri/);
  });

  it('describes days for people', () => {
    expect(describeDays(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('Mon-Fri');
    expect(describeDays(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).toBe('every day');
    expect(describeDays(['mon', 'wed', 'fri'])).toBe('Mon, Wed, Fri');
    expect(describeDays(['tue', 'wed', 'thu'])).toBe('Tue-Thu');
  });
});

describe('parsePromptTime', () => {
  it('normalises to HH:MM', () => {
    expect(parsePromptTime('09:30')).toEqual({ ok: true, value: '09:30' });
    expect(parsePromptTime('9:05')).toEqual({ ok: true, value: '09:05' });
    expect(parsePromptTime(' 23:59 ')).toEqual({ ok: true, value: '23:59' });
    expect(parsePromptTime('00:00')).toEqual({ ok: true, value: '00:00' });
  });

  it.each(['24:00', '12:60', '930', '9.30', 'noon', '', '09:30pm'])('rejects %j', (input) => {
    const parsed = parsePromptTime(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain('HH:MM');
  });
});

describe('time zones', () => {
  it('accepts IANA names and rejects others', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('Berlin')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('canonicalises the spelling', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('nowhere/at_all')).toBeUndefined();
  });
});

describe('localDateOf and weekdayOf', () => {
  it('gives the calendar date in the zone, not in UTC', () => {
    // 23:30 UTC on Sunday 1 March is already Monday in Berlin and still Sunday afternoon in New York.
    const instant = utc('2026-03-01T23:30:00Z');
    expect(localDateOf(instant, 'Europe/Berlin')).toBe('2026-03-02');
    expect(localDateOf(instant, 'America/New_York')).toBe('2026-03-01');
    expect(localDateOf(instant, 'UTC')).toBe('2026-03-01');
    expect(weekdayOf('2026-03-02')).toBe('mon');
    expect(weekdayOf('2026-03-01')).toBe('sun');
  });
});

describe('zonedInstant', () => {
  it('converts a local time in summer and in winter', () => {
    expect(zonedInstant('2026-01-15', '09:30', 'Europe/Berlin').toISOString()).toBe('2026-01-15T08:30:00.000Z');
    expect(zonedInstant('2026-07-15', '09:30', 'Europe/Berlin').toISOString()).toBe('2026-07-15T07:30:00.000Z');
    expect(zonedInstant('2026-07-15', '09:30', 'UTC').toISOString()).toBe('2026-07-15T09:30:00.000Z');
    expect(zonedInstant('2026-07-15', '09:30', 'Asia/Kolkata').toISOString()).toBe('2026-07-15T04:00:00.000Z');
  });

  it('keeps 09:30 local on the days clocks change (Berlin 29 Mar and 25 Oct 2026)', () => {
    expect(zonedInstant('2026-03-28', '09:30', 'Europe/Berlin').toISOString()).toBe('2026-03-28T08:30:00.000Z');
    expect(zonedInstant('2026-03-29', '09:30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T07:30:00.000Z');
    expect(zonedInstant('2026-10-25', '09:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T08:30:00.000Z');
  });

  it('moves a time skipped by spring-forward forward by the gap (New York, 8 Mar 2026, 02:00 -> 03:00)', () => {
    const instant = zonedInstant('2026-03-08', '02:30', 'America/New_York');
    expect(instant.toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(instant.toLocaleTimeString('en-GB', { timeZone: 'America/New_York' })).toBe('03:30:00');
  });

  it('takes the first of a repeated fall-back time (New York, 1 Nov 2026, 01:30 happens twice)', () => {
    expect(zonedInstant('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(zonedInstant('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('nextRun', () => {
  const berlin: Schedule = { promptTime: '09:30', timezone: 'Europe/Berlin', days: ['mon', 'tue', 'wed', 'thu', 'fri'] };

  it('is later today when the time has not come yet, otherwise the next prompt day', () => {
    expect(nextRun(berlin, utc('2026-03-02T07:00:00Z')).toISOString()).toBe('2026-03-02T08:30:00.000Z');
    expect(nextRun(berlin, utc('2026-03-02T08:30:00Z')).toISOString()).toBe('2026-03-03T08:30:00.000Z');
    // Friday after the prompt: next is Monday.
    expect(nextRun(berlin, utc('2026-03-06T12:00:00Z')).toISOString()).toBe('2026-03-09T08:30:00.000Z');
  });

  it('uses the local day near midnight, not the UTC day', () => {
    const tokyo: Schedule = { promptTime: '08:00', timezone: 'Asia/Tokyo', days: ['mon'] };
    // Sunday 23:30 UTC is Monday 08:30 in Tokyo: Monday's prompt has passed, next Monday it is.
    expect(nextRun(tokyo, utc('2026-03-01T22:30:00Z')).toISOString()).toBe('2026-03-01T23:00:00.000Z');
    expect(nextRun(tokyo, utc('2026-03-01T23:30:00Z')).toISOString()).toBe('2026-03-08T23:00:00.000Z');
    const la: Schedule = { promptTime: '23:45', timezone: 'America/Los_Angeles', days: ['fri'] };
    // Saturday 06:00 UTC is still Friday 22:00 in Los Angeles.
    expect(nextRun(la, utc('2026-03-07T06:00:00Z')).toISOString()).toBe('2026-03-07T07:45:00.000Z');
  });

  it('crosses a DST change keeping the local time', () => {
    // Friday 27 March, after the prompt: next is Monday 30 March, now in summer time (UTC+2).
    expect(nextRun(berlin, utc('2026-03-27T10:00:00Z')).toISOString()).toBe('2026-03-30T07:30:00.000Z');
  });

  it('passes over a skipped date and a date whose slot is taken', () => {
    const now = utc('2026-03-02T07:00:00Z');
    expect(nextRun(berlin, now, { skipDate: '2026-03-02' }).toISOString()).toBe('2026-03-03T08:30:00.000Z');
    expect(nextRun(berlin, now, { skipDate: '2026-03-03', takenDate: '2026-03-02' }).toISOString()).toBe('2026-03-04T08:30:00.000Z');
    const mondays: Schedule = { ...berlin, days: ['mon'] };
    expect(nextRun(mondays, utc('2026-03-02T12:00:00Z'), { skipDate: '2026-03-09' }).toISOString()).toBe('2026-03-16T08:30:00.000Z');
  });
});

describe('describeNextRun', () => {
  it('shows the local day, date, time and zone, and how far away it is', () => {
    const at = utc('2026-03-02T08:30:00Z');
    expect(describeNextRun(at, 'Europe/Berlin', utc('2026-03-02T05:30:00Z'))).toBe('Mon 2 Mar, 09:30 Europe/Berlin (in 3 h)');
    expect(describeNextRun(at, 'Europe/Berlin', utc('2026-03-02T08:10:00Z'))).toBe('Mon 2 Mar, 09:30 Europe/Berlin (in 20 min)');
    expect(describeNextRun(at, 'America/New_York', utc('2026-02-27T08:30:00Z'))).toBe('Mon 2 Mar, 03:30 America/New_York (in 3 days)');
  });
});
