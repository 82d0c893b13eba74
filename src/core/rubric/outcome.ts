import { analysisSlot, has, measuresChange, type Analysis, type SentenceFacts } from './analysis.js';
import type { RubricContext } from './criteria/types.js';
import type { Sections } from './sections.js';
import type { Token } from './text.js';
import { TIME_UNITS } from './lexicon.js';
import { isNumberToken, MONTHS } from './number-forms.js';
import { weighingSentences } from './tradeoff-reading.js';
import { isAdverb, isGerund, isPastOrParticiple, OTHERS_POSSESSIVES, stems } from './tradeoff-sentence.js';
import { DECISION_NOUNS, gradesSpeaker } from './voice.js';

/**
 * Words of the Result that report what happened, shared by the structure criterion and the no-result gate so the two
 * never disagree. A line that only says the outcome is not in yet, or only grades the speaker ("overall it showed that
 * I care about ownership"), is no outcome, wherever it sits.
 */
export function outcomeWords({ analysis, sections }: RubricContext): number {
  let words = outcomeSlot.get(analysis);
  if (words === undefined) {
    words = countOutcomeWords(analysis, sections);
    outcomeSlot.set(analysis, words);
  }
  return words;
}

/** Read once per answer: the gate and the structure criterion both ask, and metrics asks whether the outcome is awaited. */
const outcomeSlot = analysisSlot<number>('outcome words');
const awaitedSlot = analysisSlot<boolean>('outcome awaited');

function countOutcomeWords(analysis: Analysis, sections: Sections): number {
  // "We'll count the rejections at the end of the month": a story that ends looking ahead has no outcome yet, unless a
  // measured change was reported before it (a step of the speaker's, "I ordered 20 instead of 25", is not one).
  if (awaitsOutcome({ analysis, sections })) return 0;
  let words = 0;
  for (let index = 0; index < analysis.facts.length; index++) {
    const facts = analysis.facts[index] as SentenceFacts;
    if (sections.of[index] !== 'result') continue;
    if (stillPending(facts.sentence.tokens)) continue;
    if (!gradesSpeaker(facts.sentence.tokens) || facts.numbers.length > 0) words += facts.sentence.words;
  }
  return words;
}

/** The story ends looking ahead to an outcome still to come, with no measured change reported before. */
export function awaitsOutcome({ analysis, sections }: Pick<RubricContext, 'analysis' | 'sections'>): boolean {
  let awaited = awaitedSlot.get(analysis);
  if (awaited === undefined) {
    awaited = endsLookingAhead(analysis, sections) && !measuredOutcome(analysis, sections);
    awaitedSlot.set(analysis, awaited);
  }
  return awaited;
}

/** Phrases that say the outcome is not in yet: "it's still early days", "the investigation is still ongoing". */
const PENDING = [
  ['still', 'ongoing'], ['is', 'ongoing'], ['early', 'days'], ['still', 'in', 'progress'], ['work', 'in', 'progress'], ['too', 'early', 'to'],
  // "It's still early to say what the effect on the ash will be".
  ['early', 'to', 'say'], ['early', 'to', 'tell'],
  ['too', 'soon', 'to'], ['remains', 'to', 'be', 'seen'], ['still', 'waiting'], ['hoping', 'to', 'have'], ['would', 'think', 'about', 'it'],
  // "I'm not sure exactly what happened with it in the end, but I think they're still thinking about it".
  ['still', 'thinking', 'about'], ['not', 'sure', 'what', 'happened'], ['not', 'sure', 'exactly', 'what', 'happened'], ["don't", 'know', 'what', 'happened'],
  ['never', 'heard', 'back'], ['not', 'heard', 'back'], ["haven't", 'heard', 'back'],
  // "The application went in in March; the decision is due in September."
  ['decision', 'is', 'due'], ['decision', 'due'], ['decision', 'is', 'expected'], ['is', 'pending'], ['still', 'pending'], ['awaiting', 'the', 'decision'],
  // "the first automatic run was planned for mid-April".
  ['was', 'planned', 'for'], ['is', 'planned', 'for'], ['was', 'scheduled', 'for'], ['is', 'scheduled', 'for'],
  // "The first promotions under the new levels are planned for the end of this year".
  ['are', 'planned', 'for'], ['were', 'planned', 'for'],
  // "the hearings are scheduled for the next months".
  ['are', 'scheduled', 'for'], ['were', 'scheduled', 'for'],
  // "so whether the inspectors treat this as closed or as a finding is an open question for now".
  ['is', 'an', 'open', 'question'], ['still', 'an', 'open', 'question'], ['remains', 'an', 'open', 'question'],
  // "after that, it's a matter of watching whether the dwell time drops".
  // "Now it is a matter of time: if the rods are still turning in May, the guides did the job".
  ['matter', 'of', 'watching'], ['matter', 'of', 'waiting'], ['matter', 'of', 'seeing'], ['matter', 'of', 'time'],
  // "so for now we wait", "we're waiting on the results".
  ['now', 'we', 'wait'], ["we're", 'waiting'], ['we', 'are', 'waiting'],
  // "I am told the decision will come sometime after that, so, I'm waiting to hear".
  ['waiting', 'to', 'hear'], ['decision', 'will', 'come'],
  // "I have given them my notes, and now it is in their hands" ("this I cannot tell you yet": see cannotYet).
  ['in', 'their', 'hands'], ['out', 'of', 'my', 'hands'], ['out', 'of', 'our', 'hands'],
  // "so for the moment I have no answer from them", "until the half-year close I have no real figure for it".
  ['have', 'no', 'answer'], ['have', 'no', 'figure'], ['have', 'no', 'figures'], ['have', 'no', 'real', 'figure'], ['have', 'no', 'real', 'figures'],
  // "the ruling, and with it any refund, is still sitting on their desk".
  ['is', 'still', 'sitting', 'on'], ['is', 'still', 'sitting', 'with'], ['still', 'sits', 'on'], ['still', 'sits', 'with'],
  // "so whether those nine damp days already did harm is still sitting in the petri dishes", "... is anyone's guess".
  ['is', 'still', 'sitting', 'in'], ["anyone's", 'guess'], ["anybody's", 'guess'],
  // "The lab results are expected at the end of next month", "the louvre work is booked for next month".
  ['are', 'expected', 'at'], ['are', 'expected', 'in'], ['are', 'expected', 'by'], ['is', 'expected', 'at'], ['is', 'expected', 'in'], ['is', 'expected', 'by'],
  ['is', 'booked', 'for'], ['are', 'booked', 'for'],
  // "The matter is on the agenda for the council's full meeting in September".
  ['is', 'on', 'the', 'agenda'], ['are', 'on', 'the', 'agenda'],
  // "we'll have to see once it's running", "I can't say yet whether it will be funded".
  ["we'll", 'have', 'to', 'see'], ["i'll", 'have', 'to', 'see'], ['will', 'have', 'to', 'see'], ['wait', 'and', 'see'], ["can't", 'say', 'yet'], ['cannot', 'say', 'yet'],
  // "it's not yet clear if they'll accept the condition".
  ['not', 'yet', 'clear'], ['not', 'clear', 'yet'], ['still', 'not', 'clear'], ['still', 'unclear'],
  // "the decision and the budget is not decided yet".
  ['not', 'decided', 'yet'], ['not', 'yet', 'decided'], ['still', 'not', 'decided'], ['still', 'undecided'],
  // "they will vote on it after the off-season, so that is where it stands".
  // "she won't say which way it will go until...".
  ['which', 'way', 'it', 'will', 'go'], ['which', 'way', 'it', "'ll", 'go'],
  ['is', 'where', 'it', 'stands'], ["that's", 'where', 'it', 'stands'], ['is', 'where', 'things', 'stand'], ["that's", 'where', 'things', 'stand'],
  // "Now the ball is on their side", "the ball's in the ministry's court": the next move is someone else's.
  ['ball', 'is', 'in'], ['ball', 'is', 'on'], ["ball's", 'in'], ["ball's", 'on'],
  // "where it is now: parked in the queue for the board credit committee", "the project is parked until spring".
  ['is', 'parked'], ['are', 'parked'], ["it's", 'parked'], ['still', 'parked'], ['now', 'parked'],
  // "so how they hold up on their own is still ahead of us".
  ['still', 'ahead', 'of', 'us'], ['still', 'ahead', 'of', 'me'],
  // "so I can't give you a figure yet", "the first full report is due at the end of the month".
  ['a', 'figure', 'yet'], ['any', 'figures', 'yet'], ['the', 'figures', 'yet'], ['a', 'number', 'yet'], ['the', 'numbers', 'yet'],
  ['report', 'is', 'due'], ['results', 'are', 'due'], ['figures', 'are', 'due'], ['data', 'is', 'due'],
] as const;

/** A figure anywhere in the line. */
function hasFigure(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'number');
}

function stillPending(tokens: readonly Token[]): boolean {
  const phraseAt = (i: number): boolean => PENDING.some((phrase) => phrase.every((word, k) => tokens[i + k]?.lower === word)) && !setAsideAt(tokens, i);
  return tokens.some((_, i) => phraseAt(i)) || PENDING_READERS.some((reads) => reads(tokens));
}

/**
 * "I still pull the exceptions report myself after any change instead of waiting to hear from members": a wait named
 * as the course not taken.
 */
function setAsideAt(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower;
  // "families still waiting in our reception went from eight a week to two": with no "are" before it, "still waiting"
  // describes the people counted, no wait of the story's.
  if (tokens[i]?.lower === 'still' && tokens[i + 1]?.lower === 'waiting' && i > 0 && !WAITING_BE.has(before ?? '')) return true;
  return before === 'without' || (before === 'than' && tokens[i - 2]?.lower === 'rather') || (before === 'of' && tokens[i - 2]?.lower === 'instead');
}

/** The readers of a line that says the outcome is not in yet, beyond the fixed phrases of PENDING; the first that holds decides. */
const PENDING_READERS: ReadonlyArray<(tokens: readonly Token[]) => boolean> = [
  noAnswerYet, heldUntilCheck, cannotYet, notYet, notUntilLater, dueLater, happensLater, knownOnlyLater, openUntil, stillWithout,
  realTestAhead, waitingNow, notCome, stillAsked, handedOn, waitingOnAwaited, checkDated, notSaidWhether, noFiguresYet, notAResult,
  setForLater, timeToDecide, findingDecides, leftToOthers, votesLater, tooLittleToSay, goesOnUntilLater, meetToChoose, hangsOnAnswer,
  noYesOrNo, nothingTellsWhether, noPeriodYet, tellsWhetherNow, stillNotDone, dueAfterNow, stillAway, inOthersHands, countNotDone, openQuestionIs, eitherAnswerOpen, answerStillToGet,
  nothingUntilTheyAnswer, onlyItCanAnswer, waitsUntilTheyHave, figuresNotSeen, notKnownHowItEnded, leftBeforeFigures,
  nothingToGiveYet, collectingNow, figuresExpected, othersWillSee, nothingMeasuredYet, trialStartsLater, availableLater,
  stillNoAnswer, firstNotHappened, stillBeingDone,
];

/**
 * "The brand partnerships are still being discussed", "the Taiwan hinges are still in the test": the awaited part of
 * the change, still under way.
 */
function stillBeingDone(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'still' || !PRESENT_BE.has(tokens[i - 1]?.lower ?? '')) return false;
    const next = tokens[i + 1]?.lower;
    if (next === 'being') return isPastOrParticiple(tokens[i + 2]);
    const test = next === 'in' && tokens[i + 2]?.lower === 'the' ? i + 3 : next === 'in' || next === 'under' ? i + 2 : -1;
    return test > 0 && UNDER_TEST.has(tokens[test]?.lower ?? '');
  });
}
const UNDER_TEST = new Set(['test', 'testing', 'trial', 'review', 'pilot']);

/** "The coordinator still didn't answer if March is accepted": the answer the story waits on, not given yet. */
function stillNoAnswer(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'still' && tokens.slice(i + 1, i + 1 + NO_ANSWER_REACH).some((w, j) => NOT_DONE_YET.has(w.lower) && REPLYING.has(tokens[i + 2 + j]?.lower ?? '')));
}
const NO_ANSWER_REACH = 2;
const NOT_DONE_YET = new Set(["didn't", "hasn't", "haven't", 'not']);
const REPLYING = new Set(['answer', 'answered', 'reply', 'replied', 'respond', 'responded', 'confirm', 'confirmed', 'decide', 'decided']);

/**
 * "The first swap day hasn't happened", "the launch hasn't happened yet": the first run of the change, still to come.
 * ("The flooding hasn't happened since" is the trouble gone.)
 */
function firstNotHappened(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    const not = t.lower === "hasn't" || t.lower === "haven't" ? i : (t.lower === 'not' && HAS_HAVE.has(tokens[i - 1]?.lower ?? '') ? i : -1);
    if (not < 0 || !NOT_BEGUN.has(tokens[not + 1]?.lower ?? '')) return false;
    const yet = tokens[not + 2]?.lower === 'yet';
    return yet || tokens.slice(Math.max(0, not - FIRST_REACH), not).some((w) => w.lower === 'first');
  });
}
const HAS_HAVE = new Set(['has', 'have']);
const NOT_BEGUN = new Set(['happened', 'started', 'begun', 'run', 'opened']);
/** How far before "hasn't" its "first" may stand: "the first delivery on the new list hasn't". */
const FIRST_REACH = 7;

/**
 * "the first full year of consumption data will only be available after the next budget review", "the figures will be
 * ready in March": the figures themselves, still to come.
 */
function availableLater(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'will') return false;
    const be = FUTURE_ADVERBS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    if (tokens[be]?.lower !== 'be' || !FIGURES_READY.has(tokens[be + 1]?.lower ?? '')) return false;
    if (!tokens.slice(Math.max(0, i - AVAILABLE_REACH), i).some((w) => FIGURES.has(w.lower))) return false;
    const when = tokens[be + 2]?.lower ?? '';
    return WHEN_READY.has(when) || LATER.has(when);
  });
}
const FIGURES_READY = new Set(['available', 'ready', 'out', 'published', 'known', 'in']);
const WHEN_READY = new Set(['after', 'in', 'at', 'by', 'on', 'once', 'when', 'from']);
/** How far before "will" the figures may stand: "the first full year of consumption data will". */
const AVAILABLE_REACH = 8;

/** "the full trial will start in March", "the rollout will begin next month": the test of the change still ahead. */
function trialStartsLater(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!TRIALS.has(t.lower) || tokens[i + 1]?.lower !== 'will') return false;
    if (!STARTING.has(tokens[i + 2]?.lower ?? '')) return false;
    return tokens.slice(i + 3, i + 3 + TRIAL_DATE_REACH).some((w) => LATER.has(w.lower));
  });
}
const TRIALS = new Set(['trial', 'trials', 'pilot', 'rollout', 'test', 'tests', 'audits', 'launch']);
const STARTING = new Set(['start', 'begin', 'run', 'open']);
/** How far after "will start" its date may stand: "will start at the beginning of March". */
const TRIAL_DATE_REACH = 6;

/** "I expect numbers at the end of June", "we expect the first results in May": the figures still to come. */
function figuresExpected(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!SPEAKERS.has(t.lower)) return false;
    const verb = ['am', 'are'].includes(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    if (!EXPECTING_NOW.has(tokens[verb]?.lower ?? '')) return false;
    return tokens.slice(verb + 1, verb + 1 + EXPECTED_REACH).some((w) => FIGURES.has(w.lower) || AWAITED_THINGS.has(w.lower));
  });
}
const EXPECTING_NOW = new Set(['expect', 'expecting']);
/** How far after "expect" the figures may stand: "expect the first full numbers". */
const EXPECTED_REACH = 4;

/**
 * "so someone else will see how it holds", "my successor will find out whether it lasts": who learns the outcome, in
 * the future, and how it went still open.
 */
function othersWillSee(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'will') return false;
    const verb = tokens[i + 1]?.lower === 'find' && tokens[i + 2]?.lower === 'out' ? i + 3 : i + 2;
    if (verb === i + 2 && !LEARNING_OF_IT.has(tokens[i + 1]?.lower ?? '')) return false;
    // "how it holds", "whether it lasts": the change itself ("customers will know whether their parcel is late" tells
    // what a system does).
    return (WHETHER.has(tokens[verb]?.lower ?? '') || tokens[verb]?.lower === 'how') && THE_CHANGE.has(tokens[verb + 1]?.lower ?? '');
  });
}
const THE_CHANGE = new Set(['it', 'this', 'that']);
const LEARNING_OF_IT = new Set(['see', 'know', 'learn', 'tell']);

/** "Nothing measured so far.", "nothing counted yet": a line that says no figure is in. */
function nothingMeasuredYet(tokens: readonly Token[]): boolean {
  if (tokens[0]?.lower !== 'nothing' || !MEASURING_DONE.has(tokens[1]?.lower ?? '')) return false;
  const last = tokens.length - 1;
  return tokens[last]?.lower === 'yet' || (tokens[last]?.lower === 'far' && tokens[last - 1]?.lower === 'so');
}
const MEASURING_DONE = new Set(['measured', 'counted', 'recorded', 'known', 'confirmed', 'proven', 'proved']);

/**
 * "so I don't have a new changeover time to give you", "we have no figure to share": the line closes on an outcome the
 * speaker cannot hand over yet. ("I don't have the authority to give refunds" lacks a power, not a figure.)
 */
