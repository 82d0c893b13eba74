import { AGENTS, DETERMINERS, isAdverb, isGerund, isNegation, isPastOrParticiple, NUMBER_WORDS, opensSequence, POINTING, TIME_WORDS, stems, type SentenceReader } from './tradeoff-sentence.js';
import { PEOPLE_NOUNS } from './lexicon.js';
import { glued } from './number-forms.js';
import type { Token } from './text.js';

/**
 * Trade-offs told in plain words, read from the shape of a sentence rather than from a marker: the price of a step
 * said of the step ("Rotation slowed the line", "It's far slower than a survey", "That wasn't free"), a trial told as a
 * test with its length or terms, a course set aside with ", not by ...", the speaker's own counter-option ("My
 * alternative was to ...") and a step tried on one part before the rest.
 */

/** Comparatives that count against a course: what it was, or what someone got, after it. */
const WORSE = new Set(['slower', 'dearer', 'costlier', 'harder', 'riskier', 'longer', 'messier', 'clunkier', 'heavier', 'worse', 'later', 'noisier', 'pricier']);
const DEGREE = new Set(['far', 'much', 'a', 'lot', 'bit', 'little', 'slightly', 'way', 'quite', 'considerably', 'definitely', 'certainly']);
const REFERENTS = new Set(['it', 'this', 'that']);
const COPULA_FORMS = new Set(["it's", "that's", "this's", 'is', 'was', 'were', 'are']);

/**
 * "It's far slower than a correlator survey.", "That was a lot dearer than the agency.": right after a step of the
 * speaker's, the course taken compared against the other one, to its cost.
 */
export function worseThanTheOther(reader: SentenceReader): [number, number] | undefined {
  if (!reader.stepBefore) return undefined;
  const first = reader.lower(0);
  let k: number;
  if (first === "it's" || first === "that's") k = 1;
  else if (REFERENTS.has(first) && COPULA_FORMS.has(reader.lower(1))) k = 2;
  else return undefined;
  while (DEGREE.has(reader.lower(k))) k++;
  if (!WORSE.has(reader.lower(k)) || reader.lower(k + 1) !== 'than') return undefined;
  return reader.span(0, k + 5);
}

const FREE = new Set(['free', 'cheap', 'painless', 'costless']);
const NOT_BE = new Set(["wasn't", "isn't", "weren't", "didn't", 'not']);

/** "Now, that wasn't free.", "It didn't come cheap.", "None of this was free": the choice had a price, told next. */
export function notFree(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 0; k < Math.min(tokens.length - 1, 6); k++) {
    if (!REFERENTS.has(reader.lower(k)) && reader.lower(k) !== 'none') continue;
    let v = k + 1;
    if (reader.lower(v) === 'of') v += 2;
    // "wasn't free", "was not free", "didn't come free".
    if (reader.lower(v) === 'was' || reader.lower(v) === 'is') v++;
    if (!NOT_BE.has(reader.lower(v)) && !(reader.lower(k) === 'none' && ['was', 'is'].includes(reader.lower(v - 1)))) continue;
    if (NOT_BE.has(reader.lower(v))) v++;
    if (reader.lower(v) === 'come' || reader.lower(v) === 'coming') v++;
    if (FREE.has(reader.lower(v))) return reader.span(k, v - k + 3);
  }
  return undefined;
}

/** Verbs that say what a step cost the work around it. */
const SLOWING = new Set(['slowed', 'delayed', 'cost', 'held', 'ate', 'dented', 'hurt', 'squeezed', 'stretched']);
/** Verbs before a comparative that describe what the step left: "ran slower", "got less practice". */
const BECOMING = new Set(['ran', 'went', 'got', 'became', 'grew', 'felt', 'looked', 'was', 'were', 'had']);
const LESS = new Set(['less', 'fewer']);

/**
 * "I set up rotation every two hours. Rotation slowed the line while people learned", "The drills ran slower, and the
 * rest of the watch got less practice": the step the speaker took, named again as the subject, with what it cost.
 */
