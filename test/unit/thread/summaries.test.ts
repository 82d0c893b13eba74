import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content.js';
import { scoreAnswer } from '../../../src/core/rubric/index.js';
import {
  closeTimeDue,
  coverageCells,
  criterionAverages,
  digestDueWeek,
  periodStart,
  principleToPractise,
  topStory,
  weekStartOf,
} from '../../../src/core/thread/summaries.js';
import { STRONG_UNLABELLED, VAGUE_PADDED } from '../rubric/answers.js';

const story = (answerId: number, votes: number, score: number | null, createdAt = `2026-11-30T10:0${answerId}:00Z`) => ({
  answerId,
  userId: `U${answerId}`,
  votes,
  score,
  createdAt,
});

describe('topStory', () => {
  it('most votes, then higher score, then earlier; nobody when nobody voted', () => {
    expect(topStory([story(1, 1, 90), story(2, 2, 40)])?.answerId).toBe(2);
    expect(topStory([story(1, 2, 60), story(2, 2, 80)])?.answerId).toBe(2);
    expect(topStory([story(2, 2, 80), story(1, 2, 80)])?.answerId).toBe(1);
    expect(topStory([story(1, 0, 99)])).toBeUndefined();
  });
});

describe('criterionAverages', () => {
  it('averages each criterion except length, best first', () => {
    const averages = criterionAverages([scoreAnswer(STRONG_UNLABELLED), scoreAnswer(VAGUE_PADDED)]);
    expect(averages).toHaveLength(8);
    expect(averages.map((a) => a.criterion)).not.toContain('length');
    expect(averages[0]?.average).toBeGreaterThanOrEqual(averages.at(-1)?.average ?? 5);
    expect(criterionAverages([])).toEqual([]);
  });
});

describe('digest and close-time decisions', () => {
  it('weeks start on the channel-local Monday', () => {
    expect(weekStartOf('2026-12-04')).toBe('2026-11-30');
    expect(weekStartOf('2026-11-30')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-06')).toBe('2026-11-30');
  });

  it('a Friday 16:00 digest is due from then until Sunday night, in the channel zone', () => {
    const slot = { day: 'fri', time: '16:00' } as const;
    expect(digestDueWeek(new Date('2026-12-04T14:59:00Z'), 'Europe/Berlin', slot)).toBeUndefined();
    expect(digestDueWeek(new Date('2026-12-04T15:00:00Z'), 'Europe/Berlin', slot)).toBe('2026-11-30');
    expect(digestDueWeek(new Date('2026-12-06T22:00:00Z'), 'Europe/Berlin', slot)).toBe('2026-11-30');
    // Monday 05:30 in Berlin is still Sunday 23:30 in New York.
    expect(digestDueWeek(new Date('2026-12-07T04:30:00Z'), 'America/New_York', slot)).toBe('2026-11-30');
    expect(digestDueWeek(new Date('2026-12-07T04:30:00Z'), 'Europe/Berlin', slot)).toBeUndefined();
  });

  it('a close time applies to a prompt posted before it, from that time on', () => {
    const prompt = { localDate: '2026-11-30', postedAt: '2026-11-30T08:30:00Z' };
    expect(closeTimeDue(new Date('2026-11-30T15:59:00Z'), 'Europe/Berlin', '17:00', prompt)).toBe(false);
    expect(closeTimeDue(new Date('2026-11-30T16:00:00Z'), 'Europe/Berlin', '17:00', prompt)).toBe(true);
    expect(closeTimeDue(new Date('2026-11-30T18:00:00Z'), 'UTC', '08:00', prompt)).toBe(false);
  });

  it('leaderboard periods start at the local week, month or the beginning', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    expect(periodStart('week', now, 'Europe/Berlin').toISOString()).toBe('2026-11-29T23:00:00.000Z');
    expect(periodStart('month', now, 'UTC').toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(periodStart('all', now, 'UTC').getTime()).toBe(0);
  });
});

describe('coverage', () => {
  it('suggests the principle fewest people have a story for, in content order on ties', () => {
    const { principles } = loadContent();
    const covered = new Map(principles.slice(0, 15).map((p) => [p.id, 2] as const));
    expect(principleToPractise(coverageCells(principles, covered))?.id).toBe(principles[15]?.id);
    expect(principleToPractise(coverageCells(principles, new Map()))?.id).toBe(principles[0]?.id);
  });
});
