import { describe, it, expect } from 'vitest';
import { ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v169: "bought it with my own money" is a cost; "That gave back roughly 40 seconds of the saving" is the price
 * of the course; both options laid out for the decision are alternatives weighed; "I figured ..., as long as I didn't
 * ..." is a limit the speaker held to; being copied on the reports, handed a printed guide or seeing it all from the
 * gatehouse are no steps.
 */

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads money of the speaker\'s own spent on the step as a cost', () => {
    expectKind('costs', ['I bought a small scanner with my own money, about 90,000 pesos.']);
    expectNoKind('costs', ['I counted the boxes with my own hands.']);
  });

  it('reads part of a gain given back as a cost', () => {
    expectKind('costs', ['I kept the Saturday delivery. That gave back roughly 40 minutes of the time we had saved.']);
    expectNoKind('costs', ['I gave back the keys on Monday.']);
  });

  it('reads both options laid out for the decision as alternatives weighed', () => {
    expectKind('alternatives', ['I put both options on one page for the owner.', 'I presented both versions side by side with the delivery data.']);
    expectNoKind('alternatives', ['Both options were discussed at the meeting.']);
  });

  it('reads a judgement held to a limit as a guardrail', () => {
    expectKind('guardrails', ["I figured a cheap scanner was good enough to learn with, as long as I didn't use it to skip the normal counts."]);
    expectNoKind('guardrails', ['I stayed late as long as the deliveries kept coming.']);
  });
});

describe('own steps', () => {
  it('does not count being copied on the reports as a step', () => {
    expect(ownStepsOf('I was included in the weekly meetings and copied on the email reports.')).toEqual([]);
    expect(ownStepsOf('I copied the delivery notes into the ledger.')).toContain('copied');
  });

  it('does not count a printed guide handed out as a step', () => {
    expect(ownStepsOf('I was at the meeting when the manager explained the new system, and I got a printed guide.')).toEqual([]);
  });

  it('does not count seeing it all from a place apart as a step', () => {
    expect(ownStepsOf('I stayed at the gate for the whole time and saw it from the gatehouse.')).not.toContain('saw');
  });
});
