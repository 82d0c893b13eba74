import { describe, it, expect } from 'vitest';
import { awaitsOutcomeOf, BAKERY_STEPS, ownStepsOf } from './rubric-helpers.js';

/**
 * Rubric v180, from the development misses of fresh260 and fresh261: an opinion put in before someone else's verb, the
 * story named as something witnessed, and an amount the speaker cannot say so far.
 */

describe('own steps', () => {
  it('reads an opinion put in, and the story named as witnessed, as no steps', () => {
    expect(ownStepsOf('Rodrigo admitted in a letter that we had lost documents, which I think surprised them a lot.')).toEqual([]);
    expect(ownStepsOf("So yeah, that's a time I saw real ownership on our team.")).toEqual([]);
  });

  it('still reads the speaker\'s own steps', () => {
    expect(ownStepsOf('I think I called the importer that evening.')).toEqual(['called']);
    expect(ownStepsOf('I saw the gap in the logs and called the importer.')).toContain('called');
  });
});

describe('endings', () => {
  it('reads what the speaker cannot say so far as still to come', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} So far I've only used the new list on two routes, so I can't say what it saves on the others.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late loads fell from 9% to 2%, and I can't say what it meant to the cafés.`)).toBe(false);
  });
});
