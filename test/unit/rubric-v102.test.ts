import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { BAKERY_STEPS, gatesAfterBakerySteps, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v102: more endings before the outcome (a file left on someone's desk, papers waiting for a signature, "until
 * they do", a clause that goes on "and they're still being filled in", and "have to show me", which is no lesson);
 * results told in notes ("No late vans. No complaints."); lessons told as "I'd now..." and "The thing I've kept:";
 * costs told as "one day a week less", "That pushed ... back six weeks" and "I knowingly let ... slip"; "from 2.1 to
 * 1.47 million" read as one scale; and no learned lift of the metrics score for a story that tells no Result.
 */

const content = loadContent();
const score = (answer: string) => scoreAnswer(answer, { content, principle: 'deliver-results' });
const criterion = (answer: string, id: 'learning' | 'metrics') => score(answer).criteria[id];

describe('a story that ends before its outcome', () => {
  it.each([
    ['a file left on a desk', "I sent the request for a second oven to head office in May, and the file sits on the regional manager's desk."],
    ['papers waiting for a signature', 'The new loading lists are printed and sitting in the office, waiting for the owners\' approval.'],
    ['"until they do" after what is awaited', 'The memo is with the owners, and they have not voted. Until they do, the vans leave on the old lists.'],
    ['a clause still under way after it', "Whether it really takes the late vans and the cold bread out of those cafés for good is something the spring delivery logs from all 40 routes will tell us, and they're still being filled in."],
    ['"have to show me", which is no lesson', 'Whether the racks really end the late vans is something the spring delivery logs have to show me.'],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it('is not held for a wait that is over or told of someone else in general', () => {
    expect(gatesAfterBakerySteps('By April only one van in 60 left after 6 a.m., down from about 9%, instead of waiting for the owners to buy a second oven.')).not.toContain('no-result');
  });
});

describe('a result told in notes', () => {
  const NOTES =
    'Night shift lead at a bakery in Tampere that supplies 40 cafés. March 2024, a cold week. About 9% of morning vans leaving after 6 a.m. No spare racks. I timed every station for a week. Bottleneck: the proofing room, trays waiting up to 35 minutes for a rack. I bought 12 racks for 1,800 euros. Moved the rye dough to an earlier slot. Drivers loading in pairs. No late vans. No café complaints. Afterwards I wrote a rule into the shift handbook: any tray waiting over ten minutes gets a rack from the cooling room.';
  const sectionOf = (line: string) => sectionOfLine(NOTES, line);

  it('reads short lines of what did not happen, after the steps, as the Result', () => {
    expect(sectionOf('No late vans.')).toBe('result');
    expect(sectionOf('No café complaints.')).toBe('result');
  });

  it('does not read such a line before the first step as the Result', () => {
    expect(sectionOf('No spare racks.')).not.toBe('result');
  });
});

describe('a lesson told as what the speaker would do now or has kept', () => {
  const story = `${BAKERY_STEPS} By April only one van in 60 left after 6 a.m., down from about 9%.`;
  it.each([
    ["I'd now", "I'd now ask the drivers about the slow stations on the first night of any new line."],
    ["the thing I've kept", "The thing I've kept: ask the drivers first."],
  ])('reads a lesson: %s', (_, lesson) => {
    expect(criterion(`${story} ${lesson}`, 'learning')?.score).toBeGreaterThanOrEqual(3);
  });
});

describe('a cost told in plain words', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it.each([
    ['an amount a week less', 'I started checking every delivery on the dock myself. That meant one day a week less on the shop floor.'],
    ['a step that put other work off', 'I started checking every delivery on the dock myself. That pushed the spring shelf refit in the paint aisle back six weeks, which the owner did not like.'],
    ['the same, told with "which"', 'I started checking every delivery on the dock myself, which pushed the spring shelf refit in the paint aisle back to May.'],
    ['other work let slip', 'I checked every delivery on the dock myself, and I knowingly let the monthly stock count slip by about three weeks.'],
  ])('reads a cost: %s', (_, text) => {
    expectKind('costs', [text]);
  });

  it('does not read a refusal to let work slip as a cost', () => {
    expectNoKind('costs', ['I checked every delivery on the dock myself, and I never let the monthly stock count slip.']);
  });
});

describe('figures with one scale written once', () => {
  it('reads "from 2.1 to 1.47 million" as a change of the same size, not a jump that invites doubt', () => {
    const answer = `${BAKERY_STEPS} Our yearly flour bill went from 2.1 to 1.47 million euros, and by April only one van in 60 left after 6 a.m., down from about 9%.`;
    const metrics = criterion(answer, 'metrics');
    expect(metrics?.verdict).not.toContain('jump invites doubt');
    expect(metrics?.score).toBeGreaterThanOrEqual(3);
  });
});

describe('a story that tells no Result', () => {
  const STORY =
    'I plan the school buses for a district council in Tartu, 38 routes and about 2,900 pupils. In 2023 two villages grew by 160 children, and the morning routes ran over by 20 to 25 minutes, so some pupils reached school after the bell. The council froze the budget for new buses. I went through six months of driver logs, route by route, with the transport officer. I dropped the idea of hiring extra buses, which would have cost about 90,000 euros a year; instead I merged the half-empty routes on the east side and asked both head teachers to move the start of the day by a quarter of an hour. I rode every new route myself in the first week of September and moved the stops where the drivers lost time.';

  it('keeps the metrics score the rules give: a reading of the whole does not add what the story never measured', () => {
    const { learnedModels: _learned, ...rulesOnly } = content;
    const read = criterion(STORY, 'metrics');
    expect(read.score).toBe(scoreAnswer(STORY, { content: rulesOnly, principle: 'deliver-results' }).criteria.metrics.score);
    expect(read.verdict).not.toContain('measures more');
  });
});
