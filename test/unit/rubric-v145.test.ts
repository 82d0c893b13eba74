import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { awaitsOutcomeOf, BAKERY_STEPS, STOCK_ROOM_OPENING } from './rubric-helpers.js';

/**
 * Rubric v145: "... before we know whether the harsh shifts are gone" and "so I'll be checking returns through the
 * middle of the year" wait on the outcome; "Habit I kept: ..." as a note's heading names the habit kept, as "The habit
 * I kept" did.
 */

const content = loadContent();

describe('a story that ends before its outcome', () => {
  const steps = `${STOCK_ROOM_OPENING}I pulled the delivery notes for all 70 orders and found the shortages all came from one depot. I wrote a rule that every box from that depot is counted on arrival, and the owner agreed to try it.`;

  it('reads "before we know whether" and a check still to be under way as a wait', () => {
    expect(awaitsOutcomeOf(`${steps} The first deliveries under the new rule came in March. They need a month on the shelves before we know whether the shortages are gone.`)).toBe(true);
    expect(awaitsOutcomeOf(`${steps} The first deliveries under the new rule came in March, so I'll be checking the counts through the summer.`)).toBe(true);
    expect(awaitsOutcomeOf(`${steps} By May the shortages had fallen from 12 a month to 2, before we knew whether the depot would change its packing.`)).toBe(false);
  });
});

describe('lessons', () => {
  it('reads "Habit I kept:" as the habit kept', () => {
    const lesson = scoreAnswer(`${BAKERY_STEPS} Late deliveries fell from 9% to 2% by May.\n- Habit I kept: time the whole line before buying anything, then buy for the slowest station.`, { principle: 'deliver-results', content }).criteria.learning;
    expect(lesson.score).toBeGreaterThanOrEqual(3);
  });
});
