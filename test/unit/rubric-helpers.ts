import { expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import type { PrincipleId } from '../../src/core/principles.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import type { PrincipleRef } from '../../src/core/rubric/criteria/types.js';
import type { GateId } from '../../src/core/rubric/gates.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { principleFit } from '../../src/core/rubric/principle-fit.js';
import { awaitsOutcome } from '../../src/core/rubric/outcome.js';
import { findSections, type SectionId } from '../../src/core/rubric/sections.js';
import { readTradeoffs, type TradeoffReading } from '../../src/core/rubric/tradeoff-reading.js';

/** Shared checks of the rubric's phrasing-family tests (rubric-v2-*, rubric-v3-*). */

const content = loadContent();

/** How well `answer` fits principle `id`, as the rubric's principle fit reads it. */
export function fitOf(answer: string, id: PrincipleId) {
  const analysis = analyzeAnswer(answer);
  const asked = content.principles.find((p) => p.id === id) as PrincipleRef;
  return principleFit({ analysis, asked, principles: content.principles, questionText: undefined, questions: content.questions }).asked;
}

/** The story (with `{}` for the phrase) fits the principle better with `phrased` than with `plain` in its place. */
export function expectPhraseCounts(id: PrincipleId, story: string, phrased: string, plain: string): void {
  const a = fitOf(story.replace('{}', phrased), id)?.similarity ?? 0;
  const b = fitOf(story.replace('{}', plain), id)?.similarity ?? 0;
  expect(a, `${id}: "${phrased}" vs "${plain}"`).toBeGreaterThan(b);
}

export type TradeoffKind = keyof TradeoffReading;

/**
 * Checks that each case (after a neutral `opening`, so a rule that looks at a story's first sentences sees the case
 * later on) does, or does not, hold a trade-off reading of the kind.
 */
export function tradeoffExpectations(opening: string) {
  const count = (answer: string, kind: TradeoffKind) => readTradeoffs(analyzeAnswer(opening + answer))[kind].length;
  return {
    expectKind(kind: TradeoffKind, cases: readonly string[]): void {
      for (const answer of cases) expect(count(answer, kind), `${kind} in: ${answer}`).toBeGreaterThan(0);
    },
    expectNoKind(kind: TradeoffKind, cases: readonly string[]): void {
      for (const answer of cases) expect(count(answer, kind), `no ${kind} in: ${answer}`).toBe(0);
    },
  };
}

/**
 * A story with its situation and the speaker's steps, and no result yet: the endings tests (rubric-v90 and on) add one
 * closing line to it and ask whether the story ends before its outcome.
 */
export const BAKERY_STEPS =
  'I run the night shift at a bakery in Tampere that supplies 40 cafés. Last March about 9% of our morning deliveries left after 6 a.m., and two cafés complained that they opened without bread. I timed every station for a week and found the bottleneck at the proofing room, where trays waited up to 35 minutes for a free rack. I bought 12 extra racks for 1,800 euros, moved the rye dough to an earlier slot and rewrote the loading list so the drivers load by route.';

/** The gates of BAKERY_STEPS closed by `ending`, asked as Deliver Results. */
export function gatesAfterBakerySteps(ending: string): GateId[] {
  return scoreAnswer(`${BAKERY_STEPS} ${ending}`, { content, principle: 'deliver-results' }).gates;
}

/** A stock-room story's opening for the trade-off tests (rubric-v102 and on): the case comes after it. */
export const STOCK_ROOM_OPENING = 'I run the stock room of a hardware shop in Tartu, two of us on weekdays. Last autumn our orders kept arriving short. ';

/** The section `story`'s first sentence holding `fragment` is read as. */
export function sectionOfLine(story: string, fragment: string): SectionId | undefined {
  const analysis = analyzeAnswer(story);
  const index = analysis.facts.findIndex((f) => story.slice(f.sentence.start, f.sentence.end).includes(fragment));
  return findSections(analysis).of[index];
}

/** Whether the story ends before its outcome is known, as the no-result gate reads it (the endings tests). */
export function awaitsOutcomeOf(story: string): boolean {
  const analysis = analyzeAnswer(story);
  return awaitsOutcome({ analysis, sections: findSections(analysis) });
}

/** The verbs the rubric reads as the speaker's own steps, in the order it found them (the ownership tests). */
export function ownStepsOf(story: string): string[] {
  return analyzeAnswer(story).facts.flatMap((f) => f.voice.iActions.map((t) => t.lower));
}
