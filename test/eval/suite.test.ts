import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { CRITERION_IDS } from '../../src/core/rubric/index.js';
import { evaluateSuite, isHeldOut, loadSuite, scoreSuiteItem, type Tally } from '../../src/eval/suite.js';

const SUITE_DIR = fileURLToPath(new URL('./suite/', import.meta.url));
const content = loadContent();
const items = loadSuite(SUITE_DIR);
const report = evaluateSuite(items, content);

const rate = (t: Tally) => (t.total === 0 ? 1 : t.met / t.total);

/** Collapses whitespace the way quotes do, so a quote can be looked up in its answer. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the rubric on our own suite', () => {
  it('holds at least 200 answers with expectations, a fifth of them held out', () => {
    expect(items.length).toBeGreaterThanOrEqual(200);
    const held = items.filter((i) => isHeldOut(i.id)).length;
    expect(held / items.length).toBeGreaterThan(0.12);
    expect(held / items.length).toBeLessThan(0.28);
    expect(new Set(items.map((i) => i.profession)).size).toBeGreaterThanOrEqual(15);
  });

  it('keeps every gamed and hypothetical answer of the development half at "Not yet", and nearly all held out', () => {
    expect(report.dev.gaming.total + report.heldOut.gaming.total).toBeGreaterThanOrEqual(20);
    expect(rate(report.dev.gaming)).toBe(1);
    // The held-out half is never read to fix a miss, so a new batch's gamed answer that slips through there can only
    // be reported; its floor sits a few points under today's figure, as the other held-out floors do.
    expect(rate(report.heldOut.gaming)).toBeGreaterThanOrEqual(0.95);
  });

  it('reaches "Raises the bar" with answers strong on every criterion', () => {
    expect(rate(report.dev.raises)).toBeGreaterThanOrEqual(0.9);
    expect(rate(report.heldOut.raises)).toBeGreaterThanOrEqual(0.8);
  });

  it('orders strong and weak answers to the same question, and keeps what a bar raiser would fail out of coverage', () => {
    for (const split of [report.dev, report.heldOut]) {
      expect(rate(split.pairs)).toBeGreaterThanOrEqual(0.95);
      expect(rate(split.falseAtBar)).toBeGreaterThanOrEqual(0.95);
    }
  });

  it.each(CRITERION_IDS)('meets most expectations on %s, on both halves', (id) => {
    expect(rate(report.dev.criteria[id])).toBeGreaterThanOrEqual(FLOOR[id]);
    expect(rate(report.heldOut.criteria[id])).toBeGreaterThanOrEqual(FLOOR[id] - 0.1);
  });

  it('quotes only the answer\'s own words as evidence', () => {
    for (const item of items) {
      const answer = flat(item.answer);
      const feedback = report.scored.get(item.id);
      if (feedback === undefined) throw new Error(`${item.id} was not scored`);
      for (const id of CRITERION_IDS) {
        for (const quote of feedback.criteria[id].evidence) {
          for (const piece of quote.split('…').map((p) => p.trim()).filter((p) => p !== '')) {
            expect(answer, `${item.id} ${id}`).toContain(piece);
          }
        }
      }
    }
  });

  it('gives the same feedback for the same answer, question and version', () => {
    for (const item of items.slice(0, 40)) {
      expect(JSON.stringify(scoreSuiteItem(item, content))).toBe(JSON.stringify(scoreSuiteItem(item, content)));
    }
  });
});

/**
 * The share of expectations each criterion must meet on the development half, a few points under today's figures (the
 * held-out half, being smaller, may be 10 points lower): a change that costs accuracy fails here.
 */
const FLOOR: Readonly<Record<(typeof CRITERION_IDS)[number], number>> = {
  structure: 0.9,
  ownership: 0.9,
  metrics: 0.88,
  length: 0.95,
  tradeoffs: 0.85,
  learning: 0.88,
  alignment: 0.88,
  specificity: 0.9,
  tone: 0.9,
};
