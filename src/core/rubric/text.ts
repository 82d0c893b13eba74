/**
 * Turns an answer as typed in Slack into sentences and tokens the criteria can read.
 *
 * Normalisation is length-preserving: every markup character is replaced by a space (or an entity by its character
 * plus spaces), so an offset in the normalised text is the same offset in the original. Evidence can then quote the
 * person's own words straight from the original answer.
 */

export type TokenKind = 'word' | 'number' | 'arrow';

export interface Token {
  /** The token as written (after markup removal). */
  text: string;
  lower: string;
  /** Light suffix-stripped form, used for lexicon matching so "decided", "decides" and "deciding" meet. */
  stem: string;
  kind: TokenKind;
  /** Position in its sentence's token list. */
  index: number;
  start: number;
  end: number;
  /** A number written with a leading sign ("-42%", "+15%"): a change by itself. */
  signed: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  /** Words (letters or numbers) in the sentence; arrows are not words. */
  words: number;
  /** Set when the sentence begins with a STAR label such as `Result:`; the label tokens are removed from `tokens`. */
  label?: SectionLabel;
  /** The sentence opens a bulleted line ("• tagged 300 tickets"), where notes drop the "I". */
  bullet?: boolean;
}

const BULLET_LINE = /^[ \t]*(?:[•◦▪‣·*>-]|\d{1,2}[.)])[ \t]/;

