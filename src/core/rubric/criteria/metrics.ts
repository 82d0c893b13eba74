import { readTemplate } from '../template-check.js';
import { isHypotheticalStory } from '../tense.js';
import { hitsOf, type SentenceFacts } from '../analysis.js';
import { CURRENCY_CODES, IMPACT_STEMS, MEASURE_UNITS, STOP_WORDS, TIME_UNITS } from '../lexicon.js';
import { gluedCurrency, writtenAsMoney } from '../number-forms.js';
import { learnedStep } from '../learned-steps.js';
import { awaitsOutcome } from '../outcome.js';
import { harmAverted } from '../sections.js';
import type { NumberMention } from '../numbers.js';
import { CURRENCY_START, type Token } from '../text.js';
import { clampScore, Evidence, quoteFacts, quoteHit, type Criterion, type RubricContext } from './types.js';

/** An increase this many times over, in anything but time, is rare enough that a listener will doubt it. */
export const EXTRAORDINARY_RATIO = 100;

function ratioOf(n: NumberMention): number {
  return n.value !== undefined && n.from !== undefined && n.from > 0 ? n.value / n.from : 0;
}

/** A before/after increase of 100x or more in money or counts ("from 2 million to 2 billion in a week"). */
export function isExtraordinary(n: NumberMention): boolean {
  return !n.time && !n.text.endsWith('%') && ratioOf(n) >= EXTRAORDINARY_RATIO;
}

/**
 * In the Result, an amount of anything ("recovered 4,200 pending settlements") measures the outcome, whether or not its
 * noun is one we know as a measure. A capitalised word after it is a date or a name ("on 14 June"), not a thing counted.
 */
function isAmountOfThings(tokens: readonly Token[], n: NumberMention): boolean {
  if (n.kind !== 'quantity') return false;
  const next = tokens[tokenAt(tokens, n.end)];
  const before = tokens[tokenAt(tokens, n.start) - 1];
  // "in week 9", "by sprint 4" name a point in time; "9 and" or "9 of" has no noun counted after it.
  if (before !== undefined && (TIME_UNITS.has(before.stem) || POSITION_WORDS.has(before.lower))) return false;
  return next !== undefined && next.kind === 'word' && /^[a-z]/.test(next.text) && !FUNCTION_WORDS.has(next.lower);
}

/**
 * In the Result, people counted with what happened to them ("37 people who would have lost a month's benefit", "212
 * patients whose scans were read the same day") are the outcome, not the size of the team.
 */
function isPeopleAffected(tokens: readonly Token[], n: NumberMention): boolean {
  if (n.kind !== 'headcount') return false;
  const at = tokenAt(tokens, n.end);
  if (at < 0) return false;
  for (let k = at; k < Math.min(tokens.length, at + 3); k++) if (WHO_WORDS.has((tokens[k] as Token).lower)) return true;
  return false;
}

const WHO_WORDS = new Set(['who', 'whose']);

/**
 * A count of what would have happened, then that none of it did: "37 people would have lost a month's benefit, and none
 * did", "40 pallets that would have missed the ship; not one did", "160 vials that would have gone in the bin
 * otherwise". The count is the baseline and nothing the outcome.
 */
function isAverted(context: RubricContext, n: NumberMention): boolean {
  const tokens = context.analysis.facts[n.sentence]?.sentence.tokens ?? [];
  const at = tokenAt(tokens, n.end);
  if (at < 0) return false;
  let would = -1;
  for (let k = at; k < Math.min(tokens.length - 1, at + 6); k++) {
    if ((tokens[k] as Token).lower === 'would' && (tokens[k + 1] as Token).lower === 'have') {
      would = k;
      break;
    }
  }
  if (would < 0) return false;
  for (let k = would + 2; k < tokens.length; k++) {
    const lower = (tokens[k] as Token).lower;
    // "close to 40,000 rand of stock, that would have gone in the bin otherwise": kept, which the counterfactual says.
    if (NONE_WORDS.has(lower) || lower === 'otherwise' || ((lower === 'not' || lower === 'no') && tokens[k + 1]?.lower === 'one')) return true;
  }
  return false;
}

/**
 * The outcome set against the course not taken, in one sentence: "That block cost the grower £7,000; downgrading
 * everything would have cost him about £21,000." Either figure, with one of the same unit across "would have".
 */
function againstCounterfactual(context: RubricContext, all: readonly NumberMention[], n: NumberMention): boolean {
  const tokens = context.analysis.facts[n.sentence]?.sentence.tokens ?? [];
  const would = tokens.findIndex((t, k) => (t.lower === 'would' && tokens[k + 1]?.lower === 'have') || t.lower === "would've");
  if (would < 0) return false;
  const side = (m: NumberMention) => tokenAt(tokens, m.start) > would;
  const unit = unitOf(tokens, n);
  return unit !== '' && all.some((m) => m !== n && m.sentence === n.sentence && side(m) !== side(n) && unitOf(tokens, m) === unit);
}

