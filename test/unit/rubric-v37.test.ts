import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { classifyFit } from '../../src/core/rubric/principle-fit.js';

/**
 * Rubric v37: a principle that the story's best fit shows more than three times as much, outside the top three, is
 * off the principle asked however plainly the story touches it; at a quarter, stories written to show another
 * principle passed as fitting. The thresholds are tested on the classification itself: where a given story lands
 * moves a little each time the learned reading is retrained.
 */
const content = loadContent();

describe('the fit of a principle the story touches plainly', () => {
  it('is weak outside the top three at under 30% of the best fit', () => {
    expect(classifyFit(0.65, 5, 0.27)).toBe('weak');
    expect(classifyFit(0.65, 4, 0.29)).toBe('weak');
  });

  it('stays strong at 30% or more, or in the top three at half the best', () => {
    expect(classifyFit(0.65, 5, 0.31)).toBe('strong');
    expect(classifyFit(0.65, 2, 0.5)).toBe('strong');
  });
});

describe('a coaching story', () => {
  const coaching =
    'I run the night shift at a parcel depot. In March a new loader, Amir, was struggling: he was slow on the belt and afraid to ask questions. ' +
    'I paired him with our best loader for two weeks, I sat with him at every break to go through the scanner errors, and I gave him a written checklist of the ten commonest mistakes. ' +
    'I also moved him to the quieter belt until his rate came up. By May his scan errors fell from 14 a shift to 2, and in July he trained the next new starter himself. ' +
    'I learned that a new person needs one patient teacher more than a manual.';

  it('fits the principle it shows', () => {
    const feedback = scoreAnswer(coaching, { principle: 'hire-and-develop-the-best', content });
    expect(feedback.principle.fit).toBe('strong');
    expect(feedback.gate?.id).not.toBe('off-principle');
  });

  // The learned fit's reading of this story moves with each retraining: with the models of fresh129-fresh131, of
  // fresh138, of fresh160, of fresh187-fresh189, of fresh213, of fresh229, of fresh235-fresh239, of fresh247 and of
  // fresh255 it is held off-principle, as here; with those of fresh115-fresh127, of fresh132-fresh137, of
  // fresh139-fresh159, of fresh161-fresh185, of fresh191-fresh211, of fresh215-fresh227, of fresh231-fresh233, of
  // fresh241 and of fresh249 it put Deliver Results among the story's fits and passed as fitting, and this test was an
  // expected failure.
  it('is held off-principle when asked as Deliver Results', () => {
    const feedback = scoreAnswer(`${coaching} We did it all without extra cost.`, { principle: 'deliver-results', content });
    expect(feedback.principle.detected[0]).toBe('hire-and-develop-the-best');
    expect(feedback.gate?.id).toBe('off-principle');
  });
});
