import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import type { PrincipleId } from '../../src/core/principles.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v4: a principle's behaviour phrase inside a clause that says it did not happen ("we never asked the
 * customers", "I didn't check every crate") is not evidence for the principle. A negation of another verb, a phrase
 * that carries its own negation, "not only" and double negatives leave the evidence standing.
 */

const content = loadContent();
const feedbackOf = (answer: string, id: PrincipleId) => scoreAnswer(answer, { principle: id, content });

describe('a behaviour phrase in a negated clause does not count for its principle', () => {
  // [principle, answer, highest alignment score, whether the principle may still be among those detected]
  it.each<[PrincipleId, string, number, boolean]>([
    [
      'dive-deep',
      "I run dispatch for a parcel depot. On Monday forty orders failed at the label printer an hour before the collection. I didn't have time to look into why the orders failed, so I rerouted them through the spare printer and shipped them by noon. Every parcel made the van and the customers got them the next morning.",
      1,
      false,
    ],
    [
      'customer-obsession',
      'I manage the menu at a busy city cafe. Sales of our lunch boxes dropped by a third over the spring. We never asked the customers what had changed for them; I cut the price by a pound and added a second salad option. Sales came back a little by the summer and the owner was pleased with the margin.',
      2,
      true,
    ],
    [
      'insist-on-the-highest-standards',
      "I supervise packing at a fruit wholesaler. A big supermarket order had to leave by five in the morning. I didn't check every crate before the lorry left, I signed the sheet from the count and sent the order on time. Two pallets came back bruised the next day and we credited the customer.",
      2,
      true,
    ],
    [
      'insist-on-the-highest-standards',
      'I edit a weekly trade magazine. An issue was running late for the printer on a Friday night. We sent the pages without a second check of the figures and the tables went out as they were. One reader wrote in about a wrong total and we printed a correction the following week.',
      // A weak fit at most: the learned reading (blend 0.6 since rubric v17) still reads a magazine's figures and its
      // correction as the subject of standards, though not as the behaviour.
      1,
      false,
    ],
    [
      'earn-trust',
      "I manage accounts at a small design agency. We missed the launch date for a client's brochure because our printer had a breakdown. I never told the client about the delay until the day itself, and we agreed a discount on the next job. They stayed with us for another year.",
      1,
      false,
    ],
    [
      'hire-and-develop-the-best',
      'I lead a team of six at a call centre. A new starter was struggling with angry callers in her first month. I never gave her feedback on the calls and left her to pick it up from the others. She stayed on the team and her call times came down over the quarter.',
      3,
      true,
    ],
  ])('%s %#', (id, answer, highest, mayBeDetected) => {
    const feedback = feedbackOf(answer, id);
    expect(feedback.criteria.alignment.score, answer).toBeLessThanOrEqual(highest);
    if (!mayBeDetected) expect(feedback.principle.detected, answer).not.toContain(id);
  });
});

describe('near misses: the behaviour still happened, so the phrase still counts', () => {
  // [principle, answer, lowest alignment score]
  it.each<[PrincipleId, string, number]>([
    // A negation of a different verb: the search went on until the cause was found. It fits well; the hour before the
    // collection reads as much as Bias for Action.
    [
      'dive-deep',
      "I run dispatch for a parcel depot. On Monday forty orders failed at the label printer an hour before the collection. I didn't stop until I found the root cause: a template update had shifted the barcode by two millimetres. I fixed the template and every parcel made the van that afternoon.",
      3,
    ],
    // The phrase carries its own negation, and "nothing ... without" is a double negative.
    [
      'insist-on-the-highest-standards',
      'I supervise packing at a fruit wholesaler. A big supermarket order had to leave by five in the morning. Nothing went out without a second check: I checked every crate myself and sent back two pallets of bruised pears. The order left on time and the supermarket raised no complaint.',
      4,
    ],
    // "never ... without" is always. It fits well; the rush order for a festival reads as much as Deliver Results.
    [
      'insist-on-the-highest-standards',
      'I supervise a bottling line at a cider maker. A rush order for a festival came in on a Thursday. We never shipped a batch without checking every seal, so I kept the second shift back an hour to test the last pallets. Not one bottle leaked at the festival and they ordered again.',
      3,
    ],
    // "didn't just": the logs were pulled, and more.
    [
      'dive-deep',
      "I look after the booking website for a chain of dental practices. One week the reminder texts stopped going out and patients missed appointments. I didn't just restart the service; I pulled the logs and traced the failed messages to an expired certificate at the provider. I renewed it and missed appointments fell back to normal.",
      4,
    ],
    // "not only", and "not a single complaint" still speaks of the customers' complaints.
    [
      'customer-obsession',
      'I manage the menu at a busy city cafe. Sales of our lunch boxes dropped by a third over the spring. Not only did I ask the customers what had changed, I sat with the regulars at lunch for a week; they wanted smaller portions at a lower price. We changed the boxes and sales came back within a month, with not a single complaint.',
      4,
    ],
    // "didn't hesitate to" asserts what follows.
    [
      'earn-trust',
      "I manage accounts at a small design agency. We missed the launch date for a client's brochure because our printer had a breakdown. I didn't hesitate to tell the client the truth on the same morning, and offered to pay for a rush reprint elsewhere. They stayed with us for another year.",
      3,
    ],
    // "not my job" is the sign itself, and "never let a ticket sit" is a promise kept.
    [
      'ownership',
      'I work the support queue at a software firm. Tickets about billing kept falling between our team and finance. It was not my job, but I took it on, and I never let a billing ticket sit for more than a day. Within a month the backlog was gone and the handover note I wrote is still used.',
      4,
    ],
    // The negation is over before the phrase: a new clause pushes back.
    [
      'have-backbone-disagree-and-commit',
      "I am a junior planner at a construction firm. My manager wanted to pour the slab on Monday although the forecast showed frost. I didn't keep quiet: I pushed back in the meeting with the frost data and asked for Wednesday. He still chose Monday, I committed to it and we laid insulation blankets overnight, and the slab held.",
      4,
    ],
  ])('%s %#', (id, answer, lowest) => {
    const feedback = feedbackOf(answer, id);
    expect(feedback.criteria.alignment.score, answer).toBeGreaterThanOrEqual(lowest);
    expect(feedback.principle.detected, answer).toContain(id);
  });
});
