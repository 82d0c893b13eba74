import { describe, expect, it } from 'vitest';
import { computeCoverage, type ScoredStory } from '../../src/core/coverage.js';
import { withVerifiedOutLoud } from '../../src/core/mock/verified.js';
import { PRINCIPLE_IDS } from '../../src/core/principles.js';

const written = (answerId: number, score: number): ScoredStory => ({
  answerId,
  principleId: 'ownership',
  score,
  level: score >= 70 ? 'Meets the bar' : 'Almost there',
  detected: [],
  createdAt: '2026-11-02T10:00:00.000Z',
});
const ownership = (stories: ScoredStory[], verified: Parameters<typeof withVerifiedOutLoud>[1]) =>
  withVerifiedOutLoud(computeCoverage(PRINCIPLE_IDS, stories), verified).find((c) => c.principleId === 'ownership');

describe('verified out loud', () => {
  it('a loop story rated Inclined or better counts as a story of its own', () => {
    expect(ownership([], [{ principleId: 'ownership', attachedAnswerId: null }])).toMatchObject({ covered: 1, verifiedOutLoud: 1 });
    expect(ownership([written(1, 80)], [{ principleId: 'ownership', attachedAnswerId: null }])).toMatchObject({ covered: 2, verifiedOutLoud: 1 });
  });

  it('attached to a written story at the bar it counts once; attached to one below the bar it lifts it', () => {
    expect(ownership([written(1, 80)], [{ principleId: 'ownership', attachedAnswerId: 1 }])).toMatchObject({ covered: 1, verifiedOutLoud: 1 });
    expect(ownership([written(1, 50)], [{ principleId: 'ownership', attachedAnswerId: 1 }])).toMatchObject({ covered: 1, verifiedOutLoud: 1 });
    // Two loops of the same written story are one story.
    const twice = [
      { principleId: 'ownership' as const, attachedAnswerId: 1 },
      { principleId: 'ownership' as const, attachedAnswerId: 1 },
    ];
    expect(ownership([written(1, 50)], twice)).toMatchObject({ covered: 1, verifiedOutLoud: 1 });
  });

  it('never more than the two-story target, and other principles are untouched', () => {
    const three = [null, null, null].map((attachedAnswerId) => ({ principleId: 'ownership' as const, attachedAnswerId }));
    const coverage = withVerifiedOutLoud(computeCoverage(PRINCIPLE_IDS, []), three);
    expect(coverage.find((c) => c.principleId === 'ownership')).toMatchObject({ covered: 2, verifiedOutLoud: 3 });
    expect(coverage.filter((c) => c.principleId !== 'ownership').every((c) => c.covered === 0 && c.verifiedOutLoud === undefined)).toBe(true);
  });
});
