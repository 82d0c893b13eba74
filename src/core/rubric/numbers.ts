import { goalClauses } from './goal-clauses.js';
import { IMPACT_STEMS, MEASURED_TIME_STEMS, MEASURE_UNITS, PEOPLE_NOUNS, TIME_UNITS } from './lexicon.js';
import {
  amount,
  CHANGE_CONTEXT,
  clockExtent,
  DETERMINERS,
  extent,
  figuresOfSpeech,
  fractionChange,
  FRACTIONS,
  glued,
  GRAMMAR_WORDS,
  isAmountOne,
  isHourSpan,
  isMultiplier,
  isNumberToken,
  isNumeral,
  isMagnitude,
  mayBeShare,
  MONTHS,
  MULTIPLIER_VERBS,
  nearChange,
  ONE,
  shareAt,
  shareInPair,
  unitAfter,
  versionStart,
  writtenAsMoney,
} from './number-forms.js';
import { CURRENCY_SIGNS, CURRENCY_START, type Sentence, type Token } from './text.js';
import { isGerund, stems } from './tradeoff-sentence.js';

export { isNumberToken } from './number-forms.js';

/**
 * Numbers in an answer and what they are. Only some numbers are results: a year, a version, a time of day, how long
 * the project took or how many people were on it set the scene, and a figure inside a goal or a hypothetical ("I would
 * aim to cut it by 30%") is a target, while "p95 from 1.8 s to 280 ms" or "tickets -42%" measure an outcome. Figures
 * of speech ("a hundred percent sure", "a million questions") are not numbers to the listener and are not reported.
 */
export const NUMBER_KINDS = ['metric', 'count', 'date', 'version', 'duration', 'headcount', 'quantity', 'clock'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

export interface NumberMention {
  text: string;
  kind: NumberKind;
  sentence: number;
  start: number;
  end: number;
  /** Part of a before/after pair ("from X to Y", "X -> Y"): the listener gets the baseline. */
  baseline: boolean;
  /** Stated as a change ("by 30%", "-42%", "cut ... to 2 hours"). */
  delta: boolean;
  /** The sentence ties the number to customers, money, time saved or a business measure. */
  impact: boolean;
  /** The amount, when it can be read ("$2.1M" = 2100000, "forty" = 40). */
  value?: number;
  /** For the second number of a before/after pair, the first one's amount. */
  from?: number;
  /** The number is written with a unit of time ("280ms", "3 weeks"). */
  time: boolean;
  /**
   * Said inside a goal or hypothetical clause ("the target was 95%", "I would cut it by 30%"): what was aimed at, not
   * what happened. Such a number is never a baseline, a change or an impact.
   */
  target: boolean;
  /** A change that carries its own baseline: "by 30%", "3x faster", "halved", "cut in half" (not "fell to 2%"). */
  relative: boolean;
}

const PEOPLE_ADJECTIVES = new Set([
  'other', 'senior', 'junior', 'different', 'new', 'full', 'backend', 'frontend', 'front', 'end', 'more', 'extra',
  'dedicated', 'core', 'product', 'software', 'data', 'support', 'qa', 'direct', 'remote', 'offshore', 'key', 'of',
]);
const AHEAD_WORDS = new Set(['early', 'earlier', 'ahead', 'faster', 'sooner', 'saved', 'late', 'later', 'quicker', 'less', 'fewer', 'shorter', 'longer', 'more']);

/** What a sentence says about its numbers before any one of them is read. */
interface SentenceReading {
  tokens: readonly Token[];
  goal: readonly boolean[];
  figures: ReadonlySet<number>;
  pairs: ReadonlyMap<number, PairEnd>;
  impact: boolean;
  change: boolean;
}

/** Number mentions of one sentence, classified. */
export function findNumbers(sentence: Sentence): NumberMention[] {
  const tokens = sentence.tokens;
  if (!tokens.some((t) => isNumeral(t) || MULTIPLIER_VERBS.has(t.stem) || FRACTIONS.has(t.lower) || mayBeShare(t))) return [];
  const reading: SentenceReading = {
    tokens,
    goal: goalClauses(tokens),
    figures: figuresOfSpeech(tokens),
    pairs: beforeAfterPairs(tokens),
    impact: tokens.some((t) => IMPACT_STEMS.has(t.stem) || t.text.startsWith('$') || /^[€£¥]/.test(t.text)),
    change: tokens.some((t) => CHANGE_CONTEXT.has(t.stem) || t.signed || t.kind === 'arrow'),
  };
  const mentions: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = readAt(sentence, reading, i);
    if (found === undefined) continue;
    mentions.push(found.mention);
    i = found.last;
  }
  return mentions;
}

