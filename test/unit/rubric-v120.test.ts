import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v120: endings that wait ("stay on hold until it does", "won't show up before the middle of May", "that's what
 * I'm chasing right now"); prices told as income ended, unpaid leave, a cost foreseen and "decided we wouldn't bill
 * it"; a strategy told in press-release words is a template.
 */

const content = loadContent();

describe('a story that ends before its outcome', () => {
  it.each([
    'The new lists went to the board, and the old rota stays in force until it does.',
    "The racks were paid in April, but it won't show up in the cost report before the middle of June.",
    "For the other two cafés there's still no slot, and that's what I'm chasing with the drivers right now.",
  ])('is held at the no-result gate: %s', (ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it.each([
    'By April only one van in 60 left after 6 a.m., down from about 9%, and the old list stays on the wall until the summer.',
    'By April only one van in 60 left after 6 a.m., down from about 9%. What I chased after that was the Saturday run.',
  ])('is not held when the outcome is in: %s', (ending) => {
    expect(gatesAfterBakerySteps(ending)).not.toContain('no-result');
  });
});

describe('a price told in plain words', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('is read as a cost accepted', () => {
    expectKind('costs', [
      'To free the staff I closed our Saturday key-cutting stand, which brought in about 6,000 euros a year.',
      'I took two weeks of unpaid leave in January for a supplier course in Riga.',
      'I knew what it might cost: the supplier was our only source of paint.',
      "I pulled the Saturday crew in early, and I decided we wouldn't bill the client for it.",
    ]);
  });

  it('is not read where nothing was given up', () => {
    expectNoKind('costs', [
      'I opened a Saturday key-cutting stand, which brought in about 6,000 euros a year.',
      'Two of the staff were on unpaid leave that month.',
      'I knew what the supplier wanted from us.',
    ]);
  });
});

describe('a strategy told in press-release words', () => {
  it('is gated "template"', () => {
    const template =
      'When I took over the regional sales office, growth had stalled for years. I saw a big opportunity to turn it into a modern, digital-first team. ' +
      'I built a three-year plan on three pillars and presented the vision to the directors, secured their buy-in and mobilised the team around clear milestones. ' +
      'We launched a new online channel, signed partnerships with several major distributors and tracked progress against our key indicators. ' +
      'Within two years revenue had doubled. The lesson for me was that a compelling vision needs disciplined execution.';
    expect(scoreAnswer(template, { content, principle: 'think-big' }).gates).toContain('template');
  });
});
