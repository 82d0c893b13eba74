import { CURRENCY_CODES, IMPACT_STEMS, MEASURED_TIME_STEMS, MEASURE_UNITS, PEOPLE_NOUNS, TIME_UNITS } from './lexicon.js';
import { CURRENCY_SIGNS, CURRENCY_START, GLUED_CURRENCY_LETTERS, type Token } from './text.js';

/**
 * How a figure is written and what it is not. Number words and written-out amounts ("twenty five", "$2.1M") are read
 * here, and so are the forms that are not results: a time of day, a version, a figure of speech. The change words,
 * multipliers and fractions that size a change ("cut by 30%", "doubled", "cut in half") are recognised here too.
 */

const NUMBER_WORDS = new Map<string, number>([
  ['zero', 0],
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
export const ONE = 'one';
/** Words that scale the figure before them; "lakh" and "crore" as South Asia writes them (1e5, 1e7). */
export const MAGNITUDES = new Set(['hundred', 'thousand', 'million', 'billion', 'k', 'm', 'bn', 'mm', 'lakh', 'lakhs', 'crore', 'crores']);
/** Change words that carry their own size. */
export const MULTIPLIER_VERBS = new Set(['doubl', 'tripl', 'quadrupl', 'halv']);
/** "in half", "by a third": a fraction after these prepositions sizes a change. */
export const FRACTIONS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth']);
export const DETERMINERS = new Set(['the', 'our', 'its', 'their', 'my', 'his', 'her', 'your', 'this', 'that', 'what', 'a', 'an']);
const VERSION_CONTEXT = new Set([
  'v', 'version', 'java', 'python', 'node', 'io', 'ios', 'android', 'react', 'angular', 'php', 'ruby', 'go', 'window',
  'macos', 'ubuntu', 'rail', 'spring', 'django', 'vue', 'gen', 'generation', 'release', 'api', 'postgr', 'mysql',
  'typescript', 'es', 'http', 'tl', 'ssl', 'oauth', 'ipv', 'level', 'l', 'tier', 'phase', 'step', 'stage', 'round',
  // Stems: "firmware 4.2", "software 11", "revision 3", "edition 2".
  'firmwar', 'softwar', 'revision', 'edition', 'os',
]);
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Words that can follow a product name and its version: the number is not counting a noun after it. */
export const GRAMMAR_WORDS = new Set([
  'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'by', 'with', 'the', 'a', 'an', 'as', 'from', 'that',
  'which', 'so', 'than', 'when', 'was', 'were', 'is', 'are', 'had', 'has', 'it', 'we', 'i', 'they', 'while', 'because',
  'after', 'before', 'until', 'into', 'onto', 'over', 'across', 'then',
]);

export const CHANGE_CONTEXT = new Set([
  'reduc', 'cut', 'drop', 'decreas', 'lower', 'increas', 'rais', 'grew', 'grow', 'improv', 'boost', 'save', 'sav',
  'recover', 'shrank', 'fell', 'went', 'exceed', 'beat', 'eliminat', 'lift', 'gain', 'down', 'up', 'climb', 'rose',
  'jump', 'shav', 'by', 'reduction', 'improvement', 'increase', 'growth', 'saving', 'faster', 'fewer', 'less',
  'lower', 'higher', 'under', 'below', 'shorter', 'sped',
  // A span of time or reach made longer or shorter: "extended the display time by a third", "shortened the wait by half".
  'extend', 'shorten', 'lengthen', 'widen', 'narrow', 'stretch',
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

export function isNumberToken(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'number' || NUMBER_WORDS.has(token.lower));
}

/** A number token, "one" included; whether "one" is an amount is decided where it stands. */
export function isNumeral(token: Token | undefined): boolean {
  return isNumberToken(token) || token?.lower === ONE;
}

export function unitAfter(token: Token): string {
  // "280ms", "1.8s", "3x", "$45K": the unit written onto the number.
  const match = /[a-zA-Z%]+$/.exec(token.text);
  return match === null ? '' : match[0].toLowerCase();
}

/** Two tokens written one character apart: "v2.3", "6:30", but also "$900 million" (the character is not kept). */
export function glued(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && right.start === left.end + 1;
}

/** Index of the last token of the number starting at `first` ("2.1 million", "twenty-five" span two tokens). */
export function extent(tokens: readonly Token[], first: number): number {
  let last = first;
  while (isMagnitude(tokens, first, last + 1) || (isWordNumber(tokens[last]) && isWordNumber(tokens[last + 1]))) last++;
  return last;
}

/** Magnitudes written as one letter, which after a plain number with a space are units: "400 m" is metres. */
const LETTER_MAGNITUDES = new Set(['k', 'm', 'mm', 'bn']);

/**
 * Whether the token at `at` scales the number starting at `first`: "2.1 million", "£3 m", "$40 k". After a plain
 * number a letter is a unit ("400 m", "12 k" of steps is rare enough to read as a unit too).
 */
export function isMagnitude(tokens: readonly Token[], first: number, at: number): boolean {
  const token = tokens[at];
  if (token === undefined || !MAGNITUDES.has(token.lower)) return false;
  return !LETTER_MAGNITUDES.has(token.lower) || writtenAsMoney(tokens, first);
}

/** The figure starting at `first` is a sum of money by its sign or the code before it: "$40", "₹900", "SEK 480,000". */
export function writtenAsMoney(tokens: readonly Token[], first: number): boolean {
  return CURRENCY_START.test(tokens[first]?.text ?? '') || CURRENCY_CODES.has(tokens[first - 1]?.text ?? '') || gluedCurrency(tokens, first);
}

/** "R410,000": currency letters written onto the figure, which the tokenizer splits off only before money. */
export function gluedCurrency(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return before !== undefined && GLUED_CURRENCY_LETTERS.has(before.text) && before.end === tokens[first]?.start;
}

function isWordNumber(token: Token | undefined): boolean {
  return token !== undefined && (NUMBER_WORDS.has(token.lower) || token.lower === ONE);
}

/** A figure as written: an optional currency sign, digits with separators, a unit or scale suffix ("$2.1M", "40k"). */
const WRITTEN_AMOUNT = new RegExp(`^[${CURRENCY_SIGNS}]?(\\d+(?:,\\d{3})*(?:\\.\\d+)?)([a-z%]*)$`, 'iu');

const SCALE: Readonly<Record<string, number>> = { hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mm: 1e6, billion: 1e9, bn: 1e9, b: 1e9, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 };

/** The amount written by tokens `first..last`, or undefined for forms it does not read. */
export function amount(tokens: readonly Token[], first: number, last: number): number | undefined {
  const token = tokens[first] as Token;
  if (isWordNumber(token)) return wordsAmount(tokens, first, last);
  const match = WRITTEN_AMOUNT.exec(token.text);
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

/** A unit written onto the number or right after it ("40 minutes", "12 deals", "3.1%"). */
function hasUnit(tokens: readonly Token[], last: number): boolean {
  const token = tokens[last] as Token;
  const next = tokens[last + 1];
  if (unitAfter(token) !== '' || CURRENCY_START.test(token.text) || gluedCurrency(tokens, last)) return true;
  return next !== undefined && (TIME_UNITS.has(next.stem) || MEASURE_UNITS.has(next.stem) || next.lower === 'per' || next.lower === 'a');
}

/**
 * The first token of a version number starting at `first`, or undefined when it is not one: "3.2.1", "version 3",
 * "v2.3" (the tokenizer splits it after "v2"), or a number right after a product's name ("Kubernetes 1.27", "iOS 17",
 * "SAP 4.7") that counts nothing after it.
 */
export function versionStart(tokens: readonly Token[], first: number, afterTo = true): number | undefined {
  const token = tokens[first] as Token;
  const prev = tokens[first - 1];
  if (/^\d+\.\d+\.\d+/.test(token.text)) return first;
  if (prev === undefined) return undefined;
  if (VERSION_CONTEXT.has(prev.stem) && unitAfter(token) === '') return first;
  // "Postgres 12 to 15": the number after "to" is a version when the one before it is one by its own name.
  if (afterTo && prev.lower === 'to' && isNumberToken(tokens[first - 2]) && versionStart(tokens, first - 2, false) !== undefined) return first;
  // "from version 4.2 of the case system to 5.0": the "to" of a change that started from a version.
  if (afterTo && prev.lower === 'to' && fromVersion(tokens, first - 2)) return first;
  if (glued(prev, token) && /^v\d+$/i.test(prev.text) && /^\d+$/.test(token.text)) return first - 1;
  if (!/^\d+(?:\.\d+)?$/.test(token.text) || !countsNothing(tokens[first + 1])) return undefined;
  // A capitalised word inside the sentence is a name; at its start it may just be the first word ("Tickets 1,400").
  const titleName = prev.index > 0 && /^[A-Z][a-z]+[A-Za-z]*$/.test(prev.text) && !MONTHS.has(prev.lower);
  const mixedCaseName = /^[a-z]+[A-Z][A-Za-z]*$/.test(prev.text);
  const acronymWithRelease = /^[A-Z]{2,5}$/.test(prev.text) && token.text.includes('.') && !isMeasureName(prev);
  return titleName || mixedCaseName || acronymWithRelease ? first : undefined;
}

/** A version after "from" within the few words before `before`. */
function fromVersion(tokens: readonly Token[], before: number): boolean {
  for (let k = before; k >= Math.max(1, before - 8); k--) {
    if (isNumberToken(tokens[k]) && versionStart(tokens, k, false) !== undefined) return tokens.slice(Math.max(0, k - 3), k).some((t) => t.lower === 'from');
  }
  return false;
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
export function clockExtent(tokens: readonly Token[], first: number): number | undefined {
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
  // "10-15 minutes" and "8-10 people" are ranges of an amount, not times of day.
  return hasUnit(tokens, first + 1) || PEOPLE_NOUNS.has(after?.stem ?? '') ? undefined : first + 1;
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
 * "from 9 to 5", "a 9-to-5 job", "shifts ran 7 to 7": two bare hours with no change word before them are a span of
 * the day. "Mis-picks went from 9 to 5 a day" has a change word and a unit; "2 to 3 weeks" has a unit.
 */
export function isHourSpan(tokens: readonly Token[], left: number, right: number): boolean {
  if (left < 0 || right >= tokens.length || (right === left + 2 && tokens[left + 1]?.lower !== 'to')) return false;
  const isHour = (k: number) => {
    const token = tokens[k] as Token;
    const value = isNumberToken(token) ? amount(tokens, k, k) : undefined;
    return value !== undefined && Number.isInteger(value) && value >= 1 && value <= 24 && !/[.,]/.test(token.text);
  };
  if (!isHour(left) || !isHour(right) || hasUnit(tokens, left)) return false;
  // "closed from 20 to 6 points", "from 9 to 5 percent": a scale after the second figure measures, whatever stands between.
  if (SCALES.has(tokens[right + 1]?.lower ?? '')) return false;
  // "a 9-to-5 job": written as one hyphenated word, the span describes the noun after it rather than counting it.
  const hyphenated = right === left + 2 && glued(tokens[left], tokens[left + 1]) && glued(tokens[left + 1], tokens[right]);
  if (!hyphenated && hasUnit(tokens, right)) return false;
  for (let k = Math.max(0, left - 7); k < left; k++) if (CHANGE_CONTEXT.has((tokens[k] as Token).stem)) return false;
  return true;
}

/** Units of a scale, which no span of the day is counted in. */
const SCALES = new Set(['point', 'points', 'percent', 'pct', 'percentage', 'pp', 'bp', 'degree', 'degrees']);

/**
 * Small words that mark a change only right next to the number: "cut by 30%", "up 12%", "to under 400 ms", "4% under
 * forecast". Anywhere else they mean something else: "checked a sample by hand", "orders under £80" (a threshold).
 */
const POSITIONAL_CHANGE = new Set(['by', 'up', 'down', 'under', 'below']);
const THRESHOLD_WORDS = new Set(['under', 'below']);

/** A change word within a few tokens of the number, so "cut costs by 30%" counts but a stray "up" far away does not. */
export function nearChange(tokens: readonly Token[], first: number, last: number): boolean {
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
export function isMultiplier(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (!MULTIPLIER_VERBS.has(token.stem)) return false;
  const next = tokens[at + 1];
  if (next !== undefined && (next.lower === 'down' || next.lower === 'back' || next.stem === 'check' || /(?:ed|ing)$/.test(next.lower))) return false;
  // "a double shift", "every double charge": the word describes the noun after it.
  const before = tokens[at - 1]?.lower ?? '';
  // "problems with double bookings", "zero double postings": a kind of error named, unless a verb's "to" or modal makes
  // it the verb ("to double bookings in a year").
  if (next !== undefined && next.lower.endsWith('ings') && !VERB_LEADS.has(before)) return false;
  // "the stunt double", "a body double": the person who stands in, not twice anything.
  if (STAND_IN_DOUBLES.has(before)) return false;
  return /(?:ed|ing|es)$/.test(token.lower) || !(DETERMINERS.has(before) || QUANTIFIERS.has(before));
}

const QUANTIFIERS = new Set(['every', 'each', 'any', 'no', 'some', 'one']);
/** Words before "double" that make it a verb: "to double", "will double", "could double". */
const VERB_LEADS = new Set(['to', 'will', 'would', 'could', 'can', 'might', 'may', 'should']);
/** The words before "double" that make it a person standing in for another. */
const STAND_IN_DOUBLES = new Set(['stunt', 'body', 'photo']);

/** "cut in half", "by half", "by a third": a fraction that sizes a change near a change word. */
export function fractionChange(tokens: readonly Token[], at: number): { first: number; last: number } | undefined {
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
export function isAmountOne(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (isMagnitude(tokens, at, at + 1)) return true;
  const prev = tokens[at - 1]?.lower ?? '';
  const countedAfter = next === undefined || next.kind !== 'word' || TIME_UNITS.has(next.stem) || MEASURE_UNITS.has(next.stem) || GRAMMAR_WORDS.has(next.lower);
  if (!countedAfter || next?.lower === 'of') return false;
  // "it took one", "now they take one": the whole complement of a verb of measure, with nothing after it.
  if (MEASURE_VERBS.has(prev) && (next === undefined || next.kind !== 'word')) return true;
  // "meltdowns were down to about one a week": a hedge may stand between "to" and the one.
  const hedgedTo = ONE_HEDGES.has(prev) && tokens[at - 2]?.lower === 'to';
  if (hedgedTo) return nearChange(tokens, at - 1, at);
  return (prev === 'to' || prev === 'just' || prev === 'only') && nearChange(tokens, at, at);
}

const ONE_HEDGES = new Set(['about', 'around', 'roughly', 'maybe', 'approximately', 'nearly', 'almost']);

const MEASURE_VERBS = new Set(['take', 'takes', 'took', 'was', 'is', 'were', 'are', 'averaged', 'averages', 'needs', 'needed']);

/**
 * Token indices of numbers used as figures of speech: certainty or effort ("a hundred percent sure", "gave it
 * 110%") and hyperbole ("a million questions", "told them a hundred times", "one in a million"). A number that reads
 * a measure ("100% of orders", "a thousand customers", "a hundred times faster") is kept.
 */
export function figuresOfSpeech(tokens: readonly Token[]): Set<number> {
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

/** Fractions that name a share of a whole: "a fifth of the call-outs", "two thirds of the files", "just over half". */
const SHARE_FRACTIONS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths']);
/** What may stand before the fraction word: "a third", "two thirds". "the quarter" is a season of the year. */
const SHARE_LEADS = new Set(['a', 'one', 'two', 'three', 'four', 'nine']);
/** Words before a share that has no "of" after it, which make it an amount: "to just over half", "about a third". */
const SHARE_BEFORE = new Set([
  'about', 'around', 'roughly', 'nearly', 'almost', 'over', 'under', 'just', 'only', 'than', 'barely', 'from', 'to',
  'exactly', 'approximately', 'below', 'above', 'was', 'is', 'were', 'are',
]);
/** What a share of people or of a stretch of time reads as: "half of them", "half the team", "a quarter of an hour". */
const SHARE_OF_SKIP = new Set(['the', 'our', 'their', 'its', 'all', 'those', 'these', 'my', 'his', 'her', 'your']);
const SHARE_PRONOUNS = new Set(['them', 'us', 'you', 'everyone', 'people', 'staff']);
const YEAR_TEXT = /^(?:19|20)\d\d$/;

/** "2023", "1998": a number that names a year. */
export function isYearToken(token: Token): boolean {
  return YEAR_TEXT.test(token.text);
}

/**
 * A share of a whole told in words, read like a percentage: "one in four", "1 in 5", "a fifth of the call-outs", "two
 * thirds of the files", "to just over half". Shares of people ("half the team", "half of them") and of time ("half an
 * hour", "a quarter of an hour") are not measures, nor is "the quarter" of a year. The span of tokens, or undefined.
 */
/** Words that may stand between a share and its whole: "21 of the next 22", "4 of his last 6", "two out of three". */
const SHARE_WHOLE_FILLERS = new Set(['the', 'his', 'her', 'their', 'our', 'my', 'its', 'next', 'last', 'first', 'past']);

/** The index of the whole in "N of [the next] M" / "N out of M", or undefined. */
function wholeOfShare(tokens: readonly Token[], at: number): number | undefined {
  let k = at + 1;
  if (tokens[k]?.lower === 'out') k++;
  if (tokens[k]?.lower !== 'of') return undefined;
  for (k++; k <= at + 6 && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (isNumberToken(token)) return YEAR_TEXT.test(token.text) ? undefined : k;
    if (!SHARE_WHOLE_FILLERS.has(token.lower)) return undefined;
  }
  return undefined;
}

export function shareAt(tokens: readonly Token[], at: number): { first: number; last: number } | undefined {
  const token = tokens[at] as Token;
  // "21 of the next 22 appointments", "14 of the 41 women", "three out of four": counted against the whole.
  const whole = isNumeral(token) ? wholeOfShare(tokens, at) : undefined;
  if (whole !== undefined) return { first: at, last: whole };
  // "one in four", "1 in 5", but not "2 in 2019" nor "2 in 3 weeks".
  if (isNumeral(token) && tokens[at + 1]?.lower === 'in') {
    const denominator = tokens[at + 2];
    const after = tokens[at + 3];
    if (denominator === undefined || !isNumberToken(denominator) || YEAR_TEXT.test(denominator.text)) return undefined;
    if (after !== undefined && TIME_UNITS.has(after.stem)) return undefined;
    return { first: at, last: at + 2 };
  }
  const fraction = token.lower === 'half' ? at : SHARE_LEADS.has(token.lower) && SHARE_FRACTIONS.has(tokens[at + 1]?.lower ?? '') ? at + 1 : -1;
  if (fraction < 0) return undefined;
  // "one half-day", "a third party": the fraction must stand as a word of its own.
  const next = tokens[fraction + 1];
  if (next !== undefined && (next.lower === 'past' || next.lower === 'party' || next.lower === 'an' || next.lower === 'a' || TIME_UNITS.has(next.stem))) return undefined;
  if (next?.lower === 'of' || (token.lower === 'half' && next?.lower === 'the')) {
    let k = fraction + (next.lower === 'of' ? 2 : 1);
    while (k < tokens.length && SHARE_OF_SKIP.has((tokens[k] as Token).lower)) k++;
    const whole = tokens[k];
    const article = whole !== undefined && (whole.lower === 'an' || whole.lower === 'a');
    const counted = article ? tokens[k + 1] : whole;
    if (counted === undefined || counted.kind !== 'word' || TIME_UNITS.has(counted.stem) || PEOPLE_NOUNS.has(counted.stem) || SHARE_PRONOUNS.has(counted.lower)) return undefined;
    return { first: at, last: fraction };
  }
  return SHARE_BEFORE.has(tokens[at - 1]?.lower ?? '') ? { first: at, last: fraction } : undefined;
}

/** A token that may start or be a share told in words ("half", "fifths"), for the quick check before a sentence is read. */
export function mayBeShare(token: Token): boolean {
  return SHARE_FRACTIONS.has(token.lower);
}

/** Words between "from" or "to" and a share: "from about one in four to just over half". */
const SHARE_PAIR_SKIP = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'over', 'under', 'just', 'only', 'than', 'more', 'less', 'barely', 'well', 'approximately']);

/** A share that is one end of "from X to Y": "went from one in four to just over half". */
export function shareInPair(tokens: readonly Token[], first: number, last: number): boolean {
  let k = first - 1;
  while (k >= 0 && k > first - 4 && SHARE_PAIR_SKIP.has((tokens[k] as Token).lower)) k--;
  const before = tokens[k]?.lower;
  if (before === 'from') {
    for (let j = last + 1; j < Math.min(tokens.length, last + 6); j++) if ((tokens[j] as Token).lower === 'to') return true;
  } else if (before === 'to') {
    for (let j = k - 1; j >= 0 && j > k - 10; j--) if ((tokens[j] as Token).lower === 'from') return true;
  }
  return false;
}
