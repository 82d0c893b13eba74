import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v105: more endings before the outcome ("this will be the real answer", a visit or a vote in a season or month
 * ahead, "nobody, me included, knows how they will vote"); "it made us better" as a vague Result; the speaker's own
 * course kept against someone else's, with why ("my mentor suggested one day; i kept three because..."); "as a way
 * back" and "safety net" as guardrails; and "meant six weeks of documentation" as a cost.
 */

describe('a story that ends before its outcome', () => {
  it.each([
    ['"this will be the real answer"', 'What the food inspectors find in our cold room on their next round, this will be the real answer.'],
    ['a visit in a season ahead', 'The regional health inspectorate visits us in the spring.'],
    ['a vote in a month ahead', 'The owners vote on the second oven at their meeting in November.'],
    ['"nobody, me included, knows how"', 'The owners meet after Easter, and nobody, me included, knows how they will vote on a second oven.'],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });
});

describe('"it made us better"', () => {
  const STORY =
    'I run the night shift at a bakery in Tampere that supplies 40 shops. Our drivers kept loading the vans in the order the trays came out. I started walking the loading bay with them every night and asked what slowed them down. I think it made us better at what we do.';

  it('is read as a Result, if a vague one', () => {
    expect(sectionOfLine(STORY, 'made us better')).toBe('result');
  });
});

describe('trade-offs told in plain words', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads the speaker keeping their own course against someone else\'s, with why', () => {
    expectKind('alternatives', ['my manager suggested counting once a week to save time; i kept the daily count because short deliveries have to be claimed within 48 hours.']);
  });

  it('does not read keeping a course nobody questioned', () => {
    expectNoKind('alternatives', ['I kept the daily count because short deliveries have to be claimed within 48 hours.']);
  });

  it('reads "as a way back" as a guardrail, not "on the way back"', () => {
    expectKind('guardrails', ['As a way back I kept the old paper order book running beside the new scanner for a month.']);
    expectNoKind('guardrails', ['On the way back from the depot I rang the supplier about the short pallets.']);
  });

  it('reads a stretch of time spent as a cost, not one enjoyed', () => {
    expectKind('costs', ['I started checking every delivery on the dock myself. Checking each pallet meant six weeks of late evenings for both of us.']);
    expectNoKind('costs', ['I started checking every delivery on the dock myself. It meant six weeks of calm at the counter.']);
  });
});
