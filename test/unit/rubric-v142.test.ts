import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { BAKERY_STEPS, gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v142: the plan judged "too much cost" and met by what was agreed, also after a semicolon, is a guardrail; an
 * outcome "instead of" the figure expected or seen before is no option set aside; "telling people to switch off" is no
 * kill switch; "the bigger the system, the earlier I..." is a rule; "..., and I've run one before every brief since"
 * is the lesson applied; a lesson drawn from the story's own things and put to use since is worth a 3; a wait named
 * as the course not taken ("instead of waiting to hear from members") does not end a story before its outcome.
 */

const content = loadContent();

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads the plan judged too dear, then a limit agreed, as a guardrail', () => {
    expectKind('guardrails', ['I asked the owner to pay for a second scanner. He thought this was too much cost for a shop our size; we agreed I run it for a month and return it if shortages stay.']);
    expectKind('guardrails', ['I asked the owner to pay for a second scanner. He thought it was too much cost, so we agreed the scanner comes out of my stock budget.']);
    expectNoKind('guardrails', ['I asked the owner to pay for a second scanner. He thought it was a good idea, so we agreed the scanner comes out of my stock budget.']);
  });

  it('does not read an outcome against the figure expected or seen before as an option', () => {
    expectNoKind('alternatives', ['By March we had two short deliveries a month instead of nine the year before.']);
    expectNoKind('alternatives', ['Only 1 pallet was damaged instead of the 6 our insurer predicted.']);
    expectKind('alternatives', ['I hired two temps for the season instead of taking on a third full-timer.']);
  });

  it('does not read people told to switch off as a kill switch', () => {
    expectNoKind('guardrails', ['What I learned is that the fix was in the rota, not in telling people to switch off.']);
    expectKind('guardrails', ['I kept the old scanner on the bench so we could switch off the new one if it miscounted.']);
  });
});

describe('lessons', () => {
  const learning = (ending: string) => scoreAnswer(`${BAKERY_STEPS} Late deliveries fell from 9% to 2% by May. ${ending}`, { principle: 'deliver-results', content }).criteria.learning;

  it('reads "the bigger ..., the earlier I ..." as a rule', () => {
    expect(learning("Learning: the bigger the change, the earlier I bring in the people it affects. I'm applying that now to our new shop.").score).toBe(4);
  });

  it('reads a practice since, told in the last clause after "and", as the lesson applied', () => {
    const lesson = learning('The café owners now ask for a trial run before any new loaf, and I have run one before every new recipe since.');
    expect(lesson.score).toBeGreaterThanOrEqual(3);
  });

  it('gives a lesson drawn from the story and put to use since a 3, and says both', () => {
    const story =
      `${STOCK_ROOM_OPENING}I counted every delivery against the order for a month, found that one supplier shorted us on 30% of deliveries, and trained our new assistant to count on arrival. By January the short deliveries we missed fell from 12 a month to 2. ` +
      'What I learned is that people learn the counting only by doing it, but you must stand close for the first weeks. I am now doing the same with our second assistant, starting on paint.';
    const lesson = scoreAnswer(story, { principle: 'hire-and-develop-the-best', content }).criteria.learning;
    expect(lesson.score).toBe(3);
    expect(lesson.verdict).toMatch(/applied it since/);
    expect(lesson.verdict).not.toMatch(/generic/);
  });
});

describe('a story that ends before its outcome', () => {
  it('is not held by a wait named as the course not taken', () => {
    const ending = 'Within five weeks late deliveries were back to 2 a week. I still pull the delivery report myself after any change instead of waiting to hear from the cafés.';
    expect(gatesAfterBakerySteps(ending)).not.toContain('no-result');
    expect(gatesAfterBakerySteps('We are still waiting to hear from the cafés.')).toContain('no-result');
  });
});
