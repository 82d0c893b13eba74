import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v127: "because not one week has run the new way yet" ends a story before its outcome, while "it confirmed that
 * you have to listen to them, because they will tell you" is a moral, not a look ahead; "fifty rejected invoices" and
 * "the totals were being rounded per invoice rather than per line" weigh nothing.
 */

describe('a story that ends before its outcome', () => {
  it('is held at the no-result gate when not one period has run yet', () => {
    expect(gatesAfterBakerySteps('So I can tell you what I changed and what it cost, but not how many vans leave late now, because not one week has run the new way yet.')).toContain('no-result');
  });

  it('is not held when its last line is a moral told to anyone', () => {
    const ending = 'By April only one van in 60 left after 6 a.m. So for me it confirmed that you have to ask the drivers first, because they will tell you what is wrong if you just listen.';
    expect(gatesAfterBakerySteps(ending)).not.toContain('no-result');
  });

  it('still reads the outcome as missing when the moral follows a wait', () => {
    expect(gatesAfterBakerySteps('The racks came last week, so not one week has run the new way yet. It confirmed that you have to time the stations first.')).toContain('no-result');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads no alternative in things counted as rejected, or in the trouble found, told in a passive', () => {
    expectNoKind('alternatives', [
      'I took fifty rejected invoices and compared them line by line with the delivery notes.',
      'The VAT on our orders was being rounded once per invoice rather than per line.',
      'The shelf labels had been printed in centimetres instead of millimetres.',
    ]);
  });

  it('still reads a step told in the passive, and a course the speaker rejected', () => {
    expectKind('alternatives', ['Orders for the builders were packed to order rather than prepared in bulk.', 'I rejected the cheaper supplier because their screws failed our pull test.']);
  });
});
