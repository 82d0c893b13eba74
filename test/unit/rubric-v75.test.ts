import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v75: more endings before the outcome. An "until" that waits on an event still to come, with nothing known
 * meanwhile ("until the court rules, not a cent has come back"); "no inspector has been assigned yet"; "they will only
 * decide after..."; "for the moment I have no answer from them".
 */
const content = loadContent();

const claim =
  'I audit customs refunds for a port authority in Valencia. In March I found a freight agent had claimed the same 14 containers twice, about €380,000 in refunds. ' +
  'I matched every claim against the gate logs myself, wrote the case with each container listed so it would hold on appeal, and stopped further refunds to the agent, ' +
  'which meant two honest clients of theirs waited a month for their money. ';

describe('a story that ends before its outcome is in', () => {
  it.each([
    'The agent has appealed, and until the court sets a date and rules, not one euro of it has come back.',
    'The agent has appealed, and no judge has been assigned to the case yet.',
    'The ministry told me they will only decide on the penalty after the appeal, so for the moment I have no answer from them.',
    'Until that ruling comes back, the case is either my best work this year or a long argument about paper.',
  ])('is held at the no-result gate: %s', (ending) => {
    expect(scoreAnswer(claim + ending, { content, principle: 'dive-deep' }).gates).toContain('no-result');
  });

  it('does not read a rule kept with "until" as a wait', () => {
    const kept = claim + 'The court upheld the case in June and the €380,000 came back. I now refuse no refund until the gate logs are checked, and I have done it on every claim since.';
    expect(scoreAnswer(kept, { content, principle: 'dive-deep' }).gates).not.toContain('no-result');
  });
});
