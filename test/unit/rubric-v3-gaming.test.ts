import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v3 (issue 9): a keyword salad that sprinkles figures among the principles' names ("cut costs 25%, saved $500k,
 * owned it end to end, dove deep...") is still a template: its numbers measure nothing that happened. Written for
 * these tests, in wordings other than the suite's.
 */
const content = loadContent();

describe('a salad of principle names with figures sprinkled in', () => {
  it.each([
    [
      'Hiring story: raised the bar on hiring, 12 hires in 3 months, 95% retention, hired and developed the best, took ownership of onboarding, dove deep into funnel data, bias for action on offers, earned trust with candidates, thought big about employer brand, frugal with agency fees, saved £80k.',
    ],
    [
      'recap - delivered results (+40% throughput, 2x faster, $1.2M saved), customer obsessed, invent and simplify, highest standards, disagreed and committed with finance, learn and be curious, owned it e2e, earned trust, dove deep on root cause.',
    ],
  ])('%# is a template, "Not yet", with its figures discounted', (answer) => {
    const feedback = scoreAnswer(answer, { principle: 'deliver-results', content });
    expect(feedback.gate?.id).toBe('template');
    expect(feedback.level).toBe('Not yet');
    expect(feedback.criteria.metrics.score).toBeLessThanOrEqual(1);
  });

  it('while a real story that names one principle in passing is not', () => {
    const answer =
      'I run a bakery with two shops. Our flour bill rose 30% in a year. I took ownership of buying, compared three millers, and moved to one that delivers weekly in bulk bags. Our flour cost per loaf fell from 21p to 16p, about £9,000 a year. I now compare suppliers every spring.';
    expect(scoreAnswer(answer, { principle: 'frugality', content }).gate?.id).not.toBe('template');
  });
});
