import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v25: a course someone suggested, answered "I did not agree yet, because..." in the next sentence; "That pushed
 * our next round back two weeks" with what was found told between it and the step; and a sentence whose first clause is
 * as long as a sentence is no list of practices, however many commas follow. A step tried "for one engine first" limits
 * the damage; "so my commission dropped" is the speaker's own price. "I don't know yet what the rate was" is no habit and
 * no lesson; the speaker's own habit with when it applies is a rule even after a saying told to "you". Each story is
 * told in a trade of its own.
 */
const content = loadContent();
const tradeoffsOf = (answer: string) => scoreAnswer(answer, { content }).criteria.tradeoffs;
/** The trade-off verdict's own count of a kind: "1 guardrail (...)", "1 cost accepted (...)"; "no guardrail" does not match. */
const FOUND = (kind: string) => new RegExp(`\\d+ ${kind}s? (?:weighed |accepted )?\\(`);

describe('trade-offs', () => {
  it('reads a course someone suggested, answered "I did not agree yet, because...", as an option weighed', () => {
    const answer =
      'I lead the night team at a hotel reception in Krakow, six staff. One receptionist took twice as long as the others over each check-in. ' +
      'My manager suggested moving him to the back office. I did not agree yet, because his guest reviews were the best on the team. ' +
      'I watched two of his shifts and saw he retyped every booking from the agency emails. I set up a copy template for him, and his check-ins went from 9 minutes to 4.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('alternative'));
  });

  it('reads "That pushed our next round back two weeks" as the price of a step told before what it found', () => {
    const answer =
      'I run user research for a bus ticketing app in Nairobi. Matatu conductors kept abandoning our sign-up flow. ' +
      'I rode with two conductors for three full days to see how they sell tickets. Nobody carried a phone in their hand. ' +
      'They kept it in a pocket and used it only at the terminus. ' +
      'That pushed our next test round back two weeks, which our product lead was not happy about, since the release was planned around it. ' +
      'I rewrote the flow so a conductor signs up once at the terminus, and sign-ups finished went from 30% to 71%.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('cost'));
  });

  it('reads a step tried on one of the whole first ("for one engine first") as a guardrail; "one thing first" is none', () => {
    const told = (first: string) =>
      'I inspect delivery vans for a bakery chain in Lyon. Six vans in a month showed brake wear far above normal, and the fleet manager wanted all pads replaced. ' +
      `A full check takes half a day per van, so ${first} The wear was a faulty gauge, and no pads were changed.`;
    expect(tradeoffsOf(told('I asked for one van first.')).verdict).toMatch(FOUND('guardrail'));
    expect(tradeoffsOf(told('I did one thing first.')).verdict).not.toMatch(FOUND('guardrail'));
  });

  it('reads "so my commission dropped that season" as the speaker\'s own price', () => {
    const answer =
      'I sell animal feed to farms around Mbale. Dairy farmers in one parish kept losing milk yield. ' +
      'I sold them a mineral lick with the feed, which has a lower margin, so my commission dropped that season. Yields went back up within two months.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('cost'));
  });
});

describe('lessons', () => {
  const score = (answer: string) => scoreAnswer(answer, { content });

  it('does not read "so I don\'t know yet what the rate was" at the end as a lesson', () => {
    const answer =
      'I lead a call centre team for an airline. The booking system went down at 9am with 200 callers waiting. ' +
      'I recorded a message offering a callback and split the team between callbacks and same-day flights. The system came back at eleven. ' +
      "The client hasn't sent the report yet, so I don't know yet what the abandonment rate was.";
    expect(score(answer).criteria.learning.score).toBe(0);
  });

  it("reads the speaker's own habit, with when it applies, as a specific lesson after a saying told to \"you\"", () => {
    const answer =
      'I train new advisers at an insurance office in Cebu. In 2022 three advisers copied my renewal sheet, and all three repeated my wrong discount. ' +
      'I fixed the sheet, checked every renewal they had sent and called the eight customers affected. ' +
      'What I learned: when people copy you, they copy your mistakes too, so I check my own numbers before I teach.';
    expect(score(answer).criteria.learning.score).toBeGreaterThanOrEqual(3);
  });
});

