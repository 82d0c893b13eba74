import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v63: "I'm going to count them again in December" looks ahead as "I'll count" does; "Whether it has fixed it,
 * I'll find out at the next cold spell" closes the story even after a "since then"; a plane "on standby for forest
 * fires" is the scene, not a reserve anyone kept.
 */
const content = loadContent();

const gym = "I own a 24-hour gym in Sharjah with 900 members. In June 2024 the door log showed 41 people tailgating in three weeks, almost all between 11 pm and 1 am, and two members told me they felt unsafe at night. I priced two fixes: a speed gate at AED 38,000 with six weeks to install, or a night guard at AED 7,500 a month. I didn't want to spend the gate money before I knew a guard would work, so I hired a guard from 11 pm to 3 am on a three-month contract and added a 20-second alarm on the main door. I also messaged every night member myself and gave them my number.";

describe('a story that ends before its outcome', () => {
  it('has no result when it ends on "I\'m going to count them again in December and then decide whether..."', () => {
    const feedback = scoreAnswer(`${gym} The guard started on 1 September. I'm going to count the tailgates again in December with the same method and then decide whether the gate is worth it.`, { content, principle: 'customer-obsession' });
    expect(feedback.gate?.id).toBe('no-result');
  });
  it('has no result when "Whether it worked, I\'ll find out..." follows "since then"', () => {
    const feedback = scoreAnswer(`${gym} As a result, the two members who had complained came back to night training. The guard started ten days ago, and since then we've had only quiet nights. Whether it has fixed it, I'll find out when the students come back in October.`, { content, principle: 'customer-obsession' });
    expect(feedback.gate?.id).toBe('no-result');
  });
});

describe('something on standby', () => {
  it('is no guardrail when it is only the scene: "the aircraft was on standby for forest fires"', () => {
    const tradeoffs = scoreAnswer('I plan repairs at a rotor blade workshop in Kaunas. In July 2023 an operator sent us two blades with erosion damage. Our standard turnaround was 21 working days, and the operator had only one spare set; the aircraft was on standby for forest fires. I split the work so that the erosion strip was replaced first and the paint was done last. The blades went back in 9 working days. I learned to ask what the aircraft is for before I quote a turnaround.', { content, principle: 'customer-obsession' }).criteria.tradeoffs;
    expect(tradeoffs.evidence.join(' ')).not.toContain('standby');
    expect(tradeoffs.verdict).not.toContain('on standby');
  });
});