/** The mention starting at token `i`, with the index of its last token, or undefined when none starts there. */
function readAt(sentence: Sentence, reading: SentenceReading, i: number): { mention: NumberMention; last: number } | undefined {
  const { tokens, pairs } = reading;
  const token = tokens[i] as Token;
  const goal = reading.goal[i] === true;
  if (isMultiplier(tokens, i)) {
    return { mention: mention(sentence, i, i, 'metric', { baseline: false, delta: true, impact: reading.impact, goal, relative: true }), last: i };
  }
  const fraction = fractionChange(tokens, i);
  if (fraction !== undefined) {
    return { mention: mention(sentence, fraction.first, fraction.last, 'metric', { baseline: false, delta: true, impact: reading.impact, goal, relative: true }), last: fraction.last };
  }
  // "one in four", "a fifth of the call-outs", "to just over half": a share of a whole, read like a percentage.
  const share = reading.figures.has(i) ? undefined : shareAt(tokens, i);
  if (share !== undefined) {
    const paired = shareInPair(tokens, share.first, share.last);
    const delta = paired || (reading.change && nearChange(tokens, share.first, share.last));
    return { mention: mention(sentence, share.first, share.last, 'metric', { baseline: paired, delta, impact: reading.impact, goal, relative: false }), last: share.last };
  }
  if (!isNumeral(token) || reading.figures.has(i)) return undefined;
  // "a colleague's 4x4", "a 2x4 board", "1920x1080": a vehicle, a timber size or a screen, written as dimensions.
  if (DIMENSIONS.test(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.start === token.end) return undefined;
  // "2.1 per thousand", "4 per 1,000 orders": the denominator of a rate, not a figure of its own.
  if (tokens[i - 1]?.lower === 'per') return undefined;
  if (token.lower === ONE && !pairs.has(i) && !isAmountOne(tokens, i)) return undefined;
  const clock = clockExtent(tokens, i);
  if (clock !== undefined) return { mention: mention(sentence, i, clock, 'clock', NOT_A_RESULT), last: clock };
  const version = versionStart(tokens, i);
  const last = extent(tokens, i);
  const end = pairs.get(i);
  const partner = end?.partner;
  const read = version !== undefined ? 'version' : pairKind(tokens, i, partner) ?? classify(tokens, i, last);
  // "200 more real events a year", "30 fewer returns a month": an increment is a change measured against what came before.
  const increment = read === 'quantity' && isIncrement(tokens, i, last);
  // "went to zero", "dropped to 0": a count brought down to nothing measures the outcome, whatever it counted.
  const kind: NumberKind =
    increment || (read === 'quantity' && ((ZERO_WORDS.has(token.lower) && reading.change && nearChange(tokens, i, last)) || movedTo(tokens, i))) ? 'metric' : read;
  if (kind === 'version' || kind === 'clock') {
    return { mention: mention(sentence, version ?? i, last, kind, NOT_A_RESULT), last };
  }
  const inPair = partner !== undefined;
  const delta =
    increment || inPair || token.signed || (reading.change && (kind === 'metric' || kind === 'count') && nearChange(tokens, i, last));
  const finalKind: NumberKind = inPair && (kind === 'quantity' || kind === 'duration' || kind === 'count') ? 'metric' : kind;
  const found = mention(sentence, i, last, finalKind, { baseline: inPair, delta, impact: reading.impact, goal, relative: increment || (!inPair && delta && isRelativeChange(tokens, i, last)) });
  const value = amount(tokens, i, last);
  if (value !== undefined) found.value = value;
  // The size of a change needs one unit on both sides: "1.4 km to 400 m" shrank, it did not grow 286-fold.
  if (partner !== undefined && end?.isNew === true && sameUnit(tokens, partner, i, last)) {
    const before = amount(tokens, partner, extent(tokens, partner));
    if (before !== undefined) found.from = before * sharedScale(tokens, partner, i, last, before);
  }
  found.time = hasTimeUnit(tokens, last);
  return { mention: found, last };
}

/**
 * "200 more events a year", "40 fewer call-backs", "an extra 12 covers": a count of things gained or lost. Not "two more
 * weeks" (how long), nor "we needed 50 more chairs" (what was wanted), nor "one more thing" (a figure of speech).
 */
function isIncrement(tokens: readonly Token[], first: number, last: number): boolean {
  const word = tokens[last + 1]?.lower ?? '';
  // "an extra 12 parcels", "another 30 covers": the increment word stands before the figure.
  const before = INCREMENT_BEFORE.has(tokens[first - 1]?.lower ?? '');
  if (!INCREMENT_WORDS.has(word) && !before) return false;
  // "more than 200" reads the other way round; only "200 more X" counts, with a thing counted after it.
  const thing = tokens[last + (before ? 1 : 2)];
  if (thing === undefined || thing.kind !== 'word' || TIME_UNITS.has(thing.stem) || thing.lower === 'than' || thing.lower === 'time' || thing.lower === 'times') return false;
  const wanted = tokens[first - (before ? 2 : 1)]?.stem ?? '';
  return !WANTED_BEFORE.has(wanted) && !WANTED_BEFORE.has(tokens[first - (before ? 3 : 2)]?.stem ?? '');
}

/** Verbs of a measure moving, before "to" and the figure it reached: "complaints dropped to 3". */
const MOVED = new Set(['drop', 'dropped', 'fell', 'fall', 'rose', 'rise', 'climb', 'climbed', 'shrank', 'grew', 'decreas', 'increas', 'reduc', 'jump', 'jumped']);
const MOVED_WITH = new Set(['went', 'came', 'got', 'go', 'come']);

/**
 * "After re-delivery, complaints dropped to 3 in the next week", "returns went down to 12": a count that moved to a
 * new level is the outcome measured, with its baseline told earlier or not, whatever it counted.
 */
function movedTo(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.lower !== 'to') return false;
  const verb = tokens[i - 2];
  if (verb === undefined) return false;
  if (MOVED.has(verb.stem) || MOVED.has(verb.lower)) return true;
  // "the spread fell back to 16°C": a level returned to is a level moved to.
  const before = tokens[i - 3];
  if (verb.lower === 'back' && before !== undefined && (MOVED.has(before.stem) || MOVED.has(before.lower))) return true;
  return (verb.lower === 'down' || verb.lower === 'up') && MOVED_WITH.has(before?.lower ?? '');
}

