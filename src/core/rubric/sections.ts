import { builtIn, has, measuresChange, REALISING, type Analysis, type SentenceFacts } from './analysis.js';
import { FIRST_PLURAL, FIRST_SINGULAR, STOP_WORDS, TIME_UNITS } from './lexicon.js';
import { isPastOrParticiple } from './tradeoff-sentence.js';
import { weighingSentences } from './tradeoff-reading.js';
import { quote, type Token } from './text.js';
import { isYearToken, MONTHS } from './number-forms.js';
import { looksAhead } from './outcome.js';

export const SECTION_IDS = ['situation', 'task', 'action', 'result', 'learning'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Sections {
  /** The section each sentence belongs to, by sentence index. */
  of: SectionId[];
  words: Record<SectionId, number>;
  /** The person's words for each section, or null when the answer has none. */
  text: Record<SectionId, string | null>;
  /** Whether the answer labels its parts (`S:`, `*Situation:*`); labels then win over cues. */
  labelled: boolean;
}

/**
 * What a sentence's own wording says it is, ignoring where it sits. Order matters: an explicit outcome marker beats a
 * lesson, a lesson beats a task, and a measured change reads as a result only when nothing marks it as the goal.
 */
function cueSection(facts: SentenceFacts, afterAction: boolean): SectionId | undefined {
  const { voice } = facts;
  const tokens = facts.sentence.tokens;
  if (agreedCondition(facts)) return 'action';
  if (marksOutcome(facts) || (afterAction && (byThen(tokens) || atTheEnd(tokens) || timePassed(facts) || countInsteadOf(facts) || countPerMonth(facts) || nextPeriodOutcome(facts) || countedOverSpan(facts) || countedInYear(facts) || deadlineBeaten(facts)))) return 'result';
  // A habit told in the present tense ("these days I always...") is a lesson applied once the story has happened;
  // before the speaker's first action it says where they are now, which is the scene.
  // "Since then it has not failed once, and month-end close went from five days to three": a measured change told
  // with "since then" is still how things turned out, unless the speaker reflects or keeps a habit in it.
  // "..., which I see as a good sign": the speaker's comment on the figures, in a clause of its own, keeps no habit.
  const measuredSince = !has(facts, 'learnReflect') && !tokens.some((t, k) => t.lower === 'i' && tokens[k - 1]?.lower !== 'which') && measuresChange(facts);
  // "I realised the real problem was not printers but that people had no idea how long they would wait.": before the
  // speaker has acted, what they realised is the finding their steps start from, not the story's lesson.
  if (has(facts, 'learnReflect')) return !afterAction && onlyRealised(facts) ? 'action' : 'learning';
  if (afterAction && !measuredSince && (has(facts, 'learnApplied') || voice.iHabits.length > 0)) {
    // "Since then the warning has fired in code from several other customers": what others have done since is how it
    // turned out, not a habit of the speaker's.
    // "she has continued shopping with us since then": the customer's habit, with "us" only as whom it is with.
    return speaksOfUs(facts, { objects: false }) || voice.iHabits.length > 0 || builtIn(facts) ? 'learning' : 'result';
  }
  // "Calls dropped from about 30 a week to 9, and wrong deductions we had to correct fell from 14 to 3": once the speaker
  // has acted, a measured change is how it turned out, whatever "had to" its clauses hold.
  if (afterAction && voice.iActions.length === 0 && measuresChange(facts)) return 'result';
  // Once the speaker has acted, "had to" with nobody of ours in it reports how things turned out ("no resident had to
  // be moved"), not what the speaker was asked to do.
  if (setsTask(facts) && onlyTaskVerbs(facts) && !(afterAction && !speaksOfUs(facts))) return 'task';
  // A measured change before the speaker has done anything is the problem being set up ("the crash-free rate dropped
  // from 99.5% to 97%"), not the outcome.
  // "I went shallower, 38 µm cells instead of 42": a figure the speaker chose against another is a step, not the outcome.
  // "and I accepted that her output halved for that time": a change the speaker took on as the price of a step.
  // "moved both shifts to one company at 30 percent less": the price of the deal the speaker struck.
  if (voice.iActions.length > 0 && (chosenFigure(tokens) || acceptsChange(tokens) || dealStruckAt(tokens))) return 'action';
  if (measuresChange(facts)) return afterAction || voice.iActions.length > 0 ? 'result' : 'situation';
  if (afterAction && measuredAgain(facts)) return 'result';
  if (has(facts, 'vagueResult')) return 'result';
  // Once the speaker has acted, an outcome verb or a measured impact without a new "I" action reports the result.
  // "The handover took three minutes, and the platelets were there 95 minutes after the call": how long it took, or what
  // came of it "eventually".
  if (
    afterAction &&
    voice.iActions.length === 0 &&
    (has(facts, 'outcome') || faultStopped(facts) || (facts.voice.weActions.length === 0 && faultGone(tokens)) || facts.numbers.some((n) => n.impact || (n.kind === 'metric' && !n.target)) || outcomeInTime(facts) || standsNow(facts) || everyOneHad(facts) || noneInNotes(facts) || othersHadTo(facts) || noFurther(tokens) || nonesListed(tokens))
  ) {
    return 'result';
  }
  if (voice.iActions.length > 0 || voice.weActions.length > 0 || voice.passive.length > 0) return 'action';
  if (has(facts, 'situationMarker')) return 'situation';
  return undefined;
}

/** The sentence's only lesson words are "I realised". */
export function onlyRealised(facts: SentenceFacts): boolean {
  return facts.hits.every((hit) => hit.category !== 'learnReflect' || REALISING.has(facts.sentence.tokens[hit.to - 1]?.lower ?? ''));
}

const MEASURING_AGAIN = new Set(['measured', 'counted', 'tested', 'checked', 'weighed', 'sampled', 'surveyed', 'timed', 'audited']);

/**
 * "i went back a month later and measured again: 91% uniformity": the speaker's own reading taken again after the
 * change, with its figure, is how it turned out, not another step.
 */
function measuredAgain(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  if (facts.numbers.length === 0) return false;
  // "At resample the east wing was under 100 CFU per litre", "On the retest, 2 of 40 failed": the reading taken again.
  const measure = ['the', 'our', 'first', 'next'].includes(tokens[1]?.lower ?? '') ? 2 : 1;
  if (REMEASURE_LEADS.has(tokens[0]?.lower ?? '') && RE_MEASURING.test(tokens[measure]?.lower ?? '')) return true;
  return tokens.some((t, i) => MEASURING_AGAIN.has(t.lower) && (tokens[i + 1]?.lower === 'again' || (POINTING_BACK.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'again')));
}

const REMEASURE_LEADS = new Set(['at', 'on', 'after', 'in']);
const RE_MEASURING = /^re-?(?:sampl|test|inspect|check|count|audit|survey|measur|weigh)/;

const POINTING_BACK = new Set(['it', 'them', 'everything', 'all']);

/**
 * An outcome marker of this story: "in the end", "this led to". In the past perfect ("two walkers had ended up in the
 * gully", "a similar fault had led to a recall") it tells what happened before, which is the scene.
 */
function marksOutcome(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  // "I learned that looking after your people pays off in the end": in a sentence that opens on its lesson, the marker
  // is part of the lesson.
  const reflectsFrom = facts.hits.find((hit) => hit.category === 'learnReflect' && hit.from <= 1)?.from ?? tokens.length;
  return facts.hits.some((hit) => hit.category === 'resultMarker' && tokens[hit.from - 1]?.lower !== 'had' && hit.from < reflectsFrom);
}

/**
 * "February had one delayed departure instead of 19": after the speaker's steps, a count set against the count before
 * it is how things turned out ("I chose 3 suppliers instead of 5" is a choice, told with the speaker's own verb).
 */
function countInsteadOf(facts: SentenceFacts): boolean {
  // "Since then I keep a template, and the next outage took 35 minutes instead of seven hours": a lesson applied.
  if (facts.voice.iActions.length > 0 || facts.voice.iHabits.length > 0 || has(facts, 'learnReflect') || has(facts, 'learnApplied')) return false;
  const tokens = facts.sentence.tokens;
  const at = tokens.findIndex((t, i) => t.lower === 'instead' && tokens[i + 1]?.lower === 'of' && isCount(tokens[i + 2]));
  return at > 0 && tokens.slice(0, at).some(isCount);
}

/**
 * "November we had five returns, December four": after the speaker's steps, counts given month by month, with nobody
 * acting, are how things went from then on.
 */
function countPerMonth(facts: SentenceFacts): boolean {
  if (facts.voice.iActions.length > 0 || facts.voice.weActions.length > 0 || !facts.numbers.some((n) => !n.target)) return false;
  const months = new Set(facts.sentence.tokens.filter((t) => MONTHS.has(t.lower)).map((t) => t.lower));
  return months.size >= 2;
}

/** The speaker or their team acts in the sentence, or the speaker keeps a habit in it. */
function oursAct(facts: SentenceFacts): boolean {
  return facts.voice.iActions.length > 0 || facts.voice.weActions.length > 0 || facts.voice.iHabits.length > 0;
}

/** Periods a story's outcome is counted over: "next winter", "the following season". */
const PERIODS = new Set(['winter', 'summer', 'spring', 'autumn', 'fall', 'season', 'year', 'month', 'quarter', 'term', 'semester', 'harvest']);

/** "Next winter", "the following season", and after the steps "That winter": the period the steps were for. */
const NEXT_PERIOD = new Set(['next', 'following', 'that']);

/**
 * "Next winter nobody left", "The following season there were zero burns", "That winter we had no runway incursions":
 * after the speaker's steps, a sentence that opens on the next period, with nobody of ours acting in it, tells how that
 * period went.
 */
function nextPeriodOutcome(facts: SentenceFacts): boolean {
  if (oursAct(facts)) return false;
  const tokens = facts.sentence.tokens;
  const at = tokens[0]?.lower === 'the' ? 1 : 0;
  if (NEXT_PERIOD.has(tokens[at]?.lower ?? '') && PERIODS.has(tokens[at + 1]?.lower ?? '')) return true;
  // "During the next flood the page had about 40,000 views a day": the next time the trouble came, whatever it is.
  return SPAN_OPENERS.has(tokens[0]?.lower ?? '') && tokens[1]?.lower === 'the' && NEXT_ONE.has(tokens[2]?.lower ?? '') && tokens[3]?.kind === 'word';
}
const SPAN_OPENERS = new Set(['during', 'in', 'at', 'over', 'through', 'by', 'for']);
const NEXT_ONE = new Set(['next', 'following']);

/**
 * "The payment went out 40 minutes before cut-off": after the speaker's steps, a deadline beaten by a margin told in
 * time, with nobody of ours acting in the sentence, is how it turned out.
 */
function deadlineBeaten(facts: SentenceFacts): boolean {
  if (oursAct(facts)) return false;
  const tokens = facts.sentence.tokens;
  return tokens.some(
    (t, i) =>
      t.lower === 'before' &&
      tokens[i - 2]?.kind === 'number' &&
      TIME_UNITS.has(tokens[i - 1]?.stem ?? '') &&
      tokens.slice(i + 1, i + 4).some((d, k) => DEADLINES.has(d.lower) || (d.lower === 'cut' && tokens[i + 2 + k]?.lower === 'off')),
  );
}
const DEADLINES = new Set(['deadline', 'cutoff', 'departure', 'curfew', 'closing']);

const OVER_A_SPAN = new Set(['in', 'over', 'during', 'across', 'for']);
const THERE_BE = new Set(['was', 'were']);
const SPAN_REACH = 9;
const SINCE_WHAT = new Set(['then', 'that', 'this', 'the']);
const LOOKING_BACK = new Set(['before', 'earlier', 'previous', 'last', 'prior']);

/**
 * "In nine performances we had one small late entry", "Over the next six months there were two falls": after the
 * speaker's steps, a sentence that opens on a span and counts what happened in it, with nobody acting, tells how it
 * went. The count must be a figure or a number word: "In March we had a new starter" is another event.
 */
function countedOverSpan(facts: SentenceFacts): boolean {
  if (oursAct(facts)) return false;
  const tokens = facts.sentence.tokens;
  // "Since that rule, in about 140 jobs, we had zero": a span that starts at the step; "Since we had two vans" gives a
  // cause.
  const sinceTheStep = tokens[0]?.lower === 'since' && SINCE_WHAT.has(tokens[1]?.lower ?? '');
  if (!OVER_A_SPAN.has(tokens[0]?.lower ?? '') && !sinceTheStep) return false;
  // The count is the sentence's own clause, right after the span; "...and the summer before we had three" looks back.
  // "Since then we have had no rejected tanks in 14 months": the present perfect counts the same span ("we've" is
  // among FIRST_PLURAL).
  const weHad = (i: number): boolean => FIRST_PLURAL.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lower === 'have' && FIRST_PLURAL.has(tokens[i - 2]?.lower ?? ''));
  const had = tokens.findIndex((t, i) => i < SPAN_REACH && ((t.lower === 'had' && weHad(i)) || (THERE_BE.has(t.lower) && tokens[i - 1]?.lower === 'there')));
  if (had < 2 || tokens.slice(0, had).some((t) => LOOKING_BACK.has(t.lower))) return false;
  const count = tokens.slice(had + 1, had + 4).find((t) => isCount(t) && t.lower !== 'a' && t.lower !== 'an');
  return count !== undefined;
}

