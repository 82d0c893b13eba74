import type { SentenceFacts } from './analysis.js';
import { IRREGULAR_PARTICIPLES, IRREGULAR_PAST } from './lexicon.js';
import type { PhraseHit, PhraseMatcher } from './phrases.js';
import { stem, type Token } from './text.js';

/**
 * The sentence reader the trade-off readers share: one sentence's tokens, clause boundaries and marker hits, with the
 * small token tests and word sets that more than one reader asks for.
 */

export type TradeoffKind = 'alternative' | 'cost' | 'reason' | 'guardrail' | 'watch' | 'risk';

export type Marker =
  | 'insteadOf'
  | 'instead'
  | 'over'
  | 'weigh'
  | 'setAgainst'
  | 'compare'
  | 'consider'
  | 'between'
  | 'rejected'
  | 'declined'
  | 'costNoun'
  | 'atExpense'
  | 'costVerb'
  | 'lose'
  | 'accept'
  | 'giveUp'
  | 'meant'
  | 'reason'
  | 'purpose'
  | 'given'
  | 'since'
  | 'asClause'
  | 'risk'
  | 'control'
  | 'trial'
  | 'staged'
  | 'share'
  | 'limit'
  | 'check'
  | 'backup'
  | 'watch'
  | 'option'
  | 'either'
  | 'deferral'
  | 'concession'
  | 'counterProposal'
  | 'checkpoint'
  | 'preferRather'
  | 'trialFor'
  | 'choiceCost'
  | 'hurt'
  | 'disagreedWith';

/** A set of stems from plain words, so the lists read as English and match any inflection. */
export function stems(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => stem(w)));
}

export const AGENTS = new Set(['i', 'we', "i've", "we've", "i'd", "we'd", 'team']);
const NEGATIONS = new Set(['no', 'not', 'never', 'without', "didn't", "don't", "doesn't", "wasn't", "weren't", "won't", "couldn't", "wouldn't", "can't", 'cannot', 'nobody', 'nothing', 'refused', 'lack']);
/** Sounds a speaker fills a pause with: no word of the clause. */
const SPOKEN_FILLERS = new Set(['um', 'uh', 'erm', 'er', 'uhm', 'umm']);
export const BE_OR_GET = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'get', 'gets', "i'm"]);
export const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'this', 'that', 'its', 'our', 'my', 'their', 'his', 'her', 'two', 'three', 'both', 'another', 'each', 'every', 'some', 'any']);
/** Conjunctions that open a new clause; the marker's reach stops there. */
const CLAUSE_OPENERS = new Set(['but', 'so', 'because', 'which', 'while', 'although', 'though', 'whereas', 'yet', 'since', 'otherwise', 'however']);
export const MODALS = new Set(['could', 'would', 'might']);
/** Words that link a clause to the one before it, skipped to find its first real word. */
export const LINKING = new Set(['and', 'but', 'so', 'then']);
/** Possessives of someone other than the speaker: "his plan", "their call". */
export const OTHERS_POSSESSIVES = new Set(['his', 'her', 'their']);
/** Subjects that point back at what was just told: "That was the price", "That was not popular with...". */
export const POINTING = new Set(['that', 'this', 'it']);
export const TIME_WORDS = stems(['day', 'week', 'month', 'year', 'quarter', 'hour', 'minute', 'sprint', 'shift', 'term', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'season']);
/** What opens a rate before a span of time: "a week", "per shift", "each month". */
export const RATE_LEADS = new Set(['per', 'a', 'an', 'each', 'every']);
export const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'a', 'few']);
/** Before an amount: "about", and the hedges a speaker puts on a guess ("we lost maybe €30,000"). */
export const APPROXIMATELY = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'over', 'maybe', 'perhaps', 'probably']);
/** Words that count a stretch of time: "six weeks", "a fortnight", "one season". */
export const PERIOD_COUNTS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'few', 'couple']);
export const ROLLOUT_VERBS = stems(['roll', 'rolled', 'rollout', 'release', 'released', 'ship', 'shipped', 'deploy', 'deployed', 'launch', 'launched', 'migrate', 'migrated', 'move', 'moved', 'introduce', 'introduced', 'switch', 'switched', 'ramp', 'ramped', 'expand', 'expanded', 'open', 'opened', 'apply', 'applied']);
/** Verbs of trying something out, which scope a change as well as a rollout does: "tested it on one shift first". */
export const TRIAL_VERBS = stems(['run', 'ran', 'start', 'started', 'test', 'tested', 'try', 'tried', 'pilot', 'piloted', 'trial', 'trialled', 'trialed', 'calibrate', 'calibrated', 'rehearse', 'rehearsed']);
/** Punctuation in the gap between two tokens that ends a clause; module-level so the loop builds no RegExp per token. */
const CLAUSE_BREAK = /[,;:—–()"]|\s-\s/;
const CONTRASTS = new Set(['but', 'instead', 'rather', 'however', 'yet', 'though']);

/** A word that negates what follows it in its clause: "no", "not", "never", "without", "nobody", any "-n't". */
export function isNegation(token: Token | undefined): boolean {
  return token !== undefined && (NEGATIONS.has(token.lower) || token.lower.endsWith("n't"));
}

/**
 * Token `i` opens a new clause: punctuation in the gap before it, or an opening conjunction ("but", "so", "because").
 * SentenceReader builds its clauses from it; rules that need the boundaries without a whole reader call it directly.
 */
export function opensClause(tokens: readonly Token[], text: string, i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  if (token === undefined || previous === undefined) return true;
  if (CLAUSE_OPENERS.has(token.lower)) return true;
  // Most gaps are one space; only a longer one can hold the punctuation that ends a clause.
  const plainGap = token.start - previous.end === 1 && text.charCodeAt(previous.end) === 32;
  return !plainGap && CLAUSE_BREAK.test(text.slice(previous.end, token.start));
}

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

/** Where "didn't" (at `at`) or "did not" (from `at`) ends in `tokens`, or -1. */
export function didNotEnd(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower === "didn't") return at;
  return tokens[at]?.lower === 'did' && tokens[at + 1]?.lower === 'not' ? at + 1 : -1;
}

