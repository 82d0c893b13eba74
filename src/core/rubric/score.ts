import type { CriterionId, CriterionResult } from './criteria/types.js';

/**
 * Weights of the nine criteria in the 0-100 score. The content of the story (ownership, measured results,
 * specificity, structure) carries 60; judgement and reflection (trade-offs, learning, fit to the principle) 30;
 * delivery (length, tone) only 10, so a longer answer cannot buy its way up.
 */
export const WEIGHTS: Readonly<Record<CriterionId, number>> = {
  structure: 15,
  ownership: 15,
  metrics: 15,
  specificity: 15,
  tradeoffs: 10,
  learning: 10,
  alignment: 10,
  length: 5,
  tone: 5,
};

export const LEVELS = ['Raises the bar', 'Meets the bar', 'Almost there', 'Not yet'] as const;
export type Level = (typeof LEVELS)[number];

/** Lowest score of each level. */
export const LEVEL_FLOORS: Readonly<Record<Level, number>> = {
  'Raises the bar': 80,
  'Meets the bar': 62,
  'Almost there': 42,
  'Not yet': 0,
};

export function levelFor(score: number): Level {
  return LEVELS.find((level) => score >= LEVEL_FLOORS[level]) ?? 'Not yet';
}

/**
 * Weighted mean of the criterion scores on 0-100. Alignment only counts when a principle was asked: without one
 * there is nothing to align with, and its weight is shared out over the others.
 */
export function weightedScore(criteria: Readonly<Record<CriterionId, CriterionResult>>, principleAsked: boolean): number {
  let total = 0;
  let weights = 0;
  for (const id of Object.keys(WEIGHTS) as CriterionId[]) {
    if (id === 'alignment' && !principleAsked) continue;
    total += WEIGHTS[id] * (criteria[id].score / 4);
    weights += WEIGHTS[id];
  }
  return Math.round((100 * total) / weights);
}

export interface Caps {
  /** No Result found: the listener never learns what happened. */
  noResult: boolean;
  /** No finished action of the speaker's own ("we" only, passive, or hypothetical). */
  noPersonalAction: boolean;
  /** A glaring gap: a criterion weighing 10 or more at 0-1, or an answer far too short or long to tell well. */
  weakSpot: boolean;
  /** Under about 20 seconds spoken: too little to show a whole story, however good the sentences. */
  tooShort: boolean;
}

/** Fewer words than this (20 seconds at 150 words a minute) cannot carry a whole STAR-L story. */
export const MIN_STORY_WORDS = 50;

/** True when one criterion that matters is at 0 or 1, or the length is: "Raises the bar" needs no glaring gap. */
export function hasWeakSpot(criteria: Readonly<Record<CriterionId, CriterionResult>>, principleAsked: boolean): boolean {
  return (Object.keys(WEIGHTS) as CriterionId[]).some(
    (id) => (id !== 'alignment' || principleAsked) && (WEIGHTS[id] >= 10 || id === 'length') && criteria[id].score <= 1,
  );
}

/**
 * A missing Result, no personal Action or fewer than 50 words each cap the level at "Almost there", two or more at
 * "Not yet", whatever the other criteria add up to; a weak spot keeps an answer below "Raises the bar". The score is
 * capped with the level so the two always agree.
 */
export function applyCaps(score: number, caps: Caps): { score: number; level: Level } {
  const capped = Number(caps.noResult) + Number(caps.noPersonalAction) + Number(caps.tooShort);
  let ceiling = capped === 0 ? 100 : capped === 1 ? LEVEL_FLOORS['Meets the bar'] - 1 : LEVEL_FLOORS['Almost there'] - 1;
  if (caps.weakSpot) ceiling = Math.min(ceiling, LEVEL_FLOORS['Raises the bar'] - 1);
  const final = Math.min(score, ceiling);
  return { score: final, level: levelFor(final) };
}
