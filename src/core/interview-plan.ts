import { STORIES_PER_PRINCIPLE } from './coverage.js';
import { daysBetween } from './countdown.js';
import type { PrincipleId } from './principles.js';

/** Where a person stands on one principle. */
export interface PrincipleStanding {
  principleId: PrincipleId;
  /** Stories at the bar (uncapped: a third one counts toward a most-asked principle). */
  atBar: number;
  bestScore: number | null;
}

export interface PlanNeed {
  principleId: PrincipleId;
  /** Stories at the bar still to find. */
  need: number;
  /** Stories at the bar wanted by the interview. */
  target: number;
}

export interface InterviewPlan {
  interviewDate: string;
  daysLeft: number;
  /** Principles still short of their target, in the order to work on them. */
  needs: PlanNeed[];
  storiesNeeded: number;
  /** Stories to find in the next seven days to be ready in time, principle by principle (a principle may repeat). */
  dueThisWeek: PrincipleId[];
  /** Principles the person's track asks most, which get one story more than the others. */
  mostAsked: PrincipleId[];
}

const WEEK = 7;

/**
 * What to cover by the interview, and what is due this week. Every principle wants STORIES_PER_PRINCIPLE stories at
 * the bar (a primary and a backup); the ones the person's track asks most (its top weight in `weights`, e.g. product
 * managers are asked Customer Obsession most) want a third, for the follow-ups. The weakest come first: fewer stories at the bar, then the more asked, then
 * the lower best score. The stories needed are spread evenly over the days left, keeping the last day for review, so
 * "due this week" is this week's share, taken in that order. Computed from current coverage, so it adjusts as the person
 * answers. Undefined without a date ahead.
 */
export function planInterview(input: {
  today: string;
  interviewDate: string | null;
  standings: readonly PrincipleStanding[];
  weights?: Partial<Record<PrincipleId, number>>;
}): InterviewPlan | undefined {
  const { today, interviewDate, standings, weights = {} } = input;
  if (interviewDate === null) return undefined;
  const daysLeft = daysBetween(today, interviewDate);
  if (daysLeft <= 0) return undefined;
  const weightOf = (id: PrincipleId) => weights[id] ?? 1;
  // The principles of the track's top weight (when the track weighs them at all) get a third story.
  const top = Math.max(...standings.map((s) => weightOf(s.principleId)));
  const bottom = Math.min(...standings.map((s) => weightOf(s.principleId)));
  const mostAsked = top === bottom ? [] : standings.filter((s) => weightOf(s.principleId) === top).map((s) => s.principleId);
  const needs = standings
    .map((standing, index) => {
      const target = STORIES_PER_PRINCIPLE + (mostAsked.includes(standing.principleId) ? 1 : 0);
      return { standing, index, target, need: Math.max(0, target - standing.atBar) };
    })
    .filter((entry) => entry.need > 0)
    .sort(
      (a, b) =>
        Math.min(a.standing.atBar, STORIES_PER_PRINCIPLE) - Math.min(b.standing.atBar, STORIES_PER_PRINCIPLE) ||
        weightOf(b.standing.principleId) - weightOf(a.standing.principleId) ||
        (a.standing.bestScore ?? -1) - (b.standing.bestScore ?? -1) ||
        a.index - b.index,
    )
    .map(({ standing, target, need }) => ({ principleId: standing.principleId, need, target }));
  const storiesNeeded = needs.reduce((sum, n) => sum + n.need, 0);
  const workingDays = Math.max(1, daysLeft - 1);
  const dueCount = Math.min(storiesNeeded, Math.ceil((storiesNeeded * Math.min(WEEK, workingDays)) / workingDays));
  const queue = needs.flatMap((n) => Array.from({ length: n.need }, () => n.principleId));
  return { interviewDate, daysLeft, needs, storiesNeeded, dueThisWeek: queue.slice(0, dueCount), mostAsked };
}
