import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { awaitsOutcomeOf, ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v147: "showing where to park the van" parks a vehicle, not a plan; "I wrote the test with two senior coders"
 * wrote an exam, not a try-out on a few (while "I ran the pilot on two wards" still is one); "But if the sick rate goes
 * down, we can only know after the winter" ends before the outcome; "things became faster" and "the staff were less
 * stressed" are outcomes, however vague; "summarising what I had said" is no new step; and in "2 leaks in 2,400
 * panels, against 1-2% before", the leaks are set against the baseline, not the panels.
 */

const content = loadContent();

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('does not read parking a vehicle as a plan put aside', () => {
    expectNoKind('costs', [
      'I also made a card for each address showing where to park the van.',
      'I parked the truck across the gate with its lights on, and I rang the owner.',
    ]);
    expectKind('costs', ['I parked the new shelving project until spring so the team could finish the count.']);
  });

  it('does not read an exam written with colleagues as a try-out on a few', () => {
    expectNoKind('guardrails', ['I wrote the test with two senior counters.', 'I marked the test with three supervisors.']);
    expectKind('guardrails', ['I ran the pilot on two shops first.', 'I tested the new sheet with four counters for a week.']);
  });
});

describe('a story that ends before its outcome', () => {
  const steps = `${STOCK_ROOM_OPENING}I changed the packing to insulated boxes with loggers, and I agreed a morning delivery window with the shop.`;

  it('reads "if ..., we can only know after" a later date as a wait', () => {
    expect(awaitsOutcomeOf(`${steps} But if the shortages go down, we can only know after the winter, when the season finishes.`)).toBe(true);
    expect(awaitsOutcomeOf(`${steps} Whether the count is right we will only know after the stock-take.`)).toBe(true);
    expect(awaitsOutcomeOf(`${steps} Shortages fell from 12 a month to 2, and we only know it after looking at the winter figures.`)).toBe(false);
  });
});

describe('outcomes', () => {
  const story = (ending: string) =>
    'So at the counter, you know, the queues were really something, people would come very early and stand there the whole day. ' +
    'I felt there must be a simpler way, because a lot of time was wasted on paperwork. I discussed with my team, and we decided to push the online form, ' +
    `and I printed some notices and pasted them at the gate. It took some time for people to get used to it, but ${ending} So I think that was a good example of simplifying a process.`;
  const gatesOf = (ending: string) => scoreAnswer(story(ending), { principle: 'invent-and-simplify', content }).gates;

  it('reads things that got faster or easier, and staff less stressed, as an outcome', () => {
    expect(gatesOf('after a while things became faster and the queue was moving better, and the staff were also less stressed.')).not.toContain('no-result');
    expect(gatesOf('after a while the work got easier for the staff.')).not.toContain('no-result');
    expect(gatesOf('we will see next month whether the queue is shorter.')).toContain('no-result');
  });
});

describe("the speaker's own steps", () => {

  it('does not count what the speaker had said, as the object of a step, as another step', () => {
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}I raised it in a meeting, and I sent an email summarising what I had said.`)).toEqual(['raised', 'sent']);
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}I had said it twice before.`)).toContain('said');
  });
});

describe('numbers', () => {
  const changes = (text: string) => analyzeAnswer(text).facts.flatMap((f) => f.numbers).filter((n) => n.from !== undefined);

  it('sets the count of a rate, not what it counts in, against the baseline', () => {
    expect(changes('The rest of the floors had 2 leaks in 2,400 panels, against 9 on the last tower.').map((n) => [n.value, n.from])).toEqual([[2, 9]]);
    expect(changes('We registered 9,100 families in 11 days instead of the planned 30.').map((n) => [n.value, n.from])).toEqual([[11, 30]]);
  });
});
