import type { PrincipleId } from './principles.js';
import type { Level } from './rubric/index.js';

/** The target: a primary story and a backup for every principle, so a follow-up interview never runs dry. */
export const STORIES_PER_PRINCIPLE = 2;

/** Levels at which a story counts as covering its principle. */
const BAR_LEVELS: ReadonlySet<Level> = new Set<Level>(['Raises the bar', 'Meets the bar']);

export function reachesBar(level: Level): boolean {
  return BAR_LEVELS.has(level);
}

/** One story (a root answer, thread or practice) with its current feedback. */
export interface ScoredStory {
  answerId: number;
  principleId: PrincipleId;
  score: number;
  level: Level;
  /** Principles the rubric recognised in the story (Feedback.principle.detected). */
  detected: readonly PrincipleId[];
  /** ISO time; newer wins ties. */
  createdAt: string;
}

export interface PrincipleCoverage {
  principleId: PrincipleId;
  /** Distinct stories at the bar for this principle, capped at the target (0, 1 or 2). */
  covered: number;
  /** Stories at the bar, best score first (all of them, not capped). */
  coveringStoryIds: number[];
  /** The best score of any story told for this principle, or null when none was scored. */
  bestScore: number | null;
  /** Stories told for another principle that reach the bar and that the rubric says also show this one. */
  candidateStoryIds: number[];
  /** Stories told in a mock loop and rated Inclined or better (src/core/mock/verified.ts); absent when none. */
  verifiedOutLoud?: number;
}

const byScoreThenNewest = (a: ScoredStory, b: ScoredStory) => b.score - a.score || b.createdAt.localeCompare(a.createdAt);

/**
 * Coverage of each principle, in the order of `principleIds`. A story covers the principle it was told for when it
 * reaches "Meets the bar"; it is a candidate for the other principles the rubric detected in it ("this story may also
 * work for Dive Deep"), which people can confirm by telling it for that principle.
 */
export function computeCoverage(principleIds: readonly PrincipleId[], stories: readonly ScoredStory[]): PrincipleCoverage[] {
  const sorted = [...stories].sort(byScoreThenNewest);
  return principleIds.map((principleId) => {
    const own = sorted.filter((s) => s.principleId === principleId);
    const covering = own.filter((s) => reachesBar(s.level));
    const candidates = sorted.filter((s) => s.principleId !== principleId && reachesBar(s.level) && s.detected.includes(principleId));
    return {
      principleId,
      covered: Math.min(covering.length, STORIES_PER_PRINCIPLE),
      coveringStoryIds: covering.map((s) => s.answerId),
      bestScore: own[0]?.score ?? null,
      candidateStoryIds: candidates.map((s) => s.answerId),
    };
  });
}

/** Principles with both stories in place. */
export function fullyCovered(coverage: readonly PrincipleCoverage[]): number {
  return coverage.filter((c) => c.covered >= STORIES_PER_PRINCIPLE).length;
}

/** Weakest first: fewer stories at the bar, then a lower best score (never scored counts lowest). */
function weakness(a: PrincipleCoverage, b: PrincipleCoverage): number {
  return a.covered - b.covered || (a.bestScore ?? -1) - (b.bestScore ?? -1);
}

/**
 * Every principle still short of the target, weakest first; ties keep the input order (the principles' order).
 * The first `count` are "the three to work on next".
 */
export function principlesToWorkOn(coverage: readonly PrincipleCoverage[], count = coverage.length): PrincipleCoverage[] {
  return coverage
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.covered < STORIES_PER_PRINCIPLE)
    .sort((a, b) => weakness(a.c, b.c) || a.index - b.index)
    .slice(0, count)
    .map(({ c }) => c);
}

/**
 * The principle `/lp practice` asks about when none is named: one of the weakest, ties broken by `random` (so a new
 * person does not always start with the first principle). When everything is covered, any principle can be practised.
 */
export function leastCoveredPrinciple(coverage: readonly PrincipleCoverage[], random: () => number): PrincipleId | undefined {
  const pool = principlesToWorkOn(coverage);
  const candidates = pool.length > 0 ? pool : [...coverage];
  const first = candidates[0];
  if (first === undefined) return undefined;
  const ties = candidates.filter((c) => weakness(c, first) === 0);
  const index = Math.min(ties.length - 1, Math.floor(random() * ties.length));
  return ties[index]?.principleId;
}
