import { CRITERION_IDS, WEIGHTS, type CriterionId, type Feedback } from '../rubric/index.js';

/**
 * Criteria below 4 from weakest to strongest, weighted like the rubric's score (a 1 in metrics matters more than a 1
 * in length), ties in the rubric's order. Stored feedback is plain JSON, so this works on Feedback, not on results.
 */
export function weakestCriteria(feedback: Feedback, skip: ReadonlySet<CriterionId> = new Set()): CriterionId[] {
  const gap = (id: CriterionId) => (4 - feedback.criteria[id].score) * WEIGHTS[id];
  return CRITERION_IDS.filter((id) => !skip.has(id) && feedback.criteria[id].score < 4).sort(
    (a, b) => gap(b) - gap(a) || CRITERION_IDS.indexOf(a) - CRITERION_IDS.indexOf(b),
  );
}

export interface ChosenFollowUp {
  /** The criterion the question digs into; null when the story was strong everywhere. */
  criterion: CriterionId | null;
  question: string;
}

/**
 * The one follow-up a bar raiser would ask first. The rubric already orders its follow-ups from the weakest criterion
 * (question probes first, then the principle's, then its defaults), skipping length, so its first question belongs
 * to the first weak criterion in the same order.
 */
export function chooseFollowUp(feedback: Feedback): ChosenFollowUp {
  const skip = new Set<CriterionId>(['length', ...(feedback.principle.asked === null ? (['alignment'] as const) : [])]);
  const weakest = weakestCriteria(feedback, skip)[0];
  const question = feedback.followUps[0] as string;
  return { criterion: weakest !== undefined && feedback.criteria[weakest].score < 4 ? weakest : null, question };
}

export interface FollowUpOutcome {
  closed: boolean;
  /** e.g. "metrics 1 -> 3" */
  change: string;
  /** The rubric's verdict on that criterion after the reply, e.g. "Baseline and delta are both there". */
  verdict: string;
  /** What would close it, when it is still open. */
  tip: string | undefined;
}

/** A criterion counts as covered at 3 of 4 ("meets the bar" on that line). */
export const GAP_CLOSED_AT = 3;

/**
 * Did the reply close the gap the follow-up probed? `before` scores the story alone, `after` the story with the
 * reply, so the reply is judged by what it adds. Without a criterion (a strong story), any non-worse score closes it.
 */
export function followUpOutcome(criterion: CriterionId | null, before: Feedback, after: Feedback): FollowUpOutcome {
  if (criterion === null) {
    return { closed: after.score >= before.score, change: `score ${before.score} -> ${after.score}`, verdict: '', tip: undefined };
  }
  const was = before.criteria[criterion].score;
  const now = after.criteria[criterion];
  const closed = now.score >= GAP_CLOSED_AT && now.score > was;
  return { closed, change: `${criterion} ${was} -> ${now.score}`, verdict: now.verdict, tip: closed ? undefined : now.tip };
}
