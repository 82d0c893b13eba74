import { describe, expect, it } from 'vitest';
import { computeCoverage, fullyCovered, leastCoveredPrinciple, principlesToWorkOn, reachesBar, type ScoredStory } from '../../../src/core/coverage.js';
import { PRINCIPLE_IDS, type PrincipleId } from '../../../src/core/principles.js';
import type { Level } from '../../../src/core/rubric/index.js';

let next = 0;
function story(principleId: PrincipleId, score: number, level: Level, detected: PrincipleId[] = [], createdAt = '2026-11-01T00:00:00Z'): ScoredStory {
  next += 1;
  return { answerId: next, principleId, score, level, detected, createdAt };
}

const byId = (coverage: ReturnType<typeof computeCoverage>, id: PrincipleId) => coverage.find((c) => c.principleId === id)!;

describe('coverage', () => {
  it('"Meets the bar" or better covers; the target is two distinct stories, extra ones are kept but capped', () => {
    expect(reachesBar('Raises the bar')).toBe(true);
    expect(reachesBar('Meets the bar')).toBe(true);
    expect(reachesBar('Almost there')).toBe(false);
    const stories = [
      story('dive-deep', 70, 'Meets the bar'),
      story('dive-deep', 85, 'Raises the bar'),
      story('dive-deep', 64, 'Meets the bar'),
      story('ownership', 55, 'Almost there'),
      story('frugality', 63, 'Meets the bar'),
    ];
    const coverage = computeCoverage(PRINCIPLE_IDS, stories);
    expect(coverage.map((c) => c.principleId)).toEqual([...PRINCIPLE_IDS]);
    expect(byId(coverage, 'dive-deep')).toMatchObject({ covered: 2, bestScore: 85, coveringStoryIds: [stories[1]!.answerId, stories[0]!.answerId, stories[2]!.answerId] });
    expect(byId(coverage, 'ownership')).toMatchObject({ covered: 0, bestScore: 55, coveringStoryIds: [] });
    expect(byId(coverage, 'frugality')).toMatchObject({ covered: 1, bestScore: 63 });
    expect(byId(coverage, 'think-big')).toMatchObject({ covered: 0, bestScore: null });
    expect(fullyCovered(coverage)).toBe(1);
  });

  it('a story at the bar whose text also shows other principles is a candidate for them, not coverage', () => {
    const strong = story('deliver-results', 80, 'Raises the bar', ['deliver-results', 'dive-deep']);
    const weak = story('ownership', 40, 'Not yet', ['dive-deep']);
    const coverage = computeCoverage(PRINCIPLE_IDS, [strong, weak]);
    expect(byId(coverage, 'dive-deep')).toMatchObject({ covered: 0, candidateStoryIds: [strong.answerId] });
    expect(byId(coverage, 'deliver-results').candidateStoryIds).toEqual([]);
  });

  it('the principles to work on: fewest stories first, then lowest best score, then the usual order', () => {
    const coverage = computeCoverage(PRINCIPLE_IDS, [
      ...PRINCIPLE_IDS.slice(3).flatMap((id) => [story(id, 70, 'Meets the bar'), story(id, 75, 'Meets the bar')]),
      story('customer-obsession', 66, 'Meets the bar'),
      story('ownership', 30, 'Not yet'),
      story('invent-and-simplify', 50, 'Almost there'),
    ]);
    expect(principlesToWorkOn(coverage, 3).map((c) => c.principleId)).toEqual(['ownership', 'invent-and-simplify', 'customer-obsession']);
    expect(principlesToWorkOn(coverage)).toHaveLength(3);
  });

  it("practice goes to one of the weakest principles, the tie broken by the random source", () => {
    const coverage = computeCoverage(PRINCIPLE_IDS, [story('customer-obsession', 70, 'Meets the bar')]);
    expect(leastCoveredPrinciple(coverage, () => 0)).toBe('ownership');
    expect(leastCoveredPrinciple(coverage, () => 0.999)).toBe('success-and-scale-bring-broad-responsibility');
    const all = computeCoverage(PRINCIPLE_IDS, PRINCIPLE_IDS.flatMap((id) => [story(id, 70, 'Meets the bar'), story(id, 90, 'Raises the bar')]));
    expect(leastCoveredPrinciple(all, () => 0)).toBe('customer-obsession');
  });
});