function nothingToGiveYet(tokens: readonly Token[]): boolean {
  const last = tokens.length - 1;
  const you = tokens[last]?.lower === 'you' ? last : last + 1;
  if (!HANDING_OVER.has(tokens[you - 1]?.lower ?? '') || tokens[you - 2]?.lower !== 'to') return false;
  // "don't have", "do not have", "haven't got" (as withoutAt reads them), or "have no".
  return tokens.slice(Math.max(0, you - 2 - GIVEN_REACH), you - 2).some((t) => withoutAt(tokens, t.index) >= 0 || (t.lower === 'have' && tokens[t.index + 1]?.lower === 'no'));
}
const HANDING_OVER = new Set(['give', 'share', 'show', 'quote', 'report']);
/** How far before "to give you" the "don't have" may stand: "don't have a new changeover time to give you". */
const GIVEN_REACH = 6;

/**
 * "we are now collecting delivery times for the first batches", "i am only starting to collect numbers": the measuring
 * of the outcome under way, in the present.
 */
function collectingNow(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!PRESENT_BE.has(t.lower)) return false;
    let k = i + 1;
    while (NOW_ADVERBS.has(tokens[k]?.lower ?? '')) k++;
    if ((tokens[k]?.lower === 'starting' || tokens[k]?.lower === 'beginning') && tokens[k + 1]?.lower === 'to') k += 2;
    if (!COLLECTING.has(tokens[k]?.lower ?? '')) return false;
    return tokens.slice(k + 1, k + 1 + COLLECTED_REACH).some((w) => FIGURES.has(w.lower) || MEASURED.has(w.lower));
  });
}
const NOW_ADVERBS = new Set(['now', 'only', 'just', 'still']);
const COLLECTING = new Set(['collecting', 'gathering', 'collect', 'gather']);
/** What is being collected to tell the outcome: "delivery times", "the first readings". */
const MEASURED = new Set(['times', 'feedback', 'measurements', 'samples', 'responses', 'scores', 'figures']);
const COLLECTED_REACH = 4;

/** "That part is for the accountant to tell me", "the pick will be theirs": the settling left to someone else. */
function leftToOthers(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => forSomeoneToSettle(tokens, i) || (DECISION_NOUNS.has(t.lower) && tokens[i + 1]?.lower === 'will' && willBeTheirs(tokens, i)));
}

/**
 * "After the harvest in May the co-op board votes on keeping it or going back to the old grades": a body's vote or
 * ruling, told in the present with a time still ahead.
 */
function votesLater(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => VOTING.has(t.lower) && tokens[i + 1]?.lower === 'on') && tokens.some((t) => LATER.has(t.lower) || t.lower === 'after');
}

const VOTING = new Set(['votes', 'vote', 'rules', 'decides']);

/**
 * "What he finds beside that footing decides if this is a covered claim or a second refusal": what someone will find,
 * said to settle whether, is still to come. "What decides whether a trailer goes first is its temperature" is a rule.
 */
function findingDecides(tokens: readonly Token[]): boolean {
  if (tokens[0]?.lower !== 'what') return false;
  return tokens.some((t, i) => i > 1 && SETTLES.has(t.lower) && (tokens[i + 1]?.lower === 'if' || tokens[i + 1]?.lower === 'whether'));
}

const SETTLES = new Set(['decides', 'determines', 'settles']);

/**
 * "By the agreement they have 45 days to accept or reject", "the council has two weeks to reply": the decision is
 * someone else's, and its time is still running.
 */
function timeToDecide(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'has' && t.lower !== 'have') return false;
    if (SPEAKERS.has(tokens[i - 1]?.lower ?? '')) return false;
    const span = tokens[i + 2];
    const counted = isNumberToken(tokens[i + 1]);
    return counted && span !== undefined && TIME_UNITS.has(span.stem) && tokens[i + 3]?.lower === 'to' && DECIDING.has(tokens[i + 4]?.lower ?? '');
  });
}

/** What someone with time to decide will do: accept, reject, reply... */
const DECIDING = new Set(['accept', 'reject', 'decide', 'reply', 'respond', 'answer', 'appeal', 'approve', 'object', 'confirm', 'sign']);

/**
 * "the sections that stopped paying are holding their answer until that vote": something held, now, until a check or
 * vote still to come. Not "we were ready until the inspection", told in the past.
 */
function heldUntilCheck(tokens: readonly Token[]): boolean {
  const until = tokens.findIndex((t, i) => UNTIL.has(t.lower) && CHECK_LEADS.has(tokens[i + 1]?.lower ?? '') && CHECKS.has(tokens[i + 2]?.lower ?? ''));
  return until > 0 && tokens.slice(0, until).some((t) => PRESENT_BE.has(t.lower)) && !tokens.slice(0, until).some((t) => PAST_BE.has(t.lower));
}

const CHECK_LEADS = new Set(['that', 'the', 'their', 'its', 'our', 'next']);

/**
 * "every month I've had the same answer for him: no date": a line that closes on the awaited thing not there yet.
 */
function noAnswerYet(tokens: readonly Token[]): boolean {
  const last = tokens.length - 1;
  return last > 0 && tokens[last - 1]?.lower === 'no' && NOT_THERE_YET.has(tokens[last]?.lower ?? '');
}

const NOT_THERE_YET = new Set(['date', 'answer', 'news', 'decision', 'word', 'reply', 'verdict', 'ruling']);

/**
 * "The proposal is now with the director", "the application is still with the ministry": handed on, not decided.
 * "while the file sits on someone's desk", "the request is still sitting with legal", "while that letter sits in somebody's
 * tray": handed on and left there.
 */
function handedOn(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!HANDED_THINGS.has(t.lower)) return false;
    const sits = FOR_NOW.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    if (tokens[sits]?.lower === 'sits' && PLACED.has(tokens[sits + 1]?.lower ?? '')) return true;
    if (tokens[i + 1]?.lower !== 'is') return false;
    const next = FOR_NOW.has(tokens[i + 2]?.lower ?? '') ? i + 3 : i + 2;
    // "the file is on the Secretary General's desk": on someone's desk or table, or on hold.
    if (tokens[next]?.lower === 'on' && tokens.slice(next + 1, next + 1 + DESK_REACH).some((w) => DESKS.has(w.lower))) return true;
    return tokens[next]?.lower === 'with' || (tokens[next]?.lower === 'sitting' && PLACED.has(tokens[next + 1]?.lower ?? ''));
  });
}

const HANDED_THINGS = new Set(['proposal', 'application', 'request', 'file', 'case', 'claim', 'bid', 'memo', 'submission', 'letter', 'query', 'appeal', 'petition']);
const FOR_NOW = new Set(['now', 'still']);
const PLACED = new Set(['on', 'with', 'in', 'at']);
const DESKS = new Set(['desk', 'table', 'hold']);
/** How far after "on" the desk may stand: "on the Secretary General's desk". */
const DESK_REACH = 5;

/**
 * "the new forms are sitting in two boxes, waiting for the signature": something of the story's waiting, now, for what
 * someone else has to give. Not "the forms were sitting in a box, waiting for the approval", told of a wait that is over.
 */
function waitingOnAwaited(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'waiting' || !['for', 'on'].includes(tokens[i + 1]?.lower ?? '')) return false;
    if (!tokens.slice(i + 2, i + 2 + AWAITED_NOUN_REACH).some((w) => AWAITED_THINGS.has(w.lower))) return false;
    // "the plan is still waiting on", or after where it lies: "are sitting in two boxes, waiting for". Not "there is a
    // woman waiting for an answer", nor "instead of waiting for the last report".
    const before = tokens.slice(0, i);
    const lying = WAITING_LEADS.has(tokens[i - 1]?.lower ?? '') || before.some((w) => LYING.has(w.lower));
    return lying && !before.some((w) => PAST_BE.has(w.lower));
  });
}

const WAITING_LEADS = new Set(['is', 'are', "it's", "they're", 'still', 'now', 'just', 'all']);
const LYING = new Set(['sitting', 'sits', 'lying', 'lies', 'parked']);

/** How far after "waiting for" the awaited thing may stand: "waiting for the board's final approval". */
const AWAITED_NOUN_REACH = 4;
const PAST_BE = new Set(['was', 'were', 'been']);

/**
 * "My uncle asks me after Friday prayers every week whether it has": someone still asking, in the present, whether the
 * awaited thing has come, with the question cut short as it is when everyone knows what it is about.
 */
function stillAsked(tokens: readonly Token[]): boolean {
  const last = tokens.length - 1;
  if (!ELLIPTIC_AUXILIARIES.has(tokens[last]?.lower ?? '') || !WHETHER.has(tokens[last - 2]?.lower ?? '') || !PRONOUNS.has(tokens[last - 1]?.lower ?? '')) return false;
  return tokens.some((t) => ASKING_NOW.has(t.lower));
}

const ELLIPTIC_AUXILIARIES = new Set(['has', 'have', 'is', 'are', 'will', 'does', 'do']);
const PRONOUNS = new Set(['it', 'they', 'he', 'she']);
const ASKING_NOW = new Set(['asks', 'ask', 'wonder', 'wonders', 'wondering', 'asking', 'checks', 'check']);

/**
 * "the real test comes next summer", "the real test will be the winter", "Easter is its first real test", "the next few
 * months of evening passes are the real test": the test named, in the present or the future, is still to come. So is
 * "what they find, this will be the real answer".
 */
function realTestAhead(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => REAL_TESTS.has(t.lower) && tokens[i - 1]?.lower === 'real' && (REAL_TEST_AHEAD.has(tokens[ofWhat(tokens, i + 1)]?.lower ?? '') || tokens.slice(Math.max(0, i - 5), i - 1).some((w) => w.lower === 'is' || w.lower === 'are' || w.lower === 'will')));
}

const REAL_TESTS = new Set(['test', 'answer', 'proof']);

/** Past "of what" after a noun at `at`: "the real test of my patch is", up to the verb. */
function ofWhat(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== 'of') return at;
  const verb = tokens.slice(at + 1, at + 1 + OF_WHAT_REACH).findIndex((t) => REAL_TEST_AHEAD.has(t.lower));
  return verb < 0 ? at : at + 1 + verb;
}

/** How many words "of ..." may take: "the real test of the new dosing pump is". */
const OF_WHAT_REACH = 5;

/** What follows "the real test" when it is still to come: "comes", "will be", "is". */
const REAL_TEST_AHEAD = new Set(['comes', 'will', 'is']);

/**
 * "the family and I are both just waiting on it", "that's what I'm chasing with the province right now": the speaker
 * waiting, or chasing, now, told in the present. Not "their families are waiting for them at home", nor "whatever I'm
 * waiting on", which names no wait of the story's.
 */
function waitingNow(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!WAITING_NOW.has(t.lower)) return false;
    let k = i - 1;
    while (k > i - 3 && WAITING_ADVERBS.has(tokens[k]?.lower ?? '')) k--;
    const be = tokens[k]?.lower ?? '';
    const speaker = OWN_PRESENT.has(be) ? k : be === 'am' || be === 'are' ? [k - 1, k - 2].find((j) => j >= 0 && SPEAKERS.has(tokens[j]?.lower ?? '')) : undefined;
    if (speaker === undefined) return false;
    // "that's what I'm chasing", "a date is what we're waiting for": the wait named as the story's own.
    const relative = tokens[speaker - 1]?.lower ?? '';
    return !RELATIVES.has(relative) || (relative === 'what' && NAMING_BE.has(tokens[speaker - 2]?.lower ?? ''));
  });
}

const WAITING_ADVERBS = new Set(['just', 'both', 'all', 'now', 'only', 'still', 'currently', 'simply']);
/** "that's what I'm chasing with the province right now": still after what was awaited, as much as waiting for it. */
const WAITING_NOW = new Set(['waiting', 'chasing']);
const SPEAKERS = new Set(['i', 'we']);
const OWN_PRESENT = new Set(["i'm", "we're"]);
const RELATIVES = new Set(['whatever', 'what', 'while', 'when', 'whenever', 'if']);
const NAMING_BE = new Set(["that's", 'is', "it's"]);

/**
 * "The end-of-cycle reading test is set for the week of the 12th of August": an event fixed for a date ahead. Not "the
 * thermostat is set for 21 degrees".
 */
function setForLater(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'set' && BE.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'for' && tokens.slice(i + 2, i + 2 + DUE_REACH).some((w) => MONTHS.has(w.lower) || (LATER.has(w.lower) && datedBy(tokens, w.index - 1)) || nextPeriod(tokens, w.index)));
}

/**
 * "No numbers worth quoting yet", "No decision yet": a short line that names the awaited figures or answer as not
 * there. Not "No complaints yet", which tells how things have gone so far.
 */
function noFiguresYet(tokens: readonly Token[]): boolean {
  if (tokens[0]?.lower !== 'no' || tokens[tokens.length - 1]?.lower !== 'yet' || tokens.length > SHORT_LINE) return false;
  const awaited = tokens[1];
  return awaited !== undefined && (namesAwaited(awaited) || NOT_THERE_YET.has(awaited.lower));
}

/** The figures or the answer a story waits for: "the results", "their answers", "the numbers". */
function namesAwaited(token: Token): boolean {
  return AWAITED_THINGS.has(token.lower) || AWAITED_THINGS.has(token.stem) || FIGURES.has(token.lower);
}

/** How many words a line of notes may have: "No numbers worth quoting yet". */
const SHORT_LINE = 8;

/**
 * "..., so for the moment I have a colder room and some hope, not a result", "it is not yet a result": the speaker says
 * there is no result. Not "not a result of the new rota", which tells a cause.
 */
function notAResult(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'not') return false;
    const article = tokens[i + 1]?.lower === 'yet' ? i + 2 : i + 1;
    return tokens[article]?.lower === 'a' && tokens[article + 1]?.lower === 'result' && tokens[article + 2]?.lower !== 'of';
  });
}

/** The verb after "hasn't", "haven't", "has not" or "have not" at `at`, or -1. */
function afterHaveNot(tokens: readonly Token[], at: number): number {
  const word = tokens[at]?.lower ?? '';
  if (NOT_HAVE.has(word)) return at + 1;
  return (word === 'has' || word === 'have') && tokens[at + 1]?.lower === 'not' ? at + 2 : -1;
}

/**
 * "the vendor still hasn't confirmed whether their patch caused it", "the board has not decided if...": whoever settles
 * the open question has not said yet. Not "I hadn't decided whether to call", told of a time before.
 */
function notSaidWhether(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    const verb = afterHaveNot(tokens, i);
    if (verb < 0 || !SETTLING.has(tokens[verb]?.lower ?? '')) return false;
    return tokens.slice(verb + 1, verb + 1 + WHOM_REACH).some((w) => WHETHER.has(w.lower));
  });
}

const SETTLING = new Set(['confirmed', 'said', 'decided', 'told', 'announced', 'ruled', 'agreed']);
/** How far after the verb its "whether" may stand: "hasn't told us yet whether". */
const WHOM_REACH = 4;

/**
 * "the letter with their panel results hasn't come", "the approval has not arrived": what the story waits for has not
 * come in. Only of an awaited thing: "the complaints haven't come back" is a result.
 */
function notCome(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    const verb = afterHaveNot(tokens, i);
    if (verb < 0 || !ARRIVING.has(tokens[verb]?.lower ?? '')) return false;
    if (tokens.slice(verb + 1).some((w) => w.lower === 'since')) return false;
    return tokens.slice(Math.max(0, i - AWAITED_REACH), i).some((w) => AWAITED_THINGS.has(w.stem) || AWAITED_THINGS.has(w.lower));
  });
}

const ARRIVING = new Set(['come', 'arrived', 'landed', 'reached']);
/**
 * "so I have not seen the numbers since", "we never got the figures": the speaker says the figures never reached them.
 * Only of figures: "I haven't seen a single complaint since" is a result.
 */
function figuresNotSeen(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!SPEAKERS.has(t.lower)) return false;
    const verb = tokens[i + 1]?.lower === 'never' ? i + 2 : afterHaveNot(tokens, i + 1);
    if (verb < 0 || !RECEIVING.has(tokens[verb]?.lower ?? '')) return false;
    const noun = DETERMINERS.has(tokens[verb + 1]?.lower ?? '') ? verb + 2 : verb + 1;
    // "so I never saw the first quarter's results": the figures may come after what they are of.
    return FIGURES.has(tokens[noun]?.lower ?? '') || (noun === verb + 2 && tokens.slice(noun + 1, noun + FIGURES_OF_REACH).some((w) => FIGURES.has(w.lower)));
  });
}

const RECEIVING = new Set(['seen', 'saw', 'had', 'got', 'gotten', 'received']);
const FIGURES_OF_REACH = 5;
const DETERMINERS = new Set(['the', 'any', 'their', 'those', 'these']);

/**
 * "I do not know how it ended", "I never found out whether it worked", "I do not yet know the new follow-up rate", "I
 * don't know how many of them graduated": the speaker left before the outcome, or it is still to come. Not "I don't know how it would have ended without them", a guess at another course.
 */
