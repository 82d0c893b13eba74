import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { awaitsOutcomeOf, expectPhraseCounts, ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v144: "a $3 an hour premium" is a surcharge paid; a plan someone "hated" and the speaker met with what was
 * kept is a guardrail; "the obvious hire was..." names an option set aside; a cut made "to make space", or that funded
 * the step, is a price; "..., which was not popular with the older teachers" after the speaker's step is one too;
 * ", not knowing which keys I had changed" is no option; seeing how others worked, hearing about it and a meeting
 * "which I went to" are no steps; a purchase cancelled and work done with the same budget show Frugality; "..., then
 * we know if it is really better" and "the contractor will compare ... after the survey in October" wait on the
 * outcome; "tiers from 10,000 up to 2 million" is a range, not a change.
 */

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a surcharge with its rate between the sum and the noun', () => {
    expectKind('costs', ['I paid the two weekend counters a €3 an hour premium, about 4,000 euros a year.']);
    expectNoKind('costs', ['The supplier charged us a €3 delivery note for each box.']);
  });

  it('reads a plan someone hated, met by what the speaker kept, as a guardrail', () => {
    expectKind('guardrails', ['Some builders hated losing flexibility, so I kept a 10% reserve of stock for last-minute orders.']);
    expectNoKind('guardrails', ['Some builders loved the flexibility, so I kept a 10% reserve of stock for last-minute orders.']);
  });

  it('reads the obvious hire or pick, set against what followed, as an option', () => {
    expectKind('alternatives', ['The obvious hire was another stock clerk. But the shortages came from the order forms, so I took on a buyer.']);
    expectKind('alternatives', ['The safe pick was the old supplier, but I went with the new one.']);
    expectNoKind('alternatives', ['We made two new hires in May and I trained both on the count sheet.']);
  });

  it('reads a cut made to make room, or one that paid for the step, as a price', () => {
    expectKind('costs', ['I cut the Saturday stock-take hours to make space for counting on arrival.']);
    expectKind('costs', ['I bought a second scanner, funded by cutting our paint display orders to once a year.']);
    expectNoKind('costs', ['I cut the counting time to ten minutes a delivery.']);
  });

  it('reads a step "which was not popular with" someone as its price', () => {
    expectKind('costs', ['I moved the deliveries to 7 a.m., which was not popular with the drivers.']);
    expectNoKind('costs', ['The old supplier, which was not popular with builders, closed its depot.']);
  });

  it('does not read a participle clause after ", not" as an option set aside', () => {
    expectNoKind('alternatives', ['I asked my colleague to recount the boxes for me, not knowing which ones I had flagged.']);
    expectKind('alternatives', ['I asked the owner for a second scanner, not a new clerk.']);
  });
});

describe('the speaker\'s own steps', () => {

  it('does not count seeing how others worked, hearing about it or a meeting one went to', () => {
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}So I saw how the deliveries came in and how they were counted.`)).not.toContain('saw');
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}I was on nights, so a lot of it I heard about at handover.`)).not.toContain('heard');
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}There was a staff meeting about the new sheet, which I went to.`)).not.toContain('went');
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}I saw the short boxes and rang the supplier.`)).toContain('saw');
  });
});

describe('principle fit', () => {
  it('reads a purchase cancelled and work done with the same means as Frugality', () => {
    const story =
      'I lead one of three delivery crews. We were turning jobs away, and the office was about to buy another van for 40,000 euros. I logged where our hours went for two weeks and regrouped the routes by district. {}';
    expectPhraseCounts('frugality', story, 'Within two months we did 30% more drops a day, and the purchase was cancelled.', 'Within two months we did 30% more drops a day, and the drivers were pleased.');
    expectPhraseCounts('frugality', story, 'We did 30% more drops with the same budget.', 'We did 30% more drops than in the spring.');
  });
});

describe('a story that ends before its outcome', () => {
  const steps = `${STOCK_ROOM_OPENING}I asked the survey team for the last count as a colour grid, and I made a stand for the tablet with our handyman. I also changed the counting order: heavy boxes first.`;

  it('reads the present for the future, and a comparison someone will make later, as a wait', () => {
    expect(awaitsOutcomeOf(`${steps} We use this method since three weeks. The owner compares the shortages with the old method after the stock-take, then we know if it is really better.`)).toBe(true);
    expect(awaitsOutcomeOf(`${steps} We use this method since three weeks. The owner will compare the shortages with the old method after the stock-take in October.`)).toBe(true);
    expect(awaitsOutcomeOf(`${steps} Shortages fell from 12 a month to 2, and then we knew it worked.`)).toBe(false);
  });
});

describe('numbers', () => {
  const changes = (text: string) => analyzeAnswer(text).facts.flatMap((f) => f.numbers).filter((n) => n.from !== undefined);

  it('reads a range of tiers or prices as a span, not a change', () => {
    expect(changes('Ticket tiers from 10,000 naira up to tables at 2 million.')).toEqual([]);
    expect(changes('Prices ranging from 5 to 40 euros a box.')).toEqual([]);
    expect(changes('Shortages went from 12 a month to 2.').length).toBe(1);
  });
});
