/**
 * Streaks count prompt days, not calendar days: weekends, holidays and paused weeks never break a streak, because
 * only days on which a prompt was posted are in `promptDays`.
 */
export interface StreakInput {
  /** Local dates ('YYYY-MM-DD') on which a prompt was posted, in any order, duplicates allowed. */
  promptDays: readonly string[];
  /** Local dates on which the person answered a prompt. */
  answeredDays: ReadonlySet<string>;
  /** Today's local date: an unanswered prompt of today does not break the streak yet (there is still time). */
  today: string;
}

export interface Streak {
  current: number;
  longest: number;
}

export function computeStreak({ promptDays, answeredDays, today }: StreakInput): Streak {
  const days = [...new Set(promptDays)].filter((day) => day <= today).sort();
  let longest = 0;
  let run = 0;
  for (const day of days) {
    run = answeredDays.has(day) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  let current = 0;
  for (let i = days.length - 1; i >= 0; i--) {
    const day = days[i] as string;
    if (answeredDays.has(day)) current++;
    else if (day === today && current === 0) continue;
    else break;
  }
  return { current, longest };
}