/**
 * "In 2023/24 we spent 340,000 kroner on materials across all five shows", "By 2023 we had 19 teams": after the speaker's
 * steps, a sentence that opens on a year and counts something in it tells how that year went, even with "we" as its
 * subject; before them, the same sentence sets the scene.
 */
function countedInYear(facts: SentenceFacts): boolean {
  if (facts.voice.iActions.length > 0 || facts.voice.iHabits.length > 0 || has(facts, 'learnReflect')) return false;
  const tokens = facts.sentence.tokens;
  const year = tokens[1]?.lower === 'the' ? 2 : 1;
  const opening = tokens[year];
  if (!IN_A_YEAR.has(tokens[0]?.lower ?? '') || opening === undefined || !isYearToken(opening)) return false;
  return facts.numbers.some((n) => n.kind !== 'date' && !n.target);
}

const IN_A_YEAR = new Set(['in', 'by', 'during', 'over', 'throughout']);

/** "38 µm instead of 42", "12 crates rather than 20": a figure set against the one not chosen. */
function chosenFigure(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    const against = (t.lower === 'instead' && tokens[i + 1]?.lower === 'of') || (t.lower === 'rather' && tokens[i + 1]?.lower === 'than');
    return against && isCount(tokens[i + 2]) && tokens.slice(Math.max(0, i - 4), i).some(isCount);
  });
}

