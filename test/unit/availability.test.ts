import { describe, expect, it } from 'vitest';
import { countedPromptDays, holidayReason, parseDateRange, parseHolidaysArgs, parseSnooze } from '../../src/core/availability.js';
import { decideDue } from '../../src/core/due.js';
import { nextRun } from '../../src/core/schedule.js';
import { computeStreak } from '../../src/core/streak.js';
import { canonicalCountry } from '../../src/core/public-holidays.js';
import { AvailabilityStore } from '../../src/store/availability.js';
import { openDatabase } from '../../src/store/db.js';

const TODAY = '2026-12-01'; // a Tuesday

describe('parseSnooze', () => {
  it.each([
    ['2w', '2026-12-14'],
    ['1w', '2026-12-07'],
    ['10d', '2026-12-10'],
    ['3 days', '2026-12-03'],
    ['1 week', '2026-12-07'],
    ['1d', '2026-12-01'],
    ['2027-01-05', '2027-01-05'],
    ['until 2027-01-05', '2027-01-05'],
    ['Until 2026-12-01', '2026-12-01'],
  ])('%s snoozes until %s inclusive', (text, until) => {
    expect(parseSnooze(text, TODAY)).toEqual({ ok: true, value: { kind: 'until', until } });
  });

  it('reads nothing as "show" and off as the end', () => {
    expect(parseSnooze('', TODAY)).toEqual({ ok: true, value: { kind: 'show' } });
    expect(parseSnooze(' OFF ', TODAY)).toEqual({ ok: true, value: { kind: 'off' } });
  });

  it.each([
    ['2 fortnights', 'is not a unit I know'],
    ['0d', 'at least one day'],
    ['60w', 'at most 366 days'],
    ['2026-11-30', 'is in the past'],
    ['2026-02-30', 'is not a date'],
    ['2028-12-25', 'at most 366 days'],
    ['next tuesday', "couldn't read"],
  ])('refuses %s, naming what to type', (text, why) => {
    const parsed = parseSnooze(text, TODAY);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toContain(why);
    expect(parsed.error).toContain('`/lp snooze 2w`');
  });
});

describe('parseDateRange', () => {
  it('reads a date and ranges written with .. , "to" or a dash', () => {
    expect(parseDateRange('2026-12-24')).toEqual({ ok: true, value: { from: '2026-12-24', to: '2026-12-24' } });
    expect(parseDateRange('2026-12-24..2027-01-01')).toEqual({ ok: true, value: { from: '2026-12-24', to: '2027-01-01' } });
    expect(parseDateRange('2026-12-24 to 2027-01-01')).toEqual({ ok: true, value: { from: '2026-12-24', to: '2027-01-01' } });
    expect(parseDateRange('2026-12-24 - 2027-01-01')).toEqual({ ok: true, value: { from: '2026-12-24', to: '2027-01-01' } });
  });

  it.each([
    ['2027-01-01..2026-12-24', 'before it starts'],
    ['2026-01-01..2027-01-02', 'at most 366 days'],
    ['24/12/2026', 'write it as YYYY-MM-DD'],
    ['2026-12-32', 'write it as YYYY-MM-DD'],
    ['', 'Name a date or a range'],
  ])('refuses %s with what to type', (text, why) => {
    const parsed = parseDateRange(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toContain(why);
      expect(parsed.error).toContain('`/lp holidays add 2026-12-24..2027-01-01`');
    }
  });

  it('accepts a range of exactly 366 days', () => {
    expect(parseDateRange('2026-01-01..2027-01-01').ok).toBe(true);
  });
});

