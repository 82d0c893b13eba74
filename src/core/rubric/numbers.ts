import { IMPACT_STEMS, IRREGULAR_PAST, MEASURED_TIME_STEMS, MEASURE_UNITS, PEOPLE_NOUNS, TIME_UNITS } from './lexicon.js';
import { stem, type Sentence, type Token } from './text.js';

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

const NUMBER_WORDS = new Map<string, number>([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['thousand', 1000], ['dozen', 12],
  ['million', 1e6], ['billion', 1e9],
]);
/**
 * "one" is mostly not an amount ("one of the", "on one hand", "one day"); it is read as one only where a change or a
 * magnitude needs it ("from three days to one", "one hundred").
 */
const ONE = 'one';
const MAGNITUDES = new Set(['hundred', 'thousand', 'million', 'billion', 'k', 'm', 'bn', 'mm']);
/** Change words that carry their own size. */
const MULTIPLIER_VERBS = new Set(['doubl', 'tripl', 'quadrupl', 'halv']);
/** "in half", "by a third": a fraction after these prepositions sizes a change. */
const FRACTIONS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth']);
const DETERMINERS = new Set(['the', 'our', 'its', 'their', 'my', 'his', 'her', 'your', 'this', 'that', 'what', 'a', 'an']);
const VERSION_CONTEXT = new Set([
  'v', 'version', 'java', 'python', 'node', 'io', 'ios', 'android', 'react', 'angular', 'php', 'ruby', 'go', 'window',
  'macos', 'ubuntu', 'rail', 'spring', 'django', 'vue', 'gen', 'generation', 'release', 'api', 'postgr', 'mysql',
  'typescript', 'es', 'http', 'tl', 'ssl', 'oauth', 'ipv', 'level', 'l', 'tier', 'phase', 'step', 'stage', 'round',
]);
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Words that can follow a product name and its version: the number is not counting a noun after it. */
const GRAMMAR_WORDS = new Set([
  'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'by', 'with', 'the', 'a', 'an', 'as', 'from', 'that',
  'which', 'so', 'than', 'when', 'was', 'were', 'is', 'are', 'had', 'has', 'it', 'we', 'i', 'they', 'while', 'because',
  'after', 'before', 'until', 'into', 'onto', 'over', 'across', 'then',
]);
const PEOPLE_ADJECTIVES = new Set([
  'other', 'senior', 'junior', 'different', 'new', 'full', 'backend', 'frontend', 'front', 'end', 'more', 'extra',
  'dedicated', 'core', 'product', 'software', 'data', 'support', 'qa', 'direct', 'remote', 'offshore', 'key', 'of',
]);
const AHEAD_WORDS = new Set(['early', 'earlier', 'ahead', 'faster', 'sooner', 'saved', 'late', 'later', 'quicker', 'less', 'fewer', 'shorter', 'longer', 'more']);
const CHANGE_CONTEXT = new Set([
  'reduc', 'cut', 'drop', 'decreas', 'lower', 'increas', 'rais', 'grew', 'grow', 'improv', 'boost', 'save', 'sav',
  'recover', 'shrank', 'fell', 'went', 'exceed', 'beat', 'eliminat', 'lift', 'gain', 'down', 'up', 'climb', 'rose',
  'jump', 'shav', 'by', 'reduction', 'improvement', 'increase', 'growth', 'saving', 'faster', 'fewer', 'less',
  'lower', 'higher', 'under', 'below', 'shorter', 'sped',
]);

/** Words after an hour that make it a time of day: "10 pm", "5 o'clock". */
const CLOCK_WORDS = new Set(['am', 'pm', "o'clock", 'oclock']);

