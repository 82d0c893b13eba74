import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { awaitsOutcomeOf, BAKERY_STEPS, ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v157: "I deliberately didn't push for a cut as well, because..." sets an option aside with an adverb before its
 * "didn't"; "I calculated that the count would take five weeks longer" is the time a course costs; "For protection I put
 * a meter at the gate" is a guardrail; "about 2.1 million crowns more than the office had planned" is a price; a pilot
 * people ask about and "review their work with them every week" put no safeguard in place. Standing next to the ones
 * who acted, being on a rotation, "I got told about the changes" and "I followed all the process" are no steps of the
 * speaker's own. "Until they decide, I can't say how much will be recovered" and "I won't know whether we made it until
 * that meeting" end a story before its outcome. "I did the same later for ..." carries a lesson on, and "it showed me
 * who could ..." is a finding, not a lesson.
 */

const content = loadContent();

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads "I deliberately didn\'t ..., because ..." as an option set aside with its reason', () => {
    expectKind('alternatives', ["I deliberately didn't push for a second supplier as well, because that would hit our smallest customers hardest."]);
    expectNoKind('alternatives', ["I deliberately didn't push for a second supplier as well."]);
  });

  it('reads the extra time the speaker worked out a course would take as its price', () => {
    expectKind('costs', ['I calculated that the recount would take five weeks longer and agreed this with the owner.']);
    expectNoKind('costs', ['I calculated that the recount would take five weeks and agreed this with the owner.']);
  });

  it('reads a step opened by "For protection" as a guardrail', () => {
    expectKind('guardrails', ['I paid the supplier on delivery. For protection I put a scale at the door, and short boxes are refused before any money goes out.']);
    expectNoKind('guardrails', ['I paid the supplier on delivery. For years I put a scale at the door.']);
  });

  it('reads a sum more than the one planned as the price of the course', () => {
    expectKind('costs', ['I recommended keeping both drivers, about 2.1 million crowns more than the office had planned.']);
    expectNoKind('costs', ['I recommended keeping both drivers, about 2.1 million crowns more than the year before.']);
  });

  it('reads no safeguard in a pilot people ask about, or in going through someone\'s work with them', () => {
    expectNoKind('guardrails', ['Forty shops in town were asking about the pilot.', 'I now give new people their own accounts and review their work with them every week.']);
    expectKind('guardrails', ['I ran a pilot on the two busiest aisles first.', 'I review their counts every week and stop the scheme if losses rise.']);
  });
});

describe('own steps', () => {
  it('does not count standing next to the ones who acted, a rotation, being told, or following the process', () => {
    expect(ownStepsOf('I was standing next to the senior dispatcher for the whole event and watched how the decisions were made.')).toEqual([]);
    expect(ownStepsOf('In my first year I was rotating through the control centre.')).toEqual([]);
    expect(ownStepsOf('I got told about the changes at the next weekly meeting.')).toEqual([]);
    expect(ownStepsOf('I was present in the meetings, so I followed all the process.')).toEqual([]);
    expect(ownStepsOf('I was checking every valve on the line that night.')).toEqual(['checking']);
    expect(ownStepsOf('I followed up with the supplier the next morning.')).toEqual(['followed']);
  });
});

describe('endings', () => {
  it('reads not knowing until something still to come as a story that ends before its outcome', () => {
    const sent = `${BAKERY_STEPS} I sent the figures to the board.`;
    expect(awaitsOutcomeOf(`${sent} The board discusses it in June, including whether to keep the new slot. Until they decide, I can't say how much of this will be recovered.`)).toBe(true);
    expect(awaitsOutcomeOf(`${sent} I won't know whether we've made it until the June meeting.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late deliveries fell from 9% to 2% by May, and I can't say how much it meant to the cafés.`)).toBe(false);
  });
});

describe('lessons', () => {
  const learning = (ending: string) => scoreAnswer(`${BAKERY_STEPS} Late deliveries fell from 9% to 2% by May. ${ending}`, { principle: 'deliver-results', content }).criteria.learning;

  it('reads "I did the same later for ..." after the lesson as the lesson carried on', () => {
    expect(learning("What I learned is you don't fix a line by telling, you fix it by timing it together, and I did the same later for the pastry line.").score).toBeGreaterThanOrEqual(3);
    expect(learning("What I learned is you don't fix a line by telling, you fix it by timing it together, and I'd do the same again anywhere.").score).toBeLessThanOrEqual(2);
  });

  it('does not read "it showed me who could ..." as a lesson', () => {
    const story = `${BAKERY_STEPS} I asked each baker to run one station with me for a night, and it showed me who could spot a late tray instead of waiting for it. Late deliveries fell from 9% to 2% by May.`;
    expect(scoreAnswer(story, { principle: 'deliver-results', content }).criteria.learning.score).toBe(0);
  });
});
