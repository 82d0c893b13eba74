import { describe, it, expect } from 'vitest';
import { findNumbers } from '../../src/core/rubric/numbers.js';
import { analyzeText } from '../../src/core/rubric/text.js';
import { awaitsOutcomeOf, BAKERY_STEPS, gatesAfterBakerySteps, ownStepsOf, sectionOfLine } from './rubric-helpers.js';

/**
 * Rubric v178, from the development misses of fresh250 to fresh255: dates told day first, a time saved set against a
 * baseline told further back, endings that are still open or only look like it, stories told from the side, a job
 * told in the present as the Task, and a quiet stretch "since then" as the Result.
 */

function numbersOf(sentence: string) {
  return analyzeText(sentence).sentences.flatMap((s) => findNumbers(s));
}

describe('numbers', () => {
  it('reads a day told before its month as a date, as one told after it', () => {
    expect(numbersOf('The new rota started on 3 June.')[0]?.kind).toBe('date');
    expect(numbersOf('The new rota started on June 3.')[0]?.kind).toBe('date');
    expect(numbersOf('We sent 3 vans.')[0]?.kind).not.toBe('date');
  });

  it('sets a time saved against the time it would have taken, told further back', () => {
    const found = numbersOf('we lost about 25 minutes in the worst part of the peak instead of maybe two hours.');
    expect(found.map((n) => [n.text, n.baseline])).toEqual([
      ['25', true],
      ['two', true],
    ]);
  });

  it('keeps a sum told far back apart from a stretch of time', () => {
    const found = numbersOf('it cost us about 4,000 euros in the worst part of the whole season instead of maybe two weeks.');
    expect(found.some((n) => n.baseline)).toBe(false);
  });
});

describe('endings', () => {
  it('reads a decision not taken yet, and an outcome the speaker cannot say now, as still to come', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The report went to the director in January, and the budget is not decided yet.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The report went to the director in January, so I cannot say now if it will help.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} I also asked the drivers to log every late drop, and I want to see those logs before I judge how it went.`)).toBe(true);
  });

  it('reads a habit kept since, and people still waiting who were counted, as no wait', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} By May every café had its bread by 6 a.m. Now I ask every new baker what they don't know yet before I decide what they can't do.`)).toBe(false);
    expect(gatesAfterBakerySteps('By May, cafés still waiting for bread after 7 a.m. went from eight a week to two.')).not.toContain('no-result');
  });
});

describe('own steps', () => {
  it('reads looking on, news read as it came and a return as no steps', () => {
    expect(ownStepsOf('I was kept informed through our team meetings and read the reports.')).toEqual([]);
    expect(ownStepsOf('I was receiving the updates in the group chat, but honestly I did not do anything.')).toEqual([]);
    expect(ownStepsOf('I was watching all this from the side, because I was only a trainee.')).toEqual([]);
    expect(ownStepsOf('I was on the desk the whole time, so I saw the customers coming in angry.')).toEqual([]);
    expect(ownStepsOf('I saw the board every day, and when the boys asked me I told them to ask Núria.')).toEqual([]);
    expect(ownStepsOf('I also kept the usual inventory sheet up to date, like every week.')).toEqual([]);
    expect(ownStepsOf('When I came back our manager said it was a good example.')).toEqual([]);
    expect(ownStepsOf('I really admired the way she handled it.')).toEqual([]);
  });

  it('still reads the speaker\'s own reading, telling and checking as steps', () => {
    expect(ownStepsOf('I read the manual of the new trolleybuses.')).toEqual(['read']);
    expect(ownStepsOf('I told them to stop the line.')).toEqual(['told']);
    expect(ownStepsOf('I checked every kiosk each evening.')).toEqual(['checked']);
  });
});

describe('sections', () => {
  it('reads the post held when the trouble began as the Situation', () => {
    const story = 'In February 2024 I was supervising six clearing staff at the land port when one of my team filed a bill with the wrong code on 14 trucks. I called the importer that evening and filed the amendment the next morning. All 14 trucks cleared in 4 days.';
    expect(sectionOfLine(story, 'I was supervising')).toBe('situation');
  });

  it('reads a job told in the present as the Task', () => {
    const story = 'Our company runs about 60 trucks over the pass, and in winter it closes for snow. In June 2023 it closed with 22 trucks waiting. My job is basically to decide: wait, or send them the long way. So I split the fleet, and the chilled loads went south at once. All nine arrived on Friday.';
    expect(sectionOfLine(story, 'My job is basically')).toBe('task');
  });

  it('reads a quiet stretch counted since the step as the Result', () => {
    const story = `${BAKERY_STEPS} Since then we have had no late deliveries in 14 months. I now check the loading list every Monday.`;
    expect(sectionOfLine(story, 'Since then we have had')).toBe('result');
  });
});
