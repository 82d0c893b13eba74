import { parsePromptTime, zonedInstant } from './schedule.js';

/** When a reminder goes without a time named: late enough to have answered, early enough to still do it. */
export const DEFAULT_REMIND_AT = '16:00';
/** A reminder later than this after its time (the app was down) is not sent: the day has moved on. */
export const LATE_LIMIT_MS = 3 * 60 * 60 * 1000;

export const REMIND_HELP = 'Type `/lp remind on` (at 16:00), `/lp remind 14:30` (24-hour time, in the channel’s zone) or `/lp remind off`.';

export type RemindCommand = { kind: 'show' } | { kind: 'off' } | { kind: 'at'; time: string };

export function parseRemind(text: string): { ok: true; value: RemindCommand } | { ok: false; error: string } {
  const value = text.trim().toLowerCase();
  if (value === '') return { ok: true, value: { kind: 'show' } };
  if (value === 'off' || value === 'stop') return { ok: true, value: { kind: 'off' } };
  if (value === 'on') return { ok: true, value: { kind: 'at', time: DEFAULT_REMIND_AT } };
  const time = parsePromptTime(value.replace(/^(on|at)\s+/, ''));
  if (!time.ok) return { ok: false, error: `I couldn't read \`${text.trim()}\`. ${REMIND_HELP}` };
  return { ok: true, value: { kind: 'at', time: time.value } };
}

export type NudgeDecision = 'send' | 'not-yet' | 'too-late' | 'no-prompt' | 'prompt-after-reminder' | 'answered' | 'snoozed' | 'holiday';

/** The person's reminder time on a local date, in the channel's zone. */
export interface NudgeTime {
  now: Date;
  localDate: string;
  timezone: string;
  remindAt: string;
}

function dueAt(time: NudgeTime): Date {
  return zonedInstant(time.localDate, time.remindAt, time.timezone);
}

/**
 * 'not-yet' before the person's time today, 'too-late' more than LATE_LIMIT_MS after it, else undefined. Needs no
 * reads, so the minute tick asks it first and reads nothing for the (many) reminders outside their window.
 */
export function outsideNudgeWindow(time: NudgeTime): 'not-yet' | 'too-late' | undefined {
  const due = dueAt(time);
  if (time.now < due) return 'not-yet';
  if (time.now.getTime() - due.getTime() > LATE_LIMIT_MS) return 'too-late';
  return undefined;
}

/**
 * Whether a person's reminder goes now: their time has come today (in the channel's zone) and not long ago, today's
 * prompt was posted before their time (else they had no chance to answer by then), they have not answered it, and
 * they are not snoozed and it is not a holiday. Once a day is the claim's job, not this.
 */
export function decideNudge(
  input: NudgeTime & {
    prompt: { postedAt: Date } | undefined;
    answered: boolean;
    snoozed: boolean;
    holiday: boolean;
  },
): NudgeDecision {
  const outside = outsideNudgeWindow(input);
  if (outside !== undefined) return outside;
  if (input.holiday) return 'holiday';
  if (input.snoozed) return 'snoozed';
  if (input.prompt === undefined) return 'no-prompt';
  if (input.prompt.postedAt > dueAt(input)) return 'prompt-after-reminder';
  return input.answered ? 'answered' : 'send';
}
