import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v89: more endings before the outcome ("whether the rule stays is still open", "nobody can tell me whether",
 * "it is not yet clear if", "I honestly don't know yet", "so that is where it stands"), and a change claimed "by around
 * 40%" beside "improved significantly" in a nameless story gives no baseline, so the story is read as a template.
 */
const content = loadContent();
const feedback = (text: string, principle = 'dive-deep') => scoreAnswer(text, { content, principle });

describe('a story that ends before its outcome', () => {
  it.each([
    ['the open question, still open', "I look after the cold store at a fruit cooperative in Nelson. Last spring 6% of our apple bins came out of storage with bruising, against 2% the year before. I went through the forklift logs and the bin maps and found that most bruised bins had been stacked seven high on the new racks. I capped the stacks at five, moved 300 bins to the old store and asked the two drivers to log every stack height. The new limit went in the next week, and the drivers logged 410 stacks in the first month. The board has the figures, and whether the five-high rule stays is still open."],
    ['nobody who can tell yet', "I look after the cold store at a fruit cooperative in Nelson. Last spring 6% of our apple bins came out of storage with bruising, against 2% the year before. I went through the forklift logs and the bin maps and found that most bruised bins had been stacked seven high on the new racks. I capped the stacks at five, moved 300 bins to the old store and asked the two drivers to log every stack height. The new limit went in the next week, and the drivers logged 410 stacks in the first month. The racks are back in use, but nobody can tell me whether they were at fault."],
    ['not yet clear', "I look after the cold store at a fruit cooperative in Nelson. Last spring 6% of our apple bins came out of storage with bruising, against 2% the year before. I went through the forklift logs and the bin maps and found that most bruised bins had been stacked seven high on the new racks. I capped the stacks at five, moved 300 bins to the old store and asked the two drivers to log every stack height. The new limit went in the next week, and the drivers logged 410 stacks in the first month. It is not yet clear if the board will keep the rule."],
    ['not knowing yet, at the very end', "I look after the cold store at a fruit cooperative in Nelson. Last spring 6% of our apple bins came out of storage with bruising, against 2% the year before. I went through the forklift logs and the bin maps and found that most bruised bins had been stacked seven high on the new racks. I capped the stacks at five, moved 300 bins to the old store and asked the two drivers to log every stack height. The new limit went in the next week, and the drivers logged 410 stacks in the first month. The racks are back in use. Were they to blame? I honestly don't know yet."],
    ['a vote still to come, closed with "that is where it stands"', "I look after the cold store at a fruit cooperative in Nelson. Last spring 6% of our apple bins came out of storage with bruising, against 2% the year before. I went through the forklift logs and the bin maps and found that most bruised bins had been stacked seven high on the new racks. I capped the stacks at five, moved 300 bins to the old store and asked the two drivers to log every stack height. The new limit went in the next week, and the drivers logged 410 stacks in the first month. Now the board has to decide whether to keep it, and they have said they will vote on it at their meeting after the harvest, so that is where it stands."],
  ])('is held at the no-result gate: %s', (_, text) => {
    const result = feedback(text);
    expect(result.gates).toContain('no-result');
    expect(result.level).toBe('Almost there');
  });

  it('is not held for a tool the speaker does not know yet, named in the lesson', () => {
    expect(feedback("I look after the cold store at a fruit cooperative in Nelson. Last spring 6% of our apple bins came out of storage with bruising, against 2% the year before. I went through the forklift logs and the bin maps and found that most bruised bins had been stacked seven high on the new racks. I capped the stacks at five, moved 300 bins to the old store and asked the two drivers to log every stack height. The new limit went in the next week, and the drivers logged 410 stacks in the first month. I now try a new tool I don't know yet every month.").gates).not.toContain('no-result');
  });
});

describe('a change "by around 40%" in a nameless story that "improved significantly"', () => {
  it('is a template, "Not yet"', () => {
    const result = feedback("Situation: Our company was growing fast, and several important new hires were stuck waiting for their paperwork, which frustrated the hiring managers and slowed down key projects.\nTask: As the owner of the onboarding process, I needed to improve the experience for new joiners and for the managers.\nAction: I listened to the voice of the customer and gathered feedback about the main pain points. I mapped the whole journey, found the bottlenecks and worked with the relevant partners to simplify the forms. I set up regular updates so every candidate knew where their case stood.\nResult: Waiting times came down by around 40%, satisfaction improved significantly, and the business could bring people on board much faster.\nLearning: Putting the customer at the centre of a process makes a real difference, and I apply this in everything I do.", 'customer-obsession');
    expect(result.gates).toContain('template');
    expect(result.level).toBe('Not yet');
  });
});
