import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v167: terms announced with a colon ("The deal: if ..., we'd ...") are a way back; a check still owed by
 * others is no safeguard; a task timed again in the Result ("running a till alone in about five weeks") is the new
 * value of its baseline; what a thing or other people have done since is no lesson applied; the line that goes on
 * with a lesson is no hypothetical; "I think things are better now" reports the result.
 */

const content = loadContent();
const score = (answer: string, principle = 'deliver-results') => scoreAnswer(answer, { content, principle });

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads terms announced with a colon as a way back', () => {
    expectKind('guardrails', ["I asked the owner to let me count every delivery myself. The deal: if the shortages had not dropped by June, we'd go back to the old supplier."]);
    expectNoKind('guardrails', ['I asked the owner to let me count every delivery myself. The deal: we got a discount on the next order.']);
  });

  it('does not read checks still owed by others as a safeguard', () => {
    expectNoKind('guardrails', ['I built a tracker of every outstanding check and who was chasing it.']);
    expectKind('guardrails', ['I put a daily check of the delivery notes in place before anything went on the shelves.']);
  });
});

describe('metrics', () => {
  const story = (result: string) =>
    'I lead a team of 14 on the checkout floor of a garden centre in Tartu. In 2022 I lost five people, and the new ones took around 10 weeks before they could work a till alone, so my experienced staff spent their days covering. I wrote a one-page till guide with photos, paired every new starter with one experienced colleague for their first two weeks, and gave that colleague an hour a day off the floor for it. That cost me a person on the floor every afternoon. ' +
    result +
    ' I learned to ask the people on the floor what a new starter needs, so I do that now before every hire.';

  it('reads the task timed again in the Result as the change from its baseline', () => {
    expect(score(story('By the end of 2023 new hires were running a till alone in about five weeks.')).criteria.metrics.verdict).toContain('a change is stated');
  });

  it('does not link a time spent on another task', () => {
    expect(score(story('By the end of 2023 I had written a second guide for the garden tools in about five weeks.')).criteria.metrics.verdict).not.toContain('a change is stated');
  });
});

describe('lessons', () => {
  const bakery = (ending: string) =>
    `I run the night shift at a bakery in Tampere that supplies 40 cafés. Last March about 9% of our morning deliveries left late. I timed every station for a week, bought 12 extra racks and rewrote the loading list. By May late deliveries were down to 2%. ${ending}`;

  it('does not read what a thing has done since as the lesson applied', () => {
    const feedback = score(bakery('The new ovens were installed and they have been running since then without a fault as far as I know. It was a good experience for the whole team.'));
    expect(feedback.criteria.learning.verdict).not.toContain('applied');
  });

  it('does not read what others do nowadays as the lesson applied', () => {
    const feedback = score(bakery('In the end we started loading by route, which is something many bakeries do nowadays. I think in this job you always have to keep looking for ways to make things easier.'));
    expect(feedback.criteria.learning.verdict).not.toContain('applied');
    expect(feedback.criteria.learning.score).toBeLessThanOrEqual(1);
  });
});

describe('gates and sections', () => {
  it('does not hold a story as hypothetical for the line that goes on with its lesson', () => {
    const story =
      "So I teach welding at a trade school in Kingston, about six years now. Each class is, um, twelve students for nine months. Before, nobody checked the practice welds properly, and in my first year only 5 of the 12 passed the final test. So I made my own standard, stricter than the examiners'. Every weld gets checked by me against a ten-point sheet, and if it's not eight out of ten, the student grinds it out and does it again. The students grumbled at first. And the next class, 11 of 12 passed. What I learned, um, is that if you accept a sloppy weld in here, they'll give a sloppy weld out there, so I don't pass anything I wouldn't sign off on myself.";
    expect(score(story, 'insist-on-the-highest-standards').gates).not.toContain('hypothetical');
  });

  it('reads "I think things are better now" after the steps as the result', () => {
    const story =
      'I run the night shift on a prison wing. The night checks were not always done. So I had a look at the records and I had a word with the officers. We talked about it and there were some changes to how we do the checks. And I think things are better now, like, the standard is higher.';
    expect(sectionOfLine(story, 'things are better now')).toBe('result');
  });
});
