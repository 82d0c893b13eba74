import { analysisSlot, countHits, has, measuresChange, PAST_BE, type Analysis, type SentenceFacts } from './analysis.js';
import { TIME_UNITS } from './lexicon.js';
import { findSections, type Sections } from './sections.js';
import type { Token } from './text.js';
import { isPastVerb, SAME_FORM_VERBS } from './voice.js';

/**
 * Whether a story is a real past event. A behavioural answer tells what the speaker did ("I rolled back the deploy");
 * an answer about what one would do ("I would roll back", "I'd page the team") or usually does ("I usually recount",
 * "my approach is to...") describes a habit or a plan, which an interviewer cannot probe.
 *
 * Reflection does not count either way: the lesson ("next time I would...", "these days I always...") is where a real
 * story looks forward, and "I would have..." / "I should have..." already look back (voice.ts leaves them out).
 */
export interface TenseCounts {
  /**
   * Finished past actions outside the lesson, the speaker's or the team's: "we shipped it" is a real event too (who did
   * it is the ownership criterion's question, not this one's).
   */
  done: number;
  /** Clauses outside the lesson told as what the speaker would, will or usually does. */
  unreal: number;
}

const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'spring', 'summer', 'autumn', 'fall', 'winter', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'christmas', 'weekend',
]);

/** A year, "two years ago", "last March", "back in": the story is placed at one time in the past. */
function isPastAnchor(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (token.kind === 'number') return /^(?:19|20)\d\d$/.test(token.lower);
  if (token.lower === 'ago' || token.lower === 'yesterday') return true;
  if (token.lower === 'back' && next?.lower === 'in') return true;
  // "a while back", "a couple of years back": "back" after a stretch of time says "ago".
  const previous = tokens[i - 1];
  if (token.lower === 'back' && previous !== undefined && (previous.lower === 'while' || TIME_UNITS.has(previous.stem))) return true;
  const aTime = next !== undefined && (TIME_UNITS.has(next.stem) || CALENDAR.has(next.lower));
  // "One year we had a big problem with the costumes", "One night the pump failed", "One time on one building the
  // contractor was not happy": a story opened at one past time; "One day I'd like to run it" has no past verb.
  const oneTime = aTime || next?.lower === 'time';
  if (token.lower === 'one' && i === 0 && oneTime && tokens.slice(i + 2).some((t) => isPastVerb(t) || PAST_BE.has(t.lower))) return true;
  return token.lower === 'last' && aTime;
}

function isAnchored(analysis: Analysis): boolean {
  return analysis.facts.some((facts) => facts.sentence.tokens.some((_, i) => isPastAnchor(facts.sentence.tokens, i)) || measuredChange(facts));
}

/**
 * "Waiting in lobby after check-in go down from 35 minutes to 9": a change measured, with no "would" about it, happened;
 * the story around it is a real event told in the present.
 */
function measuredChange(facts: SentenceFacts): boolean {
  return measuresChange(facts) && facts.voice.hypothetical.length === 0 && countHits(facts, 'hypothetical') === 0;
}

/**
 * Counts by analysis and the sections they were read with: one scoring asks several times (learning, specificity and
 * the gates), always with the same two objects.
 */
const counted = analysisSlot<{ sections: Sections; counts: TenseCounts }>('tense counts');

export function tenseCounts(analysis: Analysis, sections: Sections = findSections(analysis)): TenseCounts {
  const known = counted.get(analysis);
  if (known !== undefined && known.sections === sections) return { ...known.counts };
  const counts = countTenses(analysis, sections);
  counted.set(analysis, { sections, counts });
  return { ...counts };
}

/** A verb whose past differs from its present ("rolled", not "put"): it says when the step happened. */
function tellsWhen(verb: Token): boolean {
  return !SAME_FORM_VERBS.has(verb.lower);
}

