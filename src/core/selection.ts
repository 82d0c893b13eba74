import type { Principle, PrincipleId } from './principles.js';
import type { Question } from './questions.js';

/** How many of a channel's latest prompts keep their principle from being chosen again. */
export const RECENT_PRINCIPLE_WINDOW = 5;

export interface SelectionInput {
  principles: readonly Principle[];
  questions: readonly Question[];
  /** Team coverage per principle: people with a story at the bar (StoryStore.teamCoverage); absent means 0. */
  coverage: ReadonlyMap<PrincipleId, number>;
  /** Principles of the channel's latest prompts, newest first. */
  recentPrincipleIds: readonly PrincipleId[];
  /** Questions already asked in the channel, most recently asked first. */
  usedQuestionIds: readonly string[];
  /** Returns a number in [0, 1), like Math.random; only used to break ties. */
  random: () => number;
  /** `/lp post <principle>`: skip choosing the principle. */
  requestedPrinciple?: PrincipleId;
  recentWindow?: number;
}

export interface Selection {
  principle: Principle;
  question: Question;
}

/**
 * Chooses the next prompt. Principle: the one the team has covered least, among those not asked in the last
 * `recentWindow` prompts (when every principle is that recent, the one asked longest ago). Question: one not yet
 * asked in the channel, or, when the principle's questions have all been asked, the one asked longest ago.
 * Ties are broken by `random`, so the same inputs and random sequence give the same choice.
 */
export function selectNextQuestion(input: SelectionInput): Selection {
  const askable = input.principles.filter((p) => input.questions.some((q) => q.principle === p.id));
  const principle =
    input.requestedPrinciple === undefined
      ? choosePrinciple(askable, input)
      : askable.find((p) => p.id === input.requestedPrinciple);
  if (principle === undefined) {
    throw new Error(
      input.requestedPrinciple === undefined
        ? 'no principle has any questions'
        : `principle "${input.requestedPrinciple}" has no questions`,
    );
  }
  return { principle, question: chooseQuestion(principle, input) };
}

function choosePrinciple(askable: readonly Principle[], input: SelectionInput): Principle | undefined {
  const recent = new Set(input.recentPrincipleIds.slice(0, input.recentWindow ?? RECENT_PRINCIPLE_WINDOW));
  const candidates = askable.filter((p) => !recent.has(p.id));
  if (candidates.length === 0) {
    return mostStale(askable, input.recentPrincipleIds, (p) => p.id);
  }
  const coverageOf = (p: Principle) => input.coverage.get(p.id) ?? 0;
  const least = Math.min(...candidates.map(coverageOf));
  return pickOne(
    candidates.filter((p) => coverageOf(p) === least),
    input.random,
  );
}

function chooseQuestion(principle: Principle, input: SelectionInput): Question {
  const questions = input.questions.filter((q) => q.principle === principle.id);
  const used = new Set(input.usedQuestionIds);
  const unused = questions.filter((q) => !used.has(q.id));
  const question = unused.length > 0 ? pickOne(unused, input.random) : mostStale(questions, input.usedQuestionIds, (q) => q.id);
  // Every principle passed in here has at least one question.
  return question as Question;
}

/** The item whose last use (position in the newest-first `history`) is oldest; never-used items come first. */
function mostStale<T>(items: readonly T[], history: readonly string[], idOf: (item: T) => string): T | undefined {
  const age = (item: T) => {
    const index = history.indexOf(idOf(item));
    return index === -1 ? Number.POSITIVE_INFINITY : index;
  };
  return items.reduce<T | undefined>((best, item) => (best === undefined || age(item) > age(best) ? item : best), undefined);
}

function pickOne<T>(items: readonly T[], random: () => number): T | undefined {
  const index = Math.min(items.length - 1, Math.floor(random() * items.length));
  return items[index];
}
