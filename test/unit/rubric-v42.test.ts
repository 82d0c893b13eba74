import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v42: after the steps, "That winter we had no runway incursions" is the Result; "I could've kept hiring
 * drivers at about $20,000 a year more" is an option priced, not a regret; "I set rules: no triples until he'd logged
 * 10,000 kilometres" holds a step back until a condition holds; "the grout goes in next week" and "only if the levels
 * hold will we offer it" wait for the outcome.
 */
const content = loadContent();

describe('"That winter" after the steps', () => {
  it('opens the Result', () => {
    const feedback = scoreAnswer(
      'I give flight information at a small island airport. Management cut the early shift to one officer, and the morning flight lands while the runway is being cleared of snow. ' +
        'I disagreed in writing, then I wrote a procedure: every vehicle off the runway 20 minutes before the arrival, and the snow team on my frequency. I timed it on four practice mornings. ' +
        'That winter we had no runway incursions.',
      { content },
    );
    expect(feedback.gate?.id).not.toBe('no-result');
    expect(feedback.criteria.structure.verdict).not.toMatch(/missing[^.;]*Result/);
  });
});

describe('trade-offs of a hire', () => {
  const story =
    'I run four cattle trucks out of Derby, and drivers from the city kept quitting after a season. In 2022 I met a young local driver with a rigid licence but no road-train ticket. ' +
    "I could've kept hiring experienced drivers at about $20,000 a year more, and that was the safer option, but I took him on. " +
    "I set rules: doubles on bitumen only, no triples until he'd logged 10,000 kilometres with me in the cab. He got his licence in four months and has had no incidents since.";

  it('reads an option priced with "a year more" as weighed', () => {
    expect(scoreAnswer(story, { content }).criteria.tradeoffs.verdict).toMatch(/alternative weighed \("could've kept hiring experienced drivers/);
  });

  it('reads "I set rules: no triples until..." as a guardrail', () => {
    expect(scoreAnswer(story, { content }).criteria.tradeoffs.verdict).toMatch(/guardrail \("I set rules: doubles on bitumen only/);
  });
});

describe('a story that ends before its test', () => {
  it('waits on "goes in next week" and "only if the levels hold will we..."', () => {
    const feedback = scoreAnswer(
      'I relevel earthquake-damaged houses. Ten owners on one street had been quoted full rebuilds, and I thought resin piles could do it for a third of the price. ' +
        'I priced the first house at about $31,000 and agreed with the owner that we would put in survey pins and take readings every three months for free. We started in May. ' +
        'The piles are in, the house is jacked and the grout goes in next week. Then the surveyor takes readings over winter, and only if the levels hold will we offer the method to the other nine houses.',
      { content },
    );
    expect(feedback.gate?.id).toBe('no-result');
  });
});