function notKnownHowItEnded(tokens: readonly Token[]): boolean {
  // "Don't know how many showed up": a terse line drops the "I", so the line's start stands for it.
  const terse = NOT_DO.has(tokens[0]?.lower ?? '') || tokens[0]?.lower === 'dont';
  const speakers = [...(terse ? [-1] : []), ...tokens.flatMap((t, i) => (SPEAKERS.has(t.lower) ? [i] : []))];
  return speakers.some((i) => {
    const rest = tokens.slice(i + 1, i + 1 + NOT_KNOWN_REACH).map((w) => w.lower);
    // "so I do not yet know the new follow-up rate": a "yet" may stand before "know".
    // "so right now we dont know if it gets approved": the apostrophe may be dropped in a chat.
    const denied = (k: number): boolean => rest[k] === "don't" || rest[k] === 'dont' || (rest[k] === 'not' && rest[k - 1] === 'do');
    // "so I haven't seen whether the digesters are getting closer to capacity": not seen, with whether it worked.
    const unseen = (k: number): boolean => rest[k] === 'seen' && (rest[k - 1] === "haven't" || (rest[k - 1] === 'not' && rest[k - 2] === 'have'));
    const unknown = rest.findIndex((w, k) => (w === 'know' && (denied(k - 1) || (rest[k - 1] === 'yet' && denied(k - 2)))) || unseen(k) || ((w === 'out' || w === 'learned' || w === 'learnt' || w === 'heard') && rest.includes('never')));
    if (unknown < 0) return false;
    // "so I do not know yet how it came out": a "yet" may stand after "know" too.
    const after = i + 2 + unknown + (tokens[i + 2 + unknown]?.lower === 'yet' ? 1 : 0);
    const tail = tokens.slice(after, after + HOW_IT_REACH).map((w) => w.lower);
    if (tail[0] === 'the' && tail.slice(1).some((w) => OUTCOME_MEASURES.has(w) || FIGURES.has(w))) return true;
    // "I honestly don't know how many of them graduated", "I still don't know if the colours will hold".
    // "and I do not know if the visit rate was kept": a measure of the outcome, not known.
    // "we dont know if it gets approved": what happens to it next, told in the present.
    const verbForIt = tail[1] === 'it' ? (tail[2] ?? '') : '';
    const nextForIt = verbForIt.length > 3 && verbForIt.endsWith('s');
    const whetherUnseen = unseen(unknown) && (tail[0] === 'whether' || tail[0] === 'if');
    const open = whetherUnseen || tail[1] === 'many' || tail[1] === 'much' || tail.includes('will') || nextForIt || tail.some((w) => OUTCOME_MEASURES.has(w) || FIGURES.has(w));
    // "so I don't know what happens with it", "I don't know yet what the full numbers show": what comes of it.
    // "so I don't know what they decided after my report": what others made of the speaker's work.
    const theyDecided = OTHERS_WHO.has(tail[1] ?? '') && DECIDED.has(tail[2] ?? '');
    if (tail[0] === 'what' && !tail.includes('would')) return open || theyDecided || BECOMES.has(tail[1] ?? '') || (BECAME.has(tail[1] ?? '') && OF_IT.has(tail[2] ?? ''));
    return (tail[0] === 'how' || tail[0] === 'whether' || tail[0] === 'if') && !tail.includes('would') && (open || endsWithin(tokens, after));
  });
}

/**
 * "how it ended", "how the disputes or the film renewal turned out": the ending verb, within its clause after `at`
 * ("how she did it, but it turned out fine" ends something else).
 */
function endsWithin(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < Math.min(tokens.length, at + ENDING_REACH); k++) {
    const word = (tokens[k] as Token).lower;
    if (ENDING.has(word)) return true;
    if (NEW_CLAUSE.has(word)) return false;
  }
  return false;
}
const ENDING_REACH = 9;
const NEW_CLAUSE = new Set(['but', 'so', 'because', 'although', 'though', 'while']);

/**
 * "so I left before the first quarter of data came in", "I moved on before the results were out": the speaker gone
 * before the figures came.
 */
function leftBeforeFigures(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    // "I moved to another country office in February, before any decision was made": the speaker's leaving may come
    // a few words before.
    const left = LEAVING.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lower === 'on' && tokens[i - 2]?.lower === 'moved') || speakerLeftBefore(tokens, i);
    if (t.lower !== 'before' || !left) return false;
    return tokens.slice(i + 1, i + 1 + FIGURES_REACH).some((w) => FIGURES.has(w.lower) || AWAITED_THINGS.has(w.lower));
  });
}

const LEAVING = new Set(['left', 'moved', 'transferred', 'resigned']);
const LEFT_REACH = 10;

/** "I moved to another office in February, before": the speaker's own leaving, within the reach before `at`. */
function speakerLeftBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k > Math.max(0, at - LEFT_REACH); k--) if (LEAVING.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'i') return true;
  return false;
}
/** How far after "before" the awaited figures may stand: "before the first quarter of data". */
const FIGURES_REACH = 6;

/** How far the "know" may stand after the speaker ("I still do not know"), and how long "how it ended" may run. */
const NOT_KNOWN_REACH = 5;
const HOW_IT_REACH = 5;
const ENDING = new Set(['ended', 'turned', 'went', 'worked', 'finished', 'landed', 'came', 'ready', 'done', 'completed']);
/** What comes of it, in the present: "what happens with it", "what comes of it". */
const BECOMES = new Set(['happens', 'comes', 'becomes']);
/** The same in the past, with what it came to: "what happened with it", "what became of them". */
const BECAME = new Set(['happened', 'came', 'became']);
const OF_IT = new Set(['with', 'to', 'of']);
const OTHERS_WHO = new Set(['they', 'he', 'she', 'management']);
const DECIDED = new Set(['decided', 'chose', 'concluded', 'did']);
/** What the speaker does not know yet: "the new follow-up rate", "the final score". */
const OUTCOME_MEASURES = new Set(['rate', 'outcome', 'effect', 'impact', 'score', 'total', 'result']);

/** What a story waits for from someone else: the letter, the results, the decision, the money. */
const AWAITED_THINGS = new Set(['letter', 'result', 'results', 'answer', 'decision', 'report', 'reply', 'approval', 'verdict', 'response', 'payment', 'funding', 'ruling', 'offer', 'confirmation', 'permit', 'licence', 'license', 'signature']);
/** How far before "hasn't" the awaited thing may stand: "the letter with their panel results hasn't come". */
const AWAITED_REACH = 6;

/**
 * "it's September before anyone knows whose number was right", "it'll be March before we see the claims": the date
 * ahead before which nobody finds out, with the finding out told in the present.
 */
function knownOnlyLater(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    const dated = LATER.has(t.lower);
    if (!dated && !stretchAhead(tokens, i)) return false;
    const before = tokens.slice(i + 1, i + 1 + BEFORE_REACH).findIndex((w) => w.lower === 'before');
    if (before < 0) return false;
    const from = i + 2 + before;
    // "a few months of incident reports before I can say whether": being able to say is finding out.
    const finds = (w: Token, k: number) =>
      FINDING_OUT.has(w.lower) || (w.lower.endsWith('s') && FINDING_OUT.has(w.lower.slice(0, -1))) || (SAYING.has(w.lower) && CAN.has(tokens[from + k - 1]?.lower ?? ''));
    const finder = tokens.slice(from, from + FINDER_REACH).findIndex(finds);
    if (finder < 0) return false;
    // "it'll be the end of the month before I know whether the late nights are gone": a stretch of time rather than a
    // date waits only when the sentence looks ahead ("it'll be", "it will take") or asks whether; "six weeks before
    // we see the first rota" may tell a plan's timing.
    return dated || whetherIn(tokens, from + finder + 1, from + finder + 1 + TELLING_REACH) || tokens.slice(0, i).some((w) => w.lower === 'will' || w.lower.endsWith("'ll"));
  });
}

/**
 * "the end of the month", "a few more weeks", "another quarter", "six months": a stretch of time, counted or closed by
 * its end, at `at`.
 */
function stretchAhead(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower ?? '';
  const period = isPeriod(word);
  if (!period) return false;
  const previous = tokens[at - 1];
  if (previous === undefined) return false;
  if (previous.lower === 'the' && tokens[at - 2]?.lower === 'of' && PART_OF.has(tokens[at - 3]?.lower ?? '')) return true;
  return previous.kind === 'number' || STRETCH_COUNTS.has(previous.lower) || (previous.lower === 'of' && tokens[at - 2]?.lower === 'couple');
}

const STRETCH_COUNTS = new Set(['few', 'another', 'more', 'several', 'full', 'whole']);

/**
 * "So up to now I do not have the report in my hands if all 1,200 are accepted", "I still haven't heard whether the
 * grant went through": said of the present, the speaker is without the answer to the story's open question.
 */
function stillWithout(tokens: readonly Token[]): boolean {
  if (!saidOfNow(tokens)) return false;
  return tokens.some((t, i) => {
    const held = withoutAt(tokens, i);
    if (held < 0) return false;
    // "... a 40% drop, and I still don't know whether it was the rota": a figure before the doubt is the outcome it
    // doubts ("we are at wash 35 now, so I do not know yet if..." tells how far the trial has got).
    if (tokens.slice(0, i).some((w) => w.kind === 'number' && !pointReached(tokens, w.index))) return false;
    // "so for now I don't have their answers": the awaited thing itself named.
    return whetherIn(tokens, held + 1, held + 1 + WITHOUT_REACH) || tokens.slice(held + 1, held + 1 + AWAITED_OBJECT_REACH).some(namesAwaited);
  });
}

/** "at wash 35", "on day 12", "in week 6": how far a trial or count has got, a point on the way, not a measure. */
function pointReached(tokens: readonly Token[], at: number): boolean {
  return STAGES.has(tokens[at - 1]?.lower ?? '') && AT_ON_IN.has(tokens[at - 2]?.lower ?? '');
}
const STAGES = new Set(['day', 'week', 'month', 'wash', 'cycle', 'round', 'batch', 'lap', 'stage', 'phase', 'session', 'run', 'trial', 'test', 'visit', 'sample']);
const AT_ON_IN = new Set(['at', 'on', 'in']);

/** The verb after a negated "have" or "know" at `at` ("do not have", "don't know", "haven't heard"), or -1. */
function withoutAt(tokens: readonly Token[], at: number): number {
  const word = tokens[at]?.lower ?? '';
  let verb = afterHaveNot(tokens, at);
  if (NOT_DO.has(word)) verb = at + 1;
  else if ((word === 'do' || word === 'does') && tokens[at + 1]?.lower === 'not') verb = at + 2;
  if (verb < 0) return -1;
  if (tokens[verb]?.lower === 'yet') verb++;
  const held = tokens[verb]?.lower ?? '';
  const done = NOT_HAVE.has(word) || word === 'have' || word === 'has';
  return (done ? RECEIVED.has(held) : held === 'have' || held === 'know') ? verb : -1;
}

const NOT_DO = new Set(["don't", "doesn't"]);
const NOT_HAVE = new Set(["haven't", "hasn't"]);
/** What was not had yet, after "haven't": "haven't heard", "haven't got", "haven't received", "haven't seen". */
const RECEIVED = new Set(['heard', 'got', 'gotten', 'received', 'seen', 'had']);
/** How far after "don't have" the awaited thing may stand: "don't have their final answers". */
const AWAITED_OBJECT_REACH = 3;
/** How far after the verb its "if" or "whether" may stand: "do not have the report in my hands if". */
const WITHOUT_REACH = 8;

/** "up to now", "until now", "so far", "as of now", "for now", "still", "yet": the sentence speaks of the present. */
function saidOfNow(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'still' || t.lower === 'yet' || (t.lower === 'now' && NOW_LEADS.has(tokens[i - 1]?.lower ?? '')) || (t.lower === 'far' && tokens[i - 1]?.lower === 'so'));
}

const NOW_LEADS = new Set(['to', 'until', 'till', 'for', 'of', 'right']);

/** How far after the date its "before" may stand ("September at the earliest before"), and the finding out after it. */
const BEFORE_REACH = 4;
const FINDER_REACH = 5;

/**
 * Verbs in the present that tell a coming event: "results come out in january", "they decide at the review in march",
 * "the report reaches me at the end of October".
 */
const COMING = new Set(['come', 'comes', 'close', 'closes', 'visit', 'visits', 'vote', 'votes', 'rings', 'calls', 'happens', 'decide', 'decides', 'arrives', 'arrive', 'publishes', 'announces', 'start', 'starts', 'begin', 'begins', 'goes', 'meet', 'meets', 'reach', 'reaches', 'sits', 'sit', 'lands', 'land']);
/** When it comes: a month, a season ("the working group meets in the autumn"), or "next ...". */
const LATER = new Set([...MONTHS, 'spring', 'summer', 'autumn', 'winter', 'next']);
/** A day of the month, "the 28th": a date after its preposition ("they meet on the 28th"). */
const DAY_OF_MONTH = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/;
/** What an open question hangs on: "whether it goes ahead rests on what she brings back". */
const HANGS_ON = new Set(['rests', 'depends', 'hangs', 'turns']);
const COMES = new Set(['comes', 'come']);

/**
 * "KCSE results come out in january", "the surveyor comes in June to test them", "they decide at the category review in
 * march", "the grout goes in next week": the event that will tell the outcome, told in the present with its date, is
 * still to come; so is the new way itself when the story ends on the day it begins ("our in-house testing starts in
 * March").
 */
function dueLater(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    // "helped them to decide what to do next", "she has come back for her next book": not a date ahead.
    if (!COMING.has(t.lower) || NOT_PRESENT.has(tokens[i - 1]?.lower ?? '')) return false;
    // "women were close to half the visits, by October...": "close to" is near, not a closing, and "the visits" are a
    // noun, whatever date follows.
    if (t.lower === 'close' && tokens[i + 1]?.lower === 'to') return false;
    if (t.lower.endsWith('s') && NOUN_LEADS.has(tokens[i - 1]?.lower ?? '')) return false;
    if (tokens.slice(0, i).some((w) => w.lower === 'if' || w.lower === 'when' || w.lower === 'whenever')) return false;
    // "i now start the same list with year 10 in the summer term": a habit kept since, not an event to come.
    if (tokens.slice(Math.max(0, i - 2), i).some((w) => KEPT_SINCE.has(w.lower))) return false;
    // "come in June", "meets in the autumn", "come next week": a month or season after its preposition, or "next"
    // straight after the verb.
    // "sits next to somebody's classroom" is a place, not a date.
    // "they meet on the 28th": a day of the month after its preposition is a date too.
    if (tokens.slice(i + 1, i + 1 + DUE_REACH).some((w, k) => (LATER.has(w.lower) || DAY_OF_MONTH.test(w.lower)) && (datedBy(tokens, i + k) || (k === 0 && w.lower === 'next' && tokens[i + 2] !== undefined && tokens[i + 2]?.lower !== 'to')))) return true;
    // "Their verdicts come back to me next week": what comes back, to whom, and then "next" and its period.
    if (tokens[i + 1]?.lower === 'back' && tokens.slice(i + 2, i + 2 + BACK_TO_REACH).some((w) => nextPeriod(tokens, w.index))) return true;
    // "comes back to us at the end of the month": the end of a stretch of time, after the story's day.
    // "we sit down with their figures at the end of April": or of a month still ahead.
    return tokens.slice(i + 1, i + 1 + END_OF_REACH).some((w, k) => (PERIODS.has(w.lower) && tokens[i + k]?.lower === 'the' && tokens[i + k - 2]?.lower === 'end' && partOf(tokens, i + k - 1)) || (MONTHS.has(w.lower) && partOf(tokens, i + k)));
  });
}

/**
 * "and the health department does its own sampling round in July": a check someone else holds at a date ahead, told in
 * the present. Not "the audit in March found nothing", told in the past, nor "before the July round we had".
 */
function checkDated(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!CHECKS.has(t.lower) || !tokens.slice(i + 1, i + 1 + CHECK_DATE_REACH).some((w) => MONTHS.has(w.lower) && datedBy(tokens, w.index - 1))) return false;
    // The clause the check stands in: from the last joining word before it.
    let from = i - 1;
    while (from > 0 && !CLAUSE_JOINERS.has(tokens[from]?.lower ?? '')) from--;
    const clause = tokens.slice(Math.max(0, from), i + 1 + CHECK_DATE_REACH);
    return !clause.some((w) => isPastOrParticiple(w) || PAST_BE.has(w.lower) || AGENT_WORDS.has(w.lower) || w.lower === 'before');
  });
}

/** Checks held by someone else at a date: "sampling round", "inspection", "audit". */
const CHECKS = new Set(['round', 'inspection', 'audit', 'review', 'visit', 'survey', 'assessment', 'hearing', 'vote']);
/** How far after the check its month may stand: "round in July", "audit at the end of March". */
const CHECK_DATE_REACH = 5;
const CLAUSE_JOINERS = new Set(['and', 'but', 'so', 'while', 'whereas']);
/** The speaker's side in a clause: "I", "we", "we'll", "our". */
const AGENT_WORDS = new Set([...SPEAKERS, "i'll", "we'll", 'my', 'our']);

/** A date's preposition ends at `at`: "in", "in the" before a season, or "at the end of" before a month. */
function datedBy(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower ?? '';
  // "happens in early June": the part of the month stands between the preposition and the month.
  if (PART_OF_MONTH.has(word)) return datedBy(tokens, at - 1);
  // "goes to the risk committee on 20 January": the day may stand between the preposition and the month.
  const day = DAY_NUMBER.test(word) && DATE_PREPOSITIONS.has(tokens[at - 1]?.lower ?? '');
  return partOf(tokens, at) || AHEAD_PREPOSITIONS.has(word) || (word === 'the' && AHEAD_PREPOSITIONS.has(tokens[at - 1]?.lower ?? '')) || day;
}


const PART_OF_MONTH = new Set(['early', 'late', 'mid']);

/** A day of the month as a bare number: "on 20 January". */
const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])$/;

/** "at the end of", "by the middle of" ends at `at`; "until the end of" with `prepositions` UNTIL. */
function partOf(tokens: readonly Token[], at: number, prepositions: ReadonlySet<string> = DATE_PREPOSITIONS): boolean {
  const part = tokens[at - 1]?.lower ?? '';
  // "on the third of June", "by the 3rd of May": a day of the month is a part of it too.
  const day = DAY_ORDINALS.has(part) || DAY_OF_MONTH.test(part);
  return tokens[at]?.lower === 'of' && (PART_OF.has(part) || day) && tokens[at - 2]?.lower === 'the' && prepositions.has(tokens[at - 3]?.lower ?? '');
}

const PART_OF = new Set(['end', 'start', 'beginning', 'middle']);
const DAY_ORDINALS = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth',
]);
const KEPT_SINCE = new Set(['now', 'always', 'usually', 'still']);
/** How far after "come back" its "next week" may stand: "come back to me next week". */
const BACK_TO_REACH = 4;
/** How far after the coming verb its date may end: "that lands on the plant manager's desk on the 3rd". */
const DUE_REACH = 9;

