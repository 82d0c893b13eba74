import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { gatesAfterBakerySteps, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v131: "The truck queue cost traders half a day" after the speaker's step names a price; a control group kept
 * back from a change is a guardrail; "you only need to know" limits a verb, not a rollout; "Agreed with the study lead
 * that..." is a note of the speaker's own step; a story split after "Whether ..., | I can't tell you" or closing on
 * "..., and we are not there" ends before its outcome.
 */

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it("reads what a thing cost the people it touched, after the speaker's step, as a price", () => {
    expectKind('costs', [
      'I made every van wait for a second count at the gate. The longer queue cost drivers half a day each week.',
      'I moved the pick-ups to Thursday only. The change of day cost the growers about 300 euros in storage.',
    ]);
  });

  it('reads no price in what a thing cost before anyone acted', () => {
    expectNoKind('costs', ['The outage cost customers a day of orders, and nobody knew why.']);
  });

  it('reads a control group kept back from the change as a guardrail, and not one only compared with', () => {
    expectKind('guardrails', ['I switched the reorder rule for most shelves but kept a 10% control group for two months, so we could see if we lost sales.']);
    expectNoKind('guardrails', ['I read the supplier study, whose control group showed no change in breakage.']);
  });

  it('reads no limited rollout in "only" after its subject', () => {
    expectNoKind('guardrails', ['I changed the count to weekly. Turned out we were counting every day, when for a small shelf you only need to know when someone has moved a few boxes.']);
  });
});

describe('own steps in a note', () => {
  const steps = (text: string) => analyzeAnswer(text).facts.flatMap((f) => f.voice.iActions.map((t) => t.lower));

  it("counts a note that opens on a verb done with someone as the speaker's step", () => {
    expect(steps('What I did: 100% checks on every pallet. Agreed with the area manager that the other shops stayed at 30%.')).toContain('agreed');
  });

  it('still reads "Faced with" as a description', () => {
    expect(steps('What I did: 100% checks on every pallet. Faced with the backlog, the night shift stayed late.')).not.toContain('faced');
  });
});

describe('a story that ends before its outcome', () => {
  it('is held at the no-result gate when a split sentence answers its open question with "I can\'t tell you"', () => {
    expect(
      gatesAfterBakerySteps(
        'Whether the late deliveries at the two cafés that complained are really gone for good now, I can\'t tell you: there has been one week since the switch, and the drivers have not sent their logs.',
      ),
    ).toContain('no-result');
  });

  it('is held when the line that waits goes on with "and we are not there"', () => {
    expect(gatesAfterBakerySteps('Whether the late deliveries are really gone, one quiet month does not show; to compare honestly with last year I need half a year of logs, and we are not there.')).toContain('no-result');
  });

  it('is not held when the sentence after the open question says what happened', () => {
    expect(gatesAfterBakerySteps('By April only one van in 60 left after 6 a.m., and both cafés renewed their contracts.')).not.toContain('no-result');
  });
});
