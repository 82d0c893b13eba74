import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/** Rubric v77: "the decision is still sitting on their desk" ends a story before its outcome. */
const content = loadContent();

const permit =
  'Situation: I manage the events at a concert hall in Gdansk. In March our outdoor summer series needed a new noise permit, and the city had refused two other venues that spring.\n' +
  'Action: I measured the sound at the nearest houses on three evenings with a hired meter, moved the stage to face the river, and offered to end every concert by 10 p.m., which cost us the late slot we sold best.\n' +
  'Result: The application was registered in April. ';

describe('a story that ends with the decision still on someone\'s desk', () => {
  it.each([
    'The city came back in May with two questions about the bass, which I answered the same week, and the permit, and with it the whole series, is still sitting on their desk.',
    'The city came back in May with two questions, which I answered the same week, and the file still sits with the environment department.',
  ])(
    'is held at the no-result gate: %s',
    (ending) => {
      expect(scoreAnswer(permit + ending, { content, principle: 'ownership' }).gates).toContain('no-result');
    },
  );
});
