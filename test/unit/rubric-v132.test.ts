import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v132: "the easy call was X, and I argued against it" and "the easy fix was X; they'd just..." pass a course
 * over; "we did lose about 40 pallet places" owns a price; "we kept the old tally running anyway, in case" keeps a way
 * back; "their logs tell me whether we fixed it", "too few weeks to compare" and "the figure ... doesn't exist yet" end a
 * story before its outcome.
 */

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads an easy course the speaker argued against, or whose effect follows a semicolon, as an alternative', () => {
    expectKind('alternatives', [
      'The easy call was reordering everything weekly, and I argued against it because it would tie up cash.',
      "The easy fix was pairing the new starters with whoever was on shift; they'd just pick up that person's habits.",
    ]);
  });

  it('reads no alternative in calls counted, a first call, or an easy fix that was taken', () => {
    expectNoKind('alternatives', [
      'I rang the supplier over three short calls, reading each order out.',
      'The first call was to the supplier, and they turned it down.',
      'The easy fix was a new scanner; we fitted it that night.',
    ]);
  });

  it('reads a loss owned with an emphatic "did" as a price', () => {
    expectKind('costs', ['The planners pushed back because the new bay took space from two racks, and we did lose about 40 pallet places that year.']);
  });

  it('reads the old measure kept running in case the new reading is wrong as a guardrail', () => {
    expectKind('guardrails', ['We kept the old paper tally running anyway, in case both counts were wrong.']);
    expectNoKind('guardrails', ['We kept running the old report, so the numbers matched.']);
  });
});

describe('a story that ends before its outcome', () => {
  it('is held when what will tell the speaker whether it worked is told in a line about now', () => {
    expect(gatesAfterBakerySteps("The first vans on the new list left in April. They're on the road now, and the cafés log every delivery, so honestly their logs tell me whether we fixed it.")).toContain('no-result');
  });

  it('is held when there is too little time yet to compare, or the figure to judge by does not exist yet', () => {
    expect(gatesAfterBakerySteps('For now only two cafés get the new slot, and it is too few weeks to compare their late mornings with before.')).toContain('no-result');
    expect(gatesAfterBakerySteps("The March figures haven't been closed, so the late-delivery share my manager will judge this on doesn't exist yet.")).toContain('no-result');
  });

  it('is not held when the line says how things run from now on, or counts the result beside what did not exist', () => {
    expect(gatesAfterBakerySteps('From now on the loading list tells me whether a van is late, and both cafés renewed their contracts.')).not.toContain('no-result');
    expect(gatesAfterBakerySteps("The data we needed doesn't exist yet in our system, so I built it from the drivers' logs, and late vans fell from 9% to 2%.")).not.toContain('no-result');
  });
});
