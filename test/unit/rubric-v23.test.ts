import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v23: prices and limits told plainly ("It's 25 minutes longer per load", "that meant one machine less for the
 * rooms", the old way "still ok for the clients who want it", the log sent "so they could stop me"), a first try dropped
 * when nobody used it; less of a trouble ("meant fewer complaints") is no price. A template's blanks leave nothing
 * specific, and a thing that "sits on" someone's side blames nobody. Each story is told in a trade of its own.
 */
const content = loadContent();
const score = (answer: string) => scoreAnswer(answer, { content });
const tradeoffsOf = (answer: string) => score(answer).criteria.tradeoffs;
/** The trade-off verdict's own count of a kind: "1 guardrail (...)", "1 cost accepted (...)"; "no guardrail" does not match. */
const FOUND = (kind: string) => new RegExp(`\\d+ ${kind}s? (?:weighed |accepted )?\\(`);

describe('trade-offs told plainly', () => {
  it('reads the time a step added, told with the step as subject ("It\'s 25 minutes longer per load"), as a price', () => {
    const answer =
      'I run the dye house at a yarn mill in Bradford. Customers sent back a blue that faded after two washes. ' +
      'I added a second rinse to every blue batch. It was 40 minutes longer per batch. Returns for fading went from 30 cones a month to 2.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('cost'));
  });

  it('reads "that meant one oven less for the bread" as a price, and "that meant fewer complaints" as none', () => {
    const told = (meant: string) =>
      'I bake for a hotel in Tallinn. The pastry came out soggy on busy mornings. ' +
      `I gave the pastry its own oven at a lower heat. ${meant} Breakfast scores went from 7.9 to 8.6.`;
    expect(tradeoffsOf(told('On full mornings that meant one oven less for the bread.')).verdict).toMatch(FOUND('cost'));
    expect(tradeoffsOf(told('That meant fewer complaints at breakfast.')).verdict).not.toMatch(FOUND('cost'));
  });

  it('reads a first try dropped when nobody used it as an option weighed', () => {
    const answer =
      'i run the booking desk at a climbing gym in lyon. people kept turning up for full sessions. ' +
      'i tried an online calendar first. nobody used it, the regulars just walked in. so i put a paper list at the door and texted the waiting list when a slot opened. ' +
      'walk-ins turned away went from about 15 a week to 3.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('alternative'));
  });

  it('reads the old way kept open for those who want it as a guardrail', () => {
    const answer =
      'I run a village pharmacy. Repeat prescriptions came in by phone and we got about four wrong a week. ' +
      'I moved repeats to a text message with a photo of the box. Phone requests still ok for the older patients who prefer them. ' +
      'Wrong repeats went down to one a month.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('guardrail'));
  });

  it('reads a log sent to the people in charge "so they could stop me" as a guardrail', () => {
    const answer =
      'Night manager at a ski lodge. A storm closed the pass and 90 guests could not leave. ' +
      'Opened the spare rooms and the kitchen stores on my own authority, wrote down every room and meal with the time, and sent the list to the owner every two hours, so she could stop me if she wanted. ' +
      'Everyone had a bed by midnight.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('guardrail'));
  });
});

describe('specificity and tone', () => {
  it('gives a template whose names are blanks no specificity', () => {
    const answer =
      'Situation: In 2023, as operations lead at [company], delivery times were not meeting targets and key stakeholders were unhappy. ' +
      'Task: I was responsible for improving performance within [timeframe]. ' +
      'Action: I analysed the end-to-end process, identified bottlenecks and implemented improvements, engaging cross-functional stakeholders. ' +
      'Result: Delivery time improved by X% and satisfaction increased by Y%. ' +
      'Learning: I learned that strong stakeholder management is critical to delivering results.';
    expect(score(answer).criteria.specificity.score).toBe(0);
  });

  it('does not read a thing that "sits on" another side as blame; people "sitting on it" still are', () => {
    const base = 'I run the payroll system for a hospital trust. Night staff were paid late three months running. ';
    const thing = score(base + "Moving the cut-off looked simpler, but that setting sits on the bank's side, not ours. I built a check that runs at 6pm and pays were on time for the next year.");
    expect(thing.criteria.tone.verdict).not.toMatch(/blaming/);
    const people = score(base + 'The finance team had been sitting on the timesheets for a week. I built a check that runs at 6pm and pays were on time for the next year.');
    expect(people.criteria.tone.verdict).toMatch(/blaming/);
  });
});