const PERIODS = new Set(['month', 'week', 'quarter', 'year', 'term', 'season']);

/** "week" or "weeks". */
function isPeriod(word: string): boolean {
  return PERIODS.has(word) || (word.endsWith('s') && PERIODS.has(word.slice(0, -1)));
}

/** "next week", "next quarter" at `at`: a period still ahead. */
function nextPeriod(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.lower === 'next' && PERIODS.has(tokens[at + 1]?.lower ?? '');
}

/** What an "until" clause waits for, told in the present: "until that ruling comes back", "until they rule". */
const AWAITED = new Set([...COMING, 'is', 'are', 'rule', 'rules', 'returns', 'sets']);
/** What the clause after it says of the outcome meanwhile: nothing yet, either way, or things as they are ("stays off"). */
const STILL_OPEN = new Set(['not', 'no', 'nothing', 'nobody', 'either', 'stays', 'stay']);

/**
 * "until a hearing date is set and they rule, not one kwacha of it has reached the treasury", "Until that ruling comes
 * back, that site is either the best call I've made or a very expensive field": the outcome waits on an event still to
 * come. "We don't ship until the test is green" puts its "not" before the "until": a rule kept, not a wait.
 */
function openUntil(tokens: readonly Token[]): boolean {
  const until = tokens.findIndex((t) => UNTIL.has(t.lower) && tokens[t.index + 1]?.lower !== 'then');
  if (until < 0) return false;
  // "Until I can put those next to last winter's, ... the 10-12% I estimated is a number in my spreadsheet and nothing
  // more": what the speaker can do only once the awaited figures come is awaited too.
  const awaited = tokens.slice(until + 1, until + 1 + UNTIL_REACH).findIndex((t, k) => AWAITED.has(t.lower) || (t.lower === 'can' && SPEAKERS.has(tokens[until + k]?.lower ?? '')));
  // "the tap stays closed until I'm holding that slip": things kept as they are before the "until", and the speaker's
  // own present after it.
  // "The 118 certificates stay on hold until it does": or until the one it waits on acts, said with a bare "does".
  if (tokens.slice(0, until).some((t) => STAYING.has(t.lower)) && (OWN_PRESENT.has(tokens[until + 1]?.lower ?? '') || (PRONOUNS.has(tokens[until + 1]?.lower ?? '') && ELLIPTIC_DO.has(tokens[until + 2]?.lower ?? '')))) return true;
  // "until they reach us, that part of the story is still at sea": a present "is still" says the same as "stays".
  return awaited >= 0 && tokens.slice(until + 2 + awaited).some((t) => STILL_OPEN.has(t.lower) || (t.lower === 'still' && PRESENT_BE.has(tokens[t.index - 1]?.lower ?? '')));
}

/** How far after "until" the awaited event's verb may stand: "until the court sets a date and rules". */
const UNTIL_REACH = 8;
const ELLIPTIC_DO = new Set(['does', 'do']);
/** How far after the coming verb "at the end of the month" may end: "comes back to us at the end of the month". */
const END_OF_REACH = 10;

const NOT_PRESENT = new Set(['to', 'has', 'have', 'had', 'will', 'would', "'ll"]);
const DATE_PREPOSITIONS = new Set(['in', 'at', 'on', 'by']);
const UNTIL = new Set(['until', 'till']);
/** A date's prepositions, and "after": "the planning panel sits on it after the winter break". */
const AHEAD_PREPOSITIONS = new Set([...DATE_PREPOSITIONS, 'after']);

/**
 * "..., this I cannot tell you yet", "whether she comes through that door, this I cannot promise you yet", "I can't
 * confirm yet": what the speaker cannot yet say of the outcome.
 */
function cannotYet(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'cannot' && t.lower !== "can't") return false;
    if (!SAYING_YET.has(tokens[i + 1]?.lower ?? '')) return false;
    const after = pastWhom(tokens, i + 2);
    if (tokens[after]?.lower === 'yet') return true;
    // "so I can't tell you the effect yet", "I cannot confirm the saving yet": the thing, then the "yet".
    if (['the', 'a', 'any', 'its', 'their'].includes(tokens[after]?.lower ?? '') && tokens.slice(after + 2, after + 4).some((w) => w.lower === 'yet')) return true;
    // "so I cannot tell you the result.": the outcome itself, closing the line.
    if (tokens[after]?.lower === 'the' && OUTCOME_MEASURES.has(tokens[after + 1]?.lower ?? '') && tokens[after + 2] === undefined) return true;
    // "Can't say whether it works": the open question itself.
    if (WHETHER.has(tokens[after]?.lower ?? '')) return true;
    // "so I cannot say how much it will reduce the unmatched items": what the speaker cannot say is still to come.
    // "so far I've only used it on the test patterns, so I can't say what it saves": or not known so far.
    return UNSAID.has(tokens[after]?.lower ?? '') && (tokens.slice(after + 1).some((w) => w.lower === 'will' || w.lower.endsWith("'ll")) || saidOfNow(tokens));
  });
}

/** What cannot be said yet: "how much it will", "what it will", "when it will" ("whether" is open already). */
const UNSAID = new Set(['how', 'what', 'when']);

const SAYING_YET = new Set(['tell', 'say', 'promise', 'guarantee', 'confirm']);

/**
 * "the first cohort that can tell me doesn't bill until mid-May", "the report isn't out until next month", "it won't
 * show up in the cost report before the middle of May": in the present, nothing happens before a date still ahead.
 */
function notUntilLater(tokens: readonly Token[]): boolean {
  const until = tokens.findIndex((t) => UNTIL_OR_BEFORE.has(t.lower));
  if (until < 1 || !notBefore(tokens, until)) return false;
  return aheadAfterUntil(tokens, until);
}

const UNTIL_OR_BEFORE = new Set(['until', 'till', 'before']);

/**
 * "the loggers have only a few days on them, not nearly enough to say anything", "too few weeks to tell": what has
 * come in so far is too little to judge the outcome by.
 */
function tooLittleToSay(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    const scarce = (t.lower === 'enough' && tokens.slice(Math.max(0, i - 3), i).some((w) => NOT_ENOUGH.has(w.lower))) || (TOO_LITTLE.has(t.lower) && tokens[i - 1]?.lower === 'too');
    if (!scarce) return false;
    const to = tokens.slice(i + 1, i + 4).findIndex((w) => w.lower === 'to');
    return to >= 0 && JUDGING.has(tokens[i + 2 + to]?.lower ?? '');
  });
}

const NOT_ENOUGH = new Set(['not', "isn't", "aren't"]);
const TOO_LITTLE = new Set(['little', 'few', 'short']);
// "it is too few months to compare their missed forms with before": too little yet to set against the old figures.
const JUDGING = new Set(['say', 'tell', 'judge', 'conclude', 'know', 'compare']);

/**
 * "the dealer's quote and my trucks are running side by side until the autumn": something under way now that goes on
 * until a time still ahead.
 */
function goesOnUntilLater(tokens: readonly Token[]): boolean {
  const until = tokens.findIndex((t) => UNTIL.has(t.lower));
  if (until < 2) return false;
  for (let k = until - 1; k >= Math.max(0, until - GOES_ON_REACH); k--) {
    const word = tokens[k]?.lower ?? '';
    if (CLAUSE_JOINERS.has(word)) return false;
    if (PRESENT_BE.has(word) && isGerund(tokens[k + 1])) return aheadAfterUntil(tokens, until);
  }
  return false;
}

/** How far before "until" the present "are running" may stand: "are running side by side until". */
const GOES_ON_REACH = 6;

/**
 * "my director and I sit down with them to choose between this way or the old pace": a meeting told in the present,
 * to settle the choice still open. "We sat down to choose between..." tells a step of the story.
 */
function meetToChoose(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'to' || !CHOOSING.has(tokens[i + 1]?.lower ?? '') || !STILL_OPEN_CHOICE.has(tokens[i + 2]?.lower ?? '')) return false;
    return tokens.slice(Math.max(0, i - MEET_REACH), i).some((w) => MEETING_NOW.has(w.lower));
  });
}

const CHOOSING = new Set(['choose', 'decide', 'pick']);
const STILL_OPEN_CHOICE = new Set(['between', 'whether', 'which']);
const MEETING_NOW = new Set(['sit', 'sits', 'meet', 'meets', 'get', 'gets']);
/** How far before "to choose" the present meeting may stand: "sit down with the delivery logs to choose". */
const MEET_REACH = 7;

/** "what the whole thing is really worth hangs on their answer", "depends on the panel's decision": the awaited word. */
function hangsOnAnswer(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => HANGS.has(t.lower) && tokens[i + 1]?.lower === 'on' && tokens.slice(i + 2, i + 5).some((w) => SOMEONES_ANSWER.has(w.lower)));
}

const HANGS = new Set(['hangs', 'depends', 'rests', 'turns']);
/** Someone's word still to come; "every other section depends on the numbers" is a rule of the work, not a wait. */
const SOMEONES_ANSWER = new Set(['answer', 'decision', 'verdict', 'ruling', 'reply', 'response', 'vote', 'approval', 'sign-off']);

/**
 * "nobody there has said yes or no", "they haven't said yes or no": the answer not given so far, in the present perfect.
 * "I never say yes or no on the phone" is a habit.
 */
function noYesOrNo(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'yes' || tokens[i + 1]?.lower !== 'or' || tokens[i + 2]?.lower !== 'no' || tokens[i - 1]?.lower !== 'said') return false;
    const perfect = tokens[i - 2]?.lower ?? '';
    // "nobody has said", "nobody there has said".
    return NOT_HAVE.has(perfect) || ((perfect === 'has' || perfect === 'have') && [tokens[i - 3], tokens[i - 4]].some((w) => NOBODY.has(w?.lower ?? '')));
  });
}

/**
 * "so as of now nothing tells me whether the regulars will come back": nothing in yet settles it for the speaker.
 * "nothing tells you whether a seal will hold" is a rule for anyone.
 */
function nothingTellsWhether(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'nothing' && TELLS.has(tokens[i + 1]?.lower ?? '') && toSpeakerWhether(tokens, i + 2));
}

/** "me whether", "us if" at `at`: what is told is told to the speaker, and it is an open question. */
function toSpeakerWhether(tokens: readonly Token[], at: number): boolean {
  return SPEAKERS_AS_OBJECTS.has(tokens[at]?.lower ?? '') && WHETHER.has(tokens[at + 1]?.lower ?? '');
}

/**
 * "they're on the water now, and the buyer tests every container when it lands, so their meter tells me whether we
 * fixed it": what will tell the speaker whether it worked, in a line about now, with nothing counted in it.
 */
function tellsWhetherNow(tokens: readonly Token[]): boolean {
  const now = tokens.some((t, i) => t.lower === 'now' && !NOT_MEANTIME.has(tokens[i - 1]?.lower ?? ''));
  if (!now || hasFigure(tokens)) return false;
  return tokens.some((_, i) => tellsNow(tokens, i) && toSpeakerWhether(tokens, i + 1));
}

/** "tells" at `at`, or "tell" after its plural subject ("their logs tell"), not after a modal, a "not" or a "to". */
function tellsNow(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower;
  if (word !== undefined && TELLS.has(word)) return true;
  const before = tokens[at - 1];
  return word === 'tell' && before !== undefined && before.kind === 'word' && before.lower.endsWith('s') && !NOT_A_SUBJECT.has(before.lower);
}

const NOT_A_SUBJECT = new Set(['this', 'is', 'was', 'has', 'does', 'its', 'his', 'as', 'us', 'always', 'sometimes', 'perhaps']);

/**
 * "and, well, the meter itself still hasn't been installed": what someone else has to do first, still not done, with
 * nothing counted in the line. "still hasn't failed since" is no passive and says how things went.
 */
function stillNotDone(tokens: readonly Token[]): boolean {
  if (hasFigure(tokens)) return false;
  return tokens.some((t, i) => {
    if (t.lower !== 'still') return false;
    const been = afterHaveNot(tokens, i + 1);
    return been > 0 && tokens[been]?.lower === 'been' && isPastOrParticiple(tokens[been + 1]) && tokens[been + 2]?.lower !== 'since';
  });
}

/**
 * "He has the file; until he answers, nothing gets installed": everything held, now, on someone's answer still to come.
 * "Until he answered, nothing moved" is the story's past.
 */
function nothingUntilTheyAnswer(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'until' || !THIRD_PARTIES.has(tokens[i + 1]?.lower ?? '')) return false;
    const verb = tokens.slice(i + 2, i + 5).find((w) => ANSWERING_NOW.has(w.lower));
    return verb !== undefined && tokens.slice(verb.index + 1, verb.index + 5).some((w) => NOTHING_MOVES.has(w.lower));
  });
}

const THIRD_PARTIES = new Set(['he', 'she', 'they', 'the', 'someone', 'somebody']);
const ANSWERING_NOW = new Set(['answers', 'replies', 'decides', 'signs', 'approves', 'rules', 'responds', 'agrees']);
const NOTHING_MOVES = new Set(['nothing', 'none', 'no', 'nobody']);

/**
 * "my chief has said the wider roll-out waits until she has them in front of her": the next step held, now, until
 * someone has the figures. "We waited until she had them" is the story's past.
 */
function waitsUntilTheyHave(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => (t.lower === 'waits' || t.lower === 'wait') && tokens[i + 1]?.lower === 'until' && THIRD_PARTIES.has(tokens[i + 2]?.lower ?? '') && HAVING_NOW.has(tokens[i + 3]?.lower ?? '') && !SPEAKERS.has(tokens[i - 1]?.lower ?? ''));
}

const HAVING_NOW = new Set(['has', 'have', 'sees', 'gets', 'receives']);

/**
 * "only the monsoon can answer, and it will not answer before end of September": whatever will tell, and not yet.
 * "Only I can answer for that" is the speaker's duty, not an outcome awaited.
 */
function onlyItCanAnswer(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!ANSWERING.has(t.lower)) return false;
    const onlyCan = (tokens[i - 1]?.lower === 'can' || tokens[i - 1]?.lower === 'will') && tokens.slice(Math.max(0, i - 5), i - 2).some((w) => w.lower === 'only') && !SPEAKERS.has(tokens[i - 2]?.lower ?? '');
    const notBefore = (tokens[i - 1]?.lower === "won't" || (tokens[i - 1]?.lower === 'not' && tokens[i - 2]?.lower === 'will')) && ['before', 'until', 'till'].includes(tokens[i + 1]?.lower ?? '');
    return onlyCan || notBefore;
  });
}

const ANSWERING = new Set(['answer', 'tell', 'say', 'show']);

/**
 * "what their inspectors find in those 400 files is the first honest answer I will get": the awaited answer, which the
 * speaker will only get later.
 */
function answerStillToGet(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!namesAwaited(t) && !FIGURE_NOUNS.has(t.lower)) return false;
    const agent = SPEAKERS.has(tokens[i + 1]?.lower ?? '') ? i + 1 : tokens[i + 1]?.lower === 'that' && SPEAKERS.has(tokens[i + 2]?.lower ?? '') ? i + 2 : -1;
    return agent > 0 && tokens[agent + 1]?.lower === 'will' && GETTING.has(tokens[agent + 2]?.lower ?? '');
  });
}

const GETTING = new Set(['get', 'have', 'see', 'receive', 'hear']);

/**
 * "But the real question is if new positive dogs will appear", "the question now is whether they renew": the open
 * question itself, told in the present. "The question was whether..." is the story's past.
 */
function openQuestionIs(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'question' || !['is', 'remains'].includes(tokens[i + 1]?.lower ?? '')) return false;
    const whether = WHETHER.has(tokens[i + 2]?.lower ?? '') ? i + 2 : tokens[i + 2]?.lower === 'now' && WHETHER.has(tokens[i + 3]?.lower ?? '') ? i + 3 : -1;
    // "The question is whether to...": a choice the speaker faced, not an outcome awaited.
    return whether > 0 && tokens[whether + 1]?.lower !== 'to' && (OPEN_QUESTIONS.has(tokens[i - 1]?.lower ?? '') || tokens.slice(whether + 1).some((w) => w.lower === 'will' || w.lower.endsWith("'ll")));
  });
}

const OPEN_QUESTIONS = new Set(['real', 'open', 'big', 'only', 'remaining', 'main']);

/**
 * "she'll back the labelled version if the clinic says yes; if they say no, the decision goes back to her": both
 * answers laid out, the one that will come not known yet.
 */
function eitherAnswerOpen(tokens: readonly Token[]): boolean {
  const says = (answer: string) => tokens.some((t, i) => answer === t.lower && ['say', 'says'].includes(tokens[i - 1]?.lower ?? '') && tokens.slice(Math.max(0, i - 5), i - 1).some((w) => w.lower === 'if'));
  return says('yes') && says('no');
}

/**
 * "The rest is in the tenants' hands", "it is now in the board's hands": the outcome left with others, named by their
 * possessive ("in their hands" is a fixed PENDING phrase). Not "it was in the doctors' hands", told in the past.
 */
function inOthersHands(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => PAST_BE.has(t.lower))) return false;
  return tokens.some((t, i) => {
    if (t.lower !== 'hands' || i < 2) return false;
    const owner = tokens[i - 1]?.lower ?? '';
    const named = owner.endsWith("'s") || (owner.endsWith('s') && owner.length > 3 && tokens[i - 2]?.lower === 'the');
    const at = owner.endsWith("'s") && tokens[i - 2]?.lower !== 'the' ? i - 2 : i - 3;
    return named && tokens[at]?.lower === 'in';
  });
}

/**
 * "my count of late starts and no-shows for them isn't finished", "the figures are not in": the awaited count, not
 * there now, with nothing counted in the line. "wasn't finished" tells the story's past.
 */
