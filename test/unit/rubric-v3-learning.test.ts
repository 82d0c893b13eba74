import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v3 (issue 9): a lesson told as an insight ("the insight for me was...", "what I'd keep from it is...") or as a
 * change in the teller ("what I changed afterwards", "it changed how I...") is a lesson like "I learned". Stories
 * written for these tests, in trades other than the suite answers that showed the gap.
 */
const content = loadContent();
const learning = (answer: string) => scoreAnswer(answer, { principle: 'earn-trust', content }).criteria.learning.score;

const STORY =
  'I manage the front desk of a veterinary referral hospital. A client was charged twice for an overnight stay, and she posted an angry review. I checked the ward sheet, called her the same afternoon, refunded the £180 and explained what had gone wrong. She updated her review and has since referred two friends to us. ';

describe('a lesson told as an insight or as a change in the teller', () => {
  it.each([
    ['The insight for me was that a refund only repairs trust if it arrives before the client has to ask twice.'],
    ["What I'd keep from it is that I now check the ward sheet against the bill before every discharge, not after a complaint."],
    ['What I changed afterwards is the discharge checklist: the night nurse now signs off the bill with the ward sheet.'],
    ['It changed how I handle reviews: I call the client before I write any reply.'],
  ])('"%s" scores as a specific lesson', (lesson) => {
    expect(learning(STORY + lesson)).toBeGreaterThanOrEqual(3);
    expect(learning(STORY)).toBe(0);
  });

  it.each([
    ['The insight for me was that a timetable has to be set by the steepest stretch of a route, not the average one.'],
    ["What I'd keep from it is that I ride every new route myself before it goes on the timetable."],
  ])('in a second trade too: "%s"', (lesson) => {
    const bus =
      'I plan routes for a rural bus operator. Drivers on the new hill route kept running ten minutes late, and passengers missed the train connection at the junction. I rode the route at peak time, moved two stops off the steepest stretch and added four minutes to the timetable. Missed connections fell from about one a day to one a week. ';
    expect(learning(bus + lesson)).toBeGreaterThanOrEqual(3);
  });

  it('a plain remark about the outcome is still no lesson', () => {
    expect(learning(`${STORY}The client was pleased in the end.`)).toBe(0);
  });
});
