import { describe, expect, it } from 'vitest';
import { fitOf } from './rubric-helpers.js';

/**
 * Rubric v103: Earn Trust's "told the client" also reads after "to" or a modal ("I didn't hesitate to tell the client
 * the truth", "I had to tell the customer"), where only the past tense was read; a plain negation ("I didn't tell the
 * client") still does not count. Read by the principle profiles alone, as fitOf does.
 */

const STUDIO = "I book the studio time for a small recording studio in Cork. A band's mastering session slipped a week because our engineer was ill.";
const similarity = (telling: string) => fitOf(`${STUDIO} ${telling}`, 'earn-trust')?.similarity ?? 0;

describe('telling the client, after "to" or a modal', () => {
  const told = similarity('I told the client the truth the same morning.');
  const negated = similarity("I didn't tell the client the truth that morning.");

  it.each([
    ["after \"didn't hesitate to\"", "I didn't hesitate to tell the client the truth the same morning."],
    ['after "had to"', 'I had to tell the customer the truth that morning.'],
  ])('counts for Earn Trust nearly as the past tense does: %s', (_, telling) => {
    expect(similarity(telling)).toBeGreaterThan(negated);
    expect(similarity(telling)).toBeGreaterThan(0.9 * told);
  });

  it('does not count when the telling itself is negated', () => {
    expect(negated).toBeLessThan(0.7 * told);
  });
});
