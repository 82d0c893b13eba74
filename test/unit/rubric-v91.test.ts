import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v91: more endings before the outcome ("that's the day I find out whether", "whether ... comes down to", "the
 * Christmas rush is its first real test", "the café owners and I are both just waiting", "the decision hasn't come",
 * "they ask me every morning whether it has"), a stance "whichever way it goes" passed over as the last line; a result
 * "comfortably within target" beside stock phrases ("robust", "decision-makers") in a nameless story is a template's;
 * what others said to do, answered "I decided differently", is an option weighed; and an outcome at a rate ("we took
 * around 40 of those trailers a week") is no step the team took.
 */
const content = loadContent();
const feedback = (text: string, principle = 'deliver-results') => scoreAnswer(text, { content, principle });

describe('a story that ends before its outcome', () => {
  it.each([
    ['the day the speaker finds out', "The racks went in on Monday. The Christmas week is the real test, and that's the day I find out whether I fixed the mornings or just moved the queue."],
    ['an open question that comes down to a later reading', 'The racks went in on Monday, and whether the owner buys racks for the second bakery comes down to what the delivery log says in January.'],
    ['its first real test still ahead', 'The racks went in on Monday. The Christmas rush is its first real test.'],
    ['everyone waiting now, then a promise whichever way it goes', "The owner has the numbers, and the café owners and I are both just waiting on his answer. I've told them that whichever way it goes, they will hear it from me first."],
    ['the awaited decision not come', "The racks went in on Monday. The owner sent my figures to the franchise board, and the decision on the second bakery hasn't come."],
    ['still asked whether it has', 'The racks went in on Monday. The café owners ask me every morning whether it has.'],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it.each([
    ["others' families waiting, in the lesson", 'Late vans fell from 9% to 2% in April. What I learned is that their families are waiting for them at home, so the shift has to end on time.'],
    ['a trouble that has not come back', "The late vans stopped in April, and the complaints haven't come back."],
  ])('is not held for %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).not.toContain('no-result');
  });
});

describe('a nameless story whose result is "comfortably within target"', () => {
  it('is a template, "Not yet"', () => {
    const result = feedback("Situation: In my role as a planning manager at a large logistics provider, the business was preparing to launch a new overnight service, and senior management had firm views on how much capacity it needed.\nTask: I was responsible for recommending the capacity plan and making sure the decision rested on evidence.\nAction: I analysed the past volumes and the market benchmarks, built a robust planning model and tested several scenarios. I identified that the original volume assumptions were too optimistic and that the proposed fleet would run half empty. I presented my findings to the decision-makers, explained the risks and recommended a smaller start. There was some resistance at first, but I stood by the analysis and brought the stakeholders along by focusing on the evidence rather than opinions. I also set up monitoring so we could follow the service after launch.\nResult: The service launched with the smaller fleet and delivered a cost per parcel comfortably within target, outperforming rivals who had launched bigger. Margins came in around 20% ahead of the original plan, and management recognised the value of the analysis.\nLearning: This taught me to trust the data, challenge assumptions early and explain complex analysis in simple terms, and I apply that to every plan I make.", 'are-right-a-lot');
    expect(result.gates).toContain('template');
    expect(result.level).toBe('Not yet');
  });
});

describe('what others said to do, answered "I decided differently"', () => {
  it('is an option weighed', () => {
    const tradeoffs = feedback("I coach the junior squad at a swimming club in Porto. In 2022 my best 16-year-old, Rui, swam 58.9 in the 100 metres freestyle in training but finished sixth at every regional meet, because his turns fell apart in the second half. The other coaches said keep him in the relay, where his speed helps and the turns matter less. I decided differently: he swam only individual races for one season and gave up his relay place for the national championships. With him I filmed every turn on Tuesdays and Thursdays, and on Saturdays he taught turns to the 10-year-olds. After a season his 100 metres went from 1:01.4 in meets to 57.8, and in 2023 he won bronze at the national junior championships. What I took from it: a strong swimmer should not hide in a relay. Now every junior swims one individual season before I put them in a relay.", 'hire-and-develop-the-best').criteria.tradeoffs;
    expect(tradeoffs.verdict).toContain('alternative weighed');
    expect(tradeoffs.verdict).toContain('other coaches said keep him in the relay');
  });
});

describe('an outcome at a rate told with "we"', () => {
  it('is not counted as a step the team took', () => {
    const ownership = feedback("I plan the deck loading on a freight ferry between Rostock and Trelleborg. In spring 2023 the company froze the extra sailing we had asked for, while about 50 trailers a week were left on the quay. I went through six months of deck plans and found that the way the cassettes were stowed left about 5% of lane metres empty. I redrew the stowage so the cassettes go on the lower ramps, and I ran it first on two Thursday sailings with the chief officer checking each plan. From the next month we took around 40 of those turned-away trailers a week, and I wrote the new plan into the loading manual. Over the year that was roughly 8 million kronor in revenue, without an extra sailing. What I learned is that lost space hides in habits, and I now review the stowage templates every season.", 'frugality').criteria.ownership;
    expect(ownership.verdict).toContain('0 shared "we" statements');
  });
});
