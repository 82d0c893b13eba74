import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { awaitsOutcomeOf, BAKERY_STEPS, ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v158: a course someone proposed, set aside by a "but" that opens the next part of a long sentence; "..., this
 * was the price, so..." names a cost mid-sentence; "The obvious pick was X. I picked Y, because..." sets the obvious
 * course aside; "Not what I'd asked for" after someone else's decision is a choice over the speaker's own. Not
 * trade-offs: "before they find out any other way", "got the owner to sign a deal", "I had signed off the work, so it
 * was mine". "I can only say when the data come in" ends a story before its outcome; "I saw the numbers come up" is no
 * step; "Supplier agreed to invoice drained weight from then on" is an outcome, not the speaker's lesson carried on.
 */

const content = loadContent();

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a proposal set aside by a "but" after a long sentence is split', () => {
    expectKind('alternatives', ['Everybody proposed me new racks on the wall, 38,000 euros, but the building office here is very strict, permission can take more than one year, and we did not have this money.']);
    // Only a course put forward: a wish is not read across the split.
    expectNoKind('alternatives', ['Everybody expected new racks on the wall, 38,000 euros, but the building office here is very strict, permission can take more than one year, and we did not have this money.']);
  });

  it('reads "this was the price" in the middle of a sentence as a cost', () => {
    expectKind('costs', ['I locked the back door at six. Some couriers complained they had to walk round, this was the price, so we put a bell at the front.']);
    expectNoKind('costs', ['I locked the back door at six. Some couriers complained they had to walk round, this was the rule, so we put a bell at the front.']);
  });

  it('reads the obvious pick followed by the speaker\'s own pick as an option set aside', () => {
    expectKind('alternatives', ['The obvious pick was our senior clerk, who wanted it. I picked Mere, three years in, because her counts were the most careful I had seen.']);
    expectNoKind('alternatives', ['Our senior clerk wanted it. I picked Mere, three years in, because her counts were the most careful I had seen.']);
  });

  it('reads "Not what I\'d asked for" after someone else\'s decision as a choice over the speaker\'s own', () => {
    expectKind('alternatives', ["The owner decided: the old supplier stays, the late orders get a penalty. Not what I'd asked for."]);
    expectNoKind('alternatives', ["I decided: the old supplier stays, the late orders get a penalty. Not what I'd asked for."]);
  });

  it('reads no option or safeguard in "any other way", a signed deal or an approval the speaker had given', () => {
    expectNoKind('alternatives', ['Since then, when an order is short, I call the customer before they find out any other way.']);
    expectNoKind('guardrails', ['Then I got the owner to sign a deal with a courier, so late orders go out the same night.', 'I told them it was our mistake and that I had signed off the order, so it was mine.']);
    expectKind('guardrails', ['Then I got the owner to sign off every order over 500 euros.']);
  });
});

describe('own steps', () => {
  it('does not count seeing something happen as a step', () => {
    expect(ownStepsOf('I was at the load test, I saw the numbers come up, which was such a relief.')).toEqual([]);
    expect(ownStepsOf('I saw the supplier that afternoon.')).toEqual(['saw']);
  });
});

describe('endings', () => {
  it('reads "I can only say when ..." as a story that ends before its outcome', () => {
    const sent = `${BAKERY_STEPS} I sent the figures to the board.`;
    expect(awaitsOutcomeOf(`${sent} How many deliveries we really save, I can only say at the end of the year.`)).toBe(true);
    expect(awaitsOutcomeOf(`${sent} Late deliveries fell from 9% to 2%, and I can only say thank you to the drivers.`)).toBe(false);
  });
});

describe('lessons', () => {
  it("does not read another party's commitment from then on as the speaker's lesson", () => {
    const story = (line: string) => `${BAKERY_STEPS} ${line} Late deliveries fell from 9% to 2% by May. What I learned: details matter, and it pays to look carefully.`;
    const learning = (line: string) => scoreAnswer(story(line), { principle: 'deliver-results', content }).criteria.learning.score;
    expect(learning('Supplier agreed to invoice drained weight from then on and credited 6,200 euros for past deliveries.')).toBeLessThanOrEqual(2);
    expect(learning('I invoiced net weight from then on and got 600 euros back for past deliveries.')).toBeGreaterThanOrEqual(3);
  });
});
