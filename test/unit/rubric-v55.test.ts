import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v55: an answer told almost wholly in comma lists is a template whatever acronyms and figures the lists hold;
 * "Whether they renew will come down to their contract review in June" still waits, and a saving "if half accept" is an
 * estimate, not a result; "I brought the results to the head of maths and proposed..." is a decision of the speaker's;
 * "6% went more than 30 days late" measures an outcome, not a delay the speaker accepted.
 */
const content = loadContent();
const score = (answer: string, principle: string) => scoreAnswer(answer, { content, principle });

describe('a keyword list with real names and figures in it', () => {
  it('is a template at "Not yet", its figures measuring nothing', () => {
    const feedback = score("Situation: ERP migration, SAP S/4HANA, tight deadline, unclear requirements, many stakeholders. Task: go live on time, no surprises. Action: mapped dependencies, prioritised ruthlessly, escalated blockers, triangulated inputs, challenged assumptions, owned the cutover. Metrics: OTIF, DSO, close cycle, ticket backlog. Result: 40% faster close, 25% fewer tickets, 100% on-time go-live, 2x throughput, zero defects. Learning: data beats opinion, speed matters, details matter, trust the process.", 'deliver-results');
    expect(feedback.gate?.id).toBe('template');
    expect(feedback.level).toBe('Not yet');
    expect(feedback.criteria.metrics.score).toBeLessThanOrEqual(1);
  });
});

describe('a story that ends waiting', () => {
  it('reads "Whether they renew with us will come down to their contract review in June" as no result yet', () => {
    expect(score("I look after about 40 small merchants on our payments platform in Lisbon. In March one of our biggest, a furniture shop, told us they were losing orders because refunds were arriving twice on their side. I went through their last 300 webhook deliveries and found our retries reached them after a later event had already been processed. I wrote them a small handler that checks the payment's current state before acting, and walked two of their developers through it on a call. I also asked our product team for a sequence number on every event, with a list of nine other merchants who had reported the same. They are deploying the new handler at the end of the month. Whether they renew with us will come down to their contract review in June.", 'customer-obsession').gate?.id).toBe('no-result');
  });

  it('does not take "savings model says ~€150k/year if half accept" for a measured result', () => {
    const feedback = score("- I manage the leases for 900 rooftop masts for a telecom operator in Lyon\n- Jan 2024: lease costs up 9% year on year, mostly from indexation on the construction index\n- I pulled every contract into one sheet: index, renewal date, rent\n- 250 leases on that index, 70 of them renew in the next 12 months\n- I drafted a standard amendment: switch to the capped index in exchange for a longer term\n- letters to the first 70 landlords went out in April, 11 calls so far\n- savings model says ~€150k/year if half accept\n- answers due end of Q2. We'll see then how many sign.", 'frugality');
    expect(feedback.gate?.id).toBe('no-result');
    expect(feedback.criteria.metrics.verdict).toContain('The outcome is still to come');
  });
});

describe('ownership', () => {
  it('counts "...and proposed a ten-minute warm-up" as the speaker\'s decision', () => {
    const ownership = score("I teach maths at a secondary school in Cork. In 2023 a third of my second-year class were failing the fractions test, and the easy answer was to put them in a separate group. I wanted to know where they lost the marks first. I marked every script again question by question and saw that most errors came at one step, finding a common denominator. I brought the results to the head of maths and proposed a ten-minute warm-up on that one step at the start of every lesson for six weeks. The fail rate on the next test fell from 33% to 12%, and nobody had to change group. I learned to find the step before I change the group, and this year I did the same with algebra.", 'dive-deep').criteria.ownership;
    expect(ownership.verdict).toContain('1 decision of your own (proposed)');
    expect(ownership.score).toBe(4);
  });
});

describe('trade-offs', () => {
  it('does not read "6% went more than 30 days late" as a delay the speaker accepted', () => {
    const tradeoffs = score("I run the loans desk of a microfinance branch in Tamale. Goat traders were falling behind on our monthly repayments, because their money comes in two or three lumps a year around the festivals. I collected ram prices by week from the traders' own notebooks and wrote a short paper for our credit committee. I proposed a seasonal loan: interest paid monthly, the principal after the festival. The committee approved it for the 2023 season. Of 64 loans that year, 6% went more than 30 days late, and 51 of the borrowers came back for a second loan. I learned to spend a market day with people in a trade before I judge their cash flow, and I did it this year with the tomato farmers.", 'customer-obsession').criteria.tradeoffs;
    expect(tradeoffs.verdict).not.toContain('30 days late');
    expect(tradeoffs.score).toBeLessThanOrEqual(2);
  });
});