/**
 * "We had no further cases in my house that month, while the boys' school next door had 14": none where the speaker
 * acted, set against the count where nobody did, measures the outcome.
 */
function againstComparison(tokens: readonly Token[], n: NumberMention): boolean {
  if (n.kind !== 'quantity' && n.kind !== 'count') return false;
  const at = tokenAt(tokens, n.start);
  const contrast = tokens.findIndex((t, i) => i < at && COMPARING.has(t.lower));
  if (contrast < 0) return false;
  return tokens.slice(0, contrast).some((t, i) => NONE_WORDS.has(t.lower) || (t.lower === 'no' && tokens[i + 1]?.kind === 'word' && !FUNCTION_WORDS.has(tokens[i + 1]?.lower ?? '')));
}

const COMPARING = new Set(['while', 'whereas', 'whilst', 'compared', 'against']);

const NONE_WORDS = new Set(['none', 'nobody', 'zero', 'nothing']);
const AVERTABLE_KINDS = new Set(['quantity', 'count', 'headcount']);

const POSITION_WORDS = new Set(['number', 'no', 'page', 'step', 'level', 'phase', 'stage', 'round', 'room', 'gate', 'floor', 'top', 'rank']);
const FUNCTION_WORDS = new Set(['and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'by', 'with', 'the', 'a', 'an', 'as', 'from', 'that', 'which', 'so', 'than', 'when']);

/**
 * Numbers that measure something, as opposed to dates, versions, times of day, headcounts, targets and how long the
 * work took. Both ends of a change told over two sentences are measures.
 */
export function measuredNumbers(context: RubricContext, changes = crossSentenceChanges(context)): NumberMention[] {
  const measured: NumberMention[] = [];
  const linked = new Set(changes.flatMap((c) => [c.before, c.after]));
  // "moved us from version 4.2 to 5.0 ... everyone was working on 5.0": a release named again is still a release.
  const versions = new Set<string>();
  // Indexed: entries() would build an [index, value] pair per sentence.
  for (let index = 0; index < context.analysis.facts.length; index++) {
    const facts = context.analysis.facts[index] as SentenceFacts;
    const section = context.sections.of[index];
    for (const n of facts.numbers) {
      if (n.kind === 'version') versions.add(n.text);
      // A bare whole number named again ("version 3 ... down to 3 per participant") is too common to be the release.
      if (n.target || n.kind === 'version' || (versions.has(n.text) && n.text.includes('.'))) continue;
      if (
        linked.has(n) ||
        n.kind === 'metric' ||
        (n.kind === 'count' && (section === 'result' || n.delta)) ||
        (section === 'result' && (isAmountOfThings(facts.sentence.tokens, n) || isPeopleAffected(facts.sentence.tokens, n) || againstComparison(facts.sentence.tokens, n))) ||
        (AVERTABLE_KINDS.has(n.kind) && isAverted(context, n))
      ) {
        measured.push(n);
      }
    }
  }
  return measured;
}

/**
 * A before -> after change told over two sentences ("Picking took 40 minutes per order. After the change it took 6.")
 * or two clauses of one ("Churn was 4% a month; now it is 2.5%").
 */
export interface CrossSentenceChange {
  before: NumberMention;
  after: NumberMention;
}

/** Words that move the story on to a later state: "after", "by June", "now", "within a month", "it fell to". */
const FOLLOW_ON_WORDS = new Set([
  'after', 'afterwards', 'now', 'within', 'since', 'later', 'eventually', 'today', 'following', 'subsequently',
  'finally', 'then', 'once', 'fell', 'rose', 'dropped', 'went', 'climbed', 'grew', 'shrank', 'improved', 'reduced', 'down',
]);
const BACK_REFERENCES = new Set(['it', 'they', 'this', 'that', 'these', 'those']);
/** "by" moves the story on only before a point in time: "by June", "by then", "by the end of the quarter". */
const BY_TIME_WORDS = new Set(['then', 'now', 'the', 'end', 'week', 'month', 'quarter', 'year', 'launch']);
/** Verbs that give a measure's state: "it took", "they were", "it sat at". */
const STATE_VERBS = new Set(['took', 'takes', 'take', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'ran', 'runs', 'averaged', 'averages', 'sat', 'sits', 'stood', 'stands']);
/** Prepositions that make a time a span in which the change happened ("within two quarters"), not its new value. */
const SPAN_WORDS = new Set(['within', 'in', 'after', 'over', 'for', 'by', 'across', 'during']);
const LINKABLE_KINDS = new Set(['metric', 'count', 'quantity', 'duration']);

/**
 * Baselines in one sentence linked to the new value in the next: the second sentence moves the story on ("after",
 * "by June", "now", "it took") and gives a number of the same unit, or a bare number that takes the unit of the first
 * ("...took 40 minutes. After the change it took 6."). Headcounts, dates, targets and spans of time never link, so
 * "We had 12 docks. Now I manage a team of 8." stays two facts. Each pair of neighbouring sentences gives at most one
 * change, and only neighbours are compared, so the scan is linear in the answer's length.
 */
export function crossSentenceChanges(context: RubricContext): CrossSentenceChange[] {
  const facts = context.analysis.facts;
  const changes: CrossSentenceChange[] = [];
  for (const sentence of facts) {
    const inside = clauseChange(context, sentence) ?? newValueThenOld(sentence);
    if (inside !== undefined) changes.push(inside);
  }
  const distant = sameCountAgain(context) ?? sameDurationAgain(context);
  if (distant !== undefined) changes.push(distant);
  for (let s = 0; s + 1 < facts.length; s++) {
    const first = facts[s] as SentenceFacts;
    const second = facts[s + 1] as SentenceFacts;
    if (second.numbers.length === 0 || !(movesOn(second.sentence.tokens) || labelMovesOn(context, second))) continue;
    // The baseline is told near the end of its sentence and the new value near the start of the next; looking at a
    // few of each keeps a pair of very long sentences from costing the product of their numbers.
    const baselines = first.numbers.slice(-NEAR_BOUNDARY).filter((n) => isBaseline(first.sentence.tokens, n));
    if (baselines.length === 0) continue;
    const pickedUp = picksUp(second.sentence.tokens);
    for (const after of second.numbers.slice(0, NEAR_BOUNDARY)) {
      if (!isLinkable(after) || isSpanOfTime(second.sentence.tokens, after) || isInterval(second.sentence.tokens, after)) continue;
      const unit = unitOf(second.sentence.tokens, after);
      if (unit === '' && !readsAsNewValue(context, first.sentence.tokens, second.sentence.tokens, after)) continue;
      const before = baselines.find((b) => sameMeasure(unitOf(first.sentence.tokens, b), unit, pickedUp));
      if (before !== undefined) {
        changes.push({ before, after });
        break;
      }
    }
  }
  return changes;
}

const NEAR_BOUNDARY = 8;

/** Words that move the story on in time, within a sentence too: "was 4% a month; now it is 2.5%". */
const TIME_MARKERS = new Set(['after', 'afterwards', 'now', 'within', 'since', 'later', 'eventually', 'today', 'following', 'subsequently', 'finally', 'once']);

/**
 * The same link inside one sentence whose clauses a semicolon or a dash would have split: a baseline before a time
 * marker, the new value after it ("Our churn was 4% a month; now it is 2.5%").
 */
function clauseChange(context: RubricContext, facts: SentenceFacts): CrossSentenceChange | undefined {
  const tokens = facts.sentence.tokens;
  if (facts.numbers.length < 2) return undefined;
  const marker = tokens.findIndex((t) => TIME_MARKERS.has(t.lower));
  if (marker < 0) return undefined;
  const offset = (tokens[marker] as Token).start;
  const baselines = facts.numbers.filter((n) => n.end <= offset && isBaseline(tokens, n)).slice(-NEAR_BOUNDARY);
  if (baselines.length === 0) return undefined;
  const pickedUp = picksUp(tokens.slice(marker));
  for (const after of facts.numbers.filter((n) => n.start > offset).slice(0, NEAR_BOUNDARY)) {
    if (!isLinkable(after) || isSpanOfTime(tokens, after)) continue;
    const unit = unitOf(tokens, after);
    if (unit === '' && !readsAsNewValue(context, tokens, tokens, after)) continue;
    const before = baselines.find((b) => sameMeasure(unitOf(tokens, b), unit, pickedUp));
    if (before !== undefined) return { before, after };
  }
  return undefined;
}

/**
 * "wasted visits were down to two or three a month, from about fifteen": the new value after "to", then the old one
 * after ", from".
 */
function newValueThenOld(facts: SentenceFacts): CrossSentenceChange | undefined {
  const tokens = facts.sentence.tokens;
  const numbers = facts.numbers;
  if (numbers.length < 2) return undefined;
  for (const before of numbers) {
    const at = tokenAt(tokens, before.start);
    const lead = tokens[at - 1]?.lower === 'from' ? at - 1 : APPROXIMATE_LEADS.has(tokens[at - 1]?.lower ?? '') && tokens[at - 2]?.lower === 'from' ? at - 2 : -1;
    if (lead < 0 || !isLinkable(before)) continue;
    const after = numbers.find((n) => n.end <= (tokens[lead] as Token).start && isLinkable(n) && tokens[tokenAt(tokens, n.start) - 1]?.lower === 'to');
    if (after !== undefined) return { before, after };
  }
  return undefined;
}

const APPROXIMATE_LEADS = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'over', 'some']);

