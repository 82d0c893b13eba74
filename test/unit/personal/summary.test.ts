import { describe, expect, it } from 'vitest';
import { buildPersonalSummary } from '../../../src/core/personal-summary.js';

describe('buildPersonalSummary', () => {
  const week = { weekStart: '2026-11-30', fullyCovered: 3, fullyCoveredBefore: 1, principleCount: 16, next: ['Think Big', 'Frugality'], streak: 4, daysToInterview: 9 };

  it('says what was told, the average and best score, coverage gained, streak, next principles and the interview', () => {
    expect(buildPersonalSummary({ ...week, scores: [60, null, 80] })).toBe(
      [
        '*Your LP Coach week* (the 7 days before 2026-11-30)',
        '• 3 stories told, average score 70 (best 80).',
        '• Coverage: 3 of 16 principles have 2 stories at the bar (+2 this week).',
        '• Streak: 4 prompt days.',
        '• Next up: Think Big, Frugality.',
        '• Interview in 9 days: see the plan on the App Home.',
        '_Turn this summary off on the App Home._',
      ].join('\n'),
    );
  });

  it('a quiet week nudges toward one practice round and leaves out what is unknown', () => {
    const text = buildPersonalSummary({ ...week, scores: [], fullyCoveredBefore: 3, streak: undefined, daysToInterview: undefined, next: [] });
    expect(text).toContain('• No stories last week.');
    expect(text).toContain('at the bar.');
    expect(text).not.toContain('Streak');
    expect(text).not.toContain('Interview');
    expect(buildPersonalSummary({ ...week, scores: [null] })).toContain('• 1 story told.');
  });
});
