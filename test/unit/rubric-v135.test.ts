import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { BAKERY_STEPS, gatesAfterBakerySteps, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v135: an offer joined to the speaker's step, a course they would have taken given up to someone else's call,
 * and "I pushed for the opposite" are trade-offs; cups shown "side by side" and a watch the story was caught in are not
 * safeguards; "I had the manufacturer certify..." is the speaker's step and "I kept going" is none; an outcome left "in
 * the tenants' hands", a count that "isn't finished" and figures to be put "beside last year's" are still to come;
 * "things started to change" is an outcome; "We now plan every..." closes a story with its lesson; the same piece of
 * work timed before and in the Result is a measured change.
 */

const content = loadContent();

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it("reads an offer joined by 'and' to the speaker's step as a course set against the one wanted", () => {
    expectKind('alternatives', ['I showed him the count sheets and offered two smaller deliveries a week instead.']);
  });

  it("reads the course the speaker would have taken, given up to someone else's call, as a price", () => {
    expectKind('costs', [
      "I thought that went further than needed, I'd have kept the Saturday van, but it was his call, and I told the staff it was the owner's decision and backed it fully.",
      "I'd have kept the Saturday van, but it was the owner's call.",
    ]);
    expectNoKind('costs', ['I kept the Saturday van, but it was his call to pay for it.']);
  });

  it("reads 'I pushed for the opposite' after someone's first instinct as a course weighed", () => {
    expectKind('alternatives', ["The owner's first instinct was penalties. I pushed for the opposite first: a count at the door of every delivery, about two hours a week."]);
  });

  it('does not read two things shown side by side as a safeguard unless they run together for a stretch', () => {
    expectNoKind('guardrails', ['I showed the staff the two orders side by side, ours and one with same-day checking, so they could see the difference themselves.']);
    expectKind('guardrails', ['I showed the owner both counts side by side for two weeks, so we could stop if they drifted.']);
  });

  it('does not read what the speaker was watching when the trouble began as monitoring', () => {
    expectNoKind('watches', ['I was watching the loading bay and I saw the van reverse into the racking.']);
    expectNoKind('guardrails', ['We were monitoring the till when it froze.']);
    expectKind('watches', ['From then on I was watching the delivery notes every morning.']);
  });
});

describe("the speaker's steps", () => {
  const steps = (text: string) => analyzeAnswer(text).facts.flatMap((f) => f.voice.iActions.map((t) => t.lower));

  it('counts having one tradesperson do the work as the speaker\'s step, not a thing or a time', () => {
    expect(steps('I had the manufacturer certify my two shift leads.')).toEqual(['had']);
    expect(steps('I had the electrician rewire the cold room.')).toEqual(['had']);
    expect(steps('I had the other supplier call me.')).toEqual([]);
    expect(steps('I had the contractor ready by six.')).toEqual([]);
  });

  it("does not count holding on ('I kept going') as a step, but counts visits kept up", () => {
    expect(steps('It was not easy, but I kept going.')).toEqual([]);
    expect(steps('I kept going back to the house to explain our role.')).toEqual(['kept']);
  });
});

describe('a story that ends before its outcome', () => {
  it("is held when the outcome is in others' hands, the count is not finished, or the figures are to be set beside last year's", () => {
    expect(gatesAfterBakerySteps('The new times went out in May. The rest is in the cafés\' hands.')).toContain('no-result');
    expect(gatesAfterBakerySteps("Now it is in the owner's hands.")).toContain('no-result');
    expect(gatesAfterBakerySteps("The new route started in May, and my count of late vans for it isn't finished.")).toContain('no-result');
    expect(gatesAfterBakerySteps("The new route started in May. June is when I'll sit down with the delivery log and put those numbers beside last year's.")).toContain('no-result');
  });

  it('is not held when the hands and the count belong to a story already told', () => {
    expect(gatesAfterBakerySteps("The loading was in the drivers' hands, and late vans fell from 9% to 2% by May.")).not.toContain('no-result');
    expect(gatesAfterBakerySteps("My count of late vans wasn't finished until June, and it showed late vans down from 9% to 2%.")).not.toContain('no-result');
  });
});

describe('outcomes without figures', () => {
  it("reads 'the atmosphere started to change' and 'things were corrected' as how it turned out", () => {
    const story = `${BAKERY_STEPS} After some discussion things were corrected. Slowly the atmosphere started to change.`;
    expect(sectionOfLine(story, 'things were corrected')).toBe('result');
    expect(sectionOfLine(story, 'atmosphere started to change')).toBe('result');
  });
});

describe('lessons', () => {
  const learning = (ending: string) =>
    scoreAnswer(`${BAKERY_STEPS} Late deliveries fell from 9% to 2% by May. ${ending}`, { content, principle: 'deliver-results' }).criteria.learning.score;

  it("reads a closing 'We now plan every...' as the team's way of working changed since", () => {
    expect(learning('We now plan every night shift starting from what can be proofed without the racks, even when the ovens are free.')).toBeGreaterThanOrEqual(3);
  });

  it("does not read 'We now have all...' (how things stand) as a lesson", () => {
    expect(learning('We now have all 40 cafés on the early run, every day of the week.')).toBe(0);
  });
});

describe('measured change', () => {
  it('reads the same piece of work timed in the set-up and again in the Result as a change', () => {
    const story =
      'I run events at an arena in Durban. Changeovers like that had been taking us about 14 hours, and the concert needed a full stage and 3,000 floor seats. At 19:00 the staging company told me their truck was stuck. That evening I rebuilt the schedule so everything that did not need the stage happened first, and I put the riggers on the roof points while the floor was clear. Result: doors opened at 16:30 as sold, and the changeover took 11 hours.';
    const metrics = scoreAnswer(story, { content, principle: 'deliver-results' }).criteria.metrics;
    expect(metrics.score).toBeGreaterThanOrEqual(3);
  });
});
