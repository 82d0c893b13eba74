import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps, ownStepsOf } from './rubric-helpers.js';

/**
 * Rubric v184, from the development misses of fresh276 to fresh284: more ways of looking on, more endings before the
 * outcome, and no learned lift for trade-offs where the rules found only a watch or a risk.
 */

const content = loadContent();

describe('own steps', () => {
  it('reads looking on, the usual work and help lent where others were short of hands as no steps', () => {
    expect(ownStepsOf('I was one of the drivers on the early shift, so I saw it all happen.')).toEqual([]);
    expect(ownStepsOf('I was on the line doing my normal shifts, and I saw the surveyor walking around a lot and asking the team questions.')).toEqual([]);
    expect(ownStepsOf('I heard most of the details in the team meeting on Monday.')).toEqual([]);
    expect(ownStepsOf('So I stayed at the desk as normal while they handled it.')).toEqual([]);
    expect(ownStepsOf('On Wednesday I helped carry some containers to the van when they were short of hands, but that was all really.')).toEqual([]);
    expect(ownStepsOf('I also covered a night when the packing room was short-staffed.')).toEqual([]);
    expect(ownStepsOf('I learned a lot just watching how Riikka and Jussi handled the pressure and kept everyone calm that week.')).toEqual([]);
  });

  it('still reads the speaker stepping in, and steps after an "as normal", as theirs', () => {
    expect(ownStepsOf('I asked him for eight weeks, and I put myself on the line when we were short.')).toContain('put');
    expect(ownStepsOf('I sanded the other crates as normal, and I repainted the damaged ones myself.')).toContain('repainted');
    expect(ownStepsOf('I stayed at the desk as normal, checking the screens.')).toEqual(['stayed']);
    expect(ownStepsOf('I divided our nets: half I treated like normal, every four or five days, and half only after a microscope check.')).toContain('divided');
    expect(ownStepsOf('I saw the nodes marking themselves as full, so I moved the jobs to the spare rack.')).toContain('moved');
  });
});

describe('endings', () => {
  it('reads a story that ends before its outcome as waiting for it', () => {
    expect(gatesAfterBakerySteps("The new racks went in two weeks ago, and we are now collecting delivery times, so I can't tell you the effect yet.")).toContain('no-result');
    expect(gatesAfterBakerySteps("In May I moved to the day shift, so I don't know what happens with it.")).toContain('no-result');
    expect(gatesAfterBakerySteps("The trial runs for eight weeks, so I don't have a new delivery time to give you.")).toContain('no-result');
    expect(gatesAfterBakerySteps("The drivers carry on without me now. I don't know yet what the full numbers show.")).toContain('no-result');
    expect(gatesAfterBakerySteps('The new list started this week, so it is too early to say if it has fixed the problem. I am only starting to collect numbers.')).toContain('no-result');
  });

  it('keeps an outcome told before what is still being collected or not known', () => {
    expect(gatesAfterBakerySteps('Late deliveries fell from 9% to 1% by May. We are now collecting feedback from the cafés on the new loading list.')).not.toContain('no-result');
    expect(gatesAfterBakerySteps("Late deliveries fell from 9% to 1% by May. I don't know what happened to the old racks.")).not.toContain('no-result');
    expect(gatesAfterBakerySteps("Late deliveries fell from 9% to 1% by May, and I can't tell you the exact saving yet.")).not.toContain('no-result');
  });
});

describe('trade-offs', () => {
  it('does not lift a strong story in which the rules found only a watch, however strongly it reads as weighing', () => {
    const story =
      'I run the night shift at a hospital laundry in Leeds with six operators. ' +
      'In January 2024 the ward linen deliveries started arriving late: the 6 am cage for the surgical wards left us at 6:40 on eleven of twenty mornings, and theatre staff were starting lists without fresh gowns. ' +
      'I timed every stage for a week with a stopwatch and a clipboard. ' +
      "The washers were fine; the folding table was the bottleneck: the tunnel dryer dumped everything in one heap and two operators spent forty minutes sorting gowns from sheets. " +
      "I rewired the dryer's discharge to sort into two bins by weight, moved the gown folding to the first hour, and wrote a one-page start sheet for the shift. " +
      'I trained all six operators on it over two nights, and I now watch the cage departure times every week. ' +
      'By March the surgical cage left at 5:50 on every one of twenty mornings, and the theatre manager stopped her weekly complaint email. ' +
      'The lesson I took is to time the work before I change it.';
    const scored = scoreAnswer(story, { content });
    expect(scored.criteria.tradeoffs.score).toBe(1);
    expect(scored.criteria.tradeoffs.verdict).not.toMatch(/Read as a whole/);
    expect(scored.level).not.toBe('Raises the bar');
  });
});
