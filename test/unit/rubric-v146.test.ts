import { describe, expect, it } from 'vitest';
import { ownStepsOf, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v146: "By 11:40 we had 86 jurors in the room", the hour reached once the speaker had acted, is an outcome
 * ("By 2022 we had..." still sets a scene); "..., which annoyed two research partners" after the speaker's step is its
 * price; a cut made "to have time for this" is one too; "I went to most of those" and "I got to see how it was going"
 * are no steps of one's own.
 */

describe('outcomes', () => {
  const story = (ending: string) =>
    `${STOCK_ROOM_OPENING}At half nine only 58 of 150 boxes had been counted, and the builders' van was due at 11. I rang the second shop to lend us their counter, and I counted the heavy boxes myself. ${ending}`;

  it('reads the hour reached after the steps as the outcome', () => {
    expect(sectionOfLine(story('By 11:40 we had all 150 boxes counted and the van loaded.'), 'all 150 boxes counted')).toBe('result');
    expect(sectionOfLine('By 2022 we had two shops and one stock room. I counted every box myself that spring.', 'two shops')).not.toBe('result');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a step "which annoyed" someone as its price', () => {
    expectKind('costs', ['I stopped all deliveries for ten days, which annoyed two builders with deadlines.']);
    expectNoKind('costs', ['The flood closed the road, which annoyed the owner.']);
  });

  it('reads a cut made to have time for the step as a price', () => {
    expectKind('costs', ['I was writing long reports for the owner; I cut them to one page to have time for the counts.']);
    expectNoKind('costs', ['I cut the reports to one page.']);
  });
});

describe('the speaker\'s own steps', () => {

  it('does not count going to a series of sessions or getting to watch as a step', () => {
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}The owner set up training sessions on the new sheet. I went to most of those.`)).not.toContain('went');
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}I was on the mailing list for the pilot, so I got to see how it was going.`)).not.toContain('got');
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}I went to the depot and counted every box.`)).toContain('counted');
  });
});
