import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v73: eight or more stock phrases, stand-ins and buzzwords make a template even when a figure or a real name
 * stands among them; and a measured outcome keeps its place as the Result when the speaker comments on it in a clause
 * of its own ("..., which I see as a good sign").
 */
const content = loadContent();

const hotel = 'While I was guest experience manager for a hotel group in Lisbon, our online ratings had been sliding for a while and a key segment of our business travellers was drifting to competitors. I decided to own the problem end to end. I pulled together feedback from multiple channels, including TripAdvisor reviews, front desk logs and conversations with key clients, and distilled it into data-driven insights. I brought the relevant stakeholders together, from operations to revenue management, aligning everyone around a shared vision of a seamless stay. Working cross-functionally, I led a refresh of the check-in process, new service standards and a guest recovery playbook. The impact was clear: repeat bookings rose by about 20%, complaints fell considerably and our ratings reached their best level in years. It reinforced my belief that listening to guests is the foundation of great hospitality, and it is a principle I apply in everything I do.';

describe('a fluent story made of stock phrases, with a figure and a real name in it', () => {
  it('is a template, "Not yet"', () => {
    const feedback = scoreAnswer(hotel, { content, principle: 'customer-obsession' });
    expect(feedback.gates).toContain('template');
    expect(feedback.level).toBe('Not yet');
  });
  it('is not a template once its steps are told in its own words', () => {
    const told = hotel
      .replace('I brought the relevant stakeholders together, from operations to revenue management, aligning everyone around a shared vision of a seamless stay.', 'I sat down with Rui, our revenue manager, and the two front desk supervisors, and we agreed that no guest should queue more than five minutes at check-in.')
      .replace('It reinforced my belief that listening to guests is the foundation of great hospitality, and it is a principle I apply in everything I do.', 'I learned to read the front desk log before the reviews, and I now do it every Monday.');
    expect(scoreAnswer(told, { content, principle: 'customer-obsession' }).gates).not.toContain('template');
  });
});

const returnsDesk = 'I run the returns desk at an outdoor retailer in Leeds with six staff. Last spring refunds were taking 11 days and our reviews kept mentioning it. I mapped every step of a refund on paper and found each one waited two days for a manager\'s sign-off in the warehouse system. I asked the area manager to let my two senior staff approve refunds under £150, and I set a daily check of every approval so nothing slipped through. The cost was an hour of my week for the checks. After three months refunds took 3 days instead of 11, and complaints about refunds went from 40 a month to 9, which I see as a good sign. My lesson: look for where the work waits, not where it is done, and I now map the waits first on every process I change.';

describe('a measured outcome the speaker comments on', () => {
  it('is still the Result', () => {
    const feedback = scoreAnswer(returnsDesk, { content, principle: 'customer-obsession' });
    expect(feedback.sections.result).toContain('refunds took 3 days instead of 11');
    expect(feedback.gates).not.toContain('no-result');
  });
});
