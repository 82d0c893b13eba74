import { STORIES_PER_PRINCIPLE, type PrincipleCoverage } from '../coverage.js';
import type { PrincipleId } from '../principles.js';

/*
 * "Verified out loud": a story told in a mock loop and rated Inclined or better counts toward the candidate's coverage
 * like a written story at the bar. Attached to a written story (the same story, written down), it counts once: it adds
 * nothing when that written story is already at the bar, and lifts it into coverage when it is not.
 */

export interface VerifiedStory {
  principleId: PrincipleId;
  /** The written story it is, when the candidate said so. */
  attachedAnswerId: number | null;
}

/** Coverage with the candidate's loop stories added; `verifiedOutLoud` counts the distinct stories verified. */
export function withVerifiedOutLoud(coverage: readonly PrincipleCoverage[], verified: readonly VerifiedStory[]): PrincipleCoverage[] {
  if (verified.length === 0) return [...coverage];
  return coverage.map((c) => {
    const mine = verified.filter((v) => v.principleId === c.principleId);
    if (mine.length === 0) return c;
    const attached = new Set(mine.flatMap((v) => (v.attachedAnswerId === null ? [] : [v.attachedAnswerId])));
    const loose = mine.filter((v) => v.attachedAnswerId === null).length;
    const stories = new Set([...c.coveringStoryIds, ...attached]).size + loose;
    return { ...c, covered: Math.min(stories, STORIES_PER_PRINCIPLE), verifiedOutLoud: attached.size + loose };
  });
}
