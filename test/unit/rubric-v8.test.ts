import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { bestFitting } from '../../src/core/rubric/principle-fit.js';

/**
 * Rubric v8: phrasings answers the rubric had never seen (fresh10) were read wrongly in. Each family is shown here in
 * other trades than the answers it came from, after a neutral opening with one step of the speaker's own, so rules
 * about a story's first sentences see it later on and no case reads as a story with no step of the speaker's.
 */
const content = loadContent();
const OPENING = 'I coordinate the ferry crossings for an island council, four boats and about forty crew. Last winter the early sailings kept running late, and I took it on. ';

function scored(text: string) {
  return scoreAnswer(OPENING + text, { principle: 'are-right-a-lot', content }).criteria;
}

describe('two courses open at the time, set against each other with "or"', () => {
  it.each([
    ['I could cancel the 6 a.m. sailing, which was safer, or run it with one deckhand short, which risked a fine.'],
    ['We could wait for the new pump to arrive, or repair the old one ourselves and void the warranty.'],
    ['I could ring every passenger myself or send one text to the whole list and answer the replies.'],
  ])('an alternative weighed: %s', (sentence) => {
    expect(scored(sentence).tradeoffs.verdict).toMatch(/\d+ alternatives? weighed/);
  });

  it.each([
    ['I could handle twenty or thirty bookings a day on my own.'],
    ['I could see the queue from the office or from the ramp.'],
    ['So I could check the tide tables or the weather before each crossing, I moved my desk.'],
  ])('no alternative: %s', (sentence) => {
    expect(scored(sentence).tradeoffs.verdict).not.toMatch(/\d+ alternatives? weighed/);
  });
});

describe('an option thought about and set aside, the contrast maybe a clause or a sentence away', () => {
  it.each([
    ['I thought about hiring a second skipper, but the budget would not stretch to it.'],
    ['I did think about an online booking page, which is what the big operators have, but at that hour the islanders are standing at the slipway, not at a laptop, and it would have cost about four thousand pounds.'],
    ['I toyed with moving the first sailing to 7 a.m. In the end I kept it and moved the crew change instead.'],
  ])('an alternative weighed: %s', (sentence) => {
    expect(scored(sentence).tradeoffs.verdict).toMatch(/\d+ alternatives? weighed/);
  });

  it.each([
    ['I thought about it a lot, but the answer came from the crew.'],
    ['I thought about what the islanders needed, and I wrote it down.'],
  ])('no alternative: %s', (sentence) => {
    expect(scored(sentence).tradeoffs.verdict).not.toMatch(/\d+ alternatives? weighed/);
  });
});

