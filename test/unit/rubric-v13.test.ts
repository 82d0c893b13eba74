import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { findSections } from '../../src/core/rubric/sections.js';

/**
 * Rubric v13: Results, gates and measures that answers the rubric had never seen (fresh33, fresh34) told in ways it
 * misread. Each family is shown in other trades than the answers it came from, with near misses.
 */
const content = loadContent();
const resultWords = (text: string) => findSections(analyzeAnswer(text)).words.result;
const sentencesOf = (text: string) => analyzeAnswer(text).facts.map((f) => f.sentence.tokens.map((t) => t.text).join(' '));

describe('where the Result is', () => {
  const STEPS = 'I run the kitchen of a care home, forty residents. In spring the new menu left a third of the plates half eaten. I sat with residents at lunch for a week and rewrote the menu with them. ';

  it('does not end a sentence at "p.m." when the sentence goes on in lower case', () => {
    expect(sentencesOf('The last van left at 9 p.m. on Friday, with every order on it.')).toHaveLength(1);
    expect(sentencesOf('The last van left at 9 p.m. The next morning we counted the returns.')).toHaveLength(2);
    const text = `${STEPS}By 1 p.m. on the Monday after, the plates were coming back clean.`;
    expect(resultWords(text)).toBeGreaterThan(0);
  });

  it('reads "at the end", as many people say "in the end", after the steps as the Result', () => {
    expect(resultWords(`${STEPS}At the end everyone was eating well again.`)).toBeGreaterThan(0);
    // "At the end of the week" before anything was done is still the scene.
    expect(resultWords('At the end of the week I was asked to look at the menu. I sat with residents at lunch.')).toBe(0);
  });

  it('reads where things stand now, said of the things, after the steps as the Result', () => {
    expect(resultWords(`${STEPS}Now the new menu is used in all three of our homes.`)).toBeGreaterThan(0);
    expect(resultWords(`${STEPS}And now the recipes are being shared with the day centre too.`)).toBeGreaterThan(0);
  });

  it('reads how people took the change, and a mood that changed, after the steps as the Result', () => {
    expect(resultWords(`${STEPS}The residents said they liked the changes, and the dining room became more lively.`)).toBeGreaterThan(0);
  });

  it('reads being back in a span of time, "19 and a half days" too, after the steps as the Result', () => {
    expect(resultWords(`${STEPS}We were back to full plates in 12 and a half days.`)).toBeGreaterThan(0);
    const [days] = analyzeAnswer('It took 12 and a half days.').facts[0]!.numbers;
    expect(days?.kind).toBe('duration');
  });

  it('reads what others have done since, with nobody of ours in it, as the Result, not a lesson', () => {
    const text = `${STEPS}Since then the other two homes have copied the menu, and none of them has had a week of plates sent back.`;
    const sections = findSections(analyzeAnswer(text));
    expect(sections.words.result).toBeGreaterThan(0);
    expect(sections.words.learning).toBe(0);
    // The speaker's own habit since is still the lesson applied.
    expect(findSections(analyzeAnswer(`${STEPS}Since then I always taste a new dish with residents first.`)).words.learning).toBeGreaterThan(0);
  });

  it('does not read "has had to" as a task set: it reports how things went', () => {
    expect(resultWords(`${STEPS}We went live with the new menu a week later, and no dish has had to be taken off since.`)).toBeGreaterThan(0);
    expect(findSections(analyzeAnswer(`${STEPS}I had to order from a new supplier.`)).words.task).toBeGreaterThan(0);
  });

  it('passes the no-result gate for a story told to its outcome in these ways', () => {
    const text =
      'I run the kitchen of a care home with forty residents. In spring a new menu from head office left a third of the plates half eaten, and two residents lost weight. ' +
      'I sat with residents at lunch for a week, wrote down what they left and why, and rewrote six dishes with them. I kept the head office costing, so the budget did not change. ' +
      'At the end everyone was eating well again. Now the menu is used in all three of our homes. ' +
      'I learned to ask the people who eat the food before I change it.';
    expect(scoreAnswer(text, { principle: 'customer-obsession', content }).gates).not.toContain('no-result');
  });
});

describe('a count told again later', () => {
  it('links a count told in an early sentence read as a Result with the same count after the fix', () => {
    const text =
      'I lead the night shift of a parcel depot. After my first month I became lead of the sorting line. ' +
      'On the shift logs for four weeks, the last trailer left on time on only 5 of 20 nights. ' +
      'I moved the break to before the last wave and trained two pickers to cover the chute. ' +
      'After two months, the last trailer left on time on 19 of 20 nights.';
    const metrics = scoreAnswer(text, { principle: 'deliver-results', content }).criteria.metrics;
    expect(metrics.verdict).toMatch(/a change is stated/);
    // The same count told again unchanged is no change.
    const same = text.replace('19 of 20 nights', '5 of 20 nights, as before');
    expect(scoreAnswer(same, { principle: 'deliver-results', content }).criteria.metrics.verdict).not.toMatch(/a change is stated/);
  });
});
