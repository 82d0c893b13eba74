import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { awaitsOutcomeOf, BAKERY_STEPS, ownStepsOf, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v168: a way back agreed for the thing moved ("agreeing with the owner that it would come back if ..."); a cost
 * told as a second verb of its subject ("it left the shop with one van, cost about 1,400 euros"); a step taken
 * "knowing she'd need about a year"; "looked back over the field" is no reflection; "Covered clamps lost 0.9 percent"
 * is no step; "Baseline:" heads the scene; "I won't know the rate or the cost until ..." waits; "mapping our 4,100
 * devices against two years of calls" compares nothing; listening in on a call and sitting at the back are no steps.
 */

const content = loadContent();

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads a way back agreed for the thing moved', () => {
    expectKind('guardrails', ["So I moved half the stock to the second shop, agreeing with the owner that it would come back, only a day's drive, if the first shop ran short."]);
    expectNoKind('guardrails', ['So I moved half the stock to the second shop, and the owner agreed. It came back in May when the first shop ran short.']);
  });

  it('reads a cost told as a second verb of the same subject', () => {
    expectKind('costs', [
      'I moved half the stock to the second shop. The counter-argument was fair: it left the shop with one van, cost about 1,400 euros, and the shop had been quiet.',
      'I moved half the stock to the second shop. The counter-argument was fair: it left the shop with one van and cost about 1,400 euros.',
    ]);
    expectNoKind('costs', ['I moved half the stock to the second shop. The old van broke down and cost about 1,400 euros to fix.']);
  });

  it('reads a step taken knowing its price as a cost', () => {
    expectKind('costs', ["I hired her, knowing she'd need about a year to be fully productive."]);
    expectNoKind('costs', ['I took the job, knowing it would make them happy.']);
  });
});

describe('reading the story', () => {
  it('does not read a look back over a field as reflection', () => {
    const facts = analyzeAnswer('I drive a tractor on an arable farm. There were gaps in the rows when I looked back over the field.').facts;
    expect(facts.some((f) => f.hits.some((h) => h.category === 'learnReflect'))).toBe(false);
    const looking = analyzeAnswer('Looking back over that year, the rota was the right call.').facts;
    expect(looking.some((f) => f.hits.some((h) => h.category === 'learnReflect'))).toBe(true);
  });

  it('does not read "Covered clamps lost 0.9 percent a week" as a step of the speaker\'s', () => {
    expect(ownStepsOf('I sourced fleece covers. Covered clamps lost 0.9 percent a week.')).toEqual(['sourced']);
  });

  it('reads a "Baseline:" line as the scene, even in a plain answer', () => {
    const story =
      'I coordinate the self-service kiosks for 14 libraries in Seoul. In 2024 the city cut our budget by 40%. A full replacement was quoted at 310 million won.\n- Baseline: the kiosks handle around 62% of all loans, and fault calls were averaging 35 a month.\n- I opened two of the old kiosks with our technician and found the readers were fine.';
    expect(sectionOfLine(story, 'the kiosks handle')).toBe('situation');
  });

  it('reads "I won\'t know the rate or the cost until ..." as an outcome still to come', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The owner approved the plan last week. The new racks get installed next month as a pilot, and I won't know the late rate or the real cost until the pilot has run for a full quarter.`)).toBe(true);
  });

  it('does not read devices mapped against years of calls as a change', () => {
    const story =
      'I coordinate the public defibrillator network for a heart foundation in Copenhagen. Mapping our 4,100 devices against two years of cardiac arrests, I found 62% of night-time home arrests were far from an open device. I proposed heated outdoor cabinets on supermarkets. By 2023 night coverage rose from 38% to 71%.';
    expect(scoreAnswer(story, { content, principle: 'think-big' }).criteria.metrics.verdict).not.toContain('jump');
  });
});

describe('own steps', () => {
  it('does not count listening in on a call or a seat at the back as steps', () => {
    expect(ownStepsOf('I was listening in on a call during induction, next to the senior interpreter.')).toEqual([]);
    expect(ownStepsOf('I was at the meeting. I sat at the back with the other drivers.')).toEqual([]);
    expect(ownStepsOf('I sat with him at every break to go through the scanner errors.')).toContain('sat');
  });

  it('does not count what the speaker had not expected as a step', () => {
    expect(ownStepsOf("Then she did something I hadn't expected.")).toEqual([]);
  });
});
