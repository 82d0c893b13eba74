import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/** Rubric v84: "which added about four miles for the drivers" is a cost accepted, as added minutes are. */
const content = loadContent();

const detour = (step: string) =>
  'I run the depot of a quarry near Cork. In 2023 our trucks went through the village past the primary school, about 90 a day. ' +
  `${step} ` +
  'By the autumn, trucks past the school fell from 90 to 6 a day, and the school stopped its complaints. I now plan routes before we take on a new contract.';

const tradeoffs = (step: string) => scoreAnswer(detour(step), { content, principle: 'success-and-scale-bring-broad-responsibility' }).criteria.tradeoffs;

describe('a distance added to the way', () => {
  it('is a cost accepted: "which added about four miles for the drivers"', () => {
    expect(tradeoffs('I agreed a route with the council on the bypass, which added about four miles for the drivers.').verdict).toMatch(/cost accepted \("which added about four miles/);
  });

  it('is not a cost when nothing was added to anyone\'s way', () => {
    expect(tradeoffs('I agreed a route with the council on the bypass, which the drivers liked.').verdict).not.toMatch(/cost accepted/);
  });
});
