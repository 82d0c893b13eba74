import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v39: a vague outcome is still an outcome. "The client was satisfied and there were no more problems", "it
 * made a real difference", "the customers are happy" tell how a thin story ended; its feedback asks for numbers, not
 * for a Result it already has.
 */
const content = loadContent();

describe('a thin story with a vague outcome', () => {
  const story = (ending: string) =>
    'I fit kitchens for a small firm that works mostly on older houses, where nothing is square and every job needs measuring twice. ' +
    'Once there was a problem with a worktop on a job. It was not right and the gap at the wall would have shown for years. ' +
    'I noticed it and took responsibility, even though it was not my cut. I talked to the right people, got it sorted out and made sure the worktop was replaced. ' +
    `${ending} For me ownership means you do not walk away from a problem just because it is not your fault.`;

  it('is not held for a missing Result', () => {
    for (const ending of ['The customer was satisfied and there were no more problems.', 'It made a real difference to the customer.', 'Now the customers are happy with it.']) {
      const feedback = scoreAnswer(story(ending), { principle: 'ownership', content });
      expect(feedback.gate?.id, ending).not.toBe('no-result');
      expect(feedback.criteria.structure.verdict, ending).not.toMatch(/missing[^.;]*Result/);
    }
  });

  it('still asks for a Result when the story stops at the steps', () => {
    const feedback = scoreAnswer(story(''), { principle: 'ownership', content });
    expect(feedback.gate?.id).toBe('no-result');
  });
});
