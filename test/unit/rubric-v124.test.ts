import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v124: endings that wait ("I won't have their view before the end of next month", "no proof yet that it
 * closed the gap"); a sum an insurer or a client paid more is an outcome, not a price.
 */

describe('a story that ends before its outcome', () => {
  it.each([
    "The fix now sits with the owner and his accountant, and I won't have their view before the end of next month.",
    'So for now I have a new loading list and no proof yet that it closed the gap.',
  ])('is held at the no-result gate: %s', (ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it('is not held when the outcome is in and only a review waits', () => {
    expect(gatesAfterBakerySteps('By April only one van in 60 left after 6 a.m., down from about 9%. We review the racks again at the end of next month.')).not.toContain('no-result');
  });
});

describe('a sum paid on top', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('is a price when the speaker\'s side paid it', () => {
    expectKind('costs', ['To get the paint before the weekend we paid 300 euros more for the express van.']);
  });

  it('is no price when an insurer or a client paid it', () => {
    expectNoKind('costs', ['The shop reopened in five weeks, and the business interruption cover paid 3,000 euros more, which covered the wages.']);
  });
});