function countNotDone(tokens: readonly Token[]): boolean {
  if (hasFigure(tokens)) return false;
  return tokens.some((t, i) => {
    if (!ARRIVED.has(t.lower)) return false;
    const negated = tokens[i - 1]?.lower === 'not' ? PRESENT_BE.has(tokens[i - 2]?.lower ?? '') : tokens[i - 1]?.lower === "isn't" || tokens[i - 1]?.lower === "aren't";
    const subject = tokens.slice(Math.max(0, i - COUNT_REACH), i - 1);
    return negated && subject.some((w) => awaitedFigure(w) || COUNT_NOUNS.has(w.lower));
  });
}

const COUNT_NOUNS = new Set(['count', 'tally', 'audit', 'analysis', 'survey', 'comparison']);
/** How far before its verb the awaited count may stand: "my count of late starts and no-shows for them isn't". */
const COUNT_REACH = 12;

/** "the answer is a year away", "the figures are still two months away": what is awaited, a stretch of time off. */
function stillAway(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'away' || !TIME_UNITS.has(tokens[i - 1]?.stem ?? '')) return false;
    const be = tokens.slice(Math.max(0, i - 5), i - 1).findIndex((w) => PRESENT_BE.has(w.lower));
    if (be < 0) return false;
    const at = Math.max(0, i - 5) + be;
    return tokens.slice(Math.max(0, at - 2), at).some(awaitedFigure);
  });
}

/**
 * "The distributor's first shelf count is due after Eid", "the returns for 2023 are due on 30 June 2024": a count or a
 * ruling due at a time still ahead, told in the present.
 */
function dueAfterNow(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'due' && PRESENT_BE.has(tokens[i - 1]?.lower ?? '') && DUE_WHEN.has(tokens[i + 1]?.lower ?? ''));
}

const DUE_WHEN = new Set(['after', 'in', 'at', 'by', 'on', 'next', 'this', 'around', 'before', 'early', 'late', 'mid']);

/** Words before "now" that make it a time from which something holds ("from now on", "by now"), not the meantime. */
const NOT_MEANTIME = new Set(['from', 'by', 'until', 'till', 'than']);

/**
 * "so I have the diagnosis and the fix in place but not a single week of returns under the new rule": what the speaker
 * has now, set against the stretch of figures not yet run. "We had not a single day of downtime" is a result.
 */
function noPeriodYet(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'not' || tokens[i - 1]?.lower !== 'but') return false;
    const unit = tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'single' ? i + 3 : tokens[i + 1]?.lower === 'one' ? i + 2 : -1;
    if (unit < 0 || !TIME_UNITS.has(tokens[unit]?.stem ?? '') || tokens[unit + 1]?.lower !== 'of') return false;
    return tokens.slice(Math.max(0, i - HAVE_REACH), i).some((w) => SPEAKER_HAS.has(w.lower) || (w.lower === 'have' && SPEAKERS.has(tokens[w.index - 1]?.lower ?? '')));
  });
}

const SPEAKER_HAS = new Set(["i've", "we've"]);
/** How far before "but not" the speaker's "I have" may stand: "I have the diagnosis and the fix in place but not". */
const HAVE_REACH = 12;

/**
 * A "won't" or "doesn't" a few words before `until`, or further back within the same clause when what is awaited is
 * a date ahead: "I won't have a full month of waste figures to put against last year's until the start of April".
 */
function notBefore(tokens: readonly Token[], until: number): boolean {
  for (let k = until - 1; k >= Math.max(0, until - NOT_UNTIL_REACH); k--) if (notNowAt(tokens, k)) return true;
  for (let k = until - NOT_UNTIL_REACH - 1; k >= Math.max(0, until - LONG_NOT_UNTIL_REACH); k--) {
    const word = tokens[k]?.lower ?? '';
    if (CLAUSE_JOINERS.has(word)) return false;
    // "I won't know the fault rate or the real cost until the pilot has run for a full quarter": not knowing it until
    // then says the outcome is not in, whatever is awaited.
    if (notNowAt(tokens, k) && KNOWN_LATER.has(tokens[k + 1]?.lower ?? '')) return true;
    if (notNowAt(tokens, k)) return tokens.slice(until + 1, until + 6).some((t) => MONTHS.has(t.lower) || LATER.has(t.lower));
  }
  return false;
}

/** "won't", "doesn't", or "will not" and "does not" spelt out, at `k`. */
function notNowAt(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.lower ?? '';
  return NOT_NOW.has(word) || (word === 'not' && NOT_NOW_SPELT.has(tokens[k - 1]?.lower ?? ''));
}
const NOT_NOW_SPELT = new Set(['will', 'does', 'do', 'is', 'are']);

/** What the speaker does not have until then: "won't know" ("won't see" also says whom one meets). */
const KNOWN_LATER = new Set(['know', 'learn']);

/** How far back "won't" may stand when a date ahead follows "until". */
const LONG_NOT_UNTIL_REACH = 16;

/** What follows "until" at `until` is still ahead: a date, a part of a month, or something still to come. */
function aheadAfterUntil(tokens: readonly Token[], until: number): boolean {
  if (tokens.slice(until + 1, until + 3).some((t) => LATER.has(t.lower))) return true;
  // "I won't have their view before the end of next month": the end or start of a period still ahead.
  if (tokens.slice(until + 1, until + 6).some((t) => nextPeriod(tokens, t.index) && tokens[t.index - 1]?.lower === 'of')) return true;
  // "don't come out until the end of April": a month may close a part of it.
  if (tokens.slice(until + 1, until + 6).some((t) => MONTHS.has(t.lower) && partOf(tokens, t.index - 1, UNTIL_OR_BEFORE))) return true;
  // "Quality won't even discuss a full aircraft until the adhesion results come back": until something still to come.
  // "won't show until we have a full year of trading behind us": until a stretch of time has run.
  // "Now I ask every new apprentice what they don't know yet before I decide what they can't do": the speaker's own
  // present, after "before", is a habit, no event still to come.
  const coming = (t: Token): boolean => COMING.has(t.lower) && !tokens[t.index - 1]?.lower.endsWith("'ll") && tokens[t.index - 1]?.lower !== 'i';
  return tokens.slice(until + 2, until + 2 + UNTIL_COMING_REACH).some((t) => coming(t) || stretchAhead(tokens, t.index));
}

/** How far after "until" the verb of what is still to come may stand: "until the adhesion and colour match come back". */
const UNTIL_COMING_REACH = 8;

const NOT_NOW = new Set(["doesn't", "don't", "won't", "isn't", "aren't"]);
/** How far before "until" its "doesn't" may stand: "doesn't bill until", "isn't out on the shelves until". */
const NOT_UNTIL_REACH = 6;

/** "the lab has not sent results yet", "we haven't seen the figures yet": what was awaited has not come in. */
function notYet(tokens: readonly Token[]): boolean {
  const yet = tokens.findIndex((t) => t.lower === 'yet');
  if (yet < 2) return false;
  // "Four shifts have run since, which tells us nothing yet": what has come in so far says nothing of the outcome.
  const teller = TOLD.has(tokens[yet - 2]?.lower ?? '') ? yet - 3 : yet - 2;
  if (tokens[yet - 1]?.lower === 'nothing' && TELLS.has(tokens[teller]?.lower ?? '')) return true;
  for (let k = Math.max(0, yet - 7); k < yet; k++) {
    const word = tokens[k]?.lower ?? '';
    if (word === "hasn't" || word === "haven't" || ((word === 'has' || word === 'have') && ['not', 'no'].includes(tokens[k + 1]?.lower ?? ''))) return true;
    // "I honestly don't have an answer to yet", "the council doesn't have the figures yet".
    if ((word === "don't" || word === "doesn't") && tokens[k + 1]?.lower === 'have') return true;
    // "the year-end backlog figure my chief will judge this on doesn't exist yet": the awaited figure not there, with
    // nothing counted beside it.
    if ((word === "don't" || word === "doesn't") && tokens[k + 1]?.lower === 'exist' && !hasFigure(tokens)) return true;
    // "no inspector has been assigned to it yet", "nobody has told me yet who's getting it": the subject carries the "no".
    // "nobody here has it on paper yet": a word of place may stand between.
    if ((word === 'has' || word === 'have') && (tokens[k - 2]?.lower === 'no' || tokens[k - 3]?.lower === 'no' || tokens[k - 1]?.lower === 'nobody' || (tokens[k - 2]?.lower === 'nobody' && PLACE_WORDS.has(tokens[k - 1]?.lower ?? '')))) return true;
    // "no one, including me, has those bookings in front of them yet": an aside may stand between the "no one" and its verb.
    if ((word === 'has' || word === 'have') && tokens.slice(Math.max(0, k - 5), k).some((w, j, near) => w.lower === 'nobody' || (w.lower === 'no' && near[j + 1]?.lower === 'one'))) return true;
    // "on a launch date nobody's set yet": the same, contracted.
    if (word === "nobody's") return true;
    // "because not one month has run the new way yet": "not one" before the subject's noun.
    if ((word === 'has' || word === 'have') && tokens[k - 3]?.lower === 'not' && tokens[k - 2]?.lower === 'one') return true;
  }
  // "so for now I have a stricter process and no proof yet that it closed the gap": the awaited proof, with "no" and
  // "yet" around it.
  if (tokens[yet - 2]?.lower === 'no' && awaitedFigure(tokens[yet - 1] as Token)) return true;
  // "so there's no real number on my desk yet": the awaited figure not there, with "no" before it.
  for (let k = Math.max(0, yet - 8); k < yet - 1; k++) {
    const thereIs = tokens[k]?.lower === "there's" || (tokens[k]?.lower === 'is' && tokens[k - 1]?.lower === 'there');
    if (thereIs && tokens[k + 1]?.lower === 'no' && tokens.slice(k + 2, k + 5).some(awaitedFigure)) return true;
  }
  // "the report isn't back yet", "the figures are not in yet": what was awaited has not arrived.
  const arrived = yet - 1;
  const negated = tokens[arrived - 1]?.lower === 'not' ? arrived - 2 : arrived - 1;
  const be = tokens[negated]?.lower ?? '';
  if (!ARRIVED.has(tokens[arrived]?.lower ?? '')) return false;
  // "so no loans out yet", "no results back yet": the thing awaited, with "no" before it.
  if (tokens.slice(Math.max(0, arrived - 3), arrived - 1).some((w) => w.lower === 'no')) return true;
  return NOT_BE.has(be) || (tokens[arrived - 1]?.lower === 'not' && BE.has(be));
}

const PLACE_WORDS = new Set(['here', 'there', 'else']);
/** One awaited figure, proof or idea, beside the awaited things namesAwaited knows: "no real number", "no proof yet". */
const FIGURE_NOUNS = new Set(['number', 'figure', 'proof', 'evidence', 'idea']);

/** What a story waits for, named: "the results", "their answers", "a real number", "proof". */
function awaitedFigure(token: Token): boolean {
  return namesAwaited(token) || FIGURE_NOUNS.has(token.lower);
}
const ARRIVED = new Set(['back', 'in', 'out', 'ready', 'available', 'finished', 'done', 'known', 'published', 'complete', 'signed']);
const TELLS = new Set(['tells', 'says', 'shows', 'proves', 'means']);
const NOT_BE = new Set(["isn't", "aren't", "wasn't", "weren't"]);
const BE = new Set(['is', 'are', 'was', 'were']);

/** "that review's going to happen in August": an event still to come, with its date. */
function happensLater(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'going' && tokens[i + 1]?.lower === 'to' && HAPPENING.has(tokens[i + 2]?.lower ?? '') && tokens.slice(i + 3, i + 3 + TELLING_REACH).some((w) => LATER.has(w.lower)));
}

const HAPPENING = new Set(['happen', 'take', 'come', 'start', 'run']);

/** What the speaker will find out later: "we'll see whether", "I'll know by February", "we will count the returns". */
const FINDING_OUT = new Set(['see', 'know', 'find', 'count', 'measure', 'review', 'learn', 'hear', 'judge', 'compare', 'look', 'check', 'evaluate', 'assess', 'revisit']);

const FINDING_OUT_STEMS = stems([...FINDING_OUT]);
/** Words after which "we know if" waits on what is still to come: "then", "before", "until". */
const KNOWN_AFTER = new Set(['then', 'before', 'until']);

const BESIDE = new Set(['beside', 'against', 'alongside']);

export function looksAhead(tokens: readonly Token[]): boolean {
  // "Hopefully it shows the shavings help": the outcome hoped for, not had.
  if (tokens[0]?.lower === 'hopefully') return true;
  // "Whether they stay with us will come down to their contract review in June": the open question still to settle.
  // "Whether she stays with it until then is what I am working on now": a "whether" that opens the sentence without an
  // "or" is the open question itself, not "whether it rained or not, we went".
  // "Whether people use it or keep emailing us, I won't know until...", "Whether it becomes a programme or stays an
  // experiment is their call at that meeting": with "or", the open question still looks ahead, or is someone's to settle.
  // "So whether I actually read it right only shows when the cold comes back": a connective may come before it.
  const opening = tokens[0]?.lower === 'whether' || (tokens[1]?.lower === 'whether' && CONNECTIVES.has(tokens[0]?.lower ?? ''));
  if (opening && (tokens.some((t) => FUTURE_OR_HANGING.has(t.lower)) || !tokens.some((t) => t.lower === 'or') || someonesCall(tokens))) return true;
  // "..., and whether any of it goes into our plans rests on what she brings back": the open question, hung on
  // something still to come, wherever it stands in the sentence.
  const whether = tokens.findIndex((t) => t.lower === 'whether');
  if (whether > 0 && tokens.slice(whether + 2).some((t, k) => HANGS_ON.has(t.lower) && tokens[whether + 3 + k]?.lower === 'on')) return true;
  // "whether the rest of the chain gets them comes down to what the logs say the Tuesday after": the same, come down to.
  if (whether >= 0 && tokens.slice(whether + 2).some((t, k) => COMES.has(t.lower) && tokens[whether + 3 + k]?.lower === 'down' && tokens[whether + 4 + k]?.lower === 'to')) return true;
  if (eitherOrDecision(tokens)) return true;
  return tokens.some((token, i) => {
    // "..., then we know if it is really better" (the present for the future, as a speaker of another language puts it),
    // "they need 3,000 km on them before we know whether the harsh shifts are gone".
    // "I also want to see the participants' feedback before I judge how it went": how it ended, still to judge.
    // "a full year of seasons before we can decide whether to trust the new loggers": "can" may stand before the verb
    // after "before" ("Then I can see if it's changing" tells what a habit lets the speaker do).
    if (KNOWN_AFTER.has(token.lower) && SPEAKERS.has(tokens[i + 1]?.lower ?? '')) {
      const verb = CAN.has(tokens[i + 2]?.lower ?? '') && token.lower !== 'then' ? i + 3 : i + 2;
      const howItEnded = tokens[verb + 1]?.lower === 'how' && tokens.slice(verb + 2, verb + 2 + HOW_IT_REACH).some((t) => ENDING.has(t.lower));
      if ((FINDING_OUT.has(tokens[verb]?.lower ?? '') || tokens[verb]?.lower === 'decide') && (WHETHER.has(tokens[verb + 1]?.lower ?? '') || howItEnded)) return true;
    }
    // "That's the one that'll tell me if any of this got through": any subject's "'ll" looks ahead as "will" does.
    if ((token.lower === 'will' || (token.lower.endsWith("'ll") && token.lower !== "we'll" && token.lower !== "i'll")) && willTell(tokens, i)) return true;
    // "The Chamber said it would decide on the batch merge at its September meeting": the same, reported.
    if (token.lower === 'would' && REPORTERS.has(tokens[i - 1]?.lower ?? '') && SAID.has(tokens[i - 2]?.lower ?? '') && willTell(tokens, i)) return true;
    if (onlyThenCan(tokens, i)) return true;
    // "We should know by the next quarterly report whether...": "should" and "shall" look ahead as "will" does.
    let future = token.lower === "we'll" || token.lower === "i'll" ? i + 1 : (token.lower === 'we' || token.lower === 'i') && FUTURE_MODALS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : -1;
    // "I'm going to count the tailgates again in December", "the board is going to look at those numbers in March":
    // the same look ahead, told with anyone's "going to".
    if (future < 0 && GOING_SUBJECTS.has(token.lower) && tokens[i + 1]?.lower === 'going' && tokens[i + 2]?.lower === 'to') future = i + 3;
    // "we will only know at year end whether the quality is the same": an adverb before the verb.
    if (future > 0 && FUTURE_ADVERBS.has(tokens[future]?.lower ?? '')) future++;
    // "and I'll be able to tell you whether any of it paid off": able, then, to find out or to say.
    if (future > 0 && tokens[future]?.lower === 'be' && tokens[future + 1]?.lower === 'able' && tokens[future + 2]?.lower === 'to') {
      future += 3;
      if (SAYING.has(tokens[future]?.lower ?? '') && whetherIn(tokens, future + 1, future + TELLING_REACH)) return true;
    }
    if (future > 0 && FINDING_OUT.has(tokens[future]?.lower ?? '')) return true;
    // "so I'll be checking returns through the middle of the year": finding out, under way later.
    if (future > 0 && tokens[future]?.lower === 'be' && isGerund(tokens[future + 1]) && FINDING_OUT_STEMS.has(tokens[future + 1]?.stem ?? '')) return true;
    // "I'll sit down with the booking log and put those numbers beside last year's": the figures, set against the
    // baseline at a time still ahead; "and compare them" finds out as plainly.
    if (future > 0 && tokens.some((t, k) => k > future && ((BESIDE.has(t.lower) && tokens.slice(Math.max(future, k - 4), k).some(awaitedFigure)) || (t.lower === 'and' && FINDING_OUT.has(tokens[k + 1]?.lower ?? ''))))) return true;
    // "we will repeat the spot check in March to see if the mix has gone down": a step to come, taken to find out.
    if (future > 0 && tokens.some((t, k) => k > future && t.lower === 'see' && tokens[k - 1]?.lower === 'to' && WHETHER.has(tokens[k + 1]?.lower ?? ''))) return true;
    // "we'll have a better picture after the next few trains have been sampled"; "we'll have the kerosene figures for the
    // first quarter in January": the figures that will tell, on a date still ahead.
    if (future > 0 && tokens[future]?.lower === 'have') {
      if (tokens.slice(future + 1, future + 4).some((t) => KNOWING.has(t.lower))) return true;
      if (tokens.slice(future + 1, future + 5).some((t) => FIGURES.has(t.lower)) && tokens.slice(future + 2).some((t) => LATER.has(t.lower))) return true;
    }
    // "the SP decides on other shifts only once he sees them beside the old figures": a decision in the present that
    // waits on figures still to come.
    if (PRESENT_DECIDING.has(token.lower) && tokens.slice(i + 1, i + 1 + ONLY_ONCE_REACH).some((t, k) => t.lower === 'only' && ONCE_THEN.has(tokens[i + 2 + k]?.lower ?? ''))) return true;
    if (onlyKnownLater(tokens, i)) return true;
    // "whether they sign it or send us back to the table is still open": the open question, still open.
    if (token.lower === 'open' && ['still', 'remains'].includes(tokens[i - 1]?.lower ?? '') && whether >= 0 && whether < i) return true;
    // "..., or whether we've got a bad cell batch on top, I genuinely don't know yet": the sentence ends not knowing,
    // unlike "a tool I don't know yet".
    // "What I don't know yet: whether feature time really drops", "what I don't know yet is whether...": the open
    // question right after.
    if (token.lower === 'yet' && tokens[i - 1]?.lower === 'know' && CANNOT.has(tokens[i - 2]?.lower ?? '') && (i === tokens.length - 1 || whetherIn(tokens, i + 1, i + 3))) return true;
    if (othersWillKnow(tokens, i)) return true;
    // "until it does, neither of us knows if she gets her money back", "nobody knows yet whether it held": no one knows.
    if (noOneKnows(tokens, i)) return true;
    if (reminderToSee(tokens, i)) return true;
    // "so for now nobody can tell me when the welds actually come out": nobody who could say it yet.
    if (NOBODY.has(token.lower) && CAN.has(tokens[i + 1]?.lower ?? '') && SAYING.has(tokens[i + 2]?.lower ?? '')) {
      const asked = pastWhom(tokens, i + 3);
      if (WHETHER.has(tokens[asked]?.lower ?? '') || tokens[asked]?.lower === 'when') return true;
    }
    // "the family is deciding after this if they still want us": a decision still being made about the outcome.
    if (token.lower === 'deciding' && ['is', 'are', "we're", "they're"].includes(tokens[i - 1]?.lower ?? '') && whetherIn(tokens, i + 1, i + TELLING_REACH)) return true;
    if (askLater(tokens, i)) return true;
    if (token.lower !== 'we' && token.lower !== 'i') return false;
    // "Until then I can't say whether this was fraud", "we don't know yet if it holds": the outcome is not in.
    // "I honestly can't tell you yet whether...": an adverb may stand before the "can't".
    if (cannotSayWhether(tokens, i + 1) || (tokens[i + 1]?.lower.endsWith('ly') === true && cannotSayWhether(tokens, i + 2))) return true;
    // "I won't know whether we've made it inside the window until that meeting": not knowing, until a time ahead.
    if (tokens[i + 1]?.lower === "won't" && FINDING_OUT.has(tokens[i + 2]?.lower ?? '') && whetherIn(tokens, i + 3, i + 5)) return true;
    // "so whether the tannin really stays in the pond is something I can't tell you today": the open question first.
    if (whether >= 0 && whether < i && CANNOT.has(tokens[i + 1]?.lower ?? '') && SAYING.has(tokens[i + 2]?.lower ?? '') && !hasFigure(tokens)) return true;
    // "then we see if the bill really comes down", "when we see how much diesel they save": the present tense of
    // finding out, as many speakers tell the future.
    // "and then we decide whether to keep the long tour": the decision waits on the outcome.
    if (['see', 'decide'].includes(tokens[i + 1]?.lower ?? '') && (WHETHER.has(tokens[i + 2]?.lower ?? '') || (tokens[i + 2]?.lower === 'how' && tokens[i - 1]?.lower === 'when'))) return true;
    // "That's the day I find out whether I built a better terminal": the present of finding out, on a day named ahead.
    if (FINDING_OUT.has(tokens[i + 1]?.lower ?? '') && whetherIn(tokens, i + 2, i + 4) && tokens.slice(Math.max(0, i - 3), i).some((t) => WHEN_NOUNS.has(t.lower))) return true;
    // "we would find out at the audit in January whether it had been enough": the future seen from the story's past.
    return tokens[i + 1]?.lower === 'would' && FINDING_OUT.has(tokens[i + 2]?.lower ?? '') && tokens.some((t) => WHETHER.has(t.lower));
  });
}

