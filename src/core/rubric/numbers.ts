import { IMPACT_STEMS, MEASURED_TIME_STEMS, MEASURE_UNITS, PEOPLE_NOUNS, TIME_UNITS } from './lexicon.js';
import type { Sentence, Token } from './text.js';

/**
 * Numbers in an answer and what they are. Only some numbers are results: a year, a version, how long the project
 * took or how many people were on it set the scene, while "p95 from 1.8 s to 280 ms" or "tickets -42%" measure an
 * outcome.
 */
export const NUMBER_KINDS = ['metric', 'count', 'date', 'version', 'duration', 'headcount', 'quantity'] as const;
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
}

const NUMBER_WORDS = new Map<string, number>([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
  ['thousand', 1000], ['dozen', 12], ['million', 1e6], ['billion', 1e9],
]);
const MAGNITUDES = new Set(['hundred', 'thousand', 'million', 'billion', 'k', 'm', 'bn', 'mm']);
/** Change words that carry their own size. */
const MULTIPLIER_VERBS = new Set(['doubl', 'tripl', 'quadrupl', 'halv']);
const VERSION_CONTEXT = new Set([
  'v', 'version', 'java', 'python', 'node', 'io', 'ios', 'android', 'react', 'angular', 'php', 'ruby', 'go', 'window',
  'macos', 'ubuntu', 'rail', 'spring', 'django', 'vue', 'gen', 'generation', 'release', 'api', 'postgr', 'mysql',
  'typescript', 'es', 'http', 'tl', 'ssl', 'oauth', 'ipv', 'level', 'l', 'tier', 'phase', 'step', 'stage', 'round',
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

export function isNumberToken(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'number' || NUMBER_WORDS.has(token.lower));
}

function unitAfter(token: Token): string {
  // "280ms", "1.8s", "3x", "$45K": the unit written onto the number.
  const match = /[a-zA-Z%]+$/.exec(token.text);
  return match === null ? '' : match[0].toLowerCase();
}

/** Number mentions of one sentence, classified. */
export function findNumbers(sentence: Sentence): NumberMention[] {
  const tokens = sentence.tokens;
  if (!tokens.some((t) => isNumberToken(t) || MULTIPLIER_VERBS.has(t.stem))) return [];
  const mentions: NumberMention[] = [];
  const sentenceImpact = tokens.some((t) => IMPACT_STEMS.has(t.stem) || t.text.startsWith('$') || /^[€£¥]/.test(t.text));
  const changeInSentence = tokens.some((t) => CHANGE_CONTEXT.has(t.stem) || t.signed || t.kind === 'arrow');
  const pairs = beforeAfterPairs(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (MULTIPLIER_VERBS.has(token.stem)) {
      mentions.push(mention(sentence, token, token, 'metric', false, true, sentenceImpact));
      continue;
    }
    if (!isNumberToken(token)) continue;
    let last = i;
    // "2.1 million", "two hundred": a number and its magnitude are one mention; "4.6/5" are two.
    while (MAGNITUDES.has(tokens[last + 1]?.lower ?? '') || (NUMBER_WORDS.has(tokens[last]?.lower ?? '') && NUMBER_WORDS.has(tokens[last + 1]?.lower ?? ''))) last++;
    const lastToken = tokens[last] as Token;
    const kind = classify(tokens, i, last);
    const partner = pairs.get(i);
    const inPair = partner !== undefined;
    const delta =
      inPair ||
      token.signed ||
      (changeInSentence && (kind === 'metric' || kind === 'count') && nearChange(tokens, i, last));
    const finalKind: NumberKind = inPair && (kind === 'quantity' || kind === 'duration' || kind === 'count') ? 'metric' : kind;
    const found = mention(sentence, token, lastToken, finalKind, inPair, delta, sentenceImpact);
    const value = amount(tokens, i, last);
    if (value !== undefined) found.value = value;
    if (partner !== undefined && partner < i) {
      const before = amount(tokens, partner, extent(tokens, partner));
      if (before !== undefined) found.from = before;
    }
    found.time = hasTimeUnit(tokens, last);
    mentions.push(found);
    i = last;
  }
  return mentions;
}

function mention(
  sentence: Sentence,
  first: Token,
  last: Token,
  kind: NumberKind,
  baseline: boolean,
  delta: boolean,
  impact: boolean,
): NumberMention {
  const isResult = kind === 'metric' || kind === 'count';
  return {
    text: first === last ? first.text : sentence.tokens.slice(first.index, last.index + 1).map((t) => t.text).join(' '),
    kind,
    sentence: sentence.index,
    start: first.start,
    end: last.end,
    baseline,
    delta: isResult && delta,
    impact: isResult && impact,
    time: false,
  };
}

/** Index of the last token of the number starting at `first` ("2.1 million" spans two tokens). */
function extent(tokens: readonly Token[], first: number): number {
  let last = first;
  while (MAGNITUDES.has(tokens[last + 1]?.lower ?? '')) last++;
  return last;
}

const SCALE: Readonly<Record<string, number>> = { hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mm: 1e6, billion: 1e9, bn: 1e9, b: 1e9 };

/** The amount written by tokens `first..last`, or undefined for forms it does not read. */
function amount(tokens: readonly Token[], first: number, last: number): number | undefined {
  const token = tokens[first] as Token;
  let value: number | undefined = NUMBER_WORDS.get(token.lower);
  if (value === undefined) {
    const match = /^[$€£¥]?(\d+(?:,\d{3})*(?:\.\d+)?)([a-z%]*)$/i.exec(token.text);
    if (match === null) return undefined;
    value = Number((match[1] ?? '').replace(/,/g, ''));
    const suffix = (match[2] ?? '').toLowerCase();
    if (SCALE[suffix] !== undefined) value *= SCALE[suffix];
  }
  for (let k = first + 1; k <= last; k++) value *= SCALE[(tokens[k] as Token).lower] ?? 1;
  return Number.isFinite(value) ? value : undefined;
}

function hasTimeUnit(tokens: readonly Token[], last: number): boolean {
  const suffix = unitAfter(tokens[last] as Token);
  const next = tokens[last + 1];
  return (suffix !== '' && TIME_UNITS.has(suffix)) || (next !== undefined && TIME_UNITS.has(next.stem));
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
  if (/^\d+\.\d+\.\d+/.test(text) || (prev !== undefined && VERSION_CONTEXT.has(prev.stem))) return 'version';
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

/** A change word within a few tokens of the number, so "cut costs by 30%" counts but a stray "up" far away does not. */
function nearChange(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - 6); k <= Math.min(tokens.length - 1, last + 4); k++) {
    const t = tokens[k] as Token;
    if (CHANGE_CONTEXT.has(t.stem) || t.kind === 'arrow') return true;
  }
  return false;
}

