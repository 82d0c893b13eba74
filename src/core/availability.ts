/**
 * Snooze and holidays, the pure part: reading what people type (`/lp snooze 2w`, `/lp holidays add
 * 2026-12-24..2027-01-01`), deciding whether a local date is a channel holiday, and which prompt days count toward
 * one person's streak. Dates are local 'YYYY-MM-DD' strings (the channel's zone); ranges are inclusive.
 */
import { daysBetween, isCalendarDate } from './countdown.js';
import { addDays, formatLocalDate, type Parsed } from './schedule.js';

/** A snooze or a holiday range may span at most this many days. */
export const MAX_RANGE_DAYS = 366;

export const SNOOZE_HELP = 'Type `/lp snooze 2w`, `/lp snooze 10d`, `/lp snooze until 2027-01-05` or `/lp snooze off`.';
export const HOLIDAYS_HELP =
  'Type `/lp holidays add 2026-12-24` or `/lp holidays add 2026-12-24..2027-01-01`, `/lp holidays remove <same>`, `/lp holidays country DE` or `/lp holidays country off`.';

/** An inclusive range of local dates. */
export interface DateRange {
  from: string;
  to: string;
}

/** Days from `from` to `to` inclusive (1 for the same day). */
function daysInRange(from: string, to: string): number {
  return daysBetween(from, to) + 1;
}

export type SnoozeCommand = { kind: 'show' } | { kind: 'off' } | { kind: 'until'; until: string };

const UNIT_DAYS: Record<string, number> = {
  d: 1, day: 1, days: 1,
  w: 7, wk: 7, wks: 7, week: 7, weeks: 7,
};

/**
 * `/lp snooze` arguments: nothing (show the state), `off`, a length (`2w`, `10d`, `3 days`, `1 week`: that many
 * days starting today, so `1w` typed on a Monday ends on Sunday), or a last day (`2027-01-05`, `until 2027-01-05`,
 * inclusive). The result is the last snoozed local date; it is today or later and at most MAX_RANGE_DAYS days long.
 */
export function parseSnooze(text: string, today: string): Parsed<SnoozeCommand> {
  const input = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (input === '' || input === 'status') return { ok: true, value: { kind: 'show' } };
  if (['off', 'stop', 'end', 'cancel', 'resume', 'none'].includes(input)) return { ok: true, value: { kind: 'off' } };

  const length = /^(\d{1,4}) ?([a-z]+)$/.exec(input);
  if (length !== null) {
    const unit = UNIT_DAYS[length[2] as string];
    const count = Number(length[1]);
    if (unit === undefined) return { ok: false, error: `"${length[2]}" is not a unit I know: use \`d\` for days or \`w\` for weeks. ${SNOOZE_HELP}` };
    const days = count * unit;
    if (days < 1) return { ok: false, error: `A snooze lasts at least one day. ${SNOOZE_HELP}` };
    if (days > MAX_RANGE_DAYS) return { ok: false, error: `A snooze lasts at most ${MAX_RANGE_DAYS} days. ${SNOOZE_HELP}` };
    return { ok: true, value: { kind: 'until', until: addDays(today, days - 1) } };
  }

  const date = input.replace(/^(until|till|til|to) /, '');
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(date)) {
    if (!isCalendarDate(date)) return { ok: false, error: `"${date}" is not a date: write it as YYYY-MM-DD, for example 2027-01-05. ${SNOOZE_HELP}` };
    if (date < today) return { ok: false, error: `${date} is in the past (today is ${today}). ${SNOOZE_HELP}` };
    if (daysInRange(today, date) > MAX_RANGE_DAYS) {
      return { ok: false, error: `A snooze lasts at most ${MAX_RANGE_DAYS} days, until ${addDays(today, MAX_RANGE_DAYS - 1)} at the latest. ${SNOOZE_HELP}` };
    }
    return { ok: true, value: { kind: 'until', until: date } };
  }
  return { ok: false, error: `I couldn't read "${text.trim().slice(0, 40)}" as a length or a date. ${SNOOZE_HELP}` };
}

