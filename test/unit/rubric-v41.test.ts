import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v41: "The production manager was against it. We agreed I would run it for six weeks..." meets an objection;
 * after a risk, "so nobody moved without my call" and "So for the first six weeks I kept the Friday night myself" limit
 * it, even with a word on the risk's size between; "complaints dropped back the next week" gave nothing up.
 */
const content = loadContent();

describe('a worry or a risk met', () => {
  it('reads "was against it" followed by "We agreed..." as a guardrail', () => {
    const feedback = scoreAnswer(
      'I supervise the night shift at a food factory. Trainees kept leaving because they stood in the cold room all night. I proposed rotating everyone every 90 minutes. ' +
        'The production manager was against it. We agreed I would run it for six weeks and review it if output had not recovered. ' +
        'Output was back to 100% by week five, and leavers fell from 14 to 3 the next year.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/guardrail \("We agreed I would run it for six weeks/);
  });

  it('reads "so nobody moved without my call" after a risk as a guardrail', () => {
    const feedback = scoreAnswer(
      'I control a bus rapid transit line. A stalled bus blocked the only southbound lane and nineteen buses queued behind it, so I sent them through the northbound lane. ' +
        'The risk was a head-on if anyone moved early, so nobody moved without my call on the radio. The line was flowing again in fourteen minutes.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/guardrail \("so nobody moved without my call/);
  });

  it('reads "So for the first six weeks I kept..." after a risk and a word on its size as a guardrail', () => {
    const feedback = scoreAnswer(
      'I run the pits at a barbecue restaurant, and I gave the overnight cook job to our dishwasher, who had watched the fires for months. The risk was real. One bad night is twelve briskets. ' +
        'So for the first six weeks I kept the Friday overnight myself. By her third month we threw out one brisket a week instead of six.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/guardrail \("So for the first six weeks I kept the/);
  });
});

describe('a measure that fell back', () => {
  it('is no cost accepted', () => {
    const feedback = scoreAnswer(
      'Pit complaints from our biggest customer doubled in July. I pulled the pitter logs and checked each pitting head. One was missing one cherry in 400. ' +
        'I tagged it out, we replaced the needles, and complaints dropped back the next week.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).not.toMatch(/cost accepted \("dropped back/);
  });
});
