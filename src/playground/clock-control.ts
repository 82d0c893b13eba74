/**
 * The page's clock buttons: "post a prompt now" and "move the clock to the next scheduled thing, then run what the
 * scheduler's tick runs", so a day's prompt (and the wrap-up of the previous one), the weekly digest and the weekly
 * mock-loop pairing show up in seconds. Reminder DMs (`/lp remind`) are stops too: a person's reminder is due at their
 * time on a day whose prompt came before it and that they have not answered, so moving the clock runs the minute
 * tick there and the DM arrives. The daily prompt's next run is the app's own, holidays skipped (`/lp holidays`).
 */
import type { HolidayReason } from '../core/availability.js';
import { decideNudge } from '../core/reminders.js';
import { addDays, localDateOf, WEEKDAYS, zonedInstant } from '../core/schedule.js';
import { weekStartOf } from '../core/thread/summaries.js';
import type { AppLogger } from '../logger.js';
import type { RunningLpCoach } from '../startup.js';
import type { ChannelStore } from '../store/channels.js';
import type { MockLoopStore } from '../store/mock-loops.js';
import type { ReminderStore } from '../store/reminders.js';
import type { PlaygroundClock } from './clock.js';

export interface ClockControlDeps {
  clock: PlaygroundClock;
  channelId: string;
  app: Pick<RunningLpCoach, 'lp' | 'scheduler'>;
  /** For the channel's weekly digest slot. */
  channels: ChannelStore;
  /** For the channel's weekly mock-loop pairing: who is in its pool, and which weeks are paired already. */
  mockLoops?: Pick<MockLoopStore, 'pool' | 'hasRound'>;
  /** Who asked for reminder DMs (`/lp remind`), today's prompt and whether they answered it. */
  reminders?: Pick<ReminderStore, 'all' | 'todaysPrompt' | 'answered'>;
  /** Snoozes (no reminder) and the channel's holidays (no prompt, no reminder). */
  availability?: {
    isSnoozed(userId: string, localDate: string): boolean;
    holidayCheck(channelId: string): (localDate: string) => HolidayReason | undefined;
  };
  /** People's display names, for "reminder DM to Sam Okafor". */
  nameOf?: (userId: string) => string;
  logger: AppLogger;
}

export interface UpcomingEvent {
  at: Date;
  /** For the page: "daily prompt". */
  what: string;
}

/** Land a moment after the scheduled minute, so the tick sees it as due. */
const AFTER_SCHEDULED_MS = 1000;

export class ClockControl {
  constructor(private readonly deps: ClockControlDeps) {}

  /**
   * The next scheduled thing in the playground channel, the daily prompt, the weekly digest, the weekly mock-loop
   * pairing or a reminder DM, if any. `viewer`: the person looking, whose own reminder reads "reminder DM to you".
   */
  next(viewer?: string): UpcomingEvent | undefined {
    const prompt = this.nextPrompt();
    const digest = this.nextDigest();
    const pairing = this.nextMockPairing();
    const upcoming = [
      ...(prompt === undefined ? [] : [{ at: prompt, what: 'daily prompt' }]),
      ...(digest === undefined ? [] : [{ at: digest, what: 'weekly digest' }]),
      ...(pairing === undefined ? [] : [{ at: pairing, what: 'mock-loop pairing' }]),
      ...this.nextReminders(viewer),
    ];
    return upcoming.sort((a, b) => a.at.getTime() - b.at.getTime())[0];
  }

  /** The channel's next daily prompt as the app itself computes it (`/lp schedule`): skips and holidays skipped. */
  nextPrompt(): Date | undefined {
    return this.deps.app.lp.dailyPrompts.nextRunOf(this.deps.channelId);
  }

  /** Why today (in the channel's zone) has no prompt, when it is one of the channel's holidays: "Holiday", "Christmas Day". */
  holidayToday(): string | undefined {
    const { availability, channels, channelId, clock } = this.deps;
    const channel = channels.get(channelId);
    if (availability === undefined || channel === undefined) return undefined;
    const reason = availability.holidayCheck(channelId)(localDateOf(clock.now(), channel.timezone));
    if (reason === undefined) return undefined;
    return reason.kind === 'public' ? `${reason.name} (${reason.country})` : 'Holiday';
  }

