import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { awaitsOutcomeOf, BAKERY_STEPS, ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v159: "To pay for it I put off the new scanner" is a price; "I set aside the cheaper fix of ..." turns an option
 * down ("set aside the money" does not); "..., which slows each cycle by about 15 minutes" is a price; "accepting we'd
 * miss that channel" accepts a cost with its "that" dropped; "an outside monitoring visit found..." is no watch kept.
 * Own steps: "I listened in on the calls" and "I was on the team chat" are looking on; "I had a look at the route data"
 * is a light step. Numbers: "960 homes with one visit each instead of up to three" sets the "one" against the three,
 * and "$4,000 ... against five days of leave" weighs two costs, it measures no change. "The tenant was really
 * grateful" is an outcome.
 */

const content = loadContent();

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads "put off" the thing the money was meant for as a price', () => {
    expectKind('costs', ['To pay for it I put off the new scanner I had planned for that year, so we kept counting by hand.']);
    expectNoKind('costs', ['To pay for it I used the money I had planned for that year, so we kept counting by hand.']);
  });

  it('reads "set aside" an option as turning it down, not money put by', () => {
    expectKind('alternatives', ['I set aside the cheaper fix of just recounting on Mondays, which did nothing for the supplier.']);
    expectNoKind('alternatives', ['I set aside the money for a second scanner in spring.']);
  });

  it('reads "which slows each ... by N minutes" as the price of the step', () => {
    expectKind('costs', ['I moved the count to the loading bay, which slows each delivery by about 15 minutes.']);
    expectNoKind('costs', ['I moved the count to the loading bay, which slows the thieves down.']);
  });

  it('reads "accepting we\'d ..." as a cost accepted with its "that" dropped', () => {
    expectKind('costs', ["I chose to count the two busiest aisles first and left the rest for a second phase, accepting we'd miss the garden stock in spring."]);
    expectNoKind('costs', ['I chose to count the two busiest aisles first and left the rest for a second phase, accepting the offer of a scanner.']);
  });

  it('reads no watch in a monitoring visit by someone else', () => {
    const visit = "\n• In 2022 a head-office monitoring visit found that 3 of 11 stock figures in our report didn't match the shelves. Copy errors, but a formal finding.";
    expectNoKind('guardrails', [visit]);
    expectKind('guardrails', ["\n• I set up a monitoring report that flags any aisle where 3 of 11 stock figures don't match the shelves."]);
  });
});

describe('own steps', () => {
  it('does not count listening in or being on the team chat, and counts having a look', () => {
    expect(ownStepsOf('I listened in on a couple of the calls.')).toEqual([]);
    expect(ownStepsOf('I had a look at some of the route data the drivers keep.')).toEqual(['had']);
    expect(ownStepsOf('I had a lot of work that month.')).toEqual([]);
  });

  it('holds a story told from the team chat at the no-own-action gate', () => {
    const story =
      'I work at a lettings agency in Leeds. Last spring a family moving from Lagos had three weeks to find a flat and no UK credit history. ' +
      'My manager called the landlords we know and found two that would take a guarantor instead of a credit check. A colleague did the viewings and the paperwork. ' +
      'I was on the team chat the whole time and I listened in on a couple of the calls. The family moved in two days before the start date.';
    expect(scoreAnswer(story, { content, principle: 'customer-obsession' }).gates[0]).toBe('no-own-action');
  });
});

describe('numbers', () => {
  const metrics = (result: string) => scoreAnswer(`${BAKERY_STEPS} ${result} I learned to time every station before buying anything.`, { content, principle: 'deliver-results' }).criteria.metrics;

  it('sets a "one" right before "instead of" against the figure after it, not a number further back', () => {
    const result = metrics('Average cost per delivery fell from 7.90 to 6.40 euros, and by December we served 960 cafés with one visit each instead of up to three.');
    expect(result.verdict).not.toMatch(/jump invites doubt/);
    expect(result.score).toBeGreaterThanOrEqual(3);
  });

  it('does not read a sum weighed against days as a change', () => {
    const result = metrics('Late deliveries fell from 9% to 2% by May. I built the case myself: around $4,000 to recruit and train each replacement baker, against five days of paid leave plus transport for staff posted outside town.');
    expect(result.verdict).not.toMatch(/jump invites doubt/);
  });
});

describe('endings', () => {
  it('reads "was really grateful" as an outcome', () => {
    const story = (ending: string) =>
      'So I do the repairs for a housing office. Last winter a tenant rang about water coming through her ceiling. So I went and knocked on the door and had a look, and it turned out to be a leak. ' +
      `I sorted out what I could there and then and made it safe, and then I let the office know what I'd done so they could book in a proper repair. ${ending}`;
    const gates = (ending: string) => scoreAnswer(story(ending), { content, principle: 'bias-for-action' }).gates;
    expect(gates("The tenant was really grateful, and it would've been a lot worse if it had been left.")).not.toContain('no-result');
    expect(gates("It would've been a lot worse if it had been left.")).toContain('no-result');
    expect(awaitsOutcomeOf(story('The tenant was really grateful.'))).toBe(false);
  });
});
