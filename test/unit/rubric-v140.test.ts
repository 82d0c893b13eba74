import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v140: "around 2,600 lari from my own money" and "I still thought it was wrong, but it was his decision, so I
 * committed" are trade-offs; "it will take a couple of months of road tests to show whether..." and "it will be
 * several more weeks before their numbers tell me if..." end a story before its outcome; "stretch assignments" and
 * "constructive feedback" are stock claims of a template.
 */

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it("reads money the speaker put in 'from my own money' as a price", () => {
    expectKind('costs', ['I bought a label printer and a scanner, together around 2,600 euros from my own money.']);
  });

  it('reads "I thought it was wrong, but it was his decision, so I committed" as a view given up', () => {
    expectKind('costs', ['I still thought it was wrong, but it was his decision, so I committed to it properly.']);
    expectNoKind('costs', ['I thought it was great, but it was his decision to make.']);
  });
});

describe('a story that ends before its outcome', () => {
  it('is held when the telling is a stretch of time off', () => {
    expect(gatesAfterBakerySteps('The new racks went in last week, and it will take a couple of months of deliveries to show whether late vans are gone.')).toContain('no-result');
    expect(gatesAfterBakerySteps('The new racks went in last week, so it will be several more weeks before the delivery logs tell me if that was the whole story.')).toContain('no-result');
  });

  it('is not held when the time is told as how long the work took', () => {
    expect(gatesAfterBakerySteps('Late vans fell from 9% to 2% by May; it will take a couple of months to train the new drivers.')).not.toContain('no-result');
  });
});

describe('templates', () => {
  it('holds a nameless story of stretch assignments and constructive feedback, with results made big, at the template gate', () => {
    const story =
      "One of the things I'm most proud of as a leader is the way I develop people. In a previous role I had a team member with a lot of potential who was not yet performing at the level the business needed. I started by having an open and honest conversation about their career goals. Together we created a personalised development plan with clear milestones, and I made sure they had the right training, exposure and stretch assignments. I met with them regularly to give candid, constructive feedback and gave them increasing autonomy as their confidence grew. Over time their performance improved dramatically and their engagement went up significantly. For me, this is what developing the best is about.";
    expect(scoreAnswer(story, { content: loadContent(), principle: 'hire-and-develop-the-best' }).gates).toContain('template');
  });
});