  /**
   * The reminder DMs still due today in the playground channel, one per time: each person's time today (channel's
   * zone) when it is ahead and the minute tick would send one then (today's prompt came before it, not answered, not
   * snoozed, not a holiday). The DM of a later day needs that day's prompt first, which is a stop of its own.
   */
  private nextReminders(viewer: string | undefined): UpcomingEvent[] {
    const { reminders, availability, channels, channelId, clock } = this.deps;
    const channel = channels.get(channelId);
    if (reminders === undefined || channel?.enabled !== true) return [];
    const now = clock.now();
    // One check for the loop: it reads the channel's holiday calendar once.
    const isHoliday = availability?.holidayCheck(channelId);
    const byTime = new Map<number, string[]>();
    for (const reminder of reminders.all()) {
      if (reminder.channelId !== channelId) continue;
      const localDate = localDateOf(now, reminder.timezone);
      const at = zonedInstant(localDate, reminder.remindAt, reminder.timezone);
      if (at.getTime() <= now.getTime()) continue;
      const prompt = reminders.todaysPrompt(channelId, localDate);
      const decision = decideNudge({
        now: at,
        localDate,
        timezone: reminder.timezone,
        remindAt: reminder.remindAt,
        prompt,
        answered: prompt !== undefined && reminders.answered(reminder.userId, prompt.id),
        snoozed: availability?.isSnoozed(reminder.userId, localDate) ?? false,
        holiday: isHoliday?.(localDate) !== undefined,
      });
      if (decision === 'send') byTime.set(at.getTime(), [...(byTime.get(at.getTime()) ?? []), reminder.userId]);
    }
    return [...byTime].map(([ms, people]) => ({ at: new Date(ms), what: this.reminderLabel(people, viewer) }));
  }

  /** "reminder DM to you", "reminder DM to Sam Okafor", "reminder DMs to you and Sam Okafor". */
  private reminderLabel(people: string[], viewer: string | undefined): string {
    const nameOf = this.deps.nameOf ?? ((id: string) => id);
    const ordered = [...people.filter((id) => id === viewer), ...people.filter((id) => id !== viewer)];
    const names = ordered.map((id) => (id === viewer ? 'you' : nameOf(id)));
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    return `reminder DM${names.length === 1 ? '' : 's'} to ${list}`;
  }

  /** This week's digest time in the channel's zone when still ahead, otherwise next week's. */
  private nextDigest(): Date | undefined {
    const week = this.weeklySlot('digest');
    if (week === undefined) return undefined;
    const thisWeek = week.at(week.weekStart);
    return thisWeek.getTime() > week.now.getTime() ? thisWeek : week.at(addDays(week.weekStart, 7));
  }

  /**
   * When the channel's pool (two people or more) is paired next: this week's mock time while this week is not paired
   * (now, when that time has passed and the tick has yet to catch up), otherwise next week's.
   */
  private nextMockPairing(): Date | undefined {
    const { mockLoops, channelId } = this.deps;
    const week = this.weeklySlot('mock');
    if (mockLoops === undefined || week === undefined || mockLoops.pool(channelId).length < 2) return undefined;
    if (!mockLoops.hasRound(channelId, week.weekStart)) {
      const thisWeek = week.at(week.weekStart);
      return thisWeek.getTime() > week.now.getTime() ? thisWeek : week.now;
    }
    const nextWeek = addDays(week.weekStart, 7);
    return mockLoops.hasRound(channelId, nextWeek) ? undefined : week.at(nextWeek);
  }

  /** The channel's weekly slot (`digest` or `mock`) when it has one: the current week and its time in any week. */
  private weeklySlot(kind: 'digest' | 'mock'): { now: Date; weekStart: string; at: (weekStart: string) => Date } | undefined {
    const { channels, channelId, clock } = this.deps;
    const channel = channels.get(channelId);
    const slot = channel?.enabled === true ? channels.threadSettings(channelId)[kind] : null;
    if (channel === undefined || slot === null) return undefined;
    const now = clock.now();
    return {
      now,
      weekStart: weekStartOf(localDateOf(now, channel.timezone)),
      at: (start: string) => zonedInstant(addDays(start, WEEKDAYS.indexOf(slot.day)), slot.time, channel.timezone),
    };
  }

  /** What the admin's `/lp post` does, from the same service: a prompt now, taking today's slot when free. */
  async postPromptNow(): Promise<{ ok: boolean; notice: string }> {
    const outcome = await this.deps.app.lp.dailyPrompts.postNow(this.deps.channelId);
    if (outcome.status === 'posted') return { ok: true, notice: 'Posted a prompt.' };
    return { ok: false, notice: `No prompt posted (${outcome.status === 'failed' ? outcome.error : outcome.status}).` };
  }

  /** The channel's time zone (its schedule's), UTC when it has none yet. */
  zone(): string {
    return this.deps.channels.get(this.deps.channelId)?.timezone ?? 'UTC';
  }

  /** Moves the clock to the next scheduled thing and runs the scheduler's tick there. */
  async advanceToNext(viewer?: string): Promise<{ ok: boolean; notice: string }> {
    const upcoming = this.next(viewer);
    if (upcoming === undefined) return { ok: false, notice: 'Nothing is scheduled: set a schedule with /lp setup, or /lp resume.' };
    this.deps.clock.moveTo(new Date(upcoming.at.getTime() + AFTER_SCHEDULED_MS));
    await this.deps.app.scheduler.runNow();
    this.deps.logger.info(`playground: clock moved to ${upcoming.at.toISOString()} (${upcoming.what})`);
    return { ok: true, notice: `Moved the clock to ${readableTime(upcoming.at, this.zone())}: ${upcoming.what}.` };
  }
}

/** "Tue 1 Dec, 09:30 Europe/Berlin": a moment as a person reads it, in `zone`. */
export function readableTime(at: Date, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.weekday} ${parts.day} ${parts.month}, ${parts.hour}:${parts.minute} ${zone}`;
}
