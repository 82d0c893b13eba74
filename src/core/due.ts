import { localDateOf, weekdayOf, zonedInstant, type Schedule } from './schedule.js';

/** How long after its scheduled time a missed prompt is still posted when the app comes back. */
export const DEFAULT_CATCH_UP_HOURS = 6;

export type DueStatus =
  | 'due'
  | 'not-yet'
  | 'missed-cutoff'
  | 'not-a-prompt-day'
  /** A holiday of the channel (`/lp holidays`): no prompt, and none caught up later. */
  | 'holiday'
  | 'paused'
  | 'skipped'
  | 'already-posted';

export interface DueInput {
  schedule: Schedule & { paused: boolean; skipDate: string | null };
  now: Date;
  /** Whether the channel's slot for today's local date is already held (posted, reserved or failed). */
  slotTaken: (localDate: string) => boolean;
  catchUpHours?: number;
  /** Whether a local date is a holiday of the channel (its own ranges or its country's public holidays). */
  isHoliday?: (localDate: string) => boolean;
}

export interface DueDecision {
  status: DueStatus;
  /** The channel-local date `now` falls on. */
  localDate: string;
  /** Today's scheduled time, when today is a prompt day. */
  scheduledAt?: Date;
}

/**
 * Whether a channel's prompt should be posted at `now`. The same answer serves the minute tick and catch-up after
 * a restart: a prompt is due from its scheduled time until the cut-off, on the same local day, once.
 */
export function decideDue({ schedule, now, slotTaken, catchUpHours = DEFAULT_CATCH_UP_HOURS, isHoliday }: DueInput): DueDecision {
  const localDate = localDateOf(now, schedule.timezone);
  if (schedule.paused) return { status: 'paused', localDate };
  if (!schedule.days.includes(weekdayOf(localDate))) return { status: 'not-a-prompt-day', localDate };
  const scheduledAt = zonedInstant(localDate, schedule.promptTime, schedule.timezone);
  if (slotTaken(localDate)) return { status: 'already-posted', localDate, scheduledAt };
  if (schedule.skipDate === localDate) return { status: 'skipped', localDate, scheduledAt };
  if (now.getTime() < scheduledAt.getTime()) return { status: 'not-yet', localDate, scheduledAt };
  if (now.getTime() >= scheduledAt.getTime() + catchUpHours * 3_600_000) {
    return { status: 'missed-cutoff', localDate, scheduledAt };
  }
  // Asked last, only when the prompt would go out (reading a calendar costs more than the checks above). A holiday is
  // decided by its own local date, so the day is never caught up on the next one.
  if (isHoliday?.(localDate) === true) return { status: 'holiday', localDate, scheduledAt };
  return { status: 'due', localDate, scheduledAt };
}
