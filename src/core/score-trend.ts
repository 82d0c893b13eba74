/** How many recent scores the trend shows. */
export const TREND_LENGTH = 10;

const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/**
 * A compact text bar of scores (0-100, oldest first), e.g. `▃▄▄▆▇ 41 → 78 (+37)`, for places where Block Kit has no
 * chart. Only the last `TREND_LENGTH` scores are drawn.
 */
export function scoreTrendBar(scores: readonly number[]): string {
  const recent = scores.slice(-TREND_LENGTH);
  const first = recent[0];
  const last = recent.at(-1);
  if (first === undefined || last === undefined) return 'No scored answers yet.';
  const bar = recent.map((score) => BARS[Math.min(BARS.length - 1, Math.floor((clamp(score) / 100) * BARS.length))]).join('');
  if (recent.length === 1) return `${bar} ${last}`;
  const delta = last - first;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${bar} ${first} → ${last} (${sign}${Math.abs(delta)})`;
}

function clamp(score: number): number {
  return Math.max(0, Math.min(100, score));
}
