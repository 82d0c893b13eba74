/**
 * How a spoken answer was delivered, from its timed transcript: length against the interview target, pace, filler
 * words and long silences. Pure: the numbers here feed the "Delivery" section of the private feedback message.
 */
import { countWordsInText } from '../words.js';
import type { Cue } from './transcript.js';

/** A behavioural answer told aloud should take about a minute to a minute and a half. */
export const SPOKEN_TARGET_SECONDS = { min: 60, max: 90 } as const;
/** Over ten minutes the clip is still scored (from its transcript) but the person is told to cut it down. */
export const CLIP_CUT_SECONDS = 600;
/** A silence longer than this between cues reads to an interviewer as being lost, not as a breath. */
export const LONG_PAUSE_MS = 3000;
/** Under this much timed speech a words-a-minute figure is noise (one quick sentence would read as 200+). */
const MIN_PACE_SPAN_MS = 5000;

export interface FillerUse {
  /** The filler as the feedback names it, e.g. "um" (for "um", "umm"...), "you know", "like". */
  filler: string;
  /** Estimated moment in the clip, so the person can find it. */
  atMs: number;
}

export interface Pause {
  /** Where the silence starts. */
  atMs: number;
  lengthMs: number;
}

export interface Delivery {
  /** Spoken time: the clip's length, or the transcript's last cue end when the clip length is unknown. */
  durationMs: number;
  words: number;
  /** Null when there is too little timed speech to judge a pace. */
  wordsPerMinute: number | null;
  fillers: FillerUse[];
  /** Per spoken minute, one decimal. */
  fillersPerMinute: number;
  pauses: Pause[];
  verdict: 'short' | 'on-target' | 'long' | 'cut';
}

export interface PaceTrend {
  first: number;
  last: number;
  change: 'faster' | 'slower' | 'steady';
}

/** A change in pace within this many words a minute is noise between two takes, not a trend. */
const STEADY_WPM = 10;

export function analyseDelivery(cues: readonly Cue[], durationMs: number): Delivery {
  // Callers normally pass parseTranscript's cues (already clean), but the rules below need a sane timeline.
  const ordered = cues
    .filter((cue) => Number.isFinite(cue.startMs) && Number.isFinite(cue.endMs) && cue.endMs >= cue.startMs)
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const first = ordered[0];
  const lastEnd = ordered.reduce((end, cue) => Math.max(end, cue.endMs), 0);

  const spokenMs = Number.isFinite(durationMs) && durationMs > 0 ? durationMs : lastEnd;
  const words = ordered.reduce((sum, cue) => sum + countWordsInText(cue.text), 0);

  // Pace comes from the transcript's own timings, not the clip length: a clip often has silence before the first
  // word and after the last, which would make a brisk speaker look slow.
  const speechSpanMs = first === undefined ? 0 : lastEnd - first.startMs;
  const wordsPerMinute = words === 0 || speechSpanMs < MIN_PACE_SPAN_MS ? null : Math.round(words / (speechSpanMs / 60_000));

  const fillers = findFillers(ordered);
  const fillersPerMinute = spokenMs > 0 ? Math.round((fillers.length / (spokenMs / 60_000)) * 10) / 10 : 0;

  return {
    durationMs: spokenMs,
    words,
    wordsPerMinute,
    fillers,
    fillersPerMinute,
    pauses: findPauses(ordered),
    verdict: verdictFor(spokenMs),
  };
}

/** Boundaries are inclusive of the target: exactly 60 s and exactly 90 s are on target; 600 s is long, not cut. */
function verdictFor(durationMs: number): Delivery['verdict'] {
  if (durationMs > CLIP_CUT_SECONDS * 1000) return 'cut';
  if (durationMs > SPOKEN_TARGET_SECONDS.max * 1000) return 'long';
  if (durationMs >= SPOKEN_TARGET_SECONDS.min * 1000) return 'on-target';
  return 'short';
}

/**
 * Silences between cues longer than LONG_PAUSE_MS. Measured from the latest end so far rather than the previous
 * cue's end, because caption tools sometimes overlap cues and a short cue inside a long one is not a silence.
 */
