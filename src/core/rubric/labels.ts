import type { CriterionId } from './criteria/types.js';

/**
 * The one set of names for the nine criteria, used wherever a person reads them: the thread card, the practice modal,
 * the App Home, the wrap-up, exports and the CLI report. The rubric itself only knows the ids.
 */
export const CRITERION_LABELS: Readonly<Record<CriterionId, string>> = {
  structure: 'Structure (STAR-L)',
  ownership: 'Ownership',
  metrics: 'Measured result',
  length: 'Length',
  tradeoffs: 'Trade-offs',
  learning: 'Learning',
  alignment: 'Principle fit',
  specificity: 'Specific details',
  tone: 'Direct tone',
};

/** How a criterion's 0-4 score looks: green for 3-4 (meets the bar on that line), yellow for 2, red below. */
export type ScoreBand = 'good' | 'close' | 'weak';

export function scoreBand(score: number): ScoreBand {
  if (score >= 3) return 'good';
  if (score === 2) return 'close';
  return 'weak';
}

/** The band's icon in Slack (an emoji code) and in plain text (the same emoji as a character: CLI, Markdown). */
export const SCORE_ICONS: Readonly<Record<ScoreBand, { slack: string; unicode: string }>> = {
  good: { slack: ':large_green_circle:', unicode: '🟢' },
  close: { slack: ':large_yellow_circle:', unicode: '🟡' },
  weak: { slack: ':red_circle:', unicode: '🔴' },
};

export function criterionIcon(score: number, form: 'slack' | 'unicode' = 'slack'): string {
  return SCORE_ICONS[scoreBand(score)][form];
}
