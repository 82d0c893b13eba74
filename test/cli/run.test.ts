import { describe, expect, it } from 'vitest';
import { pickQuestion } from '../../src/cli/run.js';
import { FeedbackSchema } from '../../src/core/rubric/index.js';
import { CONTENT } from '../unit/rubric/content-fixture.js';
import { runInMemory } from './run-in-memory.js';

const ANSWER = 'Our invoice job failed twice a week. I traced it to a tax API timeout and I added retries with backoff. Failures went from 8 a month to 0.';

function run(argv: string[], stdin = '') {
  return runInMemory(argv, () => CONTENT, stdin);
}

describe('runCli', () => {
  it('prints a readable report for an answer on stdin', async () => {
    const { code, out } = await run(['score', '--principle', 'deep dive'], ANSWER);
    expect(code).toBe(0);
    expect(out).toMatch(/^Score \d+\/100 · /);
    expect(out).toContain('Dive Deep:');
  });

  it('prints Feedback JSON with --json', async () => {
    const { code, out } = await run(['score', '--json'], ANSWER);
    expect(code).toBe(0);
    expect(FeedbackSchema.safeParse(JSON.parse(out)).success).toBe(true);
  });

  it('exits 2 on an empty answer', async () => {
    const { code, err } = await run(['score'], '  \n');
    expect(code).toBe(2);
    expect(err).toContain('empty');
  });

  it('exits 2 on an unknown principle, listing the valid ids', async () => {
    const { code, err } = await run(['score', '--principle', 'kindness'], ANSWER);
    expect(code).toBe(2);
    expect(err).toContain('Unknown principle "kindness"');
    for (const p of CONTENT.principles) expect(err).toContain(p.id);
  });

  it('exits 2 on an unknown question, listing question ids', async () => {
    const { code, err } = await run(['score', '--question', 'nope'], ANSWER);
    expect(code).toBe(2);
    expect(err).toContain('dd-slow-service');
  });

  it('scores JSONL line by line, in order, keeping ids and rejecting bad lines', async () => {
    const lines = [
      JSON.stringify({ id: 'a', answer: ANSWER, principle: 'dive-deep' }),
      JSON.stringify({ id: 'b', answer: '' }),
      'not json',
      JSON.stringify({ id: 3, answer: ANSWER, question: 'dd-slow-service' }),
    ].join('\n');
    const { code, out, err } = await run(['score', '--jsonl'], `${lines}\n`);
    const rows = out.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; error?: string });
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', null, 3]);
    expect(rows[1]?.error).toBe('empty answer');
    const { id: _id, ...feedback } = rows[0] as Record<string, unknown>;
    expect(FeedbackSchema.safeParse(feedback).success).toBe(true);
    expect(code).toBe(2);
    expect(err).toContain('2 lines rejected');
  });

  it('runs a practice round: question, multi-line answer up to an empty line, feedback', async () => {
    const { code, out } = await run(['practice', 'dive-deep'], `\n${ANSWER}\nSecond line of the answer.\n\nignored after the blank line\n`);
    expect(code).toBe(0);
    expect(out).toContain('Dive Deep: Tell me about a time you found the root cause');
    expect(out).toContain('Follow-up questions');
    expect(out).not.toContain('ignored after');
  });

  it('shows help with exit 0 and a usage error with exit 2', async () => {
    expect((await run(['help'])).out).toContain('lp-coach score');
    const bad = await run(['grade']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Unknown command "grade"');
  });
});

describe('pickQuestion', () => {
  it('picks from the principle\'s questions with the injected random source', () => {
    const dd = CONTENT.principles.find((p) => p.id === 'dive-deep');
    expect(pickQuestion(CONTENT, dd, () => 0)?.id).toBe('dd-slow-service');
    expect(pickQuestion(CONTENT, dd, () => 0.99)?.id).toBe('dd-data-mismatch');
    expect(pickQuestion(CONTENT, CONTENT.principles.find((p) => p.id === 'frugality'), () => 0)).toBeUndefined();
  });
});
