import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { awaitsOutcomeOf, BAKERY_STEPS, ownStepsOf } from './rubric-helpers.js';

/**
 * Rubric v181, from the development misses of fresh262 to fresh265: steps done when asked, as everybody did, as the
 * usual job or only by listening; a trial's progress told before the doubt; plans and doubts with "yet" before the verb.
 */

const content = loadContent();

describe('own steps', () => {
  it('reads steps done when asked, like everybody, as the usual job or by listening only as no steps', () => {
    expect(ownStepsOf('I was copied on the emails, and I updated the appointment calendar when Jan asked me to.')).toEqual([]);
    expect(ownStepsOf('I was one of the graduates, so I attended the sessions and followed the checklists like everybody.')).toEqual([]);
    expect(ownStepsOf('Later I signed the checklist like everybody when it was my hour.')).toEqual([]);
    expect(ownStepsOf('I did my normal job, and Somchai told us about the new system.')).toEqual([]);
    expect(ownStepsOf('I was in the meeting and I listened.')).toEqual([]);
    expect(ownStepsOf('Mariela explained the new test in the meeting, and I listened.')).toEqual([]);
    expect(ownStepsOf('When I got there I mostly just listened.')).not.toContain('listened');
  });

  it('still reads steps chosen, kept to or refused as the speaker\'s', () => {
    expect(ownStepsOf('I called back when the customer asked for a refund.')).toEqual(['called']);
    expect(ownStepsOf('I only mentioned the project if they asked.')).toEqual(['mentioned']);
    expect(ownStepsOf('I decided not to write the answers for her, even when she asked.')).toEqual(['decided']);
    expect(ownStepsOf('Then I ran the diversion exactly as they asked.')).toEqual(['ran']);
    expect(ownStepsOf('I decided to treat him the same as everybody else.')).toEqual(['decided']);
    expect(ownStepsOf('First, I listened.')).toEqual(['listened']);
    expect(ownStepsOf('I listened to every call of that week.')).toEqual(['listened']);
  });

  it('meets the no-own-action gate when the only help given was on request', () => {
    const story =
      'I work as an irrigation technician at a municipal cemetery in Lima. In 2021 the water bill was about 14,000 soles a month. My boss, engineer Ramírez, negotiated treated water from the treatment plant nearby and designed a drip system, and a contractor installed it over four months. My job during that time was the normal maintenance, and I helped carry pipes some days when they asked. After the new system started, the bill went down to about 3,000 soles a month. It shows that simple ideas can change things.';
    expect(scoreAnswer(story, { content, principle: 'invent-and-simplify' }).gates[0]).toBe('no-own-action');
    const asked = story.replace('some days when they asked', 'to the far rows and fitted the timers myself');
    expect(scoreAnswer(asked, { content, principle: 'invent-and-simplify' }).gates).not.toContain('no-own-action');
  });
});

describe('endings', () => {
  it('reads a trial\'s progress told before the doubt as still to come', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} That test is still running, we are at wash 35 now, so I do not know yet if my changes are enough.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late loads fell to 35, so I do not know yet if my changes are enough.`)).toBe(false);
  });

  it('reads plans for later and "can\'t yet tell" as still to come', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The first promotions are planned for the end of this year.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} So I can't yet tell you whether the cafés will stay.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late loads fell from 9% to 2%, and I can't yet tell you what it meant to the cafés.`)).toBe(false);
  });
});
