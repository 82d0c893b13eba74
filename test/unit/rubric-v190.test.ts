import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { BAKERY_STEPS, gatesAfterBakerySteps, ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v190, from the development misses of fresh302 to fresh305: more of what the speaker only took in, a change
 * tried on something that does not matter first, more endings before the outcome, and two proverbs as lessons.
 */

const content = loadContent();

describe('lessons', () => {
  it('reads a proverb any story could close on as a generic lesson', () => {
    const learning = (ending: string) => scoreAnswer(`${BAKERY_STEPS} Late deliveries fell from 9% to 1% by May. ${ending}`, { content, principle: 'deliver-results' }).criteria.learning.score;
    expect(learning("What it taught me is that where there's a will, there's a way.")).toBeLessThanOrEqual(1);
    expect(learning('In the end it showed me that the devil really is in the details.')).toBeLessThanOrEqual(1);
  });
});

describe('own steps', () => {
  it('reads emails copied in and read, and notes taken in the room, as no steps', () => {
    expect(ownStepsOf('I was copied into the emails through the day and read them in the evening.')).toEqual([]);
    expect(ownStepsOf('I was copied in on all the emails, and I sat in the workshop, mostly taking notes.')).toEqual([]);
  });

  it('still reads reading and sitting down to work as the speaker\'s', () => {
    expect(ownStepsOf('I read the supplier contract line by line.')).toEqual(['read']);
    expect(ownStepsOf('I sat down with each driver and rewrote the route.')).toContain('rewrote');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a change tried on something that does not matter first as a guardrail', () => {
    expectKind('guardrails', ['I decided to glue the shelf myself, and tested the glue on an old board in the back first.']);
    expectNoKind('guardrails', ['I tested the first box of screws.']);
  });
});

describe('endings', () => {
  it('reads an answer not given, a first run still to come and a part still under way as waiting', () => {
    expect(gatesAfterBakerySteps('The café owners still didn\'t answer if they accept the new times.')).toContain('no-result');
    expect(gatesAfterBakerySteps('The café owners still haven\'t replied about the new times.')).toContain('no-result');
    expect(gatesAfterBakerySteps('The first delivery on the new list hasn\'t happened, and we agreed to judge it after a full month.')).toContain('no-result');
    expect(gatesAfterBakerySteps('The new racks are still in the test, and the owner wants the numbers in June.')).toContain('no-result');
    expect(gatesAfterBakerySteps('The route changes are still being discussed with the drivers.')).toContain('no-result');
  });

  it('keeps an outcome told', () => {
    expect(gatesAfterBakerySteps('Late deliveries fell from 9% to 1% by May, and a late van hasn\'t happened since.')).not.toContain('no-result');
  });
});
