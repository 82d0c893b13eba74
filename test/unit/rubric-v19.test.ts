import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { readTradeoffs } from '../../src/core/rubric/tradeoff-reading.js';

/**
 * Rubric v19: where the learned readings take a score they clearly doubt. Two phrases the rules credit in a story that
 * weighs nothing ("even though it meant more work", "because at the end of the day...") no longer leave it at 2 of 4
 * for trade-offs, and a platitude with a habit the rules took for a rule applied ("It is an approach I take with every
 * problem now") is scored as the generic lesson it is (2 when said to be applied since, else 1), with a verdict that
 * calls it generic. Then lessons the reader had not found: a note headed "learned:", a habit after a phrase of place
 * ("At any new dealership I walk the bay first"), and a verb that looks past closed by "now". Each story is told in a
 * trade of its own, not taken from the suite.
 */
const content = loadContent();
const score = (answer: string) => scoreAnswer(answer, { content });

const receptionist =
  'I work as a receptionist at a dental practice in a small town, and looking after patients has always been the most important thing for me and for everyone in the practice. ' +
  'Last year there was a time when the phones were really busy in the mornings and a lot of patients were unhappy that they could not get through to book. ' +
  'There were a lot of discussions about what to do, and in the end I suggested that we change the way the mornings were organised, even though it meant more work for me, because at the end of the day the patients come first. ' +
  'So we all worked together as a team and tried our best to answer faster instead of just letting it ring, and we made a few changes to how the day is set up. ' +
  'After a while things were a lot calmer and the patients were happier, and the dentists were pleased with how everybody handled it. I learned that teamwork and a good attitude really make the difference.';

const heatingStory =
  'In facilities management you always have a lot going on, and I have always been someone who likes to understand the real reason behind a problem. ' +
  'At the office building I look after there was a period when the heating kept failing on the third floor, and of course people were complaining and the tenants were not happy at all. ' +
  'There were different ideas going around about what it could be, the boiler, the pipes, the controls and so on. ' +
  'So we looked into it in more detail with the maintenance contractor and the building owner, and we checked a lot of different things over a couple of weeks. ' +
  'In the end it was found that a valve had been fitted the wrong way round during some earlier work, and once that was put right the heating worked normally again and the complaints stopped. ';

const platitudes =
  'I think it was a great example of why it is important to dig into the details and not just accept the first answer. ' +
  'It taught me that you always need to keep asking why and that working together across teams is really key when you are solving difficult problems. ' +
  'It is an approach I take with every problem now, and I think it is one of my biggest strengths.';

describe('a clear "weighs nothing" reading of the whole story', () => {
  it('takes trade-offs to 1 when the rules found only a concession and a stock reason', () => {
    const tradeoffs = score(receptionist).criteria.tradeoffs;
    expect(tradeoffs.score).toBe(1);
    // What the rules found is still listed, and the verdict says why it counts for little.
    expect(tradeoffs.verdict).toMatch(/1 cost accepted \("even though it meant more work for me"\)/);
    expect(tradeoffs.verdict).toMatch(/Read as a whole, the story tells one path more than it weighs one/);
  });
});

describe('a lesson the whole story reads as generic', () => {
  it('lands at 2, is called generic, quotes the lines and asks for a specific lesson', () => {
    const learning = score(heatingStory + platitudes).criteria.learning;
    expect(learning.score).toBe(2);
    expect(learning.verdict).toMatch(/^The reflection is generic: it would fit any story, though you say you applied it\.$/);
    expect(learning.evidence.join(' ')).toContain('It is an approach I take with every problem now');
    expect(learning.tip).toMatch(/Make the lesson specific to this story/);
  });

  it('scores a doubted lesson as the rules score a generic one: 1 when nothing says it was applied since', () => {
    const learning = score(
      heatingStory +
        'For me the main thing I learned is that it is really important to look at the details and not just assume things, because sometimes a small thing turns out to be the whole problem. ' +
        'I try to bring that attitude to everything I do in the building.',
    ).criteria.learning;
    expect(learning.score).toBe(1);
    expect(learning.verdict).toBe('The reflection is generic: it would fit any story.');
  });

  it('keeps a lesson specific to its story, applied since, at 4 (guard)', () => {
    const learning = score(
      'I manage the accounts team at a furniture wholesaler. Last year our month-end close kept slipping, and it was taking about nine working days instead of five, which worried the finance director. ' +
        'I looked at where the days went and found that most of the delay came from waiting on supplier statements that arrived late. ' +
        'I set up a shared tracker with the purchasing team and started chasing the statements from the twentieth of the month, and I reconciled the biggest suppliers first. ' +
        'Within three months the close was down from nine days to six, and the director stopped asking for extensions. ' +
        'What I took from it: find where the waiting is before you ask people to work faster. I did the same with our expense claims this spring, and the backlog there went from three weeks to four days.',
    ).criteria.learning;
    expect(learning.score).toBe(4);
    expect(learning.verdict).toMatch(/^A specific lesson, applied since\.$/);
  });
});