function findPauses(ordered: readonly Cue[]): Pause[] {
  const pauses: Pause[] = [];
  let spokenUntil: number | undefined;
  for (const cue of ordered) {
    if (spokenUntil !== undefined && cue.startMs - spokenUntil > LONG_PAUSE_MS) {
      pauses.push({ atMs: spokenUntil, lengthMs: cue.startMs - spokenUntil });
    }
    spokenUntil = Math.max(spokenUntil ?? cue.endMs, cue.endMs);
  }
  return pauses;
}

/** Oldest first. Undefined until there are two spoken answers to compare. */
export function paceTrend(wordsPerMinute: readonly number[]): PaceTrend | undefined {
  const paces = wordsPerMinute.filter((wpm) => Number.isFinite(wpm));
  const first = paces[0];
  const last = paces.at(-1);
  if (paces.length < 2 || first === undefined || last === undefined) return undefined;
  const delta = last - first;
  const change = Math.abs(delta) <= STEADY_WPM ? 'steady' : delta > 0 ? 'faster' : 'slower';
  return { first, last, change };
}

// ---------------------------------------------------------------------------------------------------------------
// Fillers
//
// Sounds ("um", "uh") are always fillers. Words and phrases ("like", "you know", "kind of") are ordinary English
// most of the time, so each is counted only in the shapes where it carries no meaning: set off by commas, opening
// a clause, or hedging a verb. Transcripts are machine-punctuated and often sparse, so when a rule is unsure it
// does not count: a false "you said like 9 times" is worse feedback than a missed one.
// ---------------------------------------------------------------------------------------------------------------

interface SpokenWord {
  /** Lower case, curly apostrophes straightened, surrounding punctuation removed. */
  word: string;
  /** Followed by a comma, dash, semicolon or ellipsis: the speaker set something off mid-sentence. */
  softBreakAfter: boolean;
  /** Followed by any punctuation break, including the end of a sentence. */
  breakAfter: boolean;
  cue: Cue;
  /** Position among the cue's words, and how many it has, to place the word in time. */
  index: number;
  cueWords: number;
}

/** Hesitation sounds, in any length a transcriber writes them ("umm", "uhhh", "hmmm"), named by their family. */
const SOUNDS: readonly (readonly [RegExp, string])[] = [
  [/^u+m+$/, 'um'],
  [/^u+h+$/, 'uh'],
  [/^e+r+m+$/, 'erm'],
  // Only the bare "er": "err" is also the verb ("to err on the side of caution").
  [/^er$/, 'er'],
  [/^h+m+$/, 'hmm'],
];

/** Words that open or join clauses; a "like" or "basically" straight after one is a verbal tic, not a comparison. */
const CONNECTIVES = new Set(['and', 'so', 'but', 'then', 'because', 'cause', 'or', 'well', 'yeah', 'okay', 'ok', 'um', 'uh']);

/** Subjects that start a new clause: "like we had no runbook", "I mean they never called back". */
const SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'you', 'there', "i'm", "we're", "they're", "it's", "that's", "there's", "we'd", "i'd"]);

/** "Like I said", "like we discussed": "like" means "as" there, a real word. */
const REPORTING_VERBS = new Set(['said', 'say', 'mentioned', 'discussed', 'told', 'wrote', 'explained', 'planned']);

/** "Like" in front of these is never a comparison ("it was like really hard", "we like totally missed it"). */
const INTENSIFIERS = new Set(['really', 'totally', 'literally', 'super', 'very', 'just', 'completely', 'honestly', 'actually']);

/**
 * Words after which "like" is meant: a verb or its wish ("would like", "I'd like", "we like", "don't like", "to
 * like"), a resemblance ("looks/feels/seems/sounds like", "just like", "more like"), or an estimate or comparison
 * ("something like 40", "nothing like it"), and "kind of like", whose hedge is already counted as "kind of".
 */