export function stepsPrice(reader: SentenceReader): [number, number] | undefined {
  if (!reader.previousActs) return undefined;
  const tokens = reader.tokens;
  // The subject: one noun, after "the" or "our" at most, which the sentence before names too.
  let at = DETERMINERS.has(reader.lower(0)) ? 1 : 0;
  // "The bain-marie": a hyphenated noun is read by its last part.
  while (reader.gapAfter(at) === '-') at++;
  const subject = tokens[at];
  if (subject === undefined || subject.kind !== 'word' || AGENTS.has(subject.lower) || !reader.previous.some((t) => t.stem === subject.stem && t.stem.length > 3)) return undefined;
  let v = at + 1;
  while (isAdverb(tokens[v])) v++;
  const verb = reader.lower(v);
  if (SLOWING.has(verb) && verb !== 'cost') return reader.span(at, v - at + 6);
  if (verb === 'cost' && reader.token(v + 1)?.kind === 'word' && !DETERMINERS.has(reader.lower(v + 1))) return reader.span(at, v - at + 6);
  if (BECOMING.has(verb) && (WORSE.has(reader.lower(v + 1)) || LESS.has(reader.lower(v + 1)))) return reader.span(at, v - at + 8);
  return undefined;
}

/** Verbs of taking a test that someone else set: "I passed a test", "sat a three-hour test". */
const TAKING_A_TEST = stems(['took', 'take', 'passed', 'pass', 'failed', 'fail', 'sat', 'sit', 'did', 'wrote', 'marked', 'ordered', 'requested', 'needed']);
const TEST_NOUNS = new Set(['test', 'trial', 'experiment']);
const LENGTH_UNITS = stems(['summer', 'winter', 'spring', 'autumn', 'season', 'cycle', 'term', 'round']);

/**
 * "so I agreed it as a four-week test", "I proposed a test for one month: ...", "I set myself a test: one summer of
 * Thursdays, and if ...": a trial the speaker set up, bounded by its length or spelled out after a colon. "I took a
 * three-hour test" and "a blood test" are tests someone sat or ordered.
 */
export function testWithTerms(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length; k++) {
    if (!TEST_NOUNS.has(reader.lower(k))) continue;
    const before = reader.lower(k - 1);
    const lengthBefore = TIME_WORDS.has(reader.token(k - 1)?.stem ?? '') && reader.gapAfter(k - 2) === '-';
    if (!['a', 'an', 'one'].includes(before) && !lengthBefore) continue;
    const opening = lengthBefore ? k - 3 : k - 1;
    if (!reader.agentBefore(opening, 6) || reader.anyIn(Math.max(0, opening - 4), opening, (t) => TAKING_A_TEST.has(t.stem))) continue;
    const spelledOut = reader.gapAfter(k).includes(':');
    const forLength =
      reader.lower(k + 1) === 'for' && reader.anyIn(k + 2, Math.min(tokens.length, k + 5), (t) => TIME_WORDS.has(t.stem) || LENGTH_UNITS.has(t.stem));
    if (lengthBefore || spelledOut || forLength) return reader.span(Math.max(0, opening - 2), 10);
  }
  return undefined;
}

/**
 * "I'd cover late changes with voluntary overtime, not by moving people's shifts": the course taken, then the one set
 * aside after a comma. "not by chance" names no course.
 */
export function notByCourse(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length - 2; k++) {
    if (reader.lower(k) !== 'not' || reader.lower(k + 1) !== 'by' || !isGerund(tokens[k + 2])) continue;
    if (!reader.gapAfter(k - 1).includes(',') || !reader.anyIn(0, k, (t) => AGENTS.has(t.lower))) continue;
    return reader.span(k, 8);
  }
  return undefined;
}

const TRIED = new Set(['tried', 'trialled', 'trialed', 'tested']);
/** How the next sentence says the first try failed: "Nobody used it.", "It didn't work.", "No one read it.". */
const FAILED_OPENINGS = new Set(['nobody', 'no', 'none', "didn't", "it didn't", 'it', 'that', 'they']);
const FAILING_WORDS = new Set(["didn't", 'failed', 'flopped', 'nobody', 'never', "wasn't", "weren't", 'ignored']);

/**
 * "i tried a google form first. nobody used it, ... so i went simpler": a course tried first and dropped when it failed,
 * an option weighed by trying it.
 */
export function triedFirstAndDropped(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  const tried = tokens.findIndex((t, i) => TRIED.has(t.lower) && AGENTS.has(reader.lower(i - 1)));
  if (tried < 0 || !reader.anyIn(tried + 1, Math.min(tokens.length, tried + 8), (t) => t.lower === 'first')) return undefined;
  const next = reader.nextOpening.slice(0, 4).map((t) => t.lower);
  if (!FAILED_OPENINGS.has(next[0] ?? '') || !next.some((w) => FAILING_WORDS.has(w))) return undefined;
  return [tried - 1, Math.min(tokens.length, tried + 8)];
}

