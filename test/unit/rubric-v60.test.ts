import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { findSections } from '../../src/core/rubric/sections.js';
import { tenseCounts } from '../../src/core/rubric/tense.js';

/**
 * Rubric v60: "two-way doors" counts no options; a story that ends on an open "Whether..." or on "they will decide in
 * January" waits for its outcome; "I would say" closing a clause hedges, it plans nothing; "because of the way we'd
 * built it into the drills" is a step told in the past perfect, not a lesson applied since; a terse note's "Learned
 * that..." is a lesson; "if you back them" is said to anyone.
 */
const content = loadContent();

describe('a count hyphened to a noun', () => {
  it('weighs no options: "treated most calls as two-way doors"', () => {
    const tradeoffs = scoreAnswer("I run the kitchen of a 90-cover bistro in Lyon. In March 2024 our food cost was 34% of sales. I treated most menu calls as two-way doors and changed the lunch menu every Monday. I put two lentil dishes on the lunch menu and printed new cards. By June food cost was 29% of sales and lunch covers were up from 60 to 72 a day. I learned to change one thing a week and read the till report every Friday.", { content, principle: 'bias-for-action' }).criteria.tradeoffs;
    expect(tradeoffs.verdict).toContain('One path');
    expect(tradeoffs.score).toBeLessThanOrEqual(1);
  });
});

describe('a story that ends waiting', () => {
  const story = "I coordinate tenancy support at a housing association in Cardiff. In January 2024 a tenant with four months of arrears stopped answering letters, and the legal team had her file ready for court. I asked for three weeks first. I went to the flat with a Welsh-speaking colleague, because her letters had all been in English, and found she had lost her job at the bakery in November. I helped her apply for Universal Credit and set up a repayment plan of £15 a week that the legal team agreed to hold the file for. She paid the first two instalments on time.";
  it('has no result when an open "Whether..." closes it', () => {
    const feedback = scoreAnswer(`${story} Whether she keeps it up through the summer is what I am watching now.`, { content, principle: 'earn-trust' });
    expect(feedback.gate?.id).toBe('no-result');
  });
  it('has no result when "they will decide in January" closes it', () => {
    const feedback = scoreAnswer(`${story} The panel has told us they will decide in January, after the next review.`, { content, principle: 'earn-trust' });
    expect(feedback.gate?.id).toBe('no-result');
  });
});

describe('"I would say" closing a clause', () => {
  it('hedges a claim and tells no hypothetical', () => {
    const analysis = analyzeAnswer('The queues were shorter, I would say, and the drivers were calmer. The new rota was fairer, I\'d say.');
    expect(tenseCounts(analysis, findSections(analysis)).unreal).toBe(0);
  });
  it('still tells a plan when it says what would be said to someone', () => {
    const analysis = analyzeAnswer('I would say to the driver that the rota is fixed. I would then check the sheets every week.');
    expect(tenseCounts(analysis, findSections(analysis)).unreal).toBeGreaterThanOrEqual(2);
  });
});

describe('a step told in the past perfect', () => {
  it("keeps a measured outcome out of the lesson: 'because of the way we'd built it into the drills'", () => {
    const text = "I teach first aid to new firefighters in Graz. In 2022 headquarters cut the course from three days to two, and I disagreed. I rewrote the second day around scenarios and trained the other three instructors on it. Over 2023 the recruits scored 78% in the practical test, against 81% on the old course, not the 60% I feared, because of the way we'd built it into the drills. I learned to measure before I argue.";
    const analysis = analyzeAnswer(text);
    const sections = findSections(analysis);
    const outcome = analysis.facts.findIndex((f) => text.slice(f.sentence.start, f.sentence.end).includes('Over 2023'));
    expect(sections.of[outcome]).toBe('result');
  });
});

describe('lessons', () => {
  const story = 'I lead the repairs team at a council depot in Bristol. In 2023 tenants waited 19 days on average for a plumber. I moved two plumbers to evening visits on Tuesdays and Thursdays, when tenants were home. By December the average wait was 6 days and missed visits fell from 30% to 8%.';
  it('reads a terse note\'s "Learned that..." as the lesson', () => {
    const learning = scoreAnswer(`${story} Learned that evening visits suit working tenants better than office hours.`, { content, principle: 'customer-obsession' }).criteria.learning;
    expect(learning.score).toBeGreaterThanOrEqual(2);
  });
  it('reads "if you back them" as said to anyone, a saying rather than a rule of this story', () => {
    const learning = scoreAnswer(`${story} I learned that people can grow if you back them and give them time.`, { content, principle: 'customer-obsession' }).criteria.learning;
    expect(learning.score).toBeLessThanOrEqual(2);
  });
});
