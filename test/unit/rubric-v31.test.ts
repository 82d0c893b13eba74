import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v31: an option priced with "would have added £N" and picked against a few sentences on, "the only way to pay
 * for it was pushing X back", "..., which pushed the job back a season" after the speaker's step, and a worry told in
 * one sentence met by "We agreed that..." opening the next now read as trade-offs; "move everything to the other van"
 * (or "hold everything", "send everything out") is one concrete step, not a generic claim; and "every 20 rows" is how often something is done, not a new value.
 * Each story is told in a trade of its own.
 */
const content = loadContent();
const score = (answer: string) => scoreAnswer(answer, { content });
const tradeoffsOf = (answer: string) => score(answer).criteria.tradeoffs.verdict;
/** The trade-off verdict's own count of a kind: "1 guardrail (...)"; "no guardrail" does not match. */
const FOUND = (kind: string) => new RegExp(`\\d+ ${kind}s? (?:weighed |accepted )?\\(`);

describe('options and prices told over several sentences', () => {
  const kitchen = (middle: string) =>
    'I run a small bakery in Ghent with two bakers. In 2023 the old deck oven failed twice in a month, and each time we lost a morning of bread. ' +
    `${middle} Since the new oven came in we have not lost a morning, and bread waste fell from about 30 loaves a week to 8.`;

  it('reads an option priced with "would have added" as weighed when the speaker picks another a few sentences on', () => {
    const priced = kitchen(
      'A refurbished oven would have added about two thousand euros to the repair bill and still left us with one oven. A new rack oven was eleven thousand, paid over three years. I went with the new rack oven.',
    );
    expect(tradeoffsOf(priced)).toMatch(FOUND('alternative'));
    // Guard: with no pick told after it, the same sentence is only what the repair would have cost.
    const noPick = kitchen('A refurbished oven would have added about two thousand euros to the repair bill. The engineer came on a Monday.');
    expect(tradeoffsOf(noPick)).not.toMatch(FOUND('alternative'));
  });

  it('reads "the only way to pay for it was pushing X back" as a price, but not a team that kept pushing a date back', () => {
    const paidFor = kitchen('I bought a new rack oven for eleven thousand euros, and the only way to pay for it was pushing our shop refit back a year.');
    expect(tradeoffsOf(paidFor)).toMatch(FOUND('cost'));
    const slipping = kitchen('I bought a new rack oven. The supplier was pushing the delivery back every week.');
    expect(tradeoffsOf(slipping)).not.toMatch(FOUND('cost'));
  });

  it('reads "..., which pushed the job back" as the price of the step told just before', () => {
    const pushed = kitchen('I asked the bank for a small loan instead of leasing; the loan took six weeks to come through, which pushed the refit back a season.');
    expect(tradeoffsOf(pushed)).toMatch(FOUND('cost'));
  });

  it('reads a worry met by "We agreed that..." in the next sentence as a guardrail, and a plain agreement as none', () => {
    const worried = kitchen(
      'I wanted to bake the rye on the new oven only. My head baker was not happy, he said the rye crust is the point of the shop. We agreed that for rye we keep the deck oven one more year.',
    );
    expect(tradeoffsOf(worried)).toMatch(FOUND('guardrail'));
    const plain = kitchen('I wanted to bake the rye on the new oven only. My head baker liked the idea. We agreed that for rye we start on Monday.');
    expect(tradeoffsOf(plain)).not.toMatch(FOUND('guardrail'));
  });
});

describe('specific steps and measures', () => {
  it('does not count "hold everything" or "send everything out" as a generic claim, while "did everything" stays one', () => {
    const moved =
      'I dispatch deliveries for a flower wholesaler in Aalsmeer. On 12 May 2023 van 3 broke down at 05:40 with 140 orders for 31 florists. ' +
      'I had two options. Hold everything until the inspection was done and hope. Or send everything out late and take the risk. I chose to send. ' +
      'All 140 orders arrived by 11:30 against a promise of 12:00. Since then I keep a spare route plan for every van, and we used it in August.';
    expect(score(moved).criteria.specificity.verdict).not.toMatch(/generic claim/);
    const vague = moved.replace('I chose to send.', 'I did everything I could to keep it calm that morning.');
    expect(score(vague).criteria.specificity.verdict).toMatch(/generic claims? with nothing behind/);
  });

  it('does not read "every 20 rows" after "the last 40 rows" as a measure that changed', () => {
    const weaver =
      'I weave hammocks in Mérida. A buyer would have taken one with uneven tension, but I did not let it go. I unpicked the last 40 rows myself, two days of work. ' +
      'Since then I check the tension every 20 rows with a marked cord.';
    const metrics = score(weaver).criteria.metrics;
    expect(metrics.verdict).not.toMatch(/a change is stated/);
    expect(metrics.score).toBeLessThanOrEqual(2);
  });
});
