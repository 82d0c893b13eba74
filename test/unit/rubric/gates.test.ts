import { describe, expect, it } from 'vitest';
import { LEVELS, scoreAnswer, STORY_WORDS, type Feedback } from '../../../src/core/rubric/index.js';
import { failedGates } from '../../../src/core/rubric/gates.js';
import { loadContent } from '../../../src/core/content.js';

const CONTENT = loadContent();
import { CRISP_SPECIFIC, STRONG_LABELLED } from './answers.js';

const AT_BAR = ['Raises the bar', 'Meets the bar'];

function score(answer: string, principle?: string): Feedback {
  return scoreAnswer(answer, { content: CONTENT, ...(principle !== undefined ? { principle } : {}) });
}

/** Fill-in-the-blanks stories of our own, in several trades: fluent, but nothing in them could be checked. */
const TEMPLATES = [
  `Situation: In my previous role there was a recurring issue affecting product quality.
Task: My task was to identify the root cause and implement a solution.
Action: I performed a thorough analysis using tools like 5 Whys and fishbone diagrams, reviewed the relevant data and implemented corrective actions.
Result: The issue was resolved and deviations were reduced by X%.
Learning: I learned that diving deep into the data is essential.`,
  `In my previous role I owned a critical project for a key client. The key stakeholders were worried about the timeline and quality. I analysed the situation, identified the main problem and created a plan. I aligned with leadership and the relevant teams and drove execution. As a result, efficiency improved by X% and customer satisfaction went up. I learned that communication is key.`,
  `Situation: our team faced a major challenge with an important customer.
Task: I needed to deliver a complex solution by a tight deadline.
Action: I decided, I led, I owned. I chose option A over option B because of the trade-off.
Result: 50% reduction, 3x growth, and happy stakeholders.
Learning: I learned a lot about leadership.`,
  `S: a large hospital, a key process, various stakeholders.
T: improve outcomes, reduce risk, raise standards.
A: analysis, planning, stakeholder management, continuous improvement, best practices.
R: better outcomes, reduced risk, stakeholder confidence.
L: patients first, teamwork wins, never stop learning.`,
  `At a major retailer I was responsible for a critical initiative with key stakeholders across the business. The main problem was that the process was slow and the client was unhappy. I took the initiative, analysed the data, found the root cause and put a new process in place with the relevant teams. As a result, performance improved by 30%, costs went down by 20% and the client renewed. The key lesson for me is that the customer always comes first.`,
  `Operational excellence mindset: I championed a bold, end-to-end transformation of the warehouse, rethinking quality at every step. Lean culture, kaizen spirit, zero defects, world-class flow. I energised the floor, broke down silos, set stretch targets, empowered teams, drove accountability, embraced change, raised standards, and delivered outstanding results with a safe, efficient, scalable operation. Continuous improvement, people first, excellence always.`,
  `Quality story: listened to the plant, voice of the customer, pain points, NPS, CSAT, defect trends, supplier scorecards. Line complaints, escalations, I listened, I empathised, I acted, I delivered. RCA, 8D, CAPA, first pass yield up, scrap down, trust restored, win-win, zero defects mindset, raised the bar, dove deep, owned it. Learned that quality is everyone's job.`,
  `patient first, evidence based, listened to families, shared decision making, safety culture, zero harm, compassionate care, teamwork, escalated early, outcomes improved, complaints down, staff engaged, every patient every time, always learning.`,
];

/** Real stories that happen to use a stand-in phrase or two: they must not be taken for templates. */
const REAL_WITH_STAND_INS = [
  `At Company X, a payments start-up, our nightly settlement job failed twice a week and finance reconciled 4,200 payments by hand each time. I traced the failures to a timeout in the bank's file API and added retries with backoff instead of raising the timeout, because a longer timeout would have pushed the batch past the 06:00 cut-off. I shipped it behind a flag for one bank first. Failures went from 8 a month to 0, and finance got back about 6 hours a week. I learned to read the logs before touching the config, and I have done that on every incident since.`,
  STRONG_LABELLED,
  `I was the duty manager at a 120-room hotel in Bath when the boiler failed at 6am on a Saturday with 210 guests in. I called the on-call engineer, moved the breakfast service to the bar's kettles, asked housekeeping to hold all checkouts' rooms, phoned the spa in Walcot Street for showers, and posted a note under every door by 7am. The engineer had it fixed by 11:40. We refunded one night to 14 rooms instead of everyone, because most guests used the spa and said so, and we got two complaints against the 30 I expected. Since then I keep the spa's number and a note template in the duty folder.`,
  `At a regional parcel hub I ran the night shift of 40 pickers. Key stakeholders in transport complained that trailers left Leeds 50 minutes late every night, which cost us two missed connections a week. I timed every wave myself for a week and found that the 02:00 wave waited on the mezzanine lift. I moved the heavy items to ground-floor bays instead of asking for a second lift, because the lift would have cost £80,000 and taken a quarter. I trialled it on Tuesdays first with the old layout kept as a fallback. Departures went from 50 minutes late to 5 minutes early within three weeks, and missed connections dropped to zero. Since then I time the work before I ask for equipment.`,
];