const STILL_ALLOWED = new Set(['ok', 'okay', 'fine', 'available', 'open', 'allowed', 'possible', 'there']);
const WHO = new Set(['who', 'that']);
/** How many words the thing kept may take before "for anyone": "the flower option", "a printed copy of the old form". */
const KEPT_FOR_REACH = 6;
const WHOEVER = new Set(['anyone', 'anybody', 'those', 'whoever', 'everyone', 'everybody']);
const STILL_WANTED = new Set(['wanted', 'preferred', 'needed', 'asked', 'chose', 'wants', 'prefers', 'needs', 'asks']);

/**
 * "phone orders still ok for the old clients who want them": the old way kept open for those who want it, so the change
 * loses nobody, which limits its damage.
 */
export function oldWayKept(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  // "I kept the old format available for anyone who preferred it": the same, told as what the speaker kept.
  for (let k = 1; k < tokens.length - 4; k++) {
    if (!KEPT.has(reader.lower(k)) || !AGENTS.has(reader.lower(k - 1))) continue;
    const open = reader.firstIn(k + 2, Math.min(tokens.length, k + 6), (t) => STILL_ALLOWED.has(t.lower));
    if (open < 0 || reader.lower(open + 1) !== 'for' || !reader.anyIn(open + 2, Math.min(tokens.length, open + 6), (t) => WHO.has(t.lower))) continue;
    return [k - 1, Math.min(tokens.length, open + 7)];
  }
  for (let k = 1; k < tokens.length - 3; k++) {
    if (reader.lower(k) !== 'still' || !STILL_ALLOWED.has(reader.lower(k + 1 + (['is', 'are', 'were', 'was', 'stayed'].includes(reader.lower(k + 1)) ? 1 : 0)))) continue;
    const forAt = reader.firstIn(k + 2, Math.min(tokens.length, k + 5), (t) => t.lower === 'for');
    if (forAt > 0 && reader.anyIn(forAt + 1, Math.min(tokens.length, forAt + 6), (t) => WHO.has(t.lower))) return [Math.max(0, k - 2), Math.min(tokens.length, forAt + 7)];
  }
  return undefined;
}

/**
 * "I kept the flower option for anyone who wanted it", "left the paper form for those who preferred it": the old way
 * kept for whoever wants it, said without "available" (read after the protective steps, which may take the line first).
 */
export function keptForWhoeverWants(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 3; k++) {
    if (!KEPT.has(reader.lower(k)) || !reader.agentBefore(k, 3)) continue;
    const whom = reader.firstIn(k + 2, Math.min(tokens.length, k + 2 + KEPT_FOR_REACH), (t) => t.lower === 'for' && WHOEVER.has(reader.lower(t.index + 1)));
    if (whom >= 0 && reader.anyIn(whom + 2, Math.min(tokens.length, whom + 5), (t) => STILL_WANTED.has(t.lower))) return [Math.max(0, k - 1), Math.min(tokens.length, whom + 5)];
  }
  return undefined;
}

/**
 * "we kept the bug traps running anyway, in case both were there": the old measure left on beside the new course, as
 * insurance against being wrong about it.
 */
export function keptRunningInCase(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 4; k++) {
    if (!KEPT.has(reader.lower(k)) || !AGENTS.has(reader.lower(k - 1))) continue;
    const running = reader.firstIn(k + 2, Math.min(tokens.length, k + 6), (t) => LEFT_ON.has(t.lower));
    if (running < 0) continue;
    const inCase = reader.firstIn(running + 1, Math.min(tokens.length - 1, running + 4), (t) => t.lower === 'in' && reader.lower(t.index + 1) === 'case');
    if (inCase > 0) return [k - 1, Math.min(tokens.length, inCase + 6)];
  }
  return undefined;
}

const KEPT = new Set(['kept', 'left']);
const LEFT_ON = new Set(['running', 'going', 'on', 'open', 'active', 'live', 'switched']);

/**
 * "I also rented space in a private cold store near the airport, ₦95,000, in case the release failed": a fallback the
 * speaker secured beforehand, against the chosen course going wrong.
 */
export function securedInCase(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 4; k++) {
    if (!SECURING.has(reader.lower(k)) || !reader.agentBefore(k, 3)) continue;
    const inCase = reader.firstIn(k + 2, Math.min(tokens.length - 2, k + 14), (t) => t.lower === 'in' && reader.lower(t.index + 1) === 'case');
    if (inCase >= 0) {
      const failing = reader.firstIn(inCase + 2, Math.min(tokens.length, inCase + 8), (t) => GOING_WRONG.has(t.lower) || isNegation(t));
      if (failing > 0) return [k - 1, Math.min(tokens.length, failing + 2)];
    }
    const fallback = keptForFailure(reader, k);
    if (fallback !== undefined) return fallback;
  }
  return undefined;
}