const partsCounter =
  'I run the parts counter at a tractor dealership. Last spring farmers were waiting up to four days for filters because we ordered them one job at a time. ' +
  'I went through a year of invoices and found that 30 part numbers made up most of the waits. I set up a shelf of those 30 with a minimum of five each, and I asked the two biggest farms for their service dates so I could order ahead. ' +
  'By the summer the wait for those parts went from four days to the same day, and the workshop stopped losing half-days to missing filters. ';

describe('lessons the reader had not found', () => {
  it('reads a note headed "learned:" in lower case as the lesson', () => {
    const feedback = score(
      '• context: tractor dealership parts counter, farmers waiting up to 4 days for filters\n' +
        '• went through a year of invoices: 30 part numbers caused most of the waits\n' +
        '• set up a shelf of those 30, minimum 5 each, and asked the 2 biggest farms for service dates\n' +
        '• result: wait went from 4 days to same day, workshop stopped losing half-days\n' +
        '• learned: stock the few parts that cause most of the waiting, not the whole catalogue',
    );
    expect(feedback.sections.learning).toMatch(/^stock the few parts/);
    expect(feedback.criteria.learning.score).toBeGreaterThanOrEqual(3);
  });

  it('reads "At any new dealership I walk the bay first" as the habit kept, not a noun described', () => {
    const feedback = score(`${partsCounter}A farmer waiting on a filter is a farmer not cutting hay. At any new dealership I walk the service bay first and ask which parts they wait for.`);
    expect(feedback.criteria.learning.score).toBeGreaterThanOrEqual(3);
    expect(feedback.criteria.learning.verdict).toMatch(/^A specific lesson/);
  });

  it('reads a verb that looks past as the habit when "now" closes the sentence', () => {
    const feedback = score(`${partsCounter}Waiting is where the money goes. I put a service calendar on the counter wall for every big customer now.`);
    expect(feedback.criteria.learning.score).toBe(4);
  });

  it('still reads "In any team I join, I ..." as a noun described by its first "I" (guard)', () => {
    const feedback = score(`${partsCounter}In any team I join, I care about being fair.`);
    expect(feedback.criteria.learning.score).toBeLessThanOrEqual(2);
  });
});

const busCrews =
  'I schedule the crews at a regional bus company. Last autumn drivers were missing their breaks on the long rural routes, and two of them had been off sick with stress in a month. ' +
  'I pulled six weeks of timing data myself and found the breaks were lost on three routes where the timetable assumed empty roads at school time. ' +
  'I rewrote those three timetables with ten extra minutes and moved one driver from the quiet town route to cover the gap. ' +
  'Within two months missed breaks fell from about 40 a week to 6, and nobody else went off with stress that winter. ';

describe('more lessons the reader had not found, and two trade-off misreadings', () => {
  it.each([
    ['"The thing I took from it is ..."', 'The thing I took from it is that a timetable written in the office has to be driven once before it goes out.'],
    ['a note headed "What changed after:"', 'What changed after: every new timetable is driven once by a crew lead before it goes live.'],
    ['a verb that looks past, before an "I" in the present', 'Drivers notice these things long before the data does. And for me, I split every complaint by route before I believe a timetable is fine.'],
  ])('reads %s as the lesson', (_, lesson) => {
    const learning = score(busCrews + lesson).criteria.learning;
    expect(learning.score).toBeGreaterThanOrEqual(3);
    expect(learning.verdict).toMatch(/^A specific lesson/);
  });

  it('does not read "Two moved on" as a count of moves weighed', () => {
    const reading = readTradeoffs(analyzeAnswer('Five families were still on the waiting list. Two moved on within a month. The other three took longer.'));
    expect(reading.alternatives).toEqual([]);
  });

  it('does not read what a change made stand "now", after a colon, as the reason for it', () => {
    const reading = readTradeoffs(analyzeAnswer('I changed the rota: every route sheet now has the school times printed on top, and the crew lead checks it against the timetable before the shift.'));
    expect(reading.reasons).toEqual([]);
  });
});

