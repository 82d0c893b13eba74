import { describe, expect, it } from 'vitest';
import { computeStreak } from '../../src/core/streak.js';

const week = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];

describe('computeStreak', () => {
  it('counts consecutive prompt days answered, ending at the latest prompt day', () => {
    const answered = new Set(['2026-11-16', '2026-11-18', '2026-11-19', '2026-11-20']);
    expect(computeStreak({ promptDays: week, answeredDays: answered, today: '2026-11-20' })).toEqual({ current: 3, longest: 3 });
  });

  it('is not broken by days without a prompt (weekend)', () => {
    const promptDays = ['2026-11-20', '2026-11-23'];
    const answered = new Set(promptDays);
    expect(computeStreak({ promptDays, answeredDays: answered, today: '2026-11-23' }).current).toBe(2);
  });

  it("keeps the streak while today's prompt is still unanswered", () => {
    const answered = new Set(['2026-11-18', '2026-11-19']);
    expect(computeStreak({ promptDays: week, answeredDays: answered, today: '2026-11-20' }).current).toBe(2);
  });

  it('is broken by a missed prompt day before today', () => {
    const answered = new Set(['2026-11-16', '2026-11-17', '2026-11-19']);
    expect(computeStreak({ promptDays: week, answeredDays: answered, today: '2026-11-21' })).toEqual({ current: 0, longest: 2 });
  });

  it('is zero with no answers or no prompts', () => {
    expect(computeStreak({ promptDays: week, answeredDays: new Set(), today: '2026-11-20' })).toEqual({ current: 0, longest: 0 });
    expect(computeStreak({ promptDays: [], answeredDays: new Set(['2026-11-20']), today: '2026-11-20' })).toEqual({ current: 0, longest: 0 });
  });
});
