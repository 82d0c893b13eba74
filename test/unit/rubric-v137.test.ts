import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { BAKERY_STEPS, gatesAfterBakerySteps, sectionOfLine } from './rubric-helpers.js';

/**
 * Rubric v137: "it'll be the bunches from the spring that tell me if..." and "...is the first honest answer I will get"
 * end a story before its outcome; the speaker's reading taken again after the change ("went back a month later and
 * measured again: 91% uniformity") is how it turned out; "we averaged 5,100 tonnes a day" is a measure, not a team step,
 * and "Modelled it." is the speaker's step.
 */

describe('a story that ends before its outcome', () => {
  it('is held when what will tell is named first, or the answer is still to be got', () => {
    expect(gatesAfterBakerySteps("The new racks went in last week. It'll be the March deliveries that tell me if the racks were the whole story.")).toContain('no-result');
    expect(gatesAfterBakerySteps('The new racks went in last week. What the café owners say at the June review is the first honest answer I will get.')).toContain('no-result');
  });

  it('is not held when the answer was got in the story', () => {
    expect(gatesAfterBakerySteps('The June review was the first honest answer I got: late vans were down from 9% to 2%.')).not.toContain('no-result');
  });
});

describe('outcomes', () => {
  it("reads the speaker's reading taken again after the change, with its figure, as the Result", () => {
    const story = `${BAKERY_STEPS} I went back a month later and measured again: 2% of deliveries late. One café ordered for its second shop.`;
    expect(sectionOfLine(story, 'measured again')).toBe('result');
    expect(gatesAfterBakerySteps('I went back a month later and measured again: 2% of deliveries late.')).not.toContain('no-result');
  });

  it('does not read a step that measures something new as the Result', () => {
    const story = `${BAKERY_STEPS} I measured the proofing room's humidity for a week.`;
    expect(sectionOfLine(story, 'humidity')).not.toBe('result');
  });
});

describe("the speaker's steps", () => {
  const steps = (text: string) => analyzeAnswer(text).facts.flatMap((f) => f.voice.iActions.map((t) => t.lower));

  it("counts a two-word note on the thing just named ('Modelled it.') as the speaker's step", () => {
    expect(steps('Obvious fix: two more trucks. Modelled it. Would have got us to 62 minutes.')).toEqual(['modelled']);
    expect(steps('Obvious fix: two more trucks. Modelled trucks.')).toEqual([]);
  });
});

describe("the team's steps", () => {
  it("does not count 'we averaged' as a step of the team", () => {
    const facts = analyzeAnswer('Before the closure we averaged 5,100 tonnes a day, and we ran two shifts.').facts;
    expect(facts.flatMap((f) => f.voice.weActions.map((t) => t.lower))).toEqual(['ran']);
  });
});
