import { describe, expect, it } from 'vitest';
import { COLOUR, formatFeedback, PLAIN } from '../../src/cli/report.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

const ANSWER = `At a logistics company our nightly invoice job failed twice a week. I traced the failures to a timeout in the tax
API, so I added retries with backoff instead of raising the timeout. Failures went from 8 a month to 0, and finance saved 6
hours a week. We all kind of agreed it was basically fine.`;

describe('formatFeedback', () => {
  const feedback = scoreAnswer(ANSWER);

  it('shows the score, level, every criterion, evidence, follow-ups and tips', () => {
    const text = formatFeedback(feedback, PLAIN);
    expect(text).toContain(`Score ${feedback.score}/100 · ${feedback.level}`);
    for (const name of ['Structure (STAR-L)', 'Ownership', 'Measured result', 'Length', 'Trade-offs', 'Learning', 'Principle fit', 'Specific details', 'Direct tone']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('> "');
    expect(text).toContain('Follow-up questions');
    expect(text).toContain(`1. ${feedback.tips[0]}`);
  });

  it('uses ANSI colour only with the colour style', () => {
    expect(formatFeedback(feedback, PLAIN)).not.toContain('\u001b[');
    expect(formatFeedback(feedback, COLOUR)).toContain('\u001b[');
  });

  it('says once why an answer was not scored, instead of nine identical criterion lines', () => {
    const text = formatFeedback(scoreAnswer('昨年、私は決済システムの移行を担当しました。'), PLAIN);
    expect(text.match(/Not scored/g)).toHaveLength(1);
    expect(text).not.toContain('Structure');
    expect(text).toContain('in English');
  });

  it('names principles through the lookup it is given', () => {
    const withPrinciple = scoreAnswer(ANSWER, { principle: 'dive-deep' });
    expect(formatFeedback(withPrinciple, PLAIN, () => 'Dive Deep')).toContain('Dive Deep:');
  });
});