/**
 * "We agreed if the queries hadn't dropped by the end of the six weeks, she'd rotate": a condition the team set, with
 * every outcome word inside it, is a step, not how things turned out.
 */
function agreedCondition(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  const step = facts.voice.weActions[0]?.index ?? -1;
  if (step < 0 || !AGREEING.has(tokens[step]?.lower ?? '')) return false;
  const condition = tokens.findIndex((t, i) => i > step && i <= step + 2 && (t.lower === 'if' || t.lower === 'unless'));
  return condition > 0 && facts.hits.every((hit) => !OUTCOME_WORDS.has(hit.category) || hit.from > condition);
}

const AGREEING = new Set(['agreed', 'decided', 'settled']);
const OUTCOME_WORDS = new Set(['outcome', 'resultMarker', 'vagueResult']);

/** "I accepted that her output halved", "we accepted that the queue would grow": the speaker taking on a change. */
function acceptsChange(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => ACCEPTING.has(t.lower) && (tokens[i - 1]?.lower === 'i' || tokens[i - 1]?.lower === 'we') && tokens[i + 1]?.lower === 'that');
}

const ACCEPTING = new Set(['accepted', 'tolerated']);

/** "at 30 percent less", "for 20% less", "at a 15 percent discount": a figure that is the terms of a deal. */
function dealStruckAt(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'at' && t.lower !== 'for') return false;
    const figure = tokens.slice(i + 1, i + 3).findIndex(isCount);
    if (figure < 0) return false;
    return tokens.slice(i + 2 + figure, i + 5 + figure).some((w) => CHEAPER.has(w.lower));
  });
}

const CHEAPER = new Set(['less', 'cheaper', 'lower', 'discount', 'off']);

function isCount(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'number' || COUNT_WORDS.has(token.lower));
}

const COUNT_WORDS = new Set(['no', 'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a', 'an', 'half']);

const TIMING = new Set(['took', 'after', 'within', 'later', 'back']);

/**
 * A duration told with what it timed ("took three minutes", "35 minutes after the call"), or what came "eventually" of
 * it with nobody of ours acting ("Eventually the machines got looked at"; "eventually we fixed it" is still a step).
 */
