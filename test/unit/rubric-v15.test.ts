import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v15: trade-offs told in everyday words (a "no" to someone's course, money not taken, a loss disliked, a trial
 * someone else agreed to, a step fixed for when a reading crosses a level) and habits told with verbs whose past is
 * their present. Each case is told in a trade other than the answers it was found in.
 */

describe('a course put to the speaker, and refused', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations('I run a bicycle repair shop with three mechanics. Last spring a batch of brake pads came in faulty. ');

  it("reads a short 'no' one or two sentences after someone else's course as an option set aside", () => {
    expectKind('alternatives', ['My partner said sell them at half price, nobody checks pads. I said no.']);
    expectKind('alternatives', ['The wholesaler wanted us to fit them and claim later. It was our busiest week. I refused.']);
    expectKind('alternatives', ['The customers asked me to fit the old stock too; this I refused, because the pads failed our stop test.']);
  });

  it("leaves a 'no' with no course before it, and a reported fact, alone", () => {
    expectNoKind('alternatives', ['The brakes were tested on every bike. I said no.']);
    expectNoKind('alternatives', ['My partner said that the pads were fine. I said no.']);
  });
});

describe('prices told in everyday words', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations('I manage a ferry cafe with six staff. In July the fridge supplier changed our delivery day. ');

  it('reads money the speaker chose not to take and a loss they bore unwillingly as costs', () => {
    expectKind('costs', ['I closed the hot counter on Mondays. That was about €1,800 a month we did not earn.']);
    expectKind('costs', ["I moved the team's training to Sunday. I didn't like losing the day off, but the rota was full."]);
    expectKind('costs', ['I changed the night rota so nobody locks up alone, which needed one extra hand.']);
    expectKind('costs', ['I put the deposit for the new fridge from our tips, which meant two lean months for everyone.']);
  });

  it('leaves money owed by others, a temper, a vague price and disagreement alone', () => {
    expectNoKind('costs', ['The supplier owed us €1,800 we did not get back until autumn.']);
    expectNoKind('costs', ['I hated losing at cards as a child.']);
    expectNoKind('costs', ['I chose to keep the menu, even if it meant some difficulties in the short term.']);
    expectNoKind('costs', ['Whenever I push back, I bring a second option with me.']);
  });
});

describe('limits someone put in place', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations('I coordinate a food bank with 40 volunteers. In March donations of fresh food tripled. ');

  it('reads a trial someone else agreed to for a set time, and a step fixed for when a reading crosses a level', () => {
    expectKind('guardrails', ['I proposed a second cold room. The trustees agreed to a three-month trial.']);
    expectKind('guardrails', ['I proposed a second cold room. The chair agreed to try it one quarter.']);
    expectKind('guardrails', ['We log the cold room at eight and at four, and if it passes 5 degrees we move the stock to the church fridge.']);
  });

  it('leaves a moment narrated with "when", an imagined threshold and a trial refused alone', () => {
    expectNoKind('guardrails', ['When the queue reached 200 people we ran out of bread.']);
    expectNoKind('guardrails', ['If it passes 5 degrees I would probably call someone.']);
    expectNoKind('guardrails', ['The trustees never agreed to try it for a month.']);
  });

  it('does not read something turned down by others as an option the speaker weighed', () => {
    const { expectNoKind: noAlternative } = tradeoffExpectations('I run a small print shop. ');
    noAlternative('alternatives', ['We lost most of a month to paperwork and one rejected grant form.']);
  });
});

describe('a habit told with a verb whose past is its present', () => {
  const learning = (lesson: string) =>
    scoreAnswer(
      'I am the buyer for a chain of four garden centres. In 2023 our compost sales fell 30% in spring and the managers blamed the weather. ' +
        'I compared the sales by store and by week with the delivery notes, and the fall was only in the two stores that had a new supplier with smaller bags. ' +
        'I moved those stores back to the old supplier for the summer, which cost us 4% on margin. ' +
        `Sales came back to last year's level by June. ${lesson}`,
    ).criteria.learning.score;

  it('reads "after this I always split..." as a lesson kept, as it does "I always check..."', () => {
    expect(learning('After this I always split the figures by store first, before I believe one explanation.')).toBeGreaterThanOrEqual(3);
    expect(learning('After this I always check the figures by store first, before I believe one explanation.')).toBeGreaterThanOrEqual(3);
  });

  it('keeps a past step told with such a verb, in a sentence with other past verbs, as a step', () => {
    expect(learning('Back then I always put the figures in one sheet and looked at the total.')).toBeLessThan(3);
  });

  it('reads a "Habit since:" heading as the lesson', () => {
    expect(analyzeAnswer('Habit since: I check the delivery notes before I compare two stores.').facts[0]?.sentence.label).toBe('learning');
  });
});

