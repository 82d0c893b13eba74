import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v24: prices told in everyday words (someone "wasn't happy to lose it", "I wore that", a dip in output "in the
 * first weeks", "from my own pocket", "He was not happy, because..." after the step, "it might slow my own files" said
 * up front), limits agreed with a yes ("he said fine, as long as..."), something agreed "instead". A form left with three
 * blanks, one a figure, is a template whatever real names surround them. Outcomes still to come: "results come out in
 * January", "for now we wait", and a change that hangs on them ("If they pass, we'll have eleven instead of five").
 * A target of the speaker's own, met by a month named, is Deliver Results. Each story is told in a trade of its own.
 */
const content = loadContent();
const score = (answer: string, principle?: string) => scoreAnswer(answer, { content, ...(principle === undefined ? {} : { principle }) });
const tradeoffsOf = (answer: string) => score(answer).criteria.tradeoffs;
/** The trade-off verdict's own count of a kind: "1 guardrail (...)", "1 cost accepted (...)"; "no guardrail" does not match. */
const FOUND = (kind: string) => new RegExp(`\\d+ ${kind}s? (?:weighed |accepted )?\\(`);

describe('prices told in everyday words', () => {
  const clinic = (line: string) =>
    'I run the front desk at a physiotherapy clinic in Leeds. Patients booked by phone and about a fifth never came. ' +
    `I moved bookings to a text link with a reminder the day before. ${line} No-shows went from 20% to 6% in two months.`;

  it('reads someone "not happy to lose" what the step took away as a price', () => {
    expect(tradeoffsOf(clinic('The old paper diary was how our senior physio planned her week, and she was not happy to lose it.')).verdict).toMatch(FOUND('cost'));
  });

  it('reads what was agreed "instead" of what was lost as a compromise', () => {
    expect(tradeoffsOf(clinic('We agreed that she gets a printed list of her patients every morning instead, which she still uses.')).verdict).toMatch(FOUND('cost'));
  });

  it('reads "and I wore that" after a setback as a price owned; a uniform worn is none', () => {
    expect(tradeoffsOf(clinic('Two regular patients went elsewhere in the first month, and I wore that.')).verdict).toMatch(FOUND('cost'));
    expect(tradeoffsOf(clinic('I wore the clinic uniform on the front desk that month.')).verdict).not.toMatch(FOUND('cost'));
  });

  it('reads a dip in the team\'s own output in the first weeks as a price; fewer complaints in the first weeks is none', () => {
    const told = (line: string) =>
      'I supervise a bottling line at a cider works in Somerset. Two operators strained their wrists on the capper in one month. ' +
      `I moved the operators between the capper and the labeller every hour. ${line} Wrist injuries went to zero for the rest of the year.`;
    expect(tradeoffsOf(told('Output dipped to about 9,000 bottles a shift in the first weeks.')).verdict).toMatch(FOUND('cost'));
    expect(tradeoffsOf(told('Complaints from the operators fell in the first weeks.')).verdict).not.toMatch(FOUND('cost'));
  });

  it('reads "He was not happy, because..." right after the speaker\'s step as a price, and money "from my own pocket"', () => {
    const hut = (steps: string, after: string) =>
      `I run the kitchen at a ski hut in the Dolomites. The cooks were working twelve-hour days in the high season. ${steps} ${after} Sick days in the kitchen went from nine to one.`;
    const unhappy = hut('I split the day into two shifts and asked the owner to pay for a second cook.', 'He was not happy, because a second cook cost him 3,000 euros a season.');
    expect(tradeoffsOf(unhappy).verdict).toMatch(FOUND('cost'));
    const pocket = hut('I split the day into two shifts and bought a second dishwasher rack, 400 euros from my own pocket.', 'The owner paid it back in March.');
    expect(tradeoffsOf(pocket).verdict).toMatch(FOUND('cost'));
  });

  it('reads a price said up front ("that it might slow my own work") and a yes "as long as" a limit holds', () => {
    const answer =
      'I am a shift sergeant at a fire station. The equipment log had not been checked for months after the officer retired. ' +
      "I told my station manager I'd take it on in the quiet hours and that it might slow my own reports, and he said fine, as long as the incident returns didn't slip. " +
      'In six weeks every item was checked and 14 faulty items were replaced.';
    const verdict = tradeoffsOf(answer).verdict;
    expect(verdict).toMatch(FOUND('cost'));
    expect(verdict).toMatch(FOUND('guardrail'));
  });

  it('reads a price with no verb of its own after the step ("Almost double the price, which added 6% to the cost") as one', () => {
    const answer =
      'I run a small bakery in Porto. A café that bought our bread said the crust had gone soft. ' +
      'I switched to stone-milled flour from a mill in Braga. Almost double the price per kilo, which added about 6% to the cost of each loaf. ' +
      'The café doubled its order the next month.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('cost'));
  });

  it('reads "That meant one cook less, so..." as a price', () => {
    const answer =
      'I run a canteen at a car plant. The salad bar ran out every day by half past twelve. ' +
      'I moved our fastest cook from the grill to the salad bar for the lunch rush. That meant one cook less, so grill orders took a few minutes longer. ' +
      'The salad bar lasted until two from then on.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('cost'));
  });
});

