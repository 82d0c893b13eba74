import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v80: "I cannot promise you yet" leaves the outcome open; a line asking whether the outcome came is no moral;
 * "my own paperwork slipped" is a cost; a cited clause and a go-ahead "to approve replacing" are no guardrails.
 */
const content = loadContent();

describe('a story that ends before its outcome', () => {
  const mediation =
    'I run the tenant mediation service for a housing association in Bristol. In March a family on the fourth floor stopped paying rent after a leak ruined their kitchen, and the arrears reached 2,400 pounds. ' +
    'I met the mother at her sister\'s flat rather than in our office, went through the repair log with her line by line, and got the surveyor out the next morning. I also set up a payment plan she chose herself. ';

  it.each([
    'She paid the first instalment on time. But if she keeps to it once the kitchen is back, this I cannot promise you yet.',
    'She paid the first instalment on time. But that she keeps to it once the kitchen is back, this I can\'t guarantee you yet.',
  ])('is held at the no-result gate: %s', (ending) => {
    expect(scoreAnswer(mediation + ending, { content, principle: 'earn-trust' }).gates).toContain('no-result');
  });

  it('is held there when its closing question holds stock words', () => {
    const ending = 'She paid the first instalment on time, and that is when I will know whether everything holds.';
    expect(scoreAnswer(mediation + ending, { content, principle: 'earn-trust' }).gates).toContain('no-result');
  });
});

describe('what a choice cost', () => {
  it('reads "that meant my own paperwork slipped to the evenings" as a cost accepted', () => {
    const answer =
      'I lead a team of 12 cleaners at a teaching hospital in Lyon. In 2023 one of them, Amina, wanted to train as an infection control assistant, but the course ran on weekday mornings. ' +
      'I released her two mornings a week for four months and covered her rooms myself. That meant my own paperwork slipped to the evenings. ' +
      'She qualified in June and now audits our isolation rooms; swab failures on our floor fell from 9% to 3%. I learned that the best trainer is often already on the team, and I now ask every new starter what they want to learn.';
    const tradeoffs = scoreAnswer(answer, { content, principle: 'hire-and-develop-the-best' }).criteria.tradeoffs;
    expect(tradeoffs.verdict).toMatch(/cost accepted \("[^"]*paperwork slipped/);
  });
});

describe('what is not a guardrail', () => {
  const water = (step: string) =>
    'I manage an estate of 300 homes in Tucson. In July the common-area water bill jumped from about 5,000 to 8,100 dollars a month. ' +
    `I walked all twelve irrigation zones at dawn with the contractor's schedule and found two broken pipes and a stuck valve. ${step} ` +
    'By September the bill was down to 4,700 dollars a month. Since then I read the main meters myself every first Monday.';

  it('does not count a clause only cited', () => {
    const tradeoffs = scoreAnswer(water('I sent the list to the contractor with the contract clause that covers repairs, and checked every fix on site.'), { content, principle: 'ownership' }).criteria.tradeoffs;
    expect(tradeoffs.verdict).not.toMatch(/contract clause/);
  });

  it('does not count a go-ahead for the course itself', () => {
    const tradeoffs = scoreAnswer(water('Then I got the board to approve replacing the three oldest controllers.'), { content, principle: 'ownership' }).criteria.tradeoffs;
    expect(tradeoffs.verdict).not.toMatch(/guardrail \(/);
  });

  it('still counts a clause put in place', () => {
    const tradeoffs = scoreAnswer(water('I added a clause to the contract requiring the contractor to fix any leak within 48 hours.'), { content, principle: 'ownership' }).criteria.tradeoffs;
    expect(tradeoffs.verdict).toMatch(/guardrail/);
  });
});
