/**
 * Calendar arithmetic for the daily prompt, done in each channel's own IANA time zone with Intl only (no library):
 * days-of-week parsing, 'HH:MM' times, local dates, and DST-correct conversion of a local date + time to an instant.
 * Pure: every function takes the instant it reasons about.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const DEFAULT_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** When a channel's prompt is due: a local time on some days of the week, in a time zone. */
export interface Schedule {
  promptTime: string;
  timezone: string;
  days: readonly Weekday[];
}

const DAY_NAMES: Record<string, Weekday> = {
  mon: 'mon', monday: 'mon',
  tue: 'tue', tues: 'tue', tuesday: 'tue',
  wed: 'wed', weds: 'wed', wednesday: 'wed',
  thu: 'thu', thur: 'thu', thurs: 'thu', thursday: 'thu',
  fri: 'fri', friday: 'fri',
  sat: 'sat', saturday: 'sat',
  sun: 'sun', sunday: 'sun',
};

const DAYS_HELP = 'Use `mon-fri`, `daily`, a range like `tue-thu`, or a list like `mon,wed,fri`.';

/**
 * Reads a days-of-week setting: `mon-fri` (also the default when empty), `daily`, `weekdays`, `weekends`, ranges
 * (`tue-thu`; a range may wrap the weekend, `fri-mon` = Fri, Sat, Sun, Mon), lists (`mon,wed,fri`, commas or
 * spaces) and mixes (`mon-wed,fri`), any case, short or full names. The value is in week order, Monday first,
 * without duplicates.
 */
export function parseDays(text: string): Parsed<Weekday[]> {
  const input = text.trim().toLowerCase().replace(/\s*[-–]\s*/g, '-');
  if (input === '' || input === 'weekdays') return { ok: true, value: [...DEFAULT_DAYS] };
  if (input === 'daily' || input === 'every day' || input === 'everyday') return { ok: true, value: [...WEEKDAYS] };
  if (input === 'weekends' || input === 'weekend') return { ok: true, value: ['sat', 'sun'] };

  const chosen = new Set<Weekday>();
  for (const part of input.split(/[\s,]+/).filter((p) => p !== '')) {
    const range = part.split('-');
    if (range.length > 2) return { ok: false, error: `I couldn't read "${part}" as days. ${DAYS_HELP}` };
    const [fromName = '', toName = fromName] = range;
    const from = DAY_NAMES[fromName];
    const to = DAY_NAMES[toName];
    if (from === undefined || to === undefined) {
      const bad = from === undefined ? fromName : toName;
      return { ok: false, error: `"${bad}" is not a day of the week. ${DAYS_HELP}` };
    }
    let index = WEEKDAYS.indexOf(from);
    const end = WEEKDAYS.indexOf(to);
    chosen.add(from);
    while (index !== end) {
      index = (index + 1) % WEEKDAYS.length;
      chosen.add(WEEKDAYS[index] as Weekday);
    }
  }
  if (chosen.size === 0) return { ok: false, error: `No days given. ${DAYS_HELP}` };
  return { ok: true, value: WEEKDAYS.filter((d) => chosen.has(d)) };
}

/** The stored form: 'mon,tue,wed,thu,fri'. `parseDays` reads it back. */
export function formatDays(days: readonly Weekday[]): string {
  return WEEKDAYS.filter((d) => days.includes(d)).join(',');
}

const SHORT_DAY: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

/** For people: 'every day', 'Mon-Fri', 'Tue-Thu', 'Mon, Wed, Fri'. */
export function describeDays(days: readonly Weekday[]): string {
  const ordered = WEEKDAYS.filter((d) => days.includes(d));
  if (ordered.length === WEEKDAYS.length) return 'every day';
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  const contiguous =
    first !== undefined && last !== undefined && WEEKDAYS.indexOf(last) - WEEKDAYS.indexOf(first) === ordered.length - 1;
  if (contiguous && ordered.length >= 3) return `${SHORT_DAY[first]}-${SHORT_DAY[last]}`;
  return ordered.map((d) => SHORT_DAY[d]).join(', ');
}