function outcomeInTime(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  if (tokens.some((t) => t.lower === 'eventually') && facts.voice.weActions.length === 0) return true;
  return facts.numbers.some((n) => n.kind === 'duration' && !n.target) && tokens.some((t) => TIMING.has(t.lower));
}

/** Words after "By" that make it a point in time: "By the first week of September", "By March", "By the deadline". */
const POINT_IN_TIME = new Set([...MONTHS, 'then', 'now', 'deadline', 'time', 'week', 'weeks', 'month', 'months', 'day', 'spring', 'summer', 'autumn', 'fall', 'winter', 'christmas', 'year', 'term', 'quarter', 'friday', 'monday']);

const CLOCK_AFTER = new Set(['a', 'p', 'am', 'pm', 'o']);

/**
 * "By the first week of September every school was on Windows 11": after the speaker's steps, a sentence opening at a
 * point in time says where things stood by then, which is the result.
 */
function byThen(tokens: readonly Token[]): boolean {
  if (tokens[0]?.lower !== 'by') return false;
  // "By 9 p.m. on Wednesday", "By 17:00": an hour of the clock.
  if (tokens[1]?.kind === 'number' && (tokens[1].text.includes(':') || CLOCK_AFTER.has(tokens[2]?.lower ?? ''))) return true;
  for (let i = 1; i < Math.min(tokens.length, 6); i++) if (POINT_IN_TIME.has(tokens[i]?.lower ?? '')) return true;
  return false;
}

/** "At the end everything was fine": "in the end" as people often say it, unlike "at the end of the shift". */
function atTheEnd(tokens: readonly Token[]): boolean {
  const at = tokens[0]?.lower === 'at' ? 0 : tokens[1]?.lower === 'at' ? 1 : -1;
  return at >= 0 && tokens[at + 1]?.lower === 'the' && tokens[at + 2]?.lower === 'end' && tokens[at + 3]?.lower !== 'of';
}

/**
 * "After some time some small changes were made in the procedure": once the speaker has acted, a sentence that opens on
 * time gone by, with no step of the speaker's in it, tells how things turned out, however vaguely.
 */
function timePassed(facts: SentenceFacts): boolean {
  // "Over time it started to make more sense, and I was able to handle the applications more confidently": what the
  // speaker could do by then is how it turned out, not a step.
  if (facts.voice.iActions.some((verb) => verb.lower !== 'able') || facts.voice.iHabits.length > 0) return false;
  const tokens = facts.sentence.tokens;
  const [first, second, third] = [tokens[0]?.lower, tokens[1]?.lower, tokens[2]?.lower];
  return (first === 'after' && (second === 'a' || second === 'some') && (third === 'while' || third === 'time')) || ((first === 'over' || first === 'with') && second === 'time');
}

const PRESENT_BE_OR_HAVE = new Set(['is', 'are', 'has', 'have']);

/**
 * "Now the process is much easier", "And now the books are being used in a few schools": once the speaker has acted,
 * where things stand now, said of the things, with the speaker neither acting nor in it.
 */
function standsNow(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  // "This is my way now with all staff" is the speaker's habit, the lesson applied; the "I" of "I think things are
  // better now" only hedges how things stand.
  const hedged = new Set(facts.hits.filter((h) => h.category === 'hedge').flatMap((h) => [h.from, h.to - 1]));
  return (
    facts.voice.weActions.length === 0 &&
    !tokens.some((t, i) => FIRST_SINGULAR.has(t.lower) && !hedged.has(i)) &&
    tokens.some((t) => t.lower === 'now') &&
    tokens.some((t) => PRESENT_BE_OR_HAVE.has(t.lower))
  );
}

const EVERY = new Set(['every', 'all', 'each', 'both']);
const HAD = new Set(['had', 'got', 'received', 'was', 'were']);

/**
 * "Every shop on both routes had its supplements before opening": once the speaker has acted, where everyone stood, with
 * nobody of ours acting.
 */
function everyOneHad(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  if (!EVERY.has(tokens[0]?.lower ?? '') || facts.voice.weActions.length > 0) return false;
  const verb = tokens.findIndex((t, i) => i > 0 && i < 8 && HAD.has(t.lower));
  return verb > 0 && !['to', 'been'].includes(tokens[verb + 1]?.lower ?? '');
}

/**
 * "The TV station had to correct theirs": once the speaker has acted, what someone else then had to do, with nobody of
 * ours in the sentence, is how things turned out for them.
 */
function othersHadTo(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  const had = tokens.findIndex((t, i) => t.lower === 'had' && tokens[i + 1]?.lower === 'to');
  return had > 0 && !speaksOfUs(facts) && !tokens.slice(0, had).some((t) => t.kind === 'number' || t.lower === 'if');
}

/**
 * "No trip. No pump damage.": in notes, once the speaker has acted, a line of a few words that names only what did not
 * happen is how it ended.
 */
function noneInNotes(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  return tokens[0]?.lower === 'no' && tokens.length >= 2 && tokens.length <= NOTE_WORDS && !speaksOfUs(facts) && !tokens.some((t) => t.kind === 'number' || isPastOrParticiple(t));
}

/** "We had no further cases in my house that month", "there were no more night calls": what stopped coming, once acted. */
function noFurther(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'no' && (tokens[i + 1]?.lower === 'further' || tokens[i + 1]?.lower === 'more') && tokens[i + 2]?.kind === 'word' && !FUNCTION_AFTER_NO.has(tokens[i + 2]?.lower ?? ''));
}

/**
 * "It cost about 4 extra days, and no panel strike, no injury": once acted, a sentence that closes on two or more harms
 * named, a few words each, as not having happened tells how it ended.
 */
