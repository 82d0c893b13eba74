import { describe, it, expect } from 'vitest';
import { awaitsOutcomeOf, BAKERY_STEPS, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v163: "the bank said it would decide at its September meeting" leaves the outcome open as "will decide" does;
 * money spent "from my own commission" is the speaker's cost; "It adds about 30 minutes per order" prices a step told a
 * sentence or two before; "I kept the old form available for anyone who preferred it" keeps the old way open.
 */

describe('outcome still to come', () => {
  it('reads a decision reported as still to be made as no result yet', () => {
    const asked = `${BAKERY_STEPS} The owner sent my plan to the bank, and the bank said it would decide on the loan at its September meeting.`;
    expect(awaitsOutcomeOf(asked)).toBe(true);
    expect(awaitsOutcomeOf(`${asked} In September it approved the loan, and late deliveries fell from 9% to 2% by November.`)).toBe(false);
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads money paid from the speaker\'s own earnings as a cost', () => {
    expectKind('costs', ['I paid the courier, about 40 euros, from my own commission, because asking the owner would take a week.']);
    expectNoKind('costs', ['I paid the courier, about 40 euros, from the shop account.']);
  });

  it('prices a step told two sentences back with "It adds about 30 minutes per order"', () => {
    expectKind('costs', ['So I built a one-page order summary. The full lists moved to an appendix. It adds about 30 minutes per order.']);
    expectNoKind('costs', ['The full lists are in an appendix. It adds about 30 minutes per order.']);
  });

  it('reads the old way kept open for those who want it as a guardrail', () => {
    expectKind('guardrails', ['I kept the old order form available for anyone who preferred it; two suppliers did.']);
    expectNoKind('guardrails', ['I kept the old order form in a drawer.']);
  });
});