describe('parseHolidaysArgs', () => {
  const valid = (code: string) => {
    const known = canonicalCountry(code);
    return known === undefined ? { ok: false as const, error: 'unknown' } : { ok: true as const, value: known };
  };
  it('reads list, add, remove and country', () => {
    expect(parseHolidaysArgs('', valid)).toEqual({ ok: true, value: { kind: 'list' } });
    expect(parseHolidaysArgs('add 2026-12-24', valid)).toEqual({ ok: true, value: { kind: 'add', range: { from: '2026-12-24', to: '2026-12-24' } } });
    expect(parseHolidaysArgs('remove 2026-12-24..2026-12-26', valid)).toEqual({ ok: true, value: { kind: 'remove', range: { from: '2026-12-24', to: '2026-12-26' } } });
    expect(parseHolidaysArgs('country de', valid)).toEqual({ ok: true, value: { kind: 'country', code: 'DE' } });
    expect(parseHolidaysArgs('country off', valid)).toEqual({ ok: true, value: { kind: 'country', code: null } });
  });
  it('refuses an unknown word or country', () => {
    expect(parseHolidaysArgs('country XQ', valid)).toEqual({ ok: false, error: 'unknown' });
    const bad = parseHolidaysArgs('clear', valid);
    expect(bad.ok || bad.error).toContain('is not something `/lp holidays` does');
  });
});

describe('holidays and streaks', () => {
  it('a date is a holiday inside an explicit range, or on a public holiday of the channel country', () => {
    const calendar = { ranges: [{ from: '2026-12-24', to: '2027-01-01' }], country: 'DE' };
    const lookup = (country: string, date: string) => (country === 'DE' && date === '2026-10-03' ? { name: 'Tag der Deutschen Einheit' } : undefined);
    expect(holidayReason('2026-12-31', calendar, lookup)).toEqual({ kind: 'range', range: { from: '2026-12-24', to: '2027-01-01' } });
    expect(holidayReason('2026-10-03', calendar, lookup)).toMatchObject({ kind: 'public', country: 'DE' });
    expect(holidayReason('2027-01-02', calendar, lookup)).toBeUndefined();
    expect(holidayReason('2026-10-03', { ranges: [], country: null }, lookup)).toBeUndefined();
  });

  it('a holiday is not due and is not caught up the next day', () => {
    const schedule = { promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, paused: false, skipDate: null };
    const isHoliday = (date: string) => date === '2026-12-01';
    const at = (iso: string) => decideDue({ schedule: { ...schedule, days: [...schedule.days] }, now: new Date(iso), slotTaken: () => false, isHoliday });
    expect(at('2026-12-01T10:00:00Z').status).toBe('holiday');
    expect(at('2026-12-02T10:00:00Z')).toMatchObject({ status: 'due', localDate: '2026-12-02' });
    expect(at('2026-12-02T08:00:00Z').status).toBe('not-yet');
  });

  it('the next run skips holidays, even a long range', () => {
    const schedule = { promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] as ('mon' | 'tue' | 'wed' | 'thu' | 'fri')[] };
    const isHoliday = (date: string) => date >= '2026-12-01' && date <= '2027-01-04';
    expect(nextRun(schedule, new Date('2026-11-30T10:00:00Z'), { isHoliday }).toISOString()).toBe('2027-01-05T09:30:00.000Z');
  });

  it('a snoozed prompt day the person missed does not break the streak; one they answered still counts', () => {
    const promptDays = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'];
    const answered = new Set(['2026-11-30', '2026-12-02', '2026-12-03']);
    const snoozed = (d: string) => d === '2026-12-01' || d === '2026-12-02';
    expect(computeStreak({ promptDays, answeredDays: answered, today: '2026-12-03' }).current).toBe(2);
    const counted = countedPromptDays(promptDays, answered, snoozed);
    expect(counted).toEqual(['2026-11-30', '2026-12-02', '2026-12-03']);
    expect(computeStreak({ promptDays: counted, answeredDays: answered, today: '2026-12-03' })).toEqual({ current: 3, longest: 3 });
  });
});