/** What follows "a hundred percent" when it means certainty or effort, not a reading of anything. */
const CERTAINTY_WORDS = new Set([
  'sure', 'certain', 'confident', 'committed', 'convinced', 'right', 'behind', 'honest', 'invested', 'focused', 'true',
  'correct', 'positive', 'serious', 'clear', 'aligned', 'agree', 'agreed', 'onboard',
]);
const EFFORT_VERBS = new Set(['give', 'gave', 'giving', 'gives', 'agree', 'agreed', 'put', 'putting']);
/** "a hundred times faster" measures; "I told them a hundred times" does not. */
const COMPARATIVES = new Set(['faster', 'more', 'less', 'fewer', 'higher', 'lower', 'bigger', 'smaller', 'larger', 'cheaper', 'better', 'over', 'as', 'quicker', 'slower']);

/** Stems that open a goal when "to" follows: "aimed to", "planned to", "asked the nurses to", "hoped to". */
const GOAL_VERBS = new Set(
  ['aim', 'plan', 'hope', 'want', 'intend', 'expect', 'try', 'need', 'ask', 'promise', 'commit', 'strive', 'mean', 'meant', 'wish', 'set', 'task'].map(stem),
);
/** Nouns that name a goal when a figure, "to" or "of" follows: "the target was 95%", "a goal of 20 accounts". */
const GOAL_NOUNS = new Set(['goal', 'target', 'objective', 'aim', 'plan', 'ambition', 'task', 'mandate', 'quota', 'kpi', 'okr', 'mission'].map(stem));
/** Words a goal verb's object is made of before its "to": "asked the night nurses to". */
const OBJECT_WORDS = new Set(['me', 'us', 'them', 'him', 'her', 'myself', 'ourselves', 'the', 'my', 'our', 'each', 'every', 'all']);
const MODALS = new Set(['would', 'will', 'shall', 'might', 'should', 'must', 'wanna', 'gonna']);
const CONDITIONALS = new Set(['if', 'unless']);
const SUBJECTS = new Set(['i', 'we', 'they', 'it', 'he', 'she', 'this', 'that', 'our', 'my', 'their', 'everyone', 'which']);
const CONTRAST_WORDS = new Set(['but', 'however', 'instead', 'yet', 'although', 'though', 'whereas', 'actually']);
const LINKING_WORDS = new Set(['and', 'so', 'then', 'when', 'after', 'because', 'until', 'once']);

export function isNumberToken(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'number' || NUMBER_WORDS.has(token.lower));
}

/** A number token, "one" included; whether "one" is an amount is decided where it stands. */
function isNumeral(token: Token | undefined): boolean {
  return isNumberToken(token) || token?.lower === ONE;
}

function unitAfter(token: Token): string {
  // "280ms", "1.8s", "3x", "$45K": the unit written onto the number.
  const match = /[a-zA-Z%]+$/.exec(token.text);
  return match === null ? '' : match[0].toLowerCase();
}

/** Two tokens written one character apart: "v2.3", "6:30", but also "$900 million" (the character is not kept). */
function glued(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && right.start === left.end + 1;
}

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
  if (!tokens.some((t) => isNumeral(t) || MULTIPLIER_VERBS.has(t.stem) || FRACTIONS.has(t.lower))) return [];
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
  if (!isNumeral(token) || reading.figures.has(i)) return undefined;
  if (token.lower === ONE && !pairs.has(i) && !isAmountOne(tokens, i)) return undefined;
  const clock = clockExtent(tokens, i);
  if (clock !== undefined) return { mention: mention(sentence, i, clock, 'clock', NOT_A_RESULT), last: clock };
  const version = versionStart(tokens, i);
  const last = extent(tokens, i);
  const end = pairs.get(i);
  const partner = end?.partner;
  const kind = version !== undefined ? 'version' : pairKind(tokens, i, partner) ?? classify(tokens, i, last);
  if (kind === 'version' || kind === 'clock') {
    return { mention: mention(sentence, version ?? i, last, kind, NOT_A_RESULT), last };
  }
  const inPair = partner !== undefined;
  const delta =
    inPair || token.signed || (reading.change && (kind === 'metric' || kind === 'count') && nearChange(tokens, i, last));
  const finalKind: NumberKind = inPair && (kind === 'quantity' || kind === 'duration' || kind === 'count') ? 'metric' : kind;
  const found = mention(sentence, i, last, finalKind, { baseline: inPair, delta, impact: reading.impact, goal, relative: !inPair && delta && isRelativeChange(tokens, i, last) });
  const value = amount(tokens, i, last);
  if (value !== undefined) found.value = value;
  if (partner !== undefined && end?.isNew === true) {
    const before = amount(tokens, partner, extent(tokens, partner));
    if (before !== undefined) found.from = before;
  }
  found.time = hasTimeUnit(tokens, last);
  return { mention: found, last };
}

