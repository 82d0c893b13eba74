import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v128: "then my director and I sit down with them to choose between this way or the old pace" ends a story
 * before its outcome; an offer turned down ("IT offered to loosen the matching rule, but ...") and "the instinct on site
 * was to ..." are alternatives weighed; "I had learned to sign as an adult" is no second pair of eyes.
 */

describe('a story that ends before its outcome', () => {
  it('is held at the no-result gate when the choice is still to be made at a meeting ahead', () => {
    expect(gatesAfterBakerySteps('The last racks go in on the 20th. Then the owner and I sit down with the delivery logs to choose between the new loading list or the old one.')).toContain('no-result');
  });

  it('is not held when that meeting is a step told in the past, before the outcome', () => {
    expect(gatesAfterBakerySteps('In May the owner and I sat down with the delivery logs to choose between the two lists. By June only one van in 60 left after 6 a.m., down from about 9%.')).not.toContain('no-result');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads an offer turned down, and the instinct everyone had, as alternatives weighed', () => {
    expectKind('alternatives', [
      'The supplier offered to swap in a cheaper screw, but those strip in hardwood, so I refused.',
      'The instinct in the shop was to reorder everything twice, but that ties up cash we did not have, so I did not.',
    ]);
  });

  it('reads no second pair of eyes in a past perfect, and still reads one brought in', () => {
    expectNoKind('guardrails', ['I had learned to sign for deliveries at my last job, so I knew the forms.']);
    expectKind('guardrails', ['I had a colleague check every fifth box against the order.']);
  });
});
