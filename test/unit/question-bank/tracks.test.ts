import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content.js';
import { ContentError } from '../../../src/core/content-file.js';
import { channelQuestionPool, type TeamQuestionLike } from '../../../src/core/question-bank/pool.js';
import { loadTracks, resolveTrack, trackQuestions, trackWeight } from '../../../src/core/question-bank/tracks.js';
import { PRINCIPLE_IDS } from '../../../src/core/principles.js';
import { selectNextQuestion } from '../../../src/core/selection.js';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const content = loadContent();
const tracks = content.tracks ?? [];
const track = (id: string) => {
  const found = tracks.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no track ${id}`);
  return found;
};

const team = (id: string, principleId: TeamQuestionLike['principleId'], trackId: TeamQuestionLike['track']): TeamQuestionLike => ({
  id,
  principleId,
  text: `Team question ${id}: tell me about a time you shipped under pressure.`,
  probes: ['What did you cut?'],
  track: trackId,
});

describe('tracks in data/tracks.json', () => {
  it('loads the four built-in tracks with a weight for every principle and a metrics cheat-sheet', () => {
    expect(tracks.map((t) => t.id)).toEqual(['swe', 'pm', 'em', 'ops']);
    for (const t of tracks) {
      for (const principle of PRINCIPLE_IDS) expect(trackWeight(t, principle)).toBeGreaterThanOrEqual(1);
      expect(t.metrics.length).toBeGreaterThanOrEqual(3);
    }
    expect(track('swe').metrics.join(' ')).toMatch(/p99/);
    expect(track('pm').metrics.join(' ')).toMatch(/retention/i);
    expect(track('em').metrics.join(' ')).toMatch(/attrition/i);
    expect(track('ops').metrics.join(' ')).toMatch(/safety/i);
  });

  it('resolves a track by id, alias or name, in any case', () => {
    expect(resolveTrack('PM', tracks)?.id).toBe('pm');
    expect(resolveTrack('product manager', tracks)?.id).toBe('pm');
    expect(resolveTrack('SDE', tracks)?.id).toBe('swe');
    expect(resolveTrack('Engineering manager', tracks)?.id).toBe('em');
    expect(resolveTrack('sales', tracks)).toBeUndefined();
  });

  it('a track file naming a question that does not exist is refused, naming the track and the id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lp-tracks-'));
    const file = join(dir, 'tracks.json');
    const broken = tracks.map((t) => (t.id === 'pm' ? { ...t, questions: [...t.questions, 'dive-deep-99'] } : t));
    writeFileSync(file, JSON.stringify(broken));
    expect(() => loadTracks(content.principles, content.questions, file)).toThrow(ContentError);
    expect(() => loadTracks(content.principles, content.questions, file)).toThrow(/id "pm".*dive-deep-99/);
  });
});

describe('the question pool of a channel', () => {
  it('with no track and no team questions it is exactly the built-in bank', () => {
    expect(channelQuestionPool(content, undefined, [])).toBe(content.questions);
  });

  it("on the PM track: only the track's built-in questions, in the track's wording, for every principle", () => {
    const pool = channelQuestionPool(content, track('pm'), []);
    expect(new Set(pool.map((q) => q.id))).toEqual(new Set(track('pm').questions));
    expect(pool.length).toBeLessThan(content.questions.length);
    for (const principle of PRINCIPLE_IDS) expect(pool.some((q) => q.principle === principle)).toBe(true);
    const reworded = pool.find((q) => q.id === 'customer-obsession-01');
    expect(reworded?.text).toBe('Tell me about a time you changed a product roadmap because of what you learned directly from customers.');
    // The built-in bank itself is untouched.
    expect(content.questions.find((q) => q.id === 'customer-obsession-01')?.text).toMatch(/changed a plan or a product/);
  });

  it("adds the channel's team questions for its track or every track, never another track's", () => {
    const own = [team('team-1', 'dive-deep', 'pm'), team('team-2', 'dive-deep', null), team('team-3', 'dive-deep', 'swe')];
    const pm = channelQuestionPool(content, track('pm'), own).map((q) => q.id);
    expect(pm).toContain('team-1');
    expect(pm).toContain('team-2');
    expect(pm).not.toContain('team-3');
    const none = channelQuestionPool(content, undefined, own).map((q) => q.id);
    expect(none).toEqual([...content.questions.map((q) => q.id), 'team-2']);
  });

  it('the daily selection on the PM track picks a PM-track or team question, whatever the random draw', () => {
    const allowed = new Set([...track('pm').questions, 'team-1']);
    const pool = channelQuestionPool(content, track('pm'), [team('team-1', 'deliver-results', 'pm')]);
    for (const draw of [0, 0.2, 0.42, 0.7, 0.99]) {
      const { question } = selectNextQuestion({
        principles: content.principles,
        questions: pool,
        coverage: new Map(),
        recentPrincipleIds: [],
        usedQuestionIds: [],
        random: () => draw,
      });
      expect(allowed.has(question.id)).toBe(true);
    }
    const pmOnly = trackQuestions(track('pm'), content.questions).map((q) => q.id);
    expect(pmOnly).not.toContain('dive-deep-01');
  });
});