/**
 * "34 pitches let out of 70" in the set-up, "62 of the 70 pitches let" in the Result; "17 of 214 packs had an outdated
 * code" found, "0 of the 390 packs" after the fix: the same thing counted before a Result sentence and again in it,
 * however far apart, is its baseline and its new value.
 */
function sameCountAgain(context: RubricContext): CrossSentenceChange | undefined {
  const facts = context.analysis.facts;
  const of = context.sections.of;
  if (!of.includes('result')) return undefined;
  const counted = (m: NumberMention): string => {
    const unit = unitOf((facts[m.sentence] as SentenceFacts).sentence.tokens, m);
    return unit === '' || NOT_COUNTED_UNITS.has(unit) || unit.startsWith('per ') ? '' : unit;
  };
  const baselines = new Map<string, NumberMention>();
  const addBaselines = (sentence: SentenceFacts): void => {
    for (const n of sentence.numbers) {
      const unit = counted(n);
      if (unit !== '' && !baselines.has(unit) && isBaseline(sentence.sentence.tokens, n)) baselines.set(unit, n);
    }
  };
  for (let s = 0; s < facts.length; s++) {
    const sentence = facts[s] as SentenceFacts;
    const tokens = sentence.sentence.tokens;
    if (of[s] === 'result') {
      for (const after of sentence.numbers) {
        // "at the remaining eleven venues": a part of the same things, not their new count.
        const at = tokenAt(tokens, after.start);
        if ([tokens[at - 1], tokens[at - 2]].some((t) => t !== undefined && PART_OF_THE_SAME.has(t.lower))) continue;
        const before = isLinkable(after) ? baselines.get(counted(after)) : undefined;
        // "a test script of 14 tasks" ... "completed all 14 tasks": the same count again is no change.
        if (before !== undefined && !sameValue(before, after)) return { before, after };
      }
    }
    // A count told in what read as an early Result ("taken on only 6 of 28 nights", before the speaker's fix) is a
    // baseline for a later one all the same.
    addBaselines(sentence);
  }
  return undefined;
}