const DIMENSIONS = /^x\d/;
const INCREMENT_WORDS = new Set(['more', 'fewer', 'extra', 'additional']);
const INCREMENT_BEFORE = new Set(['extra', 'another', 'additional']);
/** Verbs of asking or needing before a figure: what was wanted, not what changed. */
const WANTED_BEFORE = new Set(['need', 'needed', 'want', 'wanted', 'ask', 'asked', 'request', 'requested', 'hire', 'hired', 'recruit', 'recruited', 'for']);

/** What the sentence says about one mention, before its kind decides which of these count. */
interface MentionFlags {
  baseline: boolean;
  delta: boolean;
  impact: boolean;
  goal: boolean;
  relative: boolean;
}

const ZERO_WORDS = new Set(['zero', '0', 'nil']);

const NOT_A_RESULT: MentionFlags = { baseline: false, delta: false, impact: false, goal: false, relative: false };

function mention(sentence: Sentence, first: number, last: number, kind: NumberKind, flags: MentionFlags): NumberMention {
  const glue = kind === 'clock' ? ':' : kind === 'version' ? '.' : ' ';
  const tokens = sentence.tokens;
  const firstToken = tokens[first] as Token;
  const lastToken = tokens[last] as Token;
  // A target keeps its kind (a reader may still want to know it was a percentage) but measures nothing that happened.
  const isResult = (kind === 'metric' || kind === 'count') && !flags.goal;
  return {
    text: spanText(tokens, first, last, glue),
    kind,
    sentence: sentence.index,
    start: firstToken.start,
    end: lastToken.end,
    baseline: isResult && flags.baseline,
    delta: isResult && flags.delta,
    impact: isResult && flags.impact,
    time: false,
    target: flags.goal && kind !== 'date' && kind !== 'version' && kind !== 'clock',
    relative: isResult && flags.relative,
  };
}

/**
 * The tokens joined by a space, or by `glue` where two are written with one character between them: tokens do not
 * keep that character, and its shape tells it ("6:30" is a time, "v2.3" a version).
 */
function spanText(tokens: readonly Token[], first: number, last: number, glue = ' '): string {
  let text = (tokens[first] as Token).text;
  for (let k = first + 1; k <= last; k++) {
    const token = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    const split = glued(prev, token) && token.kind === 'number' && (prev.kind === 'number' || /^v\d+$/i.test(prev.text));
    text += (split ? glue : ' ') + token.text;
  }
  return text;
}

function hasTimeUnit(tokens: readonly Token[], last: number): boolean {
  const suffix = unitAfter(tokens[last] as Token);
  const next = tokens[last + 1];
  return (suffix !== '' && TIME_UNITS.has(suffix)) || (next !== undefined && TIME_UNITS.has(next.stem));
}

const HALF_OR_QUARTER = new Set(['half', 'quarter']);

function classify(tokens: readonly Token[], first: number, last: number): NumberKind {
  const token = tokens[first] as Token;
  const lastToken = tokens[last] as Token;
  const text = token.text;
  const suffix = unitAfter(lastToken);
  const next = tokens[last + 1];
  const afterNext = tokens[last + 2];
  const prev = tokens[first - 1];
  const prevPrev = tokens[first - 2];
  if (writtenAsMoney(tokens, first) || suffix === '%' || suffix === 'x' || /^(?:k|m|bn|mm)$/.test(suffix)) return 'metric';
  if (suffix === 'ms' || suffix === 'us' || suffix === 'rps' || suffix === 'qps' || suffix === 'gb' || suffix === 'tb') {
    return 'metric';
  }
  if (/^\d+(?:st|nd|rd|th)$/.test(text)) return isRank(tokens, first) ? 'metric' : 'date';
  if (/^(?:19|20)\d\d$/.test(text) && suffix === '' && (next === undefined || !MEASURE_UNITS.has(next.stem))) return 'date';
  // "June 3" and "3 June": a day of the month is a date, whichever side the month stands.
  const monthBeside = (t: Token | undefined): boolean => t !== undefined && MONTHS.has(t.lower) && /^[A-Z]/.test(t.text);
  if ((monthBeside(prev) || monthBeside(next)) && /^\d{1,2}$/.test(text)) return 'date';
  if (next !== undefined && ['percent', 'pct', 'percentage', 'x', 'fold', 'times', 'dollar', 'dollars', 'star', 'stars', 'point', 'points', 'pp', 'bp'].includes(next.lower)) {
    return 'metric';
  }
  if (next !== undefined && isMagnitude(tokens, first, last + 1)) return 'metric';
  // "5 senior engineers", "two Stanford grads": one adjective or proper noun may stand before the people noun.
  const nounAt = next !== undefined && (PEOPLE_ADJECTIVES.has(next.lower) || /^[A-Z][a-z]/.test(next.text)) ? last + 2 : last + 1;
  const noun = tokens[nounAt];
  if (noun !== undefined && PEOPLE_NOUNS.has(noun.stem) && !(noun.stem === 'lead' && isMeasuredLead(tokens, last))) {
    // "40 people a weekend asking", "6 volunteers per shift": people counted over time are a rate, not a team's size.
    return isRate(tokens, nounAt + 1) ? 'count' : 'headcount';
  }
  if (prev?.lower === 'of' && prevPrev !== undefined && PEOPLE_NOUNS.has(prevPrev.stem)) return 'headcount';
  // "19 and a half days": the unit comes after the fraction.
  const unitAt = next?.lower === 'and' && afterNext?.lower === 'a' && HALF_OR_QUARTER.has(tokens[last + 3]?.lower ?? '') ? last + 4 : last + 1;
  const unit = tokens[unitAt];
  const timeUnit = suffix !== '' && TIME_UNITS.has(suffix) ? suffix : unit !== undefined && TIME_UNITS.has(unit.stem) ? unit.stem : '';
  if (timeUnit !== '') return measuredDuration(tokens, first, timeUnit === suffix ? last : unitAt - 1, timeUnit !== suffix) ? 'metric' : 'duration';
  if (next !== undefined && MEASURE_UNITS.has(next.stem)) return isRate(tokens, last + 2) ? 'metric' : 'count';
  if (next?.lower === 'per' || (next?.lower === 'a' && afterNext !== undefined && TIME_UNITS.has(afterNext.stem))) return 'metric';
  // "The group scored 24.1", "a score of 8.5", "a rating of 4.6": a score is a measure, whatever its scale.
  if (SCORING.has(prev?.lower ?? '') || (prev?.lower === 'of' && (prevPrev?.lower === 'score' || prevPrev?.lower === 'rating'))) return 'metric';
  return 'quantity';
}