describe('template and keyword-list answers', () => {
  it.each(TEMPLATES.map((t, i) => [i, t] as const))('template %i is "Not yet" and names the template gate first', (_i, answer) => {
    const feedback = score(answer, 'deliver-results');
    expect(feedback.level).toBe('Not yet');
    expect(feedback.gates).toContain('template');
    expect(feedback.gate?.message).toMatch(/template/);
    // Its figures and its "option A over option B" stand for nothing that happened.
    expect(feedback.criteria.metrics.score).toBeLessThanOrEqual(1);
    expect(feedback.criteria.tradeoffs.score).toBeLessThanOrEqual(1);
  });

  it.each(REAL_WITH_STAND_INS.map((t, i) => [i, t] as const))('real story %i with a stand-in phrase is not a template', (_i, answer) => {
    expect(score(answer).gates).not.toContain('template');
  });
});

describe('gates cap the level', () => {
  it('a story told as what one would do is "Not yet", however polished', () => {
    const answer = `If I faced a slow checkout, I would first look at the data to find where customers drop off. I would then talk to the engineers and the designers to understand the constraints. My approach would be to propose a small change, test it with a fraction of traffic, and measure conversion before and after. I would make sure to keep stakeholders informed. I would expect conversion to rise by 10% or more. I usually find that small, measured changes work best, and I would apply what I learned to the next project.`;
    const feedback = score(answer, 'customer-obsession');
    expect(feedback.gates[0]).toBe('hypothetical');
    expect(feedback.level).toBe('Not yet');
  });

  it('a 62-word story with no task and no action of its own is below the bar', () => {
    const answer = `Last year our support queue at a software company was very long and customers were angry about waiting. It was a hard time for the whole team. In the end the queue went down from 900 tickets to 200 tickets and customers were happier. It showed me that hard work pays off and that customers matter most.`;
    const feedback = score(answer, 'customer-obsession');
    expect(AT_BAR).not.toContain(feedback.level);
    expect(feedback.gate).not.toBeNull();
  });

  it('a story of several thousand words is below the bar and told to cut', () => {
    const answer = Array.from({ length: 20 }, () => STRONG_LABELLED.replace(/\*[A-Za-z]+:\* /g, '')).join('\n');
    const feedback = score(answer);
    expect(feedback.stats.words).toBeGreaterThan(3000);
    expect(feedback.gates).toContain('too-long');
    expect(AT_BAR).not.toContain(feedback.level);
    expect(feedback.gate?.message).toMatch(/60-90 s/);
  });

  it('a story that ends by grading the speaker has no result', () => {
    const answer = `At my last company, an online grocer, customers got far bigger discounts than they should have one weekend because of a promo-code bug. I jumped on a call with the on-call engineers and we read the logs to find the cause. I took responsibility for my part in it and made sure I was in every discussion about the fix. We talked about rolling back or patching forward, and there were meetings on Monday about adding more tests. Overall I think it showed that I care about ownership and that I am not afraid to step up when things go wrong.`;
    const feedback = score(answer, 'ownership');
    expect(feedback.gates).toContain('no-result');
    expect(AT_BAR).not.toContain(feedback.level);
  });

  it('a crisp complete story of about 90 words passes the spoken-length gate', () => {
    expect(CRISP_SPECIFIC.split(/\s+/).length).toBeGreaterThan(STORY_WORDS.min);
    expect(score(CRISP_SPECIFIC).gates).not.toContain('too-short');
  });

  it('a strong labelled story passes every gate and reaches the bar', () => {
    const feedback = score(STRONG_LABELLED, 'dive-deep');
    expect(feedback.gate).toBeNull();
    expect(AT_BAR).toContain(feedback.level);
  });

  it('names every failed gate in a fixed order, so the first is the one to fix first: a story too short to hold the rest comes first', () => {
    const gates = failedGates({
      hypothetical: false,
      template: { isTemplate: false, signs: [] },
      ownActions: 0,
      contextWords: 12,
      resultWords: 0,
      words: 40,
    });
    expect(gates.map((g) => g.id)).toEqual(['too-short', 'no-own-action', 'no-result']);
    expect(gates.every((g) => g.message.length > 20)).toBe(true);
  });

  it('stored feedback from before the gates still parses, with no gate', async () => {
    const { parseFeedback } = await import('../../../src/core/rubric/index.js');
    const { gate: _gate, gates: _gates, rubricVersion: _version, ...old } = score(STRONG_LABELLED);
    const parsed = parseFeedback(JSON.parse(JSON.stringify(old)));
    expect(parsed.gate).toBeNull();
    expect(parsed.rubricVersion).toBe(1);
    expect(LEVELS).toContain(parsed.level);
  });
});
