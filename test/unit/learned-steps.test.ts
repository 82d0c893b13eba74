import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import type { FitModelFile } from '../../src/core/rubric/learned-fit.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { LEARNED_CRITERIA, LEARNED_LABELS, LEARNED_MARGIN, LEARNED_MODEL_FILES, learnedLean } from '../../src/core/rubric/learned-steps.js';
import { criterionExamples, LEARNED_TRAINING, trainFitModel } from '../../src/eval/fit-training.js';
import { loadSuite, SUITE_DIR } from '../../src/eval/suite.js';

const content = loadContent();
const { learnedModels: _learned, ...rulesOnly } = content;
const criterion = (id: 'tradeoffs' | 'learning' | 'metrics') => (answer: string, withModel = true) =>
  scoreAnswer(answer, { content: withModel ? content : rulesOnly }).criteria[id];
const tradeoffs = criterion('tradeoffs');

describe('the learned readings', () => {
  it.each(LEARNED_CRITERIA)('of %s are loaded with the content and are what training on the suite as it is now gives (else: npm run train:fit)', (id) => {
    const file = JSON.parse(readFileSync(new URL(`../../data/${LEARNED_MODEL_FILES[id]}`, import.meta.url), 'utf8')) as FitModelFile;
    expect(content.learnedModels?.[id]).toBeDefined();
    expect(trainFitModel(criterionExamples(loadSuite(SUITE_DIR), id), LEARNED_LABELS, LEARNED_TRAINING)).toEqual(file);
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

  it('never lifts a story the readers found no option, cost or guardrail in, however strongly the whole reads as weighing one', () => {
    // A measured fix with no choice in it: the trade-off reading leans towards "meets", as it does for most strong
    // stories, and a lift from nothing would make it "Raises the bar" for what it never weighed.
    const story =
      'I run the night shift at a hospital laundry in Leeds with six operators. ' +
      'In January 2024 the ward linen deliveries started arriving late: the 6 am cage for the surgical wards left us at 6:40 on eleven of twenty mornings, and theatre staff were starting lists without fresh gowns. ' +
      'I timed every stage for a week with a stopwatch and a clipboard. ' +
      'The washers were fine; the folding table was the bottleneck: the tunnel dryer dumped everything in one heap and two operators spent forty minutes sorting gowns from sheets. ' +
      'I rewired the dryer\'s discharge to sort into two bins by weight, moved the gown folding to the first hour, and wrote a one-page start sheet for the shift. ' +
      'I trained all six operators on it over two nights. ' +
      'By March the surgical cage left at 5:50 on every one of twenty mornings, and the theatre manager stopped her weekly complaint email. ' +
      'The lesson I took is to time the work before I change it, and I now run a stopwatch week whenever a delivery slips.';
    expect(content.learnedModels?.tradeoffs && learnedLean(content.learnedModels.tradeoffs, analyzeAnswer(story))).toBeGreaterThan(LEARNED_MARGIN);
    const read = tradeoffs(story);
    expect(read.score).toBe(0);
    expect(read.verdict).toMatch(/^One path/);
    expect(scoreAnswer(story, { content }).level).not.toBe('Raises the bar');
  });

  it('takes a padded story whose phrases the rules took for two things weighed down to 1', () => {
    const story =
      'I work at a bakery counter at a railway station. Customer service has always been really important to me and to the team, and we always try our best every day to give everyone a good experience. ' +
      'Last winter it was very busy in the mornings, and there were some long queues, which was difficult for everyone. ' +
      'So I got everyone together, and we worked hard as a team and we tried to be faster and more friendly with people instead of just doing things the old way, and we made some changes to how we do things at the counter. ' +
      'After that things got better and the customers were happier, and the manager was pleased with how we handled it. I learned that teamwork and a positive attitude are really important.';
    expect(tradeoffs(story, false).score).toBe(3);
    expect(tradeoffs(story).score).toBe(1);
  });

  it('leaves short answers and templates to the readers alone', () => {
    const short = 'I moved the coffee machine next to the till instead of hiring a fourth person. The wait fell from eleven minutes to four.';
    expect(tradeoffs(short).score).toBe(tradeoffs(short, false).score);
    const template =
      'Situation: We faced a critical challenge with a key stakeholder. Task: I owned delivering improved results. Action: I weighed option A over option B because of the trade-off, ' +
      'implemented a comprehensive action plan, streamlined processes and drove accountability. Result: Efficiency improved by X%, exceeding all targets. Learning: Any challenge is an opportunity.';
    expect(tradeoffs(template).score).toBeLessThanOrEqual(1);
  });

  const learning = criterion('learning');
  const metrics = criterion('metrics');

  it('moves numbers told as a change the readings do not pair up one step, and says so', () => {
    const story =
      'I run the bakery counter at a railway station with three staff. Last winter the morning queue ran out of the door and we lost commuters to the kiosk opposite. ' +
      'For two weeks I wrote down every walk-out on the back of the till roll, and it came to about thirty a day on weekdays. ' +
      'I moved the coffee machine next to the till and pre-bagged the six pastries that make up most morning orders, so one person could serve a coffee and a croissant without turning round. ' +
      'In March the till roll showed five walk-outs on the worst day. Morning takings were the best the station had logged for a March. Now I time the queue before I ask for more staff.';
    expect(metrics(story, false).score).toBe(2);
    const read = metrics(story);
    expect(read.score).toBe(3);
    expect(read.verdict).toMatch(/Read as a whole, the story measures more than these readings picked out/);
  });

  it('moves a figure of scale read as an outcome down one step', () => {
    const story =
      'I work in the kitchen of a busy hotel restaurant in Porto with 120 seats. Last summer the weekend service was slow and the guests were not happy, which was difficult for everyone. ' +
      'We discussed it as a team many times and everybody worked very hard. I supported the other cooks during the rush and helped on the grill when needed. ' +
      'In the end we served about 300 covers on the Saturday and the manager was satisfied with the result. Since then I always try to give my best, and I know that teamwork is the most important thing in a kitchen.';
    expect(metrics(story, false).score).toBe(2);
    expect(metrics(story).score).toBe(1);
  });

  it('moves reflection that says little about its story down one step, and never raises a lesson it cannot quote', () => {
    const padded =
      'I work in the kitchen of a busy hotel restaurant. Last summer we had some problems with the service being slow on weekends, and the guests were not happy, which was a difficult situation for all of us. ' +
      'We talked about it as a team and we tried different things and worked really hard together. I helped where I could and supported my colleagues in the rush. ' +
      'In the end things got better and the manager was satisfied with the result. Since then I always try to give my best and to stay calm under pressure, and I now know that teamwork is the most important thing in a kitchen.';
    expect(learning(padded, false).score).toBe(2);
    const read = learning(padded);
    expect(read.score).toBe(1);
    expect(read.verdict).toMatch(/Read as a whole, the reflection says less about this story than its wording suggests/);
    const genericLessonInAGoodStory =
      'I am a shift lead at a parcel depot outside Lyon. Last spring the evening loading ran late most nights because the vans were loaded in the order the parcels came off the belt. ' +
      'I decided to sort the parcels by delivery route before loading and I asked two loaders to build the route cages during the quiet hour at six. ' +
      'It took some practice, but within a month the vans were leaving on time. The drivers were happy and the manager thanked the team. ' +
      'I learned that good preparation is always the key to success and that a team that plans together works better together, which is something I try to remember every day.';
    expect(learning(genericLessonInAGoodStory, false).score).toBe(1);
    expect(learning(genericLessonInAGoodStory).score).toBe(1);
  });
});
