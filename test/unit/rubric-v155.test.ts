import { describe, it } from 'vitest';
import { STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v155: "we tested it for two weeks in UAT first" and "we tested two weeks in UAT first" are trials of a set
 * length; "kept the 30-minute setting ready to go back in one step" and "we could switch back" keep a way back (not
 * "money that could go back into services"); "with the condition that they flush the radiators" sets a condition as "on
 * condition that" did (not "a driver with a condition that needs rest breaks").
 */

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(`${STOCK_ROOM_OPENING}I proposed a new reorder routine. `);

  it('reads a test of a set length, with or without "for", as a trial', () => {
    expectKind('guardrails', ['So we tested it for two weeks on the back shelves first.', 'So we tested two weeks on the back shelves first.']);
    expectNoKind('guardrails', ['I tested three samples from each pallet.', 'I tested the scanner and it failed.']);
  });

  it('reads the old way kept ready to go or switch back as a way back', () => {
    expectKind('guardrails', ['I kept the weekly order sheet ready to go back in one step.', 'We kept the old sheet so we could switch back within a day.']);
    expectNoKind('guardrails', ['We saved money that could go back into the shop.', 'We had to go back to paper for a week.', 'She was able to go back to her old shift.']);
  });

  it('reads "with the condition that" as a condition set', () => {
    expectKind('guardrails', [
      'I told the supplier we take only two pallets, with the condition that they label every box.',
      'I told the supplier we take only two pallets, with condition they label every box.',
    ]);
    expectNoKind('guardrails', ['I hired a driver with a condition that needs rest breaks.']);
  });
});
