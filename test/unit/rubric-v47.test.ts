import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v47: "I disagreed, told him why in one meeting, and then committed" is a price the speaker accepted (the
 * principle's bare name is not); "now he's one of the people I count on" is how the story turned out, not a habit; and
 * "we agreed on a cap" fixes a limit, as "we agreed a cap" did.
 */
const content = loadContent();

describe('a call the speaker argued against and then carried out', () => {
  it('counts "I disagreed, told him why in one meeting, and then committed" as a price accepted', () => {
    const feedback = scoreAnswer("I run the kitchen of a hotel restaurant in Porto, 14 cooks. In spring 2025 our owner wanted to add a Sunday brunch from May, eight weeks away. I wanted to hire and train two extra cooks first, because my team already worked six days and two of them had asked for fewer hours. The owner decided the May date mattered more for the summer bookings. I disagreed, told him why in one meeting, and then committed. I wrote the brunch menu around dishes we could prepare on Saturday night, moved my own day off to Monday so I could run every Sunday service myself, and hired the two cooks in June. Brunch served 90 covers on the first Sunday and about 140 by July, and nobody on the team worked more than five days. What I learned is to argue once, with my reasons, and then make the decision work.", { content });
    expect(feedback.criteria.tradeoffs.score).toBeGreaterThanOrEqual(3);
    expect(feedback.criteria.tradeoffs.verdict).toContain('1 cost accepted ("I disagreed, told him why in one meeting, and then committed")');
  });

  it('does not count the principle recited as a phrase', () => {
    const feedback = scoreAnswer(
      'I run the stock room of a pharmacy chain. I disagreed and committed, and I delivered results for stakeholders.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).not.toContain('cost accepted');
  });
});

describe('how the speaker stands with a person after the story', () => {
  it('reads "now he\'s one of the people I count on" as the result, not a habit', () => {
    const feedback = scoreAnswer("I'm the shift lead at a parcel depot outside Leeds. Last year we took on a young loader, Callum, who had never driven a forklift. I paired him with me for his first three weeks, showed him how to stack the cages so they don't tip, and let him drive with me beside him on the quiet early shift. There were some bad days and a couple of broken pallets, but he kept coming back with questions. Over time he got much better, and now he's one of the people I count on when a big trailer comes in late. What I learned is that patience in the first weeks pays back for years.", { content });
    expect(feedback.gate?.id).not.toBe('no-result');
    expect(feedback.criteria.structure.verdict).toContain('Result');
    expect(feedback.criteria.structure.verdict).not.toContain('missing Task, Result');
  });
});

describe('a limit agreed with someone', () => {
  it('counts "we agreed on a cap: two short fares in a row, then a long one" as a guardrail', () => {
    const feedback = scoreAnswer("I'm a dispatcher for a taxi company in Tallinn. In 2024 drivers were refusing short airport fares, and customers waited up to 40 minutes at night. I proposed that short fares go first in the queue. After a long talk with the drivers' representative, we agreed on a cap: two short fares in a row for any driver, then a long one. Waiting times at night fell from 40 to 12 minutes in two months, and refusals from about 30 a week to 4. I learned that a limit people agreed to is easier to keep than a rule I set alone.", { content });
    expect(feedback.criteria.tradeoffs.verdict).toContain('1 guardrail ("agreed on a cap")');
    // At the bar; since v58 its thin lesson drawn from the story ("a limit people agreed to...") scores 2, not 1.
    expect(['Meets the bar', 'Raises the bar']).toContain(feedback.level);
  });
});
