import { describe, expect, it } from 'vitest';
import { checkTargets, evaluateDevSet, formatReport, parseEvalFile, statedPrinciple } from '../../src/eval/dev-set.js';
import { CONTENT } from '../unit/rubric/content-fixture.js';

const STRONG = 'Our reports were slow. I added an index on the orders table instead of a cache, because reports must be fresh. Report time went from 30s to 2s and support tickets fell 40%. I learned to read the query plan first.';
const WEAK = 'We had slow reports. We worked hard and fixed them. It went well.';
const FILE = [
  { id: 's', question: 'q', principle: 'Dive Deep (stated)', answer: STRONG, label_norm: 'strong', pair_id: 'P1', pair_role: 'strong', fragment: null },
  { id: 'w', question: 'q', principle: 'not stated (Dive Deep, inferred)', answer: WEAK, label_norm: 'weak', pair_id: 'P1', pair_role: 'weak', fragment: null },
  { id: 'f', question: 'q', principle: '', answer: 'It all worked out.', label_norm: 'weak', pair_id: 'P2', pair_role: 'weak', fragment: 'Result' },
  { id: 'g', question: 'q', principle: '', answer: 'Report time went from 30s to 2s.', label_norm: 'strong', pair_id: 'P2', pair_role: 'strong', fragment: 'Result' },
]
  .map((row) => JSON.stringify(row))
  .join('\n');

describe('development-set report', () => {
  const report = evaluateDevSet(parseEvalFile(FILE), CONTENT);

  it('separates full pairs from fragment pairs and computes the targets', () => {
    expect(report.fullPairs.map((c) => c.pairId)).toEqual(['P1']);
    expect(report.fragmentPairs.map((c) => c.pairId)).toEqual(['P2']);
    expect(report.fullPairs[0]?.ordered).toBe(true);
    expect(report.gap).toBeGreaterThan(20);
    expect(checkTargets(report).allFullPairsOrdered).toBe(true);
  });

  it('uses a principle only when the source stated it', () => {
    const [stated, inferred] = parseEvalFile(FILE);
    expect(stated && statedPrinciple(stated, CONTENT)).toBe('dive-deep');
    expect(inferred && statedPrinciple(inferred, CONTENT)).toBeUndefined();
  });

  it('prints pairs, means per label, targets and a per-answer table with criterion scores', () => {
    const text = formatReport(report);
    expect(text).toContain('Full-answer pairs: 1/1 ordered correctly');
    expect(text).toContain('Fragment pairs');
    expect(text).toMatch(/strong\s+n= 2/);
    expect(text).toContain('PASS every full pair ordered correctly');
    expect(text).toMatch(/Str Own Met Len TrO Lrn Aln Spc Ton/);
  });
});
