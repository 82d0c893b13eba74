import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v94: more endings before the outcome ("until I can put the log next to last winter's, the 7% I estimated is a
 * number in my notebook and nothing more", "the proposal is now with the owner", "the comparison goes to the board on 20
 * January"), and a labelled Result that opens "Unplanned departures went down" is no note of the speaker's own step.
 */
const content = loadContent();
const feedback = (text: string, principle = 'deliver-results') => scoreAnswer(text, { content, principle });

describe('a story that ends before its outcome', () => {
  it.each([
    ['an estimate that stays one until the figures come', "The new list has run since October. Until I can put the winter's delivery log next to last winter's, the 7% I estimated is a number in my notebook and nothing more."],
    ['a proposal handed on', 'I wrote a proposal to do the same in the second bakery. The proposal is now with the owner.'],
    ['a comparison that goes to the board on a day ahead', "The owner asked for both bakeries' logs side by side, and the comparison goes to the franchise board on 20 January."],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });
});

describe('a story told only in the passive, whose Result opens with an un- participle', () => {
  it('is held at the no-own-action gate', () => {
    expect(feedback("Situation: Our depot in Tartu runs three delivery routes a day, and the loading process had grown complicated, with orders on paper, a separate spreadsheet for returns and a whiteboard for the drivers.\nTask: The depot was asked by head office to cut late departures, which were making shops open without stock.\nAction: A working group was set up with the drivers, the pickers and someone from IT. The whole loading process was mapped, and it was found that the same order was often entered three times. It was agreed that the paper orders would be dropped and that everything would be logged on handheld scanners. The returns spreadsheet was merged into the same system, and a weekly review was introduced. Training sessions were organised for both shifts.\nResult: Unplanned departures after nine went down from about 12 a week to 3, and shops stopped opening without stock.\nLearning: The depot learned that one list is better than three, and the same approach is now used at the second depot.", 'invent-and-simplify').gates).toContain('no-own-action');
  });
});
