import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { awaitsOutcomeOf, BAKERY_STEPS, ownStepsOf } from './rubric-helpers.js';

/**
 * Rubric v182, from the development misses of fresh266 to fresh273: more ways of looking on or taking in news, someone
 * else's past clause after "how", what the speaker still has to do after a wait, and lessons told as "What I'd do now".
 */

const content = loadContent();

describe('own steps', () => {
  it('reads looking on, news received, minutes taken and others\' clauses as no steps', () => {
    expect(ownStepsOf('I was copied on all the emails, and I followed what was happening.')).toEqual([]);
    expect(ownStepsOf('I was copied on all the emails, so I kind of followed along.')).toEqual([]);
    expect(ownStepsOf('I was copied on the emails and took the minutes.')).toEqual([]);
    expect(ownStepsOf('I only received the new scanner on my counter when it was ready.')).toEqual([]);
    expect(ownStepsOf('I received the lab results by email.')).toEqual([]);
    expect(ownStepsOf('And yeah, I saw from that how important it is to be honest with partners.')).toEqual([]);
    expect(ownStepsOf('I was copied in on the emails, so I saw the whole thing.')).toEqual([]);
    expect(ownStepsOf('I thought it was a really good example of ownership, how Rosa just took it and ran with it.')).toEqual([]);
    expect(ownStepsOf('I sat at the back with the other supervisors and listened.')).toEqual([]);
  });

  it('still reads the speaker\'s own steps', () => {
    expect(ownStepsOf('I followed the new procedure on every call.')).toEqual(['followed']);
    expect(ownStepsOf('I took the minutes of the old meetings and compared them with the logbook.')).toContain('compared');
    expect(ownStepsOf('I received the complaint and called the customer back.')).toContain('called');
    expect(ownStepsOf('I saw the gap in the logs and called the importer.')).toContain('called');
    expect(ownStepsOf('I rang two other school farms about how they handle losses, and asked the school counsellor.')).toEqual(['rang', 'asked']);
  });
});

describe('endings', () => {
  it('reads what the speaker still has to do, or what others carry on, after a wait as still waiting', () => {
    const waiting = `${BAKERY_STEPS} I have not measured the late loads yet, because the first full month ends next week.`;
    expect(awaitsOutcomeOf(`${waiting} I also still need to ask the cafés for their side.`)).toBe(true);
    expect(awaitsOutcomeOf(`${waiting} The team is running it now.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} I don't know yet if I was right about the racks. The data's still coming in.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late loads fell from 9% to 2%. I also still need to ask the cafés for their side.`)).toBe(false);
  });
});

describe('lessons', () => {
  it('reads "What I\'d do now" and "What I\'d repeat" as lessons', () => {
    const learning = (ending: string) => scoreAnswer(`${BAKERY_STEPS} Late loads fell from 9% to 2% in six weeks. ${ending}`, { content, principle: 'deliver-results' }).criteria.learning.score;
    expect(learning("What I'd do now is ask the drivers first. They had the idea before I did.")).toBeGreaterThanOrEqual(2);
    expect(learning("What I'd repeat: time every station, fix the slowest one first, and ask for a review date.")).toBeGreaterThanOrEqual(2);
    expect(learning('The drivers had the idea before I did.')).toBeLessThan(2);
  });
});
