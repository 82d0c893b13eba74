import { describe, it, expect } from 'vitest';
import { gatesAfterBakerySteps, ownStepsOf } from './rubric-helpers.js';

/**
 * Rubric v185, from the development misses of fresh276 to fresh289: more of what the speaker only took in or passed
 * on, and more endings before the outcome.
 */

describe('own steps', () => {
  it('reads taking things in, and passing on what someone else said, as no steps', () => {
    expect(ownStepsOf('I was at the desk that day, so I heard everything.')).toEqual([]);
    expect(ownStepsOf('I was copied in on the emails, so I saw everything as it went.')).toEqual([]);
    expect(ownStepsOf('The assistant printed the new signs and I saw them go up at reception.')).toEqual([]);
    expect(ownStepsOf('I was copied in on the emails, and I read the guide when it came out.')).toEqual([]);
    expect(ownStepsOf('I told them what Hagop told me to say, that new ones are coming.')).toEqual([]);
    expect(ownStepsOf('I passed on what the manager said.')).toEqual([]);
    expect(ownStepsOf('In the end the pistachios sold well, and I did not hear any complaint from customers.')).toEqual([]);
  });

  it('still reads the speaker explaining, finding and acting as theirs', () => {
    expect(ownStepsOf('I told him what the policy said and that the earlier message had been wrong.')).toContain('told');
    expect(ownStepsOf('I told them what I had found in the logs.')).toContain('told');
    expect(ownStepsOf('I checked everything.')).toEqual(['checked']);
    expect(ownStepsOf('I did not see the need for it, so I cancelled the order.')).toEqual(['cancelled']);
  });
});

describe('endings', () => {
  it('reads a story that ends before its outcome as waiting for it', () => {
    expect(gatesAfterBakerySteps('I expect numbers at the end of June.')).toContain('no-result');
    expect(gatesAfterBakerySteps('I also leave the bakery in December, so someone else will see how it holds.')).toContain('no-result');
    expect(gatesAfterBakerySteps('Nothing measured so far.')).toContain('no-result');
    expect(gatesAfterBakerySteps('We will not know until the end of the season how many cafés get their bread on time.')).toContain('no-result');
    expect(gatesAfterBakerySteps('The IT company is now connecting the list to the main system, and the full trial will start in March.')).toContain('no-result');
    expect(gatesAfterBakerySteps("Then my rotation ended. Don't know if all 40 were ready for October.")).toContain('no-result');
  });

  it('keeps an outcome told before what is expected next', () => {
    expect(gatesAfterBakerySteps('Late deliveries fell from 9% to 1% by May, and the full rollout to the second bakery will start in March.')).not.toContain('no-result');
    expect(gatesAfterBakerySteps('Late deliveries fell from 9% to 1% by May. We expect the new line to save another 10%.')).not.toContain('no-result');
  });
});
