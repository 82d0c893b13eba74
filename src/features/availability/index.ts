import { HOLIDAYS_HELP, parseHolidaysArgs, parseSnooze } from '../../core/availability.js';
import { canonicalCountry, countryName, knownCountries, publicHolidaysBetween } from '../../core/public-holidays.js';
import { addDays, describeNextRun, localDateOf, type Parsed } from '../../core/schedule.js';
import type { AvailabilityStore } from '../../store/availability.js';
import type { ChannelStore } from '../../store/channels.js';
import { notAdminReply } from '../commands/replies.js';
import type { LpSubcommand } from '../commands/subcommand.js';
import * as view from './views.js';

export interface AvailabilityDeps {
  availability: AvailabilityStore;
  channels: Pick<ChannelStore, 'get'>;
  /** The zone of the channel the person answers in (StoryStore.zoneOf): their snooze dates are read in it. */
  zoneOf(userId: string): string;
  /** When the channel's next prompt goes out (holidays skipped), for the holidays reply. */
  nextRunOf(channelId: string): Date | undefined;
  admins: readonly string[];
  clock: () => Date;
}

/** Public holidays shown in `/lp holidays`: the next few within a year. */
const PUBLIC_HOLIDAYS_SHOWN = 5;
const EXAMPLE_COUNTRIES = ['US', 'GB', 'DE', 'FR', 'IN', 'CA'];

/** `/lp snooze` (personal) and `/lp holidays` (everyone looks; admins change). */
export function availabilitySubcommands(deps: AvailabilityDeps): LpSubcommand[] {
  const { availability, clock } = deps;

  const snooze: LpSubcommand = {
    name: 'snooze',
    help: '`/lp snooze <2w|10d|YYYY-MM-DD|off>`: pause mock pairing and reminders for yourself; missed prompt days never break your streak',
    answersInAck: true,
    async run({ userId, args }) {
      const zone = deps.zoneOf(userId);
      const today = localDateOf(clock(), zone);
      const parsed = parseSnooze(args, today);
      if (!parsed.ok) return { text: parsed.error };
      const command = parsed.value;
      switch (command.kind) {
        case 'show':
          return { text: view.snoozeStateReply(availability.snoozedUntil(userId, today), zone) };
        case 'off': {
          const was = availability.snoozedUntil(userId, today) !== undefined;
          if (was) availability.unsnooze(userId, today);
          return { text: view.unsnoozedReply(was) };
        }
        case 'until':
          availability.snooze(userId, today, command.until, clock());
          return { text: view.snoozedReply(command.until, zone) };
      }
    },
  };

  const validCountry = (code: string): Parsed<string> => {
    const known = canonicalCountry(code);
    if (known !== undefined) return { ok: true, value: known };
    const examples = EXAMPLE_COUNTRIES.filter((c) => knownCountries().has(c));
    return { ok: false, error: view.unknownCountryReply(code, examples) };
  };

  const zoneOfChannel = (channelId: string) => deps.channels.get(channelId)?.timezone ?? 'UTC';

  /** `/lp holidays` as it stands (after any change just made). */
  const holidaysView = (channelId: string): view.HolidaysView => {
    const zone = zoneOfChannel(channelId);
    const now = clock();
    const today = localDateOf(now, zone);
    const country = availability.country(channelId);
    const next = deps.nextRunOf(channelId);
    return {
      channelId,
      timezone: zone,
      ranges: availability.holidays(channelId).filter((r) => r.to >= today),
      country: country === null ? null : { code: country, name: countryName(country) },
      // Only the channel's country is needed here, and it was just read.
      publicHolidays: (country === null ? [] : publicHolidaysBetween(country, today, addDays(today, 365))).slice(0, PUBLIC_HOLIDAYS_SHOWN),
      nextPrompt: next === undefined ? undefined : describeNextRun(next, zone, now),
    };
  };

  const holidays: LpSubcommand = {
    name: 'holidays',
    aliases: ['holiday'],
    help: '`/lp holidays [add|remove <YYYY-MM-DD[..YYYY-MM-DD]> | country <code>|off]`: days with no prompt in this channel (changes: admins)',
    // A look or a typing mistake is SQLite only and goes back in the ack; a change asks `users.info` about the person.
    answersInAck(args) {
      const parsed = parseHolidaysArgs(args, validCountry);
      return !parsed.ok || parsed.value.kind === 'list';
    },
    async run({ userId, channelId, args, isAdmin }) {
      const parsed = parseHolidaysArgs(args, validCountry);
      if (!parsed.ok) return { text: parsed.error };
      const command = parsed.value;
      // Direct messages (D…) have no prompt to skip.
      if (channelId.startsWith('D')) return { text: `Holidays belong to a team channel: run this inside it. ${HOLIDAYS_HELP}` };
      if (command.kind === 'list') return { text: view.holidaysReply(holidaysView(channelId)) };
      if (!(await isAdmin())) return { text: notAdminReply(deps.admins) };
      const today = localDateOf(clock(), zoneOfChannel(channelId));
      switch (command.kind) {
        case 'add': {
          if (command.range.to < today) return { text: view.pastRangeReply(command.range, today) };
          const added = availability.addHolidays(channelId, command.range.from, command.range.to, userId, clock());
          return { text: view.holidaysReply(holidaysView(channelId), view.holidaysAddedReply(command.range, added)) };
        }
        case 'remove': {
          const removed = availability.removeHolidays(channelId, command.range.from, command.range.to);
          return { text: view.holidaysReply(holidaysView(channelId), view.holidaysRemovedReply(command.range, removed)) };
        }
        case 'country': {
          if (!availability.setCountry(channelId, command.code)) return { text: view.noScheduleForCountryReply(channelId) };
          const note = view.countrySetReply(command.code, command.code === null ? undefined : countryName(command.code));
          return { text: view.holidaysReply(holidaysView(channelId), note) };
        }
      }
    },
  };

  return [snooze, holidays];
}
