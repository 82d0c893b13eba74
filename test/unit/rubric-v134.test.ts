import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v134: "the answer is a year away" and "how they read it will settle whether..." end a story before its
 * outcome; "I did not fully agree but I committed" and "My proposal was 50 lux for the six" are trade-offs; a nameless
 * story whose results "grew strongly" and "changed dramatically" is a template.
 */

describe('a story that ends before its outcome', () => {
  it('is held when what is awaited is a stretch of time away, or a reading still to come will settle it', () => {
    expect(gatesAfterBakerySteps('Turnover used to be about 40% a year, and the answer is a year away.')).toContain('no-result');
    expect(gatesAfterBakerySteps('How the cafés read the new times will settle whether the early slot stays.')).toContain('no-result');
  });

  it('is not held when something else is a stretch of time away', () => {
    expect(gatesAfterBakerySteps('The holiday season is a month away, so I trained two more bakers, and late vans fell from 9% to 2%.')).not.toContain('no-result');
  });
});

describe('trade-offs', () => {
  const { expectKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads disagreement softened by an adverb, then commitment, as a price', () => {
    expectKind('costs', ['I did not fully agree but I committed, and I asked one thing: a check at half time.']);
  });

  it("reads the speaker's proposal given as a figure as a course set against another", () => {
    expectKind('alternatives', ['My proposal was 50 vans for the first month, and the owner wanted 80.']);
  });
});

describe('templates', () => {
  it('holds a nameless story whose results grew "strongly" and changed "dramatically" at the template gate', () => {
    const story =
      'When I took over the membership side of a regional gym group, I noticed that our thinking was very short term. Every plan was a small tweak on the last one and nobody asked what the business could become. I believed we needed a bigger ambition, so I took it upon myself to set a new direction. I spent time understanding the market and what members wanted, and I built a bold plan that reimagined the member journey. I shared it with the leadership team and the club managers, and although some were unsure at first, I won them over by painting a clear picture of the future. I broke the plan into milestones, communicated often and celebrated progress along the way. Over time the culture changed dramatically. Membership grew strongly, manager engagement improved, and we became known as a group that thinks differently. It taught me that thinking big means giving people something larger to believe in.';
    expect(scoreAnswer(story, { content: loadContent(), principle: 'think-big' }).gates).toContain('template');
  });
});