describe('a story that ends looking ahead', () => {
  const story = (ending: string) =>
    scoreAnswer(
      'I run the returns desk of an online furniture shop with five people. In April our returns for damaged sofas doubled, to about 60 a month. ' +
        'I went through the claim photos with the warehouse lead and found most damage at the same corner, where the straps pressed the frame. ' +
        'I asked the packing team to add a corner guard on every sofa from May and wrote the new step into the packing sheet. ' +
        ending,
      { principle: 'dive-deep' },
    );

  it('has no Result while the outcome is still to come, in the structure and in the gate alike', () => {
    const pending = story("The first sofas with guards ship next week, and we'll see in June whether the claims come down.");
    expect(pending.gate?.id).toBe('no-result');
    expect(pending.criteria.structure.verdict).toMatch(/missing[^.]*Result/);
  });

  it('keeps a measured outcome told before a look ahead', () => {
    const measured = story("By July damage claims were down from 60 a month to 14. We'll see whether it holds over the winter.");
    expect(measured.gate?.id).not.toBe('no-result');
    expect(measured.criteria.structure.verdict).not.toMatch(/missing[^.]*Result/);
  });
});

describe('a change told with "down from"', () => {
  const metrics = (result: string) =>
    scoreAnswer(
      'I run a laundry with two washers and four staff. In 2023 our water bill went from about 9,000 to 14,000 shillings a month. ' +
        'I logged every wash for a week, found half the loads were under half full, and set a rule: no wash under 6 kg unless a customer is waiting. ' +
        result,
    ).criteria.metrics;

  it('pairs "down from" with the figure before it, not with a figure in the next clause', () => {
    const read = metrics('By March each load used about 40 litres, down from 55, and the bill came to about 9,500 a month.');
    expect(read.verdict).not.toMatch(/jump invites doubt/);
    expect(read.score).toBeGreaterThanOrEqual(3);
  });
});

describe('a story told in the present from "one time"', () => {
  it('reads "One time I see..." as one real event, not as what the speaker would do', () => {
    const feedback = scoreAnswer(
      'I drive a school bus in Durban for eight years now. One time I see that two small boys are crying when they get on. ' +
        'So I ask their teacher and I find out the older kids take their lunch at the back. I decide the small ones sit in the front two rows, near me. ' +
        'I tell the parents at the gate and I put the rule on a paper by the door. After two weeks the boys sit in the front and they laugh again, and the teacher says no more lunch is missing. ' +
        'I learn that the seat plan is my job too, not only the driving.',
      { principle: 'ownership' },
    );
    expect(feedback.gate?.id).not.toBe('hypothetical');
    expect(feedback.criteria.ownership.score).toBeGreaterThanOrEqual(2);
  });

  it('keeps a list of what the speaker usually does hypothetical', () => {
    const feedback = scoreAnswer(
      'I drive a school bus in Durban. When small children cry I usually ask their teacher what is wrong. I always put the small ones in the front rows. ' +
        'I normally tell the parents at the gate, and I usually put the rules on a paper by the door. I always listen to the children first.',
      { principle: 'ownership' },
    );
    expect(feedback.gate?.id).toBe('hypothetical');
  });
});

describe('lessons told without the word "learned"', () => {
  const learning = (lesson: string) =>
    scoreAnswer(
      'I run the quality lab of a small brewery. In March two batches of our pale ale went sour in the bottle, and a pub chain sent back 40 cases. ' +
        'I traced both batches to one filler head that our cleaning routine skipped, showed the owner the swab results, and changed the routine that week. ' +
        `No batch has gone sour since, and the chain kept its order. ${lesson}`,
    ).criteria.learning.score;

  it('reads a lesson built into the work, and what the speaker would do again differently', () => {
    expect(learning('A swab of every filler head is now written into the weekly cleaning sheet, and it caught a dirty valve in June.')).toBeGreaterThanOrEqual(3);
    expect(learning("Done again, I'd swab every head from the first week instead of trusting the routine.")).toBeGreaterThanOrEqual(2);
  });

  it('leaves a sentence that only reports what was done again alone', () => {
    expect(learning('The chain had the tasting done again in May.')).toBeLessThan(2);
  });
});

