import { CRITERION_IDS, type Feedback } from '../rubric/index.js';

/**
 * What changed between two scorings of the same answer, in the words the author reads after an edit:
 * "metrics 1 -> 3, learning 2 -> 1, score 58 -> 74". Criteria that did not move are left out.
 */
export function describeFeedbackChange(before: Feedback, after: Feedback): string {
  const moved = CRITERION_IDS.filter((id) => before.criteria[id].score !== after.criteria[id].score).map(
    (id) => `${id} ${before.criteria[id].score} -> ${after.criteria[id].score}`,
  );
  const score = before.score === after.score ? `score unchanged at ${after.score}` : `score ${before.score} -> ${after.score}`;
  return [...moved, score].join(', ');
}
