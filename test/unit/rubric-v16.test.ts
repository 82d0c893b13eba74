import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v16, beside its learned readings of lessons and metrics (learned-steps.test.ts): a story that ends waiting for
 * its outcome, told in the present ("then we see if...") or followed by a plan that hangs on it ("If it works, ..."),
 * has no Result yet and measures no change; and "Rule now:" heads a lesson. Each case is told in a trade other than
 * the answers it was found in.
 */
const content = loadContent();
const score = (answer: string) => scoreAnswer(answer, { content });

describe('a story that ends waiting for its outcome', () => {
  const story =
    'I run the laundry of a 200-bed hospital in Graz with eleven staff. Our biggest cost after wages is hot water: about 9,000 euros a month, and the gas price rose again in 2023. ' +
    'The supplier offered a cold-wash detergent that works at 40 degrees instead of 70. It costs twice as much per kilo, and if the linen comes back grey the wards send it all back. ' +
    'So I switched one of our four machines only, and kept the others on the old programme so I could compare the two. I also asked the ward sisters on two floors to tell me of every stained sheet. ' +
    'I read the gas meter for that machine every Friday. ';

  it('has no Result and no measured change when it ends "then we see if", followed by a plan that hangs on it', () => {
    const feedback = score(`${story}The first month ends in two weeks, and then we see if the bill really comes down and the sheets stay white. If yes, I switch the other three machines in spring.`);
    expect(feedback.gate?.id).toBe('no-result');
    expect(feedback.criteria.structure.verdict).toMatch(/missing[^.]*Result/);
    expect(feedback.criteria.metrics.score).toBeLessThanOrEqual(2);
    expect(feedback.criteria.metrics.verdict).toMatch(/The outcome is still to come/);
  });

  it('has no Result when it ends with the decision still due, whatever came before', () => {
    const feedback = score(
      `${story}I wrote the business case for converting all four machines and the hospital board accepted it for its budget round. The decision is due in March.`,
    );
    expect(feedback.gate?.id).toBe('no-result');
  });

  it('has no Result when it ends "we will look at...", "we would find out whether...", "was planned for...", or with a moral after the look ahead', () => {
    const ends = [
      'We will look at the gas bill at the end of the quarter and see if it comes down.',
      "We'll see after the winter whether the sheets stay white. For me the main thing is being transparent and being a team player.",
      'By then the other machines were booked for their tests, and we would find out at the inspection in May whether it had been enough.',
      'I handed the new programme to the night shift; its first full run was planned for the week after.',
    ];
    for (const end of ends) expect(score(`${story}${end}`).gate?.id, end).toBe('no-result');
  });

  it('keeps a Result told after the plan, and a measured change told before it', () => {
    const told = score(`${story}After two months the gas for that machine was down 31%, from 2,250 to 1,550 euros, and not one ward sent sheets back. If the winter is the same, I switch the other three machines in spring.`);
    expect(told.gate?.id).not.toBe('no-result');
    expect(told.criteria.metrics.score).toBeGreaterThanOrEqual(3);
  });
});

describe('a lesson headed "Rule now:"', () => {
  it('reads the line under it as the lesson', () => {
    const feedback = score(
      'I drive a school bus on a mountain route in Asturias, 38 children, six stops. In November 2022 the forecast said light snow, and the head teacher wanted the morning run as usual. ' +
        'I drove the route myself at six and found ice on the last two kilometres above the second village. I called the head and said I would stop at the second village and the parents from the top farms should bring the children down. ' +
        'She was not happy, because four families had no car that morning. I arranged with the farmer at the top to bring those children in his tractor cab, with one parent. ' +
        'All 38 children reached school by 9:20, forty minutes late, and a delivery van slid off that stretch at eight. ' +
        'Rule now: my own look at the top road beats the forecast.',
    );
    expect(feedback.criteria.structure.verdict).not.toMatch(/missing[^.]*Learning/);
    expect(feedback.criteria.learning.score).toBeGreaterThanOrEqual(2);
  });
});

describe('a fill-in template with a bracketed name', () => {
  it('is "Not yet": the word in the brackets and a method\'s stock name are not real names', () => {
    const feedback = score(
      'Situation: At [Hospital] there was a scheduling issue affecting key stakeholders and service KPIs.\n' +
        'Task: I was responsible for finding the root cause and delivering a sustainable solution.\n' +
        'Action: I led a deep dive into the data, ran a root cause analysis with the 5 Whys, and identified the critical gaps. I partnered with cross-functional teams and implemented corrective actions.\n' +
        'Result: Missed appointments fell by X%, utilisation improved to 95%, and satisfaction increased significantly.\n' +
        'Learning: I learned that digging deep is critical to success.',
    );
    expect(feedback.gate?.id).toBe('template');
    expect(feedback.level).toBe('Not yet');
  });
});

describe('notes typed in lower case', () => {
  const notes =
    'so i run the warehouse for a grocery chain outside Porto, 40 pickers on two shifts.\n' +
    'early 2024 mispicks were about 3% of lines and every one was a refund at the door.\n' +
    'the ops director wanted a second checker at the dock, another salary.\n' +
    "i didn't want that, a checker finds the mistake after it is made.\n" +
    'pulled six weeks of mispick reports myself and matched them to the shelf map.\n' +
    'found 70% were between two lookalike products shelved side by side.\n' +
    'moved the lookalikes apart, put photos on the shelf labels, and added a scan check for those 40 products only.\n' +
    'the scan check slows each of those picks by about 4 seconds, and i accepted that.\n' +
    'result after 8 weeks: mispicks down from 3% to 0.6%, refunds at the door down by half.\n' +
    'what stuck with me: look at where the mistake starts before paying someone to catch it.';

  it('reads a sentence that drops its "i" and opens with a past verb as the speaker\'s step', () => {
    const feedback = score(notes);
    expect(feedback.criteria.structure.score).toBeGreaterThanOrEqual(3);
    expect(feedback.criteria.structure.verdict).not.toMatch(/set-up takes/);
    expect(feedback.criteria.structure.verdict).toMatch(/Result/);
  });

  it('reads "result after 8 weeks:" as a label, digits and all', () => {
    const feedback = score(notes.replace('result after 8 weeks: mispicks down from 3% to 0.6%, refunds at the door down by half.', 'result after 8 weeks: i stopped hearing about mispicks at the morning meeting.'));
    expect(feedback.criteria.structure.verdict).not.toMatch(/missing[^.]*Result/);
  });
});

describe('a story under the too-short window', () => {
  it('has its parts named, not told: structure 2 at most, and the verdict says why', () => {
    const short =
      'Last June our bakery van broke down on the Friday round. I borrowed my neighbour\'s car and delivered the 40 bread orders myself in two trips. ' +
      'Every café got its bread before nine, and we kept all of them as customers. I learned to keep a spare driver on call.';
    const feedback = score(short);
    expect(feedback.criteria.structure.score).toBeLessThanOrEqual(2);
    expect(feedback.criteria.structure.verdict).toMatch(/each part is a line at most/);
  });
});