/** Token indices of numbers in "from X to Y" and "X -> Y" pairs; each maps to the index of its partner. */
function beforeAfterPairs(tokens: readonly Token[]): Map<number, number> {
  const indices = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'arrow') {
      const before = nearestNumber(tokens, i - 1, -1);
      const after = nearestNumber(tokens, i + 1, 1);
      if (before !== undefined && after !== undefined) {
        indices.set(before, after);
        indices.set(after, before);
      }
    } else if (t.lower === 'from') {
      const before = nearestNumber(tokens, i + 1, 1);
      if (before === undefined) continue;
      for (let k = before + 1; k < Math.min(tokens.length, before + 7); k++) {
        if (tokens[k]?.lower !== 'to') continue;
        const after = nearestNumber(tokens, k + 1, 1);
        if (after !== undefined) {
          indices.set(before, after);
          indices.set(after, before);
        }
        break;
      }
    }
  }
  return indices;
}

/** The first number within three tokens in a direction, skipping words like "about", "under", "just". */
function nearestNumber(tokens: readonly Token[], from: number, step: 1 | -1): number | undefined {
  for (let k = from, n = 0; k >= 0 && k < tokens.length && n < 4; k += step, n++) {
    const t = tokens[k] as Token;
    if (isNumberToken(t)) {
      // Walk back to the first token of a multi-token number ("2.1 million").
      let start = k;
      while (step === -1 && start > 0 && isNumberToken(tokens[start - 1])) start--;
      return start;
    }
  }
  return undefined;
}
