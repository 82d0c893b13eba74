import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { gatesAfterBakerySteps, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v126: "not nearly enough to say anything" and "running side by side until the autumn" end a story before its
 * outcome; "around 9,000 euros a year from our budget" is a price and "with review after one year" a guardrail; a
 * result with a past verb of its own ("set-outs fell to 2") is no goal; figures matched one set against another are no
 * change; "I accepted that her output halved" and "We agreed if ..., she'd rotate" are steps.
 */

describe('a story that ends before its outcome', () => {
  it.each([
    'The racks have only been in for four days, not nearly enough to say anything about the vans.',
    'The old loading list and the new one are running side by side until the summer.',
  ])('is held at the no-result gate: %s', (ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it('is not held when the outcome is in before the line', () => {
    expect(gatesAfterBakerySteps('By April only one van in 60 left after 6 a.m., down from about 9%. The old loading list and the new one are running side by side until the summer.')).not.toContain('no-result');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a sum taken from our budget as a price, and a review fixed after a set time as a guardrail', () => {
    expectKind('costs', ['I proposed that every cancelled delivery slot is still paid to the driver, around 2,400 euros a year from our budget.']);
    expectKind('guardrails', ['The owner agreed, with review after six months.', 'The manager signed it off, subject to a review in three months.']);
  });

  it('reads no price in fuel taken from a reserve, and no reason in a thing given at a time', () => {
    expectNoKind('costs', ["I took 60 litres from my van's reserve to finish the round."]);
    expectNoKind('reasons', ['I ordered two extra pallets, which cost us 300 euros, credit note given the next morning.']);
    expectKind('reasons', ['I ordered two extra pallets given the delays at the port, which cost us 300 euros.']);
  });
});

describe('numbers', () => {
  const figure = (answer: string, text: string) => analyzeAnswer(answer).facts.flatMap((f) => f.numbers).find((n) => n.text === text);

  it('takes a result told with its own past verb as a result, not a goal', () => {
    expect(figure('I moved the work to our own workshop. Result: set-outs fell to 2 in June and 1 in July.', '2')?.target).toBe(false);
  });

  it('reads no change in two sets of things matched one against the other', () => {
    expect(figure('I then matched 9,400 comments against 60 episodes.', '60')?.baseline).toBe(false);
  });
});

describe('sections', () => {
  const story =
    'I run the cadet scheme at a newspaper in Perth. Our new reporter kept getting legal queries on her court copy. I sat with her in court two mornings a week for six weeks, and I accepted that her output halved for that time. We agreed if the queries had not dropped by the end of the six weeks, she would move desks. By month eight she was down to one query in twenty stories.';

  it('reads a change the speaker took on, and a condition agreed in advance, as steps', () => {
    expect(sectionOfLine(story, 'I accepted that')).toBe('action');
    expect(sectionOfLine(story, 'We agreed if')).toBe('action');
    expect(sectionOfLine(story, 'By month eight')).toBe('result');
  });
});
