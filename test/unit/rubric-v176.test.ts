import { describe, it, expect } from 'vitest';
import { awaitsOutcomeOf, BAKERY_STEPS, ownStepsOf } from './rubric-helpers.js';

/**
 * Rubric v176: stories told from the side ("I repeated what Aroha had told us", "I heard it on the radio and came over
 * when it was mostly done", "..., like always" closing the line, "I kept releasing items the way the new system told
 * me to") and one that ends before its outcome ("so I haven't seen whether the digesters are getting closer to
 * capacity").
 */

describe('own steps', () => {
  it('does not count words passed on, or news heard on the radio, as a step', () => {
    expect(ownStepsOf('When people asked I repeated what Aroha had told us.')).toEqual([]);
    expect(ownStepsOf('I was on the other side of the hall, so I heard it on the radio and came over when it was mostly done.')).toEqual([]);
    expect(ownStepsOf('I repeated the test on all twelve valves.')).toContain('repeated');
    expect(ownStepsOf('I came over with the spare pump and fitted it myself.')).toContain('came');
  });

  it('does not count work said to be the usual, or going on as told, as a step', () => {
    expect(ownStepsOf('I was copied in the emails and I updated the schedule in the system after the decisions were made, like always.')).toEqual([]);
    expect(ownStepsOf('My day did not change much: I kept releasing items the way the new system told me to.')).toEqual([]);
    expect(ownStepsOf('I updated the schedule in the system the same evening.')).toContain('updated');
  });
});

describe('stories that end before their outcome', () => {
  it('reads not having seen whether it worked as no outcome yet', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} I moved to a new project in February, so I haven't seen whether the late deliveries have stopped.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late deliveries went from 9% to 2%, and I haven't seen a single complaint since.`)).toBe(false);
  });
});
