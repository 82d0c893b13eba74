import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { ownStepsOf, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v143: "the options were A or B" names options; "I chose dosing, roughly 1.2 rupees more per garment" is the
 * pick's price, per any unit; "and, you know, accepted that..." reads past the filler; "customers who want to cancel"
 * is their giving up, not the speaker's; "Waiting for approval would take months; I had my team..." is a course set
 * aside and why; attending a meeting or going along to a workshop is no step; a passive that a check found ("the search
 * showed the plots had been sold") or one that says nothing was done hides nobody; "it went really well" and "much
 * happier" are outcomes.
 */

const content = loadContent();

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads options named as such, then set side by side with "or"', () => {
    expectKind('alternatives', ['The options were a second scanner, about 900 euros, or counting each delivery by hand. I chose counting.']);
    expectKind('alternatives', ['- Options were: switch supplier or ask for a credit on every short box.']);
    expectNoKind('alternatives', ['The options were limited in a town our size, and I counted each delivery by hand.']);
  });

  it('reads a price per any unit told right after the speaker\'s pick', () => {
    expectKind('costs', ['I chose the local supplier, roughly 2 euros more per box, and kept the old one for paint.']);
    expectKind('costs', ['We went with the sealed pallets, about 15 euros more per pallet.']);
    expectNoKind('costs', ['The supplier raised its prices, roughly 2 euros more per box, and I counted each delivery by hand.']);
  });

  it('reads a cost accepted past a spoken filler after "and"', () => {
    expectKind('costs', ['I called the owner, told him I was keeping the order, and, you know, accepted that our shelves would be half empty for a week.']);
    expectKind('costs', ['I called the owner, told him I was keeping the order, and, um, accepted that our shelves would be half empty for a week.']);
  });

  it('does not read what other people want to cancel as something the speaker gave up', () => {
    expectNoKind('costs', ['I run the counter, the team who takes the calls of customers who want to cancel.']);
    expectKind('costs', ['I decided to cancel the Friday delivery to make room for the count.']);
  });

  it('reads a course named as the subject, what it would take, and the step taken instead', () => {
    expectKind('alternatives', ["Waiting for the owner's approval of a new scanner would take months; I counted every box on arrival myself."]);
    expectKind('alternatives', ['Going through head office would take six weeks, so I bought the labels myself.']);
    expectNoKind('alternatives', ['Counting every box would take an hour a day.']);
  });
});

describe('the speaker\'s own steps', () => {
  const passivesOf = (story: string): string[] => analyzeAnswer(story).facts.flatMap((f) => f.voice.passive.map((t) => t.lower));

  it('does not count being there as a step', () => {
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}I attended the weekly review calls where the new count sheet was presented.`)).not.toContain('attended');
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}Head office ran a workshop on stock counts, which I went along to.`)).not.toContain('went');
    expect(ownStepsOf(`${STOCK_ROOM_OPENING}I attended to the damaged boxes first and counted the rest after lunch.`)).toContain('attended');
  });

  it('does not count what a check found, or what was never done, as a step with its actor hidden', () => {
    expect(passivesOf('The audit showed two pallets had already been sold to another shop.')).toEqual([]);
    expect(passivesOf('Since then nothing has been built on the plot.')).toEqual([]);
    expect(passivesOf('Two pallets were sold to another shop.')).toEqual(['sold']);
  });

  it('holds a story told without a step of the speaker\'s own, where the speaker only attended', () => {
    const story =
      'I work as a field operator at a gas field with 140 wells. In 2023 the company set our block a target of 15% more gas before winter. ' +
      'The engineers reviewed every well and found too much water above the pumps. A new pumping schedule was prepared by the reservoir group, and the maintenance crews replaced worn pump parts on 60 wells. ' +
      'Our team leader held a meeting every Monday; I attended and was kept informed about which wells were being changed. ' +
      'By November the block was producing 17% more gas than in spring, and the target was reached before the heating season.';
    expect(scoreAnswer(story, { principle: 'deliver-results', content }).gates).toContain('no-own-action');
  });
});

describe('a story that ends before its outcome', () => {
  const told = (ending: string) =>
    "So, um, I work at a bakery and I really love it, honestly. We get all kinds of cafés ordering from us, big ones and small ones. And I noticed that some of the small cafés weren't really having a great time with us, they'd get their bread late. " +
    `So I spoke to the owner about it, and we talked about doing things a bit differently for them. And the team was really supportive and we changed the way those orders worked. ${ending} So yeah, for me it's about caring how people feel.`;
  const gatesOf = (story: string) => scoreAnswer(story, { principle: 'customer-obsession', content }).gates;

  it('reads "it went really well" and "much happier" as an outcome, however vague', () => {
    expect(sectionOfLine(told('And it went really well, honestly, the cafés were much happier.'), 'went really well')).toBe('result');
    expect(gatesOf(told('And it went really well, honestly, the cafés were much happier.'))).not.toContain('no-result');
    expect(gatesOf(told('We will see next month whether the cafés like it.'))).toContain('no-result');
  });
});
