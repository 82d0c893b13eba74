import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v72: more ways to end a story before its outcome. "We only know after that whether...", "the family is
 * deciding after this if...", "Ask me in a month whether..." and "I'm waiting to hear" all leave the result to come.
 */
const content = loadContent();

const depot =
  'I run maintenance at a bus depot in Porto with 60 buses. Last month three early routes left late because their batteries were not full at 5:30. ' +
  'I pulled the charger logs for two weeks and found the late buses were always the ones plugged in last, after midnight. ' +
  'I rebuilt the charging rota so the longest routes charge first, and I moved four of them onto the two fastest chargers, which meant two short routes now charge on the slow bank. ' +
  'I briefed both night shifts myself and taped the new rota beside each charger. The new rota started on Monday. ';

describe('a story that ends before its outcome is in', () => {
  it.each([
    'It runs for a month, and we only know after that whether the early pull-outs are really on time.',
    'The operations board is deciding after the trial if the new rota stays.',
    'Ask me in a month whether the 5:30 departures are clean; four nights of logs are too few to say.',
    'The board has it now, and I am told the decision will come after their review, so I am waiting to hear.',
  ])('is held at the no-result gate: %s', (ending) => {
    const feedback = scoreAnswer(depot + ending, { content, principle: 'ownership' });
    expect(feedback.gates).toContain('no-result');
    expect(['Meets the bar', 'Raises the bar']).not.toContain(feedback.level);
  });

  it('still reads a story whose outcome is told as complete', () => {
    const told = depot + 'After four weeks, late pull-outs went from nine a week to one, and I learned to read the logs before I change a rota.';
    expect(scoreAnswer(told, { content, principle: 'ownership' }).gates).not.toContain('no-result');
  });
});