/** What the sentence says about one mention, before its kind decides which of these count. */
interface MentionFlags {
  baseline: boolean;
  delta: boolean;
  impact: boolean;
  goal: boolean;
  relative: boolean;
}

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

/** Index of the last token of the number starting at `first` ("2.1 million", "twenty-five" span two tokens). */
function extent(tokens: readonly Token[], first: number): number {
  let last = first;
  while (MAGNITUDES.has(tokens[last + 1]?.lower ?? '') || (isWordNumber(tokens[last]) && isWordNumber(tokens[last + 1]))) last++;
  return last;
}

function isWordNumber(token: Token | undefined): boolean {
  return token !== undefined && (NUMBER_WORDS.has(token.lower) || token.lower === ONE);
}

const SCALE: Readonly<Record<string, number>> = { hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mm: 1e6, billion: 1e9, bn: 1e9, b: 1e9 };

/** The amount written by tokens `first..last`, or undefined for forms it does not read. */
function amount(tokens: readonly Token[], first: number, last: number): number | undefined {
  const token = tokens[first] as Token;
  if (isWordNumber(token)) return wordsAmount(tokens, first, last);
  const match = /^[$€£¥]?(\d+(?:,\d{3})*(?:\.\d+)?)([a-z%]*)$/i.exec(token.text);
  if (match === null) return undefined;
  let value = Number((match[1] ?? '').replace(/,/g, ''));
  const suffix = (match[2] ?? '').toLowerCase();
  if (SCALE[suffix] !== undefined) value *= SCALE[suffix];
  for (let k = first + 1; k <= last; k++) value *= SCALE[(tokens[k] as Token).lower] ?? 1;
  return Number.isFinite(value) ? value : undefined;
}

/** "twenty five" = 25, "two hundred" = 200, "three thousand four hundred" = 3400. */
function wordsAmount(tokens: readonly Token[], first: number, last: number): number {
  let total = 0;
  let current = 0;
  for (let k = first; k <= last; k++) {
    const word = (tokens[k] as Token).lower;
    const value = word === ONE ? 1 : NUMBER_WORDS.get(word) ?? 0;
    if (word === 'hundred' || word === 'dozen') current = (current || 1) * value;
    else if (value >= 1000) {
      total += (current || 1) * value;
      current = 0;
    } else current += value;
  }
  return total + current;
}

function hasTimeUnit(tokens: readonly Token[], last: number): boolean {
  const suffix = unitAfter(tokens[last] as Token);
  const next = tokens[last + 1];
  return (suffix !== '' && TIME_UNITS.has(suffix)) || (next !== undefined && TIME_UNITS.has(next.stem));
}

/** A unit written onto the number or right after it ("40 minutes", "12 deals", "3.1%"). */
function hasUnit(tokens: readonly Token[], last: number): boolean {
  const token = tokens[last] as Token;
  const next = tokens[last + 1];
  if (unitAfter(token) !== '' || /^[$€£¥]/.test(token.text)) return true;
  return next !== undefined && (TIME_UNITS.has(next.stem) || MEASURE_UNITS.has(next.stem) || next.lower === 'per' || next.lower === 'a');
}

