import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v46: a closing line that waits to find out ("When we taste in spring, I will know if the acidity is too
 * sharp") is no general maxim, so the story still ends waiting for its outcome.
 */
const content = loadContent();

describe('a story that ends before its outcome', () => {
  it('waits on "When we taste in spring, I will know if..."', () => {
    const feedback = scoreAnswer(
      'I make cider on a family farm in Normandy, and I took over the pressing decisions from my mother in 2021. In October 2024 a wet week was coming and the late apples were not fully ripe. ' +
        'My mother wanted to wait, because we always wait. I walked the orchard every morning and counted the fruit with rot starting, about one in ten on the lower branches. ' +
        'I decided to pick the whole orchard a week early, by hand, and to sort out every rotten apple in the field. Now the juice is in the old barrels, still fermenting slowly. ' +
        'When we taste in spring, before bottling, I will know if the cider is too sharp and the decision was too careful, or if it was right.',
      { content },
    );
    expect(feedback.gate?.id).toBe('no-result');
  });
});
