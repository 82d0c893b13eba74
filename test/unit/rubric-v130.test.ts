import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v130: "I did not want to stop all claims from these garages, because ..." sets a course aside; "Cost is those
 * customers wait two days more" and "which, um, meant two tellers on overtime" name prices; "I have the fix in place but
 * not a single week of returns under the new rule" ends a story before its outcome.
 */

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a course the speaker did not want, with its reason, as an alternative weighed', () => {
    expectKind('alternatives', ['I did not want to stop all orders from that supplier, because most of their deliveries are fine.']);
  });

  it('reads no alternative in conduct or in a state the speaker did not want', () => {
    expectNoKind('alternatives', ["I didn't want to blame the drivers, because they had no say in the schedule.", "I didn't want to go home because I was worried."]);
  });

  it('reads a bare "Cost is" with what it costs, and overtime a step meant, as prices', () => {
    expectKind('costs', [
      'I asked for a photo of every pallet before unloading. Cost is those drivers wait about ten minutes more.',
      'I booked every order the day it arrived, which, um, meant two of us on overtime for three Saturdays.',
    ]);
    expectNoKind('costs', ['Cost was high for the old racks as well.']);
  });
});

describe('a story that ends before its outcome', () => {
  it('is held at the no-result gate when the speaker has the fix but no stretch of figures yet', () => {
    expect(gatesAfterBakerySteps('So I have the diagnosis and the fix in place, but not a single week of deliveries under the new list to hold up against March.')).toContain('no-result');
  });

  it('is not held when "not a single week" is the outcome', () => {
    expect(gatesAfterBakerySteps('By April only one van in 60 left after 6 a.m., and we had not a single week of complaints from the cafés.')).not.toContain('no-result');
  });
});