describe('AvailabilityStore', () => {
  it('keeps snooze history: ending a snooze early keeps the days already snoozed, and a new one replaces the plan', () => {
    const store = new AvailabilityStore(openDatabase(':memory:'));
    const now = new Date('2026-12-01T08:00:00Z');
    store.snooze('U1', '2026-12-01', '2026-12-14', now);
    expect(store.snoozedUntil('U1', '2026-12-01')).toBe('2026-12-14');
    expect(store.isSnoozed('U1', '2026-12-14')).toBe(true);
    expect(store.isSnoozed('U1', '2026-12-15')).toBe(false);
    store.unsnooze('U1', '2026-12-04');
    expect(store.snoozedUntil('U1', '2026-12-04')).toBeUndefined();
    expect(store.snoozePeriods('U1')).toEqual([{ from: '2026-12-01', to: '2026-12-03' }]);
    store.snooze('U1', '2026-12-04', '2026-12-05', now);
    expect(store.snoozePeriods('U1')).toEqual([{ from: '2026-12-01', to: '2026-12-05' }]);
    store.snooze('U1', '2026-12-10', '2026-12-11', now);
    expect(store.snoozePeriods('U1')).toEqual([{ from: '2026-12-01', to: '2026-12-05' }, { from: '2026-12-10', to: '2026-12-11' }]);
    expect(store.snoozedUntil('U1', '2026-12-11')).toBe('2026-12-11');
    expect(store.snoozedUntil('U1', '2026-12-12')).toBeUndefined();
  });

  it('holidays: ranges added and removed per channel; a country needs the channel row', () => {
    const db = openDatabase(':memory:');
    const store = new AvailabilityStore(db);
    const now = new Date('2026-12-01T08:00:00Z');
    expect(store.addHolidays('C1', '2026-12-24', '2027-01-01', 'U1', now)).toBe(true);
    expect(store.addHolidays('C1', '2026-12-24', '2027-01-01', 'U1', now)).toBe(false);
    expect(store.isHoliday('C1', '2026-12-31')).toBe(true);
    expect(store.isHoliday('C2', '2026-12-31')).toBe(false);
    expect(store.setCountry('C1', 'DE')).toBe(false);
    db.prepare(`INSERT INTO channels (channel_id, prompt_time, timezone, days, created_at, updated_at) VALUES ('C1', '09:30', 'UTC', 'mon,tue,wed,thu,fri', 'x', 'x')`).run();
    expect(store.setCountry('C1', 'DE')).toBe(true);
    expect(store.isHoliday('C1', '2026-10-03')).toBe(true);
    expect(store.removeHolidays('C1', '2026-12-01', '2027-01-31')).toBe(1);
    expect(store.isHoliday('C1', '2026-12-31')).toBe(false);
  });
});

describe('migration 16 (availability)', () => {
  it('a version-15 file keeps its channels and prompts, which get no holiday country', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { MIGRATIONS } = await import('../../src/store/migrations/index.js');
    const { schemaVersion } = await import('../../src/store/db.js');
    const dir = mkdtempSync(join(tmpdir(), 'lp-m016-'));
    try {
      const path = join(dir, 'lp.db');
      const old = openDatabase(path, MIGRATIONS.filter((m) => m.version <= 15));
      old.exec(`
        INSERT INTO channels (channel_id, prompt_time, timezone, days, skip_date, created_at, updated_at) VALUES ('C1', '09:30', 'Europe/Berlin', 'mon,wed', '2026-12-02', 'x', 'x');
        INSERT INTO prompts (id, channel_id, local_date, slot_date, principle_id, question_id, source, status, message_ts, created_at, posted_at)
          VALUES (1, 'C1', '2026-11-30', '2026-11-30', 'ownership', 'q1', 'scheduled', 'posted', '100.000001', 'x', 'x');
      `);
      const channelsBefore = old.prepare('SELECT * FROM channels').all();
      const promptsBefore = old.prepare('SELECT * FROM prompts').all();
      old.close();
      const db = openDatabase(path, MIGRATIONS.filter((m) => m.version <= 16));
      expect(schemaVersion(db)).toBe(16);
      expect(db.prepare('SELECT * FROM channels').all()).toEqual(channelsBefore.map((row) => ({ ...(row as object), holiday_country: null })));
      expect(db.prepare('SELECT * FROM prompts').all()).toEqual(promptsBefore);
      const store = new AvailabilityStore(db);
      expect(store.country('C1')).toBeNull();
      expect(store.isHoliday('C1', '2026-12-02')).toBe(false);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