function nonesListed(tokens: readonly Token[]): boolean {
  const nos = tokens.flatMap((t, i) => (t.lower === 'no' ? [i] : []));
  const last = nos[nos.length - 1];
  const previous = nos[nos.length - 2];
  if (last === undefined || previous === undefined || last - previous < 2 || last - previous > NONE_ITEM_WORDS + 1) return false;
  const tail = tokens.length - last - 1;
  if (tail < 1 || tail > NONE_ITEM_WORDS) return false;
  // "no damaged sofa": a participle may describe the thing, right after "no"; later it would be a verb ("no one hurt").
  const named = (t: Token, k: number): boolean => t.kind === 'word' && !FUNCTION_AFTER_NO.has(t.lower) && (k === 0 || !isPastOrParticiple(t));
  const first = tokens.slice(previous + 1, tokens[last - 1]?.lower === 'and' ? last - 1 : last);
  return first.length > 0 && first.every(named) && tokens.slice(last + 1).every(named);
}

/** Words an item of such a list has at most: "no panel strike". */
const NONE_ITEM_WORDS = 3;

/** "no more than", "no further to go": a limit or a distance, not what stopped. */
const FUNCTION_AFTER_NO = new Set(['than', 'to', 'and', 'of', 'for', 'in', 'on', 'at']);

/** How many words a line in notes has at most: "No pump damage", "No trips either time". */
const NOTE_WORDS = 4;

const PERFECT = new Set(['has', 'have', "hasn't", "haven't"]);

/**
 * A task phrase that sets one: "no plan has had to be redone since" reports how things went, in the present perfect.
 */
function setsTask(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  return facts.hits.some((hit) => hit.category === 'taskMarker' && !PERFECT.has(tokens[hit.from - 1]?.lower ?? '') && !comparedWithBefore(tokens, hit.from));
}

/**
 * "none came back, where the year before we had to remake four": what had to be done in the time before is the
 * baseline of a comparison, not a task set.
 */
function comparedWithBefore(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(Math.max(0, at - BEFORE_TIME_REACH), at).some((t, k, window) => (t.lower === 'before' && EARLIER_SPANS.has(window[k - 1]?.lower ?? '')) || t.lower === 'previously');
}

/** How far before "had to" its "the year before" may stand: "where the year before we had to". */
const BEFORE_TIME_REACH = 4;
/** "the year before", "the season before": the span the comparison reaches back to. */
const EARLIER_SPANS = new Set(['year', 'month', 'week', 'season', 'time']);

/**
 * "The freezing stopped", "the calls stopped": a fault that ended, in the past tense (the matcher's stems would also
 * take "nothing stops a business reopening").
 */
function faultStopped(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  return tokens.some((t, i) => t.lower === 'stopped' && i > 0 && !FIRST_SINGULAR.has(tokens[i - 1]?.lower ?? '') && !FIRST_PLURAL.has(tokens[i - 1]?.lower ?? ''));
}

const NOT_DONE = new Set(["didn't", "wasn't", "weren't", 'never']);
const ANY_MORE = new Set(['once', 'again', 'anymore']);

/**
 * "At the dress rehearsal the conductor didn't stop us once", "nobody was late again": once the speaker has acted, the
 * trouble not coming back is how things turned out. "I didn't give up once" is the speaker's conduct.
 */
function faultGone(tokens: readonly Token[]): boolean {
  const not = tokens.findIndex((t) => NOT_DONE.has(t.lower) || (t.lower === 'not' && tokens[t.index - 1]?.lower === 'did'));
  if (not < 1 || !tokens.slice(not + 1, not + 7).some((t) => ANY_MORE.has(t.lower))) return false;
  // "If the consonants weren't there, we did it again": a condition, not what happened.
  if (tokens.slice(0, not).some((t) => t.lower === 'if' || t.lower === 'unless')) return false;
  const subject = tokens[tokens[not]?.lower === 'not' ? not - 2 : not - 1]?.lower ?? '';
  return !FIRST_SINGULAR.has(subject) && !FIRST_PLURAL.has(subject);
}

/** Index of the answer's last sentence with words in it (a blank line is an empty one), or -1. */
function lastSpoken(facts: readonly SentenceFacts[]): number {
  let last = facts.length - 1;
  while (last >= 0 && (facts[last] as SentenceFacts).sentence.words === 0) last--;
  return last;
}

function speaksOfUs(facts: SentenceFacts, { objects = true } = {}): boolean {
  const tokens = facts.sentence.tokens;
  return tokens.some((t, k) => (FIRST_SINGULAR.has(t.lower) || FIRST_PLURAL.has(t.lower)) && (objects || !(OBJECT_FORMS.has(t.lower) && PREPOSITIONS.has(tokens[k - 1]?.lower ?? ''))));
}

/** "with us", "to me": the speaker as whom something is done with or to, not who does it. */
const OBJECT_FORMS = new Set(['us', 'me']);
const PREPOSITIONS = new Set(['with', 'to', 'from', 'for', 'at', 'by', 'of']);

/** Steps of the speaker's after the last result, without a lesson, that make the story end in the middle of acting. */
const STEPS_AFTER = 2;

/**
 * "I lined the logs up with the CCTV. Every false lift was between 1 and 3 a.m. ... I went out at 1 a.m. myself. I
 * dug a trial hole...": a story that ends while the speaker is still acting has told no result yet; what read as one
 * along the way, with no outcome marker and no measured change, was a finding of the investigation.
 */
