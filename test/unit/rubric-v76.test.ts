import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v76: a part of the speaker's own held back for what could go wrong ("I kept 10% of hours flexible for peaks",
 * "I left two vans spare for breakdowns") is a guardrail.
 */
const content = loadContent();

const rota = (reserve: string): string =>
  'I plan the delivery rota for a bakery chain in Lyon with 22 vans. Drivers got their routes the evening before, and 9 of 40 quit in a year. ' +
  `I proposed fixed weekly routes published two weeks ahead. ${reserve} ` +
  'The operations manager agreed to try it on one depot for two months. Quits there went from 6 to 1 over the following year, and on-time deliveries stayed at 97%. ' +
  'I learned that a rota is a promise to a person, and I now publish every new depot\'s routes two weeks ahead.';

describe('a reserve kept back for what could go wrong', () => {
  it.each(['So I kept 10% of the hours flexible for peaks.', 'So I left two vans spare for breakdowns and sick days.'])('is a guardrail: %s', (reserve) => {
    const tradeoffs = scoreAnswer(rota(reserve), { content, principle: 'strive-to-be-earths-best-employer' }).criteria.tradeoffs;
    expect(tradeoffs.verdict).toMatch(/guardrail/);
    expect(tradeoffs.verdict).not.toMatch(/no guardrail/);
  });

  it('is not read in a count of what was left over', () => {
    const leftover = rota('At the end of the first week we had left 3 vans idle for the afternoon.');
    expect(scoreAnswer(leftover, { content, principle: 'strive-to-be-earths-best-employer' }).criteria.tradeoffs.verdict).not.toMatch(/3 vans idle/);
  });
});
