import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v27: courses and prices said in everyday words ("What I didn't do was...", "we're not waiting", "we could live
 * with that", "which adds about ten minutes a load", "and only then...", "I ask one condition") now read; "cash drops"
 * as a noun, a video paused to be watched and the scene's standing practice ("Our answer was always: ... we cancel it")
 * are no price; counts given month by month after the speaker's steps are the Result; and a count of what "would have
 * gone in the bin otherwise" is measured. Each story is told in a trade of its own.
 */
const content = loadContent();
const score = (answer: string) => scoreAnswer(answer, { content });
const tradeoffsOf = (answer: string) => score(answer).criteria.tradeoffs.verdict;
/** The trade-off verdict's own count of a kind: "1 guardrail (...)"; "no guardrail" does not match. */
const FOUND = (kind: string) => new RegExp(`\\d+ ${kind}s? (?:weighed |accepted )?\\(`);

describe('trade-offs told in everyday words', () => {
  const story = (middle: string) =>
    'I supervise the night shift at a bottling plant near Porto. In March 2024 a filler valve started leaking on line 2 with 30,000 bottles still to fill for a morning truck. ' +
    `${middle} The truck left at 6:10 with every pallet, and the valve was replaced that weekend.`;

  it('reads "What I didn\'t do was..." as a course set aside', () => {
    expect(tradeoffsOf(story('I slowed line 2 to half speed and moved the rest to line 3. What I didn\'t do was stop both lines for a full repair.'))).toMatch(FOUND('alternative'));
  });

  it('reads "we\'re not waiting" as waiting ruled out', () => {
    expect(tradeoffsOf(story('The engineer on call did not answer twice. At 1 a.m. I said, right, we\'re not waiting. I slowed line 2 and moved the rest to line 3.'))).toMatch(FOUND('alternative'));
  });

  it('reads "we could live with that" and "which adds about ten minutes a load" as prices', () => {
    expect(tradeoffsOf(story('I slowed line 2 to half speed. Two hours of overtime for four people, we could live with that.'))).toMatch(FOUND('cost'));
    expect(tradeoffsOf(story('I moved the rest to line 3, which adds about ten minutes a load.'))).toMatch(FOUND('cost'));
  });

  it('reads "and only then" after a first step as a guardrail, and "I ask one condition" as one', () => {
    expect(tradeoffsOf(story('I ran the new setting on one pallet, checked the fill heights myself, and only then switched the whole line.'))).toMatch(FOUND('guardrail'));
    expect(tradeoffsOf(story('I moved the rest to line 3. And I asked one condition of the plant manager: if the fill heights drift, we stop.'))).toMatch(FOUND('guardrail'));
  });
});

describe('no price where nothing was given up', () => {
  it('does not read "cash drops" as a fall, a video paused to be watched as a give-up, or the scene\'s standing practice as a choice', () => {
    const drops =
      'I plan routes for a courier in Lahore, cash-on-delivery parcels. Riders rode back to the hub twice a day just to hand in cash. ' +
      'I set up cash drops at 4 partner pharmacies along the routes. Fuel per rider went from about 5 to 3.5 litres a day.';
    expect(tradeoffsOf(drops)).not.toMatch(FOUND('cost'));
    const video =
      'I referee amateur volleyball in Lyon. My line calls were late in the 2023 season. ' +
      'At home I practised on match footage, pausing the video and calling in or out aloud, 50 rallies a week. My late calls fell from six a match to one.';
    expect(tradeoffsOf(video)).not.toMatch(FOUND('cost'));
    const practice =
      'I work at the counter of the water utility in Seville. Every week about 40 people came in with a reminder for a bill they had paid. ' +
      'Our answer was always: bring the receipt and we cancel it. I read the payment guidelines and found the old reference codes were not matched, and IT added a search by tax number. ' +
      'Those visits went from 40 to 9 a week.';
    expect(tradeoffsOf(practice)).not.toMatch(FOUND('cost'));
  });
});

describe('results and measures', () => {
  it('reads counts given month by month after the speaker\'s steps as the Result', () => {
    const answer =
      'I run the parts counter at a tractor dealer in Ballarat. In winter 2023 farmers kept driving back because we had given them the wrong filter, about twelve times a month. ' +
      'I went through the counter slips and found most were for two models whose filters look the same in the catalogue. ' +
      'I put the two filters side by side on the shelf with a photo card of where each one fits, and I asked every farmer for the serial plate number before picking. ' +
      'August we had three wrong filters, September one. What I learned: when two parts look alike, put them next to each other so the difference shows.';
    const result = score(answer);
    expect(result.criteria.structure.verdict).toMatch(/Result/);
    expect(result.criteria.structure.verdict).not.toMatch(/missing[^.]*Result/);
    expect(result.gate?.id).not.toBe('no-result');
  });

  it('measures what was kept, counted with what it "would have" become "otherwise"', () => {
    const answer =
      'I dispatch refrigerated vans for a vaccine distributor in Accra. One evening in 2023 a clinic in Madina called: their fridge had been off for three hours. ' +
      'I sent a van that was coming back empty 20 minutes away and had the driver park there with the fridge unit running until the power came back. ' +
      'The clinic kept about 300 doses of vaccine, that would have gone in the bin otherwise. My manager made it a rule for every empty van after that.';
    expect(score(answer).criteria.metrics.score).toBeGreaterThanOrEqual(2);
  });
});