function findingsMidAction(of: SectionId[], facts: readonly SentenceFacts[]): void {
  const last = lastSpoken(facts);
  if (last < 0 || of[last] !== 'action' || of.includes('learning')) return;
  let steps = 0;
  // Steps taken, not a stance read as one ("That's how I've always been").
  for (let i = last; i >= 0 && of[i] !== 'result'; i--) if (of[i] === 'action' && (facts[i] as SentenceFacts).voice.iActions.length > 0) steps++;
  if (steps < STEPS_AFTER) return;
  const results = of.flatMap((section, i) => (section === 'result' ? [i] : []));
  // "I found that 31 pupils had two grades recorded": a count the speaker found along the way is still a finding.
  // "asked five principals what they needed. answer: which kids crossed 10% this week": the reply to the speaker's
  // question, right after it, is a finding too.
  const found = (i: number) => foundAlongTheWay(facts[i] as SentenceFacts) || (of[i - 1] === 'action' && askedOrFound(facts[i - 1] as SentenceFacts));
  if (results.some((i) => reportsOutcome(facts[i] as SentenceFacts) && !found(i))) return;
  for (const i of results) of[i] = 'action';
}

/**
 * "We wrapped at 3:50, ten minutes before the permission ended, with all three set-ups in the can. What I learned:
 * ...": in a story read with no Result at all, the last of several steps right before the lesson, when it counts or
 * times something, is how the story ended. `pastWeighing` looks past closing lines that only weigh what was at stake.
 */
function endingBeforeLesson(of: SectionId[], facts: readonly SentenceFacts[], { pastWeighing = false } = {}): void {
  if (of.includes('result')) return;
  const lesson = of.indexOf('learning');
  let last = lesson - 1;
  // "Two wrote reviews praising the pairing. If I'd been wrong, we'd have lost 380 euros.": the course weighed after the
  // ending, with only what would have been at stake counted, comes after how it ended.
  while (pastWeighing && last > 2 && weighedAfterwards(facts[last] as SentenceFacts)) last--;
  if (last < 2 || of[last] !== 'action' || of[last - 1] !== 'action') return;
  const ending = facts[last] as SentenceFacts;
  if (ending.numbers.some((n) => !n.target)) of[last] = 'result';
}

/** A line that counts only what would have been at stake, with no step of the speaker's. */
function weighedAfterwards(fact: SentenceFacts): boolean {
  return fact.numbers.length > 0 && fact.numbers.every((n) => n.target) && fact.voice.iActions.length === 0;
}

/** How many lines before the speaker's first step may still weigh the course. */
const DELIBERATION_REACH = 4;

/**
 * "Two options: engrave the set as planned, or cut the gold cylinder shallower. My guess from the supplier's sheet: ...
 * Re-engraving one cylinder is six hours.": the options and costs weighed right before the speaker's first step are
 * the decision being made, part of the Action, not the scene.
 */
function deliberationBeforeActing(of: SectionId[], analysis: Analysis): void {
  const first = of.indexOf('action');
  if (first < 3) return;
  const weighing = weighingSentences(analysis);
  let from = -1;
  for (let i = Math.max(2, first - DELIBERATION_REACH); i < first; i++) {
    if (of[i] === 'situation' && weighing.has(i)) {
      from = i;
      break;
    }
  }
  if (from < 0) return;
  for (let i = from; i < first; i++) if (of[i] === 'situation') of[i] = 'action';
}

/** How far back from the lesson (or the story's end) a harm averted may stand and still be how the story ended. */
const AVERTED_REACH = 3;

/**
 * "We made the buoys and changed the bridle there. Nothing went loose, nobody hurt.", "Nobody swam in under-chlorinated
 * water.": in a story read with no Result at all, the harm that did not happen, told near its end after the speaker's
 * steps, is how it ended.
 */
function harmAvertedAtTheEnd(of: SectionId[], facts: readonly SentenceFacts[]): void {
  if (of.includes('result')) return;
  const lesson = of.indexOf('learning');
  const end = lesson < 0 ? of.length : lesson;
  for (let i = end - 1; i >= Math.max(1, end - AVERTED_REACH); i--) {
    if (of[i] !== 'action') return;
    if (harmAverted(facts[i] as SentenceFacts)) {
      of[i] = 'result';
      return;
    }
  }
}

const NOBODY = new Set(['nobody', 'nothing', 'none']);

/** Openers before a maxim: "I think, um, if it doesn't pay...". */
const MAXIM_OPENERS = new Set(['i', 'think', 'believe', 'guess', 'suppose', 'so', 'um', 'uh', 'well', 'honestly', 'and', 'but', 'now']);
/** What a rule for anyone starts with: a condition, or a thing or person in general ("A route can be..."). */
const GENERAL_STARTS = new Set(['if', 'when', 'whenever', 'unless', 'a', 'an', 'people', 'nobody', 'anyone', 'everyone', 'any', 'every']);
/** Verbs of the general present: "can be", "won't last", "doesn't pay", "is", "needs". */
const GENERAL_VERBS = new Set(['can', "can't", 'cannot', 'will', "won't", 'does', "doesn't", 'do', "don't", 'is', "isn't", 'are', "aren't", 'needs', 'has', 'must', 'should']);

/**
 * "A route can be efficient and still be wrong for the people who live along it.", "I think, if it doesn't pay somebody
 * every week, it won't last past the newspaper photo.": a story with no lesson marked that closes, after its ending, on
 * a rule for anyone in the present tense has drawn its lesson there.
 */
