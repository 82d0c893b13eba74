import { describe, it, expect } from 'vitest';
import { awaitsOutcomeOf, BAKERY_STEPS, ownStepsOf } from './rubric-helpers.js';

/**
 * Rubric v179, from the development misses of fresh256 to fresh259: stories told from the side, doing as told, keeping
 * up from outside or kept busy beside the events, and endings that wait on a decision, close on one more step after
 * the wait, or say in a terse line that the outcome is not known.
 */

describe('own steps', () => {
  it('reads doing as told, keeping up from outside and doing what everyone did as no steps', () => {
    expect(ownStepsOf('I was there every day and I did what they told me, mostly sanding and cleaning the floor.')).toEqual([]);
    expect(ownStepsOf('I was copied in on the emails and followed how it all unfolded.')).toEqual([]);
    expect(ownStepsOf('She organised a training day for all 12 observers, which I was attending.')).toEqual([]);
    expect(ownStepsOf('I was on shift the whole time and answered chats with the macro she gave us, like everyone else.')).toEqual([]);
    expect(ownStepsOf('I helped load the replacement pallet, but honestly that was just my normal job.')).toEqual([]);
    expect(ownStepsOf('I was handing out water to the guests and stuff while it was going on.')).toEqual([]);
  });

  it('still reads the speaker\'s own work as steps', () => {
    expect(ownStepsOf('I did the sanding myself.')).toEqual(['did']);
    expect(ownStepsOf('I followed the leak back to a cracked joint.')).toEqual(['followed']);
    expect(ownStepsOf('I answered every chat myself.')).toEqual(['answered']);
    expect(ownStepsOf('I was handing out the new checklists to every crew.')).toEqual(['handing']);
  });
});

describe('the post held', () => {
  it('reads supervising as the post only where it names the place or is broken into by what happened', () => {
    expect(ownStepsOf('In August 2023 I was supervising 64 school buses serving the government schools.')).toEqual(['supervising']);
    expect(ownStepsOf('This happened at the land port where I was supervising some of the clearing staff.')).toEqual([]);
    expect(ownStepsOf('In February 2024 I was supervising six clearing staff at the land port when one of my team filed a wrong code.')).toEqual([]);
  });
});

describe('endings', () => {
  it('reads a decision still to come, with "can" before it, as a wait', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The trial needs a full year of seasons before we can decide whether to trust the new racks.`)).toBe(true);
  });

  it('reads a terse "Don\'t know how many..." as the outcome not known', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Left for the other bakery in May. Don't know how many cafés still opened without bread.`)).toBe(true);
  });

  it('reads one more step told after the wait as leaving the story waiting', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Only the spring figures will tell us if it worked. Too early to say. I also moved the spare parts list onto a shared sheet.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late loads fell from 9% to 2%. I also moved the spare parts list onto a shared sheet.`)).toBe(false);
  });
});
