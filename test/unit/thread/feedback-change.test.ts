import { describe, expect, it } from 'vitest';
import { scoreAnswer, type Feedback } from '../../../src/core/rubric/index.js';
import { describeFeedbackChange } from '../../../src/core/thread/feedback-change.js';
import { chooseFollowUp, followUpOutcome, weakestCriteria } from '../../../src/core/thread/follow-up.js';
import { STRONG_UNLABELLED, VAGUE_PADDED } from '../rubric/answers.js';

function withScores(base: Feedback, score: number, changes: Partial<Record<keyof Feedback['criteria'], number>>): Feedback {
  const criteria = { ...base.criteria };
  for (const [id, value] of Object.entries(changes)) criteria[id as keyof Feedback['criteria']] = { ...criteria[id as keyof Feedback['criteria']], score: value };
  return { ...base, score, criteria };
}

const base = scoreAnswer(STRONG_UNLABELLED, { principle: 'dive-deep' });

describe('describeFeedbackChange', () => {
  it('lists the criteria that moved, then the score', () => {
    const before = withScores(base, 58, { metrics: 1, learning: 2 });
    const after = withScores(base, 74, { metrics: 3, learning: 1 });
    expect(describeFeedbackChange(before, after)).toBe('metrics 1 -> 3, learning 2 -> 1, score 58 -> 74');
  });

  it('says when nothing changed', () => {
    expect(describeFeedbackChange(base, base)).toBe(`score unchanged at ${base.score}`);
  });
});

describe('follow-ups', () => {
  it("asks the rubric's first follow-up, aimed at the weakest weighted criterion", () => {
    const vague = scoreAnswer(VAGUE_PADDED, { principle: 'ownership' });
    const chosen = chooseFollowUp(vague);
    expect(chosen.question).toBe(vague.followUps[0]);
    expect(chosen.criterion).toBe(weakestCriteria(vague, new Set(['length']))[0]);
    expect(vague.criteria[chosen.criterion ?? 'structure'].score).toBeLessThan(3);
  });

  it('closes the gap when the probed criterion reaches 3 and rose', () => {
    const before = withScores(base, 58, { metrics: 1 });
    expect(followUpOutcome('metrics', before, withScores(base, 70, { metrics: 3 }))).toMatchObject({ closed: true, change: 'metrics 1 -> 3', tip: undefined });
    const still = followUpOutcome('metrics', before, withScores(base, 60, { metrics: 2 }));
    expect(still).toMatchObject({ closed: false, change: 'metrics 1 -> 2' });
    expect(still.tip).toBe(base.criteria.metrics.tip);
  });
});