describe('a safeguard named as such, with what the speaker did', () => {
  it.each([
    ['As a guardrail, I checked the mooring lines myself before every early sailing for a month.'],
    ['As a safeguard we kept the old timetable printed at the kiosk for the first two weeks.'],
  ])('a guardrail: %s', (sentence) => {
    expect(scored(sentence).tradeoffs.verdict).toMatch(/guardrail \(/);
  });

  it('the word alone, with nothing put in place, is none', () => {
    expect(scored('Guardrails matter a lot in this job.').tradeoffs.verdict).not.toMatch(/\d guardrails? \(/);
  });
});

describe('words that only look like trade-offs', () => {
  it.each([
    ['The islanders were happier and we got some nice reviews on the council page.'],
    ['We tried to waste less, like not over-ordering fuel and switching engines off at the pier.'],
    ['I decided not to argue with the harbour master.'],
    ['It was, you know, a long winter, and I knew the crews were tired.'],
  ])('no trade-off: %s', (sentence) => {
    expect(scored(sentence).tradeoffs.score).toBeLessThanOrEqual(1);
  });

  it.each([
    ['I had the harbour master review every change to the timetable before it went out.'],
    ['I decided not to renew the second boat lease, and we ran three boats through the spring.'],
  ])('still read: %s', (sentence) => {
    expect(scored(sentence).tradeoffs.score).toBeGreaterThanOrEqual(2);
  });
});

describe('a share counted against its whole is a measure; an old value told after the new one is its baseline', () => {
  it.each([
    ['After the change the first boat left on time on 21 of the next 22 mornings.', /21 of the next 22/],
    ['By March 14 of the 16 crew had done the new drill.', /14 of the 16/],
    ['In the spring, three out of four sailings carried a full car deck.', /three out of four/],
  ])('measured: %s', (sentence, shown) => {
    const metrics = scored(`I moved the crew change to 5:30 and rang the relief skippers myself. ${sentence}`).metrics;
    expect(metrics.verdict).toMatch(shown);
    expect(metrics.score).toBeGreaterThanOrEqual(2);
  });

  it('"one of the skippers" is no measure', () => {
    expect(scored('One of the skippers left the next week.').metrics.verdict).toMatch(/^No measured outcome/);
  });

  it.each([
    ['I moved the crew change to 5:30. The first sailing then left on time on 19 of 20 days, where before only 60% did.'],
    ['I moved the crew change to 5:30. Late departures fell to 5%, against 40% before.'],
  ])('a change with its baseline: %s', (sentence) => {
    expect(scored(sentence).metrics.score).toBeGreaterThanOrEqual(3);
  });
});

describe('a lesson, then what the speaker did with it, at the end of the story', () => {
  const story =
    'Two sailings a week were cancelled because the relief skipper could not be found in time. I built a rota of three relief skippers with their phone numbers and asked each to confirm a week ahead. Cancellations went from eight a month to one. ';
  const learning = (ending: string) => scoreAnswer(OPENING + story + ending, { principle: 'ownership', content }).criteria.learning;

  it.each([
    ['I learned that "not my boat" is not "not my problem". I added the rota check to the Monday handover, and it caught a gap in March.'],
    ['What I took from it: fix the cover before the week starts. I did the same for the kiosk staff this spring.'],
  ])('applied: %s', (ending) => {
    const result = learning(ending);
    expect(result.verdict).toContain('applied since');
    expect(result.score).toBe(4);
  });

  it('someone else doing something since is no lesson applied', () => {
    const result = learning('A passenger has recommended us to the council since then. For me it is about treating every crossing like it matters.');
    expect(result.verdict).not.toContain('applied since');
  });
});

describe('a keyword salad: a list of bare verbs next to a list of short claims is no story', () => {
  it('is "Not yet" as a template, whatever its figure', () => {
    const salad = [
      'Situation: At the garden centre we had to deliver more value with fewer resources in a demanding season.',
      'Task: Drive efficiency and customer obsession while keeping the highest standards.',
      'Action: I analysed spend, streamlined rotas, reduced waste, renegotiated contracts, leveraged best practice, empowered the team. I decided, I owned, I simplified, I delivered.',
      'Result: Cut costs by 20%, increased efficiency, improved morale and delighted customers.',
      'Learning: Constraints breed creativity. Ownership is a mindset.',
    ].join('\n');
    const feedback = scoreAnswer(salad, { principle: 'frugality', content });
    expect(feedback.level).toBe('Not yet');
    expect(feedback.gate?.id).toBe('template');
  });

  it('a real story with one short list of steps stays a story', () => {
    const story =
      'Last March our garden centre threw away about 300 bedding trays a month. I went through the waste log with the two plant buyers, cut the spring order for the slow lines by a third, moved the trays nearer the tills and started a half-price trolley on Fridays. I decided to keep the full range of herbs because regulars came for them. Within two months the waste was down to 90 trays a month and the plant margin was up 4 points. I learned to read the waste log before I place an order, and I still do it every Monday.';
    expect(scoreAnswer(story, { principle: 'frugality', content }).gate?.id).not.toBe('template');
  });
});

describe('how things turned out, told of them rather than of the speaker', () => {
  const story = (ending: string) =>
    scoreAnswer(
      `${OPENING}On the worst morning the ramp hydraulics failed an hour before the first sailing. I called the engineer, moved the cars to the second boat and walked the foot passengers to the old pier myself. ${ending} I learned to keep a printed plan for a ramp failure in every kiosk.`,
      { principle: 'bias-for-action', content },
    );

  it.each([
    ['The sailing went ahead twenty minutes late and no passenger had to be turned away.'],
    ['The queue stayed calm and the complaints that week fell to two.'],
    ['Over the winter the mood on the early boats improved a lot.'],
  ])('a Result: %s', (ending) => {
    expect(story(ending).gate?.id).not.toBe('no-result');
    expect(story(ending).criteria.structure.verdict).toMatch(/^Found [^;]*Result/);
  });
});

describe('a new value with its baseline told much earlier, of the same quantity', () => {
  it('is a change with its baseline', () => {
    const text = `${OPENING}The waiting list for a car space on the first boat was at 19 days. I split the bookings into two windows and held ten spaces for islanders who work on the mainland. The islanders were unhappy at first. I met their council and explained it. After the winter the waiting list was down to 6 days.`;
    expect(scored(text).metrics.score).toBeGreaterThanOrEqual(3);
  });
});

describe('more trade-offs told in plain words', () => {
  it.each([
    ['I sent the crew down the cliff path with a throw line rather than sit at the station waiting for the lifeboat.', /\d+ alternatives? weighed/],
    ['I chose live announcements, which added maybe 20 seconds a crossing, and kept the recorded ones for the quiet evening boats.', /\d+ costs? accepted/],
    ['It took three weeks instead of one weekend, and every car deck passed its inspection.', /\d+ costs? accepted/],
  ])('%s', (sentence, found) => {
    expect(scored(sentence).tradeoffs.verdict).toMatch(found);
  });

  it.each([['I fixed the rota myself rather than sit on it.'], ['I chose the blue livery, which took a lot of people by surprise.'], ['We finished three weeks ahead instead of a few days.']])(
    'none: %s',
    (sentence) => {
      expect(scored(sentence).tradeoffs.score).toBeLessThanOrEqual(1);
    },
  );
});

describe('a firmware or software release number sets the scene', () => {
  it('"from firmware 4.2 to 4.3" is no change', () => {
    const metrics = scored('I moved the ticket machines from firmware 4.2 to 4.3 over one night.').metrics;
    expect(metrics.verdict).toMatch(/"4\.2"/);
    expect(metrics.score).toBeLessThanOrEqual(1);
  });
});

describe('a measured change told with "since then" is still the Result', () => {
  it('is not read as the lesson', () => {
    const text = `${OPENING}The booking export failed twice a week and nobody owned it. I took it on, traced the failures to a lock timeout and rewrote the job to run in batches. Since then it has not failed once, and the monthly reconciliation went from five days to three.`;
    expect(scored(text).structure.verdict).toMatch(/^Found [^;]*Result/);
  });
});

describe('principles shown in words their profiles lacked', () => {
  const fit = (principle: 'ownership' | 'deliver-results' | 'earn-trust', text: string) =>
    scoreAnswer(`${OPENING}${text}`, { principle, content }).criteria.alignment.score;

  it('Ownership: a job that belongs to someone else, taken on because "not my boat" is not "not my problem"', () => {
    expect(
      fit(
        'ownership',
        'The hydraulic ramp belongs to the harbour trust, and their fitter was away for a fortnight. I decided it was not my problem to wait on: I took it on, got the trust to approve it in writing and bled the system with their fitter on the phone. The ramp ran without a fault through the winter. I learned that "not my ramp" is not "not my problem".',
      ),
    ).toBe(4);
  });

  it('Deliver Results: the date pulled forward and the work handed over on the day', () => {
    expect(
      fit(
        'deliver-results',
        'The council moved the launch of the new timetable forward by two weeks, leaving us nine days. I split the work into three parts, borrowed two clerks from the harbour office and checked progress every evening. We handed over the printed timetables and the new booking screens on day nine, and the first week ran with no missed sailings.',
      ),
    ).toBeGreaterThanOrEqual(3);
  });

  it('Earn Trust: a mistake nobody would have known about, told by the speaker', () => {
    expect(
      fit(
        'earn-trust',
        'I had sold a family the wrong return sailing, and nobody would have known until they reached the pier. I rang them that evening and told them myself instead of letting them find out at the kiosk, and I booked them on the earlier boat at our cost. They have booked with us every summer since.',
      ),
      // 4 until the learned fit was retrained on rubric v18's suite; at 3 the story still fits Earn Trust.
    ).toBeGreaterThanOrEqual(3);
  });
});

describe('trade-offs from a second unseen batch (fresh11)', () => {
  it.each([
    ['I could wait for the harbour office to call back, or set up a shuttle from the old pier myself.', /\d+ alternatives? weighed/],
    ['I disagreed with the plan to cut the winter sailings, because the islanders have no other way to the hospital.', /\d+ alternatives? weighed/],
    ['I proposed a middle path: the early boat on weekdays only, and a later one at weekends.', /\d+ alternatives? weighed/],
    ['We sold the spare fuel back to the depot at a loss, which hurt, but less than storing it all winter.', /\d+ costs? accepted/],
    ['My limits were that the lifeboat berth always stayed clear and no crew worked a third shift in a row.', /\d+ guardrails? \(/],
    ['We rehearsed the timetable change with two crews on the Sunday before it went live.', /\d+ guardrails? \(/],
  ])('%s', (sentence, found) => {
    expect(scored(sentence).tradeoffs.verdict).toMatch(found);
  });

  it.each([
    ['I disagreed with my manager about it at first.'],
    ['I cancelled a couple of subscriptions, like the chart plotters nobody used.'],
    ['I sat in on two crew rehearsals with a notebook.'],
    ['She qualified as a skipper in four months instead of the usual six.'],
    ['The average wait for a repair was two days instead of nine, and complaints fell.'],
    ['The limit was set by the council years ago.'],
  ])('none: %s', (sentence) => {
    expect(scored(sentence).tradeoffs.score).toBeLessThanOrEqual(1);
  });
});

describe('the outcome told by a later month or season', () => {
  it.each([['In April the first boat was late twice, not eleven times.'], ['By the summer the islanders were booking online again.']])('a Result: %s', (ending) => {
    const text = `${OPENING}I rebuilt the crew rota with the two skippers and moved the fuel delivery to the evening. ${ending} I learned to plan the rota with the people who work it.`;
    expect(scored(text).structure.verdict).toMatch(/^Found [^;]*Result/);
  });
});

describe('the best fits name the principle asked whenever it fits strongly', () => {
  it('lists it after the three best, as the verdict names both', () => {
    const ranked = ['dive-deep', 'bias-for-action', 'customer-obsession', 'ownership', 'frugality'].map((id, i) => ({ id, similarity: 0.9 - i * 0.02 }));
    const report = { ranked, asked: { id: 'ownership', similarity: 0.84, rank: 4, fit: 'strong' as const, sentences: [] } };
    expect(bestFitting(report).map((b) => b.id)).toEqual(['dive-deep', 'bias-for-action', 'customer-obsession', 'ownership']);
    expect(bestFitting({ ranked, asked: { ...report.asked, fit: 'partial' as const } }).map((b) => b.id)).not.toContain('ownership');
  });
});

describe('guardrails told in the present, and a trial that is a court', () => {
  it.each([
    ["I take the fee from my own budget, and if the papers don't come within 14 days the car goes back in the sale. That's the limit I set myself.", /\d+ guardrails? \(/],
    ['We agreed that the deckhands re-check a 10% random sample of the tickets every week, and if the error rate is over 5% we stop the new machines.', /\d+ guardrails? \(/],
  ])('%s', (sentence, found) => {
    expect(scored(sentence).tradeoffs.verdict).toMatch(found);
  });

  it('"amended before trial" is no pilot', () => {
    expect(scored('Two incident reports were amended before trial.').tradeoffs.score).toBe(0);
  });
});

describe('owning what one got wrong is a lesson', () => {
  it('"Where I was wrong: ..." and "I\'ve stopped ..." read as the Learning', () => {
    const text =
      "I'm the operations lead of a ferry company with about 40 crew. The council wanted a late sailing on Fridays straight away. I could launch it every week, wait a season for data, or start small. I went small: one late boat a month for the first quarter, capped at 200 tickets. That cost us perhaps a third of the Friday demand. I set a stop rule: if fewer than 80 people booked, we'd pause. At month three bookings averaged 150. Where I was wrong: I'd assumed students would book it most, and it was the over-60s. I've stopped trusting my instinct about who travels; before any new sailing I run a two-week booking survey.";
    const criteria = scoreAnswer(text, { principle: 'are-right-a-lot', content }).criteria;
    expect(criteria.structure.verdict).toMatch(/^Found [^;]*Learning/);
    expect(criteria.learning.score).toBeGreaterThanOrEqual(3);
  });
});

describe('a story told in the historical present', () => {
  const story =
    "So this is last February. I run the ticket office for the island ferries, and a man comes in whose car is booked on a sailing that the storm has cancelled. Policy says he waits for the next free slot, which is Thursday. I check the manifest and I see two freight slots on the 6 a.m. boat that nobody has confirmed. So I ring the freight manager and I ask for one of them, and I offer to move a freight booking to the afternoon myself if his customer complains. He agrees. I put the man's car on the 6 a.m. boat and I write the freight customer a note. Since then I check unconfirmed freight slots first whenever a storm cancels a sailing, and we rebooked 40 cars that way last winter.";
  it('reads "I check... I ring... I put..." as the speaker\'s Action', () => {
    const criteria = scoreAnswer(story, { principle: 'customer-obsession', content }).criteria;
    expect(criteria.structure.verdict).toMatch(/^Found [^;]*Action, Result/);
    expect(criteria.structure.score).toBeGreaterThanOrEqual(3);
    expect(criteria.ownership.score).toBe(4);
  });

  it('leaves what someone usually does, in the present, a hypothetical answer', () => {
    const habits =
      'My approach is simple. When a sailing is cancelled I usually check the manifest first, then I always ring the freight manager, and I typically offer to move a booking. I normally write a note to the customer and I never leave anyone without a slot. I find this works well.';
    expect(scoreAnswer(habits, { principle: 'customer-obsession', content }).level).toBe('Not yet');
  });
});

describe('principles shown by senior and early-career voices (fresh12)', () => {
  it('Are Right, A Lot: thin evidence judged, a small start, and what the speaker got wrong', () => {
    const text =
      "I run the timetable team for the island ferries. Last spring three complaints in a week said the new 7:10 sailing clashed with the school bus. Three could be chance, and the bus company said nothing had changed. I judged that it was worth a look: all three came from the same village. I could move the sailing for everyone, wait for the term survey, or try a change on one route. I tried it on one route for a month, with a stop rule if bookings fell by more than 10%. Bookings held and the complaints stopped. Where I was wrong: I'd assumed parents drove their children, and most took the bus.";
    expect(scoreAnswer(text, { principle: 'are-right-a-lot', content }).criteria.alignment.score).toBeGreaterThanOrEqual(3);
  });

  it('Insist on the Highest Standards: work that would have passed, taken down and done again', () => {
    const text =
      "I had just been made deck supervisor on the new ferry, my first time running a crew of welders. In my second week the yard's walk-round passed the first two rows of deck plates. When I put a straight edge on them myself, the seams wandered by up to 4 mm. The surveyor would have passed it, but passengers would walk on that deck for thirty years. I told the crew we were taking the last two rows up. The welder who had laid most of it was not happy, so I relaid the first plates with him on the Saturday. Then I made a jig for every welder. Every row after that came in within 1 mm, and the final survey raised no deck snags, against 19 on the sister ship. I learned that what good looks like has to be something you can put a tool on.";
    expect(scoreAnswer(text, { principle: 'insist-on-the-highest-standards', content }).criteria.alignment.score).toBeGreaterThanOrEqual(3);
  });
});