/**
 * "Changeovers like that had been taking us about 14 hours" before the Result, "the changeover took 11 hours" in it:
 * the same piece of work timed twice, named by the word before the verb of taking, is its baseline and its new value.
 */
function sameDurationAgain(context: RubricContext): CrossSentenceChange | undefined {
  const facts = context.analysis.facts;
  const timed: Array<{ n: NumberMention; names: Set<string>; task: Set<string> }> = [];
  for (let s = 0; s < facts.length; s++) {
    const tokens = (facts[s] as SentenceFacts).sentence.tokens;
    for (const n of (facts[s] as SentenceFacts).numbers) {
      if (context.sections.of[s] === 'result' && n.time && isLinkable(n)) {
        const before = doneInLess(tokens, n, timed);
        if (before !== undefined) return { before, after: n };
      }
      const verb = n.time && isLinkable(n) ? takingBefore(tokens, n) : -1;
      if (verb < 0) continue;
      if (context.sections.of[s] !== 'result') {
        const at = tokenAt(tokens, n.end - 1);
        timed.push({
          n,
          names: new Set(tokens.slice(Math.max(0, verb - NAME_REACH), verb).filter(isNamingWord).map((t) => t.stem)),
          task: new Set(tokens.slice(at + 1, at + 1 + TASK_REACH).filter(isTaskWord).map((t) => t.stem)),
        });
        continue;
      }
      const named = tokens[verb - 1];
      const before = named !== undefined && isNamingWord(named) ? timed.find((b) => b.names.has(named.stem) && !sameValue(b.n, n)) : undefined;
      if (before !== undefined) return { before: before.n, after: n };
    }
  }
  return undefined;
}

/** How far after a timed figure the task it timed is told: "took around 10 weeks before they could work a station alone". */
const TASK_REACH = 8;
/** Task words two timings must share to be one task: "work a station alone" and "running a station alone". */
const SHARED_TASK_WORDS = 2;

function isTaskWord(token: Token): boolean {
  return isNamingWord(token) && !STOP_WORDS.has(token.lower);
}

/**
 * "the new ones took around 10 weeks before they could work a station alone" before the Result, "new hires were
 * running a station alone in about five weeks" in it: the task told again with the time it now takes.
 */
function doneInLess(tokens: readonly Token[], n: NumberMention, timed: ReadonlyArray<{ n: NumberMention; task: Set<string> }>): NumberMention | undefined {
  const at = tokenAt(tokens, n.start);
  let lead = at - 1;
  while (APPROXIMATE_LEADS.has(tokens[lead]?.lower ?? '')) lead--;
  if (!['in', 'within'].includes(tokens[lead]?.lower ?? '')) return undefined;
  const near = new Set(tokens.slice(Math.max(0, lead - TASK_REACH), lead).filter(isTaskWord).map((t) => t.stem));
  return timed.find((b) => !sameValue(b.n, n) && [...b.task].filter((stem) => near.has(stem)).length >= SHARED_TASK_WORDS)?.n;
}

