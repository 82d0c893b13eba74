import { describe, it, expect } from 'vitest';
import { ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v166: "we paid about 15% more than our contract price" is a cost; "It meant around 60 orders less per shift"
 * is the step's price; "I promised if the errors did not go down we return to the old count" is a way back; listening
 * to someone else's discussion is no step.
 */

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a share paid over the usual price as a cost', () => {
    expectKind('costs', ["We paid about 15% more than our contract price, because the customers couldn't wait."]);
    expectNoKind('costs', ['Prices rose about 15% more than our forecast.']);
  });

  it('reads "It meant around 60 orders less per shift" after the step as its price', () => {
    expectKind('costs', ['I asked my manager to let me test the longer count on two days. It meant around 60 orders less per shift during the test.']);
  });

  it('reads a promised return to the old way as a way back', () => {
    expectKind('guardrails', ['I asked my manager to let me test the longer count. I promised if the errors did not go down we return to the old count the same day.']);
    expectNoKind('guardrails', ['I asked my manager to let me test the longer count. I promised we would report the errors every day.']);
  });
});

describe('own steps', () => {
  it('does not count listening to someone else\'s discussion as a step', () => {
    expect(ownStepsOf('I was invited to attend, and I listened to the discussion.')).not.toContain('listened');
    expect(ownStepsOf('I listened to each driver and rewrote the loading list.')).toContain('listened');
  });
});