/** A date or an inclusive range: `2026-12-24`, `2026-12-24..2027-01-01` (also `to` or a dash between them). */
export function parseDateRange(text: string): Parsed<DateRange> {
  const input = text.trim();
  if (input === '') return { ok: false, error: `Name a date or a range. ${HOLIDAYS_HELP}` };
  const parts = input.split(/\s*(?:\.\.\.?|\bto\b|\s[-–]\s|–)\s*/i).filter((p) => p !== '');
  const from = parts[0];
  const to = parts[1] ?? from;
  if (parts.length > 2 || from === undefined || to === undefined) {
    return { ok: false, error: `I couldn't read "${input.slice(0, 40)}" as a date or a range. ${HOLIDAYS_HELP}` };
  }
  for (const date of [from, to]) {
    if (!isCalendarDate(date)) return { ok: false, error: `"${date.slice(0, 40)}" is not a date: write it as YYYY-MM-DD, for example 2026-12-24. ${HOLIDAYS_HELP}` };
  }
  if (to < from) return { ok: false, error: `The range ends (${to}) before it starts (${from}): put the earlier date first. ${HOLIDAYS_HELP}` };
  if (daysInRange(from, to) > MAX_RANGE_DAYS) return { ok: false, error: `A range spans at most ${MAX_RANGE_DAYS} days; split a longer one. ${HOLIDAYS_HELP}` };
  return { ok: true, value: { from, to } };
}

export type HolidaysCommand =
  | { kind: 'list' }
  | { kind: 'add'; range: DateRange }
  | { kind: 'remove'; range: DateRange }
  | { kind: 'country'; code: string | null };

/**
 * `/lp holidays` arguments: nothing (list), `add <date|range>`, `remove <date|range>`, `country <CC>|off`. The
 * country code is checked against the calendar by the caller (`validCountry`), which knows the library's list.
 */
export function parseHolidaysArgs(text: string, validCountry: (code: string) => Parsed<string>): Parsed<HolidaysCommand> {
  const input = text.trim();
  if (input === '' || /^(list|show)$/i.test(input)) return { ok: true, value: { kind: 'list' } };
  const [word = '', ...rest] = input.split(/\s+/);
  const value = rest.join(' ');
  switch (word.toLowerCase()) {
    case 'add':
    case 'remove':
    case 'rm':
    case 'delete': {
      const range = parseDateRange(value);
      if (!range.ok) return range;
      return { ok: true, value: { kind: word.toLowerCase() === 'add' ? 'add' : 'remove', range: range.value } };
    }
    case 'country': {
      if (value === '') return { ok: false, error: `Name a country code. ${HOLIDAYS_HELP}` };
      if (/^(off|none|clear)$/i.test(value)) return { ok: true, value: { kind: 'country', code: null } };
      const code = validCountry(value);
      return code.ok ? { ok: true, value: { kind: 'country', code: code.value } } : code;
    }
    default:
      return { ok: false, error: `"${word.slice(0, 30)}" is not something \`/lp holidays\` does. ${HOLIDAYS_HELP}` };
  }
}

/** Why a local date has no prompt in a channel: a range an admin added, or the country's public holiday. */
export type HolidayReason = { kind: 'range'; range: DateRange } | { kind: 'public'; country: string; name: string };

/**
 * Whether `localDate` is a holiday of a channel: inside one of its explicit ranges, or a public holiday of its
 * country (`publicHoliday` looks the country calendar up; see core/public-holidays.ts).
 */
export function holidayReason(
  localDate: string,
  channel: { ranges: readonly DateRange[]; country: string | null },
  publicHoliday: (country: string, date: string) => { name: string } | undefined,
): HolidayReason | undefined {
  const range = channel.ranges.find((r) => r.from <= localDate && localDate <= r.to);
  if (range !== undefined) return { kind: 'range', range };
  if (channel.country === null) return undefined;
  const holiday = publicHoliday(channel.country, localDate);
  return holiday === undefined ? undefined : { kind: 'public', country: channel.country, name: holiday.name };
}

/**
 * The prompt days that count toward one person's streak: those they answered, and those they were not snoozed on.
 * A snoozed day they did not answer is dropped, so it never breaks the streak; an answer on a snoozed day still
 * counts. Weekends and holidays need nothing here: no prompt is posted on them.
 */
export function countedPromptDays(
  promptDays: readonly string[],
  answeredDays: ReadonlySet<string>,
  snoozed: (localDate: string) => boolean,
): string[] {
  return promptDays.filter((day) => answeredDays.has(day) || !snoozed(day));
}

/** 'Tue 5 Jan 2027' for people. */
export function describeDate(localDate: string): string {
  return `${formatLocalDate(localDate)} ${localDate.slice(0, 4)}`;
}

/** 'Thu 24 Dec 2026' or 'Thu 24 Dec 2026 to Fri 1 Jan 2027'. */
export function describeRange(range: DateRange): string {
  return range.from === range.to ? describeDate(range.from) : `${describeDate(range.from)} to ${describeDate(range.to)}`;
}
