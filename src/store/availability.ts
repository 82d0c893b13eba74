import { holidayReason, type DateRange, type HolidayReason } from '../core/availability.js';
import { publicHolidayOn } from '../core/public-holidays.js';
import { addDays } from '../core/schedule.js';
import type { Db } from './db.js';

/** A channel's holiday calendar: its explicit ranges and its country (public holidays), or null. */
export interface ChannelCalendar {
  ranges: DateRange[];
  country: string | null;
}

/**
 * Snoozes (one person, everything personal paused until a local date) and channel holidays (no prompt on those
 * days). Dates are local 'YYYY-MM-DD', inclusive; a person's dates are in the zone of the channel they answer in
 * (StoryStore.zoneOf), a channel's in the channel's zone.
 *
 * A snooze is a current state (`user_snoozes`) plus its history (`user_snooze_periods`): a prompt day inside a past
 * period still must not break the person's streak after the snooze ended.
 */
export class AvailabilityStore {
  private readonly statements;
  private readonly snoozeTx;
  private readonly unsnoozeTx;

  constructor(db: Db) {
    this.statements = {
      upsertSnooze: db.prepare(
        `INSERT INTO user_snoozes (user_id, until_date, created_at) VALUES (?, ?, ?)
         ON CONFLICT (user_id) DO UPDATE SET until_date = excluded.until_date, created_at = excluded.created_at`,
      ),
      deleteSnooze: db.prepare('DELETE FROM user_snoozes WHERE user_id = ?'),
      selectSnooze: db.prepare<[string, string], { until_date: string }>('SELECT until_date FROM user_snoozes WHERE user_id = ? AND until_date >= ?'),
      deletePeriodsFrom: db.prepare('DELETE FROM user_snooze_periods WHERE user_id = ? AND from_date >= ?'),
      endPeriodsAt: db.prepare('UPDATE user_snooze_periods SET to_date = ? WHERE user_id = ? AND to_date >= ?'),
      insertPeriod: db.prepare('INSERT INTO user_snooze_periods (user_id, from_date, to_date) VALUES (?, ?, ?)'),
      periods: db.prepare<[string], { from_date: string; to_date: string }>(
        'SELECT from_date, to_date FROM user_snooze_periods WHERE user_id = ? ORDER BY from_date',
      ),
      snoozedOn: db.prepare<[string, string, string], { n: number }>(
        'SELECT COUNT(*) AS n FROM user_snooze_periods WHERE user_id = ? AND from_date <= ? AND to_date >= ?',
      ),
      addHoliday: db.prepare(
        'INSERT OR IGNORE INTO channel_holidays (channel_id, from_date, to_date, created_by, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      removeHolidays: db.prepare('DELETE FROM channel_holidays WHERE channel_id = ? AND from_date >= ? AND to_date <= ?'),
      holidays: db.prepare<[string], { from_date: string; to_date: string }>(
        'SELECT from_date, to_date FROM channel_holidays WHERE channel_id = ? ORDER BY from_date, to_date',
      ),
      setCountry: db.prepare('UPDATE channels SET holiday_country = ? WHERE channel_id = ?'),
      country: db.prepare<[string], { holiday_country: string | null }>('SELECT holiday_country FROM channels WHERE channel_id = ?'),
    };
    const s = this.statements;
    this.snoozeTx = db.transaction((userId: string, from: string, until: string, at: string) => {
      s.upsertSnooze.run(userId, until, at);
      // Replaces whatever was planned from today on; a period running into today (or ending yesterday) is extended.
      s.deletePeriodsFrom.run(userId, from);
      if (s.endPeriodsAt.run(until, userId, addDays(from, -1)).changes === 0) s.insertPeriod.run(userId, from, until);
    });
    this.unsnoozeTx = db.transaction((userId: string, today: string) => {
      s.deleteSnooze.run(userId);
      s.deletePeriodsFrom.run(userId, today);
      s.endPeriodsAt.run(addDays(today, -1), userId, today);
    });
  }

  /** Snoozes the person from `from` (their today) to `until`, inclusive; a new snooze replaces the current one. */
  snooze(userId: string, from: string, until: string, now: Date): void {
    this.snoozeTx(userId, from, until, now.toISOString());
  }

  /** Ends the person's snooze: from `today` on they are back (days already snoozed stay so for their streak). */
  unsnooze(userId: string, today: string): void {
    this.unsnoozeTx(userId, today);
  }

  /** The last snoozed day when the person is snoozed today or later, else undefined. */
  snoozedUntil(userId: string, today: string): string | undefined {
    return this.statements.selectSnooze.get(userId, today)?.until_date;
  }

  /** Whether the person was (or is, or will be) snoozed on `localDate`. For nudges, pairing and streaks. */
  isSnoozed(userId: string, localDate: string): boolean {
    return (this.statements.snoozedOn.get(userId, localDate, localDate)?.n ?? 0) > 0;
  }

  /** Every snooze period of the person (to read many dates at once, e.g. a streak). */
  snoozePeriods(userId: string): DateRange[] {
    return this.statements.periods.all(userId).map((r) => ({ from: r.from_date, to: r.to_date }));
  }

  /** A pure check over the person's snooze periods, read once. */
  snoozeCheck(userId: string): (localDate: string) => boolean {
    const periods = this.snoozePeriods(userId);
    return (date) => periods.some((p) => p.from <= date && date <= p.to);
  }

  /** Adds a date range (inclusive); false when exactly that range was already there. */
  addHolidays(channelId: string, from: string, to: string, by: string | null, now: Date): boolean {
    return this.statements.addHoliday.run(channelId, from, to, by, now.toISOString()).changes > 0;
  }

  /** Removes the channel's ranges lying within `from`..`to`; how many were removed. */
  removeHolidays(channelId: string, from: string, to: string): number {
    return this.statements.removeHolidays.run(channelId, from, to).changes;
  }

  holidays(channelId: string): DateRange[] {
    return this.statements.holidays.all(channelId).map((r) => ({ from: r.from_date, to: r.to_date }));
  }

  /** Sets the country whose public holidays have no prompt (null: none); false when the channel has no schedule row. */
  setCountry(channelId: string, code: string | null): boolean {
    return this.statements.setCountry.run(code, channelId).changes > 0;
  }

  country(channelId: string): string | null {
    return this.statements.country.get(channelId)?.holiday_country ?? null;
  }

  calendar(channelId: string): ChannelCalendar {
    return { ranges: this.holidays(channelId), country: this.country(channelId) };
  }

  /**
   * A check over the channel's calendar, read at its first use (the minute tick asks only on prompt days before the
   * slot is taken) and then kept: why `localDate` is a holiday there, or undefined.
   */
  holidayCheck(channelId: string): (localDate: string) => HolidayReason | undefined {
    let calendar: ChannelCalendar | undefined;
    return (date) => {
      calendar ??= this.calendar(channelId);
      return holidayReason(date, calendar, publicHolidayOn);
    };
  }

  /** Whether `localDate` is a holiday in the channel (an explicit range or its country's public holiday). */
  isHoliday(channelId: string, localDate: string): boolean {
    return this.holidayCheck(channelId)(localDate) !== undefined;
  }
}
