import { describe, it, expect } from 'vitest';
import { gatesAfterBakerySteps, ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v188, from the development misses of fresh292 to fresh299: things counted are options only when set against
 * each other, more of the usual work and of handing on, and one more ending before the outcome.
 */

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads things counted as options only when they are set against each other with "or"', () => {
    expectNoKind('alternatives', [
      'In exit talks they all said the same three things: no safe way home at 7am, no say in rotas, and no pay for the night.',
      'So I changed three things: a fixed delivery day, a checklist at the door and a weekly call with the supplier.',
      'I asked my manager for two things: an hour a week for the stock count, and a second scanner.',
    ]);
    expectKind('alternatives', ['I gave the owner two things to choose from: pay the supplier 300 euros more a year, or move to a fixed delivery day.']);
  });
});

describe('own steps', () => {
  it('reads the usual work, handing on and an event attended as no steps', () => {
    expect(ownStepsOf('And I updated the consignment list in the new order that Mr. Park gave me, same like I do every day.')).toEqual([]);
    expect(ownStepsOf('I attended the training and followed the new protocol, like everyone else on the team.')).toEqual([]);
    expect(ownStepsOf('When he rang, I passed the calls on to Janez.')).toEqual([]);
    expect(ownStepsOf('She ran a session on the new loggers, and I went to that, and she showed us how to sign the sheet.')).toEqual([]);
  });

  it('still reads the speaker acting, or comparing, as theirs', () => {
    expect(ownStepsOf('I decided to treat him the same as everyone else on the team.')).toEqual(['decided']);
    expect(ownStepsOf('I went to the supplier and asked for a fixed delivery day.')).toContain('asked');
    expect(ownStepsOf('I passed the test on the first try and rewrote the checklist.')).toContain('rewrote');
  });
});

describe('endings', () => {
  it('reads a story whose speaker left before the decision as waiting for it', () => {
    expect(gatesAfterBakerySteps('Then my contract finished and I moved to another company, so I don\'t know what they decided after my report.')).toContain('no-result');
  });

  it('keeps an outcome told before', () => {
    expect(gatesAfterBakerySteps('Late deliveries fell from 9% to 1% by May. The owners liked it, but I don\'t know what they decided about the second bakery.')).not.toContain('no-result');
  });
});
