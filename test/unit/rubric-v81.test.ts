import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v81: a meeting "on the 14th", the speaker's own review "at the end of May", and "whether it goes ahead rests on
 * what they bring back" all end a story before its outcome.
 */
const content = loadContent();

const backlog =
  'I lead the claims support desk at an insurer in Porto. In January I found 6,000 messages from policyholders that had been closed without a reply, because an old routing rule sent them to a queue nobody watched. ' +
  'I fixed the routing myself that week, so new messages reach the general queue, and I wrote a plan to call back the 900 customers with open claims. ' +
  'My director took the plan to the operations board. ';

const gates = (ending: string) => scoreAnswer(backlog + ending, { content, principle: 'ownership' }).gates;

describe('a story that ends before its outcome', () => {
  it.each([
    'They meet on the 14th, and nobody can start calling until they have signed off the overtime.',
    'Result: The board liked the plan, and my director and I sit down with the figures at the end of May to see what it changed.',
    'Result: The board has taken it away to check against the budget, and whether any of it goes ahead rests on what they bring back in the autumn.',
  ])('is held at the no-result gate: %s', (ending) => {
    expect(gates(ending)).toContain('no-result');
  });

  it('is not held when the meeting on the 14th is past and its outcome told', () => {
    expect(gates('They met on the 14th and approved the overtime, and by March all 900 customers had been called.')).not.toContain('no-result');
  });
});
