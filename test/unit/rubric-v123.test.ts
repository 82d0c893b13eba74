import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v123: endings that wait ("is still ahead of us", "there's no real number on my desk yet", "decides on the
 * other shifts only once he sees them"); "the visits by October" and "close to half" set no date ahead; a course
 * proposed and set aside by its price after "but"; a step paid for by "postponing" something.
 */

describe('a story that ends before its outcome', () => {
  it.each([
    'So how the new racks hold up in the Christmas rush is still ahead of us.',
    "The supplier bills by the quarter, so there's no real number on my desk yet.",
    'The drivers are still logging the times, and the owner decides on the other two vans only once he sees them beside the old figures.',
  ])('is held at the no-result gate: %s', (ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it.each([
    'After two weeks the early vans were close to half the runs; by April late departures were about one in 60.',
    'By April late departures were about one in 60, and the two cafés had their visits by October back to normal.',
  ])('is not held when the outcome is in: %s', (ending) => {
    expect(gatesAfterBakerySteps(ending)).not.toContain('no-result');
  });
});

describe('a choice told in plain words', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('is read', () => {
    expectKind('alternatives', ['A new stock system was proposed, but about 40,000 euros and a year of set-up, so I said let us try first with what we have.']);
    expectKind('costs', ['The 3,000 euros for the new shelving came from postponing the summer window display.']);
  });

  it('is not read where nothing was set aside or given up', () => {
    expectNoKind('alternatives', ['A new stock system was proposed, and we bought it for 40,000 euros.']);
    expectNoKind('costs', ['The idea came from watching how the night shift stacked the pallets.']);
  });
});
