import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Content } from '../core/content.js';
import { reachesBar } from '../core/coverage.js';
import { PrincipleIdSchema } from '../core/principles.js';
import { CRITERION_IDS, GATE_IDS, LEVELS, scoreAnswer, type CriterionId, type Feedback, type Level } from '../core/rubric/index.js';

/**
 * LP Coach's own evaluation suite: answers written for it across professions and styles, each with the expectations a
 * bar raiser would defend (a score band per criterion, the level, the first gate, the principles it shows). A fifth
 * of it, chosen by a hash of the id, is held out: the report gives only its totals, never its misses, so rules are
 * never tuned to it.
 */
const BAND = z.string().regex(/^(?:[0-4]|>=[0-4]|<=[0-4])$/, 'a band such as ">=3", "<=1" or "4"');
const LEVEL_EXPECTATION = z.enum([...LEVELS, 'at-bar', 'below-bar']);

export const SuiteItemSchema = z.object({
  id: z.string().min(1),
  profession: z.string().default(''),
  style: z.string().default('plain'),
  principle: PrincipleIdSchema,
  question: z.string().min(1),
  answer: z.string().min(1),
  pair: z.string().optional(),
  role: z.enum(['strong', 'weak']).optional(),
  expect: z
    .object({
      ...Object.fromEntries(CRITERION_IDS.map((id) => [id, BAND.optional()])),
      level: LEVEL_EXPECTATION.optional(),
      gate: z.enum([...GATE_IDS, 'none']).optional(),
      fits: z.array(PrincipleIdSchema).optional(),
    })
    .strict(),
});
export type SuiteItem = z.infer<typeof SuiteItemSchema>;

/** Styles whose answers are no real story: they must always be "Not yet". */
export const GAMING_STYLES: ReadonlySet<string> = new Set(['template', 'keyword-salad', 'hypothetical']);

/** Where the suite lives in the repository, from src/eval and from dist/eval alike. */
export const SUITE_DIR = fileURLToPath(new URL('../../test/eval/suite/', import.meta.url));

export function isHeldOut(id: string): boolean {
  // FNV-1a: a stable hash, so an item stays on its side whatever else is added.
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash % 5 === 0;
}

export function loadSuite(dir: string): SuiteItem[] {
  const items: SuiteItem[] = [];
  const ids = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue;
      const parsed = SuiteItemSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      if (ids.has(parsed.data.id)) throw new Error(`${file}:${index + 1}: duplicate id ${parsed.data.id}`);
      ids.add(parsed.data.id);
      items.push(parsed.data);
    }
  }
  return items;
}

export interface Miss {
  id: string;
  check: string;
  expected: string;
  got: string;
}

export interface Tally {
  met: number;
  total: number;
}

export interface SplitReport {
  items: number;
  criteria: Record<CriterionId, Tally>;
  level: Tally;
  gate: Tally;
  fits: Tally;
  /** Template, keyword-salad and hypothetical answers that came out "Not yet". */
  gaming: Tally;
  /** Strong answers scored above their weaker twin. */
  pairs: Tally;
  /** Answers a bar raiser would fail that the rubric still counts at the bar (they would count for coverage). */
  falseAtBar: Tally;
  /** Answers expected to raise the bar that do. */
  raises: Tally;
  misses: Miss[];
}

export interface SuiteReport {
  dev: SplitReport;
  heldOut: SplitReport;
  /** Each answer's feedback by id, for checks that read more than the tallies. */
  scored: ReadonlyMap<string, Feedback>;
}

export function bandHolds(band: string, score: number): boolean {
  if (band.startsWith('>=')) return score >= Number(band.slice(2));
  if (band.startsWith('<=')) return score <= Number(band.slice(2));
  return score === Number(band);
}

export function levelHolds(expected: z.infer<typeof LEVEL_EXPECTATION>, level: Level): boolean {
  if (expected === 'at-bar') return reachesBar(level);
  if (expected === 'below-bar') return !reachesBar(level);
  return expected === level;
}

function emptySplit(): SplitReport {
  const tally = (): Tally => ({ met: 0, total: 0 });
  return {
    items: 0,
    criteria: Object.fromEntries(CRITERION_IDS.map((id) => [id, tally()])) as Record<CriterionId, Tally>,
    level: tally(),
    gate: tally(),
    fits: tally(),
    gaming: tally(),
    pairs: tally(),
    falseAtBar: tally(),
    raises: tally(),
    misses: [],
  };
}

function count(tally: Tally, met: boolean): boolean {
  tally.total++;
  if (met) tally.met++;
  return met;
}

