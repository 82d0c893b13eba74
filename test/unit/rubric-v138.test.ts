import { describe, expect, it } from 'vitest';
import { BAKERY_STEPS, gatesAfterBakerySteps, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v138: "no one, including me, has those bookings in front of them yet", "until he answers, nothing gets
 * installed" and "only the monsoon can answer, and it will not answer before end of September" end a story before its
 * outcome; a fallback secured "in case the release failed", a price told without its subject ("Costs half an hour a
 * shift."), "I argued against the charge" after someone wanted it, "The cheapest replacement was X, but...", "more than
 * three times the price", "two new clients had to wait three extra days" after "even though", "As a guardrail, one of
 * our clerks witnesses...", "the charge would come back if rescheduling was still above 10%", "That doubled my
 * preparation time" and "meant a three-week delay" are trade-offs; a measured change after the speaker's steps is the
 * Result even when one of its clauses says what "we had to correct", and "has since been adopted" is an outcome.
 */

describe('a story that ends before its outcome', () => {
  it("is held when nobody has the figures yet, with an aside between 'no one' and its verb", () => {
    expect(gatesAfterBakerySteps('The new times start in June. No one, including me, has those figures in front of them yet.')).toContain('no-result');
  });

  it("is held when everything waits on someone's answer, or only what is still to come can tell", () => {
    expect(gatesAfterBakerySteps('The owner has the plan; until he answers, nothing gets ordered.')).toContain('no-result');
    expect(gatesAfterBakerySteps('The new slot starts in June, and only the summer rush can answer that, and it will not answer before August.')).toContain('no-result');
  });

  it('is not held when the answer came in the story, or the speaker answers for something', () => {
    expect(gatesAfterBakerySteps('Until he answered, nothing got ordered; he signed in May and late vans fell from 9% to 2%.')).not.toContain('no-result');
    expect(gatesAfterBakerySteps('Late vans fell from 9% to 2% by May, and only I can answer for the two that were still late.')).not.toContain('no-result');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a fallback secured in case the chosen course went wrong as a limit on the damage', () => {
    expectKind('guardrails', ['I also rented space in a cold store near the depot, about 950 euros, in case the delivery failed.']);
    expectNoKind('guardrails', ['I also rented space in a cold store near the depot in case we grew.']);
  });

  it('reads a price told without its subject, the amount straight after, as a cost', () => {
    expectKind('costs', ['So twice a day one of us checks the delivery notes against the screen. Costs half an hour a shift.']);
  });
});

describe('trade-offs told in plain words', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads arguing against a course someone wanted, named again, as a course set aside', () => {
    expectKind('alternatives', ['The owner wanted a €20 charge for late collections. I wanted to know first why people came late. I phoned 30 customers. I argued against the charge: it would land on our oldest customers.']);
    expectNoKind('alternatives', ['I argued against the wall: it was too high to reach.']);
  });

  it("reads 'The cheapest replacement was X, but...' as an option passed over", () => {
    expectKind('alternatives', ['The cheapest replacement was a used van from the dealer, but that still left us with no cold box.']);
  });

  it('reads the chosen course priced at a multiple of the other as a cost', () => {
    expectKind('costs', ['I chose a courier with a cold box at 110 euros a run, more than three times the price.']);
  });

  it("reads someone kept waiting, after 'even though', as the step's price", () => {
    expectKind('costs', ['I gave the spare scanners to the night shift, even though that stock was held for new staff and two new starters had to wait three extra days.']);
  });

  it("reads 'As a guardrail' with whoever carries it out as a safeguard", () => {
    expectKind('guardrails', ['As a guardrail, one of our clerks checks every delivery note against the order.']);
  });

  it('reads a way back to the other course, fixed at a level, as a limit on the damage', () => {
    expectKind('guardrails', ['We agreed the charge would come back if late collections were still above 10% after three months.']);
    expectNoKind('guardrails', ['We agreed the charge would come back in the spring.']);
  });
});

describe('the price of a step, told as what it did to the speaker\'s load', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it("reads 'That doubled my preparation time' and 'meant a three-week delay' as costs", () => {
    expectKind('costs', ['So I split the order in two. That doubled my preparation time.', 'So I split the order in two, which meant a three-week delay for the fourth customer.']);
    expectNoKind('costs', ['So I split the order in two. That doubled our sales.']);
  });
});

describe('the Result', () => {
  it("reads a measured change after the speaker's steps as the Result, whatever 'had to' its clauses hold", () => {
    const story = `${BAKERY_STEPS} Complaints dropped from about 30 a week to 9, and wrong orders we had to correct fell from 14 to 3. The loading list has since been adopted across the region.`;
    expect(sectionOfLine(story, 'Complaints dropped')).toBe('result');
    expect(sectionOfLine(story, 'since been adopted')).toBe('result');
  });
});
