import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { computeCoverage, type ScoredStory } from '../../src/core/coverage.js';
import { choosePacket, packetItems } from '../../src/core/mock/packet.js';
import { PRINCIPLE_IDS, type PrincipleId } from '../../src/core/principles.js';
import { interviewOrder } from '../../src/core/mock/pairing.js';
import { CRITERIA } from '../../src/core/rubric/index.js';

const content = loadContent();
let id = 0;
const story = (principleId: PrincipleId, score: number): ScoredStory => ({
  answerId: ++id,
  principleId,
  score,
  level: score >= 70 ? 'Meets the bar' : 'Almost there',
  detected: [],
  createdAt: `2026-11-0${(id % 9) + 1}T10:00:00.000Z`,
});

describe('the interviewer packet', () => {
  it('asks about the two principles the candidate is weakest on', () => {
    // Two stories at the bar for every principle but Ownership (none) and Dive Deep (one, below the bar).
    const stories = PRINCIPLE_IDS.flatMap((p) => (p === 'ownership' ? [] : p === 'dive-deep' ? [story(p, 55)] : [story(p, 80), story(p, 82)]));
    const packet = choosePacket(computeCoverage(PRINCIPLE_IDS, stories), content, 0);
    expect(packet.map((a) => a.principleId)).toEqual(['ownership', 'dive-deep']);
  });

  it('when everything is covered, asks about the lowest best scores', () => {
    const stories = PRINCIPLE_IDS.flatMap((p, i) => [story(p, 90 - i), story(p, 70)]);
    const packet = choosePacket(computeCoverage(PRINCIPLE_IDS, stories), content, 0);
    expect(packet.map((a) => a.principleId)).toEqual([PRINCIPLE_IDS[15], PRINCIPLE_IDS[14]]);
  });

  it('asks a different question of the principle in the next week', () => {
    const coverage = computeCoverage(PRINCIPLE_IDS, []);
    const weeks = [0, 1, 2].map((week) => choosePacket(coverage, content, week)[0]?.questionId);
    expect(new Set(weeks).size).toBe(3);
  });

  it('gives three probes (numbers, trade-off, what they would do differently) and what a strong answer shows', () => {
    const coverage = computeCoverage(PRINCIPLE_IDS, []);
    for (const week of [0, 1, 2, 3, 4, 5]) {
      for (const item of packetItems(choosePacket(coverage, content, week), content)) {
        expect(item.probes).toHaveLength(3);
        expect(item.probes.every((probe) => probe.length > 20)).toBe(true);
        expect(item.strongShows[0]).toBe(item.principle.description);
        // The rest is the rubric's own description of a top answer, criterion by criterion.
        for (const id of ['structure', 'metrics', 'tradeoffs', 'learning'] as const) expect(item.strongShows).toContain(CRITERIA[id].anchors[4]);
        // Follow-ups beyond the three: the question's own, or else the principle's from its other questions.
        expect(item.moreProbes.length).toBeGreaterThan(0);
        // The question's own probes are used first: none is lost, none repeated.
        const own = item.question.probes.map((p) => p.text);
        expect([...item.probes, ...item.moreProbes].filter((p) => own.includes(p)).sort()).toEqual([...own].sort());
      }
    }
  });

  it('never asks about a principle the candidate skipped, even their weakest', () => {
    const stories = PRINCIPLE_IDS.flatMap((p) => (p === 'ownership' ? [] : p === 'dive-deep' ? [story(p, 55)] : [story(p, 80), story(p, 82)]));
    const packet = choosePacket(computeCoverage(PRINCIPLE_IDS, stories), content, 0, new Set<PrincipleId>(['ownership']));
    expect(packet.map((a) => a.principleId)[0]).toBe('dive-deep');
    expect(packet.map((a) => a.principleId)).not.toContain('ownership');
  });

  it('someone with no stories yet is asked about two other principles each week, all 16 in eight weeks', () => {
    const coverage = computeCoverage(PRINCIPLE_IDS, []);
    const asked = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((week) => choosePacket(coverage, content, week).map((a) => a.principleId));
    expect(new Set(asked).size).toBe(16);
  });

  it('pairs interview each other; a trio goes round the circle', () => {
    expect(interviewOrder(['A', 'B'])).toEqual([
      { interviewerId: 'A', candidateId: 'B' },
      { interviewerId: 'B', candidateId: 'A' },
    ]);
    expect(interviewOrder(['A', 'B', 'C']).map((o) => `${o.interviewerId}>${o.candidateId}`)).toEqual(['A>B', 'B>C', 'C>A']);
  });
});
