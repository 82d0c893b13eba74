import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v111: more endings before the outcome ("come back to me next week", "won't have a full month of figures ...
 * until the start of April", "is set for the week of the 12th of August", "the file is on the director's desk"), and a
 * cost taken on after "knowing" ("knowing the export roast might slip") or "on the chin".
 */

describe('a story that ends before its outcome', () => {
  it.each([
    ['"come back to me next week"', 'I sent test loaves to three cafés, and their verdicts come back to me next week.'],
    ['"won\'t ... until" a date ahead, far apart', "The new lists only started on the first of March, so I won't have a full month of delivery figures to put against last year's until the start of April."],
    ['"is set for" a date', 'The cafés\' own count of late deliveries is set for the week of the 12th of August.'],
    ['"the file is on ... desk"', "Since May the file is on the owner's desk with both quotes side by side."],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it.each([
    ['"is set for" a measure', 'By April only one van in 60 left after 6 a.m., down from about 9%, and the proofing room is set for 28 degrees.'],
    ['a "won\'t ... until" rule with no date', "By April only one van in 60 left after 6 a.m., down from about 9%. The drivers won't load a van until the list is signed."],
  ])('is not held for %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).not.toContain('no-result');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads what might go worse, known when the step was taken, as a cost', () => {
    expectKind('costs', ['I held the short pallets for two weeks while I checked them, knowing the Friday deliveries might slip.']);
    expectNoKind('costs', ['I knew the Friday deliveries would arrive short again.']);
  });

  it('reads a price taken "on the chin"', () => {
    expectKind('costs', ['My manager warned me the supplier would complain to the owner, and he did; I took that on the chin.']);
  });
});