const LIKE_IS_MEANT_AFTER = new Set([
  'would', "wouldn't", "i'd", "we'd", "you'd", "they'd", "he'd", "she'd", "who'd",
  'i', 'we', 'you', 'they', 'to', 'do', 'does', 'did', "don't", "doesn't", "didn't", 'really', 'also', 'not',
  'look', 'looks', 'looked', 'looking', 'feel', 'feels', 'felt', 'feeling', 'seem', 'seems', 'seemed',
  'sound', 'sounds', 'sounded', 'just', 'exactly', 'more', 'less', 'much', 'very', 'the', 'of',
  'something', 'anything', 'nothing', 'everything',
]);

/** Words after which "you know" asks or states what the listener knows ("as you know", "do you know", "if you know"). */
const YOU_KNOW_IS_MEANT_AFTER = new Set(['as', 'do', 'did', 'does', "don't", "didn't", 'if', 'what', 'whether', 'how', 'why', 'who', 'where', 'when', 'everything', 'all']);

/** Words after which "I mean" is meant: "what I mean", "if I mean it". */
const I_MEAN_IS_MEANT_AFTER = new Set(['what', 'which', 'if', 'that', 'whatever']);

/** "Kind of"/"sort of" is a noun phrase after these ("what kind of", "a new sort of", "the right kind of"). */
const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'what', 'which', 'whatever', 'some', 'any', 'every', 'each',
  'no', 'another', 'one', 'same', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'other',
]);
/** Common adjectives between a determiner and "kind of" ("a different kind of", "the wrong sort of"). */
const KIND_ADJECTIVES = new Set([
  'new', 'different', 'certain', 'particular', 'similar', 'special', 'right', 'wrong', 'other', 'whole', 'same',
  'strange', 'weird', 'odd', 'good', 'bad', 'better', 'best', 'worst', 'only', 'first', 'last', 'typical', 'usual',
]);

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SOFT_BREAK_AT_END = /[,;—–\-…][^\p{L}\p{N}]*$|\.\.\.[^\p{L}\p{N}]*$/u;
const ANY_BREAK_AT_END = /[,;:.!?—–\-…][^\p{L}\p{N}]*$/u;
const PUNCTUATION_ONLY_BREAK = /[,;:.!?—–\-…]/u;

function findFillers(ordered: readonly Cue[]): FillerUse[] {
  const words = spokenWords(ordered);
  const fillers: FillerUse[] = [];
  for (let i = 0; i < words.length; ) {
    const word = words[i];
    const match = fillerAt(words, i);
    if (word !== undefined && match !== undefined) {
      fillers.push({ filler: match.filler, atMs: timeOf(word) });
      i += match.length;
    } else {
      i++;
    }
  }
  return fillers;
}

/** The transcript as one stream of words across cues, so a phrase split between two cues is still read whole. */
function spokenWords(ordered: readonly Cue[]): SpokenWord[] {
  const words: SpokenWord[] = [];
  for (const cue of ordered) {
    const tokens = cue.text.split(/\s+/).filter((token) => token !== '');
    const cueWords = tokens.filter((token) => HAS_LETTER_OR_DIGIT.test(token)).length;
    let index = 0;
    for (const token of tokens) {
      if (!HAS_LETTER_OR_DIGIT.test(token)) {
        // A free-standing dash or ellipsis ("we — like — shipped") marks the word before it.
        const previous = words.at(-1);
        if (previous !== undefined && PUNCTUATION_ONLY_BREAK.test(token)) {
          previous.breakAfter = true;
          if (!/[.!?:]/.test(token) || token.includes('...')) previous.softBreakAfter = true;
        }
        continue;
      }
      words.push({
        word: token
          .toLowerCase()
          .replace(/[’‘]/g, "'")
          .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
        softBreakAfter: SOFT_BREAK_AT_END.test(token),
        breakAfter: ANY_BREAK_AT_END.test(token),
        cue,
        index,
        cueWords,
      });
      index++;
    }
  }
  return words;
}

