import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v44: "had a look at the controller" inspects, it weighs no option; "I didn't love it, but it was her call"
 * gives up the speaker's own preference; "we got three or four new codes a month" is what came in, not a step; "The
 * thing I'd tell another supervisor:" and "I've kept the habit:" open the lesson.
 */
const content = loadContent();

describe('trade-offs', () => {
  it('does not read "had a look at the pump" as an option weighed', () => {
    const feedback = scoreAnswer(
      'I look after the irrigation on a vineyard near Mendoza. One hot Sunday in January the drip line to block 4 stopped. ' +
        'I had a look at the pump, but the filter was clean, so I opened the valve box and found a cracked solenoid. I fitted the spare from the truck and the block was watered by noon.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).not.toMatch(/look at the pump/);
  });

  it('reads committing to a call the speaker disagreed with as a price accepted', () => {
    const feedback = scoreAnswer(
      'I am a junior planner at a council in Leeds. In 2023 my manager decided to close the paper planning counter two days a week. ' +
        'I argued for keeping it, because older applicants could not use the portal. Honestly, I didn\'t love it, but it was her call. ' +
        'So I set up a phone slot on those two days and walked twenty applicants through the portal myself. Complaints fell from 15 a month to 4.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/cost accepted \("I didn't love it, but it was her call"\)/);
  });

  it('reads "I didn\'t like it, but I went along with..." the same way', () => {
    const feedback = scoreAnswer(
      'I run the night shift at a bakery in Lyon. In 2022 the owner moved the croissant bake two hours earlier. I didn\'t like it, but I went along with his decision and rebuilt the rota so nobody worked more than eight hours.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/cost accepted \("I didn't like it, but I went along with/);
  });
});

describe('ownership', () => {
  it('does not count "we got three or four new codes a month" as a shared step', () => {
    const feedback = scoreAnswer(
      'I work in hospital IT in Aarhus. Every new lab code took six weeks, because each lab had its own interface to the GP system. ' +
        'And we got maybe three or four new codes a month. I wrote a proposal for one shared mapping table, and I chose to build it in our existing engine. ' +
        'Now a new code goes live in two days.',
      { content },
    );
    expect(feedback.criteria.ownership.verdict).toMatch(/0 shared "we" statements/);
  });
});

describe('lessons', () => {
  it('opens the lesson at "The thing I\'d tell another supervisor:"', () => {
    const feedback = scoreAnswer(
      'I supervise the night shift at a poison information centre. In 2023 I saw that sick days came the night after a long emergency call. ' +
        'I decided to take the next call myself after every such call, so the responder got ten minutes off, and sick days fell from 30 to 12 in a quarter. ' +
        'The thing I\'d tell another supervisor: if you want people to take recovery time, cover it yourself so nobody feels guilty using it.',
      { content },
    );
    expect(feedback.criteria.learning.score).toBeGreaterThanOrEqual(3);
  });

  it('opens the lesson at "I\'ve kept the habit:"', () => {
    const feedback = scoreAnswer(
      'I analyse bookings for a ferry company in Split. Last year I saw that cancellations jumped for one route in September, and I rang ten customers who had cancelled: ' +
        'the school year had started and families could not travel on weekdays. I moved two sailings to Saturdays and cancellations fell from 14% to 6%. ' +
        "I've kept the habit: when a curve has a bump, I find out what is going on in the customers' lives at that moment.",
      { content },
    );
    expect(feedback.criteria.learning.score).toBeGreaterThanOrEqual(3);
  });
});
