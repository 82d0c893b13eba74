import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v152: "That raised our staff costs by about 4%" after the speaker's step is its price; "knowing that area would
 * finish a day later" concedes a delay; "I kept the full script if the reset failed twice" keeps a fallback; "a restart
 * button, limited to the charger the driver stands at, two resets per hour max" sets limits. Not guardrails: "before I
 * ask for anything new, I look at..." (the speaker looking, in a clause of their own), "our leak-check gear" (kit), and
 * "for two weeks, first with a mirror, then with powder" (the order of the steps). Numbers: "R410,000" is 410,000 rand,
 * and a percentage is set against a share, not against the litres told between them. Ownership: "I was part of the
 * regulatory department" and "a strategy day which I went to" are no steps of the speaker's.
 */

const content = loadContent();

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a raised bill right after the speaker\'s step as its price', () => {
    expectKind('costs', [
      'I built a rota giving every packer four paid rest days every six weeks. That raised our staff costs by about 4%.',
      'I moved the deliveries to mornings, which increased our overtime bill by a fifth.',
    ]);
    expectNoKind('costs', ['The supplier put its prices up in May. That raised our costs by about 4%.']);
  });

  it('reads "knowing" another part would finish later as a delay accepted', () => {
    expectKind('costs', ['I moved two of my strongest packers from the paint aisle, knowing that aisle would finish a day later.']);
    expectNoKind('costs', ['I moved two packers from the paint aisle, knowing they would finish the count by Friday.']);
  });

  it('reads the old way kept for when the new one fails as a fallback', () => {
    expectKind('guardrails', [
      'I cut the order check to two steps. I kept the full checklist for the weekend staff if the scanner failed twice.',
      'I moved the counts to the tablet. I kept the paper sheet for when the tablet went down.',
    ]);
    expectNoKind('guardrails', ['I moved the counts to the tablet. I kept the team late when the delivery failed to arrive.']);
  });

  it('reads "limited to" after a comma and a rate with "max" as limits', () => {
    expectKind('guardrails', [
      'Asked the supplier for a reorder button in the portal, limited to the items on our own shelf list.',
      'I set up a reorder button for the counter staff, two orders per day max.',
    ]);
    expectNoKind('guardrails', ['The old portal was slow and limited to ten lines an order.']);
  });

  it('does not read the speaker looking, in a clause of their own, as someone else reviewing', () => {
    expectNoKind('guardrails', [
      "I built the racks from old crates. Before I ask for anything new, I look at what's already lying around.",
      'I built the racks from old crates. I did the same with our leak-check gear last spring.',
    ]);
    expectKind('guardrails', ['I had my colleague check every order against the invoice before we paid.']);
  });

  it('does not read "first ..., then ..." as a part of the whole done first', () => {
    expectNoKind('guardrails', ['We practised in the back room every morning for two weeks, first with a mirror, then with the real scanner.']);
    expectKind('guardrails', ['I tried the new labels on two shelves first.']);
  });
});

describe('numbers', () => {
  const numbers = (text: string) => analyzeAnswer(text).facts.flatMap((f) => f.numbers);

  it('reads rand, kwacha and ringgit written onto a figure as the whole sum', () => {
    expect(numbers('They credited us R410,000 and we recovered K96,000, about RM3.2 million in all.').map((n) => n.value)).toEqual([410_000, 96_000, 3_200_000]);
    expect(numbers('We tested to UN R134 before the K9 unit came.')).toEqual([]);
  });

  it('sets a percentage against a share, not against an amount told between them', () => {
    const changes = (text: string) => numbers(text).filter((n) => n.from !== undefined).map((n) => [n.value, n.from]);
    expect(changes('The site lost 0.9% of throughput, roughly 1,800 litres a month, against our tolerance of 0.3%.')).toEqual([[0.9, 0.3]]);
    const readsChange = (text: string) => numbers(text).some((n) => n.delta);
    expect(readsChange('26 of the 29 firms renewed, against a 58% renewal rate the quarter before.')).toBe(true);
    expect(changes('We sold 21,000 tickets against 19,000 the year before.')).toEqual([[21_000, 19_000]]);
  });
});

describe("the speaker's own steps", () => {
  const gatesOf = (story: string) => scoreAnswer(story, { content, principle: 'earn-trust' }).gates;
  const story = (membership: string) =>
    'In 2022 our relationship with the licensing board was not good, and our applications stayed long in the queue. ' +
    'A new regulatory head was hired, and she organised meetings with the board. The dossier templates were revised by the team. ' +
    `${membership} After about one year the board approved three new products faster than before.`;

  it('does not count belonging to the group that acted as a step', () => {
    expect(gatesOf(story('I was part of the regulatory department during this period, and we were informed about the changes.'))).toContain('no-own-action');
    expect(gatesOf(story('I was part of the group that rewrote the templates.'))).not.toContain('no-own-action');
  });

  it('does not count an event the speaker went to, named before the verb, as a step', () => {
    expect(ownStepsOf('So there was a strategy day which I went to and the senior team worked out a three year plan.')).toEqual([]);
    expect(ownStepsOf('So there was a strategy day which I went to, and I presented the plan.')).toContain('presented');
  });
});