/** Interpolated by word position: cue start + (index / words) * cue length. */
function timeOf(word: SpokenWord): number {
  const { cue } = word;
  return cue.startMs + Math.round((word.index / Math.max(1, word.cueWords)) * (cue.endMs - cue.startMs));
}

function fillerAt(words: readonly SpokenWord[], i: number): { filler: string; length: number } | undefined {
  const current = words[i];
  if (current === undefined) return undefined;
  const w = current.word;

  for (const [pattern, name] of SOUNDS) if (pattern.test(w)) return { filler: name, length: 1 };

  const previous = words[i - 1];
  const beforePrevious = words[i - 2];
  const next = words[i + 1];
  const afterNext = words[i + 2];
  // The previous word is grammatically attached to this one (no comma or full stop between them).
  const attachedTo = (set: ReadonlySet<string>) => previous !== undefined && !previous.breakAfter && set.has(previous.word);
  // Opening a clause: start of the answer, after punctuation, or straight after "and"/"so"/"but".
  const opensClause = previous === undefined || previous.breakAfter || CONNECTIVES.has(previous.word);
  // Two-word phrases must be said as one ("you, know" is not the phrase).
  const pairedWith = (second: string) => next !== undefined && next.word === second && !current.breakAfter;

  if (w === 'you' && pairedWith('know') && next !== undefined) {
    // "..., you know, ..." / "... you know?": a tag. Without punctuation after it ("you know what we did") it is
    // usually the real verb, so it is not counted.
    if (next.breakAfter && !attachedTo(YOU_KNOW_IS_MEANT_AFTER)) return { filler: 'you know', length: 2 };
    return undefined;
  }

  if (w === 'i' && pairedWith('mean') && next !== undefined) {
    if (attachedTo(I_MEAN_IS_MEANT_AFTER)) return undefined;
    // "I mean, ..." or "I mean we ...": restarting the sentence. "I mean it" / "I mean the blue one" are meant.
    if (next.softBreakAfter || (opensClause && afterNext !== undefined && SUBJECTS.has(afterNext.word))) {
      return { filler: 'I mean', length: 2 };
    }
    return undefined;
  }

  if ((w === 'kind' || w === 'sort') && pairedWith('of')) {
    // "what kind of", "a new sort of", "the right kind of" name a type; "we kind of fixed it" hedges a verb.
    const namesAType =
      attachedTo(DETERMINERS) ||
      (attachedTo(KIND_ADJECTIVES) && beforePrevious !== undefined && !beforePrevious.breakAfter && DETERMINERS.has(beforePrevious.word));
    return namesAType ? undefined : { filler: `${w} of`, length: 2 };
  }

  if (w === 'basically') {
    // The habit is opening a sentence with it ("Basically, we..." / "so basically the..."); inside a clause it
    // means "essentially" ("the page was basically unusable") and stays.
    return opensClause || current.softBreakAfter ? { filler: 'basically', length: 1 } : undefined;
  }

  if (w === 'like') {
    if (attachedTo(LIKE_IS_MEANT_AFTER)) return undefined;
    // Set off with a comma or dash: "so, like, we...", "he was like, no way".
    if (current.softBreakAfter) return { filler: 'like', length: 1 };
    if (next === undefined) return undefined;
    // Before an intensifier or another filler nothing is being compared: "it was like really hard", "like um".
    if (INTENSIFIERS.has(next.word) || SOUNDS.some(([pattern]) => pattern.test(next.word))) return { filler: 'like', length: 1 };
    // Straight after "and"/"so"/"but": "and like the team just...".
    if (attachedTo(CONNECTIVES)) return { filler: 'like', length: 1 };
    // After a comma or at the start, before a new subject: "..., like we had no runbook" (but "Like I said" = "as").
    if ((previous === undefined || previous.breakAfter) && SUBJECTS.has(next.word) && !(afterNext !== undefined && REPORTING_VERBS.has(afterNext.word))) {
      return { filler: 'like', length: 1 };
    }
    // Everything else ("like this", "like a war room", "teams like ours") is a comparison or an example.
    return undefined;
  }

  return undefined;
}
