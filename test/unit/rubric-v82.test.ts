import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v82: "doesn't bill until mid-May", "will be taken up with next year's budget" and "will give us her answer"
 * end a story before its outcome; a figure worked out "by that model" is no outcome measured.
 */
const content = loadContent();

const growth =
  'I lead growth at a language app in Lima. Last spring our paid channels told two stories: Meta brought sign-ups at 38 soles each and TikTok at 61. ' +
  'When I split the data by cohort, TikTok users finished the first unit at almost twice the rate, 41% against 23%. ' +
  'I built a model that predicts paid conversion from first-unit completion. By that model, TikTok was cheaper per paying customer, around 540 soles against 690. ' +
  'I moved 40% of the Meta budget and kept a holdout group so the comparison stays clean. ';

const gates = (ending: string) => scoreAnswer(growth + ending, { content, principle: 'are-right-a-lot' }).gates;

describe('a story that ends before its outcome', () => {
  it.each([
    "The first cohort doesn't bill until mid-May, and I've got the review with our CFO booked for the week after.",
    "It went to the board in January, and I'm told it will be taken up together with next year's budget.",
    'The CFO saw the first week and said she will give us her answer after the board meets.',
  ])('is held at the no-result gate, the projection before it no outcome: %s', (ending) => {
    expect(gates(ending)).toContain('no-result');
  });

  it('is not held when the wait is past and the outcome told', () => {
    expect(gates("The first cohort didn't bill until mid-May, and by June paid conversion was up from 4% to 6%.")).not.toContain('no-result');
  });
});
