import { describe, it, expect } from 'vitest';
import { gatesAfterBakerySteps, ownStepsOf } from './rubric-helpers.js';

/**
 * Rubric v187, from the development misses of fresh292 to fresh295: more of the usual work and of looking on, and
 * more endings before the outcome.
 */

describe('own steps', () => {
  it('reads the usual work, being sent and taking things in as no steps', () => {
    expect(ownStepsOf('I was in copy on all emails and I prepared the folder with the complaints for the meeting, like I do for every case.')).toEqual([]);
    expect(ownStepsOf('I used the checklist card too when I did handovers, like everybody did.')).toEqual([]);
    expect(ownStepsOf('In the afternoon I took trolleys up wherever the supervisors sent me.')).toEqual([]);
    expect(ownStepsOf('I was at the other end of the yard that day, so I mostly saw it from there and heard the rest later.')).toEqual([]);
    expect(ownStepsOf('So what I took from watching all that is that trust comes back when people can see what you do.')).toEqual([]);
  });

  it('still reads the speaker acting as theirs', () => {
    expect(ownStepsOf('I prepared a new folder for the meeting, and I rewrote the complaint form.')).toContain('rewrote');
    expect(ownStepsOf('I took the trolleys up to the third floor and sorted the linen myself.')).toContain('sorted');
    expect(ownStepsOf('I heard the rest of the complaints myself and refunded two of them.')).toContain('refunded');
  });
});

describe('endings', () => {
  it('reads a story that ends before its outcome as waiting for it', () => {
    expect(gatesAfterBakerySteps('I left the bakery in May for a different job, so I never saw the first full year of numbers.')).toContain('no-result');
    expect(gatesAfterBakerySteps('We started on 1 March and it is running, but the sheets are still coming in, so I cannot tell you the result.')).toContain('no-result');
    expect(gatesAfterBakerySteps('My colleague took it over, and the first full year of delivery data will only be available after the next budget review.')).toContain('no-result');
  });

  it('keeps an outcome told before', () => {
    expect(gatesAfterBakerySteps('Late deliveries fell from 9% to 1% by May. The full year of data will be available in January.')).not.toContain('no-result');
  });
});
