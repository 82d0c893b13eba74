import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { awaitsOutcomeOf, BAKERY_STEPS, ownStepsOf, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v162: a bracketed reference or a quoted notation ("see [12]", every "[n]") is no blank left in a template;
 * "I can't tell the owners how much..." and a retest "on the 14th" leave the outcome open; being kept informed, seeing
 * a briefing, receiving a sheet and hearing from someone are no steps; a pilot spoken to, a process watched once and a
 * split "into four routes" are no trade-offs; "the habit I kept from it" opens a lesson and "I'd have to" does not;
 * "During the next flood..." after the steps tells the Result.
 */

const content = loadContent();

describe('templates', () => {
  const story = [
    '- I edit the judgments of a small appeal court before they are published.',
    '- Last spring two judgments went out with cross-references pointing to the wrong paragraph ("see [12]" where another was meant), and one needed a correction notice.',
    '- I went through every judgment of that year and found the cause: the references were turned into plain text before the last edits.',
    '- I moved that step to the very end, after the judge signs off, and wrote a macro that prints each "[n]" reference beside the first words of its paragraph.',
    '- Since then none of the 30 judgments we published needed a correction.',
    '- What I took from it: when errors look random, I line them all up before I accept an explanation.',
  ].join('\n');

  it('does not read a bracketed paragraph number or a quoted notation as a blank', () => {
    expect(scoreAnswer(story, { principle: 'dive-deep', content }).gates).not.toContain('template');
  });

  it('still reads brackets left to fill as a template', () => {
    const form = story.replace('"see [12]"', '[system]').replace('"[n]"', '[metric]').replace('30 judgments', '[X] judgments');
    expect(scoreAnswer(form, { principle: 'dive-deep', content }).gates).toContain('template');
  });
});

describe('outcome still to come', () => {
  it('reads "I can\'t tell the owners how much..." until something ahead as no result yet', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The new racks came in last week. Until the next count I can't tell the owners how much of the delay is gone.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late deliveries fell from 9% to 2% by May, and I can't tell the owners how much of it was the racks.`)).toBe(false);
  });

  it('does not take a day of the month for the figure the doubt is about', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} We count again on the 14th, and until then I can't tell you whether the late deliveries have dropped.`)).toBe(true);
  });
});

describe('own steps', () => {
  it('does not count being kept informed as a step', () => {
    expect(ownStepsOf('I was copied on the rollout emails and kept informed at our weekly meetings.')).not.toContain('kept');
    expect(ownStepsOf('I kept updated records of every delivery.')).toContain('kept');
  });

  it('does not count seeing a briefing, receiving a sheet or hearing from someone as steps', () => {
    expect(ownStepsOf('The marshals changed the safety talk, and I saw the new briefing when it went live.')).not.toContain('saw');
    expect(ownStepsOf('The manager rewrote the timings, and I received the sheet on Friday.')).not.toContain('received');
    expect(ownStepsOf('The complaints stopped, as I heard from the manager.')).not.toContain('heard');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a pilot spoken to as a person, not a trial', () => {
    expectNoKind('guardrails', ['The crane started to slip, so I stopped the lift and then I told the pilot on the same channel.', 'I stopped the lift, and the pilot confirmed it on the radio.']);
    expectKind('guardrails', ['I ran the new order form as a pilot with two suppliers first.']);
  });

  it('does not read watching one piece of others\' work as keeping watch', () => {
    expectNoKind('watches', ["I drove to the supplier's depot and watched the morning inspection."]);
  });

  it('does not read a split into parts as options weighed', () => {
    expectNoKind('alternatives', ['I split the late orders into four routes, one per driver, and drove the first one myself.']);
  });
});

describe('lessons', () => {
  const learning = (ending: string) => scoreAnswer(`${BAKERY_STEPS} Late deliveries fell from 9% to 2% by May. ${ending}`, { principle: 'deliver-results', content }).criteria.learning.score;

  it('reads "I kept one habit from it:" as the lesson that follows', () => {
    expect(learning('I kept one habit from it: before asking for the big machine, I look for the cheapest signal.')).toBeGreaterThanOrEqual(3);
  });

  it('does not read "I\'d have to" as a lesson', () => {
    expect(learning("The owner agreed, and I accepted I'd have to drive the late orders myself, about two hours a week.")).toBe(0);
  });
});

describe('sections', () => {
  it('reads "During the next storm..." after the steps as the Result', () => {
    const story = [
      'I run the booking website of a ferry company on a big lake and look after the timetables of 12 routes.',
      'In the 2021 storms I noticed that islanders were using our timetable page as their main storm information.',
      'I went down to the harbour and took the sailing decisions from the skippers by phone.',
      'I then added a live status line and got the page refresh changed to 5 minutes.',
      'During the next storm the page had about 9,000 views a day, and the council used our status line to plan school buses.',
    ].join(' ');
    expect(sectionOfLine(story, 'During the next storm')).toBe('result');
  });
});