function countTenses(analysis: Analysis, sections: Sections): TenseCounts {
  let done = 0;
  let unreal = 0;
  // "I also put a guardrail on anything I cut": verbs whose past is their present say nothing of when, unless another
  // step of the answer is plainly past.
  let plainlyPast = false;
  // A story placed at a past time ("In 2023 the budget was cut. I look at which parts...") is a real event told in the
  // present, as many people tell stories; its present-tense habits are narration. "Would" stays hypothetical.
  const anchored = isAnchored(analysis);
  let afterLesson = false;
  // Indexed: entries() would build an [index, value] pair per sentence.
  for (let index = 0; index < analysis.facts.length; index++) {
    const facts = analysis.facts[index] as SentenceFacts;
    // Only a marked lesson is set aside: a bare habit after two real steps ("I always... I usually...") is exactly
    // what a hypothetical answer sounds like, wherever sections.ts puts it. The sentence right after a reflection, in
    // the Learning part, goes on with it ("What I learned is that if you accept a sloppy cut in here, they'll give one
    // out there, so I don't pass anything...").
    const reflects = has(facts, 'learnReflect');
    const lesson = reflects || (sections.of[index] === 'learning' && (has(facts, 'learnApplied') || afterLesson));
    afterLesson = reflects;
    if (lesson) continue;
    if (facts.voice.iActions.some(tellsWhen) || facts.voice.weActions.some(tellsWhen)) plainlyPast = true;
    done += Math.max(0, doneBefore(facts) - (facts.voice.hypothetical.length > 0 ? conditions(facts.sentence.tokens) : 0));
    // "I would make sure" is one clause whether voice.ts or the lexicon finds it, so the larger count stands.
    const habits = anchored ? 0 : facts.voice.iHabits.length;
    unreal += Math.max(facts.voice.hypothetical.length + habits, countHits(facts, 'hypothetical'));
  }
  // An answer whose only "done" steps are such verbs, placed at no past time, tells them in the present with the rest.
  if (!plainlyPast && !anchored) done = 0;
  return { done, unreal };
}

/**
 * The steps of a sentence told before its first "I would": after it, a verb belongs to what would be done ("I'd pair
 * any new rating with an experienced one until I've watched them", "I'd make sure it goes in the log, so it's on
 * record why we sailed late").
 */
function doneBefore(facts: SentenceFacts): number {
  const { voice } = facts;
  let unrealFrom = Number.POSITIVE_INFINITY;
  for (const verb of voice.hypothetical) unrealFrom = Math.min(unrealFrom, verb.index);
  let count = 0;
  for (const verb of voice.iActions) if (verb.index < unrealFrom) count++;
  for (const verb of voice.weActions) if (verb.index < unrealFrom) count++;
  return count;
}

const CONDITIONS = new Set(['if', 'when', 'whenever', 'unless', 'once']);

/** "If I saw a mismatch, I would recount": a past tense after "if I" sets a condition; nothing was done. */
function conditions(tokens: readonly Token[]): number {
  let count = 0;
  for (let i = 0; i + 1 < tokens.length; i++) if (CONDITIONS.has((tokens[i] as Token).lower) && (tokens[i + 1] as Token).lower === 'i') count++;
  return count;
}

/** Of the speaker's clauses outside the lesson, the share told as what they would or usually do: 0 (all done) to 1. */
export function hypotheticalShare(analysis: Analysis, sections?: Sections): number {
  const { done, unreal } = tenseCounts(analysis, sections);
  return done + unreal === 0 ? 0 : unreal / (done + unreal);
}

/**
 * At or over this share (two clauses in three) the story is mostly what one would or usually does. Below it, a real
 * story that opens on a routine ("every morning I check the fridges") before the event stays a real story.
 */
export const HYPOTHETICAL_SHARE = 2 / 3;
/** One "I would" clause is a turn of phrase; a story needs at least this many to be told as a hypothesis. */
export const MIN_HYPOTHETICAL_CLAUSES = 2;

/** True when the answer tells what the speaker would or usually does rather than one real past event. */
export function isHypotheticalStory(analysis: Analysis, sections?: Sections): boolean {
  const { done, unreal } = tenseCounts(analysis, sections);
  return unreal >= MIN_HYPOTHETICAL_CLAUSES && unreal / (done + unreal) >= HYPOTHETICAL_SHARE;
}
