import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v8: phrasings answers the rubric had never seen (fresh10) were read wrongly in. Each family is shown here in
 * other trades than the answers it came from, after a neutral opening so rules about a story's first sentences see it
 * later on.
 */
const content = loadContent();
const OPENING = 'I coordinate the ferry crossings for an island council, four boats and about forty crew. Last winter the early sailings kept running late. ';

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