describe('templates and outcomes still to come', () => {
  it('holds a form with three blanks, one of them a figure, at "Not yet" whatever real names surround them', () => {
    const answer =
      'As treasurer of St Nicholas parish council in Galway since 2021, I identified an opportunity to streamline our processes. ' +
      'In 2023 I introduced a digital solution on the AIB app for the collection of [contributions], and drove adoption across the parish. ' +
      'I simplified the Sunday count from [X steps] to [Y steps] with Father Declan and the two counters. ' +
      'As a result, efficiency improved by 60% and errors were reduced by half. This taught me that innovation and simplicity go hand in hand.';
    const feedback = score(answer);
    expect(feedback.level).toBe('Not yet');
    expect(feedback.gates).toContain('template');
  });

  it('reads a story ending on results that "come out in January" as having no Result yet', () => {
    const answer =
      'I coordinate maths revision at a secondary school in Durban. Our Grade 12 pass rate had been around 60% for three years. ' +
      'I set up Saturday classes for 120 pupils from June to October, trained four teachers as class leads and bought past papers for every pupil. ' +
      'The final exam results come out in January. If the pass rate moves, we want to run it for Grade 11 as well.';
    expect(score(answer).gates).toContain('no-result');
  });

  it('does not count a change that hangs on the outcome ("If they pass, we will have eleven instead of five") as a Result', () => {
    const answer =
      'I am the welding foreman at a boatyard in Gdansk. Only five of my fourteen welders were certified for aluminium hulls. ' +
      'I picked six who wanted it and asked for two hours every afternoon on test plates with our best welder teaching, and I checked every plate myself. ' +
      "They have been training for three months, and the surveyor comes in June to test them. If they pass, we'll have eleven certified instead of five. So for now we wait.";
    expect(score(answer).gates).toContain('no-result');
  });

  it('does not read "helped them decide what to do next" as an outcome still to come', () => {
    const answer =
      'I was a finance assistant at a builders merchant that went into administration. Nobody could say where the stock had gone. ' +
      'I matched every delivery note against the stock records for three branches over four weeks. ' +
      'We found that stock moved between branches had been booked twice. The administrators were happy with what we found and it helped them decide what to do next.';
    expect(score(answer).gates).not.toContain('no-result');
  });
});

describe('principle fit', () => {
  it('reads a target of the speaker\'s own, met by the month named, as Deliver Results', () => {
    const answer =
      'I have a cheese stall at the Saturday market in Lyon with my brother. In 2023 the pitch fee went up, and I worked out that I needed to sell about 20% more each Saturday to take the same money home. ' +
      'My target was a Saturday from around 900 to 1,100 euros, in three months. I started the end-of-day offer an hour earlier, put a card reader on the counter so the queue moved, and dropped two cheeses with almost no margin to make room for the local ones people came for. ' +
      'By the third month Saturdays were around 1,150 euros.';
    expect(score(answer, 'deliver-results').criteria.alignment.verdict).toBe('Fits Deliver Results well.');
  });
});
