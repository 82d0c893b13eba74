import type { Content } from '../content.js';
import { PRINCIPLE_IDS, PrincipleIdSchema, resolvePrinciple, type PrincipleId } from '../principles.js';
import { questionsFor, type Probe, type Question } from '../questions.js';
import { analyzeAnswer, type Analysis } from './analysis.js';
import { alignmentCriterion } from './criteria/alignment.js';
import { speakingSeconds, lengthCriterion } from './criteria/length.js';
import { learningCriterion } from './criteria/learning.js';
import { isExtraordinary, measuredNumbers, metricsCriterion } from './criteria/metrics.js';
import { countOwnership, ownershipCriterion } from './criteria/ownership.js';
import { specificityCriterion } from './criteria/specificity.js';
import { structureCriterion } from './criteria/structure.js';
import { tradeoffsCriterion } from './criteria/tradeoffs.js';
import { blamingPhrases, toneCriterion } from './criteria/tone.js';
import {
  CRITERION_IDS,
  type Criterion,
  type CriterionId,
  type CriterionResult,
  type PrincipleRef,
  type RubricContext,
} from './criteria/types.js';
import { asksOnlyForWhatIsThere, restatesAnswer, type Presence } from './consistency.js';
import { chooseFollowUps, chooseTips } from './follow-ups.js';
import { checkReadable, type Unreadable } from './readability.js';
import { FeedbackSchema, type Feedback, type Fit } from './schema.js';
import { applyGates, weakSpots, weightedScore } from './score.js';
import { failedGates, readGateFacts } from './gates.js';
import { FIRST_PLURAL, FIRST_SINGULAR } from './lexicon.js';
import { readTemplate } from './template-check.js';
import { findSections, SECTION_IDS } from './sections.js';
import { bestFitting, principleFit } from './principle-fit.js';
import { tradeoffFacts } from './tradeoff-reading.js';

export { FeedbackSchema, type Feedback, type CriterionFeedback } from './schema.js';
export { CRITERION_IDS, type CriterionId } from './criteria/types.js';
export { LEVELS, LEVEL_FLOORS, WEIGHTS, type Level } from './score.js';
export { GATE_IDS, SPOKEN_WINDOW_SECONDS, STORY_WORDS, type GateId } from './gates.js';

/**
 * The rubric's version, stored in every Feedback: the same answer, question and version always give the same feedback,
 * and stored feedback of an older version can be found and scored again (`lp-coach rescore`).
 */
export const RUBRIC_VERSION = 190;
export { WORDS_PER_MINUTE } from './criteria/length.js';
export { weakestFirst } from './follow-ups.js';

/** Every criterion, in the order of the Feedback JSON. */
export const CRITERIA: Readonly<Record<CriterionId, Criterion>> = {
  structure: structureCriterion,
  ownership: ownershipCriterion,
  metrics: metricsCriterion,
  length: lengthCriterion,
  tradeoffs: tradeoffsCriterion,
  learning: learningCriterion,
  alignment: alignmentCriterion,
  specificity: specificityCriterion,
  tone: toneCriterion,
};

export interface ScoreOptions {
  /** Principle id, name or alias (aliases need `content`). Defaults to the question's principle. */
  principle?: string;
  /** A question, or a question id from `content`, or free question text. Its probes feed the follow-ups. */
  question?: Question | string;
  /** Loaded principles and questions; without them, built-in cues and default follow-ups are used. */
  content?: Content;
}

/** A principle the caller named that is not an id, name or alias we know. */
export class UnknownPrincipleError extends Error {
  override name = 'UnknownPrincipleError';
  constructor(
    readonly input: string,
    readonly validIds: readonly string[],
  ) {
    super(`Unknown principle "${input}". Valid ids: ${validIds.join(', ')}`);
  }
}


function titleFromId(id: string): string {
  return id.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}

/** Principles known without content: the ids, with our own cues only. */
const BUILT_IN_PRINCIPLES: readonly PrincipleRef[] = PRINCIPLE_IDS.map((id) => ({ id, name: titleFromId(id), signals: [] }));

