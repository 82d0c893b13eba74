import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v136: "which meant I worked some nights myself", "even though the cosmetics counter became busier", a sum
 * paid "from my store budget, about 180,000 yen", "I checked that sales did not fall more than 5%" and "Didn't start
 * blanket antibiotics, which he pushed for" are trade-offs; "the real question is if..." and "if the clinic says yes;
 * if they say no" end a story before its outcome, and "whenever I sell a drug I think about where that milk goes next"
 * does not.
 */

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads the work a step left, taken on by the speaker, as its price', () => {
    expectKind('costs', ['I moved Anna to three days so she could attend classes, which meant I worked some evenings myself for a year.']);
    expectNoKind('costs', ['I moved Anna to three days, which meant I could finally take a holiday.']);
  });

  it("reads something of the speaker's side made worse by their step, after 'even though', as a price", () => {
    expectKind('costs', ['I also moved two staff from the paint counter to the tills on Saturdays, even though the paint counter became busier.']);
    expectNoKind('costs', ['I moved two staff to the tills on Saturdays, even though the paint counter became calmer.']);
  });

  it('reads a sum paid from the speaker\'s own budget, told after the budget, as a price', () => {
    expectKind('costs', ['I paid the scanner setup from my store budget, about 1,800 euros.']);
  });

  it('reads a check that a price stayed within a level as a limit on the damage', () => {
    expectKind('guardrails', ['Every week I checked that paint sales did not fall more than 5%; they fell 2%.']);
    expectNoKind('guardrails', ['Every week I checked that the paint was on the shelves.']);
  });

  it('reads a course someone pressed for, which the speaker did not take, as a course set aside', () => {
    expectKind('alternatives', ["Didn't order a second van, which the owner pushed for.", 'I did not close the Saturday counter, which the manager wanted.']);
  });
});

describe('a story that ends before its outcome', () => {
  it("is held on 'the real question is if...' and on both answers laid out", () => {
    expect(gatesAfterBakerySteps('The drivers liked the new list. But the real question is if the cafés will stay with us through the winter.')).toContain('no-result');
    expect(gatesAfterBakerySteps("The owner has said she'll keep the early slot if the cafés say yes; if they say no, the decision goes back to her.")).toContain('no-result');
  });

  it('is not held by a habit that looks at what happens next', () => {
    expect(gatesAfterBakerySteps('In the six weeks after, there were two late vans. Since then, whenever I bake a batch, I think about where that bread goes next.')).not.toContain('no-result');
    expect(gatesAfterBakerySteps('Late vans fell from 9% to 2% by May. The question was whether the cafés would notice, and they did.')).not.toContain('no-result');
  });
});
