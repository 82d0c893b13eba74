import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/** Rubric v85: "about 900 euros out of my own budget" is a cost the speaker accepted. */
const content = loadContent();

const library = (funding: string) =>
  'I run a branch library in Tampere. In 2023 our Saturday homework club had a waiting list of 40 children, because we had only two volunteers. ' +
  `I hired two student tutors for the spring term, ${funding} ` +
  'The waiting list fell from 40 to 6, and the city funded the tutors from the autumn. I learned to pay for a trial before asking for a budget.';

const tradeoffs = (funding: string) => scoreAnswer(library(funding), { content, principle: 'frugality' }).criteria.tradeoffs;

describe('a sum from the speaker\'s own funds', () => {
  it.each(['about 900 euros out of my own budget for events.', 'about 900 euros out of my events budget.'])('is a cost accepted: %s', (funding) => {
    expect(tradeoffs(funding).verdict).toMatch(/cost accepted \("[^"]*900 euros out of my/);
  });

  it('is not a cost when the money came from someone else', () => {
    expect(tradeoffs('about 900 euros, paid by the city.').verdict).not.toMatch(/cost accepted/);
  });
});
