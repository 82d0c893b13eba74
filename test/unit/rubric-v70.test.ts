import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v70: "I'd put it in writing" may be "I had put" or "I would put"; with a verb whose past and present look the
 * same, it is neither a step of the story nor a plan, so it no longer tips a routine told in "I'd" and "I'll usually"
 * into a real story.
 */
const content = loadContent();

const routine = "With new suppliers, trust is most of the job, and the careful ones are usually the family firms who have been let down by big buyers before. My approach with a supplier like that is to show them their own numbers first. In the first meeting I'll usually bring how much of their product we already sell through our shops, so they see I've done the homework. Then, instead of asking for a big contract, I'd suggest a small trial order with a clear measure we agree on together, and I'd put it in writing that if we miss it they keep the deposit. During the trial I send them a short update every Friday, good or bad. If a delivery goes wrong, I'd call their owner myself before they hear it from someone else. By the end of a trial like that the conversation is very different. That's how I've built most of my supplier relationships.";

describe('"I\'d" before a verb that looks the same in every tense', () => {
  it('leaves a routine told as what the speaker would do "Not yet", held at the hypothetical gate', () => {
    const feedback = scoreAnswer(routine, { content, principle: 'earn-trust' });
    expect(feedback.gate?.id).toBe('hypothetical');
    expect(feedback.level).toBe('Not yet');
  });
  it('still reads "I\'d moved" as a step of the story', () => {
    const story = 'I run the stores for a bakery chain in Leeds with 14 shops. In March our flour supplier warned us of a two-week delay, and I had stock for five days. By the time the owner called me, I\'d moved half our orders to a mill in York at 8% more per bag and agreed a daily check on the stock with each shop. No shop ran out, and we paid about £2,100 extra over the two weeks. I learned to keep a second supplier warm, and I now order from York every month.';
    expect(scoreAnswer(story, { content, principle: 'ownership' }).gates).not.toContain('hypothetical');
  });
});
