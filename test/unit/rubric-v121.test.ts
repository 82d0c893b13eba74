import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { BAKERY_STEPS, gatesAfterBakerySteps, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v121: a give-up at the end of a long series of the speaker's steps, or joined to "That added..."; a stop
 * joined to the modal's first verb; part given up to meet an objection; a ruling awaited "once" something else comes;
 * a customer's habit "with us" since then is a result; "so no operator has to guess" after the speaker's change is a
 * lesson that stands.
 */

const content = loadContent();
const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

describe('a price or a limit told in a longer shape', () => {
  it('is read as a cost accepted', () => {
    expectKind('costs', [
      'I moved the paint to the front shelves next to the till, relabelled every bin with its supplier code, and gave up the second delivery bay to make room for returns.',
      'I split the big orders in two. That added about 400 euros to the bill and pushed the shelf refit back four months.',
      'My manager did not want the supplier prices on the board. I insisted, because without prices the list means nothing, but I agreed to remove the names of the small suppliers.',
    ]);
  });

  it('is read as a guardrail', () => {
    expectKind('guardrails', ['I agreed we would open half the new shelving first and stop there if fewer than 40 orders a week came through it.']);
  });

  it('is not read where nothing was given up or limited', () => {
    expectNoKind('costs', [
      'I moved the paint to the front shelves next to the till, relabelled every bin with its supplier code, and cut the order list from four pages to one.',
      'I insisted on a proper count, and the owner agreed to pay for the extra hours.',
    ]);
    expectNoKind('guardrails', ['We would open the new shelving on Monday and stock it with paint.']);
  });
});

describe('a story that ends waiting for a ruling', () => {
  it('is held at the no-result gate, whatever habit closes the line', () => {
    expect(gatesAfterBakerySteps("The owner has the figures, and she has said she'll decide once the accountant's opinion is in; for now the old list stays up and I check the vans daily.")).toContain('no-result');
  });

  it('is not held when the outcome is in', () => {
    expect(gatesAfterBakerySteps('By April only one van in 60 left after 6 a.m., down from about 9%. I learned to decide once the figures are in, not before.')).not.toContain('no-result');
  });
});

describe('what others have done since', () => {
  it('is the result when "us" is only whom they did it with', () => {
    const story = `${BAKERY_STEPS} The two cafés stopped complaining, and they have continued ordering with us since then.`;
    expect(sectionOfLine(story, 'continued ordering with us')).toBe('result');
  });

  it('is a lesson when the speaker keeps the habit', () => {
    const story = `${BAKERY_STEPS} By April only one van in 60 left late. Since then I time every station with our crew each spring.`;
    expect(sectionOfLine(story, 'time every station')).toBe('learning');
  });
});

describe('a change the speaker made afterwards for all the work since', () => {
  const story = `${BAKERY_STEPS} By April only one van in 60 left after 6 a.m., down from about 9%.`;

  it('counts as a lesson that stands', () => {
    const feedback = scoreAnswer(`${story} Afterwards I turned the loading list into a night checklist, so no driver has to guess alone.`, { content, principle: 'deliver-results' });
    expect(feedback.criteria.learning.score).toBeGreaterThanOrEqual(3);
  });

  it('does not when the line only tells the change', () => {
    const feedback = scoreAnswer(`${story} Afterwards I turned the loading list into a night checklist.`, { content, principle: 'deliver-results' });
    expect(feedback.criteria.learning.score).toBeLessThan(3);
  });
});