function resolveQuestion(question: ScoreOptions['question'], content: Content | undefined): Question | undefined {
  if (question === undefined) return undefined;
  if (typeof question !== 'string') return question;
  return content?.questions.find((q) => q.id === question);
}

function resolveAsked(options: ScoreOptions, question: Question | undefined, principles: readonly PrincipleRef[]): PrincipleRef | undefined {
  const input = options.principle;
  if (input === undefined || input.trim() === '') {
    return question === undefined ? undefined : principles.find((p) => p.id === question.principle);
  }
  const found = options.content !== undefined ? resolvePrinciple(input, options.content.principles) : undefined;
  const id = found?.id ?? (PrincipleIdSchema.safeParse(input.trim().toLowerCase()).data as PrincipleId | undefined);
  const ref = principles.find((p) => p.id === id);
  if (ref === undefined) throw new UnknownPrincipleError(input, principles.map((p) => p.id));
  return ref;
}

/**
 * Scores one answer against the STAR-L rubric. Pure and deterministic: the same answer and options always give the
 * same Feedback, with no clock, randomness, network or file access.
 */
export function scoreAnswer(answer: string, options: ScoreOptions = {}): Feedback {
  const principles: readonly PrincipleRef[] = options.content?.principles ?? BUILT_IN_PRINCIPLES;
  const question = resolveQuestion(options.question, options.content);
  const asked = resolveAsked(options, question, principles);
  const analysis = analyzeAnswer(answer);
  const questionText = question?.text ?? (typeof options.question === 'string' && question === undefined ? options.question : undefined);
  const context: RubricContext = { analysis, sections: findSections(analysis), asked, principles, questionText, questions: options.content?.questions, fitModel: options.content?.fitModel, learnedModels: options.content?.learnedModels };
  const template = readTemplate(analysis, context.sections);
  const unreadable = nonStory(checkReadable(analysis.doc), template.isTemplate);
  const criteria = unreadable === undefined ? evaluateAll(context) : unreadableCriteria(unreadable);
  const skip = new Set<CriterionId>(asked === undefined ? ['alignment'] : []);
  const fit = principleFit(context);
  const bestFit = unreadable === undefined ? (bestFitting(fit) as Array<{ id: PrincipleId; fit: Fit }>) : [];
  const detected = bestFit.map((b) => b.id);
  const gates = unreadable === undefined ? failedGates(readGateFacts(context, fit, detected, template)) : [];
  const capped = applyGates(unreadable === undefined ? weightedScore(criteria, asked !== undefined) : 0, gates.map((g) => g.id), weakSpots(criteria, asked !== undefined, unreadable === undefined ? blamingPhrases(context) : 0));
  // Blocking gaps lead the tips: a missing Result first, then a missing personal Action.
  const first: CriterionId[] = [
    ...(gates.some((g) => g.id === 'no-result') ? (['structure'] as const) : []),
    ...(gates.some((g) => g.id === 'no-own-action' || g.id === 'hypothetical') ? (['ownership'] as const) : []),
  ];
  const gate = gates[0];
  const presence = presenceOf(context, criteria);
  const feedback: Feedback = {
    rubricVersion: RUBRIC_VERSION,
    score: capped.score,
    level: capped.level,
    gate: gate === undefined ? null : { id: gate.id, message: gate.message },
    gates: gates.map((g) => g.id),
    principle: {
      asked: (asked?.id as PrincipleId | undefined) ?? null,
      fit: asked === undefined ? null : unreadable === undefined ? (fit.asked?.fit ?? 'weak') : 'weak',
      detected,
      bestFit,
    },
    criteria,
    sections: Object.fromEntries(SECTION_IDS.map((id) => [id, context.sections.text[id]])) as Feedback['sections'],
    stats: stats(analysis),
    // Length is for the tips, not something a bar raiser probes.
    followUps:
      unreadable !== undefined
        ? [...unreadable.followUps]
        : chooseFollowUps(criteria, question?.probes ?? [], principleProbes(asked, options.content, question), new Set([...skip, 'length']), doubts(context), alreadyAnswered(analysis, presence)),
    tips: unreadable === undefined ? chooseTips(criteria, first, skip, (tip) => asksOnlyForWhatIsThere(tip, presence)) : [unreadable.explanation],
  };
  return feedback;
}

