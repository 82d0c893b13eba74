import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v117: more endings before the outcome ("is for the accountant to tell me", "the board votes on it after the
 * harvest", "the next few months are the real test" followed by what is done "until then"); a cost told by a gerund
 * with a noun in "-ing" after it ("Covering the glazing cost about 20 hours"), and a loss in the speaker's series of
 * steps ("I declined to fit her, lost the sale, and wrote a referral").
 */

const RESULT = 'By April only one van in 60 left after 6 a.m., down from about 9%.';

describe('a story that ends before its outcome', () => {
  it.each([
    ['left for someone to tell', 'That part is for the accountant to tell me, with the June figures.'],
    ['a vote still ahead', 'After the Christmas rush the owners vote on keeping the early slot or going back.'],
    ['the real test ahead, then the meantime', "So the next few months of deliveries are the real test. I'm keeping my own tally of every van until then."],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it.each([
    ['a vote that was held', `${RESULT} In May the owners voted on keeping the early slot, and they kept it.`],
    ['a tally kept until a time past', `${RESULT} I kept my own tally of every van until then.`],
  ])('is not held for: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).not.toContain('no-result');
  });
});

describe('a cost told by its course', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads the course named by its gerund, whatever noun in "-ing" follows, as what cost', () => {
    expectKind('costs', ['Covering the packing cost about 20 hours of overtime a month, which I justified to the owner as cheaper than hiring.']);
  });

  it('reads a loss in a series of the speaker\'s steps as a cost', () => {
    expectKind('costs', ['I declined the order that day, lost the sale, and wrote to the supplier about the short boxes.']);
  });

  it('does not read a loss in someone else\'s series', () => {
    expectNoKind('costs', ['The courier came late, lost the paperwork, and blamed the depot.']);
  });
});
