import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { awaitsOutcomeOf, ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v149: sitting in on a call, receiving the notes, hearing "a lot of it" and seeing someone else's visit are no
 * steps of one's own; "they'll know by the end of the quarter how many..." and "What I don't know yet: whether..." end
 * before the outcome; a cut "which guests didn't love", a cut "to make room" told after a long object, and a buffet
 * removed "to pay him" are prices ("I removed the old shelves" shelves no plan); "Rebuilding the whole history meant 14 TB..., so I reprocessed only..." sets a
 * priced course aside; "it was working again" and "the support team said thanks" are outcomes, however vague.
 */

const content = loadContent();

describe("the speaker's own steps", () => {

  it('does not count being kept informed or looking on as a step', () => {
    const steps = ownStepsOf(
      `${STOCK_ROOM_OPENING}The owner walked the auditor through it and I sat in on that call. I received the notes each week. ` +
        'I was on the counter most days, so I heard a lot of it. I saw her visit. It was good to see, from where I sat.',
    );
    expect(steps).toEqual([]);
  });

  it('still counts the steps after sitting in, and watching a person at work', () => {
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}For three months I sat in on the evening class, noted the questions and checked them with her.`).sort()).toEqual(['checked', 'noted']);
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}I watched her for a couple of days.`)).toContain('watched');
  });
});

describe('a story that ends before its outcome', () => {
  const steps = `${STOCK_ROOM_OPENING}I wrote checks that compare every delivery note with the count, and I sent the 17 mismatches to the owner with the lines for each.`;

  it('reads what others will know later, and what the speaker does not know yet, as a wait', () => {
    expect(awaitsOutcomeOf(`${steps} The owner is still working through them. He told me he'll know by the end of the quarter how many boxes were really lost.`)).toBe(true);
    expect(awaitsOutcomeOf(`${steps} What I don't know yet: whether shortages really drop from 12 a month.`)).toBe(true);
    expect(awaitsOutcomeOf(`${steps} Shortages fell from 12 a month to 2, and now the new staff will know what to do.`)).toBe(false);
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a step that others did not like, and a cut that pays for the step, as prices', () => {
    expectKind('costs', [
      "I also cut the free coffee at the counter, which, yeah, regulars didn't love.",
      'I cut a section on stock rotation from the induction, which nobody asked about, to make room for the counting drill.',
      'I needed one more counter, and to pay him I removed the Saturday delivery.',
    ]);
    expectNoKind('costs', ['I removed the old shelves and counted the boxes.', 'The storm closed the road, which the drivers did not like.']);
  });

  it('reads a course priced by its gerund and then set aside as an option weighed', () => {
    expectKind('alternatives', ['Recounting the whole year meant 40,000 boxes and a week of overtime, so I recounted only the three months the auditor checks.']);
    expectNoKind('alternatives', ['Counting the boxes meant 40,000 lines in the sheet.']);
  });
});

describe('outcomes', () => {
  const gatesOf = (ending: string) =>
    scoreAnswer(
      'So, um, I work on the stock room, and one time the counting sheet broke and the shop could not take orders. I looked at what had changed and I found the problem in a recent update, and I fixed it and put it back. ' +
        `${ending} So I think that is a good example of acting fast.`,
      { principle: 'bias-for-action', content },
    ).gates;

  it('reads "working again" and thanks as an outcome, however vague', () => {
    expect(gatesOf('Then I checked with the shop that it was working again. Everyone was pretty happy, and the owner said thanks.')).not.toContain('no-result');
    expect(gatesOf('We will see next month whether the shop takes more orders.')).toContain('no-result');
  });
});
