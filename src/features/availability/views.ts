import { describeDate, describeRange, type DateRange } from '../../core/availability.js';
import type { PublicHoliday } from '../../core/public-holidays.js';
import { channelMention, escapeMrkdwn } from '../../slack/mrkdwn.js';

/**
 * Pure builders for what `/lp snooze` and `/lp holidays` say back (ephemeral mrkdwn). Dates read 'Tue 5 Jan 2027';
 * snooze dates are in the person's zone (the channel they answer in), holiday dates in the channel's.
 */

const WHAT_SNOOZE_DOES = 'no mock pairing, no reminders, no weekly summary, and prompt days you miss never break your streak. You can still answer any prompt.';

export function snoozeStateReply(until: string | undefined, zone: string): string {
  if (until === undefined) {
    return "You're not snoozed. `/lp snooze 2w` (or `10d`, or `until 2027-01-05`) pauses mock pairing and reminders for you, and keeps your streak safe while you're away.";
  }
  return `You're snoozed until *${describeDate(until)}* (inclusive, dates in ${zone}): ${WHAT_SNOOZE_DOES} \`/lp snooze off\` ends it early.`;
}

export function snoozedReply(until: string, zone: string): string {
  return `:zzz: Snoozed until *${describeDate(until)}* (inclusive, dates in ${zone}). Until then: ${WHAT_SNOOZE_DOES} \`/lp snooze off\` ends it early.`;
}

export function unsnoozedReply(wasSnoozed: boolean): string {
  return wasSnoozed
    ? 'Welcome back: your snooze is over. Mock pairing and reminders are on again; days you were snoozed still never break your streak.'
    : "You weren't snoozed, so nothing changed. `/lp snooze 2w` pauses things for two weeks.";
}

export interface HolidaysView {
  channelId: string;
  timezone: string;
  /** Ranges that end today or later. */
  ranges: readonly DateRange[];
  country: { code: string; name: string } | null;
  /** The country's next public holidays. */
  publicHolidays: readonly PublicHoliday[];
  /** The next prompt, as `describeNextRun` gives it, when the channel has a schedule. */
  nextPrompt?: string | undefined;
}

export function holidaysReply(view: HolidaysView, note?: string): string {
  const where = channelMention(view.channelId);
  const lines: string[] = [];
  if (note !== undefined) lines.push(note);
  lines.push(`*Holidays in ${where}* (no prompt on these days; streaks never break over them; dates in ${view.timezone}):`);
  if (view.ranges.length === 0) lines.push('• No dates added.');
  for (const range of view.ranges) lines.push(`• ${describeRange(range)}`);
  if (view.country === null) {
    lines.push('Public holidays: none (an admin can pick a country: `/lp holidays country DE`).');
  } else {
    lines.push(`Public holidays of ${escapeMrkdwn(view.country.name)} (${view.country.code})${view.publicHolidays.length === 0 ? ': none in the next year.' : ', next:'}`);
    for (const holiday of view.publicHolidays) lines.push(`• ${describeDate(holiday.date)}: ${escapeMrkdwn(holiday.name)}`);
  }
  if (view.nextPrompt !== undefined) lines.push(`Next prompt: ${view.nextPrompt}.`);
  lines.push('Admins: `/lp holidays add 2026-12-24..2027-01-01`, `/lp holidays remove <date or range>`, `/lp holidays country <code>|off`.');
  return lines.join('\n');
}

export function holidaysAddedReply(range: DateRange, added: boolean): string {
  return added ? `Added ${describeRange(range)}: no prompt on ${range.from === range.to ? 'that day' : 'those days'}.` : `${describeRange(range)} was already there.`;
}

export function holidaysRemovedReply(range: DateRange, removed: number): string {
  return removed === 0
    ? `No holiday dates lie within ${describeRange(range)}, so nothing was removed. Remove a date or range as listed below (a whole range at once).`
    : `Removed ${removed} holiday ${removed === 1 ? 'entry' : 'entries'} within ${describeRange(range)}.`;
}

export function pastRangeReply(range: DateRange, today: string): string {
  return `${describeRange(range)} is already over (today is ${describeDate(today)}). Add today or a later date, e.g. \`/lp holidays add 2026-12-24..2027-01-01\`.`;
}

export function countrySetReply(code: string | null, name: string | undefined): string {
  return code === null ? 'Public holidays are off for this channel: prompts follow the schedule and the dates added here.' : `This channel now has no prompt on the public holidays of ${escapeMrkdwn(name ?? code)} (${code}).`;
}

export function unknownCountryReply(typed: string, examples: readonly string[]): string {
  return `"${escapeMrkdwn(typed.slice(0, 20))}" is not a country code I know. Use a two-letter code such as ${examples.map((c) => `\`${c}\``).join(', ')}: for example \`/lp holidays country DE\`, or \`/lp holidays country off\`.`;
}

export function noScheduleForCountryReply(channelId: string): string {
  return `${channelMention(channelId)} has no daily prompt yet, so there is no calendar to set. Start one with \`/lp setup\` first.`;
}
