import { describe, it, expect } from 'vitest';
import { awaitsOutcomeOf, BAKERY_STEPS, ownStepsOf } from './rubric-helpers.js';

/**
 * Rubric v175: stories that stop before their outcome ("so right now we dont know if it gets approved", "so I do not
 * know yet how it came out", "I moved to another country office in February, before any decision was made", "My
 * colleague took over the project from me", "so I can't give you a figure yet", "the first full report is due at the
 * end of the month" after a pilot "on 20% of traffic"), and stories told from the side ("I was helping to count the
 * sheets", "I saw the measurements", "what I know I saw on the WhatsApp group and heard from my supervisor", "forwarded
 * it to the other runners", "I passed on what I'd heard", "as I always do", "the same way as before").
 */

describe('stories that end before their outcome', () => {
  it('reads not knowing whether it gets approved, or how it came out, as no outcome yet', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The racks are on order, so right now we dont know if it gets approved or how much time it saves.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} I moved to another bakery in March, so I do not know yet how it came out.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late deliveries went from 9% to 2%, and I don't know if it was luck.`)).toBe(false);
  });

  it('reads the speaker leaving before the decision, and the work handed on, as no outcome', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The plan is with the owners. I moved to another town in February, before any decision was made.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Then I left for a new job, so I don't know how the delivery numbers came after that. My colleague took over the project from me.`)).toBe(true);
  });

  it('reads a figure not given yet, or a report still due, as no outcome yet', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The trial has run for three weeks, so I can't give you a figure yet.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The new list went live on 3 June on 20% of the routes as a pilot. The first full report is due at the end of the month.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The new list went live on 3 June, and late deliveries fell from 9% to 2% of the routes.`)).toBe(false);
  });
});

describe('own steps', () => {
  it('does not count a hand lent, or figures seen, as a step', () => {
    expect(ownStepsOf('I was helping to count the sheets in the warehouse.')).toEqual([]);
    expect(ownStepsOf('I was, like, there for all of it, and I saw the measurements.')).toEqual([]);
    expect(ownStepsOf('I was counting the sheets myself every night.')).toContain('counting');
  });

  it('does not count news read or heard, or passed on, as a step', () => {
    expect(ownStepsOf('Most of what I know I saw on the WhatsApp group and heard from my supervisor the next morning.')).toEqual([]);
    expect(ownStepsOf('I was copied on the final report and forwarded it to the other runners on my shift.')).toEqual([]);
    expect(ownStepsOf('When teachers asked me in the staff room, I passed on what I had heard.')).toEqual([]);
    expect(ownStepsOf('What I saw was a slow, exhausting suck, typical of an oral-motor problem.')).toContain('saw');
  });

  it('does not count the speaker\'s routine, said to be one, as a step', () => {
    expect(ownStepsOf('I filed the corrected grading reports when they were sent to me, as I always do.')).toEqual([]);
    expect(ownStepsOf('After that I just kept logging the orders the same way as before.')).toEqual([]);
    expect(ownStepsOf('I filed a complaint with the supplier the same day.')).toContain('filed');
  });
});
