import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v108: sums of money written with a currency code or a sign other than $ € £ ¥ ("SEK 480,000", "₹4 lakh",
 * "40,000 shillings") are read as money; more endings before the outcome ("ask the children in a year", "until they
 * reach us, ... is still at sea", "the real test of my patch is ...", "nobody's set yet", "still hasn't confirmed
 * whether"); a stop condition told after its consequence ("stop the line if tower 9 hit 60"), "left that on the table"
 * and "a manual override" as trade-offs.
 */

function numbersOf(text: string) {
  return analyzeAnswer(text).facts.flatMap((f) => f.numbers);
}

describe('a sum of money', () => {
  it.each([
    ['a currency code before the figure', 'The next winter heater energy was 190 MWh, a saving of around SEK 480,000.', '480,000'],
    ['a rupee sign', 'It saved us ₹4 lakh in the first quarter.', '₹4 lakh'],
    ['a naira sign', 'Diesel spend fell from ₦2m to ₦1.2m a month.', '₦1.2m'],
    ['a code written in mixed case', 'The clinic saved KSh 200,000 on drugs that year.', '200,000'],
  ])('is read as a measure: %s', (_, text, figure) => {
    const number = numbersOf(text).find((n) => n.text === figure);
    expect(number?.kind).toBe('metric');
  });

  it('reads lakh and crore as their amounts', () => {
    expect(numbersOf('It saved us ₹4 lakh in the first quarter.').find((n) => n.text === '₹4 lakh')?.value).toBe(400_000);
  });

  it('counts a currency named after the figure', () => {
    expect(numbersOf('The repair came to 40,000 shillings.').find((n) => n.text === '40,000')?.kind).toBe('count');
  });

  it.each([
    ['a programming language version', 'We moved the service to PHP 8 in March.'],
    ['a code read as a word in lower case', 'I said we would try 5 suppliers first.'],
  ])('is not read for %s', (_, text) => {
    expect(numbersOf(text).every((n) => n.kind !== 'metric')).toBe(true);
  });
});

describe('a story that ends before its outcome', () => {
  it.each([
    ['"ask the children in a year"', 'From October the new bakers run the night shift on their own. Ask the cafés in a year.'],
    ['"until they reach us, ... is still"', 'The cafés send their delivery logs at the end of the season, and until they reach us, that part of the story is still open.'],
    ['"the real test of ... is"', 'The new lists go live with the winter timetable, so the real test of my loading list is the first snowy Monday.'],
    ['"nobody\'s set yet"', 'The second oven arrives on a date nobody\'s set yet.'],
    ['"still hasn\'t confirmed whether"', 'The owners still haven\'t confirmed whether they will pay for a second oven, so for now the racks stay where they are.'],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it.each([
    ['a question put to someone with no span of time', 'By April only one van in 60 left after 6 a.m., down from about 9%. Ask the nurses in the ward, they noticed it too.'],
    ['a stop told in the past', 'By April only one van in 60 left after 6 a.m., down from about 9%, and until the new racks came we were still loading by hand.'],
  ])('is not held for %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).not.toContain('no-result');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a stop condition told after what it stops, in terms settled on', () => {
    expectKind('guardrails', ['We settled on this: count every third pallet, and stop the deliveries if the shortfall hit 5%.']);
    expectNoKind('guardrails', ['We settled on the blue shelving.']);
  });

  it('reads an offer left on the table as an option given up', () => {
    expectKind('alternatives', ['The supplier offered a new scanning system for 20,000 euros; I left that on the table and fixed the count sheet instead.']);
    expectNoKind('alternatives', ['The delivery notes were left on the table overnight.']);
  });

  it('reads a manual override kept as a guardrail', () => {
    expectKind('guardrails', ['The new reorder rule ran on one aisle for six weeks, with a manual override on the till.']);
    expectNoKind('guardrails', ['There was no override on the old till, so every order went out as keyed.']);
  });
});
