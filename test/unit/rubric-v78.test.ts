import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v78: "I don't have an answer to that yet" and "for now I can't tell them how much it saves" leave the outcome
 * open; a closing "we meet again when the report arrives" does not hide the line before it; and "to under one" is a
 * figure of a change.
 */
const content = loadContent();

const heating =
  'I look after the buildings of a secondary school in Tartu. In October the gas bill for our two blocks was about 9,000 euros a month, so the head asked me to find savings before the winter.\n' +
  'I logged the boiler hours for two weeks myself and found the gym block heated all weekend. I set the controller to a weekend setback, fitted thermostatic valves in the twelve classrooms that faced south, and asked the caretakers to close the hall doors at four. ' +
  'Everything was running by November, and the caretakers got used to the new routine within a week. ';

const gates = (answer: string) => scoreAnswer(answer, { content, principle: 'frugality' }).gates;

describe('a story that ends before its figures are in', () => {
  it.each([
    'The supplier bills by the quarter, so what it saved, I honestly don\'t have an answer to that yet.',
    'The supplier bills by the quarter, so for now I can\'t tell them how much we really save.',
    'The supplier bills by the quarter, so for the moment I cannot tell them how much we really save. The head and I sit down again when that bill arrives.',
    'The supplier bills by the quarter, so at the moment I can\'t tell them how much we really save. We meet again once the first bill is in.',
  ])('is held at the no-result gate: %s', (ending) => {
    expect(gates(heating + ending)).toContain('no-result');
  });

  it('is not held when "how much" only says a lot', () => {
    expect(gates(heating + 'I can\'t tell you how much the teachers in the gym appreciated warm mornings.')).not.toContain('no-result');
  });
});

describe('a change down to a spelled "one" behind a hedge', () => {
  it('is measured: "from about four hours to under one"', () => {
    const answer =
      'I run the front desk of a dental practice in Leeds. Last spring the receptionists spent about four hours a day ringing patients to confirm appointments. ' +
      'I set up text reminders in our booking system, wrote the wording with the dentists, and kept phone calls for patients over eighty, who told us they prefer them. ' +
      'Confirming went from about four hours a day to under one, and missed appointments fell, so the team used the time for the waiting list. ' +
      'I learned to time a task before I try to fix it, and I now do that before every change I propose.';
    const metrics = scoreAnswer(answer, { content, principle: 'invent-and-simplify' }).criteria.metrics;
    expect(metrics.verdict).toMatch(/\bone\b/);
    expect(metrics.score).toBeGreaterThanOrEqual(3);
  });
});
