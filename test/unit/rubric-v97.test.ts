import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v97: "only after that can I tell if" ends a story before its outcome; a change told before the speaker's
 * further steps is what the steps answered, not how they turned out; a sentence that opens on a year and counts
 * something in it, after the steps, is the Result; "I'd say" before a figure is a hedge, not a hypothetical; a nameless
 * story of stock phrases whose only figure is a change claimed with no baseline is a template.
 */
const content = loadContent();
const feedback = (text: string, principle = 'deliver-results') => scoreAnswer(text, { content, principle });

describe('a story that ends before its outcome', () => {
  it.each([
    ['only after a date can I tell', 'The racks have been in since April, and only after the Christmas rush can I tell if the late vans are really gone.'],
    ['only then can we say', 'The drivers start the new loading order next week; only then can we say whether it holds on the busy routes.'],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it('is held there even when a change was told before the speaker went on acting', () => {
    const story =
      'I look after the cooling pumps at a dairy in Cork. In June the pumps came back from the supplier with new seals. I refused to sign the delivery note. ' +
      'In the first week the leak on pump 2 went from under one litre a day to 14, so for me that was not a seal that passed its test. ' +
      'I took one seal apart with our fitter and found the rubber was a softer grade than the drawing. I wrote to the supplier with photos and the drawing and asked for the right grade at their cost. ' +
      'They fitted the new seals on Monday, and only after a month of running will I know if the leak was the seal or the shaft.';
    expect(feedback(story, 'insist-on-the-highest-standards').gates).toContain('no-result');
  });
});

describe('a Result told as a count of the year after the steps', () => {
  it('is read as the Result, so the story is not held at the no-result gate', () => {
    const result = feedback(
      'I am the props manager at a touring theatre company in Leeds. Each season we bought most props new and threw them away after the tour. ' +
        'I catalogued every prop we still had, about 900 pieces, and set up a store with shelves by period and size. I asked each director to choose from the store before ordering anything new, and I agreed that a show could still have special pieces made. ' +
        'By 2024 we had 14 shows on the road with props from the store, and 600 pieces on its shelves. What I learned is to plan for the next production while building this one.',
      'frugality',
    );
    expect(result.gates).not.toContain('no-result');
    expect(result.criteria.structure.verdict).toMatch(/Result/);
    expect(result.criteria.structure.verdict).not.toMatch(/missing[^.]*Result/);
  });
});

describe('"I\'d say" before a figure', () => {
  const figures = (text: string) => analyzeAnswer(text).facts.flatMap((facts) => facts.numbers);

  it('hedges a measured change instead of making it a target', () => {
    const measured = figures('Attendance went from I would say two thirds to over 90 percent.');
    expect(measured.some((n) => n.delta && !n.target)).toBe(true);
  });

  it('still leaves what the speaker would do as a target', () => {
    const planned = figures('I would reduce the waiting time by 30% with a second desk.');
    expect(planned.every((n) => n.target)).toBe(true);
  });
});

describe('a nameless story of stock phrases with one change claimed', () => {
  it('is a template, "Not yet"', () => {
    const result = feedback(
      'Some time ago our pottery workshop got a big order from a major client who wanted the pieces for the launch of a new flagship venue. The deadline was far shorter than our normal production cycle, and the client said plainly that the launch date was fixed. We also faced pressure on materials, firing capacity and skilled people. ' +
        'I took ownership of the delivery and drew up a detailed plan that split the order into phases with clear milestones. I restructured the workflow in the workshop, optimised the firing schedule, and worked closely with our suppliers so the materials arrived on time. I kept the key stakeholders informed with regular updates and managed their expectations along the way. ' +
        'Whenever a problem appeared I dealt with it quickly and adjusted the plan as needed, without compromising on the quality of the work. As a result, we delivered the complete order ahead of schedule, improved our efficiency by around 25%, and got excellent feedback from the client, who has since come back with more orders. The experience taught me that with careful planning, strong coordination and a clear focus on the end result, even a very ambitious commitment can be met by a small team.',
    );
    expect(result.gates).toContain('template');
    expect(result.level).toBe('Not yet');
  });
});
