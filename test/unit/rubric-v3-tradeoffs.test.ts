import { describe, it } from 'vitest';
import { tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v3 (issue 9): trade-offs told in plain words that the reading missed on answers it had never seen (fresh8).
 * Every sentence here was written for these tests, in trades other than the suite answers that showed the gap.
 */
const { expectKind, expectNoKind } = tradeoffExpectations('I manage the night desk at a regional newspaper. One evening the printing press broke down. ');

describe('a course named as the subject of "would have": an option weighed and why it lost', () => {
  it('is an alternative with its reason', () => {
    const cases = [
      'I printed a short edition at our sister paper, but waiting for the engineer would have meant no paper at all on Friday.',
      'I sent the crates by rail. Booking a second lorry at that hour would have cost twice the value of the load.',
      'I rang the families myself, and holding the news until Monday would have left them hearing it from neighbours.',
    ];
    expectKind('alternatives', cases);
    expectKind('reasons', cases);
  });

  it('but hindsight about what the speaker lacked is no option', () => {
    expectNoKind('alternatives', ['Knowing the forecast earlier would have helped.', 'Having a spare part on site would have helped us a lot.']);
  });
});

describe('the easy option followed by what taking it would have done', () => {
  it('is an option weighed, without a "but"', () => {
    expectKind('alternatives', [
      'The easy option was to sign off the audit as it stood, and nobody would ever have checked.',
      'The obvious fix was to reboot the server every night, which would have hidden the leak for months.',
    ]);
  });

  it('but the option taken, with no counterfactual, is not', () => {
    expectNoKind('alternatives', ['The obvious fix was to reboot the server every night, and it worked.']);
  });
});

describe('giving something up in plain words', () => {
  it('is a cost accepted', () => {
    expectKind('costs', [
      'The new hoist came out of the training budget, so we skipped the spring conference.',
      'To pay for the second interpreter we went without the new laptops that year.',
      'I decided to skip the spring stocktake and count only the fast-moving lines.',
    ]);
  });

  it('but a skipped step that was nobody\'s choice is not', () => {
    expectNoKind('costs', ['The last issue skipped a page because of a printer fault.']);
  });
});
