import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v79: "a thinner first coat" is an ordinal, not a part of the whole tried first; "fell back to 2°C" is a level
 * the outcome moved to.
 */
const content = loadContent();

const plaster = (choice: string) =>
  'I restore lime plaster in old farmhouses around Cork. In 2021 the ceilings I patched kept cracking within a month, on four jobs out of ten. ' +
  'I spent a winter with a retired plasterer who had worked on the cathedral, and tried different mixes on boards in my shed, drying each one beside a heater. ' +
  `${choice} ` +
  'Since then not one ceiling has come back, over 30 jobs. I learned to ask the oldest hands first, and I keep a notebook of every mix.';

const tradeoffs = (answer: string) => scoreAnswer(answer, { content, principle: 'learn-and-be-curious' }).criteria.tradeoffs;

describe('"first" before its noun', () => {
  it('is no guardrail: "I went with a thinner first coat"', () => {
    const read = tradeoffs(plaster('In the end I went with a thinner first coat with less lime, and hair mixed into the base.'));
    expect(read.verdict).not.toMatch(/guardrail \(/);
    expect(read.score).toBeLessThanOrEqual(1);
  });

  it('still limits the damage when one part goes first: "I tried it on one ceiling first"', () => {
    const read = tradeoffs(plaster('In the end I tried the thinner mix on one ceiling first, in my own kitchen, before any client saw it.'));
    expect(read.verdict).toMatch(/guardrail/);
  });
});

describe('a level returned to', () => {
  it('measures the Result: "the temperature fell back to 2°C"', () => {
    const answer =
      'I look after the cold rooms of a fish market in Gdynia. In July the temperature in room 2 had crept up to 9°C on warm afternoons, and a buyer rejected two pallets. ' +
      'I traced it to a door seal myself, replaced it the same evening, and moved the afternoon deliveries to the side door for a month. ' +
      'The temperature fell back to 2°C, and no pallet was rejected after that. I learned to check the seals every Monday, and I still do.';
    const metrics = scoreAnswer(answer, { content, principle: 'deliver-results' }).criteria.metrics;
    expect(metrics.verdict).not.toMatch(/No measured outcome/);
    expect(metrics.score).toBeGreaterThanOrEqual(3);
  });
});