/**
 * "I kept the full script for agents if the reset failed twice": the old way kept, with its article, for when the new
 * one breaks. Only "kept": "I left when the project failed" is no fallback.
 */
function keptForFailure(reader: SentenceReader, k: number): [number, number] | undefined {
  if (reader.lower(k) !== 'kept' || !KEPT_THING_OPENERS.has(reader.lower(k + 1))) return undefined;
  const tokens = reader.tokens;
  // "I kept the team late when the delivery failed": people held back, not a way of working kept in reserve.
  if (reader.anyIn(k + 2, Math.min(tokens.length, k + 4), (t) => PEOPLE_NOUNS.has(t.stem))) return undefined;
  const condition = reader.firstIn(k + 3, Math.min(tokens.length - 2, k + 10), (t) => FAILURE_CONDITIONS.has(t.lower));
  if (condition < 0) return undefined;
  // "if the tablet went down": "down" after its verb, the system out of service.
  const breaks = (t: Token) => BREAKING.has(t.lower) || (t.lower === 'down' && WENT.has(reader.lower(t.index - 1)));
  const failing = reader.firstIn(condition + 2, Math.min(tokens.length, condition + 6), breaks);
  return failing > 0 ? [k - 1, Math.min(tokens.length, failing + 2)] : undefined;
}

const KEPT_THING_OPENERS = new Set(['the', 'a', 'an', 'our', 'my', 'one', 'both']);
const FAILURE_CONDITIONS = new Set(['if', 'when', 'whenever', 'where']);
/** What the new way does when it breaks: "failed", "went down", "crashed". */
const BREAKING = new Set(['failed', 'fails', 'broke', 'breaks', 'crashed', 'crashes']);
const WENT = new Set(['went', 'goes', 'was', 'is']);

const SECURING = new Set(['rented', 'booked', 'reserved', 'hired', 'arranged', 'ordered', 'bought', 'borrowed', 'held', 'kept']);
const GOING_WRONG = new Set(['failed', 'fell', 'broke', 'slipped', 'late', 'wrong', 'collapsed', 'died', 'refused', 'rejected', 'delayed', 'stuck']);

const OWN_OPTION_NOUNS = new Set(['alternative', 'counterproposal', 'proposal', 'suggestion', 'option']);

/** "My alternative was to give the owner 28 days", "Our counter-proposal was a lower flue": the speaker's own option. */
export function ownAlternative(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < Math.min(tokens.length - 2, 8); k++) {
    if (!OWN_OPTION_NOUNS.has(reader.lower(k)) || !['was', 'is'].includes(reader.lower(k + 1))) continue;
    // "My proposal was to ...", "was a lower flue"; "my proposal was approved" tells what became of it.
    const course = reader.token(k + 2);
    // "My proposal was 50 lux for the six": a figure of the speaker's own is a course too.
    if (course === undefined || !(['to', 'that', 'a', 'an', 'the'].includes(course.lower) || isGerund(course) || course.kind === 'number')) continue;
    // "my counter-proposal": the owner stands before "counter".
    const owner = reader.lower(reader.lower(k - 1) === 'counter' ? k - 2 : k - 1);
    if (owner === 'my' || owner === 'our') return reader.span(Math.max(0, k - 2), 10);
  }
  return undefined;
}

const FEW_COUNTS = new Set(['one', 'two', 'a']);
/** Things done "first" that are steps in an order, not a part tried: "one thing first", "a look first". */
const NOT_A_PART = new Set(['thing', 'things', 'look', 'step', 'call', 'question', 'word', 'minute', 'moment']);

/**
 * "so I asked our lead, Jens, for one engine first", "I tried it on two vans first": the step taken on one or two of
 * the whole before the rest, which limits what a wrong call costs.
 */
