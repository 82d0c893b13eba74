import { hitsOf, type SentenceFacts } from '../analysis.js';
import { MEASURE_UNITS, TIME_UNITS } from '../lexicon.js';
import type { NumberMention } from '../numbers.js';
import type { Token } from '../text.js';
import { clampScore, evidenceList, quoteFacts, quoteHit, type Criterion, type RubricContext } from './types.js';

/** An increase this many times over, in anything but time, is rare enough that a listener will doubt it. */
export const EXTRAORDINARY_RATIO = 100;

function ratioOf(n: NumberMention): number {
  return n.value !== undefined && n.from !== undefined && n.from > 0 ? n.value / n.from : 0;
}

/** A before/after increase of 100x or more in money or counts ("from 2 million to 2 billion in a week"). */
export function isExtraordinary(n: NumberMention): boolean {
  return !n.time && !n.text.endsWith('%') && ratioOf(n) >= EXTRAORDINARY_RATIO;
}

const RELATIVE = /%|\dx$|^(?:doubl|tripl|quadrupl|halv)/i;

/**
 * In the Result, an amount of anything ("recovered 4,200 pending settlements") measures the outcome, whether or not its
 * noun is one we know as a measure. A capitalised word after it is a date or a name ("on 14 June"), not a thing counted.
 */
function isAmountOfThings(tokens: readonly Token[], n: NumberMention): boolean {
  if (n.kind !== 'quantity') return false;
  const at = tokens.findIndex((t) => t.start >= n.end);
  const next = tokens[at];
  const before = tokens[tokens.findIndex((t) => t.start >= n.start) - 1];
  // "in week 9", "by sprint 4" name a point in time; "9 and" or "9 of" has no noun counted after it.
  if (before !== undefined && (TIME_UNITS.has(before.stem) || POSITION_WORDS.has(before.lower))) return false;
  return next !== undefined && next.kind === 'word' && /^[a-z]/.test(next.text) && !FUNCTION_WORDS.has(next.lower);
}

