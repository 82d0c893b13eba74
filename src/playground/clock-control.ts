/**
 * The page's clock buttons: "post a prompt now" and "move the clock to the next scheduled thing, then run what the
 * scheduler's tick runs", so a day's prompt (and the wrap-up of the previous one), the weekly digest and the weekly
 * mock-loop pairing show up in seconds.
 */
import { addDays, localDateOf, WEEKDAYS, zonedInstant } from '../core/schedule.js';
import { weekStartOf } from '../core/thread/summaries.js';
import type { AppLogger } from '../logger.js';
import type { RunningLpCoach } from '../startup.js';
import type { ChannelStore } from '../store/channels.js';
import type { MockLoopStore } from '../store/mock-loops.js';
import type { PlaygroundClock } from './clock.js';

export interface ClockControlDeps {
  clock: PlaygroundClock;
  channelId: string;
  app: Pick<RunningLpCoach, 'lp' | 'scheduler'>;
  /** For the channel's weekly digest slot. */
  channels: ChannelStore;
  /** For the channel's weekly mock-loop pairing: who is in its pool, and which weeks are paired already. */
  mockLoops?: Pick<MockLoopStore, 'pool' | 'hasRound'>;
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
   * The next scheduled thing in the playground channel, the daily prompt, the weekly digest or the weekly mock-loop
   * pairing, if any.
   */
  next(): UpcomingEvent | undefined {
    const prompt = this.deps.app.lp.dailyPrompts.nextRunOf(this.deps.channelId);
    const digest = this.nextDigest();
    const pairing = this.nextMockPairing();
    const upcoming = [
      ...(prompt === undefined ? [] : [{ at: prompt, what: 'daily prompt' }]),
      ...(digest === undefined ? [] : [{ at: digest, what: 'weekly digest' }]),
      ...(pairing === undefined ? [] : [{ at: pairing, what: 'mock-loop pairing' }]),
    ];
    return upcoming.sort((a, b) => a.at.getTime() - b.at.getTime())[0];
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
  async advanceToNext(): Promise<{ ok: boolean; notice: string }> {
    const upcoming = this.next();
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
