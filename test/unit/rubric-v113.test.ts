import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v113: more endings before the outcome: "so for now I don't have their answers" (the awaited thing named after
 * "don't have"), "is still sitting in the logs" and "is anyone's guess".
 */

describe('a story that ends before its outcome', () => {
  it.each([
    ['"for now I don\'t have their answers"', 'The first cafés come back for their ten-day check in these weeks, so for now I don\'t have their answers.'],
    ['"is still sitting in"', 'So whether those nine late days already cost us a café is still sitting in the delivery logs.'],
    ['"is anyone\'s guess"', "So whether the owners will pay for a second oven is anyone's guess at this point."],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it('is not held for something else the speaker does not have now', () => {
    expect(gatesAfterBakerySteps('By April only one van in 60 left after 6 a.m., down from about 9%, and for now I don\'t have any complaints on my desk.')).not.toContain('no-result');
  });
});
