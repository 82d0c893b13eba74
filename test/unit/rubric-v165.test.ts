import { describe, it, expect } from 'vitest';
import { sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v165: "The payment went out 40 minutes before cut-off" after the steps tells the Result; "I agreed we stop it
 * if it slows down the counter" sets a way back in the present; "we'd keep two vans on the old route until the new
 * one settled" keeps part of the old way until the new one holds; "The hard part was giving up the Saturday market"
 * and "..., even though those stayed slow" name what the course cost.
 */

describe('sections', () => {
  it('reads a deadline beaten by a margin after the steps as the Result', () => {
    const story =
      'I run the orders desk of a hardware wholesaler in Tartu. On a Friday a 40,000-euro order got held by the bank\'s fraud check two hours before the courier cut-off. I called the bank, sent them the signed contract and had my manager confirm the order by phone. The order went out 25 minutes before cut-off, and the customer paid no penalty.';
    expect(sectionOfLine(story, 'The order went out')).toBe('result');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads "I agreed we stop it if..." as a way back', () => {
    expectKind('guardrails', ['It is a small annoyance for the drivers, ten seconds each order, so I agreed we stop it if it slows down the counter.']);
    expectNoKind('guardrails', ['It is a small annoyance for the drivers, ten seconds each order, so I agreed we keep it.']);
  });

  it('reads part of the old way kept until the new one holds as a guardrail', () => {
    expectKind('guardrails', ["I agreed with the owner that we'd keep two vans on the old route until the new deliveries settled."]);
    expectNoKind('guardrails', ['I kept sending the supplier the counts until their driver reproduced the fault.', 'I kept the shop running until a replacement arrived.']);
  });

  it('reads the hard part of giving something up, and what stayed slow, as costs', () => {
    expectKind('costs', ['The hard part was giving up the Saturday market: for a year our own numbers looked smaller.']);
    expectKind('costs', ['So I used the scanner only for the small orders and kept hand counts for the 40 or so big ones, even though those stayed slow.']);
    expectNoKind('costs', ['So I used the scanner only for the small orders and kept hand counts for the 40 or so big ones.']);
  });
});
