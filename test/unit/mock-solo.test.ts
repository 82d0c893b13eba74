import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { LEVEL_RATING, nextSoloQuestion, soloScorecard } from '../../src/core/mock/solo.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

const content = loadContent();
const strong =
  'Situation: in March our checkout API timed out for 4% of requests on weekday mornings. Task: I was on call and owned finding the cause. ' +
  'Action: I pulled the slowest traces instead of averages and found a 9am batch job locking the coupon table. I could have raised the timeout ' +
  'from 2s to 5s, but that only moves the wait onto customers, so I changed the rebuild to a shadow table with an atomic swap, ran it in one ' +
  'region for two days first and kept a flag to switch back. Result: timeouts fell from 4% to 0.2%, p99 from 3.1s to 420ms, and support ' +
  'tickets from 60 a week to 15. Learning: averages hid it; I now start every latency investigation from the slowest traces and added that to our runbook.';

describe('the written bar-raiser mock', () => {
  it('rates on the four-point scale by the rubric level, at the bar being Inclined', () => {
    expect(LEVEL_RATING).toEqual({
      'Raises the bar': 'strongly-inclined',
      'Meets the bar': 'inclined',
      'Almost there': 'not-inclined',
      'Not yet': 'strongly-not-inclined',
    });
  });

  it('a strong story is rated Inclined or better, with its strong criteria and no missing ones', () => {
    const card = soloScorecard(scoreAnswer(strong, { principle: 'dive-deep', content }));
    expect(['strongly-inclined', 'inclined']).toContain(card.rating);
    expect(card.strong).toEqual(expect.arrayContaining(['metrics', 'tradeoffs']));
    expect(card.missing).toEqual([]);
  });

  it('a vague story is rated below, and the reason names what holds it back', () => {
    const feedback = scoreAnswer('We had a problem with the system and we worked together to fix it. It went well and everyone was happy with the result in the end, so we moved on to the next thing.', {
      principle: 'dive-deep',
      content,
    });
    const card = soloScorecard(feedback);
    expect(['not-inclined', 'strongly-not-inclined']).toContain(card.rating);
    expect(card.missing.length).toBeGreaterThan(0);
    expect(card.reason.length).toBeGreaterThan(10);
  });

  it('asks the rubric\'s most needed follow-ups in order, never one twice', () => {
    const feedback = scoreAnswer(strong, { principle: 'dive-deep', content });
    const first = nextSoloQuestion(feedback, []);
    expect(first).toBe(feedback.followUps[0]);
    expect(nextSoloQuestion(feedback, [first as string])).toBe(feedback.followUps[1]);
  });
});