describe('a course not taken, with its reason, and time asked for before judging', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations('I run a guesthouse with four rooms in a mountain village. In 2022 bookings fell by half. ');

  it('reads a step the speaker chose not to take, said with why, and one course set against another after a comma', () => {
    expectKind('alternatives', ['I did not list the rooms on the big booking site because they take 18% of every night.']);
    expectKind('alternatives', ["Didn't lower the prices: the regulars would have expected it every year."]);
    expectKind('alternatives', ['I asked the council for a bus stop sign at the lane, not a bigger car park.']);
  });

  it('leaves states, habits, time and place after ", not" alone', () => {
    expectNoKind('alternatives', ["I didn't really know the booking sites because they were new to me."]);
    expectNoKind('alternatives', ['I never cut corners, because guests notice everything.']);
    expectNoKind('alternatives', ["I didn't wait: I rang the tourist office that morning."]);
    expectNoKind('alternatives', ['I asked the guests for reviews at breakfast, not at check-out.']);
  });

  it('reads a bounded time asked for to try a course', () => {
    expectKind('guardrails', ['My husband said it would cost us the summer. I said give me six weeks and we count the bookings.']);
    expectKind('guardrails', ['I asked the owner for three months before anyone decided.']);
    expectNoKind('guardrails', ['I asked for two days off after the season.', 'I asked the owner for ten minutes and showed him the bookings.']);
    expectKind('guardrails', ['I asked the owner for 48 hours before anyone decided.']);
  });
});

describe('no option and no reason where none is given', () => {
  const { expectNoKind } = tradeoffExpectations('I coordinate a youth orchestra of sixty players. In 2023 our grant was cut by a third. ');

  it('reads "whether to X or not" as no second course, and "as much as I could" as no reason', () => {
    expectNoKind('alternatives', ['I had to decide whether to spend the money on a new bus or not.']);
    expectNoKind('reasons', ['The board chose to cancel the tour. I tried to make it work for the players as much as I could, even though it was not what I would have picked.']);
  });
});

describe('a new value told before "from"', () => {
  const metrics = (result: string) =>
    scoreAnswer(
      'I manage a ski rental shop with six staff. In 2022 half our customers queued more than 40 minutes on Saturday mornings. ' +
        'I moved boot fitting to a second counter, asked customers to book a slot online, and kept one walk-in lane. ' +
        result,
    ).criteria.metrics;

  it('pairs "came back to 60%, from 15% before" as a change, and not money "from 1,900 people"', () => {
    expect(metrics('By February our online share came back to around 60%, from maybe 15% before.').score).toBeGreaterThanOrEqual(3);
    expect(metrics('The new counter raised £3.2 million from 1,900 people.').verdict).not.toMatch(/jump invites doubt/);
  });
});

describe('a template told in the filler of a report', () => {
  it('is "Not yet" when every part is management filler with figures that measure nothing real', () => {
    const feedback = scoreAnswer(
      'Situation: During our busiest quarter at the distribution centre, we faced significant challenges with delivery performance and client satisfaction. ' +
        'Task: As shift lead, I was accountable for delivering improved results for the business within a tight timeline. ' +
        'Action: I reviewed the data, found the root causes and implemented a comprehensive action plan. I optimised rotas, streamlined processes, empowered my team and drove accountability. I communicated proactively with management and aligned all parties on the priorities. ' +
        'Result: Late deliveries were reduced by 35%, client satisfaction increased by 20% and productivity improved significantly, exceeding all targets. ' +
        'Learning: I learned that with the right focus and teamwork, any challenge can be turned into an opportunity.',
      { principle: 'deliver-results' },
    );
    expect(feedback.gate?.id).toBe('template');
    expect(feedback.level).toBe('Not yet');
  });
});
