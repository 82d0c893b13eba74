import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v101: more endings before the outcome: the open question first ("whether it stays is something I can't tell you
 * today"), a measurement still to be taken after an event ("will both take samples after the first heavy rain"),
 * figures that "don't come out until the end of April", and a review that "happens in early June".
 */

describe('a story that ends before its outcome', () => {
  it.each([
    ["\"whether ... is something I can't tell you today\"", "The new racks went in after a quiet summer, so whether they really stop the late vans is something I can't tell you today."],
    ['"will both take readings after"', "The new racks went in last week. The owners and the drivers' rep will both take readings after the first big frost."],
    ["\"don't come out until the end of April\"", "The quarter's order figures from the cafés don't come out until the end of April."],
    ['"happens in early June"', 'The owners want eight weeks of delivery logs before anyone reads anything into them, so the first review happens in early June.'],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });
});