function classify(tokens: readonly Token[], first: number, last: number): NumberKind {
  const token = tokens[first] as Token;
  const lastToken = tokens[last] as Token;
  const text = token.text;
  const suffix = unitAfter(lastToken);
  const next = tokens[last + 1];
  const afterNext = tokens[last + 2];
  const prev = tokens[first - 1];
  const prevPrev = tokens[first - 2];
  if (/^[$€£¥]/.test(text) || suffix === '%' || suffix === 'x' || /^(?:k|m|bn|mm)$/.test(suffix)) return 'metric';
  if (suffix === 'ms' || suffix === 'us' || suffix === 'rps' || suffix === 'qps' || suffix === 'gb' || suffix === 'tb') {
    return 'metric';
  }
  if (/^\d+(?:st|nd|rd|th)$/.test(text)) return 'date';
  if (/^(?:19|20)\d\d$/.test(text) && suffix === '' && (next === undefined || !MEASURE_UNITS.has(next.stem))) return 'date';
  if (prev !== undefined && MONTHS.has(prev.lower) && /^[A-Z]/.test(prev.text) && /^\d{1,2}$/.test(text)) return 'date';
  if (next !== undefined && ['percent', 'pct', 'percentage', 'x', 'fold', 'times', 'dollar', 'dollars', 'star', 'stars', 'point', 'points', 'pp', 'bp'].includes(next.lower)) {
    return 'metric';
  }
  if (next !== undefined && MAGNITUDES.has(next.lower)) return 'metric';
  // "5 senior engineers", "two Stanford grads": one adjective or proper noun may stand before the people noun.
  const noun = next !== undefined && (PEOPLE_ADJECTIVES.has(next.lower) || /^[A-Z][a-z]/.test(next.text)) ? afterNext : next;
  if (noun !== undefined && PEOPLE_NOUNS.has(noun.stem) && !(noun.stem === 'lead' && isMeasuredLead(tokens, last))) {
    return 'headcount';
  }
  if (prev?.lower === 'of' && prevPrev !== undefined && PEOPLE_NOUNS.has(prevPrev.stem)) return 'headcount';
  const timeUnit = suffix !== '' && TIME_UNITS.has(suffix) ? suffix : next !== undefined && TIME_UNITS.has(next.stem) ? next.stem : '';
  if (timeUnit !== '') return measuredDuration(tokens, first, last, timeUnit !== suffix) ? 'metric' : 'duration';
  if (next !== undefined && MEASURE_UNITS.has(next.stem)) return isRate(tokens, last + 2) ? 'metric' : 'count';
  if (next?.lower === 'per' || (next?.lower === 'a' && afterNext !== undefined && TIME_UNITS.has(afterNext.stem))) return 'metric';
  return 'quantity';
}

/**
 * The first token of a version number starting at `first`, or undefined when it is not one: "3.2.1", "version 3",
 * "v2.3" (the tokenizer splits it after "v2"), or a number right after a product's name ("Kubernetes 1.27", "iOS 17",
 * "SAP 4.7") that counts nothing after it.
 */
function versionStart(tokens: readonly Token[], first: number, afterTo = true): number | undefined {
  const token = tokens[first] as Token;
  const prev = tokens[first - 1];
  if (/^\d+\.\d+\.\d+/.test(token.text)) return first;
  if (prev === undefined) return undefined;
  if (VERSION_CONTEXT.has(prev.stem) && unitAfter(token) === '') return first;
  // "Postgres 12 to 15": the number after "to" is a version when the one before it is one by its own name.
  if (afterTo && prev.lower === 'to' && isNumberToken(tokens[first - 2]) && versionStart(tokens, first - 2, false) !== undefined) return first;
  if (glued(prev, token) && /^v\d+$/i.test(prev.text) && /^\d+$/.test(token.text)) return first - 1;
  if (!/^\d+(?:\.\d+)?$/.test(token.text) || !countsNothing(tokens[first + 1])) return undefined;
  // A capitalised word inside the sentence is a name; at its start it may just be the first word ("Tickets 1,400").
  const titleName = prev.index > 0 && /^[A-Z][a-z]+[A-Za-z]*$/.test(prev.text) && !MONTHS.has(prev.lower);
  const mixedCaseName = /^[a-z]+[A-Z][A-Za-z]*$/.test(prev.text);
  const acronymWithRelease = /^[A-Z]{2,5}$/.test(prev.text) && token.text.includes('.') && !isMeasureName(prev);
  return titleName || mixedCaseName || acronymWithRelease ? first : undefined;
}

