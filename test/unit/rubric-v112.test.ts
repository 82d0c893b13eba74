import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v112: two more endings before the outcome: "I'll be able to tell you whether ..." and "nobody here has it on
 * paper yet".
 */

describe('a story that ends before its outcome', () => {
  it.each([
    ['"I\'ll be able to tell you whether"', "The new lists have run for six weeks. Once the cafés send their own counts, I'll be able to tell you whether any of it paid off."],
    ['"nobody here has it ... yet"', 'As for what the new racks really saved, nobody here has it on paper yet.'],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it('is not held for what the speaker was able to tell, in the past', () => {
    expect(gatesAfterBakerySteps('By April only one van in 60 left after 6 a.m., down from about 9%, and I was able to tell the owners whether the racks paid off.')).not.toContain('no-result');
  });
});