/** Verbs by which a piece of work is timed: "the changeover took 11 hours". */
const TAKING = new Set(['took', 'take', 'takes', 'taking', 'lasted', 'last', 'lasts']);
/** How far before its verb of taking the timed work may be named: "Changeovers like that had been taking". */
const NAME_REACH = 6;

/** The verb of taking up to three words before `n` ("took 11 hours", "taking us about 14 hours"), or -1. */
function takingBefore(tokens: readonly Token[], n: NumberMention): number {
  const at = tokenAt(tokens, n.start);
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) if (TAKING.has((tokens[k] as Token).lower)) return k;
  return -1;
}

/** A word long enough to name the work: not "it", "the" or "had". */
function isNamingWord(token: Token): boolean {
  return token.kind === 'word' && token.lower.length > 3 && !NAMING_NOTHING.has(token.lower);
}

/** Long words that name no piece of work: "that", "been", "just". */
const NAMING_NOTHING = new Set(['that', 'this', 'been', 'have', 'they', 'them', 'then', 'just', 'only', 'still']);

function sameValue(a: NumberMention, b: NumberMention): boolean {
  return a.value !== undefined ? a.value === b.value : a.text === b.text;
}

const PART_OF_THE_SAME = new Set(['remaining', 'other', 'rest', 'every', 'each', 'next', 'another', 'first', 'last', 'final']);

/** Units that are no counted thing: a share, money, time or a multiple (those have their own ways to a baseline). */
const NOT_COUNTED_UNITS = new Set(['%', 'money', 'time', 'x']);

/** Words after which a bare number is what the measure now is: "it took 6", "fell to 20", "now just 4". */
const NEW_VALUE_LEADS = new Set([...STATE_VERBS, 'to', 'down', 'just', 'only', 'now', 'about', 'around', 'roughly', 'under', 'below', 'over', 'above']);

/**
 * A bare number is the baseline's new value only where it reads as one: after a verb of state or a "to", after the
 * baseline's own verb ("closed 12 deals a quarter. Now we close 19"), or set off on its own ("After the checklist,
 * 12."). "I called again at two" or "we spoke to two" count something else.
 */
function readsAsNewValue(context: RubricContext, baselineTokens: readonly Token[], tokens: readonly Token[], n: NumberMention): boolean {
  const prev = tokens[tokenAt(tokens, n.start) - 1];
  if (prev === undefined || NEW_VALUE_LEADS.has(prev.lower)) return true;
  if (prev.kind === 'word' && prev.stem.length > 2 && baselineTokens.some((t) => t.stem === prev.stem)) return true;
  return /[,:;–—]/.test(context.analysis.doc.normalized.slice(prev.end, n.start));
}

/** A number that can be one end of a change: a measure or an amount, not already a change, a target or a span. */
function isLinkable(n: NumberMention): boolean {
  return LINKABLE_KINDS.has(n.kind) && !n.target && !n.baseline && !n.relative;
}

/** Verbs that make a length of time a measure of the work ("the close took 9 days"), not the span of a story. */
const TAKES = new Set([...TAKING, 'spent', 'spend', 'needed', 'averaged', 'was', 'were']);

/**
 * A baseline: an amount with a unit, or a bare number that is what something was or took ("the class average was
 * 61"); a length of time only when something took that long.
 */
function isBaseline(tokens: readonly Token[], n: NumberMention): boolean {
  if (!isLinkable(n)) return false;
  const unit = unitOf(tokens, n);
  if (unit !== '' && n.kind !== 'duration') return true;
  const at = tokenAt(tokens, n.start);
  for (let k = Math.max(0, at - 3); k < at; k++) if (TAKES.has((tokens[k] as Token).lower)) return true;
  return false;
}

function movesOn(tokens: readonly Token[]): boolean {
  return picksUp(tokens) || tokens.some((t, k) => {
    const next = tokens[k + 1];
    if (t.lower === 'by') return next !== undefined && (next.kind === 'number' || /^[A-Z]/.test(next.text) || BY_TIME_WORDS.has(next.lower));
    return FOLLOW_ON_WORDS.has(t.lower);
  });
}

/** "it took", "they were", "it is": a pronoun and a verb of state picking up the measure of the sentence before. */
function picksUp(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => BACK_REFERENCES.has(t.lower) && STATE_VERBS.has(tokens[k + 1]?.lower ?? ''));
}