export function oneFirst(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length; k++) {
    if (reader.lower(k) !== 'first' || !FEW_COUNTS.has(reader.lower(k - 2))) continue;
    const thing = reader.token(k - 1);
    if (thing === undefined || thing.kind !== 'word' || NOT_A_PART.has(thing.lower) || FEW_COUNTS.has(thing.lower)) continue;
    // "a" counts one only with a thing that can be one of many: "for a van first"; "a while first" is time.
    if (reader.lower(k - 2) === 'a' && TIME_WORDS.has(thing.stem)) continue;
    // "went with a thinner first layer": "first" is an ordinal before its noun, not the part that goes first.
    if (ordinalBeforeNoun(tokens, k) || opensSequence(reader, k)) continue;
    if (reader.agentBefore(k - 2, 14)) return [Math.max(0, k - 6), Math.min(tokens.length, k + 1)];
  }
  return undefined;
}

/** "first" at `at` with a noun straight after it, no comma between: "a thinner first layer", "one first coat". */
function ordinalBeforeNoun(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next !== undefined && next.kind === 'word' && glued(tokens[at], next) && !CLAUSE_GOES_ON.has(next.lower);
}

/** Words after "for one van first" that go on with the sentence rather than name a noun the "first" qualifies. */
const CLAUSE_GOES_ON = new Set([
  'and', 'or', 'to', 'for', 'so', 'then', 'but', 'before', 'after', 'in', 'at', 'on', 'with', 'which', 'that', 'because', 'until', 'while', 'as', 'if',
  'i', 'we', 'they', 'he', 'she', 'it', 'you', 'just', 'only', 'instead', 'rather', 'since', 'when', 'once', 'of',
]);

const SMALL_PART = new Set(['one', 'a', 'two', 'single', 'small', 'handful', 'few', 'the']);
const THE_REST = new Set(['rest', 'others', 'remainder', 'everyone', 'everybody', 'all', 'every', 'whole', 'remaining', 'other']);

/**
 * "So first I bought only 10 sets, put them on four bikes", "At first we opened only two lanes": a first step kept to a
 * counted few on purpose, before the whole.
 */
export function firstOnlyFew(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  const first = tokens.findIndex((t, i) => t.lower === 'first' && i < 4);
  if (first < 0 || !reader.anyIn(Math.max(0, first - 2), Math.min(tokens.length, first + 3), (t) => AGENTS.has(t.lower))) return undefined;
  const [, end] = reader.clauseOf(first + 1);
  for (let k = first + 1; k < Math.min(end, first + 8); k++) {
    const next = reader.token(k + 1);
    if (reader.lower(k) === 'only' && next !== undefined && (next.kind === 'number' || (NUMBER_WORDS.has(next.lower) && next.lower !== 'a'))) {
      return [Math.max(0, first - 1), Math.min(tokens.length, k + 4)];
    }
  }
  return undefined;
}

/**
 * "ran it on one trunk for 24 hours, then rolled it to the rest", "tried it in one ward, then extended it to all
 * six": a change tried on a part, then taken to the whole.
 */
export function partThenRest(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 3; k < tokens.length - 2; k++) {
    if (reader.lower(k) !== 'then') continue;
    let v = k + 1;
    while (isAdverb(tokens[v])) v++;
    if (!isPastOrParticiple(tokens[v])) continue;
    const to = tokens.findIndex((t, i) => i > v && i < v + 4 && (t.lower === 'to' || t.lower === 'across'));
    if (to < 0) continue;
    const rest = (t: Token) => THE_REST.has(t.lower) || (NUMBER_WORDS.has(t.lower) && t.lower !== 'a') || t.kind === 'number';
    if (!reader.anyIn(to + 1, Math.min(tokens.length, to + 4), rest)) continue;
    // The part it went to first: "on one trunk", "in a single ward", "with two teams".
    const part = reader.anyIn(Math.max(0, k - 12), k, (t) => ['on', 'in', 'with', 'at', 'to', 'for'].includes(t.lower) && SMALL_PART.has(reader.lower(t.index + 1)) && reader.lower(t.index + 1) !== 'the');
    if (part && reader.anyIn(0, k, (t) => AGENTS.has(t.lower) || isPastOrParticiple(t))) return [Math.max(0, k - 10), Math.min(tokens.length, to + 4)];
  }
  return undefined;
}

/** "What I didn't do was put everyone in the street at minus two": a course named as the one not taken. */
export function whatWasNotDone(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 0; k < tokens.length - 4; k++) {
    if (reader.lower(k) !== 'what' || !AGENTS.has(reader.lower(k + 1))) continue;
    const negation = reader.didNotAt(k + 2);
    if (negation < 0 || reader.lower(negation + 1) !== 'do' || !['was', 'is'].includes(reader.lower(negation + 2))) continue;
    return reader.span(k, negation - k + 10);
  }
  return undefined;
}

