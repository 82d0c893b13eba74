import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v96: "from about plus or minus twelve percent to four" is a change from a baseline, the margin's three words
 * read as one hedge like "about", so a strong spoken story that says its figures in words is no longer read as a
 * template of changes claimed with no baseline.
 */
const content = loadContent();

describe('a spoken story whose change is "from about plus or minus twelve percent to four"', () => {
  it('is not a template', () => {
    const result = scoreAnswer("Right, so in 2022 I was running germination tests on maize seed from the Rift Valley, checking how many seeds sprout at the standard temperature. And my results were jumping around, germination seventy percent one week and eighty-eight the next, same seed lot. Everyone said just run more replicates, but that costs seed and weeks. A colleague from the weather station mentioned how dry the air gets in the dry season, and I got curious whether it was the room and not the seed. I knew nothing about climate control, honestly. I borrowed four cheap humidity loggers and spent five weeks of evenings on an online statistics course so I could model the room. I decided to postpone two planned tests by a month so I wasn't collecting more data from a room I didn't trust. And the answer was clear: on dry days the germination room dropped below fifty percent humidity, and that swung the results by up to fifteen points. We fixed the humidifier, and the spread between replicates went from about plus or minus twelve percent to four. The certification board accepted our results that season. Now I log the room for every test, and I taught the three trainees in our lab to do the same.", { content, principle: 'learn-and-be-curious' });
    expect(result.gates).not.toContain('template');
    expect(result.level).not.toBe('Not yet');
  });
});
