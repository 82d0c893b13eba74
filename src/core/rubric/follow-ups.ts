import type { Probe, ProbeKind } from '../questions.js';
import { CRITERION_IDS, type CriterionId, type CriterionResult } from './criteria/types.js';
import { WEIGHTS } from './score.js';

export const MIN_FOLLOW_UPS = 2;
export const MAX_FOLLOW_UPS = 4;
export const MAX_TIPS = 3;

/** Which kind of probe digs into a weak criterion. */
const PROBE_KIND: Readonly<Record<CriterionId, ProbeKind>> = {
  structure: 'detail',
  ownership: 'ownership',
  metrics: 'metrics',
  length: 'detail',
  tradeoffs: 'tradeoffs',
  learning: 'learning',
  alignment: 'detail',
  specificity: 'detail',
  tone: 'ownership',
};

/** Our own bar-raiser questions, used when the question and principle have no probe of the kind needed. */
const DEFAULT_FOLLOW_UPS: Readonly<Record<CriterionId, string>> = {
  structure: 'Walk me through what you did, step by step, from the moment you took this on.',
  ownership: 'Which decision in this story was yours alone, and what would have happened if you had not been there?',
  metrics: 'How did you measure the result: what was the number before, what was it after, and who noticed?',
  length: 'If you had one sentence to tell me the outcome, what would it be?',
  tradeoffs: 'What other options did you consider, what did you give up, and how did you limit the risk?',
  learning: 'What would you do differently if you faced this again tomorrow?',
  alignment: 'Which moment in this story best shows the principle, and what did it cost you?',
  specificity: 'Pick the hardest moment in this story: who was involved, what exactly did you say or change?',
  tone: 'What was your own part in how this went, including what did not go well?',
};

/**
 * Questions that dig deeper into what a story already has: a bar raiser still probes a complete answer, and these
 * never ask for something it says.
 */
const DEPTH_FOLLOW_UPS: readonly string[] = [
  'What was the hardest moment in this, and what exactly did you say or do then?',
  'How do you know your change caused the result, and not something else that happened at the same time?',
  'What would have made you reverse your decision, and how would you have noticed in time?',
  'Who disagreed with you along the way, and how did you bring them along?',
];

/** Criterion scores, from a fresh evaluation or from stored Feedback JSON. */
type Scores = Readonly<Record<CriterionId, { score: number }>>;

/** Criteria below 4 from weakest to strongest, weighted: a 1 in metrics matters more than a 1 in length. */
export function weakestFirst(criteria: Scores, skip: ReadonlySet<CriterionId> = new Set()): CriterionId[] {
  return CRITERION_IDS.filter((id) => !skip.has(id) && criteria[id].score < 4).sort(
    (a, b) => (4 - criteria[b].score) * WEIGHTS[b] - (4 - criteria[a].score) * WEIGHTS[a] || CRITERION_IDS.indexOf(a) - CRITERION_IDS.indexOf(b),
  );
}

/**
 * 2-4 questions a bar raiser would ask next, aimed at the weakest criteria, none of them one the answer has already
 * answered (`answered`). The asked question's own probes come first, then probes of other questions for the same
 * principle, then our defaults.
 */
export function chooseFollowUps(
  criteria: Readonly<Record<CriterionId, CriterionResult>>,
  questionProbes: readonly Probe[],
  principleProbes: readonly Probe[],
  skip: ReadonlySet<CriterionId>,
  doubts: readonly string[] = [],
  answered: (question: string) => boolean = () => false,
): string[] {
  const weak = weakestFirst(criteria, skip);
  const wanted = Math.min(MAX_FOLLOW_UPS, Math.max(MIN_FOLLOW_UPS, weak.filter((id) => criteria[id].score <= 2).length));
  const chosen: string[] = [];
  const take = (text: string | undefined): void => {
    if (text !== undefined && !chosen.includes(text) && chosen.length < wanted && !answered(text)) chosen.push(text);
  };
  // A claim hard to believe is the first thing a bar raiser would test.
  for (const doubt of doubts) take(doubt);
  for (const id of weak) {
    const kind = PROBE_KIND[id];
    const probe = [...questionProbes, ...principleProbes].find((p) => p.kind === kind && !chosen.includes(p.text) && !answered(p.text));
    take(probe?.text ?? DEFAULT_FOLLOW_UPS[id]);
  }
  // A strong answer still gets probed: first on detail, then on what the speaker would change.
  for (const probe of [...questionProbes, ...principleProbes]) take(probe.text);
  take(DEFAULT_FOLLOW_UPS.ownership);
  take(DEFAULT_FOLLOW_UPS.learning);
  for (const text of DEPTH_FOLLOW_UPS) take(text);
  return chosen;
}

/** The top tips in priority order, blocking gaps first, then the largest weighted shortfalls; none already answered. */
export function chooseTips(
  criteria: Readonly<Record<CriterionId, CriterionResult>>,
  first: readonly CriterionId[],
  skip: ReadonlySet<CriterionId>,
  answered: (tip: string) => boolean = () => false,
): string[] {
  const order = [...first, ...weakestFirst(criteria, skip).filter((id) => !first.includes(id))];
  const tips: string[] = [];
  for (const id of order) {
    const tip = criteria[id].tip;
    if (!tips.includes(tip) && !answered(tip)) tips.push(tip);
    if (tips.length === MAX_TIPS) break;
  }
  return tips.length > 0 ? tips : ['Rehearse it aloud once more, then prepare for the follow-ups: details, alternatives, what you would change.'];
}
