import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v35: more ways of saying the outcome is not in yet: "the lab results are expected at the end of next month",
 * "the work is booked for next month", "we'll have to see once it's running", "I can't say yet whether...", and a last
 * line about what is done in the meantime ("Until then we log every alarm") after the line that waits.
 */
const content = loadContent();

describe('a story that ends waiting for its outcome', () => {
  const story = (ending: string) =>
    'I am the facilities coordinator for a county records office. In 2024 the archive room alarm went off about twice a week because the humidity rose every afternoon, and each time two of us had to move boxes. ' +
    'I logged the readings for a month, matched them with the ventilation timer, and proposed louvres on the west wall; I costed them at 6,000 pounds against the overtime we were paying. ' +
    ending;

  it('holds "is booked for next month. Until then we log every alarm" at no Result', () => {
    const feedback = scoreAnswer(story('Facilities accepted the proposal and the louvre work is booked for next month. Until then we are still logging every alarm against the timer.'), { content });
    expect(feedback.gate?.id).toBe('no-result');
  });

  it('holds "the results are expected at the end of next month" and "we\'ll have to see" at no Result', () => {
    expect(scoreAnswer(story('The humidity survey results are expected at the end of next month.'), { content }).gate?.id).toBe('no-result');
    expect(scoreAnswer(story("Facilities approved it, and we'll have to see once the louvres are in."), { content }).gate?.id).toBe('no-result');
  });

  it('keeps a story with its outcome told, and "you have to see" in a lesson is no waiting', () => {
    const told = scoreAnswer(
      story('The louvres went in in May, and the alarms went from about eight a month to one. The lesson: as a coordinator you have to see the pattern before you buy the fix.'),
      { content },
    );
    expect(told.gate?.id).not.toBe('no-result');
  });
});
