import { describe, expect, it } from 'vitest';
import { expectPhraseCounts, fitOf } from './rubric-helpers.js';

/**
 * Rubric v109: a behaviour phrase whose subject is a figure ("Sales came back a little") is not the behaviour of the
 * people it tells of ("the regulars came back"), so it adds nothing to the principle's fit.
 */

const STORY = 'I manage the menu at a busy city cafe. Lunch trade dropped by a third over the spring. I cut the price of the lunch boxes by a pound and added a second salad option. {} by the summer.';

describe('a behaviour phrase told of a figure', () => {
  it('adds nothing to the fit: "Sales came back" reads as "Sales came in"', () => {
    const figure = fitOf(STORY.replace('{}', 'Sales came back a little'), 'customer-obsession')?.similarity;
    const plain = fitOf(STORY.replace('{}', 'Sales came in a little'), 'customer-obsession')?.similarity;
    expect(figure).toBe(plain);
  });

  it('still counts when the people served come back', () => {
    expectPhraseCounts('customer-obsession', STORY, 'Our regulars came back', 'Our regulars stayed away');
  });
});
