import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v54: weighing on a scale ("I weighed the truck again") is not weighing options, which Are Right, A Lot keeps
 * for "weighed the options", "weighed it against..."; people sure they were being cheated, doubting and won over, speak
 * of trust.
 */
const content = loadContent();

describe('a weighbridge story of trust won back', () => {
  it('fits Earn Trust, not Are Right, A Lot for its weighing', () => {
    const feedback = scoreAnswer("I run the weighbridge at a grain depot near Dodoma. When I took over in 2022, the farmers were sure the bridge was set to cheat them, and every second truck ended in a shouting match at the window. Nothing I said convinced them. So every morning I weighed a certified 500 kg test block with the first drivers watching, and I moved the display to the window so each farmer could read his own weight. When a farmer doubted a ticket, I weighed the truck again with him standing beside the bridge. By harvest the disputes went from about twenty a day to three, and two farmer groups that had gone to a private buyer came back to us. What I learned is that people believe a check they can watch, not a promise.", { content, principle: 'earn-trust' });
    expect(feedback.principle.detected[0]).toBe('earn-trust');
    expect(feedback.criteria.alignment.score).toBe(4);
    expect(feedback.gate).toBeNull();
  });
});