function isMeasureName(token: Token): boolean {
  return IMPACT_STEMS.has(token.stem) || MEASURE_UNITS.has(token.stem) || MEASURED_TIME_STEMS.has(token.stem);
}

/** After a version number comes grammar, punctuation or another name, not the thing being counted. */
function countsNothing(next: Token | undefined): boolean {
  return next === undefined || next.kind !== 'word' || GRAMMAR_WORDS.has(next.lower) || /^[A-Z]/.test(next.text);
}

/**
 * The last token of a time of day starting at `first`: "8am", "10 pm", "5 o'clock", "6:30", "Friday 18:00", "at
 * two". Two digits written right after an hour are minutes unless a unit follows ("10-15 minutes" is a range).
 */
function clockExtent(tokens: readonly Token[], first: number): number | undefined {
  const token = tokens[first] as Token;
  if (NUMBER_WORDS.has(token.lower)) return isHourAfterAt(tokens, first) ? first : undefined;
  const hours = /^(\d{1,2})(am|pm)?$/i.exec(token.text);
  if (hours === null || Number(hours[1]) > 24) return undefined;
  if (hours[2] !== undefined) return first;
  const next = tokens[first + 1];
  if (next !== undefined && CLOCK_WORDS.has(next.lower)) return first + 1;
  const minutes = next !== undefined && glued(token, next) ? /^([0-5]\d)(am|pm)?$/i.exec(next.text) : null;
  if (minutes === null) return isHourAfterAt(tokens, first) ? first : undefined;
  const after = tokens[first + 2];
  if (minutes[2] !== undefined) return first + 1;
  if (after !== undefined && CLOCK_WORDS.has(after.lower)) return first + 2;
  // "10-15 minutes" is a range of an amount, not a time of day.
  return hasUnit(tokens, first + 1) ? undefined : first + 1;
}

/**
 * "at two", "until 7", "half past six": an hour of the clock with nothing counted after it. "Defects stayed at 3"
 * gives a level, not a time.
 */
function isHourAfterAt(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1]?.lower ?? '';
  const value = amount(tokens, at, at);
  if (!['at', 'until', 'till', 'past'].includes(prev) || value === undefined || !Number.isInteger(value) || value < 1 || value > 12) return false;
  if (LEVEL_VERBS.has(tokens[at - 2]?.lower ?? '')) return false;
  return !hasUnit(tokens, at) && countsNothing(tokens[at + 1]) && !/[.,]/.test((tokens[at] as Token).text);
}

const LEVEL_VERBS = new Set(['stayed', 'stays', 'held', 'holds', 'remained', 'remains', 'sat', 'sits', 'peaked', 'settled', 'capped', 'steady', 'stable', 'was', 'were', 'is', 'are', 'hovered', 'stood', 'stands', 'flat']);

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

/**
 * "from 9 to 5", "a 9-to-5 job", "shifts ran 7 to 7": two bare hours with no change word before them are a span of
 * the day. "Mis-picks went from 9 to 5 a day" has a change word and a unit; "2 to 3 weeks" has a unit.
 */