/**
 * "Ask me in a month whether the pull-outs are clean", "ask the children in a year": the answer is a date away. Only as
 * a request to the listener: "customers ask me again every week" tells a habit. Asked of anyone but the speaker, the
 * wait names its span ("in a year", "after the winter", "again next June"), so "ask the nurses in the ward" is no wait.
 */
function askLater(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'ask') return false;
  // "So, honestly, ask me again after the spring": an adverb may stand between.
  const lead = isAdverb(tokens[at - 1]) ? at - 2 : at - 1;
  if (!(lead < 0 || REQUEST_LEADS.has(tokens[lead]?.lower ?? ''))) return false;
  if (tokens[at + 1]?.lower === 'me') return LATER_ASKING.has(tokens[at + 2]?.lower ?? '');
  const asked = tokens.slice(at + 1, at + 1 + ASKED_REACH).findIndex((t) => LATER_ASKING.has(t.lower));
  if (asked < 0 || !ASKED_LEADS.has(tokens[at + 1]?.lower ?? '')) return false;
  const from = at + 2 + asked;
  return tokens.slice(from, from + SPAN_REACH).some((t) => LATER.has(t.lower) || isPeriod(t.lower));
}

const REQUEST_LEADS = new Set(['so', 'just', 'and']);
const LATER_ASKING = new Set(['in', 'after', 'again']);
/** Who is asked: "us", "them", "the children", "my regulars". */
const ASKED_LEADS = new Set(['us', 'them', 'him', 'her', 'the', 'my', 'our', 'any', 'those', 'these']);
/** How far after "ask" its "in" may stand: "ask the night nurses in a year". */
const ASKED_REACH = 4;
/** How far after "in" the span may end: "in a couple of years". */
const SPAN_REACH = 4;

/**
 * "..., and she either signs the change into production or sends me back to look again": two outcomes still open, told
 * in the present after whoever settles it. "they either renewed or left" tells what happened; "either customers or
 * suppliers pay" names no one deciding.
 */
function eitherOrDecision(tokens: readonly Token[]): boolean {
  const either = tokens.findIndex((t) => t.lower === 'either');
  const subject = tokens[either - 1]?.lower ?? '';
  if (either < 1 || !DECIDERS.has(subject) || !presentVerb(tokens[either + 1], subject)) return false;
  return tokens.slice(either + 2, either + EITHER_REACH).some((t, k) => t.lower === 'or' && presentVerb(tokens[either + 3 + k], subject));
}

/** A verb in the present after `subject`: "she signs", "they approve"; not "she signed", "they left". */
function presentVerb(token: Token | undefined, subject: string): boolean {
  if (token === undefined || token.kind !== 'word' || isPastOrParticiple(token)) return false;
  return SINGULAR.has(subject) ? token.lower.length > 3 && token.lower.endsWith('s') && !token.lower.endsWith('ss') : !token.lower.endsWith('s');
}

const SINGULAR = new Set(['she', 'he', 'it']);
/** Who reports a decision to come, and how: "said it would decide", "promised they would confirm". */
const REPORTERS = new Set([...SINGULAR, 'they']);
const SAID = new Set(['said', 'promised', 'announced', 'replied', 'wrote', 'confirmed']);
const DECIDERS = new Set([...SINGULAR, 'they', 'we', 'i']);
/** How far after "either" its "or" may stand: "either signs the change into production or sends". */
const EITHER_REACH = 12;

/** "will" at `at` looking ahead to whatever tells the outcome. */
function willTell(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1]?.lower ?? '';
  // "The next high-water seasons will show whether...", "time will tell", "finance will confirm when the next invoice
  // comes through": whatever tells, the telling is to come.
  // "the municipality will decide in June if they fund it": a date may stand before the "if".
  // "the two shops will decide about the order after they receive the samples": once something else has happened.
  // "they will only decide to keep it after the first twenty blades": an adverb may stand before the verb.
  // "she's said she'll rule once their opinion is in": or once something else has come.
  const told = FUTURE_ADVERBS.has(next) ? at + 2 : at + 1;
  if (TELLING.has(tokens[told]?.lower ?? '') && (tokens[told + 1] === undefined || tokens.slice(told + 1, told + TELLING_REACH).some((t) => WHETHER.has(t.lower) || ONCE_THEN.has(t.lower)))) return true;
  // "the lab will compare the results in December", "they will decide in January": whoever finds out or settles it,
  // on a date still ahead.
  // "The contractor will compare the revisit spots with the old method after the monsoon survey in October": later in a
  // long clause.
  if ((FINDING_OUT.has(next) || TELLING.has(next)) && tokens.slice(at + 2, at + 2 * TELLING_REACH).some((t) => LATER.has(t.lower))) return true;
  // "The inspectors will both take samples after the first heavy rain": a measurement still to be taken, once something
  // else has happened.
  if (tokens[told]?.lower === 'take' && MEASUREMENTS.has(tokens[told + 1]?.lower ?? '') && tokens.slice(told + 2, told + TELLING_REACH).some((t) => t.lower === 'after' || LATER.has(t.lower))) return true;
  // "He said he will give us the answer after their board meets": the answer itself is still to be given.
  if (GIVING.has(next) && tokens.slice(at + 2, at + 2 + ANSWER_REACH).some((t) => KNOWING.has(t.lower) || VERDICTS.has(t.lower))) return true;
  // "the trial blocks are what they will be voting on", "the panel will be deciding": the telling, under way later.
  if (next === 'be' && TELLING_UNDER_WAY.has(tokens[at + 2]?.lower ?? '')) return true;
  // "it will be taken up together with next year's survey plan", "it will be decided in March": done to it later.
  // "the first comparison of consultation numbers will be done at the end of the year": or at the end of a period.
  if (next === 'be' && (isPastOrParticiple(tokens[at + 2]) || tokens[at + 2]?.lower === 'done') && tokens.slice(at + 3, at + TELLING_REACH).some((t) => LATER.has(t.lower) || endOfPeriod(tokens, t.index))) return true;
  // "it will take a couple of months of road tests on the new floor to show whether...", "it will be several more
  // weeks before their numbers tell me if...": the telling, a stretch of time off.
  if ((next === 'take' || next === 'be') && tokens.some((t, k) => k > at + 2 && k < at + TELLING_REACH + 8 && TELLING.has(t.stem) && (WHETHER.has(tokens[k + 1]?.lower ?? '') || toSpeakerWhether(tokens, k + 1)) && tokens.slice(at + 2, k).some((w) => TIME_UNITS.has(w.stem)))) return true;
  // "it'll be the bunches from the spring that tell me if drainage was the whole story": what will tell, named first.
  if (next === 'be' && tokens.some((t, k) => k > at + 2 && k < at + TELLING_REACH + 4 && WHICH_TELLS.has(t.lower) && TELLING.has(tokens[k + 1]?.stem ?? '') && (toSpeakerWhether(tokens, k + 2) || WHETHER.has(tokens[k + 2]?.lower ?? '')))) return true;
  // "only then will I see if the complaints come down": the same look ahead, inverted.
  return (next === 'i' || next === 'we') && FINDING_OUT.has(tokens[at + 2]?.lower ?? '');
}

const WHICH_TELLS = new Set(['that', 'which', 'who']);

/**
 * "only after that can I tell if the body signal was the reason", "only then can we say whether": the inversion after
 * "only" puts the finding out after a moment still to come, as "only then will I see" does. Without the "only", "can I
 * tell" asks a question.
 */
/**
 * "They've told me they'll know by the end of the second quarter how many participants have a wrong entitlement": what
 * someone else will find out later, with the open question after it ("they'll know what to do" asks none).
 */
function othersWillKnow(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower ?? '';
  const verb = OTHERS_FUTURE.has(word) ? at + 1 : THIRD_PERSONS.has(word) && tokens[at + 1]?.lower === 'will' ? at + 2 : -1;
  if (verb < 0 || !FINDING_OUT.has(tokens[verb]?.lower ?? '')) return false;
  return tokens.slice(verb + 1, verb + 1 + OPEN_QUESTION_REACH).some((t, k) => WHETHER.has(t.lower) || (t.lower === 'how' && HOW_MUCH.has(tokens[verb + 2 + k]?.lower ?? '')));
}

const OTHERS_FUTURE = new Set(["they'll", "he'll", "she'll"]);
const THIRD_PERSONS = new Set(['they', 'he', 'she']);
/** How far after "they'll know" the open question may start: "they'll know by the end of the second quarter how many". */
const OPEN_QUESTION_REACH = 10;

/**
 * "we only know after that whether the duplicates really stop": "only" puts the present's finding out later, and so
 * does "we only know when we count in April"; "But if the sick rate goes down, we can only know after the winter" tells
 * the open question first.
 */
function onlyKnownLater(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'only' || !FINDING_OUT.has(tokens[at + 1]?.lower ?? '')) return false;
  const next = tokens[at + 2]?.lower;
  if (whetherIn(tokens, at + 2, at + TELLING_REACH)) return true;
  if (next === 'when') return tokens.slice(at + 3, at + 3 + TELLING_REACH).some((t) => LATER.has(t.lower));
  return next === 'after' && tokens.slice(0, at).some((t) => WHETHER.has(t.lower));
}

function onlyThenCan(tokens: readonly Token[], at: number): boolean {
  // "How many tonnes we really save, I can only say when the sales data come in at the end of the year": the speaker can
  // tell only at a time still to come.
  if (SPEAKERS.has(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'can' && tokens[at + 2]?.lower === 'only') {
    const verb = tokens[at + 3]?.lower ?? '';
    if ((FINDING_OUT.has(verb) || SAYING.has(verb)) && ONLY_WHEN.has(tokens[at + 4]?.lower ?? '')) return true;
  }
  // "Only then can I say...", and in the order many speak a second language: "Only then I can say if the lamps are the
  // cause".
  const inverted = INVERTED_MODALS.has(tokens[at]?.lower ?? '') && SPEAKERS.has(tokens[at + 1]?.lower ?? '');
  const plain = SPEAKERS.has(tokens[at]?.lower ?? '') && INVERTED_MODALS.has(tokens[at + 1]?.lower ?? '') && tokens[at - 1]?.lower === 'then';
  if (!inverted && !plain) return false;
  const verb = tokens[at + 2]?.lower ?? '';
  return (FINDING_OUT.has(verb) || SAYING.has(verb)) && tokens.slice(0, at).some((t) => t.lower === 'only');
}

const INVERTED_MODALS = new Set(['can', 'shall']);
/** What follows "I can only say" when the telling waits: "when the data come in", "after the audit", "once it's sold". */
const ONLY_WHEN = new Set(['when', 'after', 'once', 'at', 'in', 'by']);

/**
 * "is their call", "is the board's decision", "is the owners' call", "is up to them", "is for the accountant to tell me":
 * someone else's to settle.
 */
function someonesCall(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => (DECISION_NOUNS.has(t.lower) && (owner(tokens, i - 1) || willBeTheirs(tokens, i))) || (t.lower === 'up' && tokens[i - 1]?.lower === 'is' && tokens[i + 1]?.lower === 'to') || forSomeoneToSettle(tokens, i));
}

/**
 * After the decision noun at `at`: "the pick will be theirs", "the choice is hers". Said alone, only the future form
 * waits ("in the end the decision is theirs" is a moral).
 */
function willBeTheirs(tokens: readonly Token[], at: number): boolean {
  const be = tokens[at + 1]?.lower === 'will' && tokens[at + 2]?.lower === 'be' ? at + 3 : tokens[at + 1]?.lower === 'is' ? at + 2 : -1;
  return be > 0 && OTHERS_OWN.has(tokens[be]?.lower ?? '');
}

const OTHERS_OWN = new Set(['theirs', 'hers', 'his']);

/** At `at`, "is for the accountant to tell", "that's for the board to decide": the settling left to someone named. */
function forSomeoneToSettle(tokens: readonly Token[], at: number): boolean {
  const be = tokens[at]?.lower ?? '';
  if (!(be === 'is' || be === "that's" || be === "it's") || tokens[at + 1]?.lower !== 'for') return false;
  const to = tokens.slice(at + 2, at + 2 + SETTLER_WORDS + 1).findIndex((w) => w.lower === 'to');
  return to > 0 && TELLING.has(tokens[at + 2 + to + 1]?.lower ?? '');
}

/** Words that may name who settles it: "for the regional accountant to tell". */
const SETTLER_WORDS = 3;

/** At `at`, whose call it is, after "is": "their", "the board's", "the owners'" (read without its apostrophe). */
function owner(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower ?? '';
  if (OTHERS_POSSESSIVES.has(word)) return tokens[at - 1]?.lower === 'is';
  return tokens[at - 1]?.lower === 'the' && tokens[at - 2]?.lower === 'is' && word.endsWith('s');
}

