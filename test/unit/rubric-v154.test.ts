import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v154: a long sentence is no longer split inside "..., which, honestly, he wasn't happy about" (the relative
 * clause goes on after its aside, and the price it tells is read whole); "It takes me 15 minutes more per act" after
 * the speaker's step is its price; "I sat in on those discussions and watched the mock deliberations" looks on twice.
 */

describe('long sentences', () => {
  it('keeps a relative clause with an aside before its subject in one piece', () => {
    const story =
      'I run the stock room of a hardware shop in Tartu. I sent the late orders back to the supplier. I also asked the owner to split the Saturday ' +
      "delivery into two smaller loads, which, honestly, he wasn't happy about, because he lost his morning slot and I might have been overreacting.";
    const pieces = analyzeAnswer(story).facts.map((f) => story.slice(f.sentence.start, f.sentence.end));
    expect(pieces.some((p) => p.includes("which, honestly, he wasn't happy about"))).toBe(true);
    const { expectKind } = tradeoffExpectations('');
    expectKind('costs', [story]);
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads "it takes me N minutes more" right after the speaker\'s step as its price', () => {
    expectKind('costs', [
      'I added a check of eight fields to every order. It takes me 15 minutes more per order, so I finish fewer orders a day.',
      'I added a second count at closing. It took us two days longer.',
    ]);
    expectNoKind('costs', ['I added a second count at closing. It takes 15 minutes.']);
  });
});

describe("the speaker's own steps", () => {
  it('does not count watching others meet, after sitting in, as a step', () => {
    expect(ownStepsOf('I sat in on those discussions and watched the mock deliberations through the one-way mirror.')).toEqual([]);
    expect(ownStepsOf('I sat in on the evening class, noted the questions and checked them with her.')).toEqual(['checked', 'noted']);
    expect(ownStepsOf('I watched the logs for a week.')).toEqual(['watched']);
  });
});
