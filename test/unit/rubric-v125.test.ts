import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v125: "If the new racks really work, we only know when we count them in April" is the open question, not a
 * plan that hangs on the outcome; "no idea yet what the cafés are seeing" awaits the answer.
 */

describe('a story that ends before its outcome', () => {
  it.each([
    'If the new racks really cut the late vans, we only know when we count them in April after the Easter rush.',
    'So right now I have the stopwatch times and no idea yet what the cafés are seeing.',
  ])('is held at the no-result gate: %s', (ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it('is not held when the outcome is in and the line tells a habit', () => {
    expect(gatesAfterBakerySteps('By April only one van in 60 left after 6 a.m., down from about 9%. If one is late now, we only know when the café rings.')).not.toContain('no-result');
  });
});
