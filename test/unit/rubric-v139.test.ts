import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v139: "all at my cost, around 210,000 dinars", "against what the buyers asked" and "which was real money at
 * risk for me" are trade-offs; "the wider roll-out waits until she has them in front of her" ends a story before its
 * outcome; "I measured what we made" is no step of the team's.
 */

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it("reads what the speaker paid 'at my cost' as a price", () => {
    expectKind('costs', ['I replaced all 60 drills and took back 35 more she had sold, all at my cost, around 2,100 euros.']);
  });

  it('reads the speaker\'s course taken against what others asked for as a course weighed', () => {
    expectKind('alternatives', ['So I ordered 150 of the light ladders and only 90 of the heavy ones, against what the two builders asked.']);
    expectNoKind('alternatives', ['The builders leaned the ladders against what was left of the wall.']);
  });

  it("reads the speaker's money put at risk by the step as a price", () => {
    expectKind('costs', ['I told them they could send back unsold ladders after the season, which was real money at risk for me.']);
    expectNoKind('costs', ['Their money was at risk for a while, so they called every day.']);
  });
});

describe('a story that ends before its outcome', () => {
  it('is held when the next step waits until someone has the figures', () => {
    expect(gatesAfterBakerySteps('The March figures get compiled in late April, and my manager has said the wider roll-out waits until she has them in front of her.')).toContain('no-result');
    expect(gatesAfterBakerySteps('We waited until she had the April figures: late vans were down from 9% to 2%.')).not.toContain('no-result');
  });
});

describe("the team's steps", () => {
  it("does not count the team's output, as the object of the speaker's step, as a team step", () => {
    const we = (text: string) => analyzeAnswer(text).facts.flatMap((f) => f.voice.weActions.map((t) => t.lower));
    expect(we('Every Friday I measured what we made and wrote it on the wall.')).toEqual([]);
    expect(we('What we did was simple: we moved the rye dough to the early slot.')).toContain('moved');
  });
});
