import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v106: more endings before the outcome (a line closing on "no date", and "until the bank rings them back the
 * old oven stays on its own"), and a participle that describes the subject of a verb of change ("Missed deliveries went
 * down...") is no note of the speaker's with its "I" dropped.
 */

describe('a story that ends before its outcome', () => {
  it.each([
    ['a line closing on "no date"', "The council's planning office hasn't listed the extension for a hearing yet. The owners ring me every week to ask, and every week I have the same answer: no date."],
    ['things as they are until a call back', 'The quote for a second oven is with the owners now, and until the bank rings them back the old oven stays on its own.'],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });
});

describe('a participle opening a sentence', () => {
  const steps = (text: string) => analyzeAnswer(text).facts[0]?.voice.iActions.map((t) => t.lower) ?? [];

  it('is no step of the speaker\'s when it describes the subject of a change', () => {
    expect(steps('Missed deliveries went down from 9% to 1% by April.')).toEqual([]);
  });

  it('is still a note\'s step when it acts on its object', () => {
    expect(steps('Logged it so it went on the schedule.')).toEqual(['logged']);
  });
});