/** True when the span starts a line that the original text opens with a bullet marker. */
function opensBulletLine(text: string, original: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // Only whitespace may come before the span on its line. Checked in place: on a one-line answer, slicing and trimming
  // the line would copy the answer up to every sentence.
  for (let i = lineStart; i < start; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return BULLET_LINE.test(original.slice(lineStart, lineStart + 8));
}

export type SectionLabel = 'situation' | 'task' | 'action' | 'result' | 'learning' | 'other';

export interface Doc {
  original: string;
  normalized: string;
  sentences: Sentence[];
  words: number;
  /** Characters inside fenced code blocks, which are blanked and not read as prose. */
  codeChars: number;
  /** Non-space characters outside code blocks. */
  proseChars: number;
}

function blank(match: string): string {
  return match.replace(/[^\n]/g, ' ');
}

/** Markup removal; see the module comment for why every replacement keeps the length. */
export function normalizeMrkdwn(original: string): { text: string; codeChars: number } {
  let codeChars = 0;
  let text = original;
  // Each pass is skipped when its trigger character is absent: most answers have little or no markup.
  if (text.includes('```')) {
    text = text.replace(/```[\s\S]*?(?:```|$)/g, (block) => {
      codeChars += block.replace(/\s/g, '').length;
      return blank(block);
    });
  }
  // Slack's own link and mention tokens; a person's literal "<" arrives as "&lt;", so these are always markup.
  if (text.includes('<')) {
    text = text.replace(/<([^<>\n]{1,1000})>/g, (whole, inner: string) => {
      const bar = inner.indexOf('|');
      if (bar >= 0 && (inner.startsWith('http') || inner.startsWith('mailto:') || inner.startsWith('#'))) {
        return ' '.repeat(bar + 2) + inner.slice(bar + 1) + ' ';
      }
      return blank(whole);
    });
  }
  if (text.includes('&')) {
    text = text.replace(/&(amp|lt|gt);/g, (whole, name: string) => {
      const char = name === 'amp' ? '&' : name === 'lt' ? '<' : '>';
      return char + ' '.repeat(whole.length - 1);
    });
  }
  if (text.includes('`')) text = text.replace(/`([^`\n]{0,200})`/g, (_whole, inner: string) => ` ${inner} `);
  if (text.includes(':')) text = text.replace(/:(?:[a-z][a-z0-9_+'-]{0,40}|[+-]1):/gi, blank);
  // Bullets and quote markers at the start of a line.
  text = text.replace(/^([ \t]*)(?:[•◦▪‣·*>-]|\d{1,2}[.)])(?=[ \t])/gm, (whole) => ' '.repeat(whole.length));
  // Bold and strike markers; italics only at word edges so snake_case names survive.
  if (text.includes('*') || text.includes('~')) text = text.replace(/[*~]/g, ' ');
  if (text.includes('_')) {
    text = text.replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gmu, (whole, before: string | undefined) =>
      (before ?? '') + ' '.repeat(whole.length - (before ?? '').length),
    );
  }
  text = text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  return { text, codeChars };
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'approx', 'inc', 'no', 'st', 'jr', 'sr']);

/**
 * Sentence spans over the normalised text: `.`, `!`, `?` followed by a space, and line breaks. A line break inside a
 * sentence (text wrapped by an editor: no end punctuation, the next line going on in lower case) is not a boundary;
 * a bullet or a label on the next line always is. `original` is consulted for the bullets markup removal blanked.
 */
export function sentenceSpans(text: string, original: string = text): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  const push = (end: number): void => {
    if (text.slice(start, end).trim() !== '') spans.push([start, end]);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      if (!isWrappedLine(text, original, i)) push(i + 1);
    } else if (c === '.' || c === '!' || c === '?') {
      let j = i + 1;
      while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '"' || text[j] === "'" || text[j] === ')')) j++;
      const next = text[j];
      // Whatever happens, the run of punctuation up to j is read once: "....x" must not be rescanned from each dot.
      const boundary = (next === undefined || next === ' ' || next === '\t' || next === '\n') && !(c === '.' && j === i + 1 && isAbbreviation(text, i));
      if (boundary) push(j);
      i = j - 1;
    }
  }
  push(text.length);
  return spans;
}

/** Over this many words a sentence is a run-on ("...so i picked it up, i looked at..."), split at its clauses. */
const RUN_ON_WORDS = 30;
/** Words that open a new clause after a comma or semicolon, with or without an "and" before them. */
const CLAUSE_OPENERS = /^(?:and )?(?:i|i'm|i've|i'd|we|we've|they|he|she|my|our|so|then|and then|but|after that|as a result|in the end|what i|finally|eventually|since then|next time|the result|which meant)\b/i;

/** "..., which, honestly, he wasn't happy about": a relative clause whose subject follows an aside goes on. */
const RELATIVE_BEFORE = /\b(?:which|who|whom)(?:,? [a-z]+)?$/i;

/** Splits a run-on sentence at commas or semicolons that open a new clause; short sentences are kept whole. */
export function clauseSpans(text: string, start: number, end: number): Array<[number, number]> {
  let words = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 32) words++;
  if (words <= RUN_ON_WORDS) return [[start, end]];
  const spans: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if ((c === ',' || c === ';' || c === '—') && text[i + 1] === ' ' && i - from > 40 && CLAUSE_OPENERS.test(text.slice(i + 2, i + 16)) && !RELATIVE_BEFORE.test(text.slice(Math.max(from, i - 30), i))) {
      spans.push([from, i + 1]);
      from = i + 2;
    }
  }
  spans.push([from, end]);
  return spans;
}

/**
 * True when the line break at `at` only wraps a sentence that goes on in lower case on the next line. A line that opens
 * with the pronoun "i" or a label starts a sentence, as its capitalised twin ("I", "Task:") does: people who type in
 * lower case write "i" and "task:".
 */
function isWrappedLine(text: string, original: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t' || text[before] === '\r')) before--;
  const last = text[before];
  if (last === undefined || last === '\n' || /[.!?:;]/.test(last)) return false;
  let after = at + 1;
  while (after < original.length && (original[after] === ' ' || original[after] === '\t')) after++;
  const next = original[after];
  const opening = original.slice(after, after + 4);
  if (next === undefined || !/[a-z0-9(]/.test(next) || /^\d{1,2}[.)]\s/.test(opening)) return false;
  return !/^i(?:'[a-z]+)?(?![\p{L}\d])/u.test(opening) && !opensWithLabel(text, after);
}

/** A STAR label such as `task:` opening the line at `at`, written in lower case like the rest of the answer. */
function opensWithLabel(text: string, at: number): boolean {
  const label = detectLabel(text, at, Math.min(text.length, at + 60));
  return label !== undefined && label.label !== 'other';
}

// Module-level: a regex literal inside a loop builds a new RegExp object on every pass.
// Any script's letters: "cafés." ends a sentence; read as ASCII, its last "s" looked like an initial ("J. Smith").
const LETTER_OR_DOT = /[\p{L}.]/u;
const SINGLE_LETTER = /^\p{Ll}$/u;
/** "By 9 p.m. on Wednesday": a time of day ends a sentence only when the next word opens a new one. */
const TIME_OF_DAY = new Set(['a.m', 'p.m']);
const LOWER_START = /^\s*[a-z]/;
const DIGIT = /\d/;
const APOSTROPHES = new Set(["'", '\u2019']);
const NOT_SPACE = /\S/;

function isAbbreviation(text: string, dot: number): boolean {
  let k = dot - 1;
  while (k >= 0 && k > dot - 8 && LETTER_OR_DOT.test(text[k] ?? '')) k--;
  const word = text.slice(k + 1, dot).toLowerCase();
  // A single letter is an initial ("J. Smith"), except "i", which ends a sentence in lower-case typing ("so did i."),
  // and a unit after a number, written onto it or not ("to £3k.", "Proposed 4 s.").
  // "aren't." and "didn't." end a sentence: the letter after an apostrophe is no initial.
  const afterNumber = DIGIT.test(text[k] ?? '') || (text[k] === ' ' && DIGIT.test(text[k - 1] ?? ''));
  const initial = SINGLE_LETTER.test(word) && word !== 'i' && !afterNumber && !APOSTROPHES.has(text[k] ?? '');
  if (TIME_OF_DAY.has(word)) return LOWER_START.test(text.slice(dot + 1, dot + 40));
  return ABBREVIATIONS.has(word) || initial;
}

/** Currency signs written onto a figure: "$45K", "€3m", "₹40,000", "₦2m", "฿900". */
export const CURRENCY_SIGNS = '$€£¥₹₦₱₩₺₴₫₪฿₽₸₾';
/** A figure that opens with a currency sign. */
export const CURRENCY_START = new RegExp(`^[${CURRENCY_SIGNS}]`, 'u');
const CURRENCY_CODE_UNITS = new Set([...CURRENCY_SIGNS].map((sign) => sign.charCodeAt(0)));

/**
 * Currency letters written onto a figure, split off so the figure reads as a number: "R410,000" (rand), "K1.2 million"
 * (kwacha), "RM3.2 million", "Rs18,000". Only before a figure that reads as money (thousands, a decimal or a scale):
 * "UN R134" is a regulation and "K9" a dog unit.
 */
export const GLUED_CURRENCY_LETTERS: ReadonlySet<string> = new Set(['R', 'K', 'RM', 'Rs', 'Rp', 'Tk', 'KSh', 'Ksh']);
const GLUED_CURRENCY = `(?:${[...GLUED_CURRENCY_LETTERS].join('|')})(?=\\d{1,3}(?:,\\d{3})+(?!\\.?\\d)|\\d+\\.\\d+|\\d+(?:k|m|bn)(?![\\p{L}\\d])|\\d+ (?:million|billion|thousand)\\b)`;

/**
 * Words with inner apostrophes, alphanumerics such as `p95` or `ec2`, numbers with currency, decimals, separators and
 * unit suffixes (`$45K`, `1.8s`, `280ms`, `3x`, `15%`), and arrows. Hyphens split words, so "trade-off" and
 * "trade off" read the same. No nested quantifiers: the scan is linear.
 */
const TOKEN = new RegExp(
  `[${CURRENCY_SIGNS}]?\\d+(?:[.,]\\d+)*(?:%|[a-zA-Z]{1,4}(?![\\p{L}\\d]))?|${GLUED_CURRENCY}|[\\p{L}\\p{M}\\d]+(?:'[\\p{L}]+)?|->|=>|→|⟶`,
  'gu',
);