const SCORING = new Set(['scored', 'scoring', 'scores', 'rated']);

/** Words before a place in a ranking: "came 4th", "up from 11th", "ranked 12th". */
const RANK_BEFORE = new Set(['came', 'come', 'finished', 'placed', 'ranked', 'ranking', 'from', 'up', 'down', 'climbed', 'rose', 'fell', 'slipped', 'moved']);

/** "4th of 16", "came 3rd", "up from 11th": a place in a ranking, which measures; "on the 4th" is a date. */
function isRank(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return RANK_BEFORE.has(tokens[at - 1]?.lower ?? '') || (next?.lower === 'of' && tokens[at + 2]?.kind === 'number') || next?.lower === 'place';
}

/**
 * The kind a before/after pair forces on its numbers: both are versions when either is ("from iOS 16 to 17"), and
 * "from 9 to 5" with small bare numbers and no change word before it is a span of the day, not a change.
 */
function pairKind(tokens: readonly Token[], at: number, partner: number | undefined): NumberKind | undefined {
  if (partner === undefined) return isHourSpan(tokens, at, at + 2) || isHourSpan(tokens, at - 2, at) ? 'clock' : undefined;
  if (versionStart(tokens, partner) !== undefined) return 'version';
  const [left, right] = at < partner ? [at, partner] : [partner, at];
  // An arrow states a change by itself; only "from 9 to 5" can be hours.
  if (tokens[right - 1]?.lower !== 'to' && tokens[right - 2]?.lower !== 'to') return undefined;
  return isHourSpan(tokens, left, right) ? 'clock' : undefined;
}

/** "per second", "a week", "each month" at `at`: the amount before it is a rate. */
function isRate(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower;
  if (word === 'per') return true;
  const unit = tokens[at + 1];
  return (word === 'a' || word === 'each' || word === 'every') && unit !== undefined && TIME_UNITS.has(unit.stem);
}

function isMeasuredLead(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 2]?.lower === 'time';
}

/** "12 hours per week", "3 weeks early", "load time 3.5 seconds", "saved 12 hours": a duration that measures. */
function measuredDuration(tokens: readonly Token[], first: number, last: number, unitIsNextToken: boolean): boolean {
  const after = last + (unitIsNextToken ? 2 : 1);
  const a1 = tokens[after];
  const a2 = tokens[after + 1];
  if (unitIsNextToken && isPerUnit(tokens, first, last)) return true;
  if (a1 !== undefined && (a1.lower === 'per' || AHEAD_WORDS.has(a1.lower))) return true;
  if (a1?.lower === 'a' && a2 !== undefined && TIME_UNITS.has(a2.stem)) return true;
  if (a1 !== undefined && (a1.lower === 'of' || a1.lower === 'in') && a2 !== undefined && (a2.lower === 'downtime' || a2.lower === 'savings' || a2.lower === 'latency')) {
    return true;
  }
  for (let k = Math.max(0, first - 5); k < first; k++) {
    const t = tokens[k] as Token;
    if (MEASURED_TIME_STEMS.has(t.stem) || t.stem === 'sav' || t.stem === 'save' || t.lower === 'averaging' || t.lower === 'average') return true;
  }
  return false;
}

/**
 * A percentage or multiple that is the size of a change, so it carries its own baseline: "by 30%", "-42%", "up 20%",
 * "3x faster", "a 15% drop". "fell to 2%" gives only the end state.
 */
