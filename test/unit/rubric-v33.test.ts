import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { reachesBar } from '../../src/core/coverage.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v33: "I helped to gather feedback" is a thin step of the speaker's own, which the ownership score marks down,
 * but it is a step: the first gate no longer says "no step of your own" of it, and the story still stays below the bar.
 */
const content = loadContent();
const score = (answer: string) => scoreAnswer(answer, { content, principle: 'customer-obsession' });

describe('a helper step and the no-own-action gate', () => {
  const form = (middle: string) =>
    'I work on the forms of the tax agency, and one of ours is the one foreign workers fill in for a tax card when they arrive. ' +
    'We had been hearing for a while that people found it hard and called the help line a lot, so the team decided it was time to look at it properly. ' +
    `${middle} In the end we agreed as a team on a simpler form with clearer language, and after it went live the feedback was really positive. ` +
    'I learned a lot from this project: you always have to put yourself in the customer\'s shoes.';

  it('does not hold "I helped to gather feedback" back as no step of one\'s own, and keeps the story below the bar', () => {
    const feedback = score(form('I helped to gather feedback from the call centre, and we talked with IT about what was possible.'));
    expect(feedback.gate?.id).not.toBe('no-own-action');
    expect(feedback.gates).not.toContain('no-own-action');
    expect(feedback.criteria.ownership.score).toBeLessThanOrEqual(2);
    expect(reachesBar(feedback.level)).toBe(false);
  });

  it('still holds back a story where only "we" and "the team" act', () => {
    const feedback = score(form('We gathered feedback from the call centre, and we talked with IT about what was possible.'));
    expect(feedback.gates).toContain('no-own-action');
  });
});
