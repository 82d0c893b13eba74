import { describe, it, expect } from 'vitest';
import { BAKERY_STEPS, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v161: once a story has told its outcome, a line that reads like scene-setting ("We had two late adjustments
 * that quarter and none since") goes on with the Result; "I told the CFO we couldn't do that" answers the course others
 * wanted; "I told the board that was the price" names a cost in a reported clause.
 */

describe('sections', () => {
  it('keeps a scene-like line after the outcome in the Result', () => {
    const story = `${BAKERY_STEPS} The first early run went out in April. We had two late deliveries that month and none since.`;
    expect(sectionOfLine(story, 'We had two late deliveries')).toBe('result');
    const before = `I run the night shift at a bakery in Tampere. We had two late deliveries that month and none the month before. ${BAKERY_STEPS.slice(BAKERY_STEPS.indexOf('I timed'))}`;
    expect(sectionOfLine(before, 'We had two late deliveries')).toBe('situation');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads "I told the owner we couldn\'t do that" after what others wanted as the course set aside', () => {
    expectKind('alternatives', ["The owner also wanted a full recount of the garden stock. I told the owner we couldn't do that and fix the orders properly in two weeks, and proposed the garden aisle in May."]);
    expectNoKind('alternatives', ['The owner also wanted a full recount of the garden stock. I told the owner the counts were ready, and proposed the garden aisle in May.']);
  });

  it('reads "I told the board that was the price" as a cost', () => {
    expectKind('costs', ['Two suppliers refused the new terms. I told the owner that was the price and he agreed.']);
    expectNoKind('costs', ['Two suppliers refused the new terms. I told the owner that was the plan and he agreed.']);
  });
});
