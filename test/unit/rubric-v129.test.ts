import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v129: "what the whole thing is worth hangs on their answer", "nobody there has said yes or no" and "nothing
 * tells me whether the regulars will come back" end a story before its outcome; "I said in front of everyone that I'd
 * blamed him for the supplier's fault" owns earlier blame, it lays none.
 */

describe('a story that ends before its outcome', () => {
  it.each([
    'The cafés have the new delivery times since Monday, so what the change is really worth hangs on their answer.',
    'Now the chain has our offer on the table, nobody there has said yes or no, and without them the night shift stays as it is.',
    'The new list only started on Monday, so as of now nothing tells me whether the late vans will really stop.',
  ])('is held at the no-result gate: %s', (ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it.each([
    'By April only one van in 60 left after 6 a.m. In a rush I now load the rye first, because every other route depends on the numbers from that oven.',
    'By April only one van in 60 left after 6 a.m. I never say yes or no to a new café before I have timed the route.',
    'By April only one van in 60 left after 6 a.m. Nothing tells you whether a rack is free except walking over to it.',
  ])('is not held when the outcome is in and the last line is a rule or a habit: %s', (ending) => {
    expect(gatesAfterBakerySteps(ending)).not.toContain('no-result');
  });
});

describe('tone', () => {
  const content = loadContent();
  const story =
    'I supervise the night shift at a cannery in Hua Hin. Three weeks after I started, QA held a lot for seam defects, and I wrote up the seamer operator without looking. It turned out the can ends from a new supplier were out of spec. At the next shift meeting I said in front of everyone that I\'d blamed Somchai for the supplier\'s fault, and I withdrew the write-up. I now check the incoming lot before I write anyone up.';

  it('reads the speaker owning earlier blame as accountability, not blame', () => {
    const tone = scoreAnswer(story, { content, principle: 'earn-trust' }).criteria.tone;
    expect(tone.verdict).not.toMatch(/blaming phrase/);
    expect(tone.score).toBe(4);
  });
});
