import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v110: buzzwords and generic claims counted once per phrase, so a real story that comes back to its one term of
 * the trade ("synergies" in an acquisition) is not read as a keyword list; more endings before the outcome; a line told
 * after "I'd" belongs to what would be done; and an option told as possible then set aside, a proposal not taken ("not
 * the 80% our account team proposed"), an amount left unclaimed and a "safety valve" as trade-offs.
 */

const content = loadContent();

const ACQUISITION =
  'In June 2022 our group, a Bologna food company, bought a pasta maker near Bari with 210 employees. I was the integration manager and owned the synergies plan: €5.5 million over three years. ' +
  'Part of the synergies came from moving the packaging line, 38 jobs, to our plant in Parma. I told the 38 people fourteen months ahead, with a written offer each, and walked every shift with the plant manager. ' +
  'The synergies team met every Friday in the Bari canteen, and I published a one-page note each week with what had slipped. The synergies arrived on plan: €6.2 million by the end of 2024, and zero strike hours. ' +
  'Of the 38 people, 12 moved to Parma, 19 took other posts in Bari and 7 left on voluntary terms. Turnover in the rest of the plant was 4% against 15% in our last two acquisitions. ' +
  'The synergies case survived because people heard the bad part early. On our acquisition in Slovenia I put the difficult news into the first town hall and kept the weekly note from day one.';

describe('a term of the trade repeated', () => {
  it('is no keyword list and leaves one claim unbacked, not one per mention', () => {
    const feedback = scoreAnswer(ACQUISITION, { content, principle: 'earn-trust' });
    expect(feedback.gates).not.toContain('template');
    expect(feedback.criteria.specificity.score).toBeGreaterThanOrEqual(2);
  });

  it('still reads eight different buzzwords as a keyword list', () => {
    const salad =
      'I leveraged synergies, drove alignment, built a growth mindset and a culture of empowerment, with best practice, thought leadership and a holistic, seamless, data-driven approach at scale. We delivered results.';
    expect(scoreAnswer(salad, { content, principle: 'think-big' }).gates).toContain('template');
  });
});

describe('a story that ends before its outcome', () => {
  it.each([
    ['a letter left in a tray', 'The cafés wrote to the health authority about the new hours, so for now the vans keep the old lists while that letter sits in somebody\'s tray.'],
    ['"until we have a full year of ..."', 'Whose plan is right won\'t show until we have a full year of trading behind us.'],
    ['a short line of notes', 'Status: the new lists went live last Monday. No numbers worth quoting yet'],
    ['"honestly, ask me again" and a line on the meantime', 'The big café contracts come up in March and April. So, honestly, ask me again after the spring. Right now I\'ve a process I believe in and not one contract I can point to from it.'],
    ['"some hope, not a result"', 'Two cafés have said they like the new lists, so for the moment I have earlier vans and some hope, not a result.'],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it.each([
    ['"No complaints yet" after a measured change', 'By April only one van in 60 left after 6 a.m., down from about 9%. No complaints yet'],
    ['"not a result of"', 'By April only one van in 60 left after 6 a.m., down from about 9%, and that was not a result of luck.'],
  ])('is not held for %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).not.toContain('no-result');
  });
});

describe('what one would do', () => {
  it('is hypothetical even with a finished verb inside a clause after "I\'d"', () => {
    const answer =
      "On the car deck, lashing is where standards slip before a departure. I'd hold the ramp until we've fixed every chain on the trailers. I'd brief the deck crew on the weather, and I'd pair any new rating with an experienced one until I've watched them lash a full lane. I'd make sure it goes in the log why we sailed late.";
    expect(scoreAnswer(answer, { content, principle: 'insist-on-the-highest-standards' }).gates).toContain('hypothetical');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads an option told as possible and set aside for its risk', () => {
    const told = 'A full recount of the warehouse was possible, but with the Christmas orders it was a real risk, so I did not push for it.';
    expectKind('alternatives', [told]);
    expectKind('reasons', [told]);
    expectNoKind('alternatives', ['It was possible to book the loading bay, but only on Mondays.']);
  });

  it('reads a proposal not taken after the speaker\'s own course', () => {
    expectKind('alternatives', ['I reordered only 55% of the usual quantity, not the 80% our supplier proposed.']);
    expectNoKind('alternatives', ['I covered the night shift, not the day shift.']);
  });

  it('reads an amount left unclaimed as a cost', () => {
    expectKind('costs', ['That left roughly €900 a month of bulk discount unclaimed.']);
    expectNoKind('costs', ['She left 3 boxes on the shelf unopened.']);
  });

  it('reads a safety valve as a guardrail', () => {
    expectKind('guardrails', ['Safety valve: any of the two of us could order outside the list with a note, reviewed by me every Monday.']);
  });
});
