import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v52: a story of 60-69 words is too short to be read as a whole by the learned readings; "I was against it,
 * because..." refuses a course with its reason; stepping in off shift fits Ownership and a lost grant met by a lower
 * unit cost fits Frugality; a generic lesson "applied in every job" is applied nowhere in particular.
 */
const content = loadContent();
const score = (answer: string, principle: string) => scoreAnswer(answer, { content, principle });

describe('a 65-word story', () => {
  it('keeps the measured score its readings found: no lift from reading it as a whole', () => {
    const metrics = score("I drive the night grader on the mine haul road near Kalgoorlie. One shift in March the berm on the ramp down to the pit looked undercut to me after rain. I didn't wait for the supervisor's call, I closed the ramp with cones and sent the trucks around the longer western road instead. Two days later that section of berm slumped into the pit.", 'bias-for-action').criteria.metrics;
    expect(metrics.score).toBe(2);
    expect(metrics.verdict).not.toContain('Read as a whole');
  });
});

describe('a course refused in so many words', () => {
  it('reads "I was against it, because..." as an option set aside with its reason', () => {
    const tradeoffs = score("I run the dye house at a small wool mill in Otago. In 2023 about 8% of our skeins came out patchy in winter. I logged the water temperature of every batch for six weeks and found the patchy ones all started below 30 degrees. At the Monday meeting the talk turned to a new boiler. I was against it, because the old one reached temperature fine once it was warmed. I moved the first dye batch from 6 am to 8 am. Patchy skeins dropped from 8% to 1.5% the next winter. I learned to measure the process before buying the machine, and I did the same with our carding line this year.", 'dive-deep').criteria.tradeoffs;
    expect(tradeoffs.score).toBe(3);
    expect(tradeoffs.verdict).toContain('"I was against it"');
    expect(tradeoffs.verdict).toContain('1 reason');
  });
});

describe('principle fit', () => {
  it('reads "It was not my shift... I stayed behind" as Ownership, not as much as anything else', () => {
    const feedback = score("I keep the sound desk at a community theatre in Wellington. In June a stage monitor failed during the dress rehearsal. It was not my shift, the hired technician was on. I stayed behind, found a broken speaker cable, soldered a new plug on, and opening night ran without a fault. Afterwards I put a cable test on the pre-show checklist. No monitor failures in the eight shows since.", 'ownership');
    expect(feedback.criteria.alignment.score).toBe(4);
    expect(feedback.principle.detected[0]).toBe('ownership');
  });

  it('reads a lost grant met by a lower cost per meal as Frugality first', () => {
    const feedback = score("I coordinate a school meals programme for a charity in Lusaka. In 2023 the programme lost half its grant when a donor pulled out, and we still had 1,800 children to feed every school day. Cooking gas was our biggest cost after maize, so I moved the three kitchens from gas to fuel-efficient wood stoves that a local welder built, and I changed our maize buying from weekly to one bulk purchase after harvest. The cost per meal went from 4.10 kwacha to 2.60, and we kept every child on the list for the whole year.", 'frugality');
    expect(feedback.criteria.alignment.score).toBe(4);
    expect(feedback.principle.detected[0]).toBe('frugality');
  });
});

describe('a generic lesson', () => {
  it('stays generic when it is "applied in every job I do now"', () => {
    const learning = score("I work as a sales assistant in a furniture shop in Leeds. Last year we had a customer who was unhappy because her sofa arrived late and she was quite upset about it. I listened to her and tried to understand her problem, and then I talked to the team and the manager to see what we could do. We worked together and we found a solution, and in the end the customer was happy and she came back to the shop later. It was a good experience for me and for the team. What I learned from this is that communication is very important and that you should always listen to the customer. I try to apply this in every job I do now.", 'customer-obsession').criteria.learning;
    expect(learning.score).toBe(1);
    expect(learning.verdict).not.toContain('you say you applied it');
  });
});
