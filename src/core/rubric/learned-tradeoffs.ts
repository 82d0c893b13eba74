import type { Analysis } from './analysis.js';
import { featuresOf, learnedScores, type FitModel } from './learned-fit.js';

/**
 * A learned reading of whether a story weighs its course, beside the clause readers of tradeoff-reading.ts. People
 * weigh options, accept costs and set limits in far more words than any list of phrasings holds: batches of answers
 * the readers had never seen met 64-79% of their trade-off expectations, and phrasings added for one batch moved the
 * next one by a point. Naive Bayes over the same story features as the learned principle fit (learned-fit.ts), trained
 * on the development half of the suite: stories a bar raiser would credit with their trade-offs (3 or 4) against
 * stories that tell one path (0 or 1). It moves the clause readers' score by one step at most, and only when it is
 * clear; what the readers found is still what the verdict lists.
 */

/** The model's two labels, in the order of its weights. */
export const TRADEOFF_LABELS = ['weighs', 'one-path'] as const;

export const TRADEOFF_MODEL_FILE = 'tradeoff-model.json';

/**
 * How far apart the two labels' scores must be (in nats) to move the score. Five-fold cross-validation on the
 * development half gave the same result for every margin from 0.5 to 6, so the reading is rarely in doubt; 1 keeps a
 * story the model barely leans on where the readers put it.
 */
export const TRADEOFF_MARGIN = 1;

/** Below this many words a story has too few of them to read as a whole; the readers' score stands. */
export const TRADEOFF_MIN_WORDS = 60;

/** The learned lean of a story: positive when it reads as weighing its course, negative when it reads as one path. */
export function learnedWeighing(model: FitModel, analysis: Analysis): number {
  const scores = learnedScores(model, featuresOf(analysis), TRADEOFF_LABELS);
  return (scores[0] as number) - (scores[1] as number);
}
