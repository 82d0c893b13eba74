import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { isHypotheticalStory } from '../../src/core/rubric/tense.js';
import { ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v148: "... and accepted about four extra hours of reading a week" prices the speaker's step however far back
 * its "I" stands; "I hired her over the master's graduate" sets a candidate aside; "To make space I dropped from two
 * features a month to one" gives something up to pay for the step; a story opened with "One time ... was" is a real
 * event even when its steps are told in the present; and "Later, I heard, the method was used in another hall" is news,
 * not a step.
 */

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads "and accepted" extra work after a long step of the speaker\'s as its price', () => {
    expectKind('costs', ['So I set up a manual review flag for any count near the cut-off and accepted about four extra hours of checking a week.']);
    expectNoKind('costs', ['So I set up a manual review flag for any count near the cut-off and accepted the supplier\'s offer.']);
  });

  it('reads hiring one candidate over another as an option set aside', () => {
    expectKind('alternatives', ['I hired her over the graduate with three years in a warehouse.']);
    expectNoKind('alternatives', ['I hired her over the summer to help with the count.']);
  });

  it('reads the speaker\'s own output cut "to make space" as a price, wherever the purpose stands', () => {
    expectKind('costs', ['To make space I dropped from two counts a month to one for that quarter.']);
    expectNoKind('costs', ['Shrinkage dropped from two boxes a month to one that quarter.']);
  });
});

describe('a real event told in the present', () => {
  const story =
    'One time on one building the main contractor was not happy with us after a typhoon, because some ties were not so good. ' +
    'So we check the scaffolding again together and fix what need to fix. I also say sorry to the safety officer and I tell him we will be more careful in future. ' +
    'I think we will always need to earn trust again every day.';

  it('is not hypothetical when it opens at "One time" with a past verb', () => {
    expect(isHypotheticalStory(analyzeAnswer(story))).toBe(false);
    expect(isHypotheticalStory(analyzeAnswer(story.replace('One time on one building the main contractor was', 'If the main contractor is')))).toBe(true);
  });
});

describe("the speaker's own steps", () => {

  it('does not count news heard as a step', () => {
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}Later, I heard, the method was used also in another shop.`)).not.toContain('heard');
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}I heard that the owner had kept the new sheet.`)).not.toContain('heard');
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}I heard each complaint out and rang the supplier.`)).toContain('rang');
  });
});