function isHourSpan(tokens: readonly Token[], left: number, right: number): boolean {
  if (left < 0 || right >= tokens.length || (right === left + 2 && tokens[left + 1]?.lower !== 'to')) return false;
  const isHour = (k: number) => {
    const token = tokens[k] as Token;
    const value = isNumberToken(token) ? amount(tokens, k, k) : undefined;
    return value !== undefined && Number.isInteger(value) && value >= 1 && value <= 24 && !/[.,]/.test(token.text);
  };
  if (!isHour(left) || !isHour(right) || hasUnit(tokens, left)) return false;
  // "a 9-to-5 job": written as one hyphenated word, the span describes the noun after it rather than counting it.
  const hyphenated = right === left + 2 && glued(tokens[left], tokens[left + 1]) && glued(tokens[left + 1], tokens[right]);
  if (!hyphenated && hasUnit(tokens, right)) return false;
  for (let k = Math.max(0, left - 7); k < left; k++) if (CHANGE_CONTEXT.has((tokens[k] as Token).stem)) return false;
  return true;
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
  if (suffix !== '%' && suffix !== 'x' && !unitWord) return false;
  // A multiple is always relative to what came before; a percentage may be an end state, "3 times" a count of visits.
  if (token.signed || suffix === 'x' || tokens[last + 1]?.lower === 'x' || tokens[last + 1]?.lower === 'fold') return true;
  // "by over 50%", "cut nearly 30%": the change word may stand before an approximation.
  let before = first - 1;
  while (before > first - 3 && APPROXIMATIONS.has(tokens[before]?.lower ?? '')) before--;
  const prev = tokens[before];
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

/**
 * Small words that mark a change only right next to the number: "cut by 30%", "up 12%", "to under 400 ms", "4% under
 * forecast". Anywhere else they mean something else: "checked a sample by hand", "orders under £80" (a threshold).
 */
const POSITIONAL_CHANGE = new Set(['by', 'up', 'down', 'under', 'below']);
const THRESHOLD_WORDS = new Set(['under', 'below']);

/** A change word within a few tokens of the number, so "cut costs by 30%" counts but a stray "up" far away does not. */
function nearChange(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - 6); k <= Math.min(tokens.length - 1, last + 4); k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'arrow') return true;
    if (!CHANGE_CONTEXT.has(t.stem)) continue;
    if (!POSITIONAL_CHANGE.has(t.stem)) return true;
    if (k === last + 1 && t.stem !== 'by') return true;
    // "brought it down to 12 minutes", "up to 98%".
    if (k === first - 2 && tokens[first - 1]?.lower === 'to' && t.stem !== 'by') return true;
    if (k !== first - 1) continue;
    // "under £80" is a threshold unless something moved to it: "to under", "got it under", "fell below".
    const before = tokens[k - 1];
    if (!THRESHOLD_WORDS.has(t.stem) || (before !== undefined && (before.lower === 'to' || before.lower === 'got' || before.lower === 'brought' || CHANGE_CONTEXT.has(before.stem)))) return true;
  }
  return false;
}

/**
 * "doubled", "halving", "double the number", "double revenue": a multiplier used as a verb. "a double shift" (after
 * an article), "double-checked", "double-booking", "double check" and "doubled down" use the word for something else.
 */
function isMultiplier(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (!MULTIPLIER_VERBS.has(token.stem)) return false;
  const next = tokens[at + 1];
  if (next !== undefined && (next.lower === 'down' || next.lower === 'back' || next.stem === 'check' || /(?:ed|ing)$/.test(next.lower))) return false;
  return /(?:ed|ing|es)$/.test(token.lower) || !DETERMINERS.has(tokens[at - 1]?.lower ?? '');
}

/** "cut in half", "by half", "by a third": a fraction that sizes a change near a change word. */
function fractionChange(tokens: readonly Token[], at: number): { first: number; last: number } | undefined {
  const token = tokens[at] as Token;
  if (!FRACTIONS.has(token.lower)) return undefined;
  const prev = tokens[at - 1];
  const first =
    prev?.lower === 'in' && token.lower === 'half' ? at - 1
    : prev?.lower === 'by' ? at - 1
    : prev?.lower === 'a' && tokens[at - 2]?.lower === 'by' ? at - 2
    : undefined;
  if (first === undefined || !nearChange(tokens, first, at)) return undefined;
  return { first, last: at };
}

/** "to one", "just one", "now they take one", "one hundred": where "one" is an amount. */
function isAmountOne(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (next !== undefined && MAGNITUDES.has(next.lower)) return true;
  const prev = tokens[at - 1]?.lower ?? '';
  const countedAfter = next === undefined || next.kind !== 'word' || TIME_UNITS.has(next.stem) || MEASURE_UNITS.has(next.stem) || GRAMMAR_WORDS.has(next.lower);
  if (!countedAfter || next?.lower === 'of') return false;
  // "it took one", "now they take one": the whole complement of a verb of measure, with nothing after it.
  if (MEASURE_VERBS.has(prev) && (next === undefined || next.kind !== 'word')) return true;
  return (prev === 'to' || prev === 'just' || prev === 'only') && nearChange(tokens, at, at);
}

