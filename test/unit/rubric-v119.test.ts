import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/** Rubric v119: "the tap stays closed until I'm holding that slip" ends a story before its outcome. */

describe('a story that ends with things kept as they are until the speaker has the outcome', () => {
  it('is held at the no-result gate', () => {
    expect(gatesAfterBakerySteps("The lab takes five days for the counts. The old list stays on the wall until I'm holding the April figures.")).toContain('no-result');
  });

  it('is not held when the outcome is in and the wait is about something else', () => {
    expect(gatesAfterBakerySteps("By April only one van in 60 left after 6 a.m., down from about 9%. The old list stays on the wall until I'm sure the drivers know the new one.")).not.toContain('no-result');
  });
});
