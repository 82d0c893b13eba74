import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v99: a course someone else wanted, answered by the speaker in words the rules did not read ("I didn't,
 * because...", "I held back on that", "; I asked to hold that back", "That would have cost..."), a rival course named
 * by its noun ("my manager's quick fix was to..."), a cost named with an aside ("The cost, and I won't pretend
 * otherwise, was..."); and more endings before the outcome (no one knows yet whether, a reminder set to see how it went,
 * nothing decided until the results come back).
 */
const OPENING = 'I look after the stock room of a hardware shop in Tartu, two of us on weekdays. Last autumn our orders kept arriving short. ';
const { expectKind, expectNoKind } = tradeoffExpectations(OPENING);

describe('a course someone else wanted, set aside by the speaker', () => {
  it.each([
    ['refused with its reason', 'My manager wanted me to sign for the deliveries and sort it out later, because the van was waiting. I didn\'t, because a signed note means the shortfall is ours.'],
    ['held back on', 'The owner wanted to buy the supplier\'s scanning system for both shops at once. I held back on that, because neither of us knew which counts mattered yet.'],
    ['put off after a semicolon', 'My manager wanted to switch suppliers at the same time; I asked to hold that back two months, because changing both at once would hide which fix worked.'],
    ['judged by what it would have cost', 'The owner wanted to recount the whole stock room over a weekend. That would have cost two days of sales and told us nothing about the deliveries, so I counted only the short lines.'],
    ['a rival fix named by its noun', 'My manager\'s quick fix was to order ten percent extra on every line. I didn\'t want to tie up cash in spare stock, so I checked each delivery against the order on the dock.'],
  ])('reads an alternative weighed: %s', (_, text) => {
    expectKind('alternatives', [text]);
  });

  it('does not read a view of the cause as a course someone wanted', () => {
    expectNoKind('alternatives', ['The owner\'s first idea was that the supplier had changed its packers. I thought about it and checked the pallets first.']);
  });

  it('reads a cost named with an aside before its copula', () => {
    expectKind('costs', ['The cost, and I will not pretend otherwise, was three weeks of late evenings for both of us.']);
  });
});

describe('a story that ends before its outcome', () => {
  it.each([
    ['neither of us knows if', 'Head office decides in its own time, and until it does, neither of us knows if the extra racks will be paid for.'],
    ['nobody knows yet whether', 'Nobody knows yet whether the late vans are gone for good.'],
    ['a reminder set to see how it went', 'The new racks went live on 3 March; I have put a reminder in my calendar for the end of April to see how many vans left late in March.'],
    ['nothing decided until the results come back', "The owners won't decide on a second bakery until the Easter figures come back, and the accountant says mid-May."],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });
});
