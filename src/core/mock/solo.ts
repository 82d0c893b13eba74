import { CRITERION_IDS, type CriterionId } from '../rubric/criteria/types.js';
import type { Feedback, Level } from '../rubric/index.js';
import type { Rating } from './packet.js';

/*
 * The written bar-raiser mock (`/lp mock solo`): one question, the two follow-ups the rubric finds most needed, then a
 * scorecard on the four-point scale of a live loop, from the rubric's level of the story with its follow-up answers.
 */

export const SOLO_FOLLOW_UPS = 2;
/** A mock left unanswered this long is over: a message after it is an ordinary DM again. */
export const SOLO_LIFETIME_MS = 24 * 3_600_000;

/** A bar raiser's reading of the rubric's levels: at the bar is "Inclined", above it "Strongly inclined". */
export const LEVEL_RATING: Readonly<Record<Level, Rating>> = {
  'Raises the bar': 'strongly-inclined',
  'Meets the bar': 'inclined',
  'Almost there': 'not-inclined',
  'Not yet': 'strongly-not-inclined',
};

export interface SoloScorecard {
  rating: Rating;
  /** Criteria at 4 of 4 first, then 3. */
  strong: CriterionId[];
  /** Criteria at 0-1, weakest first. */
  missing: CriterionId[];
  /** Why the rating is what it is, in one line: the gate that holds the story back, or the weakest criterion's verdict. */
  reason: string;
}

export function soloScorecard(feedback: Feedback): SoloScorecard {
  const score = (id: CriterionId) => feedback.criteria[id].score;
  const strong = CRITERION_IDS.filter((id) => score(id) >= 3).sort((a, b) => score(b) - score(a));
  const missing = CRITERION_IDS.filter((id) => score(id) <= 1).sort((a, b) => score(a) - score(b));
  const weakest = [...CRITERION_IDS].sort((a, b) => score(a) - score(b))[0] as CriterionId;
  const reason = feedback.gate?.message ?? (score(weakest) < 4 ? feedback.criteria[weakest].verdict : 'Every criterion is at its best.');
  return { rating: LEVEL_RATING[feedback.level], strong, missing, reason };
}

/** The next follow-up to ask: the rubric's most needed one that was not asked yet. */
export function nextSoloQuestion(feedback: Feedback, asked: readonly string[]): string | undefined {
  return feedback.followUps.find((question) => !asked.includes(question));
}
