import { describe, expect, it } from 'vitest';
import { planInterview, type PrincipleStanding } from '../../src/core/interview-plan.js';
import { PRINCIPLE_IDS, type PrincipleId } from '../../src/core/principles.js';

const standings = (atBar: Partial<Record<PrincipleId, number>> = {}): PrincipleStanding[] =>
  PRINCIPLE_IDS.map((principleId) => ({ principleId, atBar: atBar[principleId] ?? 0, bestScore: null }));

describe('the plan to an interview date', () => {
  it('needs two stories per principle, weakest first, and spreads them over the days left', () => {
    const plan = planInterview({ today: '2026-12-01', interviewDate: '2026-12-29', standings: standings({ ownership: 2, 'dive-deep': 1 }) });
    expect(plan?.daysLeft).toBe(28);
    // 16 principles x 2, minus the three stories already at the bar.
    expect(plan?.storiesNeeded).toBe(29);
    expect(plan?.needs.some((n) => n.principleId === 'ownership')).toBe(false);
    expect(plan?.needs.at(-1)).toEqual({ principleId: 'dive-deep', need: 1, target: 2 });
    // 29 stories over 27 working days (the last day is for review): this week's share is 8.
    expect(plan?.dueThisWeek).toHaveLength(8);
  });

  it("asks a third story for the track's most-asked principles, and puts them first among equals", () => {
    const plan = planInterview({
      today: '2026-12-01',
      interviewDate: '2026-12-08',
      standings: standings(),
      weights: { 'customer-obsession': 3, 'dive-deep': 3, 'deliver-results': 3, frugality: 1, ownership: 2 },
    });
    expect(plan?.mostAsked).toEqual(['customer-obsession', 'dive-deep', 'deliver-results']);
    expect(plan?.needs.slice(0, 3)).toEqual([
      { principleId: 'customer-obsession', need: 3, target: 3 },
      { principleId: 'dive-deep', need: 3, target: 3 },
      { principleId: 'deliver-results', need: 3, target: 3 },
    ]);
    expect(plan?.storiesNeeded).toBe(35);
    // A week away: everything is due this week.
    expect(plan?.dueThisWeek).toHaveLength(35);
  });

  it('adjusts as stories reach the bar, and has no plan without a date ahead', () => {
    const before = planInterview({ today: '2026-12-01', interviewDate: '2027-01-20', standings: standings() });
    const after = planInterview({ today: '2026-12-01', interviewDate: '2027-01-20', standings: standings({ 'are-right-a-lot': 1 }) });
    expect((before?.storiesNeeded ?? 0) - (after?.storiesNeeded ?? 0)).toBe(1);
    expect(planInterview({ today: '2026-12-01', interviewDate: null, standings: standings() })).toBeUndefined();
    expect(planInterview({ today: '2026-12-01', interviewDate: '2026-12-01', standings: standings() })).toBeUndefined();
    const done = planInterview({ today: '2026-12-01', interviewDate: '2026-12-20', standings: standings(Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, 2]))) });
    expect(done?.storiesNeeded).toBe(0);
    expect(done?.dueThisWeek).toEqual([]);
  });
});
