import type { FitModel } from '../learned-fit.js';
import type { LearnedModels } from '../learned-steps.js';
import type { Question } from '../../questions.js';
import type { Analysis, SentenceFacts } from '../analysis.js';
import type { PhraseHit } from '../phrases.js';
import type { Sections } from '../sections.js';
import { quoteSentence } from '../text.js';

export const CRITERION_IDS = [
  'structure',
  'ownership',
  'metrics',
  'length',
  'tradeoffs',
  'learning',
  'alignment',
  'specificity',
  'tone',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export type CriterionScore = 0 | 1 | 2 | 3 | 4;

export interface CriterionResult {
  score: CriterionScore;
  /** One line saying what was found, with the numbers behind it. */
  verdict: string;
  /** The answer's own words that led to the verdict. */
  evidence: string[];
  /** One concrete thing to do in the next rehearsal. */
  tip: string;
}

/** A principle as the rubric needs it: the content file's entry, or just an id when no content is loaded. */
export interface PrincipleRef {
  id: string;
  name: string;
  signals: readonly string[];
}

export interface RubricContext {
  analysis: Analysis;
  sections: Sections;
  asked: PrincipleRef | undefined;
  principles: readonly PrincipleRef[];
  /** The question as asked, when known: a story that answers the question asked fits its principle. */
  questionText: string | undefined;
  /** The content's questions, whose texts and probes are part of each principle's profile. */
  questions: readonly Question[] | undefined;
  /** The content's learned principle fit (data/fit-model.json), when loaded. */
  fitModel?: FitModel | undefined;
  /** The content's learned readings of trade-offs, lessons and metrics (learned-steps.ts), when loaded. */
  learnedModels?: LearnedModels | undefined;
}

export interface Criterion {
  id: CriterionId;
  /** Behavioural anchors: what an answer at 0, 2 and 4 looks like. */
  anchors: Readonly<Record<0 | 2 | 4, string>>;
  evaluate(context: RubricContext): CriterionResult;
}

export const MAX_EVIDENCE = 3;

export function clampScore(value: number): CriterionScore {
  return Math.max(0, Math.min(4, Math.floor(value))) as CriterionScore;
}

/** Quotes the sentence around a phrase hit. */
export function quoteHit(context: RubricContext, facts: SentenceFacts, hit: PhraseHit<string>): string {
  const tokens = facts.sentence.tokens;
  const start = tokens[hit.from]?.start ?? facts.sentence.start;
  const end = tokens[hit.to - 1]?.end ?? facts.sentence.end;
  return quoteSentence(context.analysis.doc, facts.sentence, { start, end });
}

export function quoteFacts(context: RubricContext, facts: SentenceFacts): string {
  return quoteSentence(context.analysis.doc, facts.sentence);
}

/**
 * Distinct quotes, at most `MAX_EVIDENCE`, gathered in order of importance; `full` lets a loop stop quoting early.
 * Used instead of generators: V8 keeps what a generator captured alive through young-generation collections, so each
 * answer's whole analysis was promoted to the old space and one call in a hundred waited for a slow collection.
 */
export class Evidence {
  readonly quotes: string[] = [];

  get full(): boolean {
    return this.quotes.length >= MAX_EVIDENCE;
  }

  add(quote: string): void {
    if (!this.full && quote !== '' && !this.quotes.includes(quote)) this.quotes.push(quote);
  }
}

/** Distinct quotes, at most `MAX_EVIDENCE`. */
export function evidenceList(quotes: Iterable<string>): string[] {
  const seen: string[] = [];
  for (const q of quotes) {
    if (q !== '' && !seen.includes(q)) seen.push(q);
    if (seen.length === MAX_EVIDENCE) break;
  }
  return seen;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
