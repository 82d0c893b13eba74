import { describe, expect, it } from 'vitest';
import { awaitsOutcomeOf, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v150: "Bought lime at 30% over our usual price" and "The night shifts cost a 30% overtime premium, about Rs
 * 18,000 extra" are prices of the step; "... and let the audit slip by a quarter" is one too when joined to the
 * speaker's step; "After two winters, no new salt damage" is an outcome ("after the winter" may still be ahead); and
 * "Only then I can say if the lamps are the cause", in the order many speak a second language, ends before it.
 */

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a premium over the usual price, and an extra cost said of the step, as prices', () => {
    expectKind('costs', [
      'I split the crew in two. Bought shelving from the city supplier at 30% over our usual price, for delivery in a week.',
      'I moved the count to the night. The night shifts cost a 30% overtime premium, about 18,000 rupees extra.',
    ]);
    expectNoKind('costs', ['Their shelving sold at 30% over the usual price last year.', 'A box costs 40 rupees.']);
  });

  it('reads work let slip, joined to the speaker\'s step, as its price', () => {
    expectKind('costs', ['I paid for the counts with my Friday audit time and let the audit slip by a quarter.']);
    expectNoKind('costs', ['I paid for the counts with my Friday audit time and did not let the audit slip.']);
  });
});

describe('outcomes', () => {
  it('reads "after two winters" as the time since, and not "after the winter"', () => {
    const story = (ending: string) => `${STOCK_ROOM_OPENING}I rebuilt the shelves in lime-washed oak and trained four helpers. ${ending}`;
    expect(sectionOfLine(story('After two winters, no new damp on the oak shelves.'), 'no new damp')).toBe('result');
    expect(sectionOfLine(story('The owner wants to decide after the winter season, when the damp comes.'), 'wants to decide')).not.toBe('result');
  });
});

describe('a story that ends before its outcome', () => {
  const steps = `${STOCK_ROOM_OPENING}I changed the lamps back in one room and kept the new ones in the other, hung lower, so I can compare the two.`;

  it('reads "Only then I can say if" as a wait', () => {
    expect(awaitsOutcomeOf(`${steps} The counts from the next four weeks come at the end of October. Only then I can say if the lamps are the cause.`)).toBe(true);
    expect(awaitsOutcomeOf(`${steps} Losses fell from 12 a month to 2. Since then I can say the lamps were the cause.`)).toBe(false);
  });
});
