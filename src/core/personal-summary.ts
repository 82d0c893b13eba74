import { STORIES_PER_PRINCIPLE } from './coverage.js';

/** What one person did last week, for the weekly summary by direct message. */
export interface PersonalWeek {
  /** 'YYYY-MM-DD' of the Monday the summary is sent in; the summary covers the seven days before it. */
  weekStart: string;
  /** Scores of the stories told last week (thread or practice), oldest first; null for one not scored. */
  scores: readonly (number | null)[];
  /** Principles with two stories at the bar, now and a week ago. */
  fullyCovered: number;
  fullyCoveredBefore: number;
  principleCount: number;
  /** Names of the next principles to work on, weakest first. */
  next: readonly string[];
  /** Current streak in prompt days, when the person answers prompts. */
  streak: number | undefined;
  /** Days until the interview, when a date in the future is set. */
  daysToInterview: number | undefined;
}

/** The weekly summary as mrkdwn lines (principle names are ours, from data/, so nothing needs escaping). */
export function buildPersonalSummary(week: PersonalWeek): string {
  const scored = week.scores.filter((s): s is number => s !== null);
  const told = week.scores.length;
  const lines = [`*Your LP Coach week* (the 7 days before ${week.weekStart})`];
  if (told === 0) {
    lines.push('• No stories last week. One practice round takes about five minutes: `/lp practice`.');
  } else {
    const average = scored.length === 0 ? '' : `, average score ${Math.round(scored.reduce((a, b) => a + b, 0) / scored.length)} (best ${Math.max(...scored)})`;
    lines.push(`• ${told} ${told === 1 ? 'story' : 'stories'} told${average}.`);
  }
  const gained = week.fullyCovered - week.fullyCoveredBefore;
  lines.push(
    `• Coverage: ${week.fullyCovered} of ${week.principleCount} principles have ${STORIES_PER_PRINCIPLE} stories at the bar` +
      (gained > 0 ? ` (+${gained} this week).` : '.'),
  );
  if (week.streak !== undefined && week.streak > 0) lines.push(`• Streak: ${week.streak} prompt day${week.streak === 1 ? '' : 's'}.`);
  if (week.next.length > 0) lines.push(`• Next up: ${week.next.join(', ')}.`);
  if (week.daysToInterview !== undefined) lines.push(`• Interview in ${week.daysToInterview} day${week.daysToInterview === 1 ? '' : 's'}: see the plan on the App Home.`);
  lines.push('_Turn this summary off on the App Home._');
  return lines.join('\n');
}
