import type { PrincipleId } from './principles.js';
import { addDays } from './schedule.js';

export { addDays };

/** The Home shows at most this many days of the plan; the rest is "and N more days". */
export const PLAN_DAYS_SHOWN = 7;

export type DayFocus = { kind: 'principle'; principleId: PrincipleId } | { kind: 'review' };

export interface PlanDay {
  /** 'YYYY-MM-DD'. */
  date: string;
  focus: DayFocus;
}

export type Countdown =
  | { status: 'none' }
  | { status: 'past'; interviewDate: string }
  | { status: 'today'; interviewDate: string }
  | { status: 'ahead'; interviewDate: string; daysLeft: number; plan: PlanDay[] };

/**
 * Days until the interview and a focus for each day before it: the weakest principles first (`focusOrder`, e.g.
 * from `principlesToWorkOn`), one a day, and the last day before the interview for reviewing the cheat sheet.
 * Dates are local calendar dates, so no clock or time zone is involved here.
 */
export function interviewCountdown(today: string, interviewDate: string | null, focusOrder: readonly PrincipleId[]): Countdown {
  if (interviewDate === null) return { status: 'none' };
  const daysLeft = daysBetween(today, interviewDate);
  if (daysLeft < 0) return { status: 'past', interviewDate };
  if (daysLeft === 0) return { status: 'today', interviewDate };
  const plan: PlanDay[] = [];
  for (let offset = 0; offset < daysLeft; offset++) {
    const date = addDays(today, offset);
    const isLastDay = offset === daysLeft - 1;
    const principleId = focusOrder.length === 0 ? undefined : focusOrder[offset % focusOrder.length];
    plan.push({ date, focus: isLastDay || principleId === undefined ? { kind: 'review' } : { kind: 'principle', principleId } });
  }
  return { status: 'ahead', interviewDate, daysLeft, plan };
}

/** Whole days from `from` to `to` ('YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}


/** 'YYYY-MM-DD' that is a real calendar date. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
