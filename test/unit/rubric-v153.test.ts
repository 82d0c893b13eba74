import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { findSections } from '../../src/core/rubric/sections.js';
import { awaitsOutcomeOf, ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v153: right after the speaker's step, "The couplings were about 14,000 dollars" (what they pushed for or
 * bought) and "The calls took about 25 staff hours a month" price it; "..., which the maintenance planner didn't love"
 * is a price with a longer subject too; "He wanted names. I argued named scores were why nobody practised" sets the
 * proposal aside; "I wanted the shop to be a place people stayed in, not a place they left" is a hope, not an option.
 * "a few months of reports before I can say whether" ends before the outcome, and "the drivers were happier" is one.
 * "when I started", "I got the weekly reports by email", "I saw the new bench being opened" and "I saw up close" are no
 * steps. Before a Result label, a measured line of the speaker's steps stays in the Action.
 */

const content = loadContent();

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads what the thing the speaker just got was, or took to run, as its price', () => {
    expectKind('costs', [
      'I pushed for sealed bins at every till and a second scanner. The bins were about 900 euros.',
      'I set up a weekly count with the supplier. The counts took about six staff hours a month.',
      'I put a second check on every pallet. The check adds roughly four minutes per load.',
    ]);
    expectNoKind('costs', [
      'I pulled the invoices for the year. The corrected invoice was 4,000 euros, in line with the order.',
      'I set up a new call script for the desk. The calls took three minutes on average.',
    ]);
  });

  it('reads a step that someone named by three words did not love as its price', () => {
    expectKind('costs', ["I moved the deliveries to Monday mornings, which the shift manager didn't love."]);
  });

  it('reads "I argued ..." right after someone else\'s course as that course set aside', () => {
    expectKind('alternatives', ['I went to the owner and asked for the counts to be private. He wanted names. I argued named counts were exactly why nobody counted.']);
    expectNoKind('alternatives', ['I went to the owner and asked for the counts to be private. The shop was busy. I argued named counts were exactly why nobody counted.']);
  });

  it('does not read what the speaker wanted a place to be, against what it was, as an option set aside', () => {
    expectNoKind('alternatives', ['I wanted the stock room to be a place people stayed in, not a place they left after one winter.']);
    expectKind('alternatives', ['I wanted a second scanner, not extra staff.']);
  });
});

describe('endings', () => {
  it('reads "before I can say whether" after a stretch of time as a story still waiting', () => {
    expect(awaitsOutcomeOf(`${STOCK_ROOM_OPENING}I rewrote the order sheet. We'll need a few months of delivery notes before I can say whether the shortages stop.`)).toBe(true);
    expect(awaitsOutcomeOf(`${STOCK_ROOM_OPENING}I rewrote the order sheet. It took a few months of delivery notes before I could say the shortages had stopped, and they fell from 20 to 3.`)).toBe(false);
  });

  it('reads people happier and the place calmer as an outcome', () => {
    const story = (ending: string) =>
      'I drive a loader at a limestone quarry, and for a while the truck drivers complained that I loaded their trucks unevenly. ' +
      'It was a tense time on the shift and people were not talking much. So I talked to the supervisor about it, and I asked two of the drivers what they saw from the cab. ' +
      `And after that I tried to be more careful with how I was loading, ${ending}`;
    const gatesOf = (ending: string) => scoreAnswer(story(ending), { content, principle: 'earn-trust' }).gates;
    expect(gatesOf('and the drivers were happier, and things were much calmer on the shift.')).not.toContain('no-result');
    expect(gatesOf('and I hope the drivers will notice it.')).toContain('no-result');
  });
});

describe("the speaker's own steps", () => {
  it('does not count starting the job, receiving reports or watching others work as steps', () => {
    expect(ownStepsOf('So I try to be the kind of colleague I wish I had when I started.')).toEqual([]);
    expect(ownStepsOf('I got the weekly tonnage reports by email and I saw the new bench being opened.')).toEqual([]);
    expect(ownStepsOf('So that is a change I saw up close.')).toEqual([]);
    expect(ownStepsOf('I started the new count in May. I got the report finished by Friday. I saw the gap and fixed it.')).toEqual(['started', 'got', 'saw', 'fixed']);
  });
});

describe('sections', () => {
  it("keeps a measured line of the speaker's steps in the Action when a Result label follows", () => {
    const story = [
      '- context: I run the stock room of a hardware shop, 4,000 lines',
      '- I pulled the delivery notes for a year and found three suppliers short on most orders',
      '- I bought the rest from one wholesaler in a group order with two shops, unit price down from 31 to 24 euros',
      '- result: short deliveries went from 40 a month to 6',
      '- learning: check the notes before changing supplier',
    ].join('\n');
    const analysis = analyzeAnswer(story);
    const of = findSections(analysis).of;
    const line = analysis.facts.findIndex((f) => f.sentence.tokens.some((t) => t.lower === 'wholesaler'));
    expect(of[line]).toBe('action');
    expect(of[analysis.facts.findIndex((f) => f.sentence.label === 'result')]).toBe('result');
  });
});
