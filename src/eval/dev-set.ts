import { z } from 'zod';
import type { Content } from '../core/content.js';
import { resolvePrinciple } from '../core/principles.js';
import { CRITERION_IDS, scoreAnswer, type Feedback, LEVELS } from '../core/rubric/index.js';

/** One line of the evaluation file; fields the report does not use are ignored. */
export const EvalItemSchema = z.object({
  id: z.string(),
  question: z.string().default(''),
  principle: z.string().default(''),
  answer: z.string(),
  label_norm: z.string(),
  pair_id: z.string().nullable().optional(),
  pair_role: z.string().nullable().optional(),
  fragment: z.string().nullable().optional(),
});
export type EvalItem = z.infer<typeof EvalItemSchema>;

export interface ScoredItem {
  item: EvalItem;
  feedback: Feedback;
}

export interface PairCheck {
  pairId: string;
  strong: ScoredItem;
  weak: ScoredItem;
  ordered: boolean;
}

export interface EvalReport {
  rows: ScoredItem[];
  fullPairs: PairCheck[];
  fragmentPairs: PairCheck[];
  meanByLabel: Array<{ label: string; count: number; mean: number }>;
  /** Mean score of full answers labelled strong (or implied strong) minus that of weak ones. */
  gap: number;
  /** The lowest-scoring full answer the source itself labelled strong. */
  lowestStrong: ScoredItem | undefined;
  /** The lowest-scoring full answer whose strong label was inferred by the set's compiler ("strong (implied)"). */
  lowestImpliedStrong: ScoredItem | undefined;
}