/** Stems already computed; answers reuse a small vocabulary. Cleared when large so memory stays bounded. */
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** Light stemmer: strips plural, -ed, -ing and a final e, so inflections of one word share a stem. */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  const result = computeStem(word);
  stemCache.set(word, result);
  return result;
}

function computeStem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length >= 5) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && w.length >= 5) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length >= 4) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const last = w[w.length - 1];
  if (w.length >= 4 && last === w[w.length - 2] && last !== undefined && /[bdgmnprt]/.test(last)) return w.slice(0, -1);
  return w;
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  // The regex runs on the sentence's own slice: on the whole text, a sentence without a token would scan ahead to the
  // next token anywhere in the answer, and a long run of such sentences would cost quadratic time.
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const raw = m[0];
    const start = from + m.index;
    const first = raw.charCodeAt(0);
    // Digits, or a currency sign (compared by code: no one-character string per token).
    const isNumber = (first >= 48 && first <= 57) || CURRENCY_CODE_UNITS.has(first);
    const kind: TokenKind = raw === '->' || raw === '=>' || raw === '→' || raw === '⟶' ? 'arrow' : isNumber ? 'number' : 'word';
    const lower = raw.toLowerCase();
    const before = text[start - 1];
    const beforeThat = text[start - 2];
    const signed =
      kind === 'number' && (before === '-' || before === '+' || before === '−') && (beforeThat === undefined || /[\s(]/.test(beforeThat));
    tokens.push({ text: raw, lower, stem: kind === 'word' ? stem(lower) : lower, kind, index: tokens.length, start, end: start + raw.length, signed });
  }
  return tokens;
}

