import { describe, expect, it } from 'vitest';
import { fitOf } from './rubric-helpers.js';

/**
 * Rubric v98: Hire and Develop the Best's profile names teaching by handing over real work (the teller teaches a young
 * or new colleague, lets them do the job while checking it, and they qualify, become a deputy or stay), so a mentoring
 * story told mostly through the technical fault it was about still reads as that principle, by the profiles alone.
 */
const MENTORING_THROUGH_A_FAULT =
  'I run the boiler house at a paper mill in Tampere. In 2023 a young operator, Aino, joined us straight from vocational school; she only read gauges on the night round and was thinking of leaving for the city. That summer the number 2 boiler tripped on low feedwater level about twice a week, and each trip cost roughly four hours of steam to the paper machine. I could do the fault tracing myself in three days. ' +
  'Instead I gave it to Aino. I taught her trend analysis of the drum level and feedwater valve logs in one shift, then she traced the trips and I checked every finding before she touched anything. It took two weeks, not three days, and I covered two of her night rounds a week. I kept one rule: any drum level below 40% she calls me before acting. ' +
  'She found a level transmitter drifting 6% low because the last service skipped its calibration. We replaced it, and trips went from eight a month to zero in the next quarter. Aino passed her boiler operator certificate this spring, is deputy on the day shift, and stayed. I learned to give a real fault, not exercises, and I did the same with two new operators this year.';

describe('a mentoring story told through the work handed over', () => {
  it('fits Hire and Develop the Best by the profiles alone, not weakly', () => {
    const fit = fitOf(MENTORING_THROUGH_A_FAULT, 'hire-and-develop-the-best');
    expect(fit?.fit).not.toBe('weak');
    expect(fit?.rank).toBeLessThanOrEqual(2);
  });
});
