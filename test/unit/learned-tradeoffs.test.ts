import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import type { FitModelFile } from '../../src/core/rubric/learned-fit.js';
import { TRADEOFF_LABELS } from '../../src/core/rubric/learned-tradeoffs.js';
import { TRADEOFF_TRAINING, tradeoffExamples, trainFitModel } from '../../src/eval/fit-training.js';
import { loadSuite, SUITE_DIR } from '../../src/eval/suite.js';

const content = loadContent();
const { tradeoffModel: _learned, ...readersOnly } = content;
const tradeoffs = (answer: string, withModel = true) => scoreAnswer(answer, { content: withModel ? content : readersOnly }).criteria.tradeoffs;

describe('the learned trade-off reading', () => {
  it('is loaded with the content and is what training on the suite as it is now gives (else: npm run train:fit)', () => {
    const file = JSON.parse(readFileSync(new URL('../../data/tradeoff-model.json', import.meta.url), 'utf8')) as FitModelFile;
    expect(content.tradeoffModel).toBeDefined();
    expect(trainFitModel(tradeoffExamples(loadSuite(SUITE_DIR)), TRADEOFF_LABELS, TRADEOFF_TRAINING)).toEqual(file);
  }, 60_000);

  it('moves a story that weighs its course beyond the phrases the readers know up one step, and says so', () => {
    const story =
      'I run the bakery counter at a railway station with three staff. Last winter the morning queue ran out of the door and we lost commuters to the kiosk opposite. ' +
      'A fourth person for the rush was the obvious answer, about 900 euros a month. I moved the coffee machine next to the till instead and pre-bagged the six pastries that make up most morning orders. ' +
      'Some regulars grumbled that the pastries were not straight from the tray. The longest wait went from eleven minutes to four, and morning takings rose by 12% over the next month. ' +
      'Now I time the queue before I ask for more staff.';
    expect(tradeoffs(story, false).score).toBe(2);
    const read = tradeoffs(story);
    expect(read.score).toBe(3);
    expect(read.verdict).toMatch(/Read as a whole, the story weighs its course/);
  });

  it('moves a padded story with one stray phrase down one step', () => {
    const story =
      'I work at a bakery counter at a railway station. Customer service has always been really important to me and to the team, and we always try our best every day to give everyone a good experience. ' +
      'Last winter it was very busy in the mornings, and there were some long queues, which was difficult for everyone. ' +
      'So we worked hard as a team and we tried to be faster and more friendly with people instead of just doing things the old way, and we made some changes to how we do things at the counter. ' +
      'After that things got better and the customers were happier, and the manager was pleased with how we handled it. I learned that teamwork and a positive attitude are really important.';
    expect(tradeoffs(story, false).score).toBe(3);
    expect(tradeoffs(story).score).toBe(2);
  });

  it('leaves short answers and templates to the readers alone', () => {
    const short = 'I moved the coffee machine next to the till instead of hiring a fourth person. The wait fell from eleven minutes to four.';
    expect(tradeoffs(short).score).toBe(tradeoffs(short, false).score);
    const template =
      'Situation: We faced a critical challenge with a key stakeholder. Task: I owned delivering improved results. Action: I weighed option A over option B because of the trade-off, ' +
      'implemented a comprehensive action plan, streamlined processes and drove accountability. Result: Efficiency improved by X%, exceeding all targets. Learning: Any challenge is an opportunity.';
    expect(tradeoffs(template).score).toBeLessThanOrEqual(1);
  });
});