export function scoreSuiteItem(item: SuiteItem, content: Content | undefined): Feedback {
  return scoreAnswer(item.answer, { principle: item.principle, question: item.question, ...(content !== undefined ? { content } : {}) });
}

export function evaluateSuite(items: readonly SuiteItem[], content: Content | undefined): SuiteReport {
  const scored = new Map<string, Feedback>();
  const report: SuiteReport = { dev: emptySplit(), heldOut: emptySplit(), scored };
  for (const item of items) {
    const split = isHeldOut(item.id) ? report.heldOut : report.dev;
    const feedback = scoreSuiteItem(item, content);
    scored.set(item.id, feedback);
    split.items++;
    const miss = (check: string, expected: string, got: string) => split.misses.push({ id: item.id, check, expected, got });
    for (const id of CRITERION_IDS) {
      const band = (item.expect as Partial<Record<CriterionId, string>>)[id];
      if (band === undefined) continue;
      if (!count(split.criteria[id], bandHolds(band, feedback.criteria[id].score))) miss(id, band, String(feedback.criteria[id].score));
    }
    const level = item.expect.level;
    if (level !== undefined && !count(split.level, levelHolds(level, feedback.level))) miss('level', level, feedback.level);
    if (level === 'Raises the bar') count(split.raises, feedback.level === 'Raises the bar');
    if (level === 'below-bar' || level === 'Almost there' || level === 'Not yet' || GAMING_STYLES.has(item.style)) {
      count(split.falseAtBar, !reachesBar(feedback.level));
    }
    const gate = item.expect.gate;
    if (gate !== undefined) {
      const got = feedback.gate?.id ?? 'none';
      if (!count(split.gate, got === gate)) miss('gate', gate, got);
    }
    const fits = item.expect.fits?.[0];
    if (fits !== undefined && !count(split.fits, feedback.principle.detected.includes(fits))) miss('fits', fits, feedback.principle.detected.join(',') || 'none');
    if (GAMING_STYLES.has(item.style) && !count(split.gaming, feedback.level === 'Not yet')) miss('gaming', 'Not yet', feedback.level);
  }
  const byPair = new Map<string, SuiteItem[]>();
  for (const item of items) if (item.pair !== undefined) byPair.set(item.pair, [...(byPair.get(item.pair) ?? []), item]);
  for (const [pair, members] of byPair) {
    const strong = members.find((m) => m.role === 'strong');
    const weak = members.find((m) => m.role === 'weak');
    if (strong === undefined || weak === undefined) continue;
    const split = isHeldOut(strong.id) ? report.heldOut : report.dev;
    const strongScore = scored.get(strong.id)?.score ?? 0;
    const weakScore = scored.get(weak.id)?.score ?? 0;
    if (!count(split.pairs, strongScore > weakScore)) split.misses.push({ id: pair, check: 'pair', expected: 'strong > weak', got: `${strongScore} <= ${weakScore}` });
  }
  return report;
}

export function share(tally: Tally): string {
  return tally.total === 0 ? '   n/a' : `${((100 * tally.met) / tally.total).toFixed(0).padStart(4)}% (${tally.met}/${tally.total})`;
}

/** The report: both halves side by side, then the development half's misses (the held-out half's stay unseen). */
export function formatSuiteReport(report: SuiteReport, { misses = false }: { misses?: boolean } = {}): string {
  const rows: Array<[string, Tally, Tally]> = [
    ...CRITERION_IDS.map((id) => [id, report.dev.criteria[id], report.heldOut.criteria[id]] as [string, Tally, Tally]),
    ['level', report.dev.level, report.heldOut.level],
    ['first gate', report.dev.gate, report.heldOut.gate],
    ['principle shown', report.dev.fits, report.heldOut.fits],
    ['gaming is "Not yet"', report.dev.gaming, report.heldOut.gaming],
    ['pairs ordered', report.dev.pairs, report.heldOut.pairs],
    ['below-bar kept out', report.dev.falseAtBar, report.heldOut.falseAtBar],
    ['"Raises the bar" reached', report.dev.raises, report.heldOut.raises],
  ];
  const lines = [
    `Own suite: ${report.dev.items} development answers, ${report.heldOut.items} held out (share of expectations met)`,
    `${'check'.padEnd(26)} ${'development'.padEnd(16)} held out`,
    ...rows.map(([name, dev, held]) => `${name.padEnd(26)} ${share(dev).padEnd(16)} ${share(held)}`),
  ];
  if (misses) {
    lines.push('', `Development misses (${report.dev.misses.length}):`);
    for (const m of report.dev.misses) lines.push(`  ${m.id.padEnd(28)} ${m.check.padEnd(12)} expected ${m.expected}, got ${m.got}`);
  }
  return lines.join('\n');
}