/** Accepts 'H:MM' or 'HH:MM' on a 24-hour clock; the value is always 'HH:MM'. */
export function parsePromptTime(text: string): Parsed<string> {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (match === null || hours > 23 || minutes > 59) {
    return { ok: false, error: `"${text.trim()}" is not a time. Use 24-hour HH:MM, for example 09:30 or 14:00.` };
  }
  return { ok: true, value: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
}

/** The zone's canonical spelling ('europe/berlin' -> 'Europe/Berlin'), or undefined when Intl does not know it. */
export function canonicalTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

export function isValidTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock reading in `zone` at `instant`, read from Intl (one `formatToParts`, the costly step). */
function readWallClockMs(instant: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormatter(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

const DAY_MS = 86_400_000;
/** Instants from 1970 to 9999, where the cache below applies; anything else is read from Intl each time. */
const CACHED_FROM = 0;
const CACHED_UNTIL = 253_402_300_800_000;
/** Per zone, per UTC day (days since 1970): the zone's UTC offset all that day, or null when it changes that day. */
const dayOffsets = new Map<string, Map<number, number | null>>();
/** Days kept per zone: a few around today are read over and over; the rest may go. */
const DAYS_KEPT = 64;

/**
 * The UTC offset of `zone` throughout UTC day `day`, or null when it changes during that day. Read once per zone and
 * day from its first and last second: with at most one change in 48 hours (as `zonedInstant` assumes), equal
 * offsets there mean the same offset all day. Every `/lp schedule` reads a handful of instants on the same few days,
 * and `formatToParts` was most of the reply's cost.
 */
function offsetThroughout(day: number, zone: string): number | null {
  const known = dayOffsets.get(zone)?.get(day);
  if (known !== undefined) return known;
  const first = day * DAY_MS;
  const last = first + DAY_MS - 1000;
  const atFirst = readWallClockMs(first, zone) - first;
  const offset = readWallClockMs(last, zone) - last === atFirst ? atFirst : null;
  // Only zones Intl knows get here (an unknown one threw above).
  let days = dayOffsets.get(zone);
  if (days === undefined) {
    days = new Map();
    dayOffsets.set(zone, days);
  } else if (days.size >= DAYS_KEPT) {
    days.clear();
  }
  days.set(day, offset);
  return offset;
}

/** The wall-clock reading in `zone` at `instant` (to the second), expressed as if it were UTC milliseconds. */
function wallClockMs(instant: number, zone: string): number {
  if (!(instant >= CACHED_FROM && instant < CACHED_UNTIL)) return readWallClockMs(instant, zone);
  const second = Math.floor(instant / 1000) * 1000;
  const offset = offsetThroughout(Math.floor(second / DAY_MS), zone);
  return offset === null ? readWallClockMs(instant, zone) : second + offset;
}

/** UTC offset of `zone` at `instant`, in ms (Berlin in summer: +2 h). */
function offsetMs(instant: number, zone: string): number {
  return wallClockMs(Math.floor(instant / 1000) * 1000, zone) - Math.floor(instant / 1000) * 1000;
}

/** 'YYYY-MM-DD' of the calendar day in `zone` at `instant`. */
export function localDateOf(instant: Date, zone: string): string {
  return new Date(wallClockMs(instant.getTime(), zone)).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' `days` after `localDate`. */
export function addDays(localDate: string, days: number): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function weekdayOf(localDate: string): Weekday {
  const sundayFirst = new Date(`${localDate}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] as Weekday;
}

/**
 * The instant at which clocks in `zone` show `localDate` `time`. Across a DST change: a time that does not exist
 * (skipped by spring-forward) moves forward by the gap (02:30 -> 03:30), and a time that happens twice
 * (fall-back) is its first occurrence.
 */
export function zonedInstant(localDate: string, time: string, zone: string): Date {
  const wall = Date.parse(`${localDate}T${time}:00Z`);
  if (Number.isNaN(wall)) throw new RangeError(`not a local date and time: ${localDate} ${time}`);
  // The true offset is one of those in force a day either side (zones change at most once in 48 hours).
  const before = offsetMs(wall - 86_400_000, zone);
  const after = offsetMs(wall + 86_400_000, zone);
  const matches = [wall - before, wall - after].filter((instant) => wallClockMs(instant, zone) === wall);
  if (matches.length > 0) return new Date(Math.min(...matches));
  // In the spring-forward gap: reading the wall time with the old offset lands the same distance past the jump.
  return new Date(wall - before);
}

export interface NextRunOptions {
  /** A local date whose prompt will not be posted (`/lp skip`). */
  skipDate?: string | null;
  /** A local date whose prompt slot is already used (posted early with `/lp post`). */
  takenDate?: string | null;
  /** Local dates with no prompt (channel holidays); the search then looks up to a year and a half ahead. */
  isHoliday?: (localDate: string) => boolean;
}

/** The first scheduled prompt time strictly after `now`, on one of the schedule's days, not on an excluded date. */
export function nextRun(schedule: Schedule, now: Date, options: NextRunOptions = {}): Date {
  if (schedule.days.length === 0) throw new RangeError('a schedule needs at least one day');
  const today = localDateOf(now, schedule.timezone);
  // Fifteen days reach every weekday twice more, enough to pass today plus two excluded dates. Holiday ranges span
  // up to 366 days each, so with holidays the search goes further.
  const horizon = options.isHoliday === undefined ? 15 : 550;
  for (let offset = 0; offset <= horizon; offset += 1) {
    const date = addDays(today, offset);
    if (!schedule.days.includes(weekdayOf(date))) continue;
    if (date === options.skipDate || date === options.takenDate) continue;
    if (options.isHoliday?.(date) === true) continue;
    const at = zonedInstant(date, schedule.promptTime, schedule.timezone);
    if (at.getTime() > now.getTime()) return at;
  }
  throw new RangeError(`no run found in the next ${horizon} days`);
}

/** en-US short month names, as `toLocaleString('en-US', { month: 'short' })` gives them. */
const SHORT_MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * 'Mon 2 Mar' for a 'YYYY-MM-DD' local date. The month comes from a table: `toLocaleString` with options builds an
 * ICU formatter on every call, which made this the most expensive step of answering `/lp schedule`.
 */
export function formatLocalDate(localDate: string): string {
  const date = new Date(`${localDate}T00:00:00Z`);
  return `${SHORT_DAY[weekdayOf(localDate)]} ${date.getUTCDate()} ${SHORT_MONTH[date.getUTCMonth()]}`;
}

/** 'Mon 2 Mar, 09:30 Europe/Berlin (in 3 h)': the next run as a person in the channel would read it. */
export function describeNextRun(instant: Date, zone: string, now: Date): string {
  const wall = new Date(wallClockMs(instant.getTime(), zone)).toISOString();
  const time = wall.slice(11, 16);
  return `${formatLocalDate(wall.slice(0, 10))}, ${time} ${zone} (${describeDelay(instant.getTime() - now.getTime())})`;
}

function describeDelay(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'now';
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `in ${hours} h`;
  return `in ${Math.round(hours / 24)} days`;
}