const LABELS: ReadonlyArray<[RegExp, SectionLabel]> = [
  // "Baseline: the kiosks handle around 62% of all loans": where things stood before the speaker's steps.
  [/^(?:s|situation|context|background|the situation|baseline|the baseline|starting point)$/, 'situation'],
  [/^(?:t|task|goal|objective|the task|my task|my goal|problem|the problem|challenge|the challenge)$/, 'task'],
  [/^(?:a|action|actions|approach|what i did|my actions|action taken|actions taken)$/, 'action'],
  // "Result after six weeks:", "Results by March:": the result, with when it was measured.
  [/^(?:r|result|results|outcome|impact|the result|the outcome)(?: (?:after|within|by|in|at|over|from) [a-z0-9' ]{1,25})?$/, 'result'],
  [
    /^(?:l|learning|learnings|lesson|lessons|lessons learned|what i learned|what i learnt|reflection|takeaway|key takeaway|learning and reflection|applied since|since then|learned|learnt|i learned|i learnt|lesson learned|lesson learnt|the lesson|my lesson|key lesson|what i'd do again|what i would do again|what i do now|what i (?:[a-z]+ ){1,2}now|what i took from it|what i took away|what i'd do differently|what i would do differently|what i do differently now|what i changed|what changed|what changed after|what changed since|what's different now|what i'd change|what i would change|what i've kept from it|what i kept from it|what i keep|what i've kept|what i do since|what i've done since|next time|habit|habits|habit since|habits since|habit now|my habit now|my habit since|new habit|rule|my rule|rule now|my rule now|rule since|new rule|the rule now|(?:for me )?(?:the|my|our) rule(?: now)? is)$/,
    'learning',
  ],
];

/**
 * A STAR label at the start of a sentence: up to five words before a colon (or a dash after a full label word),
 * such as `S:`, `*Situation:*`, `RESULT -`, `Action / What went wrong:`. Unknown short headings ("My responsibility:")
 * count as `other`, which keeps the previous section.
 */
export function detectLabel(text: string, start: number, end: number): { label: SectionLabel; end: number } | undefined {
  // A label needs a colon or a dash in its first 60 characters; most sentences have neither and skip the regex.
  if (!hasLabelMark(text, start, Math.min(end, start + 60))) return undefined;
  const head = text.slice(start, Math.min(end, start + 60));
  // "Results, January vs March:": a known label may carry its qualifier after a comma too.
  // A bullet before it ("- What I keep: ...") is a note's line, the label still its heading.
  const match = /^\s*(?:[-•*◦▪]\s+)?([A-Za-z][A-Za-z0-9' ]{0,40}?)(?:\s*([/&(,])[^:\n]{0,30})?\s*(:|\s[-–—]\s)/.exec(head);
  if (match === null) return undefined;
  const name = (match[1] ?? '').trim().toLowerCase();
  const words = name.split(/\s+/).length;
  const known = knownLabel(name);
  if (known !== undefined) return { label: known, end: start + match[0].length };
  // "So, the plan:" is a sentence, not a heading; "Test, 14 October 2023:" is one, dated.
  if (match[2] === ',' && !/\d/.test(match[0].slice(match[0].indexOf(',')))) return undefined;
  // A colon after a short Title Case heading ("My Responsibility:") is a heading too; a dash is not.
  const titleCase = (match[1] ?? '').trim().split(/\s+/).every((w) => /^[A-Z]/.test(w));
  if (match[3] === ':' && words <= 3 && titleCase && name !== 'i') {
    return { label: 'other', end: start + match[0].length };
  }
  return undefined;
}

function hasLabelMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 45 || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

function knownLabel(name: string): SectionLabel | undefined {
  return LABELS.find(([pattern]) => pattern.test(name))?.[1];
}

/** A line that is only a heading, such as a bold `*Situation*` on its own line. */
function headingOnly(text: string, start: number, end: number): SectionLabel | undefined {
  // Trimmed, a heading line is at most 31 characters (30 and a final ":" or "."): measure before slicing every sentence.
  let first = start;
  let last = end;
  while (first < last && isSpaceCode(text.charCodeAt(first))) first++;
  while (last > first && isSpaceCode(text.charCodeAt(last - 1))) last--;
  if (last - first > 31) return undefined;
  const line = text.slice(start, end).trim().replace(/[:.]$/, '').toLowerCase();
  return line.length <= 30 ? knownLabel(line.replace(/\s+/g, ' ')) : undefined;
}

export function analyzeText(original: string): Doc {
  const { text, codeChars } = normalizeMrkdwn(original);
  const sentences: Sentence[] = [];
  let words = 0;
  // Clause spans are read sentence by sentence rather than flattened into one more array first.
  for (const [sentenceStart, sentenceEnd] of sentenceSpans(text, original)) {
    for (const [spanStart, spanEnd] of clauseSpans(text, sentenceStart, sentenceEnd)) {
      // A label can start a line or follow another label's section on the same line ("Task: ... Action: ...").
      const heading = headingOnly(text, spanStart, spanEnd);
      const label = heading !== undefined ? { label: heading, end: spanEnd } : detectLabel(text, spanStart, spanEnd);
      const bodyStart = label?.end ?? spanStart;
      const tokens = tokenize(text, bodyStart, spanEnd);
      if (tokens.length === 0 && label === undefined) continue;
      let wordCount = 0;
      for (const token of tokens) if (token.kind !== 'arrow') wordCount++;
      words += wordCount;
      const sentence: Sentence = { index: sentences.length, start: bodyStart, end: spanEnd, tokens, words: wordCount };
      if (label !== undefined) sentence.label = label.label;
      if (label === undefined && opensBulletLine(text, original, spanStart)) sentence.bullet = true;
      sentences.push(sentence);
    }
  }
  // Counted in place: removing the whitespace would build a copy of the whole answer.
  let proseChars = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) proseChars++;
  return { original, normalized: text, sentences, words, codeChars, proseChars };
}

const MAX_QUOTE = 180;

/**
 * The person's words between two offsets, whitespace collapsed and trimmed of markup at the edges. Long spans are cut
 * at word boundaries around the focus and marked with "…".
 */
export function quote(
  doc: Doc,
  start: number,
  end: number,
  focus?: { start: number; end: number },
  maxChars = MAX_QUOTE,
): string {
  let from = start;
  let to = end;
  if (to - from > maxChars) {
    const centre = focus !== undefined ? Math.floor((focus.start + focus.end) / 2) : from + maxChars / 2;
    from = Math.max(start, centre - maxChars / 2);
    to = Math.min(end, from + maxChars);
    while (from > start && NOT_SPACE.test(doc.original[from - 1] ?? '')) from--;
    while (to < end && NOT_SPACE.test(doc.original[to] ?? '')) to++;
  }
  // Markup and spaces at the edges are skipped by index: an end-anchored regex would rescan the whole span.
  let first = from;
  let last = to;
  while (first < last && EDGE_MARKUP.has(doc.original[first] as string)) first++;
  while (last > first && EDGE_MARKUP.has(doc.original[last - 1] as string)) last--;
  const span = doc.original.slice(first, last);
  // Most quotes have single spaces only; the collapsing regex (and its new string) is for those that do not.
  const words = hasCollapsibleSpace(span) ? span.replace(/\s+/g, ' ') : span;
  return `${from > start ? '…' : ''}${words}${to < end ? '…' : ''}`;
}

/** Whether `/\s+/g → ' '` would change `text`: any whitespace but a lone plain space. */
function hasCollapsibleSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1))) return true;
    } else if (isSpaceCode(c)) return true;
  }
  return false;
}

/** Code units `\s` matches, ASCII tested first since nearly every space is one. */
function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 128) return false;
  return /\s/.test(String.fromCharCode(c));
}

/** Characters trimmed from the edges of a quote: whitespace and the markup that opens or closes a Slack line. */
const EDGE_MARKUP = new Set([' ', '\t', '\n', '\r', '\u00a0', '*', '_', '~', '•', '>', ':', '-']);

export function quoteSentence(doc: Doc, sentence: Sentence, focus?: { start: number; end: number }): string {
  return quote(doc, sentence.start, sentence.end, focus);
}
