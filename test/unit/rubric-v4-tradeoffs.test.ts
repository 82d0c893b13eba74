import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v4: trade-offs told in ways the reader missed or over-read on answers it had never seen (fresh9). Each case
 * follows a neutral opening with one step of the speaker's own, so rules that look at a story's first sentences see it
 * later on, and no case reads as a story with no step of the speaker's (whose choices are someone else's).
 */
const content = loadContent();
const OPENING = 'I run the front desk at a veterinary practice with four vets. Last winter our phone queue was getting out of hand, and I took it on. ';

function tradeoffsOf(sentence: string) {
  return scoreAnswer(OPENING + sentence, { principle: 'are-right-a-lot', content }).criteria.tradeoffs;
}

describe('a cost told as the worse state someone bore: "which meant guests waited longer"', () => {
  it.each([
    ['I moved the routine vaccinations to the afternoons, which meant the farmers waited longer for a morning slot.'],
    ['We switched the paint to the water-based one, and it meant the second coat took longer to dry in winter.'],
    ['I kept the two experienced cooks on the pass, which meant the prep section looked thin on Saturdays.'],
    ['I gave the night shift the new scanners first, meaning the day team worked slower for a fortnight.'],
    ['We stopped overnight printing to cut energy use, which meant the drivers started later on Mondays.'],
  ])('a cost accepted: %s', (sentence) => {
    const result = tradeoffsOf(sentence);
    expect(result.verdict).toMatch(/\d+ costs? accepted/);
    expect(result.score).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['I put the batteries on a new charging schedule, which meant they lasted longer between charges.'],
    ['We moved the tills by the door, which meant customers no longer waited at the back.'],
    ['The award meant a lot to the team.'],
  ])('no cost: %s', (sentence) => {
    expect(tradeoffsOf(sentence).score).toBe(0);
  });
});

describe('"I would rather X than Y": two courses weighed, and the price when it is named', () => {
  it.each([
    ['I told the head teacher I would rather lose the trip deposit than take the children out in that storm.'],
    ["We'd sooner pay the courier's weekend rate than miss the bride's fitting on Monday."],
    ['I said I would rather wait another week for the right part than fit a copy that might fail on the motorway.'],
    ["I'd rather give up my Saturday than have the tenants without heating over the bank holiday."],
  ])('an option weighed and a cost accepted: %s', (sentence) => {
    const result = tradeoffsOf(sentence);
    expect(result.verdict).toMatch(/\d+ alternatives? weighed/);
    expect(result.score).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ["I'd rather not say which supplier it was."],
    ['Honestly I would rather have had more time to plan it.'],
    ["I always say I'd rather be safe than sorry with electrics."],
  ])('nothing weighed: %s', (sentence) => {
    expect(tradeoffsOf(sentence).score).toBe(0);
  });
});

describe('"rather than" in a habit or a lesson is a stance, not an option weighed', () => {
  it.each([
    ['I always try to fix the cause rather than the symptom.'],
    ['Over the years I learned to listen rather than talk in those meetings.'],
    ['I tend to ask the crew instead of guessing.'],
    ["I'm always trying to see the whole week rather than just today's list."],
  ])('nothing weighed: %s', (sentence) => {
    expect(tradeoffsOf(sentence).score).toBe(0);
  });

  it.each([
    ['I chose to rebuild the gearbox rather than replace it, because the part was six weeks away.'],
    ['We decided to try the local courier instead of the national one, since they could collect by noon.'],
  ])('a choice in the story still weighs options: %s', (sentence) => {
    expect(tradeoffsOf(sentence).score).toBeGreaterThanOrEqual(3);
  });
});

describe('"we try it for a month": a bounded trial told with the verb is a guardrail', () => {
  it.each([
    ['I agreed with the owner that we try it for one month and I check the takings every week.'],
    ['We tried it for six weeks on the late shift before anyone else changed rota.'],
    ['The head of year let me try the new layout for a fortnight with one class.'],
    ['I suggested we try this for 3 months and go back to paper if the error count rose.'],
  ])('a guardrail: %s', (sentence) => {
    const result = tradeoffsOf(sentence);
    expect(result.verdict).toMatch(/\d+ guardrails? \(/);
    expect(result.score).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['I tried for years to get onto the management course.'],
    ['We tried for a week to reach the landlord about the leak.'],
    ['Customers can try for free before they buy.'],
  ])('no trial: %s', (sentence) => {
    expect(tradeoffsOf(sentence).score).toBe(0);
  });
});

describe('"the easy answer was to X. But I...": an answer or response passed over is an option weighed', () => {
  it.each([
    ['The easy answer was to quote the couple for a new roof. But I had missed the loose flashing on my survey, so I fixed it free.'],
    ['The obvious response would have been to suspend the driver, but I sat down with him and went through the tachograph first.'],
    ['The natural reaction was to cancel the recital; instead I moved it to the church hall with a hired piano.'],
    ['The quick answer was to buy another oven. But I asked the engineer to look at the thermostat first.'],
  ])('an option weighed: %s', (sentence) => {
    expect(tradeoffsOf(sentence).verdict).toMatch(/\d+ alternatives? weighed/);
  });

  it.each([
    ['The short answer was no, but she took it well.'],
    ['The first reaction from the parents was anger, but they calmed down after the meeting.'],
    ['My answer was to keep calm and carry on.'],
  ])('nothing weighed: %s', (sentence) => {
    expect(tradeoffsOf(sentence).verdict).not.toMatch(/\d+ alternatives? weighed/);
  });
});