function isRelativeChange(tokens: readonly Token[], first: number, last: number): boolean {
  const token = tokens[first] as Token;
  const lastToken = tokens[last] as Token;
  const unitWord = ['percent', 'x', 'fold', 'times'].includes(tokens[last + 1]?.lower ?? '');
  const suffix = unitAfter(lastToken);
  // "dropped by about £30,000", "cut by $5M": a sum of money the change came to states its size as plainly as a percentage.
  const money = writtenAsMoney(tokens, first);
  if (suffix !== '%' && suffix !== 'x' && !unitWord && !money) return false;
  // A multiple is always relative to what came before; a percentage may be an end state, "3 times" a count of visits.
  if (token.signed || suffix === 'x' || tokens[last + 1]?.lower === 'x' || tokens[last + 1]?.lower === 'fold') return true;
  // "by over 50%", "cut nearly 30%": the change word may stand before an approximation.
  let before = first - 1;
  while (before > first - 3 && APPROXIMATIONS.has(tokens[before]?.lower ?? '')) before--;
  const prev = tokens[before];
  if (money) return prev !== undefined && RELATIVE_BEFORE.has(prev.stem);
  const after = tokens[last + (unitWord ? 2 : 1)];
  return (prev !== undefined && RELATIVE_BEFORE.has(prev.stem)) || (after !== undefined && (RELATIVE_AFTER.has(after.stem) || CHANGE_CONTEXT.has(after.stem)));
}

const APPROXIMATIONS = new Set(['over', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'just', 'than', 'more', 'some', 'under']);
const RELATIVE_BEFORE = new Set(['by', 'up', 'down', 'cut', 'save', 'sav', 'gain', 'lift', 'drop', 'reduc', 'increas', 'decreas', 'improv', 'boost', 'grew', 'rose', 'fell', 'jump', 'climb', 'another', 'extra']);
const RELATIVE_AFTER = new Set(['more', 'less', 'fewer', 'faster', 'slower', 'cheaper', 'quicker', 'better', 'bigger', 'smaller', 'larger', 'higher', 'lower', 'longer', 'shorter', 'lift', 'gain', 'jump', 'rise', 'fall', 'uplift', 'improvement', 'reduction', 'increase', 'decrease', 'drop', 'growth', 'saving', 'cut', 'speedup']);

/**
 * "70/week", "3/day": a number glued to a singular unit of time is a rate. "a 12-week programme" is glued the same
 * way (the separator is not kept), but a length of time comes after an article or before the noun it describes.
 */
function isPerUnit(tokens: readonly Token[], first: number, last: number): boolean {
  const unit = tokens[last + 1];
  const described = tokens[last + 2];
  if (unit === undefined || !glued(tokens[last], unit) || unit.lower.endsWith('s')) return false;
  if (DETERMINERS.has(tokens[first - 1]?.lower ?? '')) return false;
  return described === undefined || described.kind !== 'word' || GRAMMAR_WORDS.has(described.lower) || !/^[a-z]/.test(described.text);
}

/** Words before "from" that open a range: "tiers from", "ranging from", "sizes from". */
const RANGE_WORDS = stems(['tier', 'tiers', 'ranging', 'range', 'ranges', 'sizes', 'ages', 'aged', 'priced', 'prices', 'varying', 'varied']);

/** One number of a before/after pair: where its partner starts, and whether this one is the new value. */
interface PairEnd {
  partner: number;
  isNew: boolean;
}

function link(indices: Map<number, PairEnd>, before: number, after: number): void {
  indices.set(before, { partner: after, isNew: false });
  indices.set(after, { partner: before, isNew: true });
}

/**
 * Token indices of numbers in "from X to Y", "X -> Y", "Y, up from X" and "Y against X" pairs, each mapped to its
 * partner. Each "from", arrow or comparison looks only a few tokens around it, so the scan is linear.
 */
