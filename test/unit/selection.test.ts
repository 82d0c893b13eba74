import { describe, expect, it } from 'vitest';
import type { Principle, PrincipleId } from '../../src/core/principles.js';
import type { Question } from '../../src/core/questions.js';
import { selectNextQuestion, type SelectionInput } from '../../src/core/selection.js';

const ids: PrincipleId[] = ['customer-obsession', 'ownership', 'dive-deep', 'frugality', 'earn-trust', 'think-big', 'bias-for-action'];
const principles: Principle[] = ids.map((id) => ({
  id,
  name: id.replace(/-/g, ' '),
  description: `A description of ${id} that is long enough.`,
  signals: ['a', 'b', 'c'],
  aliases: [],
}));
const questions: Question[] = ids.flatMap((id) =>
  [1, 2, 3].map((n) => ({
    id: `${id}-${n}`,
    principle: id,
    text: `Question ${n} about ${id}, long enough.`,
    probes: [
      { kind: 'metrics' as const, text: 'How did you measure it?' },
      { kind: 'learning' as const, text: 'What would you do differently?' },
    ],
  })),
);

/** A repeatable random sequence. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] as number;
}

const base: SelectionInput = {
  principles,
  questions,
  coverage: new Map(ids.map((id) => [id, 3])),
  recentPrincipleIds: [],
  usedQuestionIds: [],
  random: sequence(0),
};

describe('selectNextQuestion', () => {
  it('picks the principle the team has covered least', () => {
    const coverage = new Map<PrincipleId, number>([...base.coverage, ['frugality', 1], ['think-big', 2]]);
    const { principle, question } = selectNextQuestion({ ...base, coverage });
    expect(principle.id).toBe('frugality');
    expect(question.principle).toBe('frugality');
  });

  it('treats principles missing from the coverage map as never answered', () => {
    const coverage = new Map<PrincipleId, number>([...base.coverage]);
    coverage.delete('earn-trust');
    expect(selectNextQuestion({ ...base, coverage }).principle.id).toBe('earn-trust');
  });

  it('skips principles asked in the last five prompts even when they are least covered', () => {
    const coverage = new Map<PrincipleId, number>([...base.coverage, ['frugality', 0], ['dive-deep', 1]]);
    const recent: PrincipleId[] = ['ownership', 'frugality', 'think-big', 'earn-trust', 'bias-for-action'];
    expect(selectNextQuestion({ ...base, coverage, recentPrincipleIds: recent }).principle.id).toBe('dive-deep');
    // Asked six prompts ago: eligible again.
    expect(selectNextQuestion({ ...base, coverage, recentPrincipleIds: ['ownership', 'think-big', 'earn-trust', 'bias-for-action', 'customer-obsession', 'frugality'] }).principle.id).toBe('frugality');
  });

  it('when every principle is recent, takes the one asked longest ago', () => {
    const recent: PrincipleId[] = ['ownership', 'dive-deep', 'frugality', 'customer-obsession', 'earn-trust', 'think-big', 'bias-for-action'];
    expect(selectNextQuestion({ ...base, recentPrincipleIds: recent, recentWindow: 10 }).principle.id).toBe('bias-for-action');
  });

  it('breaks ties with the injected random, deterministically', () => {
    const pickWith = (r: number) => selectNextQuestion({ ...base, random: sequence(r) }).principle.id;
    expect(pickWith(0)).toBe('customer-obsession');
    expect(pickWith(0.999)).toBe('bias-for-action');
    expect(pickWith(0.5)).toBe(pickWith(0.5));
    const seen = new Set([0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9].map(pickWith));
    expect(seen.size).toBe(ids.length);
  });

  it('asks unused questions of the principle before reusing any', () => {
    const only = (usedQuestionIds: string[]) =>
      selectNextQuestion({ ...base, requestedPrinciple: 'ownership', usedQuestionIds, random: sequence(0) }).question.id;
    expect(only([])).toBe('ownership-1');
    expect(only(['ownership-1'])).toBe('ownership-2');
    expect(only(['ownership-2', 'ownership-1'])).toBe('ownership-3');
  });

  it('once all are used, reuses the least recently asked question', () => {
    const question = selectNextQuestion({
      ...base,
      requestedPrinciple: 'ownership',
      usedQuestionIds: ['ownership-2', 'frugality-1', 'ownership-3', 'ownership-1'],
    }).question;
    expect(question.id).toBe('ownership-1');
  });

  it('honours a requested principle regardless of coverage and recency', () => {
    const result = selectNextQuestion({ ...base, requestedPrinciple: 'think-big', recentPrincipleIds: ['think-big'] });
    expect(result.principle.id).toBe('think-big');
    expect(() => selectNextQuestion({ ...base, requestedPrinciple: 'are-right-a-lot' })).toThrow(/are-right-a-lot/);
  });

  it('never picks a principle without questions', () => {
    const withEmpty: Principle[] = [...principles, { ...principles[0]!, id: 'are-right-a-lot', name: 'are right a lot' }];
    const coverage = new Map<PrincipleId, number>([...base.coverage]);
    expect(selectNextQuestion({ ...base, principles: withEmpty, coverage, random: sequence(0.999) }).principle.id).toBe('bias-for-action');
  });
});