const FUTURE_OR_HANGING = new Set(['will', "won't", 'depends']);
/** Words that join a sentence to the one before without changing what it says: "So whether...", "Now whether...". */
const CONNECTIVES = new Set(['so', 'and', 'but', 'now', 'still']);

/** "I've got a reminder for when that invoice lands to see how much of the 15% we got": a look set up for later. */
function reminderToSee(tokens: readonly Token[], at: number): boolean {
  if (!REMINDERS.has(tokens[at]?.lower ?? '')) return false;
  return tokens.some((t, k) => k > at && t.lower === 'to' && CHECKING.has(tokens[k + 1]?.lower ?? '') && (WHETHER.has(tokens[k + 2]?.lower ?? '') || tokens[k + 2]?.lower === 'how'));
}

/**
 * At `at`, "nobody", "no one" or "neither of us" knowing (yet) whether: "neither of us knows if she gets it back",
 * "nobody, me included, knows how they will vote".
 */
function noOneKnows(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower ?? '';
  let subjectEnd = NOBODY.has(word) ? at + 1 : word === 'no' && tokens[at + 1]?.lower === 'one' ? at + 2 : word === 'neither' && tokens[at + 1]?.lower === 'of' ? at + 3 : -1;
  // "nobody, me included, knows how ...": an aside that counts the speaker in.
  if (subjectEnd > 0 && INCLUDING.has(tokens[subjectEnd + 1]?.lower ?? '') && SPEAKERS_AS_OBJECTS.has(tokens[subjectEnd]?.lower ?? '')) subjectEnd += 2;
  if (subjectEnd < 0 || !KNOWS.has(tokens[subjectEnd]?.lower ?? '')) return false;
  // "... knows how the hillside farmers will vote": how it will turn out is the open question too.
  const howItWill = tokens[subjectEnd + 1]?.lower === 'how' && tokens.slice(subjectEnd + 2).some((t) => t.lower === 'will');
  return whetherIn(tokens, subjectEnd + 1, subjectEnd + 3) || howItWill;
}

const KNOWS = new Set(['knows', 'know']);
const INCLUDING = new Set(['included', 'including']);
const SPEAKERS_AS_OBJECTS = new Set(['me', 'us', 'myself']);
/** Things set up to look again later: "a reminder", "it's in my calendar". */
const REMINDERS = new Set(['reminder', 'calendar', 'diary']);
const CHECKING = new Set(['see', 'check', 'find', 'know']);

/** What is taken to find out: "take samples", "take readings". */
const MEASUREMENTS = new Set(['samples', 'readings', 'measurements']);

/** An "if" or "whether" among tokens `from` to `to`: "we only know after that whether". */
function whetherIn(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => WHETHER.has(t.lower));
}

const WHETHER = new Set(['if', 'whether']);
/** Words for the moment of finding out: "that's the day I find out whether", "the week we see if". */
const WHEN_NOUNS = new Set(['day', 'week', 'night', 'morning', 'moment', 'when']);
const CANNOT = new Set(["can't", 'cannot', "don't", "couldn't"]);
const NOBODY = new Set(['nobody', 'noone']);
const CAN = new Set(['can', 'could']);
const SAYING = new Set(['say', 'tell', 'know']);
const TOLD = new Set(['you', 'them', 'him', 'her', 'anyone', 'anybody', 'me', 'us']);

/**
 * `at`, or the token after whom the telling is for: "cannot tell | you | yet", "can't tell | the court | how much".
 * A noun with its article counts only before the question it is told: "I can't tell the court how much...".
 */
function pastWhom(tokens: readonly Token[], at: number): number {
  if (TOLD.has(tokens[at]?.lower ?? '')) return at + 1;
  const question = tokens[at + 2]?.lower ?? '';
  const asked = WHETHER.has(question) || question === 'how' || question === 'yet' || WHICH_SIDE.has(question);
  return WHOM_ARTICLES.has(tokens[at]?.lower ?? '') && tokens[at + 1]?.kind === 'word' && asked ? at + 2 : at;
}
const WHOM_ARTICLES = new Set(['the', 'my', 'our', 'their', 'his', 'her']);

/** "can't say whether", "cannot tell yet if", "don't know whether" at `at`, with nothing counted in the sentence. */
function cannotSayWhether(tokens: readonly Token[], at: number): boolean {
  // "so I can't yet tell you whether people will stay": "yet" may come before the verb too.
  const say = tokens[at + 1]?.lower === 'yet' ? at + 2 : at + 1;
  if (!CANNOT.has(tokens[at]?.lower ?? '') || !SAYING.has(tokens[say]?.lower ?? '')) return false;
  // "I can't tell you yet whether we'll get it", "I cannot say now if it will help": whom it is told to may stand
  // before "yet", and "now" says the same as "yet".
  let next = pastWhom(tokens, say + 1);
  if (tokens[next]?.lower === 'yet' || tokens[next]?.lower === 'now') next++;
  // "for the moment I cannot tell them how much they really save": an amount still unknown, said to be so for now. Not
  // "I can't tell you how much it meant to them", where "how much" only says a lot.
  // "Until they decide, I can't say how much of this will be recovered": the same, until something still to come.
  const stillOpen = forNow(tokens) || tokens.some((t) => t.lower === 'until');
  const amountForNow = tokens[next]?.lower === 'how' && HOW_MUCH.has(tokens[next + 1]?.lower ?? '') && stillOpen;
  // "until both sets of results are compared I can't say whose number was closer": which side was right, still open.
  const sideForNow = WHICH_SIDE.has(tokens[next]?.lower ?? '') && stillOpen;
  if (!WHETHER.has(tokens[next]?.lower ?? '') && !amountForNow && !sideForNow) return false;
  // A figure in the sentence may be the outcome the doubt is about ("can't say whether the 12% drop was the rota"); a
  // question put in the future ("whether we'll get it") is still open whatever figures stand before it. A day of the
  // month ("we retest on the 14th") says when it will be known, not what was found.
  const measure = tokens.some((t) => t.kind === 'number' && !DAY_OF_MONTH.test(t.lower));
  return !measure || tokens.slice(next + 1, next + 4).some((t) => t.lower === 'will' || t.lower.endsWith("'ll"));
}
const HOW_MUCH = new Set(['much', 'many', 'big', 'far', 'well']);
const WHICH_SIDE = new Set(['whose', 'which', 'who']);
/** "yet", "for now", "for the moment", "at the moment", "right now": said of the present, as it stands. */
function forNow(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'yet' || (t.lower === 'now' && ['for', 'right'].includes(tokens[i - 1]?.lower ?? '')) || (t.lower === 'moment' && tokens[i - 1]?.lower === 'the' && ['for', 'at'].includes(tokens[i - 2]?.lower ?? '')));
}
const FUTURE_ADVERBS = new Set(['only', 'really', 'finally', 'actually', 'probably', 'properly', 'both', 'also', 'all']);
const FUTURE_MODALS = new Set(['will', 'should', 'shall']);
/** What stands before "going to": "I'm", "we're", or the "is" and "are" of anyone else ("the board is going to"). */
const GOING_SUBJECTS = new Set(["i'm", "we're", 'is', 'are']);
// "how they read the mismatches will settle whether the staged test goes in": so do "settle" and "determine".
const TELLING = new Set(['show', 'tell', 'prove', 'decide', 'confirm', 'vote', 'know', 'rule', 'settle', 'determine']);
/** The verbs of TELLING in their "-ing" form, after "will be". */
const TELLING_UNDER_WAY = new Set(['showing', 'telling', 'proving', 'deciding', 'confirming', 'voting', 'ruling', 'settling', 'determining']);
/** How far after "will decide" its "whether" may stand: "will decide at the March meeting whether". */
const TELLING_REACH = 7;

/** "the end of the year", "the end of March": "end" at `at`, with the time it closes. */
function endOfPeriod(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'end' || tokens[at - 1]?.lower !== 'the' || tokens[at + 1]?.lower !== 'of') return false;
  const when = tokens[at + 2]?.lower === 'the' || tokens[at + 2]?.lower === 'this' ? tokens[at + 3] : tokens[at + 2];
  return when !== undefined && (TIME_UNITS.has(when.stem) || LATER.has(when.lower) || SEASONS_OF_WORK.has(when.lower));
}
const SEASONS_OF_WORK = new Set(['season', 'quarter', 'term', 'semester', 'trial', 'pilot', 'harvest']);
const ONCE_THEN = new Set(['when', 'after', 'once']);
/** Words before which a verb form is a noun: "the visits", "their meets". */
const NOUN_LEADS = new Set(['the', 'a', 'an', 'their', 'our', 'his', 'her', 'my', 'its', 'these', 'those']);
const PRESENT_DECIDING = new Set(['decides', 'rules', 'votes', 'signs']);
/** How far after "decides" its "only once" may stand: "decides on the other shifts only once". */
const ONLY_ONCE_REACH = 6;
/** Verbs by which someone will hand over the outcome: "will give us the answer", "will send me their decision". */
const GIVING = new Set(['give', 'send']);
const VERDICTS = new Set(['decision', 'verdict', 'reply', 'ruling']);
/** How far after "will give" the answer may stand: "will give us their final answer". */
const ANSWER_REACH = 4;
/** What the speaker will have once the outcome is in: "a better picture", "a clearer idea", "the answer". */
const KNOWING = new Set(['picture', 'idea', 'view', 'sense', 'answer']);
/** What is counted to tell the outcome: "the figures", "the numbers", "the results". */
const FIGURES = new Set(['figures', 'numbers', 'results', 'data', 'readings', 'counts']);

/** "for me the main thing is being transparent about your concerns": a moral drawn at the end, not an outcome. */
function aMoral(facts: SentenceFacts): boolean {
  if (facts.numbers.length > 0) return false;
  // "I think it's a good example of not just accepting the easy answer", "it really shows that simplifying things...".
  const tokens = facts.sentence.tokens;
  // "the main thing for me: listen to the people who do the hardest work", "for me the main thing is...".
  const heldUp = tokens.some(
    (t, i) => (t.lower === 'example' && tokens[i + 1]?.lower === 'of') || (t.lower === 'shows' && SHOWN.has(tokens[i + 1]?.lower ?? '')) || (t.lower === 'main' && tokens[i + 1]?.lower === 'thing' && i <= MORAL_OPENING),
  );
  return heldUp || toldToAnyone(tokens) || facts.hits.some((hit) => hit.category === 'genericClaim' || hit.category === 'genericLesson');
}

const SHOWN = new Set(['that', 'how', 'why']);

/** "it confirmed that you have to put the customer first", "it taught me that you always...": a rule for anyone. */
function toldToAnyone(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!CONFIRMING.has(t.lower)) return false;
    const that = TOLD.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    return tokens[that]?.lower === 'that' && tokens[that + 1]?.lower === 'you';
  });
}

const CONFIRMING = new Set(['confirmed', 'proved', 'showed', 'taught', 'reminded']);
/** How far into its sentence "the main thing" still opens a moral. */
const MORAL_OPENING = 3;

/**
 * "I'm quite confident they will", "I'm hopeful, because the first feedback was good", "Yeah, that's the one I'd pick":
 * how the speaker feels about the outcome to come, or a word to close the answer; neither reports an outcome.
 */
function sideRemark(tokens: readonly Token[]): boolean {
  const words = tokens.map((t) => t.lower);
  // "I'm (quite) confident", "I am (really) hopeful".
  let at = words[0] === "i'm" ? 1 : words[0] === 'i' && words[1] === 'am' ? 2 : -1;
  if (at > 0 && DEGREE.has(words[at] ?? '')) at++;
  if (at > 0 && EXPECTING.has(words[at] ?? '')) return true;
  const counted = hasFigure(tokens);
  // "I don't think the next village will open the door to us": a guess at what is to come, not an outcome.
  const guessing = words[0] === 'i' && (words[1] === 'think' || ((words[1] === "don't" || words[1] === 'do') && words[2] === 'think'));
  if (guessing && !counted && words.includes('will') && !looksAhead(tokens)) return true;
  // "I hope yes.", "We hope so.", "I hope it works.": a short hope for the outcome, no report of one.
  if ((words[0] === 'i' || words[0] === 'we') && words[1] === 'hope' && words.length <= SHORT_HOPE_WORDS && !counted) return true;
  // "but I think we are on the right track", "it's looking promising": a hope about the outcome, with nothing counted.
  if (!counted && words.some((w, i) => HOPEFUL.some(([a, b]) => w === a && words[i + 1] === b))) return true;
  // "the one I'd pick", "the one I would choose".
  return words.some((w, i) => {
    if (w !== 'one' || words[i - 1] !== 'the') return false;
    const verb = words[i + 1] === "i'd" ? i + 2 : words[i + 1] === 'i' ? i + 3 : -1;
    return verb > 0 && PICKING.has(words[verb] ?? '');
  });
}

/** Words at most in a hope said in passing. */
const SHORT_HOPE_WORDS = 5;
const DEGREE = new Set(['quite', 'really', 'very', 'pretty', 'fairly', 'so']);
const EXPECTING = new Set(['confident', 'hopeful', 'optimistic', 'positive']);
const PICKING = new Set(['pick', 'choose', 'tell', 'use']);
const HOPEFUL = [['right', 'track'], ['looking', 'promising'], ['looks', 'promising'], ['looking', 'good'], ['looks', 'good'], ['feeling', 'good']] as const;

/**
 * "Until then we're still answering each alarm", "In the meantime I am watching my notebook", "I'm keeping my own tally
 * until then": what is done while waiting.
 */
function meanwhile(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower;
  // "Until that point I'm keeping the bypass valve in place", "till then", "until that happens".
  const until = UNTIL.has(first ?? '');
  if ((until && (tokens[1]?.lower === 'then' || (tokens[1]?.lower === 'that' && THAT_TIME.has(tokens[2]?.lower ?? '')) || untilStillToCome(tokens))) || first === 'meanwhile' || (first === 'in' && tokens[1]?.lower === 'the' && tokens[2]?.lower === 'meantime')) return true;
  // "I'm keeping my own tally of every pass until then", "we log every alarm in the meantime": the same, said last.
  const n = tokens.length;
  const last = tokens[n - 1]?.lower;
  return (last === 'then' && UNTIL.has(tokens[n - 2]?.lower ?? '')) || last === 'meanwhile' || (last === 'meantime' && tokens[n - 2]?.lower === 'the' && tokens[n - 3]?.lower === 'in');
}

/** "Until someone signs those off, we're living on the extra stock": the opening clause waits on something still to come. */
function untilStillToCome(tokens: readonly Token[]): boolean {
  return tokens.slice(1, UNTIL_CLAUSE_REACH).some((t) => STILL_TO_COME.has(t.lower) && tokens[t.index - 1]?.kind === 'word' && !isPastOrParticiple(tokens[t.index - 1]));
}

/**
 * Present verbs of what is still awaited: "until someone signs", "until the results come in", "until we have", "until
 * they do", "until they've done it".
 */
const STILL_TO_COME = new Set([...COMING, 'signs', 'approves', 'confirms', 'says', 'gives', 'sends', 'are', 'is', 'have', 'has', 'do', 'does', "they've", "we've", "he's", "she's"]);
const UNTIL_CLAUSE_REACH = 8;

const THAT_TIME = new Set(['point', 'happens', 'time', 'day', 'date']);

/** "until then" or "in the meantime" anywhere in the sentence: "the group meets in the autumn, and until then we...". */
function tellsMeantime(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => (t.lower === 'until' && tokens[i + 1]?.lower === 'then') || t.lower === 'meanwhile' || (t.lower === 'meantime' && tokens[i - 1]?.lower === 'the'));
}

/** "I plan to review it then", "we are going to roll it out": a plan, with nothing counted and nothing done in it. */
function plansAhead(tokens: readonly Token[]): boolean {
  if (hasFigure(tokens)) return false;
  return tokens.some((t, i) => (PLANNING.has(t.lower) && tokens[i + 1]?.lower === 'to') || (t.lower === 'going' && tokens[i + 1]?.lower === 'to' && tokens[i - 1] !== undefined && ['are', "we're", 'am', "i'm", 'is'].includes(tokens[i - 1]?.lower ?? '')));
}

const PLANNING = new Set(['plan', 'plans', 'planning', 'intend', 'intends']);

/** Verbs by which the speaker sets up a later look: "I've asked him to bring it in then", "we've booked a review". */
const ARRANGING = new Set(['asked', 'booked', 'arranged', 'scheduled', 'set', 'told', 'agreed']);

/**
 * "I've asked him to bring it in then so I can have a look": after the line that awaits the outcome, the speaker's
 * arrangement for when it is in, in the present perfect and with nothing counted, reports no outcome either.
 */
function arrangesFollowUp(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  if (facts.numbers.length > 0) return false;
  // "..., and I've got the review with the CFO booked for the week after": a joining word may open the line.
  const open = tokens[0]?.lower === 'and' || tokens[0]?.lower === 'so' ? 1 : 0;
  const first = tokens[open]?.lower ?? '';
  const verb = first === "i've" || first === "we've" ? open + 1 : (first === 'i' || first === 'we') && tokens[open + 1]?.lower === 'have' ? open + 2 : -1;
  if (verb < 0) return false;
  if (ARRANGING.has(tokens[verb]?.lower ?? '')) return true;
  // "I've got the review booked": the arrangement told with "got" and its participle after the thing arranged.
  return tokens[verb]?.lower === 'got' && tokens.slice(verb + 2, verb + 2 + ARRANGED_REACH).some((t) => ARRANGING.has(t.lower));
}

/** How far after "got" its participle may stand: "got the review with the CFO booked". */
const ARRANGED_REACH = 6;

/**
 * "The CTO and me meet again when that invoice arrives", "we sit down once the figures are in": what happens when the
 * awaited outcome comes, told in the present with nothing counted, reports no outcome either.
 */
