import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { BAKERY_STEPS, gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v115: more endings before the outcome ("the ball is on their side", "parked in the queue", "no loans out yet",
 * "they have 45 days to accept or reject"); an answer made of lists of short items is a keyword list; a rule that holds
 * since ("Now nothing goes to review without...") and a step made afterwards that has been used since are lessons;
 * "the cost of that was..." names a cost; "one heat incident instead of six" is a change; "in general" in a clause told
 * in the past is no habit.
 */

const content = loadContent();
const RESULT = 'By April only one van in 60 left after 6 a.m., down from about 9%.';

describe('a story that ends before its outcome', () => {
  it.each([
    ['the next move is someone else\'s', 'I sent the owner my timings on Friday. Now the ball is in his court.'],
    ['parked', 'Where it is now: parked in the queue for the board, which looks at new spending twice a year.'],
    ['nothing out yet', 'The owner signs off in the autumn, so no racks out yet.'],
    ['someone else\'s time to decide', 'By the contract the owner has 30 days to accept or reject the plan.'],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it.each([
    ['a vehicle parked', `${RESULT} We parked the spare van behind the proofing room.`],
    ['the speaker\'s own time', `${RESULT} We have two weeks to train the new driver.`],
  ])('is not held for: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).not.toContain('no-result');
  });
});

describe('an answer made of lists of short items', () => {
  it('is gated "template" however many real-looking acronyms and figures its lists hold', () => {
    const salad =
      'Situation: margin pressure, customer price-downs, two plants in Ohio.\nTask: owned the savings plan, set the priorities, built a data-driven baseline.\n' +
      'Action: ran kaizen workshops, value stream maps, SMED, TPM, supplier renegotiation, energy audits, scrap reviews, weighed cost against quality, aligned stakeholders, empowered the team.\n' +
      'Result: cost down 15%, scrap down 30%, OEE up 10%, energy down 18%, changeovers halved, zero complaints.\n' +
      'Learning: constraints drive creativity, data beats opinion, measure the baseline first, improvement never stops, and I apply this every day.';
    const feedback = scoreAnswer(salad, { content, principle: 'frugality' });
    expect(feedback.gates).toContain('template');
    expect(feedback.level).toBe('Not yet');
  });

  it('leaves a real story with a list or two in it alone', () => {
    const story = `${BAKERY_STEPS} I checked the racks, the ovens, the loading bay and the van keys every night for a week. ${RESULT} Now I time every station before I ask for anything new.`;
    expect(scoreAnswer(story, { content, principle: 'deliver-results' }).gates).not.toContain('template');
  });
});

describe('a lesson told as what holds since', () => {
  const learning = (ending: string) => scoreAnswer(`${BAKERY_STEPS} ${RESULT} ${ending}`, { content, principle: 'deliver-results' }).criteria.learning;

  it('reads "Now nothing goes ... without ..." as a rule kept since', () => {
    expect(learning('Now nothing goes to the owner for money without a week of timings first.').score).toBeGreaterThanOrEqual(3);
  });

  it('reads a step made afterwards, used since, as the lesson applied', () => {
    const read = learning('Afterwards I wrote a rack table: more than 20 trays waiting means the rye moves to the early slot. It has been used twice since, both in December.');
    expect(read.score).toBeGreaterThanOrEqual(3);
  });
});

describe('a cost named as such', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads "the cost of that was..." as a cost accepted', () => {
    expectKind('costs', ['I moved the counting to the morning. The cost of that was real: we opened the counter half an hour later.']);
  });

  it('does not read the cost of a thing bought as one', () => {
    expectNoKind('costs', ['The cost of the new scanner was 400 euros, and I ordered it on Monday.']);
  });
});

describe('a change told with "one" against a number', () => {
  const deltas = (text: string) => analyzeAnswer(text).facts.flatMap((f) => f.numbers).filter((n) => n.delta).length;

  it('reads "one heat incident instead of six" as a change', () => {
    expect(deltas('The next year we had one heat incident instead of six.')).toBe(2);
  });

  it('does not read "one person adjusting instead of sixty" as one', () => {
    expect(deltas('I chose the score, because that meant one person adjusting instead of sixty.')).toBe(0);
  });
});

describe('"in general"', () => {
  const habit = (text: string) => (analyzeAnswer(text).facts[0]?.hits ?? []).some((h) => h.category === 'hypothetical');

  it('is no habit in a clause told in the past', () => {
    expect(habit('In the end we were more careful in general about the checks.')).toBe(false);
  });

  it('is one said of now', () => {
    expect(habit('In general I check the seals first.')).toBe(true);
  });
});
