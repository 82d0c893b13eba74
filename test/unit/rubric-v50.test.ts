import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v50: the speaker's own title in capitals ("As Head of Change Management, I was responsible...") names no
 * system, person or place, so a template that only has its title and a bare percentage is still "Not yet".
 */
const content = loadContent();

describe("the speaker's title is not a name", () => {
  it('holds a template whose only capitals are the speaker\'s title at "Not yet"', () => {
    const feedback = scoreAnswer("Situation: Our organisation was rolling out a major digital transformation programme and faced pushback from several key stakeholders, who doubted the benefits.\nTask: As Head of Change Management, I was responsible for building buy-in and securing adoption across the business.\nAction: I ran a series of workshops, listened carefully to concerns, communicated openly and followed through on every commitment. I worked with department heads and team leaders, set up a feedback channel and made sure all stakeholders were kept informed at each stage.\nResult: Buy-in was achieved, relationships were strengthened and adoption grew significantly. Complaints were reduced by 45% and the programme stayed on schedule.\nLearning: I learned that buy-in is built through consistency, openness and respect, and that listening is the most powerful tool in change management.", { content, principle: 'earn-trust' });
    expect(feedback.level).toBe('Not yet');
    expect(feedback.gate?.id).toBe('template');
  });

  it('leaves a real story that opens on the title as it was', () => {
    const feedback = scoreAnswer("As Head of Operations at a courier firm in Porto, I owned our van fleet of 60. In March 2024 late deliveries on the Gaia routes rose from 4% to 11% after the bridge works started. I rode two routes with the drivers, timed the queues at the Arr\u00e1bida bridge, and moved the first dispatch from 7:30 to 6:45 for the 14 vans that cross it. Drivers lost a later start, so I gave them Friday afternoons off in rotation. By June late deliveries on those routes were back to 5%, and no driver left. I learned to time a problem on the road before I change a schedule.", { content, principle: 'ownership' });
    expect(feedback.gate?.id ?? 'none').toBe('none');
    expect(feedback.criteria.specificity.score).toBeGreaterThanOrEqual(3);
  });
});