/**
 * "We practised every morning for two weeks, first with a mirror, then with powder": "first" after a comma, with a
 * "then" to follow (in the sentence or opening the next), orders the steps; it names no part of the whole done first.
 */
export function opensSequence(reader: SentenceReader, at: number): boolean {
  if (reader.lower(at) !== 'first' || !reader.gapAfter(at - 1).includes(',')) return false;
  return reader.anyIn(at + 1, reader.tokens.length, (t) => t.lower === 'then') || reader.nextOpening[0]?.lower === 'then';
}

export function isPastOrParticiple(token: Token | undefined): boolean {
  if (!isWord(token)) return false;
  return IRREGULAR_PAST.has(token.lower) || IRREGULAR_PARTICIPLES.has(token.lower) || (token.lower.length > 4 && token.lower.endsWith('ed'));
}

export function isGerund(token: Token | undefined): boolean {
  return isWord(token) && token.lower.length > 4 && token.lower.endsWith('ing') && !['nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'during', 'ceiling'].includes(token.lower);
}

export function isAdverb(token: Token | undefined): boolean {
  return isWord(token) && ((token.lower.endsWith('ly') && token.lower.length > 4) || ['just', 'also', 'still', 'then', 'even', 'easily', 'simply', 'instead'].includes(token.lower));
}

/** One sentence with its clause boundaries: a clause ends at a comma, semicolon, colon, dash or an opening conjunction. */
export class SentenceReader {
  readonly tokens: readonly Token[];
  /** For each token, the index of the first token of its clause. */
  private readonly clauseStart: Int32Array;
  /** For each token, one past the last token of its clause. */
  private readonly clauseEnd: Int32Array;
  readonly hits: PhraseHit<Marker>[];
  /** The speaker, the team or a passive acts somewhere in the sentence. */
  private readonly acting: boolean;
  /** The next sentence opens with a contrast ("But...", "Instead..."), which sets it against this one. */
  nextOpensContrast = false;
  /** The sentence before holds a decision of the speaker's. */
  previousDecides = false;
  /** One of the two sentences before holds a decision of the speaker's (a long sentence may be split in two). */
  recentDecision = false;
  /** The speaker decides or picks a course in one of the next three sentences ("I went with extraction."). */
  decidesSoon = false;
  /** The sentence before names an option weighed ("I looked at clearing the drain ourselves."). */
  previousWeighs = false;
  /** The speaker acts in the sentence before ("I split the orders by van."). */
  previousActs = false;
  /** The team acts in the sentence before ("We made the first ones from pallets."). */
  previousTeamActs = false;
  /** The speaker acts two to four sentences back (a blank line counts as one): what was found in between may stand before the step's price. */
  recentActs = false;

  /** The speaker's step or decision was told just before: what this sentence says of "it" may be that step's price. */
  get stepBefore(): boolean {
    return this.previousActs || this.recentDecision;
  }

  /** The same, or the team's step in the sentence before ("We made the first ones from pallets."). */
  get ourStepBefore(): boolean {
    return this.stepBefore || this.previousTeamActs;
  }
  /** The first words of the next sentence, read by rules whose clause runs on past a long sentence's split. */
  nextOpening: readonly Token[] = [];
  /** One of the three sentences before counts the options ("I looked at three options."), which this one may take up. */
  optionsSetOut = false;
  /** The sentence before, for rules that need what it set out ("Two were free: one was dearer, one came late."). */
  previous: readonly Token[] = [];
  /** The sentence two back: a course put to the speaker may stand one sentence of detail before the answer to it. */
  earlier: readonly Token[] = [];
  /** For each stem of what someone wanted or proposed, the first sentence that wanted it ("The notary wanted a €20 charge"). */
  wantedAt: ReadonlyMap<string, number> = new Map();
  /** Index of the last "but", "instead", "rather"... in the sentence, or -1. */
  lastContrast = -1;
  /** A verb of rolling out or trying something appears in the sentence. */
  changesSomething = false;

  constructor(
    readonly facts: SentenceFacts,
    private readonly text: string,
    /** The trade-off markers' matcher, which lives with the markers in tradeoff-reading.ts. */
    matcher: PhraseMatcher<Marker>,
  ) {
    this.tokens = facts.sentence.tokens;
    const n = this.tokens.length;
    // Typed arrays: one flat allocation each, and an index out of range still reads as undefined.
    this.clauseStart = new Int32Array(n);
    this.clauseEnd = new Int32Array(n);
    let start = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0 && opensClause(this.tokens, text, i)) start = i;
      this.clauseStart[i] = start;
    }
    let end = n;
    for (let i = n - 1; i >= 0; i--) {
      this.clauseEnd[i] = end;
      if (this.clauseStart[i] === i) end = i;
    }
    this.hits = matcher.match(this.tokens);
    // Sentence-wide facts some rules ask for, found once so no rule rescans the sentence.
    for (const token of this.tokens) {
      if (CONTRASTS.has(token.lower)) this.lastContrast = token.index;
      if (ROLLOUT_VERBS.has(token.stem) || TRIAL_VERBS.has(token.stem)) this.changesSomething = true;
    }
    const voice = facts.voice;
    this.acting = voice.iActions.length + voice.weActions.length + voice.passive.length > 0;
  }

  /** The heading that opens the sentence ("Guardrail:", "*Trade-off* -"), lower case, when the sentence has one. */
  heading(): string | undefined {
    return this.facts.sentence.label === 'other' ? this.headingText() : undefined;
  }

  /** The words before a colon or dash that open the sentence's line, whatever label they gave it ("My rule: ..."). */
  headingText(): string | undefined {
    const before = this.text.slice(Math.max(0, this.facts.sentence.start - 40), this.facts.sentence.start);
    const match = /([a-z][a-z' -]*?)[\s*_]*[:\-–—][\s*_]*$/i.exec(before.split('\n').pop() ?? '');
    return match?.[1]?.trim().toLowerCase();
  }

  /** The characters between token `i` and the next: punctuation the tokens leave out. */
  gapAfter(i: number): string {
    const token = this.tokens[i];
    const next = this.tokens[i + 1];
    return token === undefined || next === undefined ? '' : this.text.slice(token.end, next.start);
  }

  /** The stems of a span, joined: the matcher's key for the same words. */
  key(from: number, to: number): string {
    // Negative bounds count from the end, as slice reads them; the usual span is joined in a loop, with no arrays.
    if (from < 0 || to < 0) {
      return this.tokens
        .slice(from, to)
        .map((t) => t.stem)
        .join(' ');
    }
    let key = '';
    const end = Math.min(to, this.tokens.length);
    for (let k = from; k < end; k++) key += k === from ? (this.tokens[k] as Token).stem : ` ${(this.tokens[k] as Token).stem}`;
    return key;
  }

  token(i: number): Token | undefined {
    return this.tokens[i];
  }

  lower(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }

  /**
   * The index of the word before `at`, past the spoken fillers between them: "and, you know, accepted" and "and, um,
   * accepted" read as "and accepted".
   */
  wordBefore(at: number): number {
    let k = at - 1;
    for (;;) {
      if (SPOKEN_FILLERS.has(this.lower(k))) k--;
      else if (this.lower(k) === 'know' && this.lower(k - 1) === 'you' && this.gapAfter(k).includes(',') && this.gapAfter(k - 2).includes(',')) k -= 2;
      else return k;
    }
  }

  clauseOf(i: number): [number, number] {
    return [this.clauseStart[i] ?? 0, this.clauseEnd[i] ?? this.tokens.length];
  }

  /** True when a token in [from, to) passes `test`. */
  anyIn(from: number, to: number, test: (t: Token) => boolean): boolean {
    return this.firstIn(from, to, test) >= 0;
  }

  /** The index of the first token in [from, to) that passes `test`, or -1: a bounded search, unlike findIndex. */
  firstIn(from: number, to: number, test: (t: Token) => boolean): number {
    for (let k = Math.max(0, from); k < Math.min(to, this.tokens.length); k++) if (test(this.tokens[k] as Token)) return k;
    return -1;
  }

  /** Where "didn't" (at `at`) or "did not" (from `at`) ends, or -1: the speaker's own "did not do" spelled either way. */
  didNotAt(at: number): number {
    return didNotEnd(this.tokens, at);
  }

  /** A negation in the two or three words before `at`, within the clause: "no rollback plan", "never give up". */
  negated(at: number, reach = 3): boolean {
    const [start] = this.clauseOf(at);
    return this.anyIn(Math.max(start, at - reach), at, isNegation);
  }

  /**
   * The speaker or the team is the one acting: "I" or "we" a few words before (further back for a verb joined by "and":
   * "I ran them beside the old sheets and capped each run"), a bullet note, or a fragment that opens with a verb.
   */
  agentBefore(at: number, reach = 7): boolean {
    const [start] = this.clauseOf(at);
    // A verb joined by "and", or an infinitive after the speaker's own verb ("I negotiated with the PM to defer"), has
    // its subject further back.
    const before = this.lower(this.wordBefore(at));
    const joined = before === 'and' || this.lower(at - 2) === 'and' || before === 'to';
    if (this.anyIn(Math.max(0, at - (joined ? 14 : reach)), at, (t) => AGENTS.has(t.lower))) return true;
    if (start === 0 && (this.facts.sentence.bullet === true || isPastOrParticiple(this.tokens[0]))) return true;
    return false;
  }

  /** "I" or "we" in the sentence before: the speaker's step that a sentence of its cost or its fallback follows. */
  agentInPrevious(): boolean {
    return this.previous.some((t) => AGENTS.has(t.lower));
  }

  /** Someone acts somewhere in the sentence (the speaker, the team, or a passive that implies someone). */
  someoneActs(): boolean {
    return this.acting || this.facts.sentence.bullet === true || isPastOrParticiple(this.tokens[0]);
  }

  /** Only imagined: "I would add a flag" with nothing done. */
  onlyHypothetical(): boolean {
    const voice = this.facts.voice;
    return voice.hypothetical.length > 0 && voice.iActions.length + voice.weActions.length === 0;
  }

  /** Passive before a verb: "got pushed back", "was delayed". */
  passiveBefore(at: number): boolean {
    const before = this.tokens[at - 1];
    const beforeThat = this.tokens[at - 2];
    return (before !== undefined && BE_OR_GET.has(before.lower)) || (isAdverb(before) && beforeThat !== undefined && BE_OR_GET.has(beforeThat.lower));
  }

  /** The answer's words from `from` up to `reach` tokens on, stopping at the clause end. */
  span(from: number, reach: number, minimum = from + 1): [number, number] {
    const [, end] = this.clauseOf(from);
    return [from, Math.min(this.tokens.length, Math.max(minimum, Math.min(end, from + reach)))];
  }
}
