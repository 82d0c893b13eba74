import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { BAKERY_STEPS, gatesAfterBakerySteps, ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v141: "we lost maybe €30,000" and "..., accepting about 90,000 dollars of extra cost" are prices however far
 * the "I"; a way back fixed at a level ("the gallery reopens any afternoon the hall passes 90% reserved") is a
 * guardrail, and so is a check kept in answer to a worry, told in the present ("so we agree that for heaters we still
 * ask a photo"); a shift that "ran past 3pm" and "the approval steps" of a plan are no guardrails; the steps of a
 * series that "I" opens are the speaker's; "I used it again in March for..." is a lesson applied, "I still put ... in
 * writing early" closing a story is its lesson; "until both are compared I can't say whose number was closer" ends a
 * story before its outcome.
 */

const content = loadContent();

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a loss put as a guess ("maybe", "perhaps") as a price', () => {
    expectKind('costs', ['I closed the back counter on weekday afternoons, and we lost maybe 3,000 euros in trade sales.']);
    expectKind('costs', ['I closed the back counter on weekday afternoons. We lost perhaps 3,000 euros in trade sales.']);
  });

  it('reads "accepting" an amount of cost after a long series of steps as a price', () => {
    expectKind('costs', ['Until the supplier fixed it, I stopped taking their pallets and sent the orders to a courier, accepting about 900 euros of extra cost that month.']);
    expectNoKind('costs', ['I stopped taking their pallets and sent the orders to a courier, accepting their apology.']);
  });

  it('reads a way back fixed at a level, told as a standing rule, as a guardrail', () => {
    expectKind('guardrails', ['I moved the trade orders to mornings. Our agreed condition: the back counter reopens any afternoon the queue passes 10 customers.']);
    expectKind('guardrails', ['I moved the trade orders to mornings. We agreed the back counter would reopen if the queue passed 10 customers.']);
    expectNoKind('guardrails', ['I moved the trade orders to mornings. The back counter reopens every afternoon at 2 pm.']);
  });

  it('reads a check kept in answer to a worry, told in the present, as a guardrail', () => {
    expectKind('guardrails', ['I wrote a one-page guide for counting deliveries. My boss was worried we would miss short boxes, so we agree that for power tools we still count every box.']);
  });

  it('does not read a shift that ran past a time, or the approval steps of a plan, as a guardrail', () => {
    expectNoKind('guardrails', ['The delivery shift started at 6am and often ran past 3pm with one break.']);
    expectNoKind('guardrails', ['I built the business case with a new racking quote, the approval steps, and the staff we need.']);
    expectKind('guardrails', ['I ran the new count sheet past the owner before we used it.']);
  });
});

describe('the steps of a series the speaker opens', () => {

  it('counts each past verb after a comma or "and" as the speaker\'s step', () => {
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}I built a count sheet for each supplier, wrote the checklist for the drivers, and visited each depot weekly.`)).toEqual(
      expect.arrayContaining(['built', 'wrote', 'visited']),
    );
  });

  it('does not count moving about and taking part, or a verb of someone else\'s clause', () => {
    const steps = ownStepsOf(`${STOCK_ROOM_OPENING}I went to the depot, looked at the pallets and talked to the drivers.`);
    expect(steps).not.toContain('looked');
    expect(steps).not.toContain('talked');
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}I built a count sheet, but they ignored it and counted by eye.`)).not.toContain('counted');
  });
});

describe('lessons', () => {
  const learning = (story: string) => scoreAnswer(story, { principle: 'deliver-results', content }).criteria.learning;

  it('reads "I used it again in March for..." after a lesson as the lesson applied', () => {
    const lesson = learning(`${BAKERY_STEPS} Late deliveries fell from 9% to 2% by May. I learned to time the whole line before buying anything. I used it again in March for the pastry line.`);
    expect(lesson.score).toBe(4);
    expect(lesson.verdict).toMatch(/applied since/);
  });

  it('reads a closing "I still ..." practice as the story\'s lesson', () => {
    const ending = 'Late deliveries fell from 9% to 2% by May. I still put every change to a line in writing first, with the timings, not just an idea; I did it on the pastry line last year.';
    expect(learning(`${BAKERY_STEPS} ${ending}`).score).toBeGreaterThanOrEqual(3);
    expect(learning(`${BAKERY_STEPS} Late deliveries fell from 9% to 2% by May. I still have the photo of the first full rack on my phone.`).score).toBe(0);
  });
});

describe('a story that ends before its outcome', () => {
  it('is held when which side was right is still open', () => {
    expect(gatesAfterBakerySteps('The parallel count finishes at the end of June, and until both sets of numbers are compared I can\'t say whose count was closer.')).toContain('no-result');
  });

  it('is not held when the question of who is about the past', () => {
    expect(gatesAfterBakerySteps("Late deliveries fell from 9% to 2% by May. I can't say who first had the idea of the racks.")).not.toContain('no-result');
  });
});