function beforeAfterPairs(tokens: readonly Token[]): Map<number, PairEnd> {
  const indices = new Map<number, PairEnd>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'arrow') {
      const before = nearestNumber(tokens, i - 1, -1);
      const after = nearestNumber(tokens, i + 1, 1);
      if (before !== undefined && after !== undefined) link(indices, before, after);
    } else if (t.lower === 'from') {
      // "Ticket tiers from 10,000 naira up to tables at 2 million", "prices ranging from 5 to 40 euros": the span of a
      // range, not a change.
      if (RANGE_WORDS.has(tokens[i - 1]?.stem ?? '')) continue;
      const before = nearestNumber(tokens, i + 1, 1);
      if (before === undefined) continue;
      let after: number | undefined;
      // "7 units a bag, down from 11, and the bill came to 15,500": after "up from" / "down from" the new value may have
      // come before, and a "to" past the next "and" belongs to another clause ("down from 70 to 25" is one change).
      const pointsBack = tokens[i - 1]?.lower === 'up' || tokens[i - 1]?.lower === 'down';
      for (let k = before + 1; k < Math.min(tokens.length, before + 7); k++) {
        if (pointsBack && CLAUSE_JOINS.has(tokens[k]?.lower ?? '')) break;
        if (tokens[k]?.lower !== 'to') continue;
        // "from 14 in March to none in May": brought down to nothing, the word standing for the zero.
        after = nearestNumber(tokens, k + 1, 1) ?? (NOTHING.has(tokens[k + 1]?.lower ?? '') ? k + 1 : undefined);
        break;
      }
      // "reached 100% in May, up from 91%": with no "to", the new value came before.
      const prev = tokens[i - 1]?.lower;
      if (after === undefined && (prev === 'up' || prev === 'down')) after = nearestNumberBefore(tokens, i - 2);
      // "occupancy came back to around 60%, from maybe 15% before": the new value right before "from", in its unit.
      if (after === undefined && isNumberToken(tokens[i - 1])) {
        const told = numberStart(tokens, i - 1);
        const unit = unitOf(tokens, extent(tokens, before));
        // Both figures carry the same written unit: "£3.2 million from 1,900 people" is money from people, no change.
        if (unit !== '' && unit === unitOf(tokens, i - 1)) after = told;
      }
      if (after !== undefined) link(indices, before, after);
    } else if (t.lower === 'to') {
      // "Letters: 2,300 a month to about 400", "Missed appointments: 9% to 4%": a figure brought down, with no "from".
      // Ranges ("two to three weeks") are told rising, so only a fall is read as a change.
      const before = nearestNumberBefore(tokens, i - 1);
      const after = nearestNumber(tokens, i + 1, 1);
      if (before === undefined || after === undefined || indices.has(before) || i - before > 3 || tokens[before - 1]?.lower === 'between') continue;
      // "12 laptops but not to the two new ones": another clause, other things.
      if (tokens.slice(before + 1, after).some((u) => !LINKING_WORDS.has(u.lower) && u.kind === 'word' && (GRAMMAR_WORDS.has(u.lower) || u.lower === 'but'))) continue;
      const from = amount(tokens, before, extent(tokens, before));
      const to = amount(tokens, after, extent(tokens, after));
      if (from !== undefined && to !== undefined && to < from && sameUnit(tokens, before, after, extent(tokens, after))) link(indices, before, after);
    } else if (t.lower === 'not') {
      // "the complaints were 2, not 14", "sick days were seven, not twenty-six": the figure, set against the one before.
      const previous = tokens[i - 1];
      const next = tokens[i + 1];
      // A comma between the figure and "not": the gap is more than the one space that glues them.
      if (!isNumberToken(previous) || !isNumberToken(next) || glued(previous, t)) continue;
      // "we opened at 9:00, not 10:00": times of day, not a measure.
      if ((previous as Token).text.includes(':') || (next as Token).text.includes(':')) continue;
      const after = numberStart(tokens, i - 1);
      if (!indices.has(after) && !indices.has(i + 1)) link(indices, i + 1, after);
    } else {
      // "21,000 against 19,000 the year before", "2.5 hours instead of 8": the outcome set against what it would
      // otherwise have been. The figure after the comparison is the baseline.
      const skip = COMPARISONS.get(t.lower);
      if (skip === undefined || (skip > 0 && !['with', 'to', 'of'].includes(tokens[i + 1]?.lower ?? ''))) continue;
      // "about 380,000 pula, instead of upsizing all six": a course set aside, not the figure it would have been.
      if (skip > 0 && isCourse(tokens[i + 1 + skip])) continue;
      // "no flange leaks at start-up, against three on the last shutdown": none, set against a count.
      const before = nearestNumber(tokens, i + 1 + skip, 1) ?? benchmarkFigure(tokens, i + 1 + skip) ?? singleStretch(tokens, i + 1 + skip);
      // "we lost about 25 minutes in the worst part of the peak instead of maybe two hours": a stretch of time may be
      // told further back than the figure of "X, up from Y", when the baseline is one too.
      const nearest = nearestNumberBefore(tokens, i - 1) ?? farStretchBefore(tokens, i - 1, before);
      // "960 homes with one visit each instead of up to three": the "one" right before the comparison is its figure,
      // not a number further back.
      const one = oneBefore(tokens, i - 1);
      const counted = nearest !== undefined ? countOfRate(tokens, nearest) : undefined;
      const closest = (one !== undefined && (counted === undefined || one > counted) ? one : counted) ?? noneBefore(tokens, i - 1);
      const after = closest !== undefined && before !== undefined ? sameKindBefore(tokens, closest, before) : closest;
      // "I matched 9,400 comments against 60 episodes": two sets of things checked one against the other, no change.
      if (after !== undefined && matchedSet(tokens, after)) continue;
      // "around $4,000 to train each replacement, against five days of paid leave": a sum set against a stretch of time
      // weighs two costs, it measures no change.
      if (after !== undefined && before !== undefined && timeAgainstMoney(tokens, after, before)) continue;
      if (after !== undefined && before !== undefined && !indices.has(after) && !indices.has(before)) link(indices, before, after);
    }
  }
  return indices;
}

/**
 * "a loss of 0.9% of throughput, roughly 1,800 litres a month, against our tolerance of 0.3%": a percentage is set
 * against a share. When the closest figure is neither a percentage nor a count of a whole ("26 of the 29"), the
 * share told a few words before it is; with none, nothing is compared.
 */
function sameKindBefore(tokens: readonly Token[], closest: number, baseline: number): number | undefined {
  if (!isPercent(tokens, baseline) || isPercent(tokens, closest) || countOfWhole(tokens, closest)) return closest;
  for (let k = closest - 1; k >= Math.max(0, closest - SHARE_REACH); k--) {
    if (!isNumberToken(tokens[k])) continue;
    const start = numberStart(tokens, k);
    if (isPercent(tokens, start) || countOfWhole(tokens, start)) return start;
  }
  return undefined;
}

/** How far before the closest figure the share it stands beside may be told. */
const SHARE_REACH = 10;

/** "0.3%", "12 percent", "5 per cent". */
function isPercent(tokens: readonly Token[], first: number): boolean {
  const last = extent(tokens, first);
  const next = tokens[last + 1]?.lower;
  return unitAfter(tokens[last] as Token) === '%' || next === 'percent' || (next === 'per' && tokens[last + 2]?.lower === 'cent');
}