/** A heading of its own in front of the sentence ("After: 25/week", "Now - 9h") moves the story on just the same. */
function labelMovesOn(context: RubricContext, facts: SentenceFacts): boolean {
  const { sentence } = facts;
  if (sentence.label !== 'other') return false;
  const text = context.analysis.doc.normalized;
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const heading = text.slice(Math.max(lineStart, sentence.start - 40), sentence.start).toLowerCase();
  return /\b(?:after|now|today|since|later)\b/.test(heading);
}

/** Index of the first token starting at or after `offset` (-1 when none): a binary search, tokens being in order. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens[mid] as Token).start < offset) low = mid + 1;
    else high = mid;
  }
  return low < tokens.length ? low : -1;
}

/** "I check the tension every 20 rows": how often something is done, not the new value of a measure. */
function isInterval(tokens: readonly Token[], n: NumberMention): boolean {
  const before = tokens[tokenAt(tokens, n.start) - 1]?.lower;
  return before === 'every' || before === 'each';
}

function isSpanOfTime(tokens: readonly Token[], n: NumberMention): boolean {
  const before = tokens[tokenAt(tokens, n.start) - 1];
  return n.time && before !== undefined && SPAN_WORDS.has(before.lower);
}

/**
 * The unit a number is given: "%", money, time, a multiple, or the one noun it counts ("80 essays", "12 deals a
 * quarter"); "" for a bare number, which takes the unit of the baseline it follows.
 */
function unitOf(tokens: readonly Token[], n: NumberMention): string {
  if (n.text.endsWith('%') || tokens[tokenAt(tokens, n.end)]?.lower === 'percent') return '%';
  if (writtenAsMoney(tokens, tokenAt(tokens, n.start))) return 'money';
  if (n.time) return 'time';
  if (/\dx$/i.test(n.text)) return 'x';
  const at = tokenAt(tokens, n.end);
  const next = tokens[at];
  const unit = tokens[at + 1];
  // "70 a month", "40 per release": a rate is its own unit.
  if (next !== undefined && unit !== undefined && ['a', 'an', 'per', 'each', 'every'].includes(next.lower)) return `per ${unit.stem}`;
  return countedNoun(tokens, n)?.stem ?? '';
}

/**
 * The word a number counts, or undefined when nothing follows it: "80 essays" counts essays, "3 different meetings"
 * counts something "different", which is not the essays of the sentence before; "it took 6." counts nothing.
 */
function countedNoun(tokens: readonly Token[], n: NumberMention): Token | undefined {
  const next = tokens[tokenAt(tokens, n.end)];
  if (next === undefined || next.kind !== 'word' || !/^[a-z]/.test(next.text) || FUNCTION_WORDS.has(next.lower)) return undefined;
  return next;
}

/** The noun counted when it stands alone ("80 essays", "40 returns a shift"), which the verdict shows with the number. */
function singleNoun(tokens: readonly Token[], n: NumberMention): Token | undefined {
  const next = countedNoun(tokens, n);
  const after = next === undefined ? undefined : tokens[next.index + 1];
  return after === undefined || after.kind !== 'word' || FUNCTION_WORDS.has(after.lower) || after.lower === 'per' ? next : undefined;
}

/**
 * The same measure: the same unit, or a bare new value, which takes the baseline's unit. Two bare numbers are the
 * same measure only when the second sentence picks the first one up ("...was 61. Now it is 74.").
 */
function sameMeasure(baselineUnit: string, unit: string, pickedUp: boolean): boolean {
  if (baselineUnit === '') return unit === '' && pickedUp;
  return unit === '' || unit === baselineUnit;
}

/** A number as the verdict shows it: as written, with its unit or the one noun it counts ("19 hours", "80 essays"). */
function shown(context: RubricContext, n: NumberMention): string {
  const tokens = context.analysis.facts[n.sentence]?.sentence.tokens ?? [];
  const next = tokens[tokenAt(tokens, n.end)];
  const original = context.analysis.doc.original;
  const adjacent = next !== undefined && next.start - n.end <= 1 && next.kind === 'word' && !POINT_KINDS.has(n.kind);
  const unit = adjacent && (TIME_UNITS.has(next.stem) || MEASURE_UNITS.has(next.stem) || ((n.kind === 'quantity' || n.kind === 'count') && singleNoun(tokens, n) === next));
  return original.slice(n.start, unit ? next.end : n.end);
}

/** Numbers that name a point or a release rather than an amount: no unit is shown with them. */
const POINT_KINDS = new Set(['clock', 'version', 'date']);

/** Each number once, as shown: "19 hours" said twice is still one number to the listener. */
function distinctShown(context: RubricContext, numbers: readonly NumberMention[]): string[] {
  return [...new Set(numbers.map((n) => shown(context, n)))];
}

const LISTED = 5;

