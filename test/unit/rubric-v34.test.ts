import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v34: a keyword salad that lists verbs under one "I" ("owned the value chain, decided, prioritised, escalated,
 * aligned stakeholders") is a template; and in an answer labelled "What I did:" and "What I learned:" with no Result
 * label, a measured outcome told under the Action label is the Result.
 */
const content = loadContent();

describe('a list of verbs under one "I"', () => {
  it('holds a salad of comma-listed verbs at "Not yet" as a template, while a story with two steps in a row stays one', () => {
    const salad =
      'Situation: Scale at a regional food bank. Task: Broad responsibility. Action: I leveraged a community-first, do-no-harm, accountability-to-partners approach, ' +
      'owned the end-to-end distribution value chain, decided, prioritised, escalated, aligned cross-functional stakeholders, and embedded sustainability, inclusion and ' +
      'stewardship into every deliverable. Trade-offs: speed vs. quality, cost vs. impact, short-term vs. long-term, all balanced. ' +
      'Result: 100% coverage, 3x scale, 40% efficiency gain, zero incidents. Learning: With great scale comes great responsibility; think second-order effects.';
    const feedback = scoreAnswer(salad, { content, principle: 'ownership' });
    expect(feedback.gate?.id).toBe('template');
    expect(feedback.level).toBe('Not yet');
    const story =
      'I run the night desk of a parcel depot in Leeds. In March 2024 a conveyor motor failed at 01:10 with 2,300 parcels still to sort for the 05:00 vans. ' +
      'I stopped the line, checked the breaker, called the on-call fitter and moved two pickers to hand-sorting by postcode. ' +
      'The fitter swapped the motor by 02:40, and 2,280 of the 2,300 parcels made the vans; the other 20 went on the 09:00 run. ' +
      'Since then I keep a printed postcode map at the hand-sort bench, and we used it again in June.';
    expect(scoreAnswer(story, { content, principle: 'ownership' }).gate?.id).not.toBe('template');
  });
});

describe('a measured outcome under the Action label', () => {
  it('reads it as the Result when the answer labels only what the speaker did and learned', () => {
    const answer =
      'I chair the drivers\' union at a minibus station in Kumasi. By 2022 the Ejisu queue ran onto the main road at morning peak, right where the school children cross, and three pedestrians were hit that year. ' +
      'What I did: I moved the queue to the back lot and we call buses forward three at a time. I made a rule, engines off until you are in the first three. I hired two marshals from union dues for the school crossing. ' +
      'After that the buses standing in the road at peak went from about 25 to 6, and nobody was hit the whole next school year. ' +
      'What I learned: when you get bigger, your queue is everybody\'s problem. Before we add any route now, I walk the street at peak hour first.';
    const feedback = scoreAnswer(answer, { content, principle: 'success-and-scale-bring-broad-responsibility' });
    expect(feedback.sections.result ?? '').toContain('went from about 25 to 6');
    expect(feedback.gate?.id).not.toBe('no-result');
  });
});