/** "26 of the 29 firms", "9 days out of 60": a count of a whole, which reads as a share. */
function countOfWhole(tokens: readonly Token[], first: number): boolean {
  const last = extent(tokens, first);
  const of = tokens.findIndex((t, k) => k > last && k <= last + 3 && t.lower === 'of');
  return of > 0 && tokens.slice(of + 1, of + 3).some((t) => isNumberToken(t));
}

/**
 * "2 leaks in 2,400 panels, against 1-2% on similar towers": the figure set against the baseline is the count of the
 * rate, not what it counts in. `at` is the figure nearest before the comparison.
 */
function countOfRate(tokens: readonly Token[], at: number): number {
  const within = tokens[at - 1]?.lower === 'in' ? at - 1 : tokens[at - 1]?.lower === 'of' && tokens[at - 2]?.lower === 'out' ? at - 2 : -1;
  // "9,100 families in 11 days instead of 30": the time it took is what is compared.
  if (within < 0 || hasTimeUnit(tokens, extent(tokens, at))) return at;
  for (let k = within - 1; k >= Math.max(0, within - RATE_COUNT_REACH); k--) if (isNumberToken(tokens[k])) return numberStart(tokens, k);
  return at;
}

/** Words between a rate's count and its "in": "2 leaks in", "3 serious falls in". */
const RATE_COUNT_REACH = 3;

/** A verb in "-ing" that names a course: "upsizing", "hiring"; not a noun such as "training" or "housing". */
function isCourse(token: Token | undefined): boolean {
  return isGerund(token) && !ING_NOUNS.has((token as Token).lower);
}

/** Nouns in "-ing" that can be counted or priced: "instead of the building", "instead of 40 meetings". */
const ING_NOUNS = new Set(['spring', 'string', 'building', 'setting', 'funding', 'housing', 'training', 'meeting', 'booking', 'offering', 'pricing', 'staffing', 'shipping', 'parking', 'clothing', 'lighting', 'seating', 'heating', 'flooring', 'wiring', 'plumbing']);

const NOTHING = new Set(['none', 'nothing', 'nil']);
/** Verbs that set one body of things against another to check them: "matched 9,400 comments against 60 episodes". */
const MATCHING = new Set([
  'matched', 'match', 'matching', 'checked', 'check', 'checking', 'mapped', 'map', 'mapping', 'reconciled', 'reconcile', 'reconciling',
  'cross-checked', 'plotted', 'plotting', 'tested', 'test', 'testing', 'compared', 'compare', 'comparing',
]);
/** Words that may stand between the verb of matching and its figure: "mapping our 4,100 AEDs against two years". */
const SET_LEADS = new Set(['our', 'the', 'all', 'my', 'their', 'every']);

/** The figure at `at` is one body of things matched against another ("mapping our 4,100 AEDs against ..."). */
function matchedSet(tokens: readonly Token[], at: number): boolean {
  const lead = SET_LEADS.has(tokens[at - 1]?.lower ?? '') ? at - 2 : at - 1;
  return MATCHING.has(tokens[lead]?.lower ?? '');
}
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'which', 'so']);
/** Words that may stand between the two figures of "2,300 a month to about 400". */
const LINKING_WORDS = new Set(['to', 'a', 'an', 'per', 'about', 'around', 'roughly', 'under', 'just', 'only', 'nearly', 'almost']);
const NONE_BEFORE = new Set([...NOTHING, 'no', 'zero']);

/** A word for none within eight tokens before `from`: the new value of "no leaks, against three last time". */
function noneBefore(tokens: readonly Token[], from: number): number | undefined {
  for (let k = from; k >= 0 && k > from - 8; k--) if (NONE_BEFORE.has(tokens[k]?.lower ?? '')) return k;
  return undefined;
}

/**
 * "one stone instead of seven", "one heat incident instead of six": "one" with at most the thing it counts (a noun and
 * a word describing it) between it and the comparison. "one person adjusting instead of sixty" sets two ways of
 * working against each other: a verb in "-ing" makes it a clause, not a thing counted.
 */
function oneBefore(tokens: readonly Token[], from: number): number | undefined {
  for (let k = from; k >= Math.max(0, from - ONE_THING_WORDS); k--) {
    const token = tokens[k] as Token;
    if (token.lower === ONE) return k;
    if (token.kind !== 'word' || CLAUSE_JOINS.has(token.lower) || token.lower.endsWith('ing')) return undefined;
  }
  return undefined;
}

/** Words the thing counted after "one" may take: "heat incident". */
const ONE_THING_WORDS = 2;

/** What a result is measured against: "against a team median of 11", "versus the regional average of 4.2%". */
const BENCHMARKS = new Set(['median', 'average', 'mean', 'norm', 'benchmark', 'baseline', 'target', 'rate', 'usual', 'typical']);

