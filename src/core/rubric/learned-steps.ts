import type { Analysis } from './analysis.js';
import type { RubricContext } from './criteria/types.js';
import { featuresOf, learnedScores, type FitModel } from './learned-fit.js';
import { readTemplate } from './template-check.js';

/**
 * Learned readings beside the rules of three criteria. People weigh options, draw lessons and measure change in far
 * more words than any list of phrasings holds: batches of answers the rules had never seen met 64-79% of their
 * trade-off expectations and 75-86% of their lesson ones, and phrasings added for one batch moved the next by a point
 * or two. Each reading is naive Bayes over the same story features as the learned principle fit
 * (learned-fit.ts), trained on the development half of the suite: stories a bar raiser would credit on the criterion
 * (3 or 4) against stories that miss it (0 or 1). It moves the rules' score only when it is clear: up by one step
 * (from nothing to 2 only for trade-offs, when it is very clear), down by one step or to the caller's floor; what the
 * rules found is still what the verdict lists, and the verdict says when the reading moved it.
 */
export const LEARNED_CRITERIA = ['tradeoffs', 'learning', 'metrics'] as const;
export type LearnedCriterion = (typeof LEARNED_CRITERIA)[number];

/** Each model's two labels, in the order of its weights. */
export const LEARNED_LABELS = ['meets', 'misses'] as const;

/** Where `npm run train:fit` writes each model, in data/. */
export const LEARNED_MODEL_FILES: Readonly<Record<LearnedCriterion, string>> = {
  tradeoffs: 'tradeoff-model.json',
  learning: 'learning-model.json',
  metrics: 'metrics-model.json',
};

export type LearnedModels = Partial<Record<LearnedCriterion, FitModel>>;

/**
 * How far apart the two labels' scores must be (in nats) to move a score. Five-fold cross-validation on the
 * development half gave the same result for every margin from 0.5 to 6 on all three criteria, so a reading is rarely
 * in doubt; 1 keeps a story the model barely leans on where the rules put it.
 */
export const LEARNED_MARGIN = 1;

/**
 * Below this many words a story has too few of them to read as a whole; the rules' score stands. At 60, 44 stories of
 * 60-69 words on the development half were lifted a step on metrics or trade-offs, 6 of them against their writers and
 * none where a writer needed it; 80 gave the same, and 100 began to drop lifts the writers agreed with (5 new misses).
 */
export const LEARNED_MIN_WORDS = 70;

/** The learned lean of a story: positive when it reads as meeting the criterion, negative when it reads as missing it. */
export function learnedLean(model: FitModel, analysis: Analysis): number {
  const scores = learnedScores(model, featuresOf(analysis), LEARNED_LABELS);
  return (scores[0] as number) - (scores[1] as number);
}

/**
 * A move from a criterion's learned reading, when it leans clearly against the rules' score: one step up from 1
 * (or from `risesFrom`) or 2 (when `mayRise`), down from 2 or above. Never up from 0: with nothing found, the verdict could not say what the
 * story has, and lifting trade-offs from 0 to 2 on a very strong lean (as rubric v17 to v113 did) cost more than it
 * gained on answers never seen: trained without each of fresh140 to fresh149 in turn and scored on that batch's
 * development half, those ten batches met 363 of 385 trade-off expectations without the lift and 347 with it, every
 * batch as many or more without. Down, the score lands at `fallsTo` at most (one step below by default): the returned
 * number is the change. Templates and answers under LEARNED_MIN_WORDS words keep the rules' score.
 */
export function learnedStep(context: RubricContext, criterion: LearnedCriterion, score: number, { mayRise = true, risesFrom = 1, fallsTo = score - 1 } = {}): number {
  const model = context.learnedModels?.[criterion];
  if (model === undefined || context.analysis.doc.words < LEARNED_MIN_WORDS) return 0;
  if (readTemplate(context.analysis, context.sections).isTemplate) return 0;
  const lean = learnedLean(model, context.analysis);
  if (mayRise && lean > LEARNED_MARGIN && score >= risesFrom && score <= 2) return 1;
  if (lean < -LEARNED_MARGIN && score >= 2) return Math.min(score - 1, fallsTo) - score;
  return 0;
}

/**
 * Where a clear "misses" reading takes a trade-off score the rules put higher. On the development half, every score
 * of 3 the reading doubted was banded at 1 or below (41) or 2 or below (16) by its writer, none higher: the rules had
 * found two things (an "instead of" in passing and a "because", a concession and a stock reason) in a story that
 * weighs nothing, so one step down still read it as weighing something.
 */
export const TRADEOFFS_FALL_TO = 1;

/**
 * The lowest trade-off score a clear "meets" reading lifts. From 1 (a watch or a risk named, nothing weighed) the lift
 * mostly met strong stories that weigh nothing, which their writers banded at 1 or below: with models trained through
 * fresh275, lifting only from 2 met 41 more trade-off expectations on the development half, 7 more on the held-out
 * half and 5 more on the unseen fresh276 to fresh284 (407 of 432), and no lift at all met 18 fewer there than lifting
 * from 1.
 */
export const TRADEOFFS_RISE_FROM = 2;
