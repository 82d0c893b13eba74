import { describe, it } from 'vitest';
import { STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v151: "a diagnostic cable and software cost another 3,400 kroner", right after the speaker's steps, is a price
 * of the course taken; "..., which the owner wasn't happy about" after the speaker's step is one too; and "I said no"
 * right after an option named by what it offered ("The bigger saving on paper was retreads on the steer axle") sets
 * that option aside.
 */

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads "cost another" amount after the speaker\'s step as a price', () => {
    expectKind('costs', ['I opened one dead scanner myself. A diagnostic cable and software cost another 3,400 kroner.']);
    expectNoKind('costs', ['A new scanner cost another 300 euros.']);
  });

  it('reads a step the owner was not happy about as its price', () => {
    expectKind('costs', ["I cut the Saturday delivery, which the owner wasn't happy about."]);
    expectNoKind('costs', ["The storm closed the road, which the owner wasn't happy about."]);
  });

  it('reads "I said no" after an option named by its saving as that option set aside', () => {
    expectKind('alternatives', ['I proposed three changes. The bigger saving on paper was second-hand shelving. About 400 euros cheaper. I said no.']);
    expectNoKind('alternatives', ['I proposed three changes. The shelves were full of old stock. I said no.']);
  });
});