/** The figure of a named benchmark a few words on: "a team median of 11" gives 11. */
function benchmarkFigure(tokens: readonly Token[], from: number): number | undefined {
  for (let k = from; k < Math.min(tokens.length - 2, from + 5); k++) {
    if (BENCHMARKS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of') return nearestNumber(tokens, k + 2, 1);
  }
  return undefined;
}

/** "five days instead of a month or more": one unit of time, told with "a", as the baseline. */
function singleStretch(tokens: readonly Token[], from: number): number | undefined {
  const unit = WHOLE.has(tokens[from + 1]?.lower ?? '') ? from + 2 : from + 1;
  return (tokens[from]?.lower === 'a' || tokens[from]?.lower === 'an') && TIME_UNITS.has(tokens[unit]?.stem ?? '') ? from : undefined;
}
const WHOLE = new Set(['whole', 'full']);

/** A stretch of time up to COMPARED_REACH tokens before `from`, set against a baseline that is one too. */
function farStretchBefore(tokens: readonly Token[], from: number, baseline: number | undefined): number | undefined {
  if (baseline === undefined || !hasTimeUnit(tokens, extent(tokens, baseline))) return undefined;
  const far = nearestNumberBefore(tokens, from, COMPARED_REACH);
  return far !== undefined && hasTimeUnit(tokens, extent(tokens, far)) ? far : undefined;
}

/** How far before "instead of" or "against" the outcome set against the baseline may be told. */
const COMPARED_REACH = 12;

/** Words that set a figure against a baseline, with the words to skip after them ("compared with", "instead of"). */
const COMPARISONS: ReadonlyMap<string, number> = new Map([
  ['against', 0],
  ['versus', 0],
  ['vs', 0],
  ['compared', 1],
  ['instead', 1],
]);

/** The first token of the closest number within `reach` tokens before `from`: the new value of "X, up from Y". */
function nearestNumberBefore(tokens: readonly Token[], from: number, reach = 8): number | undefined {
  for (let k = from; k >= 0 && k > from - reach; k--) {
    if (!isNumberToken(tokens[k])) continue;
    return numberStart(tokens, k);
  }
  return undefined;
}

/** One side a stretch of time ("five days"), the other a sum written as money ("$4,000"); "five weeks instead of two" is not. */
function timeAgainstMoney(tokens: readonly Token[], a: number, b: number): boolean {
  const timeA = hasTimeUnit(tokens, extent(tokens, a));
  const timeB = hasTimeUnit(tokens, extent(tokens, b));
  if (timeA === timeB) return false;
  const money = timeA ? b : a;
  return CURRENCY_START.test(tokens[money]?.text ?? '');
}

/** A figure with no scale or unit of its own: "2.1", "$800". */
const PLAIN_FIGURE = new RegExp(`^[${CURRENCY_SIGNS}]?[\\d.,]+$`, 'u');

/**
 * "from 2.1 to 1.47 million": the scale written once, after the second figure, is the first one's too, when the first
 * has none of its own and reads as the same order of size with it ("from 800 to 1.2 million" keeps its 800).
 */
function sharedScale(tokens: readonly Token[], before: number, first: number, last: number, beforeValue: number): number {
  if (last === first || extent(tokens, before) !== before || !PLAIN_FIGURE.test(tokens[before]?.text ?? '')) return 1;
  const scaled = amount(tokens, first, last);
  const plain = amount(tokens, first, first);
  if (scaled === undefined || plain === undefined || plain === 0) return 1;
  const scale = scaled / plain;
  const ratio = (beforeValue * scale) / scaled;
  return ratio > 1 / SAME_ORDER && ratio < SAME_ORDER ? scale : 1;
}

/** How far apart two figures of one change may be and still share a scale. */
const SAME_ORDER = 10;

/** Walks back to the first token of a multi-token number ("2.1 million", "twenty five"); no number spans more than four. */
function numberStart(tokens: readonly Token[], at: number): number {
  let start = at;
  // "on the 28th, five days instead of a month": a comma parts two figures.
  while (start > 0 && start > at - 4 && isNumeral(tokens[start - 1]) && glued(tokens[start - 1], tokens[start])) start--;
  return start;
}

/** The first number within three tokens in a direction, skipping words like "about", "under", "just". */
function nearestNumber(tokens: readonly Token[], from: number, step: 1 | -1): number | undefined {
  for (let k = from, n = 0; k >= 0 && k < tokens.length && n < 4; k += step, n++) {
    const t = tokens[k] as Token;
    // "from about plus or minus fifteen percent to five": the margin's three words are one hedge, like "about".
    if (step === 1 && t.lower === 'plus' && tokens[k + 1]?.lower === 'or' && tokens[k + 2]?.lower === 'minus') {
      k += 2;
      continue;
    }
    // "one" is a number here only right next to "from", "to" or the arrow: "from one team to another" is not a pair;
    // "from three days to under one day" puts a hedge between them.
    if (isNumberToken(t) || (t.lower === ONE && (n === 0 || (n === 1 && step === 1 && ONE_HEDGES.has(tokens[k - 1]?.lower ?? ''))))) {
      return step === -1 ? numberStart(tokens, k) : k;
    }
  }
  return undefined;
}

/** Hedges that may stand between "to" and a spelled "one": "to under one day", "to just one". */
const ONE_HEDGES = new Set(['under', 'about', 'around', 'just', 'only', 'nearly', 'almost', 'barely']);

/** Units written after two figures agree, or one of them has none ("from 1.4 to 2 km"). */
function sameUnit(tokens: readonly Token[], before: number, first: number, last: number): boolean {
  const a = unitOf(tokens, extent(tokens, before));
  const b = unitOf(tokens, last);
  return a === '' || b === '' || a === b;
}

/** The unit written onto a figure ("280ms") or as a short word after it ("400 m", "12 kg"). */
function unitOf(tokens: readonly Token[], last: number): string {
  const glued = unitAfter(tokens[last] as Token);
  if (glued !== '') return glued;
  const next = tokens[last + 1];
  return next !== undefined && next.kind === 'word' && next.lower.length <= 3 && !GRAMMAR_WORDS.has(next.lower) ? next.lower : '';
}
