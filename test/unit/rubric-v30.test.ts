import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v30: when the Result told only looks ahead, the structure verdict says so and quotes it, and the tip asks for
 * what has changed so far, instead of asking for a Result as if none had been told.
 */
const content = loadContent();
const story = (ending: string) =>
  'I manage the kitchen of a school canteen in Graz, 600 lunches a day. Plate waste was about 40 kilos a day in 2023. ' +
  'I weighed the bins by dish for three weeks, cut the portion of the two dishes most left over, and let children ask for seconds instead. ' +
  ending;

describe('a Result that only looks ahead', () => {
  it('is named as such and quoted, and the tip asks for what has changed so far', () => {
    const structure = scoreAnswer(story('The new portions start in March, and we will only know at the end of term whether the waste comes down.'), { content }).criteria.structure;
    expect(structure.verdict).toMatch(/missing [^.;]*Result[^.;]* \(the Result told only says what is still to come\)/);
    expect(structure.evidence.join(' ')).toContain('we will only know at the end of term');
    expect(structure.tip).toContain('keep this story until the outcome is in');
  });

  it('keeps the plain ask for a Result when none was told', () => {
    const structure = scoreAnswer(story('I also put up a poster about food waste in the hall.'), { content }).criteria.structure;
    expect(structure.verdict).not.toContain('still to come');
    expect(structure.tip).toBe('End with the Result: what changed, measured against where it started.');
  });
});
