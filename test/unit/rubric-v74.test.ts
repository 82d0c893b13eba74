import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v74: "... this I cannot tell you yet", "now it is in their hands" and "the committee sits in March" end a story
 * before its outcome; "sits next to the classroom" is a place, not a date ahead.
 */
const content = loadContent();

const library =
  'I run the branch library in a market town in Galicia, and our Saturday reading club for children had dropped from 30 to 9 regulars in a year. ' +
  'I asked the parents at the school gate why, and most said the 10 a.m. slot clashed with football. ' +
  'I moved the club to Friday afternoons for a term on my own authority, which meant giving up my own planning hour, and I wrote to the council to ask for a paid assistant so I could keep both slots. ';

describe('a story that ends before its outcome is in', () => {
  it.each([
    'The council has the letter now; whether they pay for the assistant, this I cannot tell you yet.',
    'I have sent them my figures, and now it is in their hands.',
    'The council\'s culture committee sits in March to decide on the assistant.',
  ])('is held at the no-result gate: %s', (ending) => {
    expect(scoreAnswer(library + ending, { content, principle: 'ownership' }).gates).toContain('no-result');
  });

  it('does not take "sits next to" for a date ahead', () => {
    const ended =
      library +
      'By the end of the term the club had 24 regulars again and the council paid for the assistant. The club now sits next to the children\'s shelves, and I still ask the parents before I move anything.';
    expect(scoreAnswer(ended, { content, principle: 'ownership' }).gates).not.toContain('no-result');
  });
});