function closingMaxim(of: SectionId[], facts: readonly SentenceFacts[]): void {
  if (of.includes('learning')) return;
  const end = lastSpoken(facts);
  // "People trust what they can check, not what you promise them. When I opened a second buying point last year, the
  // scale was there on the first day.": the rule may come just before the step that applied it later.
  const last = end > 0 && laterStep(facts[end] as SentenceFacts) ? end - 1 : end;
  if (last < 2 || !(of[last - 1] === 'result' || of[last - 1] === 'action')) return;
  const fact = facts[last] as SentenceFacts;
  const tokens = fact.sentence.tokens;
  if (fact.voice.iActions.length > 0 || fact.voice.weActions.length > 0 || fact.numbers.length > 0 || reportsOutcome(fact) || has(fact, 'outcome')) return;
  // "When we taste in spring, I will know if the acidity is too sharp": a line that waits to find out is no maxim.
  if (looksAhead(tokens)) return;
  let at = 0;
  while (at < tokens.length && MAXIM_OPENERS.has(tokens[at]?.lower ?? '')) at++;
  // "A year on there is no tripping at all": a time since, which tells how things stand.
  if (!(GENERAL_STARTS.has(tokens[at]?.lower ?? '') || barePlural(tokens, at)) || TIME_UNITS.has(tokens[at + 1]?.stem ?? '')) return;
  const rest = tokens.slice(at);
  if (rest.some((t) => isPastOrParticiple(t) && !NOT_PAST_AFTER.has(tokens[t.index - 1]?.lower ?? '')) || !rest.some((t) => GENERAL_VERBS.has(t.lower))) return;
  of[last] = 'learning';
}

/** Words that place a step of the speaker's after the story: "since", "next season", "last year", "again". */
const LATER_WORDS = new Set(['since', 'next', 'later', 'again']);
const RECENT = new Set(['last', 'this']);

/** "When I opened a second buying point at Haimchar last year, ...": a step of the speaker's (or their team's) told as coming later. */
function laterStep(fact: SentenceFacts): boolean {
  const tokens = fact.sentence.tokens;
  return fact.voice.iActions.length + fact.voice.weActions.length > 0 && tokens.some((t, i) => LATER_WORDS.has(t.lower) || (RECENT.has(t.lower) && TIME_UNITS.has(tokens[i + 1]?.stem ?? '')));
}

/** "Farmers believe the numbers they can read": a plural with no determiner, people or things in general, as subject. */
function barePlural(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower ?? '';
  return word.length > PLURAL_MIN && word.endsWith('s') && !word.endsWith('ss') && !STOP_WORDS.has(word) && !isPastOrParticiple(tokens[at + 1] as Token);
}

/** Shorter words ending in "s" are mostly not plurals: "this", "was", "its". */
const PLURAL_MIN = 3;

/** "can be done", "is paid", "they can read": a participle (or a past form) after these is no past tense. */
const NOT_PAST_AFTER = new Set(['be', 'is', 'are', 'been', 'get', 'gets', 'can', 'cannot', "can't", 'will', "won't", 'must', 'should', 'to', 'do', 'does', "don't", "doesn't"]);

/** "Nothing went loose", "nobody hurt", "no one was injured", "none of the kids missed a session": said of no one. */
export function harmAverted(facts: SentenceFacts): boolean {
  if (facts.voice.iActions.length > 0 || facts.voice.weActions.length > 0) return false;
  const tokens = facts.sentence.tokens;
  let at = LINKING_WORDS.has(tokens[0]?.lower ?? '') ? 1 : 0;
  if (tokens[at]?.lower === 'no' && tokens[at + 1]?.lower === 'one') at++;
  else if (!NOBODY.has(tokens[at]?.lower ?? '')) return false;
  if (tokens[at + 1]?.lower === 'of') at += 3;
  const verb = tokens[at + 1];
  // "Nobody had checked the pump" goes back before the story; what follows the steps in the past tense is the end.
  if (verb === undefined || verb.lower === 'had') return false;
  return ['was', 'were', 'got'].includes(verb.lower) || isPastOrParticiple(verb);
}

const LINKING_WORDS = new Set(['and', 'so', 'but']);

const FINDING = new Set(['found', 'noticed', 'discovered', 'spotted', 'saw', 'realised', 'realized', 'learned', 'learnt']);

function askedOrFound(facts: SentenceFacts): boolean {
  return foundAlongTheWay(facts) || facts.voice.iActions.some((verb) => verb.lower === 'asked');
}

/** The speaker found something: "I found that 31 pupils had two predicted grades". */
function foundAlongTheWay(facts: SentenceFacts): boolean {
  return facts.voice.iActions.some((verb) => FINDING.has(verb.lower));
}

/** An outcome said as one: a marker ("in the end"), a measured change or an impact. */
function reportsOutcome(facts: SentenceFacts): boolean {
  return marksOutcome(facts) || has(facts, 'vagueResult') || facts.numbers.some((n) => n.delta || n.impact);
}

/** True when the sentence's only "I" verbs are those of the task phrase itself ("I owned getting p95 under 400 ms"). */
function onlyTaskVerbs(facts: SentenceFacts): boolean {
  const inTask = new Set<number>();
  for (const hit of facts.hits) if (hit.category === 'taskMarker') for (let k = hit.from; k < hit.to; k++) inTask.add(k);
  return facts.voice.iActions.every((verb) => inTask.has(verb.index));
}

