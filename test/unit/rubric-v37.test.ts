import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v37: a principle that the story's best fit shows more than three times as much, outside the top three, is
 * off the principle asked however plainly the story touches it; at a quarter, stories written to show another
 * principle passed as fitting.
 */
const content = loadContent();

describe('a story about something else that touches the principle asked', () => {
  const coaching =
    'I run the night shift at a parcel depot. In March a new loader, Amir, was struggling: he was slow on the belt and afraid to ask questions. ' +
    'I paired him with our best loader for two weeks, I sat with him at every break to go through the scanner errors, and I gave him a written checklist of the ten commonest mistakes. ' +
    'I also moved him to the quieter belt until his rate came up. By May his scan errors fell from 14 a shift to 2, and in July he trained the next new starter himself. ' +
    'I learned that a new person needs one patient teacher more than a manual.';

  it('is held off-principle when asked as Deliver Results', () => {
    const feedback = scoreAnswer(`${coaching} I kept it cheap: no course, no overtime, a spare scanner instead of a new one.`, { principle: 'deliver-results', content });
    expect(feedback.principle.detected[0]).toBe('hire-and-develop-the-best');
    expect(feedback.gate?.id).toBe('off-principle');
  });

  it('still fits the principle it shows', () => {
    const feedback = scoreAnswer(coaching, { principle: 'hire-and-develop-the-best', content });
    expect(feedback.principle.fit).toBe('strong');
    expect(feedback.gate?.id).not.toBe('off-principle');
  });
});
