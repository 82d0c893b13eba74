import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v107: more endings before the outcome: something held now "until that vote", a clause joined on with "so for
 * now ..." after the line that waits, and "won't say which way it will go".
 */

describe('a story that ends before its outcome', () => {
  it.each([
    ['held until a vote', 'The owners put the second oven to their shareholders after Easter, and the bank is holding its loan offer until that vote.'],
    ['"so for now" after the line that waits', "The first vans on the new routes start on the second of March, and the cafés send their delivery logs back to us about three weeks later, so for now the only proof I have is the drivers' word after the test run."],
    ['"which way it will go"', "The owners have told me they won't say which way it will go until they have talked to the bank."],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it('is not held for a wait told in the past', () => {
    expect(gatesAfterBakerySteps('By April only one van in 60 left after 6 a.m., and we were ready until the inspection.')).not.toContain('no-result');
  });
});
