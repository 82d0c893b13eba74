import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v177: two "I" steps that are only messages and asks ("I sent an email to my manager", "I told the guys"), with
 * no decision named, own too little for a 3; writers band such loosely told stories at 2 or below.
 */

const content = loadContent();
const ownership = (answer: string) => scoreAnswer(answer, { content, principle: 'ownership' }).criteria.ownership;

const opening =
  'Last winter the heavy check on one of our freighters was running late at the hangar in Singapore, and some corrosion was found on the cargo floor. ';

describe('ownership of a loosely told story', () => {
  it('keeps two light steps with no decision at 2', () => {
    const loose = `${opening}I sent an email to my manager to let him know the schedule was tight. I also told the night shift about the new tasks. It all worked out in the end and the aircraft went back into service.`;
    expect(ownership(loose).score).toBeLessThanOrEqual(2);
  });

  it('still gives 3 when the steps are the speaker\'s own work on the problem', () => {
    const owned = `${opening}I split the floor repair into two work packages and moved the cabin inspections to the night shift. I also rebuilt the parts list with the stores team. The aircraft went back into service two days late instead of nine.`;
    expect(ownership(owned).score).toBeGreaterThanOrEqual(3);
  });
});
