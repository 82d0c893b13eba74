import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { BAKERY_STEPS, ownStepsOf, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v189, from the development misses of fresh298 to fresh303: more of what the speaker only took in, guardrails
 * and prices told in fewer words, an outcome told as what did not happen, and lessons told apart from findings.
 */

const content = loadContent();

describe('own steps', () => {
  it('reads what the speaker only heard, saw or followed as no step', () => {
    expect(ownStepsOf('I was at the counter that evening, so I heard the call.')).toEqual([]);
    expect(ownStepsOf('I was copied in on the emails and I saw the new rota on the board.')).toEqual([]);
    expect(ownStepsOf('I was copied into the emails and I followed the whole thing as it happened.')).toEqual([]);
    expect(ownStepsOf('There was a row about the price, I heard, but she held her ground.')).toEqual([]);
    expect(ownStepsOf('Later I heard from the others that he found the leak under the sink and fixed it himself.')).toEqual([]);
  });

  it('reads the usual work and standing by as no step', () => {
    expect(ownStepsOf('I was receiving the new orders and checking them like before.')).toEqual([]);
    expect(ownStepsOf('Mostly I was holding the ladder and waiting for instructions.')).toEqual([]);
  });

  it('still reads the speaker acting after hearing or seeing as theirs', () => {
    expect(ownStepsOf('I heard the alarm and shut the valve.')).toContain('shut');
    expect(ownStepsOf('I heard that she was leaving and offered her a transfer.')).toContain('offered');
    expect(ownStepsOf('I was checking every order against the invoice that week.')).toEqual(['checking']);
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads two people side by side as no guardrail, and two ways of working run side by side as one', () => {
    expectNoKind('guardrails', ['I listened to a dozen of her calls with her, side by side.', 'For the first week we sat side by side at the counter.']);
    expectKind('guardrails', ['For two weeks I ran the old and the new count sheet side by side.']);
  });

  it('reads a standby booked for the day as a guardrail, and the one already there as none', () => {
    expectKind('guardrails', ['I booked a standby van for the week of the fair, 400 euros even if we never used it.']);
    expectNoKind('guardrails', ['I switched the freezers to the standby generator.']);
  });

  it('reads the old way kept for whoever wants it as a guardrail', () => {
    expectKind('guardrails', ['I kept the paper order form for anyone who preferred it.']);
  });

  it('reads steps announced after a risk named as how it was guarded', () => {
    expectKind('guardrails', ['It was a risk: a wrong count would empty the shelves. So I did like this: I moved the boxes myself and wrote every move in the log.']);
  });

  it('reads less pay and a price told as a note of its own as costs', () => {
    expectKind('costs', ['I moved the count to Saturdays. This meant lower pay for the two of us for a month.']);
    expectKind('costs', ['I proposed a second supplier to the owner. About 600 euros more.']);
    expectNoKind('costs', ['I proposed a second supplier to the owner. 20% more.']);
  });

  it('reads the back of a van and the count of our shops as no trade-off', () => {
    expectNoKind('alternatives', ['A delivery van stood with its back end over the loading ramp for an hour.']);
    expectNoKind('guardrails', ['Last year I monitored the stock levels for our 3 shops in Tartu.']);
  });
});

describe('numbers', () => {
  it('reads "double bookings" as a kind of error, and "to double bookings" as a change', () => {
    const numbers = (text: string) => analyzeAnswer(text).facts.flatMap((f) => f.numbers);
    expect(numbers('There had been problems with double bookings before I came.')).toEqual([]);
    expect(numbers('We managed to double bookings within a year.').length).toBeGreaterThan(0);
  });

  it('reads "from 20 to 6 points" as a change, not hours of the day', () => {
    const kinds = (text: string) => analyzeAnswer(text).facts.flatMap((f) => f.numbers.map((n) => n.kind));
    expect(kinds('After one year the gap was closed from 20 to 6 points.')).toEqual(['metric', 'metric']);
    expect(kinds('The counter was closed from 12 to 2 every day.')).toEqual(['clock', 'clock']);
  });
});

describe('results', () => {
  it('reads a closing list of harms that did not happen as how it ended', () => {
    const story =
      'In 2022 I ran the loading bay at a furniture warehouse in Lodz. My manager decided we load the trucks in the rain to keep the schedule. I disagreed, because wet boxes tear, and I proposed a roof over two of the bays. He said no, so I asked the director to decide. She agreed with me for sofas and with him for the rest. So I committed fully: in rain we loaded only the boxed goods, and I re-planned the order of the trucks each morning with the drivers. It cost about 3 extra days over the month, not 2 weeks like he feared, and no torn box, no damaged sofa. Later he asked me to write the rain rule for the other warehouse. I learned to bring numbers when I disagree.';
    expect(sectionOfLine(story, 'no damaged sofa')).toBe('result');
  });
});

describe('lessons', () => {
  const learning = (story: string) => scoreAnswer(story, { content, principle: 'deliver-results' }).criteria.learning.score;

  it('reads a check started after the story, with nothing gone wrong since, as its lesson', () => {
    expect(learning(`${BAKERY_STEPS} Late deliveries fell from 9% to 1% by May. After that I started a rack count at the start of every shift. No late vans since.`)).toBeGreaterThanOrEqual(3);
  });

  it('reads a step kept ready for a failure as no lesson', () => {
    expect(learning(`${BAKERY_STEPS} If the new racks had failed the fire check, I would have kept the old loading list for a month. Late deliveries fell from 9% to 1% by May.`)).toBe(0);
  });

  it('reads what the speaker realised before acting as a finding, and after acting as a lesson', () => {
    const finding = 'I run the night shift at a bakery in Tampere. Last March about 9% of our deliveries left late. I realised the real problem was not the ovens but the racks. I bought 12 extra racks and rewrote the loading list. Late deliveries fell from 9% to 1% by May.';
    expect(sectionOfLine(finding, 'I realised')).toBe('action');
    expect(learning(finding)).toBe(0);
    expect(learning(`${BAKERY_STEPS} Late deliveries fell from 9% to 1% by May. I realised afterwards that I should have asked the drivers first.`)).toBeGreaterThanOrEqual(2);
  });
});
