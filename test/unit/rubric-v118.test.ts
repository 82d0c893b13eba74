import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v118: "the pick will be theirs" ends a story before its outcome; a saving "on paper" is no measured outcome;
 * a result made big with an adjective ("a significant uplift in conversion") in a nameless story is a template's.
 */

const content = loadContent();

describe('a story that ends before its outcome', () => {
  it('is held at the no-result gate when the choice will be someone else\'s', () => {
    expect(gatesAfterBakerySteps('Both plans went to the owners on Friday, and the pick will be theirs.')).toContain('no-result');
  });

  it('is not held for a moral that the decision is theirs', () => {
    expect(gatesAfterBakerySteps('By April only one van in 60 left after 6 a.m., down from about 9%. I learned to respect that in the end the decision is theirs.')).not.toContain('no-result');
  });

  it('is held when its only figure is a saving on paper', () => {
    expect(gatesAfterBakerySteps('The saving on paper is about 4,000 euros a year. Nothing to compare yet: the real test is the Christmas rush.')).toContain('no-result');
  });
});

describe('a fluent story with nothing real in it', () => {
  it('is gated "template" when its result is made big with adjectives instead of figures', () => {
    const template =
      'At my last company I was responsible for the online shop. Our checkout had grown complex over the years and it was clearly hurting conversion. ' +
      'I mapped the end-to-end journey and gathered insights from research and support. I brought together a cross-functional team and ran workshops to reimagine the experience. ' +
      'We removed unnecessary steps and introduced a simpler payment flow. The new checkout launched on time and delivered a significant uplift in conversion and a meaningful reduction in abandonment. ' +
      'The key takeaway for me was that simplicity is the most powerful form of innovation.';
    const feedback = scoreAnswer(template, { content, principle: 'invent-and-simplify' });
    expect(feedback.gates).toContain('template');
  });
});
