import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v116: terse notes that drop their "I" with a phrasal verb ("Wrote up the six comparables") or name the speaker
 * again ("Told my director I'd rather...") are the speaker's steps; the principles' names told as deeds ("dove deep,
 * earned trust, disagreed and committed") are a keyword list's buzzwords; "What he finds ... decides if ..." ends a
 * story before its outcome.
 */

const content = loadContent();
const OPENING = 'Perth, 2022. I value houses for a bank panel. ';
const ownSteps = (text: string) => analyzeAnswer(OPENING + text).facts.flatMap((f) => f.voice.iActions.map((t) => t.lower));

describe('a terse note with its "I" left out', () => {
  it('is the speaker\'s step with a phrasal verb acting on an object', () => {
    expect(ownSteps('Wrote up the six comparables and the adjustments.')).toEqual(['wrote']);
    expect(ownSteps('Sorted out the two disputed sales with the agent.')).toEqual(['sorted']);
  });

  it('is the speaker\'s step when the speaker is named again in it', () => {
    expect(ownSteps("Told my director I'd rather lose the broker's work.")).toContain('told');
  });

  it('is not read into a participle that describes', () => {
    expect(ownSteps('Fed up with the delays, the broker rang my director.')).toEqual([]);
  });
});

describe('a keyword list of the principles told as deeds', () => {
  it('is gated "template"', () => {
    const salad =
      'Situation: a fast-moving release with conflicting signals.\nTask: I was accountable for the call.\n' +
      'Action: dove deep into the data, earned trust with the client, disagreed and committed on the scope, escalated early, removed blockers, aligned stakeholders.\n' +
      'Result: defects down 30%, delivery 2 weeks faster, the client renewed.\nLearning: data-driven calls beat opinions, and I keep the customer at the centre of every decision.';
    const feedback = scoreAnswer(salad, { content, principle: 'are-right-a-lot' });
    expect(feedback.gates).toContain('template');
    expect(feedback.level).toBe('Not yet');
  });
});

describe('a story that ends on what someone will find', () => {
  it('is held at the no-result gate', () => {
    expect(gatesAfterBakerySteps('The inspector comes on Monday. What she finds in the proofing room decides whether the racks stay.')).toContain('no-result');
  });

  it('is not held for a rule of the work that says what decides', () => {
    expect(gatesAfterBakerySteps('By April only one van in 60 left after 6 a.m., down from about 9%. What decides whether a tray goes first is its proofing time.')).not.toContain('no-result');
  });
});
