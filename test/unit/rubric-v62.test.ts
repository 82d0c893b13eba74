import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { awaitsOutcome } from '../../src/core/rubric/outcome.js';
import { findSections } from '../../src/core/rubric/sections.js';
import { tenseCounts } from '../../src/core/rubric/tense.js';

/**
 * Rubric v62: "What I do instead is..." is a routine; "put" and "cut" are no past steps in an answer with no other and no
 * past time; "that review's going to happen in August" and "the report isn't back yet" leave the outcome to come; "full
 * ownership", "set clear expectations", "in a timely manner" and "proactively" are stock claims.
 */
const content = loadContent();

describe('an answer told as a routine', () => {
  const routine = "In procurement for a hospital group like ours, supplier renewals come up every quarter. My approach is to never accept a flat price rise, because a 6% rise across every contract usually hides the lines that matter. What I do instead is list the last four quarters of spend from Oracle and sort every line into three groups: clinical, committed and discretionary. Then I sit with each department head for an hour and go through the discretionary lines one by one. I'd rather keep a contract that clearly saves nurses' time, and drop the ones nobody would miss. I also put a review date on anything I cut: the department tracks the related measure monthly, and if it drops, the budget comes back. Done that way, I'd expect to save 4 to 6 percent of spend.";
  it('counts "put" and "cut" as no past steps when nothing else in it is past', () => {
    const analysis = analyzeAnswer(routine);
    expect(tenseCounts(analysis, findSections(analysis)).done).toBe(0);
  });
  it('is held at the hypothetical gate at "Not yet"', () => {
    const feedback = scoreAnswer(routine, { content, principle: 'frugality' });
    expect(feedback.gate?.id).toBe('hypothetical');
    expect(feedback.level).toBe('Not yet');
  });
});

describe('a story that ends before its outcome', () => {
  const story = 'I investigate staff complaints for a logistics company in Leipzig. In 2023 only 30% of our bullying cases were upheld, and I suspected our process, not the cases. I read all 40 files from the year and found that in 26 of them the camera footage had been overwritten before anyone asked for it. I rewrote my intake so that the first step, the same day, is a request to security to keep the footage, and I added one witness not named by either side to every case.';
  it('has no result when it ends on "that review\'s going to happen in August"', () => {
    const feedback = scoreAnswer(`${story} I've run 12 cases this way since February. I want six months of cases before I compare the outcomes, so that review's going to happen in August.`, { content, principle: 'dive-deep' });
    expect(feedback.gate?.id).toBe('no-result');
  });
  it('waits for its outcome when "the report isn\'t back yet" comes before a plan that hangs on it', () => {
    const analysis = analyzeAnswer(`${story} The works council's report on the new intake isn't back yet, they said maybe after the summer. If it shows what I think, we roll the intake out to the other four sites.`);
    expect(awaitsOutcome({ analysis, sections: findSections(analysis) })).toBe(true);
  });
});

describe('stock claims', () => {
  it('make a fluent answer with a stand-in and nothing real named a template', () => {
    const feedback = scoreAnswer("Working in account support, I deal every day with customers who depend on our platform, so I always treat each case as if it were my own. One case that stands out was a key client who contacted us at a very difficult moment. Their account had a problem that put a large part of their sales at risk just before their busiest week, and they had already contacted support several times without a solution. I decided to take full ownership of the case instead of passing it on. I listened carefully to understand the real problem, investigated the account in detail and worked with the other teams to find a fix as quickly as possible. I kept the client informed at every step, set clear expectations and followed up proactively, even outside my hours. As a result, the problem was solved in a timely manner before the busy week, and the client thanked me personally. This showed me that customer obsession means going the extra mile and never giving up until the customer is happy.", { content, principle: 'customer-obsession' });
    expect(feedback.gate?.id).toBe('template');
  });
});
