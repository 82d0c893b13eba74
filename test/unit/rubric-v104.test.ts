import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../src/core/rubric/text.js';
import { gatesAfterBakerySteps, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v104: more endings before the outcome ("nobody has told me yet", "Until they've voted", a check someone else
 * holds "in July", "close on the third of June"); what someone else then had to do, after the speaker's steps, as the
 * Result; less of something taken knowingly as a cost ("I knowingly took lower sales"); and a sentence that ends on a
 * word with an accented letter before its last letter ("cafés.") ends there.
 */

describe('a story that ends before its outcome', () => {
  it.each([
    ['"nobody has told me yet"', 'The owners have the proposal, and nobody has told me yet whether they will pay for a second oven.'],
    ['"Until they\'ve ..." after what is awaited', 'The owners vote on the second oven at their meeting, and the memo is with them. Until they\'ve voted, the vans leave on the old lists.'],
    ['a check someone else holds at a date ahead', 'The new lists have only run for two weeks, and the health inspectorate does its own hygiene round in July.'],
    ['a date written as a day of the month', 'Quotes for the second oven close on the third of June.'],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it('is not held for a check told in the past', () => {
    expect(gatesAfterBakerySteps('By April only one van in 60 left after 6 a.m., down from about 9%, and the hygiene round in July found nothing.')).not.toContain('no-result');
  });
});

describe('what someone else had to do', () => {
  const STORY =
    'I run the night shift at a bakery in Tampere that supplies 40 shops. In March a flour mill recalled a batch for a labelling fault. I checked our lot numbers against the recall notice myself and held back the suspect loaves. We sent the vans out at six with clean stock. The bakery across town had to apologise to its shops. I kept the recall notice on the wall.';

  it('is read, after the steps, as how things turned out', () => {
    expect(sectionOfLine(STORY, 'had to apologise')).toBe('result');
  });
});

describe('less of something taken knowingly', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('is a cost', () => {
    expectKind('costs', ['I checked every delivery on the dock myself, and I knowingly took lower sales on the paint aisle to free the second person.']);
  });

  it('is not a cost when it is time saved or refused', () => {
    expectNoKind('costs', ['I checked every delivery on the dock myself, so the count took less time.', "I didn't take a lower price from the new supplier."]);
  });
});

describe('a sentence that ends on an accented word', () => {
  it('ends there, as one written in plain letters does', () => {
    expect(sentenceSpans('The bakery had to apologise to its cafés. I kept the notice.')).toHaveLength(2);
  });

  it('still reads an initial as no sentence end', () => {
    expect(sentenceSpans('É. Dupont signed it. Then we left.')).toHaveLength(2);
  });
});
