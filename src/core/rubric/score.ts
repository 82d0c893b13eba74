import type { CriterionId, CriterionResult } from './criteria/types.js';
import { DISQUALIFYING_GATES, type GateId } from './gates.js';

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

/**
 * Glaring gaps that leave little of the rubric met: a fluent story that measures, weighs, learns and names nothing is
 * "Not yet" however well it claims its steps. On the suite a minimum of 3 or 4 moved the same answers, each toward its
 * expectations; 4, more than half of the seven weighty criteria, is kept.
 */
const LITTLE_MET = 4;

/**
 * Glaring gaps: criteria of weight 10 or more at 0 or 1 (principle fit only when a principle was asked), and a length
 * far from the target. Any one keeps a story below "Raises the bar"; two heavy ones keep it below "Meets the bar".
 */
export interface WeakSpots {
  heavy: number;
  length: boolean;
  /** The story blames other people more than once: a bar raiser stops there, however well the rest is told. */
  blaming?: boolean;
}

export function weakSpots(criteria: Readonly<Record<CriterionId, CriterionResult>>, principleAsked: boolean, blamingPhrases = 0): WeakSpots {
  const heavy = (Object.keys(WEIGHTS) as CriterionId[]).filter(
    (id) => (id !== 'alignment' || principleAsked) && WEIGHTS[id] >= 10 && criteria[id].score <= 1,
  ).length;
  return { heavy, length: criteria.length.score <= 1, blaming: blamingPhrases >= 2 };
}

/**
 * The level follows the gates first and the score second. No real story (hypothetical, a template) or two failed
 * gates: "Not yet". One failed gate: "Almost there" at best, so it never counts toward coverage. A weak spot keeps an
 * answer below "Raises the bar", two below "Meets the bar", four below "Almost there". The score is capped with the level
 * so the two always agree.
 */
export function applyGates(score: number, gates: readonly GateId[], weak: WeakSpots = { heavy: 0, length: false }): { score: number; level: Level } {
  const disqualified = gates.some((id) => DISQUALIFYING_GATES.has(id)) || gates.length >= 2;
  let ceiling = disqualified ? LEVEL_FLOORS['Almost there'] - 1 : gates.length === 1 ? LEVEL_FLOORS['Meets the bar'] - 1 : 100;
  if (weak.heavy >= 1 || weak.length) ceiling = Math.min(ceiling, LEVEL_FLOORS['Raises the bar'] - 1);
  // Two glaring gaps (no measured result and nothing specific, say): a bar raiser would not sign it as it stands.
  if (weak.heavy >= 2 || weak.blaming === true) ceiling = Math.min(ceiling, LEVEL_FLOORS['Meets the bar'] - 1);
  if (weak.heavy >= LITTLE_MET) ceiling = Math.min(ceiling, LEVEL_FLOORS['Almost there'] - 1);
  const final = Math.min(score, ceiling);
  return { score: final, level: levelFor(final) };
}
