import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v36: pay and contracts show Strive to be Earth's Best Employer; "I knew our numbers would suffer" and "paid
 * 300 euros more than the usual rate" are costs accepted; "the under-17s" is no alert level; "we lost 40,000" and "we
 * always did it that way" are no shared steps; "In nine shows we had one late cue" is how things went; and a plan after
 * "if not," hangs on an outcome still to come.
 */
const content = loadContent();

describe('pay and contracts as a good employer', () => {
  const feedback = () =>
    scoreAnswer(
      'I run a bakery with two shops in Lyon and eleven bakers. Until 2022 the weekend bakers were on day rates in cash, with no sick pay and no pension, ' +
        'and every spring two or three of them left for the supermarket chains. I moved all eleven onto monthly salaries with sick pay and a pension, ' +
        'which put my wage bill up about 8 percent. I raised the price of a baguette by ten cents and took the rest out of my own drawings. ' +
        'Since then nobody has left, and a baker who had gone to the chain came back. I learned that steady pay is what keeps good bakers.',
      { principle: 'strive-to-be-earths-best-employer', content },
    );

  it('reads a move from day rates to salaries, sick pay and a pension as fitting the principle asked', () => {
    expect(feedback().principle.fit).toBe('strong');
    expect(feedback().gate?.id).not.toBe('off-principle');
  });

  // Before, the learned reading alone found it, third after Ownership and Deliver Results. The learned fit moves with
  // each retraining: with the models of fresh205 (blend 1) it was second, as strong a fit, after Ownership (an expected
  // failure then); with those of fresh207 (blend 0.8) it is first again.
  it('reads it first among the principles the story shows', () => {
    expect(feedback().principle.detected[0]).toBe('strive-to-be-earths-best-employer');
  });
});

describe('costs told as known beforehand or paid on top', () => {
  const story = (middle: string) =>
    'I supervise the night dispatch desk for a regional courier. In March a hospital needed a cooled parcel in Leeds by six in the morning and our own van was booked elsewhere. ' +
    `I sent it with a partner firm instead. ${middle} The parcel arrived at 5:40 and the hospital renewed its contract in June.`;

  it('finds "I knew my on-time figures would suffer" as a cost accepted', () => {
    const feedback = scoreAnswer(story('I knew my on-time figures would suffer that week.'), { content });
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/cost accepted \("I knew my on-time figures would suffer/);
  });

  it('finds "we paid 300 euros more than our usual rate" as a cost, and "paid more attention" as none', () => {
    const paid = scoreAnswer(story('We paid 300 euros more than our usual rate for the night run.'), { content });
    expect(paid.criteria.tradeoffs.verdict).toMatch(/cost accepted \("We paid 300 euros more/);
    const attention = scoreAnswer(story('We paid more attention to the cold chain than usual.'), { content });
    expect(attention.criteria.tradeoffs.verdict).not.toMatch(/cost accepted/);
  });
});

describe('an age group after "watched"', () => {
  it('is no alert threshold', () => {
    const feedback = scoreAnswer(
      'I coach a youth volleyball club. I had watched Lena in the under-17s for a season before I moved her up to the first team, and I set up extra serving sessions for her twice a week. ' +
        'Her serve success went from 71 to 88 percent by the spring.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).not.toMatch(/guardrail \("watched/);
  });
});

describe('what the team underwent or always did', () => {
  it('counts neither "we lost" nor "we always" as shared steps', () => {
    const feedback = scoreAnswer(
      'I run the pick team at a parts warehouse, and breakage of brake discs had reached 3 percent. I tested single packing on one line for a month. ' +
        'We lost about 2,000 pounds of output to the trial. I changed the pack spec and I trained the twelve packers myself; we always packed two to a box before, ' +
        'so I stood with each of them for a shift. Breakage fell from 3.1 to 0.4 percent by the autumn.',
      { content },
    );
    expect(feedback.criteria.ownership.verdict).toMatch(/0 shared "we" statements/);
    expect(feedback.criteria.ownership.score).toBe(4);
  });
});

describe('a count over a span after the steps', () => {
  it('reads "In nine shows we had one late cue" as the Result', () => {
    const feedback = scoreAnswer(
      'I am the stage manager for a touring musical. The new lighting desk kept dropping cues in the second act, and the designer wanted to carry on and hope. ' +
        'I asked for a dress run with the old desk as a backup, I wrote every second-act cue onto a paper sheet, and I sat a second operator beside the desk for the tour. ' +
        'In nine shows we had one late cue, and nobody in the house noticed.',
      { content },
    );
    expect(feedback.gate?.id).not.toBe('no-result');
    expect(feedback.criteria.structure.verdict).toMatch(/Result/);
    expect(feedback.criteria.structure.verdict).not.toMatch(/missing[^.]*Result/);
  });
});

describe('a plan after "if not,"', () => {
  it('hangs on the outcome still to come, so the story has no Result yet', () => {
    const feedback = scoreAnswer(
      'I lead the payments operations team at a building society. In May the rejection rate on one employer\'s payroll file jumped from under 1% to 4%, and the employer blamed our new validation rule. ' +
        'I asked IT for a temporary rule that accepts both reference formats, and I put every item it matches on a daily report that one of my team checks by hand. ' +
        "The rule went live on 3 June. The next payroll run is on the 28th, and we'll look at the rejections after that to see whether I was right; if not, we switch the rule off and go back to the old check.",
      { content },
    );
    expect(feedback.gate?.id).toBe('no-result');
  });
});

describe('a time of day', () => {
  it('is no colon that explains a choice', () => {
    const feedback = scoreAnswer('I sent the parcel with a partner firm instead. It arrived at 5:40 and the hospital renewed its contract in June.', { content });
    expect(feedback.criteria.tradeoffs.verdict).not.toMatch(/reason \("40/);
  });
});