/** The numbers named in a verdict, with how many more there are, so the count it states is the count it lists. */
function listed(texts: readonly string[], quoteMarks: boolean): string {
  const named = texts.slice(0, LISTED).map((t) => (quoteMarks ? `"${t}"` : t));
  return named.join(', ') + (texts.length > LISTED ? ` and ${texts.length - LISTED} more` : '');
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
    const linkedChanges = crossSentenceChanges(context);
    const measured = measuredNumbers(context, linkedChanges);
    const linked = new Set(linkedChanges.flatMap((c) => [c.before, c.after]));
    const sectionOf = (n: NumberMention) => sections.of[n.sentence];
    const outcomes = measured.filter((n) => sectionOf(n) !== 'situation' || n.delta || linked.has(n));
    const averted = new Set(measured.filter((n) => isAverted(context, n) || againstCounterfactual(context, all, n)));
    // "19 of 20 days, where before only 60% did": the old value told after the new one.
    const toldBefore = new Set(measured.filter((n) => toldAsBefore(context, n)));
    const changes = measured.filter((n) => n.delta || n.baseline || linked.has(n) || averted.has(n) || toldBefore.has(n));
    // A relative change ("by 30%", "3x", "halved") carries its own baseline; so does a measure given in the set-up.
    const baseline =
      linkedChanges.length > 0 ||
      changes.some((n) => n.delta && !n.relative && hasEarlierValue(context, all, n)) ||
      averted.size > 0 ||
      toldBefore.size > 0 ||
      measured.some((n) => n.baseline || n.relative) ||
      measured.some((n) => sectionOf(n) === 'situation' || sectionOf(n) === 'task');
    const impact = outcomes.some((n) => n.impact) || linkedChanges.some((c) => sentenceImpact(context, c.after.sentence));
    let score = 0;
    // Scene-setting numbers (dates, versions, durations, headcounts) earn nothing; a detail such as "3 options" earns 1.
    if (all.some((n) => !n.target && (n.kind === 'quantity' || n.kind === 'count' || n.kind === 'metric'))) score = 1;
    if (outcomes.length > 0) score = 2;
    if (changes.length > 0 && baseline) score = 3;
    if (score === 3 && impact && measured.length >= 2) score = 4;
    const extraordinary = measured.filter(isExtraordinary);
    if (extraordinary.length > 0) score = Math.min(score, 2);
    const resultFacts = analysis.facts.filter((_, i) => sections.of[i] === 'result');
    const resultMeasured = measured.some((n) => sectionOf(n) === 'result');
    // "Nothing went loose, nobody hurt": a harm that did not happen counts itself (none), and asks for no other measure.
    const unmeasuredResult = resultFacts.some((facts) => !harmAverted(facts)) && !resultMeasured;
    if (unmeasuredResult) score = Math.min(score, 2);
    // "We'll see next season whether rejections come down": the figures so far set the scene for a change still to come.
    const awaited = awaitsOutcome(context);
    if (awaited) score = Math.min(score, 2);
    const evidence = new Evidence();
    for (const n of extraordinary) if (!evidence.full) evidence.add(quoteFacts(context, analysis.facts[n.sentence] as SentenceFacts));
    for (const facts of analysis.facts) for (const hit of hitsOf(facts, 'vagueResult')) if (!evidence.full) evidence.add(quoteHit(context, facts, hit));
    if (unmeasuredResult) for (const facts of resultFacts) if (!evidence.full && facts.sentence.words > 0) evidence.add(quoteFacts(context, facts));
    const changed = new Set(changes);
    const measuredSet = new Set(measured);
    const shownMeasured = distinctShown(context, [...changes, ...measured.filter((n) => !changed.has(n))]);
    // In a template the figures stand for no event, so they measure nothing a listener could check.
    const template = readTemplate(analysis, sections).isTemplate && shownMeasured.length > 0;
    // "I would measure how it's working by who stays": told as what one does or would do, nothing has been measured.
    const unlived = !template && isHypotheticalStory(analysis, sections);
    if (template || unlived) score = Math.min(score, 1);
    // A Result the rules found unmeasured, still to come or not told at all, or a jump in doubt, is not read up: the
    // verdict says what is missing.
    const learned = learnedStep(context, 'metrics', score, { mayRise: resultFacts.length > 0 && !unmeasuredResult && !awaited && !unlived && extraordinary.length === 0 });
    score += learned;
    const verdict =
      shownMeasured.length === 0
        ? `No measured outcome${notes(context, all, measuredSet)}.`
        : `${shownMeasured.length} measured ${shownMeasured.length === 1 ? 'number' : 'numbers'}: ${listed(shownMeasured, false)}; ${changes.length > 0 ? 'a change is stated' : 'no before/after change'}${impact ? ', tied to impact' : ', impact not measured'}${notes(context, all, measuredSet)}.` +
          (awaited ? ' The outcome is still to come.' : unmeasuredResult ? ' The Result itself has no measure.' : '') +
          (extraordinary.length > 0 ? ` A ${Math.round(ratioOf(extraordinary[0] as NumberMention))}x jump invites doubt: be ready to show how it was measured.` : '') +
          (template ? ' They belong to no real event, so they measure nothing yet.' : '') +
          (unlived && shownMeasured.length > 0 ? ' Told with what you would do, they measure nothing that happened yet.' : '') +
          (learned > 0 ? ' Read as a whole, the story measures more than these readings picked out.' : '') +
          (learned < 0 ? ' Read as a whole, these numbers measure less of the outcome than they seem to.' : '');
    return { score: clampScore(score), verdict, evidence: evidence.quotes, tip: extraordinary.length > 0 ? 'Check the number and say how it was measured; an implausible jump costs more trust than a modest, sourced one.' : metricsTip(measured.length, changes.length, baseline, impact) };
  },
};