describe('guardrails that make a step wait for a check', () => {
  const guardrails = (sentence: string) => readTradeoffs(analyzeAnswer(sentence)).guardrails.map((f) => f.words);

  it.each([
    'I proposed to send the new timetable to the depots at once, and to print it for the drivers only after the crew leads confirmed the school times.',
    'We would publish the closure notice only with a second source from the council.',
    'The booking screen now blocks the bay by itself, and until I trusted it I compared it with the paper diary every evening for two weeks.',
  ])('reads "%s" as a guardrail', (sentence) => {
    expect(guardrails(sentence).length).toBeGreaterThan(0);
  });

  it('does not read when people behave ("only when the manager is checking") as one (guard)', () => {
    expect(guardrails('The drivers took their breaks only when the manager was checking the logs.')).toEqual([]);
  });
});

describe('a trial named as a noun, and goodwill spent', () => {
  const reading = (sentence: string) => readTradeoffs(analyzeAnswer(sentence));

  it('reads "I proposed a taste test in six small shops" as a try-out on a few (a guardrail)', () => {
    expect(reading('I proposed something small first: a taste test in six small shops in the valley, with about 200 customers.').guardrails.map((f) => f.words)).toEqual([
      'a taste test in six small shops',
    ]);
  });

  it('does not read a test in a year as one (guard)', () => {
    expect(reading('We ran a blood test in 2023 on the whole herd.').guardrails).toEqual([]);
  });

  it('reads people angry with the speaker after the speaker\'s own step as a cost accepted', () => {
    expect(reading('The first month I sent back eleven crates, and some growers were angry with me.').costs.length).toBe(1);
  });

  it('does not read people unhappy with the speaker\'s team before any step as one (guard)', () => {
    expect(reading('There was a problem with one of the depots, and the staff there were unhappy with us.').costs).toEqual([]);
  });
});

describe('specificity: where "some named" and "mostly named" begin', () => {
  const vague = [
    'It was a busy time for everyone and there was a lot going on.',
    'People were not always happy with how things were going.',
    'I felt that something had to change, so I spoke to the others about it.',
    'We talked it through together and agreed to try a different way of working.',
    'It took some time for everybody to get used to it.',
    'There were a few difficult moments along the way, as you would expect.',
    'In the end things got much better and people were happier.',
  ];
  const opening = 'Last March our bakery in Leeds was throwing away about 40 loaves a day.';
  const closing = 'By May waste was down to 12 loaves a day.';

  it('keeps a story with a named thing in only a quarter of its sentences at 1', () => {
    const specificity = score([opening, ...vague.slice(0, 6), closing].join(' ')).criteria.specificity;
    expect(specificity.verdict).toMatch(/^2 of 8 sentences name/);
    expect(specificity.score).toBe(1);
  });

  it('gives a story that names its people and numbers in five of twelve sentences a 3', () => {
    const named = [
      opening,
      'I counted the unsold loaves by type for two weeks with Priya, the shift lead.',
      'Sourdough made up 25 of the 40.',
      'I cut the sourdough bake from 60 to 40 loaves and moved 10 to the afternoon oven.',
      closing,
    ];
    const specificity = score([...named, ...vague].join(' ')).criteria.specificity;
    expect(specificity.verdict).toMatch(/^5 of 12 sentences name/);
    expect(specificity.score).toBe(3);
  });
});

describe('a first idea named, not told as "to ..."', () => {
  const alternatives = (text: string) => readTradeoffs(analyzeAnswer(text)).alternatives.map((f) => f.words);

  it('reads "My first idea was a bigger campaign" as an option on the table', () => {
    expect(alternatives('My first idea was a bigger campaign, posters in every canteen and a video from the director. I dropped it after two night shifts with the team leads.')).toHaveLength(1);
  });

  it('does not read "My first idea was a good one" as one (guard)', () => {
    expect(alternatives('My first idea was a good one, and the team leads liked it.')).toEqual([]);
  });
});
