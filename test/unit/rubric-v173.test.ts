import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { awaitsOutcomeOf, BAKERY_STEPS, ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v173: "I honestly don't know how many of them graduated" and "I still don't know if the colours will hold"
 * end before the outcome; "When I came back Rafiq told me..." and "I carried on producing the standard dashboard" are
 * no steps; "If I was wrong I'd sit on that stock for a year" names a risk, which the step after it guards; "Since then
 * he has brought eleven family watches" is the customer's doing, not the lesson applied.
 */

const content = loadContent();
const score = (answer: string, principle = 'deliver-results') => scoreAnswer(answer, { content, principle });

describe('stories that end before their outcome', () => {
  it('reads not knowing how many did it, or whether it will hold, as no outcome yet', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} In October I took a job in another town, and I honestly don't know how many of the cafés stayed with us.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The racks went in last week. I still don't know if the new list will hold in the summer rush.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late deliveries went from 9% to 2%. I don't know how many bakeries would have done the same.`)).toBe(false);
  });
});

describe('own steps', () => {
  it('does not count coming back, before someone else tells the story, as a step', () => {
    expect(ownStepsOf('When I came back Rafiq told me the whole thing.')).toEqual([]);
  });

  it('does not count the standard work carried on as a step', () => {
    expect(ownStepsOf('So I carried on producing the standard dashboard and was copied in on the pilot updates.')).toEqual([]);
    expect(ownStepsOf('I carried the boxes to the van myself.')).toContain('carried');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads the speaker\'s call as the stake, and the step that limits it, as a risk and its guardrail', () => {
    expectKind('risks', ["If I was wrong I'd sit on that stock for a year, so I agreed with my supplier to take back up to 100 dollars' worth at 70%."]);
    expectKind('guardrails', ["If I was wrong I'd sit on that stock for a year, so I agreed with my supplier to take back up to 100 dollars' worth at 70%."]);
    expectNoKind('risks', ['I was wrong about the Monday orders, and I said so to the owner.']);
  });
});

describe('lessons', () => {
  it('does not read what a customer has done since as the lesson applied', () => {
    const story =
      "In 2023 a customer brought me his father's watch, which I had serviced badly the year before. I told him the truth and ordered an original part from Switzerland, 2,400 pounds with shipping, and charged him nothing for the service. He came back. Since then he has brought eleven family watches and sent at least six new customers. What I learned: honesty is always the best policy.";
    const feedback = score(story, 'earn-trust');
    expect(feedback.criteria.learning.verdict).not.toContain('applied');
    expect(feedback.criteria.learning.score).toBeLessThanOrEqual(2);
  });
});