function meetsOnArrival(facts: SentenceFacts): boolean {
  if (facts.numbers.length > 0) return false;
  const tokens = facts.sentence.tokens;
  return tokens.some((t, i) => {
    if (t.lower !== 'when' && t.lower !== 'once') return false;
    return tokens.slice(i + 2, i + 2 + ARRIVAL_REACH).some((w, k) => ARRIVES.has(w.lower) || (IS_NOW.has(w.lower) && tokens[i + 3 + k]?.lower === 'in' && tokens[i + 4 + k] === undefined));
  });
}

/** "once the figures are in": present forms only, since "once the figures were in" tells what then happened. */
const IS_NOW = new Set(['is', 'are']);
/** Present forms by which the awaited thing comes: "when that invoice arrives", "once the report lands". */
const ARRIVES = new Set(['arrives', 'arrive', 'comes', 'come', 'lands', 'land']);
/** How far after "when" the arrival's verb may stand: "when the first full April invoice arrives". */
const ARRIVAL_REACH = 6;

/** "If it works, I want the union to do it in all 80 centres": a plan that hangs on the outcome still to come. */
function hangsOnOutcome(tokens: readonly Token[]): boolean {
  if (tokens[0]?.lower === 'if') return true;
  // "... and only if the levels hold will we offer the method to the other houses".
  if (tokens.some((t, i) => t.lower === 'only' && tokens[i + 1]?.lower === 'if')) return true;
  // "Dr. Wanjala says if the numbers are good he will take it to the county": the same plan, reported.
  const condition = tokens.slice(0, CONDITION_REACH).findIndex((t) => t.lower === 'if');
  return condition > 0 && tokens.slice(condition + 1).some((t) => t.lower === 'will' || t.lower.endsWith("'ll"));
}

/** "had gone from 14% to 22%", "had risen": the past perfect, told of a time before the story's present. */
function toldAsBefore(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'had' && isPastOrParticiple(tokens[i + 1]) && tokens[i + 1]?.lower !== 'been');
}

/**
 * "...to see whether I was right; if not, we roll the rule back": a sentence closing on a bare condition leaves the
 * next one as what happens then, a plan that hangs on the outcome.
 */
function endsOnCondition(tokens: readonly Token[]): boolean {
  const last = tokens.length - 1;
  return (tokens[last - 1]?.lower === 'if' && tokens[last]?.lower === 'not') || tokens[last]?.lower === 'otherwise';
}

/**
 * "Either way, I'd rather lose the job than...", "I've told them that whichever way it goes, the call will come from me": a
 * stance that holds whatever the outcome, which it does not report, opening the sentence or a clause in it.
 */
function eitherWay(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (i > 0 && !CLAUSE_OPENERS.has(tokens[i - 1]?.lower ?? '')) return false;
    const second = tokens[i + 1]?.lower;
    return ((t.lower === 'either' || t.lower === 'whichever') && second === 'way') || (t.lower === 'whatever' && second === 'happens') || (i === 0 && t.lower === 'in' && second === 'any' && tokens[2]?.lower === 'case');
  });
}

const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'so']);

/**
 * "and they're still being filled in", "so for now the only proof I have is my own tired legs", "so for now the job stays
 * off": a clause joined on with "and" or "so", or a line opening on "right now" or "for the moment", in the present,
 * that says how things stand meanwhile, with nothing counted.
 */
function continuesStill(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  const meanwhileWord = tokens.some((t, i) => t.lower === 'still' || (t.lower === 'now' && tokens[i - 1]?.lower === 'for'));
  // "..., and we are not there": a state not reached yet says the same as "still".
  const joined = JOINED_ON.has(tokens[0]?.lower ?? '') && (meanwhileWord || notReached(tokens));
  // "Right now I've a process I believe in and not one sale I can point to from it": a line that opens on the
  // meantime says how things stand in it, as "and ... still" does.
  const opensOnMeantime = MEANTIME_OPENINGS.some((opening) => opening.every((word, k) => tokens[k]?.lower === word));
  const present = tokens.some((t) => PRESENT_BE.has(t.lower) || STAYING.has(t.lower) || (opensOnMeantime && PRESENT_HAVE.has(t.lower)));
  return (joined || opensOnMeantime) && facts.numbers.length === 0 && present && !tokens.some((t) => PAST_BE.has(t.lower));
}

/**
 * "A colleague from my old team leads it now", "my deputy is running the pilot": who carries the work on after the
 * speaker left, with nothing counted. It tells how things stand, not how they turned out.
 */
function carriedOnByOthers(facts: SentenceFacts): boolean {
  if (facts.numbers.length > 0) return false;
  const tokens = facts.sentence.tokens;
  const who = tokens.findIndex((t) => SUCCESSORS.has(t.lower));
  if (who < 0) return false;
  // "My colleague took over the project from me": the work handed on when the speaker left.
  if (tokens.some((t, i) => i > who && t.lower === 'took' && tokens[i + 1]?.lower === 'over')) return true;
  return tokens.some((t, i) => i > who && (CARRYING.has(t.lower) ? tokens.some((w) => w.lower === 'now') : PRESENT_BE.has(t.lower) && isGerund(tokens[i + 1] as Token)));
}

/** Who carries the work on: "my successor", "the team is running it now". */
const SUCCESSORS = new Set(['successor', 'colleague', 'deputy', 'replacement', 'successors', 'team']);
const CARRYING = new Set(['leads', 'runs', 'owns', 'handles', 'manages', 'coordinates', 'chairs', 'oversees', 'has']);

/**
 * "Management is still ordering extra buses as a backup": what goes on meanwhile, in the present, with nothing counted.
 */
function stillUnderWay(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  // "The data's still coming in": the "is" may be joined to its subject.
  const isBefore = (i: number): boolean => PRESENT_BE.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lower.endsWith("'s") ?? false);
  return facts.numbers.length === 0 && tokens.some((t, i) => t.lower === 'still' && isBefore(i) && isGerund(tokens[i + 1]));
}

/** "I also still need to ask the insurers for their side": work the speaker has not done yet, after the line that waits. */
function stillToDo(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'still' && STILL_TO_DO.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'to');
}
const STILL_TO_DO = new Set(['need', 'have', 'needs', 'has']);

/** "we are not there", "it isn't over": a present "be" denied, in a clause joined on to a line that waits. */
function notReached(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => DENIED_PRESENT_BE.has(t.lower) || (t.lower === 'not' && PRESENT_BE.has(tokens[i - 1]?.lower ?? '')));
}

const DENIED_PRESENT_BE = new Set(["isn't", "aren't"]);

/**
 * "Whether the water reaching those taps is under the limit, | I can't tell you: ...": a long sentence split after its
 * open question, whose second half opens on the speaker not able to say.
 */
function notToldAfterWhether(tokens: readonly Token[], previous: readonly Token[] | undefined): boolean {
  return previous?.[0]?.lower === 'whether' && SPEAKERS.has(tokens[0]?.lower ?? '') && CANNOT.has(tokens[1]?.lower ?? '') && SAYING.has(tokens[2]?.lower ?? '');
}

const MEANTIME_OPENINGS = [['right', 'now'], ['for', 'now'], ['for', 'the', 'moment'], ['at', 'the', 'moment']] as const;
const PRESENT_HAVE = new Set(['have', 'has', "i've", "we've"]);

const JOINED_ON = new Set(['and', 'so']);
/** "so for now the job stays off": things left as they are, in the present. */
const STAYING = new Set(['stays', 'stay', 'remains', 'remain']);

const PRESENT_BE = new Set(['is', 'are', 'am', "it's", "they're", "we're", "i'm", "he's", "she's"]);
/** What stands before a wait of the story's own: a form of "be", or a joiner that carries its subject on. */
const WAITING_BE = new Set([...PRESENT_BE, ...PAST_BE, "that's", 'and', 'so', 'but']);

/** How far into a sentence its "if" still opens the plan. */
const CONDITION_REACH = 5;

/**
 * The story's last sentence before its lesson (and any plan that hangs on the outcome) says the outcome is still to come
 * or not in yet ("the decision is due in September").
 */
function endsLookingAhead(analysis: Analysis, sections: Sections): boolean {
  for (let index = analysis.facts.length - 1; index >= 0; index--) {
    const facts = analysis.facts[index] as SentenceFacts;
    const tokens = facts.sentence.tokens;
    const previous = analysis.facts[index - 1]?.sentence.tokens;
    // Each reading once per sentence: the checks below ask for them several times.
    const looking = looksAhead(tokens);
    const pending = stillPending(tokens) || notToldAfterWhether(tokens, previous);
    // "Until then we will see how many owners fix their phones": a line about the meantime that itself waits, waits.
    // "..., and until then we're applying it as written, | so I've been booking home visits instead": the clause that
    // follows a meantime goes on telling the meantime.
    const waitingMeanwhile = (meanwhile(tokens) || (tokens[0]?.lower === 'so' && previous !== undefined && tellsMeantime(previous))) && !looking && !pending;
    // A line that goes on after one that waits belongs to the wait: what is awaited, still under way ("...is something
    // the season's feeder logs have to show me, | and they're still being filled in"), what the speaker has still to do
    // ("I have not measured the calls yet... | I also still need to ask the insurers for their side"), or one more step
    // beside the story with nothing measured ("Too early to say. | I also moved the spare parts list onto a shared
    // sheet"). The line before is read only when this one could go on with it.
    const goesOnWaiting = !looking && !pending && previous !== undefined && (continuesStill(facts) || stillUnderWay(facts) || stillToDo(tokens) || alsoStep(facts)) && (looksAhead(previous) || stillPending(previous));
    // "the re-reading is planned for the July cycle, and only then will I see...": a line placed with the lesson that
    // says the outcome is still pending is the story's end, not its lesson.
    // "Whether it has fixed it, I'll find out at the next cold spell": so is the open question, after "since then".
    // "..., and that's when I'll know whether it brought the cost down, with everything running": a line that asks
    // whether the outcome came is no moral, whatever stock words it holds ("the whole village will know if one family
    // is unhappy" still is one).
    const asksWhether = pending || (looking && tokens.some((t) => t.lower === 'whether'));
    // "so for now I cannot tell them how much we really save": an "if", or an amount still open, says the same.
    // "she's said she'll rule once their opinion is in; for now ... I check them daily": so is a wait for something else
    // to come first, whatever habit closes the line.
    const endsOpen = asksWhether || (looking && tokens.some((t, i) => t.lower === 'if' || t.lower === 'once' || (t.lower === 'how' && HOW_MUCH.has(tokens[i + 1]?.lower ?? ''))));
    const lesson = sections.of[index] === 'learning' && !(endsOpen && !has(facts, 'learnReflect'));
    // "If the bigger bags really keep more seedlings alive we only know when we count in April": a condition that
    // itself looks ahead is the open question, not a plan that hangs on the outcome.
    if (lesson || goesOnWaiting || facts.sentence.words === 0 || (hangsOnOutcome(tokens) && !looking && !pending) || (previous !== undefined && endsOnCondition(previous)) || (aMoral(facts) && !asksWhether) || sideRemark(tokens) || waitingMeanwhile || eitherWay(tokens) || (carriedOnByOthers(facts) && !looking && !pending)) continue;
    const ahead = looking || pending;
    // "The QA lead and I plan to review it together then": a plan for when the outcome is in, after the line that awaits it.
    if (!ahead && (plansAhead(tokens) || arrangesFollowUp(facts) || meetsOnArrival(facts))) continue;
    return ahead;
  }
  return false;
}

/** "I also moved the station's spare parts list onto a shared sheet": one more step of the speaker's, nothing measured. */
function alsoStep(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  // "so the next chief does not start from zero": a figure of speech measures nothing.
  const measured = facts.numbers.some((n) => n.kind === 'metric' || n.delta || n.impact);
  return tokens[0]?.lower === 'i' && tokens[1]?.lower === 'also' && facts.voice.iActions.length > 0 && !measured;
}

/**
 * "In that time another eight claims, about 600,000 pesos, would have been paid automatically": what would have
 * happened, the figure at stake, not a change that did. Not "The clinic kept 160 vials that would have gone in the
 * bin": a verb in the past before it tells what did happen.
 */
function counterfactual(tokens: readonly Token[]): boolean {
  const modal = tokens.findIndex((t, i) => UNREAL_MODALS.has(t.lower) && tokens[i + 1]?.lower === 'have');
  return modal > 0 && !tokens.slice(0, modal).some(isPastOrParticiple);
}

const UNREAL_MODALS = new Set(['would', 'could', 'might', "wouldn't", "couldn't"]);

/**
 * "By that model, TikTok was cheaper per paying customer, around 540 pesos against 690", "according to my estimate":
 * a figure worked out on paper before the change, not one the change brought. So is a line that opens on the estimate
 * as it stands now: "My estimate is around ₹7 lakh a month saved"; and a saving "on paper".
 */
function projected(tokens: readonly Token[]): boolean {
  // "saving on paper ~RSD 11m a year": worked out, not yet made.
  if (tokens.some((t, i) => t.lower === 'on' && tokens[i + 1]?.lower === 'paper')) return true;
  return tokens.some((t, i) => PROJECTIONS.has(t.stem) && SOURCE_LEADS.has(tokens[i - 1]?.lower ?? '') && (tokens[i - 2]?.lower === 'by' || (tokens[i - 2]?.lower === 'to' && tokens[i - 3]?.lower === 'according') || (i <= 2 && tokens[i + 1]?.lower === 'is')));
}

const PROJECTIONS = stems(['model', 'forecast', 'estimate', 'projection', 'calculation', 'simulation']);
const SOURCE_LEADS = new Set(['the', 'that', 'this', 'my', 'our', 'their']);

/**
 * "A hardware shop selling 18m a year on a 6% margin pays 540k under the old tax": a worked example of any such case,
 * in the present with an indefinite subject, not something that happened.
 */
function generalCase(tokens: readonly Token[]): boolean {
  return (tokens[0]?.lower === 'a' || tokens[0]?.lower === 'an') && !tokens.some(isPastOrParticiple);
}

/**
 * "Savings model says ~€210k/year if half accept": a figure that holds only if something still to happen does, an
 * estimate rather than a change. "as if" and "even if" set no condition.
 */
function figureOnCondition(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'if' && i > 0 && !['as', 'even'].includes(tokens[i - 1]?.lower ?? '') && tokens.slice(0, i).some((w) => w.kind === 'number'));
}

/**
 * The index of the last sentence outside the lesson with a step of the speaker's told in the past ("I wrote to the
 * contractor"), or -1. "The thing I haven't managed yet" and "I've got a field" take no step.
 */
function lastOwnStep(analysis: Analysis, sections: Sections): number {
  return analysis.facts.findLastIndex(
    (facts, index) => sections.of[index] !== 'learning' && facts.voice.iActions.some((verb) => !NO_STEP_BEFORE.has(facts.sentence.tokens[verb.index - 1]?.lower ?? '')),
  );
}

const NO_STEP_BEFORE = new Set(["haven't", "hasn't", "hadn't", "i've", "we've", 'have', 'has', 'had', 'not', 'never', "didn't"]);

/**
 * "The new menu went live on 3 June on 20% of traffic as a pilot": a share that says how far a change reached ("on",
 * "to" or "for" a share "of" something), with only dates beside it, is the scope of the step, not a change measured.
 */
function onlyScope(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  const figures = facts.numbers.filter((n) => n.kind !== 'date').map((n) => ({ n, at: tokens.findIndex((t) => t.start === n.start) }));
  // "on 3 June": a day before its month is a date too.
  const counted = figures.filter(({ at }) => !MONTHS.has(tokens[at + 1]?.lower ?? ''));
  return counted.length > 0 && counted.every(({ n, at }) => at > 0 && SCOPE_LEADS.has(tokens[at - 1]?.lower ?? '') && n.text.endsWith('%') && tokens[at + 1]?.lower === 'of');
}
const SCOPE_LEADS = new Set(['on', 'to', 'for']);

/** A Result sentence that reports a measured change, not a step of the speaker's. */
function measuredOutcome(analysis: Analysis, sections: Sections): boolean {
  // "that doubled the list, but I'd rather cross names off later than miss someone": a figure weighed against another
  // course is the price of a step, not how the work turned out.
  const weighed = weighingSentences(analysis);
  // "If they pass, we'll have eleven certified instead of five": a change that hangs on the outcome is not one yet.
  // "by March we'll know whether customers accept the price, which went up by 12 euros": the line that waits reports
  // the change it waits on, not how it turned out.
  // "For years before the overhaul this unit ran at 2.3 mm/s, so double is not fine. I asked for the alignment report...":
  // a change told before further steps of the speaker's is what the steps answered, not how they turned out.
  const lastStep = lastOwnStep(analysis, sections);
  return analysis.facts.some(
    (facts, index) =>
      sections.of[index] === 'result' &&
      index > lastStep &&
      facts.voice.iActions.length === 0 &&
      !hangsOnOutcome(facts.sentence.tokens) &&
      // "If the membranes stay clean through the summer, | we can move the change from 14 months to 20": the clause
      // after a condition is what would follow it.
      analysis.facts[index - 1]?.sentence.tokens[0]?.lower !== 'if' &&
      // "Deferrals had gone from about 14% to 22%": what had happened before, found on the way, not the outcome.
      !toldAsBefore(facts.sentence.tokens) &&
      !looksAhead(facts.sentence.tokens) &&
      !counterfactual(facts.sentence.tokens) &&
      !generalCase(facts.sentence.tokens) &&
      !projected(facts.sentence.tokens) &&
      !figureOnCondition(facts.sentence.tokens) &&
      !weighed.has(facts.sentence.index) &&
      !onlyScope(facts) &&
      measuresChange(facts),
  );
}

