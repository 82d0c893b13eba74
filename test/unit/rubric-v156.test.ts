import { describe, it } from 'vitest';
import { STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v156: "I could have fixed the count quietly and waited a quarter. I chose to tell the owner." sets the option
 * aside by the choice that opens the next sentence; "knowing it could trigger a 3,200 pound penalty" concedes a price
 * as "knowing it would cost us" did; "He chose the cheaper shelves, which was not my preference" is a choice made over
 * the speaker's own option.
 */

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads "I could have ..." followed by "I chose ..." as an option set aside', () => {
    expectKind('alternatives', ['I could have fixed the count quietly and waited a quarter. I chose to tell the owner the same week.']);
    expectNoKind('alternatives', ['I could have fixed the count quietly and waited a quarter. The owner was away that week.']);
  });

  it('reads a penalty the step could trigger, told with "knowing", as a price accepted', () => {
    expectKind('costs', ['I chose to send her the corrected figure, knowing it could trigger a 3,200 pound penalty.']);
    expectNoKind('costs', ['I chose to send her the corrected figure, knowing it could help her plan.']);
  });

  it("reads a choice made over the speaker's own option as an option weighed", () => {
    expectKind('alternatives', ['He chose the cheaper shelves, which was not my preference because they sag under paint tins.', 'They went with the cheaper van, not my first choice.']);
    expectNoKind('alternatives', ['He chose the shelves and it was not my fault.']);
  });
});
