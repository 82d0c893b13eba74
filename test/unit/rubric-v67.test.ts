import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v67: "whether they treat it as closed or as a finding is an open question for now" ends a story before its
 * outcome; a closing sentence that opens on "Now" with a practice standing since and a step of the speaker's own ("Now
 * every new patient gets a call..., and I've trained our two new staff to make it") is a change made afterwards, as one
 * opening on "Afterwards" already was.
 */
const content = loadContent();

const openQuestion = "I run quality for a contract lab in Lyon that tests medical device coatings. In March an auditor from one of our clients found that 12 of our 300 test records had been changed after sign-off without a reason logged. The records system belongs to IT, but the records are mine, so I took it on. I pulled the change history for all 300 records and went through every edit with our two senior analysts. Nine edits were typo fixes with a paper trail; three had no explanation, and I reported those three to the client myself with the raw data. I rewrote the permissions so that only two administrators can edit a signed record, and I trained the 11 analysts on the new rule. The new permissions went live in May. The client is still reviewing the three records, so whether they treat it as closed or as a finding is an open question for now.";
const practiceSince = "I am a dispenser at a community pharmacy in Cork. Last winter 14 of our blister-pack patients kept coming back with whole days of tablets untaken, about 9% of their doses. I called each of them myself instead of assuming they forgot. Most of them got up late and skipped lunch, so their midday tablets were never taken. I moved their doses to fit their real day, with the pharmacist checking every change against the prescription, and I left anyone on time-critical medicines alone until their GP agreed. By March the untaken rate was down to 2%. Now every new blister-pack patient gets a short call about their day before the first pack goes out, and I've trained our two new staff to make it.";

describe('a story that ends before its outcome', () => {
  it('has no result when it ends "... is an open question for now"', () => {
    expect(scoreAnswer(openQuestion, { content, principle: 'ownership' }).gates).toContain('no-result');
  });
});

describe('a change made afterwards', () => {
  it('counts "Now every new patient gets..., and I\'ve trained our staff to make it" as a lesson applied since', () => {
    const learning = scoreAnswer(practiceSince, { content, principle: 'customer-obsession' }).criteria.learning;
    expect(learning.score).toBeGreaterThanOrEqual(3);
    expect(learning.verdict).toContain('applied since');
  });
  it('leaves "..., and now every patient gets a call" inside a result sentence as the result', () => {
    const told = practiceSince.replace(/ Now every new blister-pack patient gets (.*)$/, ' The pharmacist thanked me, and now every new blister-pack patient gets $1');
    expect(scoreAnswer(told, { content, principle: 'customer-obsession' }).criteria.learning.score).toBeLessThanOrEqual(1);
  });
});