/** A follow-up the answer already answers: it asks only for what is there, or restates what the story says. */
function alreadyAnswered(analysis: Analysis, presence: Presence): (question: string) => boolean {
  let stems: Set<string> | undefined;
  const answerStems = (): Set<string> => {
    if (stems === undefined) {
      stems = new Set();
      for (const facts of analysis.facts) for (const token of facts.sentence.tokens) stems.add(token.stem);
    }
    return stems;
  };
  return (question) => asksOnlyForWhatIsThere(question, presence) || restatesAnswer(question, answerStems());
}

/** What the answer already has, so no tip or follow-up asks for it. */
function presenceOf(context: RubricContext, criteria: Readonly<Record<CriterionId, CriterionResult>>): Presence {
  const tradeoffs = tradeoffFacts(context);
  return {
    alternative: tradeoffs.hasAlternative || tradeoffs.hasCost,
    reason: tradeoffs.hasReason,
    cost: tradeoffs.hasCost,
    guardrail: tradeoffs.hasGuardrail,
    baseline: criteria.metrics.score >= 3,
    lesson: criteria.learning.score >= 3,
    applied: criteria.learning.score >= 4,
    decision: countOwnership(context).decisions.length > 0,
  };
}

/** A keyword list has too few English function words to read as English; it is a template, and is told so. */
function nonStory(unreadable: Unreadable | undefined, isTemplate: boolean): Unreadable | undefined {
  return unreadable?.reason === 'not-english' && isTemplate ? undefined : unreadable;
}

/** Follow-ups that test claims hard to believe. */
function doubts(context: RubricContext): string[] {
  return measuredNumbers(context)
    .filter(isExtraordinary)
    .slice(0, 1)
    .map((n) => `You said it went to ${n.text}: what was it before, how did you measure it, and over what period?`);
}

function evaluateAll(context: RubricContext): Record<CriterionId, CriterionResult> {
  return Object.fromEntries(CRITERION_IDS.map((id) => [id, CRITERIA[id].evaluate(context)])) as Record<CriterionId, CriterionResult>;
}

/** Every criterion at 0 with the same reason: judging a story that is not there would only mislead. */
function unreadableCriteria(unreadable: Unreadable): Record<CriterionId, CriterionResult> {
  const result: CriterionResult = { score: 0, verdict: `Not scored: ${unreadable.explanation}`, evidence: [], tip: unreadable.explanation };
  return Object.fromEntries(CRITERION_IDS.map((id) => [id, { ...result }])) as Record<CriterionId, CriterionResult>;
}

function principleProbes(asked: PrincipleRef | undefined, content: Content | undefined, question: Question | undefined): Probe[] {
  if (asked === undefined || content === undefined) return [];
  return questionsFor(asked.id as PrincipleId, content.questions)
    .filter((q) => q.id !== question?.id)
    .flatMap((q) => q.probes);
}

function stats(analysis: Analysis): Feedback['stats'] {
  let singular = 0;
  let plural = 0;
  for (const sentence of analysis.doc.sentences) {
    for (const token of sentence.tokens) {
      if (FIRST_SINGULAR.has(token.lower)) singular++;
      else if (FIRST_PLURAL.has(token.lower)) plural++;
    }
  }
  return {
    words: analysis.doc.words,
    seconds: speakingSeconds(analysis.doc.words),
    firstPersonSingular: singular,
    firstPersonPlural: plural,
    numbers: analysis.facts.flatMap((f) => f.numbers.map((n) => ({ text: n.text, kind: n.kind }))),
  };
}

/** Validates stored Feedback JSON (for readers of the database). */
export function parseFeedback(json: unknown): Feedback {
  return FeedbackSchema.parse(json);
}
