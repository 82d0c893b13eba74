import type { Principle, PrincipleId } from '../principles.js';
import { CRITERION_IDS, type CriterionId, type Feedback } from '../rubric/index.js';
import { addDays, localDateOf, weekdayOf, WEEKDAYS, zonedInstant } from '../schedule.js';
import type { WeeklySlot } from './settings.js';

/**
 * Pure decisions behind wrap-ups, the weekly digest and the leaderboard: who tops a thread, what the team did best
 * and worst, when a digest or a close time is due. Nothing here names a low score: only averages and the top story.
 */

export interface StoryForRanking {
  answerId: number;
  userId: string;
  votes: number;
  /** Current rubric score; null when never scored. */
  score: number | null;
  createdAt: string;
}

/** Most votes first; ties: higher rubric score, then the earlier story. */
export function compareStories(a: StoryForRanking, b: StoryForRanking): number {
  return b.votes - a.votes || (b.score ?? -1) - (a.score ?? -1) || a.createdAt.localeCompare(b.createdAt) || a.answerId - b.answerId;
}

/** The most-voted story, or undefined when nobody voted. */
export function topStory<T extends StoryForRanking>(stories: readonly T[]): T | undefined {
  const ranked = stories.filter((s) => s.votes > 0).sort(compareStories);
  return ranked[0];
}

export interface CriterionAverage {
  criterion: CriterionId;
  average: number;
}

/** The team's average per criterion (0-4), best first; length is left out: it is a tip, not a skill. */
export function criterionAverages(feedbacks: readonly Feedback[]): CriterionAverage[] {
  if (feedbacks.length === 0) return [];
  return CRITERION_IDS.filter((id) => id !== 'length')
    .map((criterion) => ({ criterion, average: feedbacks.reduce((sum, f) => sum + f.criteria[criterion].score, 0) / feedbacks.length }))
    .sort((a, b) => b.average - a.average || CRITERION_IDS.indexOf(a.criterion) - CRITERION_IDS.indexOf(b.criterion));
}

export interface WrapUpSummary<T extends StoryForRanking> {
  stories: number;
  authors: number;
  voters: number;
  top: T | undefined;
  best: CriterionAverage | undefined;
  /** Only when it differs from `best` (a single criterion cannot be both). */
  worst: CriterionAverage | undefined;
}

export function summarizeThread<T extends StoryForRanking>(stories: readonly T[], feedbacks: readonly Feedback[], voters: number): WrapUpSummary<T> {
  const averages = criterionAverages(feedbacks);
  const best = averages[0];
  const worst = averages.length > 1 ? averages.at(-1) : undefined;
  return { stories: stories.length, authors: new Set(stories.map((s) => s.userId)).size, voters, top: topStory(stories), best, worst };
}

/** The channel-local Monday of the week `localDate` is in. */
export function weekStartOf(localDate: string): string {
  return addDays(localDate, -WEEKDAYS.indexOf(weekdayOf(localDate)));
}

/**
 * The week whose digest is due now, or undefined: due from the configured weekday and time until the end of that
 * week, so a digest missed while the app was down still goes out (the digests table makes it once per week).
 */
export function digestDueWeek(now: Date, zone: string, slot: WeeklySlot): string | undefined {
  const weekStart = weekStartOf(localDateOf(now, zone));
  const at = zonedInstant(addDays(weekStart, WEEKDAYS.indexOf(slot.day)), slot.time, zone);
  return now.getTime() >= at.getTime() ? weekStart : undefined;
}

/** A prompt posted before its day's close time is wrapped up once that time has passed. */
export function closeTimeDue(now: Date, zone: string, closeTime: string, prompt: { localDate: string; postedAt: string }): boolean {
  const closeAt = zonedInstant(prompt.localDate, closeTime, zone).getTime();
  return Date.parse(prompt.postedAt) < closeAt && now.getTime() >= closeAt;
}

export type LeaderboardPeriod = 'week' | 'month' | 'all';

/** When a leaderboard period starts: this channel-local week (Monday), this month, or the beginning. */
export function periodStart(period: LeaderboardPeriod, now: Date, zone: string): Date {
  const today = localDateOf(now, zone);
  if (period === 'week') return zonedInstant(weekStartOf(today), '00:00', zone);
  if (period === 'month') return zonedInstant(`${today.slice(0, 8)}01`, '00:00', zone);
  return new Date(0);
}

export interface CoverageCell {
  principle: Principle;
  /** People in the channel with at least one story for it. */
  people: number;
}

export function coverageCells(principles: readonly Principle[], coverage: ReadonlyMap<PrincipleId, number>): CoverageCell[] {
  return principles.map((principle) => ({ principle, people: coverage.get(principle.id) ?? 0 }));
}

/** The principle fewest people have a story for (ties: the content's order). */
export function principleToPractise(cells: readonly CoverageCell[]): Principle | undefined {
  return [...cells].sort((a, b) => a.people - b.people)[0]?.principle;
}
