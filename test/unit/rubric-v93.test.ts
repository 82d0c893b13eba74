import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v93: more endings before the outcome ("which tells us nothing yet", "that lands on the owner's desk on the 3rd"),
 * while a habit kept since ("I now start the same timing in the summer months") is no event to come; and "My call:
 * keep every stranded guest" names the speaker's own decision.
 */
const content = loadContent();
const feedback = (text: string, principle = 'deliver-results') => scoreAnswer(text, { content, principle });

describe('a story that ends before its outcome', () => {
  it.each([
    ['what has come in so far tells nothing yet', 'Three nights have run since the racks went in, which tells us nothing yet.'],
    ['the report that decides lands on a date ahead', "The second bakery waits for the month-end delivery report, and that lands on the owner's desk on the 3rd."],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it('is not held for a habit kept since, with a season in it', () => {
    const ending = 'By May late vans were down from 9% to 2%. I now start the same timing with the pastry line in the summer months, a season earlier.';
    expect(gatesAfterBakerySteps(ending)).not.toContain('no-result');
  });
});

describe('a terse "My call:" note', () => {
  it("is the speaker's own decision", () => {
    const ownership = feedback("Night manager, 200-bed hotel, Reykjavik. February 2024. A storm closed the airport for two days and 140 guests could not leave. Our own rooms were full from new arrivals. My call: keep every stranded guest, move the new arrivals to our sister hotel, and pay their taxis. Cost: about 900,000 krónur in taxis and lost room nights. Risk: angry new arrivals. So I phoned each of them before they landed and offered breakfast on us. Result: no stranded guest slept in the lobby, 38 of the 41 moved guests rated us 4 or 5, and the owner kept the policy. Learned: call people before they are angry.", 'customer-obsession').criteria.ownership;
    expect(ownership.verdict).toContain('1 decision of your own (keep)');
    expect(ownership.score).toBeGreaterThanOrEqual(3);
  });
});