/**
 * "the waiting list was at 19 weeks" early on, "the waiting list was down to seven weeks" in the Result: the new value
 * ("down to", "fell to") with an earlier figure of the same quantity, however far back, which is its baseline.
 */
function hasEarlierValue(context: RubricContext, all: readonly NumberMention[], n: NumberMention): boolean {
  const tokensOf = (m: NumberMention) => (context.analysis.facts[m.sentence] as SentenceFacts).sentence.tokens;
  const quantity = (m: NumberMention): string => {
    const unit = unitOf(tokensOf(m), m);
    // Any span of time is 'time': "19 weeks" and "seven weeks" are one quantity, "six months in" another.
    return unit === 'time' ? `time ${tokensOf(m)[tokenAt(tokensOf(m), m.end)]?.stem ?? m.text.replace(/^[\d.,]+/, '')}` : unit;
  };
  const own = quantity(n);
  return own !== '' && all.some((m) => m.sentence < n.sentence && !m.target && quantity(m) === own);
}

/** Words that set an old value against the new one told first: "where before about a third dropped off". */
const SETS_AGAINST = new Set(['where', 'whereas', 'while', 'against', 'than', 'compared', 'versus', 'vs']);
const APPROXIMATELY = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'only', 'just', 'some']);
const RESTATING = new Set(['it', 'was', 'were', "it'd", 'had', 'been', 'more', 'like', 'we', 'they', 'got', 'averaged']);

/**
 * The baseline told after the new value, in the same sentence: "seven of the eight were still practising, where before
 * about a third dropped off", "rewash fell, against 4% before".
 */
function toldAsBefore(context: RubricContext, n: NumberMention): boolean {
  const tokens = (context.analysis.facts[n.sentence] as SentenceFacts).sentence.tokens;
  const at = tokenAt(tokens, n.start);
  if (at < 0) return false;
  let k = at - 1;
  // "where before it was more like four out of eight": a few words of "it was" may stand between.
  while (k > 0 && at - k <= 5 && (APPROXIMATELY.has((tokens[k] as Token).lower) || RESTATING.has((tokens[k] as Token).lower))) k--;
  if (tokens[k]?.lower === 'before' && SETS_AGAINST.has(tokens[k - 1]?.lower ?? '')) return true;
  const after = tokenAt(tokens, n.end);
  return after > 0 && tokens[after]?.lower === 'before' && SETS_AGAINST.has(tokens[k]?.lower ?? '');
}

/** Why the numbers that are not measures were left out: they set the scene, or they were targets. */
function notes(context: RubricContext, all: readonly NumberMention[], measured: ReadonlySet<NumberMention>): string {
  const scene = distinctShown(context, all.filter((n) => SCENE_KINDS.has(n.kind) && !n.target && !measured.has(n)));
  const targets = distinctShown(context, all.filter((n) => n.target));
  const parts: string[] = [];
  if (scene.length > 0) parts.push(`${listed(scene, true)} set the scene, they do not measure a result`);
  if (targets.length > 0) parts.push(`${listed(targets, true)} ${targets.length === 1 ? 'is a target, not a result' : 'are targets, not results'}`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

const SCENE_KINDS = new Set(['date', 'version', 'duration', 'headcount', 'clock']);

function sentenceImpact(context: RubricContext, sentence: number): boolean {
  const tokens = context.analysis.facts[sentence]?.sentence.tokens ?? [];
  return tokens.some((t) => IMPACT_STEMS.has(t.stem) || CURRENCY_START.test(t.text) || CURRENCY_CODES.has(t.text) || gluedCurrency(tokens, t.index + 1));
}

function metricsTip(measured: number, changes: number, baseline: boolean, impact: boolean): string {
  if (measured === 0) return 'Add one number for the result: where it started, where it ended, e.g. "tickets from 120 to 70 a week".';
  if (changes === 0 || !baseline) return 'State the baseline and the change: "from X to Y (-Z%)", not only the end state.';
  if (!impact) return 'Translate the change into impact on customers, revenue, cost or time saved.';
  return 'Keep the baseline -> change -> impact chain; be ready to explain how you measured it.';
}
