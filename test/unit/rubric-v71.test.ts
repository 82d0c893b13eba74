import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v71: a lesson said to be "the approach I have taken ever since", with nothing it was used on, is not a lesson
 * applied; and refusing to look for someone to blame is not blame.
 */
const content = loadContent();

const careHome =
  'Last spring I ran the weekend rota for a care home in Bristol with 40 residents. Two carers quit in one week and the Saturday shifts had gaps. ' +
  'I called every part-time carer myself, asked who could swap a shift, and moved two of them to Saturdays for a month. The gaps were filled and no resident missed a visit. ';

describe('a lesson carried forward as "the approach I have taken since"', () => {
  it('does not count as applied when nothing it was used on is named', () => {
    const story = `${careHome}For me, ownership means stepping up when something goes wrong instead of waiting, and that is the approach I have taken ever since.`;
    const learning = scoreAnswer(story, { content, principle: 'ownership' }).criteria.learning;
    expect(learning.score).toBe(3);
    expect(learning.verdict).not.toContain('applied since');
  });
  it('counts as applied when it names what it was used on', () => {
    const story = `${careHome}For me, ownership means stepping up when something goes wrong instead of waiting, and I have run every Saturday rota that way ever since.`;
    const learning = scoreAnswer(story, { content, principle: 'ownership' }).criteria.learning;
    expect(learning.score).toBe(4);
    expect(learning.verdict).toContain('applied since');
  });
});

describe('a refused search for someone to blame', () => {
  const depot = 'Last March the rota at our depot in Leeds broke and 14 drivers were double-booked. I rebuilt it in two days and nobody lost a shift. ';
  it.each([
    'For me, ownership means taking responsibility, not looking for someone to blame.',
    'Instead of hunting for anybody to blame, I sat down with the drivers.',
    'I never look for somebody to blame when a rota breaks.',
  ])('blames nobody: %s', (line) => {
    const tone = scoreAnswer(depot + line, { content, principle: 'ownership' }).criteria.tone;
    expect(tone.score).toBe(4);
    expect(tone.verdict).not.toContain('blaming');
  });
});
