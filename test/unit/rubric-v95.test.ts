import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v95: more endings before the outcome ("now it is a matter of time", a board that "sits on it after the winter
 * break"), and what "had to" be done the year before is the baseline of a comparison, not a task, so the Result that
 * holds it is read as one.
 */
const content = loadContent();
const feedback = (text: string, principle = 'deliver-results') => scoreAnswer(text, { content, principle });

describe('a story that ends before its outcome', () => {
  it.each([
    ['a matter of time', 'Now it is a matter of time: if the vans still leave before six through the Christmas rush, the racks did the job, and if not, I will be timing stations again.'],
    ['a board that sits on it after a date ahead', "I wrote up the plan for the second bakery, and the owners' board sits on it after the winter break."],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });
});

describe('a Result compared with what had to be done the year before', () => {
  it('is read as the Result, not a task', () => {
    const result = feedback("I run the lettering at a sign workshop in Porto that makes shop fronts for the old town. In May 2023, before the São João festival, we had 60 signs due in three weeks, and my colleague had started using a new vinyl cutter. When I checked the first ten signs I saw accents missing or in the wrong place. I stopped the cutter and checked all 60 layouts letter by letter against the signed orders, and found errors in seven. I drew those accents by hand, we recut the stencils, and I phoned two shop owners to confirm spellings that were unclear on the form. It meant five nights until midnight and about 600 euros of overtime for the two fitters. All 60 signs were delivered before the festival and none came back, where the year before we had to remake five. It was a hard week, but a name over a door is the one thing that has to be perfect.", 'insist-on-the-highest-standards');
    expect(result.gates).not.toContain('no-result');
    expect(result.criteria.structure.verdict).toMatch(/Found Situation, Action, Result/);
  });
});
