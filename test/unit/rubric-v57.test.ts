import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v57: "the track to our camp" is a path and "on track" an idiom, but "I kept track of the moisture readings
 * every week" keeps a watch (v53 had read any word before "track" as making it a path).
 */
const content = loadContent();

describe('keeping track', () => {
  it('reads "I kept track of the moisture readings every week" as monitoring', () => {
    const tradeoffs = scoreAnswer("I run the grain store at a farmers' cooperative near Nakuru. In 2023 about 6% of our stored maize went mouldy each rainy season, and the buyers docked our price for it. I moved the bags off the floor onto pallets and opened the vents every dry afternoon. Then I kept track of the moisture readings every week in a book by the door, and the spoilt share fell to under 1% the next season. I learned to measure the store before I blame the weather, and I did the same with our bean store this year.", { content, principle: 'insist-on-the-highest-standards' }).criteria.tradeoffs;
    expect(tradeoffs.verdict).toContain('1 watch without a threshold ("track of the moisture readings every week")');
    expect(tradeoffs.score).toBeGreaterThanOrEqual(1);
  });
});
