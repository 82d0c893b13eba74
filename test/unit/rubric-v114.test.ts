import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { BAKERY_STEPS, gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v114: an open "whether" after a connective ends a story before its outcome; "I can tell you" is a remark in
 * passing and "One year we had..." sets a story at a past time, so neither makes a real story hypothetical; "I've ...
 * since" closing a story is the lesson it carries; three more stock claims of templates. (The end of the trade-off lift
 * from nothing is tested in learned-steps.test.ts.)
 */

const content = loadContent();
const RESULT = 'By April only one van in 60 left after 6 a.m., down from about 9%.';

describe('a story that ends before its outcome', () => {
  it('is held at the no-result gate when an open "whether" follows a connective', () => {
    expect(gatesAfterBakerySteps('So whether the new racks really fixed it only shows when the Christmas rush comes back.')).toContain('no-result');
  });

  it('is not held for a "whether ... or" that says what happened either way', () => {
    expect(gatesAfterBakerySteps(`${RESULT} And whether it rained or snowed, the drivers loaded by route.`)).not.toContain('no-result');
  });
});

describe('a real story told with asides and habits', () => {
  it('reads "I can tell you" and "I have to say" at the end of a clause as remarks, not as what the speaker would do', () => {
    for (const line of ['It was a long week, I can tell you.', 'The drivers were patient, I have to say, and the vans left on time.', 'It worked, I must say.']) {
      expect(analyzeAnswer(line).facts[0]?.voice.hypothetical, line).toHaveLength(0);
    }
    expect(analyzeAnswer('I can tell you what I would change first.').facts[0]?.voice.hypothetical).not.toHaveLength(0);
  });

  it('is not gated hypothetical when it opens at one past time ("One year we had...")', () => {
    const story =
      'Harvest at a grain co-op is always a race, everybody in the trade knows that. One year we had a dryer break down in the second week, with trucks queuing past midnight. ' +
      'I rang the maker and borrowed a burner from the depot in Kalmar. It was a lot of late nights, I can tell you. ' +
      'The queue was gone by the Friday and the growers got their grain in before the rain. I bring that same attitude to everything I do, because the growers count on us.';
    expect(scoreAnswer(story, { content, principle: 'deliver-results' }).gates).not.toContain('hypothetical');
  });
});

describe('a lesson told as what the speaker has done since', () => {
  const learning = (ending: string) => scoreAnswer(`${BAKERY_STEPS} ${RESULT} ${ending}`, { content, principle: 'deliver-results' }).criteria.learning;

  it('counts "I\'ve ... since" closing a story with no other lesson as the lesson applied', () => {
    const read = learning("I've planned every Christmas rota around the proofing racks since.");
    expect(read.score).toBeGreaterThanOrEqual(3);
    expect(read.verdict).toMatch(/applied since/);
  });

  it('does not take how long someone has worked somewhere for a lesson', () => {
    expect(learning("I've worked nights there since.").score).toBe(0);
  });
});

describe('a fluent template', () => {
  it('is gated "template" on its stock claims: a comprehensive review, results up by double digits, a mindset I continue to apply', () => {
    const template =
      'At my previous company we were under significant pressure to cut costs while keeping service levels high. I took the lead on a comprehensive review of our operations, ' +
      'looking at suppliers, staffing and equipment to find the main cost drivers. I put a series of targeted initiatives in place and kept everyone informed at every step. ' +
      'Some of the calls were hard, but I weighed cost against quality throughout. As a result, costs came down by double digits and satisfaction stayed high. ' +
      'Leadership recognised the effort. This taught me that doing more with less is about working smarter, and it is a lesson I continue to apply in my work.';
    const feedback = scoreAnswer(template, { content, principle: 'frugality' });
    expect(feedback.gates).toContain('template');
    expect(feedback.level).toBe('Not yet');
  });
});
