import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v3 (issue 9): a terse answer written as notes leaves its "I" out ("Pulled the logs. Did the quick fix."), as
 * bullets do. Such a sentence is the speaker's own step; sentences that open with a participle describing something,
 * or that name who acted, are not. Written for these tests, in trades other than the suite answers that showed it.
 */
const content = loadContent();
const iActions = (answer: string) => analyzeAnswer(answer).facts.flatMap((f) => f.voice.iActions.map((t) => t.lower));

describe('a note-style sentence with its "I" left out', () => {
  it.each([
    ['Rebuilt the rota by hand over the weekend.', 'rebuilt'],
    ['Phoned all twelve suppliers, moved the order to Tuesday.', 'phoned'],
    ['Replaced the gasket on line 2 and restarted it.', 'replaced'],
  ])('"%s" is the speaker\'s action', (sentence, verb) => {
    expect(iActions(`Shift lead, bottling plant. ${sentence}`)).toContain(verb);
  });

  it.each([
    ['Based on the audit, the plant manager chose a new supplier.'],
    ['Faced with a recall, the buyers moved fast.'],
    ['Closed the valve, they said, and left it.'],
    ['Sales dropped over the summer.'],
  ])('"%s" is not', (sentence) => {
    expect(iActions(`Shift lead, bottling plant. ${sentence}`)).toEqual([]);
  });

  it.each([
    [
      'Night manager, 90-room hotel. Boiler failed at 23:00 in January, 140 guests in. Engineer could not come till 9am. Borrowed six oil heaters from the sister hotel, moved the eight coldest rooms onto the heated wing. Paid for two taxis for guests who wanted to go. Comped breakfast for everyone, about £900. Got two complaints, not the forty we had the last time. Now keep a winter list of heater suppliers.',
    ],
    [
      'Site lead, solar farm build. Inverter delivery slipped three weeks. Checked the other two sites, found spare units at one. Swapped them over and reordered for that site. Energised on the original date. Next time would check spares across sites first.',
    ],
  ])('a terse story told this way has its own actions and passes the no-own-action gate', (answer) => {
    const feedback = scoreAnswer(answer, { principle: 'ownership', content });
    expect(feedback.gate?.id).not.toBe('no-own-action');
    expect(feedback.criteria.ownership.score).toBeGreaterThanOrEqual(3);
  });
});
