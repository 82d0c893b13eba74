import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { sectionOfLine, ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';

/**
 * Rubric v160: school lessons counted or named ("I cover maybe 20 lessons a week", "retaught lesson flags") and a
 * memory called up ("It reminds me of my first nursery job") are no lessons drawn, so the Result after them stays a
 * Result; "The easy move was X. I didn't, because..." refuses the course just named; "I got a message on the team
 * group", "I received the new documents" and "when I came in on Monday" are being told, not acting; "down to about one
 * a week" measures the outcome.
 */

const content = loadContent();

describe('lessons and sections', () => {
  const coverStory =
    "So I'm a cover supervisor at a secondary school in Bristol, I cover maybe 20 lessons a week when teachers are off. Last year the assistant head wanted cover lessons to teach new content. " +
    'I disagreed, because a method taught wrong has to be unpicked, and I raised it in the cover team meeting. I took our own cover logs: out of 140 cover lessons, teachers had flagged 11 where the work had to be retaught. ' +
    'I proposed consolidation only for maths. Over the next term retaught lesson flags dropped to four out of 150.';

  it('reads school lessons counted or named as classes, not lessons drawn, so the result stays a result', () => {
    expect(sectionOfLine(coverStory, 'I cover maybe 20 lessons')).toBe('situation');
    expect(sectionOfLine(coverStory, 'Over the next term')).toBe('result');
  });

  it('does not read "it reminds me of" a memory as a lesson', () => {
    const story = 'I manage a community nursery in Nairobi. In 2022 I lost five staff. It reminds me actually of my first nursery job, where the rota just appeared on a board. I sat with every remaining teacher for twenty minutes.';
    expect(sectionOfLine(story, 'It reminds me')).not.toBe('learning');
    const lesson = 'I manage a community nursery in Nairobi. In 2022 I lost five staff. I sat with every remaining teacher for twenty minutes. It reminded me that people leave managers, not jobs.';
    expect(sectionOfLine(lesson, 'It reminded me')).toBe('learning');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads "I didn\'t, because ..." after the easy course as that course refused', () => {
    expectKind('alternatives', ["The easy move was a blanket complaint to the supplier, which is what the owner wanted. I didn't, because if their counts were right we'd be blaming honest drivers."]);
    expectNoKind('alternatives', ["The supplier sent the pallets late again. I didn't, because if their counts were right we'd be blaming honest drivers."]);
  });
});

describe('own steps', () => {
  it('does not count messages and papers received, or coming in after it was over, as steps', () => {
    expect(ownStepsOf("I was off that Sunday, so I got a message on the team group and the full update from the duty manager when I came in on Monday.")).toEqual([]);
    expect(ownStepsOf('I was informed about the new procedure in a meeting and I received the new documents.')).toEqual([]);
    expect(ownStepsOf('I got the message out to every driver by six and came in early on Monday to check the counts.')).toContain('came');
  });
});

describe('numbers', () => {
  it('reads "down to about one a week" as a measured outcome', () => {
    const ones = (text: string) => analyzeAnswer(text).facts.flatMap((f) => f.numbers).filter((n) => n.text === 'one');
    expect(ones('By February meltdowns were down to about one a week.')).toHaveLength(1);
    expect(ones('By February I had about one idea a week.')).toHaveLength(0);
  });

  it('gives the story its measured result', () => {
    const story =
      'I am a teaching assistant at a primary school. In September I was assigned to Omar, an eight-year-old with meltdowns most days. ' +
      'Instead of the termly report, I sent his mother a short voice note every day at 3 pm, and I set up a quiet corner with a visual timetable. ' +
      'By February meltdowns were down to about one a week. I learned to send the small daily news, not the big termly report.';
    expect(scoreAnswer(story, { content, principle: 'earn-trust' }).criteria.metrics.score).toBeGreaterThanOrEqual(2);
  });
});
