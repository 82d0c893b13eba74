import { describe, it, expect } from 'vitest';
import { ownStepsOf } from './rubric-helpers.js';

/**
 * Rubric v183, from the development misses of fresh270 to fresh275: the usual work carried on through a short series,
 * and what the speaker saw only as it arrived.
 */

describe('own steps', () => {
  it('reads the usual work carried on, and what was seen as it arrived, as no steps', () => {
    expect(ownStepsOf('I kept weighing the lorries and printing the tickets as usual, and I was copied on the emails.')).toEqual([]);
    expect(ownStepsOf('I mostly kept doing my scheduled sessions in the small room.')).toEqual([]);
    expect(ownStepsOf('I was copied on the emails, and I saw the new rules when they were switched on.')).toEqual([]);
  });

  it('still reads findings and steps as the speaker\'s', () => {
    expect(ownStepsOf('I kept checking the drums and found two with the wrong labels.')).toContain('found');
    expect(ownStepsOf('I saw the gap in the logs when I compared the two weeks, and called the importer.')).toContain('called');
    expect(ownStepsOf('I kept seeing our differences sit at 0.4 to 0.5%, always in the same direction.')).toEqual(['kept']);
  });
});