const MEASURE_VERBS = new Set(['take', 'takes', 'took', 'was', 'is', 'were', 'are', 'averaged', 'averages', 'needs', 'needed']);

/**
 * Token indices of numbers used as figures of speech: certainty or effort ("a hundred percent sure", "gave it
 * 110%") and hyperbole ("a million questions", "told them a hundred times", "one in a million"). A number that reads
 * a measure ("100% of orders", "a thousand customers", "a hundred times faster") is kept.
 */
function figuresOfSpeech(tokens: readonly Token[]): Set<number> {
  const figures = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const spelledPercent = (token.lower === '100' || token.lower === '110' || token.lower === 'hundred') && tokens[i + 1]?.lower === 'percent';
    if (/^1[01]0%$/.test(token.text) || spelledPercent) {
      const last = spelledPercent ? i + 1 : i;
      const start = token.lower === 'hundred' && (tokens[i - 1]?.lower === 'a' || tokens[i - 1]?.lower === ONE) ? i - 1 : i;
      const after = tokens[last + 1];
      let effort = false;
      for (let k = Math.max(0, start - 3); k < start; k++) if (EFFORT_VERBS.has((tokens[k] as Token).lower)) effort = true;
      if ((after !== undefined && CERTAINTY_WORDS.has(after.lower)) || effort) for (let k = start; k <= last; k++) figures.add(k);
      continue;
    }
    if (token.kind !== 'word' || !MAGNITUDES.has(token.lower) || tokens[i - 1]?.lower !== 'a') continue;
    // "one in a million", "not in a million years".
    if (tokens[i - 2]?.lower === 'in') {
      figures.add(i);
      continue;
    }
    const noun = tokens[i + 1];
    if (noun === undefined || noun.kind !== 'word' || MAGNITUDES.has(noun.lower) || noun.lower === 'percent') continue;
    const hyperbole =
      noun.lower === 'times'
        ? !COMPARATIVES.has(tokens[i + 2]?.lower ?? '')
        : !MEASURE_UNITS.has(noun.stem) && !IMPACT_STEMS.has(noun.stem) && !PEOPLE_NOUNS.has(noun.stem) && !TIME_UNITS.has(noun.stem) && !/^dollar/.test(noun.lower);
    if (hyperbole) figures.add(i);
  }
  return figures;
}

/**
 * For each token, whether it stands in a goal or hypothetical clause: after a modal ("I would", "we'll"), a goal
 * verb with its "to" ("aimed to", "asked the nurses to"), a goal noun with its figure ("the target was 95%", "a goal
 * of 20"), "in order to", or an "if". The clause ends where a contrast or a new subject takes over ("..., but we
 * reached 97%", "and it fell"), so a result told in the same sentence is still a result.
 */
function goalClauses(tokens: readonly Token[]): boolean[] {
  const inGoal: boolean[] = new Array<boolean>(tokens.length).fill(false);
  let goal = false;
  let conditionalAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (goal && endsGoalClause(tokens, i, conditionalAt)) {
      goal = false;
      conditionalAt = -1;
    }
    if (opensGoalClause(tokens, i)) goal = true;
    if (CONDITIONALS.has(token.lower)) {
      goal = true;
      conditionalAt = i;
    }
    inGoal[i] = goal;
  }
  return inGoal;
}

