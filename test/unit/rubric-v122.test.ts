import { describe, it } from 'vitest';
import { expectPhraseCounts } from './rubric-helpers.js';

/** Rubric v122: figures put where the doubters can check them themselves show Earn Trust. */

describe('a check the doubters can make themselves', () => {
  const story =
    'I manage the service charge for four apartment blocks in Tallinn. When the fee went up, the residents were sure we were padding the budget. I put every line of it in the residents\' chat, {}, and the next year nobody voted against it.';

  it.each([
    ['with the contract prices, so they can check them against their own quotes', 'with the contract prices, and they looked at them against their own quotes'],
    ['so each owner could check for themselves what the lift contract cost', 'so each owner could look at what the lift contract cost'],
    ['so each owner could read his own share of every invoice', 'so each owner could look at a share of every invoice'],
  ])('fits Earn Trust better with "%s"', (phrased, plain) => {
    expectPhraseCounts('earn-trust', story, phrased, plain);
  });
});