export function parseEvalFile(text: string): EvalItem[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = EvalItemSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`line ${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data;
    });
}

/** The principle to score against: only when the source stated it ("Dive Deep (stated)"), not when it was inferred. */
export function statedPrinciple(item: EvalItem, content: Content | undefined): string | undefined {
  const match = /^(.+?)\s*\(stated/i.exec(item.principle);
  if (match === null || content === undefined) return undefined;
  return resolvePrinciple(match[1] ?? '', content.principles)?.id;
}

const isStrong = (label: string) => label.startsWith('strong');
const isWeak = (label: string) => label.startsWith('weak');

export function evaluateDevSet(items: readonly EvalItem[], content: Content | undefined): EvalReport {
  const rows = items.map((item) => {
    const principle = statedPrinciple(item, content);
    const options = { question: item.question, ...(principle !== undefined ? { principle } : {}), ...(content !== undefined ? { content } : {}) };
    return { item, feedback: scoreAnswer(item.answer, options) };
  });
  const pairs = new Map<string, ScoredItem[]>();
  for (const row of rows) {
    const id = row.item.pair_id;
    if (id === undefined || id === null) continue;
    pairs.set(id, [...(pairs.get(id) ?? []), row]);
  }
  const checks: PairCheck[] = [];
  for (const [pairId, members] of pairs) {
    const weak = members.filter((m) => m.item.pair_role === 'weak');
    const strong = members.filter((m) => (m.item.pair_role ?? '').startsWith('strong'));
    for (const s of strong) for (const w of weak) checks.push({ pairId, strong: s, weak: w, ordered: s.feedback.score > w.feedback.score });
  }
  const isFragment = (c: PairCheck) => Boolean(c.strong.item.fragment) || Boolean(c.weak.item.fragment);
  const byLabel = new Map<string, number[]>();
  for (const row of rows) byLabel.set(row.item.label_norm, [...(byLabel.get(row.item.label_norm) ?? []), row.feedback.score]);
  const full = rows.filter((r) => !r.item.fragment);
  const strongFull = full.filter((r) => isStrong(r.item.label_norm));
  const weakFull = full.filter((r) => isWeak(r.item.label_norm));
  return {
    rows,
    fullPairs: checks.filter((c) => !isFragment(c)),
    fragmentPairs: checks.filter(isFragment),
    meanByLabel: [...byLabel.entries()].map(([label, scores]) => ({ label, count: scores.length, mean: mean(scores) })),
    gap: mean(strongFull.map((r) => r.feedback.score)) - mean(weakFull.map((r) => r.feedback.score)),
    lowestStrong: lowest(strongFull.filter((r) => r.item.label_norm === 'strong')),
    lowestImpliedStrong: lowest(strongFull.filter((r) => r.item.label_norm !== 'strong')),
  };
}

function lowest(rows: readonly ScoredItem[]): ScoredItem | undefined {
  return [...rows].sort((a, b) => a.feedback.score - b.feedback.score)[0];
}

function describe(row: ScoredItem | undefined): string {
  return row === undefined ? 'none' : `${row.item.id} ${row.feedback.score} (${row.feedback.level})`;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export interface Targets {
  allFullPairsOrdered: boolean;
  gapAtLeast20: boolean;
  noStrongBelowAlmostThere: boolean;
}

export function checkTargets(report: EvalReport): Targets {
  const floor = LEVELS.indexOf('Almost there');
  return {
    allFullPairsOrdered: report.fullPairs.every((c) => c.ordered),
    gapAtLeast20: report.gap >= 20,
    noStrongBelowAlmostThere: report.lowestStrong === undefined || LEVELS.indexOf(report.lowestStrong.feedback.level) <= floor,
  };
}

const SHORT: Record<(typeof CRITERION_IDS)[number], string> = {
  structure: 'Str',
  ownership: 'Own',
  metrics: 'Met',
  length: 'Len',
  tradeoffs: 'TrO',
  learning: 'Lrn',
  alignment: 'Aln',
  specificity: 'Spc',
  tone: 'Ton',
};

export function formatReport(report: EvalReport): string {
  const lines: string[] = [];
  const pairLine = (title: string, checks: PairCheck[]) => {
    const ok = checks.filter((c) => c.ordered).length;
    lines.push(`${title}: ${ok}/${checks.length} ordered correctly`);
    for (const c of checks) {
      lines.push(`  ${c.ordered ? 'ok  ' : 'FAIL'} ${c.pairId}: ${c.strong.item.id} ${c.strong.feedback.score} > ${c.weak.item.id} ${c.weak.feedback.score}`);
    }
  };
  pairLine('Full-answer pairs', report.fullPairs);
  pairLine('Fragment pairs (one STAR part each)', report.fragmentPairs);
  lines.push('', 'Mean score per label:');
  for (const { label, count, mean: m } of report.meanByLabel) lines.push(`  ${label.padEnd(18)} n=${String(count).padStart(2)}  ${m.toFixed(1)}`);
  const targets = checkTargets(report);
  const lowest = report.lowestStrong;
  lines.push(
    '',
    'Targets:',
    `  ${targets.allFullPairsOrdered ? 'PASS' : 'FAIL'} every full pair ordered correctly`,
    `  ${targets.gapAtLeast20 ? 'PASS' : 'FAIL'} strong-vs-weak mean gap (full answers) ${report.gap.toFixed(1)} >= 20`,
    `  ${targets.noStrongBelowAlmostThere ? 'PASS' : 'FAIL'} lowest full answer labelled strong: ${describe(lowest)}`,
    `  (info) lowest "strong (implied)" answer: ${describe(report.lowestImpliedStrong)}`,
    '',
  );
  const header = ['id'.padEnd(34), 'label'.padEnd(16), 'words', 'score', 'level'.padEnd(14), ...CRITERION_IDS.map((id) => SHORT[id])];
  lines.push(header.join(' '));
  for (const { item, feedback } of report.rows) {
    lines.push(
      [
        `${item.id}${item.fragment ? ` [${item.fragment}]` : ''}`.slice(0, 34).padEnd(34),
        item.label_norm.slice(0, 16).padEnd(16),
        String(feedback.stats.words).padStart(5),
        String(feedback.score).padStart(5),
        feedback.level.padEnd(14),
        ...CRITERION_IDS.map((id) => String(feedback.criteria[id].score).padStart(3)),
      ].join(' '),
    );
  }
  return lines.join('\n');
}
