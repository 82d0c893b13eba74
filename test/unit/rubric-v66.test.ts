import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v66: "the proposal is on the agenda for the board's meeting in March" and "the manager will decide about the
 * contract after their finance team reviews the prices" end a story before its outcome; "If I spread it evenly, every
 * block would be stressed" weighs an option by its consequence; "handling those first meant our normal queue would
 * slip" is a cost accepted; the quote of someone else's plan starts in that plan's own clause.
 */
const content = loadContent();

const onTheAgenda = "I manage the school buses for a district in Ohio, 38 routes and about 2,600 riders. Last January the board decided to cut the two late buses that take students home after clubs and sports, to save about $90,000 a year. I thought that would hit the students with the fewest options, so I pulled the rider logs: 214 students used the late buses at least twice a week, and 61% of them qualified for free lunch. I wrote a one-page memo with those numbers and asked the superintendent to let me present it instead of just forwarding the complaints. She was not happy that I was reopening a board decision, but she agreed to bring it back with me. I also proposed a cheaper version, one late bus on three days a week, which saves about $55,000. The proposal is on the agenda for the board's meeting in March, and until then both late buses keep running.";
const decidesAfter = "I run a small bakery in Porto that sells to three hotels. In May a hotel group asked whether we could supply all nine of their hotels, which would be four times our volume. Everyone expected me to say yes at once. I wanted to know first whether our one oven could take it, so I ran a two-week trial at night with a second baker and measured every batch: we could bake 1,800 rolls a night before quality dropped. I sent the group a proposal for five hotels, not nine, with a price 6% under their current supplier. They liked the samples. The purchasing manager will decide about the contract after their finance team reviews the prices.";
const optionsByConsequence = "I look after the irrigation for a 300-hectare vineyard in Mendoza. In January 2023 the river allocation was cut by 30% in the middle of the heat wave, and I had water for only two of our three blocks for three weeks. If I spread it evenly, every block would be stressed and the whole harvest would lose quality. If I dropped the old Malbec block, the owner would lose the grapes for our best wine. So I cut the young Cabernet block to one watering a week and kept the other two on schedule, and I checked leaf water potential every morning so I could switch back at the first sign of damage. We harvested the Malbec at 95% of normal yield with its usual quality, and the Cabernet lost about 20%. I learned to plan water by the value of each block, and I now rank the blocks before every season.";
const queueWouldSlip = "I lead the claims team at a pet insurer in Leeds, eight handlers. In March 2024 a vet chain sent us 260 claims with a wrong treatment code, and all of them were about to be declined automatically. Handling those 260 first meant our normal queue would slip by about four days, and those customers were waiting for their money too. I agreed with the operations manager that we would take the vet claims first for one week and tell every customer in the normal queue the new date by email. I also called the vet chain's practice manager to fix the code at source. All 260 claims were paid within six days, the normal queue was back to its two-day target by the end of the second week, and the chain's wrong codes fell from 40 a week to none. I learned to look for one cause behind a wave of complaints, and I now check declines by vet every Monday.";
const headOfficePlan = "I run the returns desk for an outdoor clothing brand in Munich. When I joined in 2022, the plan from the head office was a returns portal for Germany only, with the rest of Europe to follow a year later. I thought that was too narrow, because 40% of our returns came from Austria and Switzerland and those customers waited longest. So I proposed one portal for all three countries from the start, and I tested the Swiss customs forms with 50 real returns before launch. Returns processing time fell from 19 days to 6 across the three countries, and refund complaints dropped by half. I learned to size a first version by where the pain is, and I now start every project by mapping complaints by country.";

describe('a story that ends before its outcome', () => {
  it('has no result when the proposal "is on the agenda for the board\'s meeting in March"', () => {
    expect(scoreAnswer(onTheAgenda, { content, principle: 'have-backbone-disagree-and-commit' }).gates).toContain('no-result');
  });
  it('has no result when "the purchasing manager will decide about the contract after..." ends it', () => {
    expect(scoreAnswer(decidesAfter, { content, principle: 'are-right-a-lot' }).gates).toContain('no-result');
  });
});

describe('trade-offs', () => {
  it('reads "If I spread it evenly, every block would be stressed" as an option weighed', () => {
    const tradeoffs = scoreAnswer(optionsByConsequence, { content, principle: 'are-right-a-lot' }).criteria.tradeoffs;
    expect(tradeoffs.verdict).toContain('alternative weighed ("If I spread it evenly');
  });
  it('leaves a habit told with "If I saw..., I would..." alone', () => {
    const habit = optionsByConsequence.replace(/If I spread it evenly[^.]*\. If I dropped[^.]*\./, 'If I saw a dry block, I would water it first.');
    expect(scoreAnswer(habit, { content, principle: 'are-right-a-lot' }).criteria.tradeoffs.verdict).not.toContain('If I saw');
  });
  it('reads "meant our normal queue would slip by about four days" as a cost accepted', () => {
    const tradeoffs = scoreAnswer(queueWouldSlip, { content, principle: 'customer-obsession' }).criteria.tradeoffs;
    expect(tradeoffs.verdict).toContain('would slip');
    expect(tradeoffs.score).toBeGreaterThanOrEqual(3);
  });
  it('quotes the plan set aside from its own clause, not the date before it', () => {
    const verdict = scoreAnswer(headOfficePlan, { content, principle: 'think-big' }).criteria.tradeoffs.verdict;
    expect(verdict).toContain('("the plan from the head office was');
    expect(verdict).not.toContain('("2022")');
  });
});
