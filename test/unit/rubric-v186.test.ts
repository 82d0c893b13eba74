import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps, ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v186, from the development misses of fresh290 and fresh291: more of what the speaker only looked on at, a
 * lesson that is a changed way of working, trade-offs in a terse note's own sentences, and more endings before the
 * outcome.
 */

const content = loadContent();

describe('own steps', () => {
  it('reads looking on, arriving late and naming the lesson as no steps', () => {
    expect(ownStepsOf('I mostly did the hems as normal, like Daan told us to.')).toEqual([]);
    expect(ownStepsOf('By the time I got there, around noon, the chamber was already pumped out.')).toEqual([]);
    expect(ownStepsOf('When I got back, the crew had already capped the ducts.')).toEqual([]);
    expect(ownStepsOf('I was copied in on the emails, so I saw it all happening.')).toEqual([]);
    expect(ownStepsOf('I think the main thing I took away is that you look at the data before you decide.')).toEqual([]);
  });

  it('still reads the speaker acting as theirs', () => {
    expect(ownStepsOf('I did the hems as normal, and I repainted the damaged ones.')).toContain('repainted');
    expect(ownStepsOf('When I got there I shut the valve.')).toContain('shut');
    expect(ownStepsOf('I took away the keys from the night shift.')).toContain('took');
  });

  it('reads a story whose only "I" belongs to the group as one with no step of the speaker\'s', () => {
    const story =
      'Last spring our chain-stitch machine started skipping stitches and customers came back with hems unravelling. Daan found a used part in Germany and fitted it, and Fleur paid the 240 euros. After that the complaints went from 10 a week to zero. So that is an example of ownership I was part of.';
    expect(scoreAnswer(story, { content, principle: 'ownership' }).gates).toContain('no-own-action');
  });
});

describe('lessons', () => {
  it('reads a way of working the speaker changed after the story as its lesson', () => {
    const story =
      'I run the alterations counter at a department store in Osaka. Last March I wrote 3 cm instead of 1.5 cm on an intake slip and our workroom cut a customer\'s coat sleeves too short. I called him that day, told him it was my error, and offered a repair with a free dry clean, which he took. After that I changed my own process: I read every measurement back to the customer and they initial it. Our intake errors went from about 6 a month to 1.';
    expect(scoreAnswer(story, { content, principle: 'earn-trust' }).criteria.learning.score).toBeGreaterThanOrEqual(3);
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a terse note\'s heading and its bare "Accepted it." as the cost', () => {
    expectKind('costs', [
      'I moved all deliveries to Tuesdays. Trade-off. Two suppliers charged a 40 euro surcharge for the fixed day.',
      'I moved all deliveries to Tuesdays. Two suppliers charged a 40 euro surcharge for the fixed day. Accepted it.',
      'I moved all deliveries to Tuesdays. Some customers waited a day longer for special orders. Accepted that.',
    ]);
    expectNoKind('costs', ['I moved all deliveries to Tuesdays. The supplier accepted it.']);
  });

  it('reads a cap set per period as a guardrail, and "a cap workshop" as none', () => {
    expectKind('guardrails', ['So I set up a weekly order with a monthly cap of 2,000 euros on the account.']);
    expectNoKind('guardrails', ['So I visited a cap workshop in Pekalongan and learned the stamping technique.']);
  });
});

describe('endings', () => {
  it('reads a story that ends before its outcome as waiting for it', () => {
    expect(gatesAfterBakerySteps('I handed my notes to the director when I moved to another job, so I don\'t know how the complaints or the café contracts turned out.')).toContain('no-result');
    expect(gatesAfterBakerySteps('The racks only arrived last month, so the first comparison of delivery times will be done at the end of the year.')).toContain('no-result');
  });

  it('keeps an outcome told before, and a doubt about something else', () => {
    expect(gatesAfterBakerySteps('Late deliveries fell from 9% to 1% by May. The comparison with the other bakery will be done at the end of the year.')).not.toContain('no-result');
    expect(gatesAfterBakerySteps('Late deliveries fell from 9% to 1% by May. I don\'t know how the night baker did it, but it turned out fine.')).not.toContain('no-result');
  });
});