export function findSections(analysis: Analysis): Sections {
  const { facts, doc } = analysis;
  const knownLabels = new Set(facts.map((f) => f.sentence.label).filter((l) => l !== undefined && l !== 'other'));
  const labelled = knownLabels.size >= 2;
  const of: SectionId[] = [];
  let current: SectionId | undefined;
  let labelCurrent: SectionId | undefined;
  let seenAction = false;
  // "- what I changed: ... - result: ... - learning: ...": with no Action label, a lesson's heading that comes before the
  // Result's heads the steps taken.
  const firstResultLabel = knownLabels.has('action') ? -1 : facts.findIndex((f) => f.sentence.label === 'result');
  // Indexed: entries() would build an [index, value] pair per sentence.
  for (let index = 0; index < facts.length; index++) {
    const fact = facts[index] as SentenceFacts;
    const label = fact.sentence.label;
    let section: SectionId | undefined;
    if (labelled) {
      if (label !== undefined && label !== 'other') labelCurrent = label === 'learning' && index < firstResultLabel ? 'action' : label;
      // "What I did: ... Test, 14 October 2023: failover complete in 3 hours 10 minutes. ... Lesson: ...": with no Result
      // label, a heading of its own after the Action's that opens on no step of the speaker's heads the outcome.
      else if (label === 'other' && labelCurrent === 'action' && !knownLabels.has('result') && fact.voice.iActions.length === 0 && fact.voice.weActions.length === 0) labelCurrent = 'result';
      section = labelCurrent;
      // A lesson written inside a labelled Result still reads as Learning when there is no Learning label.
      if (section === 'result' && !knownLabels.has('learning') && (has(fact, 'learnReflect') || has(fact, 'learnApplied'))) {
        section = 'learning';
      }
      section ??= cueSection(fact, seenAction) ?? 'situation';
      // "Context:" (or "Problem:") and a list of what happened, then "Result:" or "Lesson:": with no Action label, what
      // follows the set-up is read by its wording.
      // Under "Problem:" with no Action label, the speaker's own steps ("I kept one full meeting a year") are the Action.
      const setUp = section === 'situation' || (section === 'task' && (!knownLabels.has('result') || fact.voice.iActions.length > 0));
      if (setUp && (label === undefined || label === 'other') && !knownLabels.has('action') && (index > 1 || fact.sentence.bullet === true)) {
        const cue = cueSection(fact, seenAction);
        // "- I bought the other 1,700 in a group order, unit price down from €310 to €245 ... - result: ...": before the
        // Result's own label, a measured line of the speaker's steps is still the Action.
        const beforeResultLabel = cue === 'result' && index < firstResultLabel && (seenAction || fact.voice.iActions.length > 0);
        if (cue === 'action' || cue === 'result') section = beforeResultLabel ? 'action' : cue;
        // Once the speaker has acted, a line with no cue of its own ("The others were worried about losing cash.")
        // belongs to what is being told, not to the context before it.
        else if (cue === undefined && seenAction && (current === 'action' || current === 'result')) section = current;
      }
      // "What I did: ..." and "What I learned: ..." with no Result label: a measured outcome told under the Action label
      // ("After that the vehicles standing in the road went from about 25 to 6"), and what follows it, is the Result.
      if (section === 'action' && !knownLabels.has('result') && seenAction && label !== 'action') {
        const cue = cueSection(fact, true);
        const measured = (): boolean => measuresChange(fact) || marksOutcome(fact);
        if ((cue === 'result' && measured()) || (cue === undefined && current === 'result')) section = 'result';
      }
    } else if (label === 'learning' || label === 'result' || label === 'situation') {
      // One label in an otherwise plain answer ("Lesson: test the work the job needs", "Baseline: the kiosks handle
      // around 62% of all loans") still says what follows it.
      section = label;
    } else {
      const cue = cueSection(fact, seenAction);
      if (index <= 1 && !seenAction && (cue === 'action' || cue === undefined) && fact.voice.iActions.length === 0) {
        // The first sentences, before the speaker's own first move, set the scene even when the team acts in them.
        section = 'situation';
      } else if (index === 0 && cue === 'action' && has(fact, 'situationMarker')) {
        // An opener anchored in time or place ("Two years ago I started...") is the scene, whoever acts in it.
        section = 'situation';
      } else {
        section = cue ?? (seenAction ? (current ?? 'action') : 'situation');
      }
      // "The first four-day close happened in April. We had two late adjustments that quarter and none since.": once the
      // story has told its outcome, a line that reads like scene-setting goes on with the Result.
      if (section === 'situation' && current === 'result' && seenAction) section = 'result';
      // "I rebuilt the rota... Every keeper also got four hours a month of protected time, written into the rota.":
      // built into the work in the middle of the steps, before any outcome is told, it is one of them, not the lesson.
      if (section === 'learning' && current === 'action' && builtIn(fact) && !has(fact, 'learnReflect') && !of.includes('result')) section = 'action';
      // "What I took from it: go slow and be on the dot. I'd rather do half the job on time than the whole job late.":
      // once the answer has turned to its lesson, what the speaker would do, with no outcome said as one, goes on with it.
      if (current === 'learning' && section === 'result' && fact.voice.hypothetical.length > 0 && !reportsOutcome(fact) && fact.voice.iActions.length === 0) {
        section = 'learning';
      }
    }
    if (section === 'action' || (section !== 'situation' && fact.voice.iActions.length > 0)) seenAction = true;
    current = section;
    of.push(section);
  }
  if (!labelled) {
    findingsMidAction(of, facts);
    endingBeforeLesson(of, facts);
    harmAvertedAtTheEnd(of, facts);
    // Only when no harm averted ended it: "Nobody hurt." is the ending before "...would have been under 10 metres".
    endingBeforeLesson(of, facts, { pastWeighing: true });
    deliberationBeforeActing(of, analysis);
    closingMaxim(of, facts);
  }
  const words = { situation: 0, task: 0, action: 0, result: 0, learning: 0 };
  const parts: Record<SectionId, string[]> = { situation: [], task: [], action: [], result: [], learning: [] };
  // Indexed: entries() would build an [index, value] pair per sentence.
  for (let index = 0; index < facts.length; index++) {
    const fact = facts[index] as SentenceFacts;
    const section = of[index] as SectionId;
    if (fact.sentence.words === 0) continue;
    words[section] += fact.sentence.words;
    parts[section].push(quote(doc, fact.sentence.start, fact.sentence.end, undefined, Number.POSITIVE_INFINITY));
  }
  const text = Object.fromEntries(
    SECTION_IDS.map((id) => [id, parts[id].length > 0 ? parts[id].join(' ') : null]),
  ) as Record<SectionId, string | null>;
  return { of, words, text, labelled };
}
