import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v29: a story whose Result only says when the outcome will be known ("we will only know at year end whether...",
 * with an adverb before the verb) or that ends on the day the new way begins ("our in-house testing starts in March")
 * has no Result yet, labelled or not; a new way that started and was measured still has one.
 */
const content = loadContent();
const story = (result: string) =>
  'Situation: I run the maintenance office of a bus depot in Cork with 60 buses. Every year we paid a contractor about 40,000 euro for brake inspections, and half of the checks repeated our own daily ones.\n' +
  'Task: My manager asked me to cut that contract by a fifth without dropping any check the regulator requires.\n' +
  'Action: I compared the contractor reports with our daily sheets for two years, moved the 18 repeated checks in-house, trained two fitters on them and renegotiated the contract for the rest.\n' +
  `Result: ${result}\n` +
  'Learning: Check what you already do before you pay someone to do it again.';

describe('a Result that is still to come', () => {
  it('reads "we will only know at year end whether..." as no Result yet', () => {
    const result = scoreAnswer(story('The new contract is signed. We will only know at year end whether the brake faults stay as low as before.'), { content });
    expect(result.gate?.id).toBe('no-result');
    expect(result.criteria.structure.verdict).toMatch(/missing[^.]*Result/);
  });

  it('reads a story that ends as the new way begins ("our in-house testing starts in March") as no Result yet', () => {
    const result = scoreAnswer(story('The board approved it, and our in-house testing starts in March.'), { content });
    expect(result.gate?.id).toBe('no-result');
  });

  it('still reads a new way that started and was measured as a Result', () => {
    const result = scoreAnswer(story('Our in-house checks started in March, and by December the contract cost 29,000 euro instead of 40,000, with no more brake faults than the year before.'), { content });
    expect(result.gate?.id).not.toBe('no-result');
    expect(result.criteria.structure.verdict).not.toMatch(/missing[^.]*Result/);
  });
});
