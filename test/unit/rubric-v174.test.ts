import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { awaitsOutcomeOf, BAKERY_STEPS, expectPhraseCounts, ownStepsOf, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v174: the speaker's everyday part ("as usual", "like everyone else"), a rollout followed or a training session
 * attended, and "I did not speak" are no steps; "I started with a pilot" is one, and "I ran the coin processing centre"
 * the post held. "So I never saw the first quarter's results" ends before the outcome. "Over time ... I was able to"
 * is how it turned out, and "at 30 percent less" the terms of a step. An approval someone was "ready to" give guards
 * nothing. "if you dream big, anything is possible" is a platitude, "when I started looking at it, I realised" a finding
 * of the Action, and "next time I would let mentors help choose apprentices" a specific lesson. "five days instead of a
 * month" measures a change. "Nobody wanted to look weak" is the fear a welfare story sets out to change.
 */

const content = loadContent();
const score = (answer: string, principle = 'deliver-results') => scoreAnswer(answer, { content, principle });

describe('own steps', () => {
  it('does not count the speaker\'s everyday part as a step', () => {
    expect(ownStepsOf('I was one of the instructors, so I, like, taught the drills as usual.')).toEqual([]);
    expect(ownStepsOf('When the new form went live I used it like everyone else.')).toEqual([]);
    expect(ownStepsOf('I taught the new drill to all 40 drivers.')).toContain('taught');
  });

  it('does not count a rollout followed or a training session attended as a step', () => {
    expect(ownStepsOf('I was copied on the emails, so I followed the rollout.')).toEqual([]);
    expect(ownStepsOf('I went to the training session she gave.')).toEqual([]);
    expect(ownStepsOf('I went to the depot and counted the pallets.')).toContain('counted');
  });

  it('reads keeping quiet as no step, and a refusal still as one', () => {
    expect(ownStepsOf('I did not speak, Monsieur Favre did everything.')).toEqual([]);
    expect(ownStepsOf('I did not touch the meat budget.')).toContain('did');
  });

  it('reads starting with a pilot as a step, and starting with a company as the scene', () => {
    expect(ownStepsOf('I started with a pilot of 12 notaries in Santiago.')).toContain('started');
    expect(ownStepsOf('I started with the company in 2019.')).toEqual([]);
  });

  it('reads running a centre as the post held, and running the numbers as a step', () => {
    expect(ownStepsOf('In 2023 I ran the coin processing centre at a cash services company in Warsaw.')).toEqual([]);
    expect(ownStepsOf('I ran the numbers again with the new prices.')).toContain('ran');
  });
});

describe('stories that end before their outcome', () => {
  it('reads never seeing the results, or not knowing whether a rate held, as no outcome yet', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} I left in February, so I never saw the first quarter's results.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} I moved to Oulu in May, and I do not know if the new delivery rate was kept.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late deliveries went from 9% to 2%. I don't know if the old rate would have held without the racks.`)).toBe(false);
  });
});

describe('sections', () => {
  const learning =
    'I moved from billing to the pole attachment desk in 2021 and did not know the rules. I read the standards in my own time and went out on site visits with the engineers. Over time it started to make more sense, and I was able to handle the applications more confidently.';

  it('reads what the speaker could do by then as how it turned out', () => {
    expect(sectionOfLine(learning, 'Over time')).toBe('result');
  });

  it('reads a figure that is the price of the deal as part of the step', () => {
    const story =
      'In 2022 I was a deputy sheriff at the supreme court. One arrested ship cost about 6,500 SGD a day in custody. I went through every line of its custody bill myself. I got three quotes and moved both guard shifts to one company at 30 percent less. Daily cost dropped from about 6,500 to 3,900 SGD.';
    expect(sectionOfLine(story, 'at 30 percent less')).toBe('action');
    expect(sectionOfLine(story, 'Daily cost dropped')).toBe('result');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('does not read an approval someone was about to give as a guardrail', () => {
    expectNoKind('guardrails', ['Every test was a pass, and my supervisor was ready to sign off.']);
    expectKind('guardrails', ['I made a sign off by the second storekeeper part of every order above 500 euros.']);
  });
});

describe('lessons', () => {
  const story =
    'In 2021 I ran the flight information screens at the airport, about 1,100 of them. I was asked to replace 80 failing screens. But when I started looking at it, I realised the problem was that every screen group was managed separately. I wrote a proposal for one content platform and phased it pier by pier. By 2023 gate changes took under 30 seconds and faults fell from 60 a month to 12.';

  it('reads ambition told as a proverb as a platitude, and a finding of the Action as no lesson', () => {
    const feedback = score(`${story} The main thing I took from it is that if you dream big, anything is possible.`, 'think-big');
    expect(feedback.criteria.learning.score).toBeLessThanOrEqual(2);
  });

  it('reads what the speaker would do differently, in the story\'s own things, as a specific lesson', () => {
    const apprentices =
      'In 2022 I ran the apprentice programme of our fibre rollout, 16 apprentices with 8 mentors from the field crews. I chose the apprentices myself from 60 applicants and paired each with a mentor. 14 of 16 passed by month five, and 12 are still with us after 18 months. Next time I would let the mentors help choose the apprentices; the two who left were people the mentors had doubts about in week one.';
    expect(score(apprentices, 'hire-and-develop-the-best').criteria.learning.score).toBeGreaterThanOrEqual(3);
  });
});

describe('metrics', () => {
  it('reads "five days instead of a month" as a change against its baseline, after a date', () => {
    const facts = analyzeAnswer('The notary signed on the 23rd and the bank paid on the 28th, five days instead of a month or more.').facts;
    const five = facts.flatMap((f) => f.numbers).find((n) => n.text === 'five');
    expect(five?.baseline).toBe(true);
  });
});

describe('principle fit', () => {
  it('reads the fear of looking weak as what a welfare story sets out to change, however it is negated', () => {
    const story =
      'In June 2023 two of my crew went to the clinic with heat exhaustion. People were skipping water because {}. I moved our start to 6 am, put a cooler at every trench and made the whole crew stop for 10 minutes every hour, me first.';
    expectPhraseCounts('strive-to-be-earths-best-employer', story, 'nobody wanted to look weak', 'nobody wanted to stop working');
  });
});
