import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content.js';
import { asksOnlyForWhatIsThere, NEEDS, needsOf, restatesAnswer, type Presence } from '../../../src/core/rubric/consistency.js';
import { analyzeAnswer } from '../../../src/core/rubric/analysis.js';
import { chooseFollowUps } from '../../../src/core/rubric/follow-ups.js';
import { CRITERION_IDS, scoreAnswer, type CriterionId } from '../../../src/core/rubric/index.js';
import type { CriterionResult } from '../../../src/core/rubric/criteria/types.js';

const ALL: Presence = Object.fromEntries(NEEDS.map((n) => [n, true])) as Record<(typeof NEEDS)[number], boolean>;
const NONE: Presence = Object.fromEntries(NEEDS.map((n) => [n, false])) as Record<(typeof NEEDS)[number], boolean>;

describe('what a tip or question asks for', () => {
  it.each([
    ['Name one alternative you rejected and why: "I chose X over Y because...".', ['alternative']],
    ['What other options did you consider, what did you give up, and how did you limit the risk?', ['alternative', 'cost', 'guardrail']],
    ['How did you measure the result: what was the number before, what was it after, and who noticed?', ['baseline']],
    ['What would you do differently if you faced this again tomorrow?', ['lesson']],
    ['Add where you have applied the lesson since, with one example.', ['applied']],
    ['Which moment in this story best shows the principle, and what did it cost you?', []],
  ] as const)('%s', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it('drops a question only when everything it asks for is there', () => {
    const text = 'What other options did you consider, what did you give up, and how did you limit the risk?';
    expect(asksOnlyForWhatIsThere(text, ALL)).toBe(true);
    expect(asksOnlyForWhatIsThere(text, { ...ALL, guardrail: false })).toBe(false);
    expect(asksOnlyForWhatIsThere('Walk me through what you did, step by step.', ALL)).toBe(false);
  });

  it('still asks a complete answer two or more questions, none asking for what it has', () => {
    const criteria = Object.fromEntries(CRITERION_IDS.map((id) => [id, { score: 4, verdict: 'v', evidence: [], tip: 't' } as CriterionResult])) as Record<CriterionId, CriterionResult>;
    const probes = [
      { kind: 'tradeoffs' as const, text: 'What alternatives did you consider before you chose?' },
      { kind: 'metrics' as const, text: 'What was the number before, and what was it after?' },
    ];
    const withAll = chooseFollowUps(criteria, probes, [], new Set(), [], (q) => asksOnlyForWhatIsThere(q, ALL));
    expect(withAll.length).toBeGreaterThanOrEqual(2);
    for (const q of withAll) expect(asksOnlyForWhatIsThere(q, ALL), q).toBe(false);
    expect(chooseFollowUps(criteria, probes, [], new Set(), [], (q) => asksOnlyForWhatIsThere(q, NONE))).toContain(probes[0]?.text);
  });
});

describe('feedback on a story never asks for what it says', () => {
  const content = loadContent();
  // Our own story: a cost accepted over a named alternative, for a stated reason, with a guardrail and a lesson.
  const STORY = `Last winter I ran the returns desk at an outdoor-gear shop, and refunds took 9 days because every parcel waited for a weekly inspection. I could have hired a second inspector, but that would have cost about £2,000 a month, so instead I chose to refund on scan for orders under £80 and accepted the cost of a few bad returns, because most of our returns were unworn sizes. To limit the risk I capped it at two scan refunds per customer a month and checked a 10% sample by hand every Friday. Refund time went from 9 days to 1 day, complaints about refunds fell from 45 to 6 a month, and bad returns cost us £140 in the first quarter. What I took from it: I now price the risk before I add a check, and I used the same cap-and-sample rule for exchanges in spring.`;

  it('shows no tip or follow-up asking for an alternative, a reason, a baseline or a lesson it already has', () => {
    const feedback = scoreAnswer(STORY, { principle: 'customer-obsession', content });
    for (const text of [...feedback.tips, ...feedback.followUps]) {
      expect(needsOf(text).filter((n) => ['alternative', 'reason', 'baseline', 'lesson'].includes(n)), text).toEqual([]);
    }
  });
});

describe('a question the story has already answered', () => {
  const stemsOf = (text: string) => new Set(analyzeAnswer(text).facts.flatMap((f) => f.sentence.tokens.map((t) => t.stem)));
  const STORY = 'Our checkout had no labels on its buttons, so customers who use screen readers were left out: they could not pay at all. I added labels and tested every step with NVDA and VoiceOver before release.';

  it('is "Who was left out?" of a story that says who was left out', () => {
    expect(restatesAnswer('Who was left out, and what barrier did they face?', stemsOf(STORY))).toBe(true);
  });

  it('is not a question about something the story never mentions', () => {
    expect(restatesAnswer('How did you measure the effect, and who checked your numbers?', stemsOf(STORY))).toBe(false);
    expect(restatesAnswer('Who else could have made this call, and why did it fall to you?', stemsOf(STORY))).toBe(false);
  });

  it('never reaches the follow-ups of a story that answers it', () => {
    const content = loadContent();
    const feedback = scoreAnswer(
      `Last spring I was the front-end lead at an online grocer. An accessibility audit showed that customers who use screen readers were left out of checkout: the barrier was unlabelled buttons, so they could not pay at all, and 40 of them a month phoned support instead. I chose to fix the labels and focus order in our own components rather than wait for a new design system, because the fix could ship in two weeks. I tested every step with NVDA and VoiceOver and put an automated accessibility check in the build so it could not regress. Phone orders from screen-reader users fell from 40 a month to 6, and their completed checkouts tripled. I learned to test with the tools people actually use, and I now add an accessibility check to every new component.`,
      { principle: 'success-and-scale-bring-broad-responsibility', question: 'Tell me about a time you made something more accessible to people who had been left out.', content },
    );
    expect(feedback.followUps.join('\n')).not.toMatch(/Who was left out/);
  });
});
