import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyGates, weakSpots, levelFor, LEVEL_FLOORS, WEIGHTS, weightedScore } from '../../../src/core/rubric/score.js';
import type { CriterionId, CriterionResult } from '../../../src/core/rubric/criteria/types.js';
import { CRITERIA } from '../../../src/core/rubric/index.js';

function allAt(score: 0 | 1 | 2 | 3 | 4): Record<CriterionId, CriterionResult> {
  const result: CriterionResult = { score, verdict: 'v', evidence: [], tip: 't' };
  return Object.fromEntries(Object.keys(WEIGHTS).map((id) => [id, result])) as Record<CriterionId, CriterionResult>;
}

describe('score', () => {
  it('has weights that sum to 100, with length and tone together at most 10', () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    expect(WEIGHTS.length + WEIGHTS.tone).toBeLessThanOrEqual(10);
  });

  it('maps 0-4 criterion scores onto 0-100', () => {
    expect(weightedScore(allAt(4), true)).toBe(100);
    expect(weightedScore(allAt(2), true)).toBe(50);
    expect(weightedScore(allAt(0), false)).toBe(0);
  });

  it('leaves alignment out when no principle was asked', () => {
    const criteria = { ...allAt(4), alignment: { score: 0 as const, verdict: 'v', evidence: [], tip: 't' } };
    expect(weightedScore(criteria, false)).toBe(100);
    expect(weightedScore(criteria, true)).toBe(90);
  });

  it('names levels by their floors', () => {
    expect(levelFor(LEVEL_FLOORS['Raises the bar'])).toBe('Raises the bar');
    expect(levelFor(LEVEL_FLOORS['Raises the bar'] - 1)).toBe('Meets the bar');
    expect(levelFor(LEVEL_FLOORS['Almost there'])).toBe('Almost there');
    expect(levelFor(0)).toBe('Not yet');
  });

  it('holds a story with one failed gate at "Almost there", and a template, a hypothetical or two gates at "Not yet"', () => {
    expect(applyGates(95, [])).toEqual({ score: 95, level: 'Raises the bar' });
    expect(applyGates(95, ['no-result']).level).toBe('Almost there');
    expect(applyGates(95, ['off-principle']).level).toBe('Almost there');
    expect(applyGates(95, ['too-long']).level).toBe('Almost there');
    expect(applyGates(95, ['too-short', 'no-result']).level).toBe('Not yet');
    expect(applyGates(95, ['hypothetical']).level).toBe('Not yet');
    expect(applyGates(95, ['template']).level).toBe('Not yet');
    expect(applyGates(30, ['no-result'])).toEqual({ score: 30, level: 'Not yet' });
  });

  it('keeps an answer with a weak spot below "Raises the bar", and with two below "Meets the bar"', () => {
    expect(applyGates(95, [], { heavy: 1, length: false })).toEqual({ score: 79, level: 'Meets the bar' });
    expect(applyGates(95, [], { heavy: 0, length: true })).toEqual({ score: 79, level: 'Meets the bar' });
    expect(applyGates(95, [], { heavy: 2, length: false })).toEqual({ score: 61, level: 'Almost there' });
    const low = { score: 1 as const, verdict: 'v', evidence: [], tip: 't' };
    expect(weakSpots({ ...allAt(4), learning: low }, true)).toEqual({ heavy: 1, length: false, blaming: false });
    expect(weakSpots({ ...allAt(4), learning: low, metrics: low }, true)).toEqual({ heavy: 2, length: false, blaming: false });
    expect(weakSpots({ ...allAt(4), tone: low, length: low }, true)).toEqual({ heavy: 0, length: true, blaming: false });
    expect(weakSpots({ ...allAt(4), alignment: { score: 0 as const, verdict: 'v', evidence: [], tip: 't' } }, false)).toEqual({ heavy: 0, length: false, blaming: false });
    expect(weakSpots(allAt(4), true, 2).blaming).toBe(true);
    expect(applyGates(95, [], { heavy: 0, length: false, blaming: true })).toEqual({ score: 61, level: 'Almost there' });
  });

  it('writes down 0, 2 and 4 anchors for every criterion', () => {
    for (const criterion of Object.values(CRITERIA)) {
      for (const level of [0, 2, 4] as const) expect(criterion.anchors[level].length, `${criterion.id} ${level}`).toBeGreaterThan(20);
    }
  });

  it('documents in the README the same anchors the code scores by', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const criterion of Object.values(CRITERIA)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${criterion.id}\` |`));
      const cells = row?.split(' | ').map((cell) => cell.replace(/ \|$/, ''));
      expect(cells?.slice(2, 5), criterion.id).toEqual([0, 2, 4].map((level) => criterion.anchors[level as 0 | 2 | 4]));
    }
  });
});
