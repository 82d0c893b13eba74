import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v3 (issue 9): the everyday objects of work outside an office (the van, the valve, the rota, the dose) make a
 * sentence as concrete as naming a cache or a dashboard does. Stories written for these tests, in trades other than
 * the suite answers that showed the gap.
 */
const content = loadContent();
const specificity = (answer: string) => scoreAnswer(answer, { principle: 'ownership', content }).criteria.specificity.score;

describe('objects of hands-on work count as concrete', () => {
  it.each([
    [
      'I run the yard at a builders merchant. Deliveries kept leaving late because the forklift was blocked in by parked lorries every morning. I painted a loading bay on the far side of the depot and moved the pallet racking so the forklift had its own lane. I put a laminated checklist on the gatehouse window for drivers. Deliveries now leave before the school run, and the drivers stopped asking the office where to wait.',
      'I run the yard at a place. Things kept leaving late because the area was blocked in every morning. I sorted out a space on the far side and moved things around so there was room. I put up some guidance for people. Things now leave earlier, and people stopped asking the office where to wait.',
    ],
    [
      'I am a nurse on a children\'s ward. Parents kept missing the evening dose of antibiotics after discharge because the prescription label said "twice daily" with no times. I added the clock times to the label and gave each family a medicine chart with a thermometer to take home. The ward pharmacist now prints the chart with every prescription, and readmissions for missed doses stopped that winter.',
      'I am a nurse on a unit. Parents kept missing things after they went home because the guidance was unclear. I made the guidance clearer and gave each family some material to take home. Colleagues now give it out every time, and problems stopped that winter.',
    ],
  ])('%#: the story naming the objects is more specific than the same story without them', (concrete, vague) => {
    expect(specificity(concrete)).toBeGreaterThan(specificity(vague));
    expect(specificity(concrete)).toBeGreaterThanOrEqual(2);
  });
});