const LIVE_WITH_OBJECTS = new Set(['that', 'it', 'this', 'those']);

/** "Forty seconds a part on 300 parts a month, we could live with that": a price named and accepted. */
export function livedWithIt(reader: SentenceReader): [number, number] | undefined {
  for (let k = 2; k < reader.tokens.length - 2; k++) {
    if (reader.lower(k) !== 'live' || reader.lower(k + 1) !== 'with' || !LIVE_WITH_OBJECTS.has(reader.lower(k + 2))) continue;
    if (!['could', 'can', 'would'].includes(reader.lower(k - 1)) || !AGENTS.has(reader.lower(k - 2)) || reader.negated(k - 1, 2)) continue;
    return [0, Math.min(reader.tokens.length, k + 3)];
  }
  return undefined;
}

/**
 * "Slower knockdown on polar solvents, about 20% longer. Accepted that.": a note's bare "Accepted it." takes on what the
 * sentence before it named.
 */
export function acceptedInNoteStyle(reader: SentenceReader): [number, number] | undefined {
  const bare = reader.tokens.length === 2 && reader.lower(0) === 'accepted' && LIVE_WITH_OBJECTS.has(reader.lower(1));
  return bare && reader.previous.length > 0 ? [0, 2] : undefined;
}

const ADDING = new Set(['adds', 'added']);
const DURATIONS = stems(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);
const APPROXIMATELY = new Set(['about', 'around', 'roughly', 'nearly', 'maybe', 'another', 'an', 'a']);

/**
 * "I changed it to two light passes instead of one, which adds about 40 seconds a part", "or divert along the ring road,
 * which adds about eight minutes", "It adds about ten minutes per document" after the step: the time or money the course
 * takes on top, said of it.
 */
export function whichAddsTime(reader: SentenceReader): [number, number] | undefined {
  for (let k = 1; k < reader.tokens.length - 2; k++) {
    // "It adds about ten minutes per document", opening the sentence after the speaker's step: the same price.
    // A step told two to four sentences back counts too: "So I built a one-page summary. The full tables moved to an
    // appendix. It adds about 30 minutes per sample".
    const saidOfStep = reader.lower(k - 1) === 'which' || (k === 1 && POINTING.has(reader.lower(0)) && (reader.stepBefore || reader.recentActs));
    if (!saidOfStep || !ADDING.has(reader.lower(k))) continue;
    let at = k + 1;
    while (APPROXIMATELY.has(reader.lower(at))) at++;
    const amount = reader.token(at);
    if (amount === undefined || !(amount.kind === 'number' || NUMBER_WORDS.has(amount.lower))) continue;
    if (DURATIONS.has(reader.token(at + 1)?.stem ?? '') || /^[£$€₹¥]/.test(amount.text)) return reader.span(k - 1, at - k + 5);
  }
  return undefined;
}

const PRICED = new Set(['costs', 'cost']);

/**
 * "Peroxide costs about 40 cents more per hat and adds a day of drying. So I kept sulphur for the cheap grades": an
 * option's extra price, and the speaker's call drawn from it in the next sentence.
 */
export function pricedThenDecided(reader: SentenceReader): [number, number] | undefined {
  const next = reader.nextOpening;
  if (next[0]?.lower !== 'so' || !AGENTS.has(next[1]?.lower ?? '')) return undefined;
  for (let k = 1; k < reader.tokens.length - 2; k++) {
    if (!PRICED.has(reader.lower(k))) continue;
    // "costs about 40 cents more", "cost us £2,000 more": an amount, then "more", within a few words.
    const more = reader.firstIn(k + 1, Math.min(reader.tokens.length, k + 6), (t) => t.lower === 'more');
    if (more > 0 && reader.anyIn(k + 1, more, (t) => t.kind === 'number' || NUMBER_WORDS.has(t.lower))) return reader.span(Math.max(0, k - 2), more - k + 5);
  }
  return undefined;
}

/**
 * "I ran it first on three parts on the Saturday, measured them myself, and only then put it into production": the
 * wider step held until the first one had shown it works.
 */
export function onlyThen(reader: SentenceReader): [number, number] | undefined {
  for (let k = 0; k < reader.tokens.length - 2; k++) {
    if (reader.lower(k) !== 'only' || reader.lower(k + 1) !== 'then') continue;
    if (reader.agentBefore(k, 30) || reader.previousActs || reader.previousTeamActs) return [Math.max(0, k - 8), Math.min(reader.tokens.length, k + 8)];
  }
  return undefined;
}