const POSITION_WORDS = new Set(['number', 'no', 'page', 'step', 'level', 'phase', 'stage', 'round', 'room', 'gate', 'floor', 'top', 'rank']);
const FUNCTION_WORDS = new Set(['and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'by', 'with', 'the', 'a', 'an', 'as', 'from', 'that', 'which', 'so', 'than', 'when']);

/** Numbers that measure something, as opposed to dates, versions, headcounts and how long the work took. */
export function measuredNumbers(context: RubricContext): NumberMention[] {
  const measured: NumberMention[] = [];
  for (const [index, facts] of context.analysis.facts.entries()) {
    const section = context.sections.of[index];
    for (const n of facts.numbers) {
      if (n.kind === 'metric' || (n.kind === 'count' && (section === 'result' || n.delta)) || (section === 'result' && isAmountOfThings(facts.sentence.tokens, n))) {
        measured.push(n);
      }
    }
  }
  return measured;
}

/** A number as the verdict shows it: with the unit written after it ("19 hours", "2.4 s", "300 tickets"). */
function shown(context: RubricContext, n: NumberMention): string {
  const next = context.analysis.facts[n.sentence]?.sentence.tokens.find((t) => t.start >= n.end);
  const unit = next !== undefined && next.start - n.end <= 1 && next.kind === 'word' && (TIME_UNITS.has(next.stem) || MEASURE_UNITS.has(next.stem));
  return unit ? context.analysis.doc.original.slice(n.start, next.end) : n.text;
}

/** The first few numbers, each shown once: "19 hours" said twice is still one number to the listener. */
function listed(context: RubricContext, numbers: readonly NumberMention[], quoteMarks: boolean): string {
  const texts = [...new Set(numbers.map((n) => shown(context, n)))].slice(0, 4);
  return (quoteMarks ? texts.map((t) => `"${t}"`) : texts).join(', ');
}

export const metricsCriterion: Criterion = {
  id: 'metrics',
  anchors: {
    0: 'No numbers that measure anything; the outcome is "it went well".',
    2: 'One measured outcome, but no baseline or no change ("99% accuracy"), or numbers only for scale and dates.',
    4: 'Baseline -> change -> impact: "p95 1.8 s -> 280 ms (-84%), support tickets -42%", tied to customers, money or time.',
  },
  evaluate(context: RubricContext) {
    const { analysis, sections } = context;
    const all = analysis.facts.flatMap((f) => f.numbers);
    const measured = measuredNumbers(context);
    const sectionOf = (n: NumberMention) => sections.of[n.sentence];
    const outcomes = measured.filter((n) => sectionOf(n) !== 'situation' || n.delta);
    const changes = measured.filter((n) => n.delta || n.baseline);
    // A relative change ("by 30%", "3x", "halved") carries its own baseline; so does a measure given in the set-up.
    const baseline =
      measured.some((n) => n.baseline || (n.delta && RELATIVE.test(n.text))) ||
      measured.some((n) => sectionOf(n) === 'situation' || sectionOf(n) === 'task');
    const impact = outcomes.some((n) => n.impact);
    let score = 0;
    // Scene-setting numbers (dates, versions, durations, headcounts) earn nothing; a detail such as "3 options" earns 1.
    if (all.some((n) => n.kind === 'quantity' || n.kind === 'count' || n.kind === 'metric')) score = 1;
    if (outcomes.length > 0) score = 2;
    if (changes.length > 0 && baseline) score = 3;
    if (score === 3 && impact && measured.length >= 2) score = 4;
    const extraordinary = measured.filter(isExtraordinary);
    if (extraordinary.length > 0) score = Math.min(score, 2);
    const resultFacts = analysis.facts.filter((_, i) => sections.of[i] === 'result');
    const resultMeasured = measured.some((n) => sectionOf(n) === 'result');
    const unmeasuredResult = resultFacts.length > 0 && !resultMeasured;
    if (unmeasuredResult) score = Math.min(score, 2);
    function* quotes(): Generator<string> {
      for (const n of extraordinary) yield quoteFacts(context, analysis.facts[n.sentence] as SentenceFacts);
      for (const facts of analysis.facts) for (const hit of hitsOf(facts, 'vagueResult')) yield quoteHit(context, facts, hit);
      if (unmeasuredResult) for (const facts of resultFacts) if (facts.sentence.words > 0) yield quoteFacts(context, facts);
    }
    const context_ = all.filter((n) => n.kind === 'date' || n.kind === 'version' || n.kind === 'duration' || n.kind === 'headcount');
    const contextNote = context_.length > 0 ? ` (${listed(context, context_, true)} set the scene, they do not measure a result)` : '';
    const verdict =
      measured.length === 0
        ? `No measured outcome${contextNote}.`
        : `${measured.length} measured ${measured.length === 1 ? 'number' : 'numbers'}: ${listed(context, [...changes, ...measured.filter((n) => !n.delta && !n.baseline)], false)}; ${changes.length > 0 ? 'a change is stated' : 'no before/after change'}${impact ? ', tied to impact' : ', impact not measured'}${contextNote}.` +
          (unmeasuredResult ? ' The Result itself has no measure.' : '') +
          (extraordinary.length > 0 ? ` A ${Math.round(ratioOf(extraordinary[0] as NumberMention))}x jump invites doubt: be ready to show how it was measured.` : '');
    return { score: clampScore(score), verdict, evidence: evidenceList(quotes()), tip: extraordinary.length > 0 ? 'Check the number and say how it was measured; an implausible jump costs more trust than a modest, sourced one.' : metricsTip(measured.length, changes.length, baseline, impact) };
  },
};

function metricsTip(measured: number, changes: number, baseline: boolean, impact: boolean): string {
  if (measured === 0) return 'Add one number for the result: where it started, where it ended, e.g. "tickets from 120 to 70 a week".';
  if (changes === 0 || !baseline) return 'State the baseline and the change: "from X to Y (-Z%)", not only the end state.';
  if (!impact) return 'Translate the change into impact on customers, revenue, cost or time saved.';
  return 'Keep the baseline -> change -> impact chain; be ready to explain how you measured it.';
}
