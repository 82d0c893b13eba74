import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/** Rubric v83: "it meant another 60 km for them" is a cost accepted; "another 60 customers" is no cost. */
const content = loadContent();

const clinic = (consequence: string) =>
  'I run the vaccination clinic of a district hospital in Tartu. In 2023 our waiting list for travel vaccines reached 11 weeks. ' +
  `I closed the Saturday clinic in our branch office and moved its two nurses to the main site, ${consequence} ` +
  'The waiting list fell from 11 weeks to 3 by the summer. I learned to ask who bears a change before I make it.';

const tradeoffs = (consequence: string) => scoreAnswer(clinic(consequence), { content, principle: 'deliver-results' }).criteria.tradeoffs;

describe('more distance or time for someone', () => {
  it.each(['which meant another 60 km of driving for the villagers.', 'which meant an extra two hours on the bus for the villagers.'])(
    'is a cost accepted: %s',
    (consequence) => {
      expect(tradeoffs(consequence).verdict).toMatch(/cost accepted \("[^"]*meant (another|an extra)/);
    },
  );

  it('is not when what came was more of a gain: "another 60 patients a week"', () => {
    expect(tradeoffs('which meant another 60 patients a week.').verdict).not.toMatch(/cost accepted \("[^"]*another 60/);
  });
});
