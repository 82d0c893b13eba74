import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { BAKERY_STEPS, gatesAfterBakerySteps, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v133: "we were back on condensate by evening" and "zero lost grinding hours" tell a result; "the meter itself
 * still hasn't been installed" and "the first count is due after Eid" end a story before its outcome; options counted
 * and then told one by one with their drawbacks, "I proposed first..." against a wish told before, and terms whose
 * consequence falls on "they" or on a spelled-out threshold are read as trade-offs; "the way we tracked quotas was" is no
 * step of the team's; "instead of upsizing all six" is no baseline figure.
 */

describe('trade-offs', () => {
  const { expectKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads options counted and then told with what counts against each as alternatives', () => {
    expectKind('alternatives', ['Then I priced three options. A new scanner was the most accurate but 2.3 times dearer. Paper tallies were cheap but slow at the gate.']);
  });

  it("reads the speaker's course proposed first, after the sentence that tells what others wanted, as an alternative", () => {
    expectKind('alternatives', ['The owner wanted to buy a full inventory system, about 18,000 euros. I proposed first a week of double counts at the gate, and we agreed on that.']);
  });

  it('reads agreed terms with a spelled-out threshold and a consequence for others as a guardrail', () => {
    expectKind('guardrails', ['We agreed that if short deliveries did not fall at least ten percent, they order the new scanners in summer.']);
  });
});

describe('results and endings', () => {
  it('reads running again and losses not borne as a result', () => {
    const story = `${BAKERY_STEPS} Maintenance found a split belt at eleven, swapped it, we were back on the normal line by evening. No late vans, zero lost baking hours, ovens clean at the month-end check.`;
    expect(sectionOfLine(story, 'we were back on the normal line')).toBe('result');
    expect(sectionOfLine(story, 'zero lost baking hours')).toBe('result');
  });

  it('holds a story whose awaited step is still not done, or whose first count is due after a date ahead', () => {
    expect(gatesAfterBakerySteps('We applied for the new loading bay permit in March, the inspector came, and, well, the bay itself still hasn\'t been approved.')).toContain('no-result');
    expect(gatesAfterBakerySteps("The cafés' first delivery audit is due after the holidays.")).toContain('no-result');
  });

  it('does not hold a story whose line says what still has not failed since, with figures', () => {
    expect(gatesAfterBakerySteps('The new racks still haven\'t been replaced since, and late vans fell from 9% to 2%.')).not.toContain('no-result');
  });
});

describe('voice and numbers', () => {
  it('reads "the way we tracked it was" as how things were done, not a step', () => {
    const facts = analyzeAnswer('The way we tracked orders was, every evening someone exported the list into a spreadsheet.').facts;
    expect(facts.flatMap((f) => f.voice.weActions)).toHaveLength(0);
  });

  it('does not set a figure against a count in a course set aside', () => {
    const facts = analyzeAnswer('So I recommended lowering one culvert and adding a barrel at the other, about 380,000 pula, instead of upsizing all six.').facts;
    expect(facts.flatMap((f) => f.numbers).filter((n) => n.delta)).toHaveLength(0);
  });
});