function opensGoalClause(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (token.kind !== 'word') return false;
  if (MODALS.has(token.lower) || token.lower.endsWith("'ll")) return true;
  if (token.lower === 'may' && token.text === 'may') return true;
  // "I'd cut it" is a hypothetical; "I'd already cut it" or "we'd reduced it" is a past perfect.
  if (token.lower.endsWith("'d")) return next !== undefined && !isPastForm(next) && !(next.lower === 'already' || next.lower === 'been');
  if (token.lower === 'going' && next?.lower === 'to' && /^(?:am|is|are|was|were|i'm|we're|they're|he's|she's)$/.test(tokens[i - 1]?.lower ?? '')) return true;
  if (token.lower === 'order' && next?.lower === 'to' && tokens[i - 1]?.lower === 'in') return true;
  if (GOAL_VERBS.has(token.stem)) {
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.lower === 'to' || (t.lower === 'out' && tokens[k + 1]?.lower === 'to')) return true;
      if (!OBJECT_WORDS.has(t.lower) && (t.kind !== 'word' || k > i + 2)) return false;
    }
    return false;
  }
  if (GOAL_NOUNS.has(token.stem)) {
    for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (isNumeral(t) || t.lower === 'to' || t.lower === 'of') return true;
      if (!['was', 'is', 'were', 'be', 'being', 'set', 'stood'].includes(t.lower)) return false;
    }
  }
  return false;
}

function endsGoalClause(tokens: readonly Token[], i: number, conditionalAt: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (CONTRAST_WORDS.has(token.lower)) return true;
  if (LINKING_WORDS.has(token.lower) && next !== undefined && (SUBJECTS.has(next.lower) || isPastForm(next))) return true;
  // "it should take 2 days; it took 9": a subject with a past verb reports what happened. The subject right after an
  // "if" belongs to the condition itself.
  if (i !== conditionalAt + 1 && SUBJECTS.has(token.lower) && next !== undefined && isPastForm(next)) return true;
  // "If I did it again I would...": the main clause starts at its own subject.
  return conditionalAt >= 0 && i > conditionalAt + 1 && (token.lower === 'i' || token.lower === 'we' || token.lower === 'they');
}

function isPastForm(token: Token): boolean {
  return IRREGULAR_PAST.has(token.lower) || (token.kind === 'word' && token.lower.length > 4 && token.lower.endsWith('ed'));
}

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
 * Token indices of numbers in "from X to Y", "X -> Y" and "Y, up from X" pairs, each mapped to its partner. Each
 * "from" or arrow looks only a few tokens around it, so the scan is linear.
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
      const before = nearestNumber(tokens, i + 1, 1);
      if (before === undefined) continue;
      let after: number | undefined;
      for (let k = before + 1; k < Math.min(tokens.length, before + 7); k++) {
        if (tokens[k]?.lower !== 'to') continue;
        after = nearestNumber(tokens, k + 1, 1);
        break;
      }
      // "reached 100% in May, up from 91%": with no "to", the new value came before.
      const prev = tokens[i - 1]?.lower;
      if (after === undefined && (prev === 'up' || prev === 'down')) after = nearestNumberBefore(tokens, i - 2);
      if (after !== undefined) link(indices, before, after);
    }
  }
  return indices;
}

/** The first token of the closest number within eight tokens before `from`: the new value of "X, up from Y". */
function nearestNumberBefore(tokens: readonly Token[], from: number): number | undefined {
  for (let k = from; k >= 0 && k > from - 8; k--) {
    if (!isNumberToken(tokens[k])) continue;
    return numberStart(tokens, k);
  }
  return undefined;
}

/** Walks back to the first token of a multi-token number ("2.1 million", "twenty five"); no number spans more than four. */
function numberStart(tokens: readonly Token[], at: number): number {
  let start = at;
  while (start > 0 && start > at - 4 && isNumeral(tokens[start - 1])) start--;
  return start;
}

/** The first number within three tokens in a direction, skipping words like "about", "under", "just". */
function nearestNumber(tokens: readonly Token[], from: number, step: 1 | -1): number | undefined {
  for (let k = from, n = 0; k >= 0 && k < tokens.length && n < 4; k += step, n++) {
    const t = tokens[k] as Token;
    // "one" is a number here only right next to "from", "to" or the arrow: "from one team to another" is not a pair.
    if (isNumberToken(t) || (t.lower === ONE && n === 0)) {
      return step === -1 ? numberStart(tokens, k) : k;
    }
  }
  return undefined;
}
