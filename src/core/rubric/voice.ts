import { DECISION_STEMS, FIRST_SINGULAR, IRREGULAR_PAST, STATE_VERBS, TIME_UNITS } from './lexicon.js';
import { isNumberToken } from './number-forms.js';
import { didNotEnd, isGerund } from './tradeoff-sentence.js';
import type { Sentence, Token } from './text.js';

/**
 * Who does what in a sentence: "I" + a finished verb is the speaker acting, "we" + a verb is the team, an auxiliary +
 * participle with no "I" is passive voice that hides the actor, and "I would" / "I will" is a hypothetical.
 */
export interface Voice {
  /** "I built", "I then decided", "I've used". */
  iActions: Token[];
  /** The subset of `iActions` that are choices: decided, chose, proposed, pushed back... */
  iDecisions: Token[];
  weActions: Token[];
  weDecisions: Token[];
  /** "was fixed", "got done" with no "I" in the sentence. */
  passive: Token[];
  /** "I would", "I will": what the speaker would do, not what they did. */
  hypothetical: Token[];
  /**
   * The speaker's habits told in the present tense, in a sentence that marks them as habits ("I now check", "these
   * days I always ask", "I usually recount"): a rule followed since, or an answer about what one usually does.
   */
  iHabits: Token[];
}

const ADVERBS = new Set([
  'then', 'also', 'immediately', 'personally', 'quickly', 'first', 'finally', 'eventually', 'just', 'still', 'later',
  'directly', 'actually', 'really', 'carefully', 'initially', 'openly', 'genuinely', 'proactively', 'only', 'never',
  'always', 'ultimately', 'instead', 'both', 'all', 'together', 'collectively', 'jointly', 'myself', 'ourselves',
  'subsequently', 'next', 'soon', 'already', 'specifically', 'deliberately', 'explicitly', 'personally', 'even',
  'manually', 'simply', 'successfully', 'thoroughly', 'diligently', 'completely', 'promptly', 'gradually',
]);
/** Words that cannot stand between a subject and its verb as a modifier. */
const FUNCTION_WORDS = new Set(['was', 'were', 'am', 'is', 'are', 'had', 'have', 'has', 'do', 'did', 'the', 'a', 'an', 'to', 'and', 'but', 'or', 'not', 'that', 'this', 'it', 'he', 'she', 'they', 'we', 'i', 'me', 'my', 'our', 'their', 'of', 'in', 'on', 'at', 'for', 'with', 'as', 'by', 'from', 'so', 'if', 'when', 'who', 'what', 'which']);
/** Verbs that place the speaker in the scene rather than act in it: "I joined Company X", "I worked at...". */
const SCENE_VERBS = new Set(['joined', 'worked', 'started', 'lived', 'moved', 'graduated', 'studied', 'work', 'live']);
const SCENE_FOLLOWERS = new Set(['at', 'as', 'for', 'in', 'there', 'on', 'with']);
/** Modal verbs: "would", "'ll", "can", "must". */
export const MODALS = new Set(['would', 'will', "'ll", 'could', 'might', 'should', 'can', 'may', 'must', 'shall']);
const PARTICIPLES = new Set(['done', 'made', 'built', 'written', 'given', 'taken', 'chosen', 'driven', 'shown', 'seen', 'set', 'put', 'cut', 'found', 'led', 'sent', 'run', 'kept', 'told', 'paid', 'brought', 'fixed', 'held', 'rewritten', 'broken', 'known', 'gotten', 'got', 'begun']);
const AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'got', 'gets', 'get', 'is', 'are']);
const TEAM_SUBJECTS = new Set(['we', 'team']);
/**
 * Words that make a present-tense "I" clause a habit rather than a narrated moment: how often, and since when. A bare
 * present ("I check the logs") is left alone, since a past tense missing from the irregular list looks the same.
 */
const HABIT_MARKERS = new Set([
  'now', 'nowadays', 'always', 'never', 'usually', 'normally', 'typically', 'generally', 'often', 'routinely', 'still',
  'every', 'each', 'whenever', 'anymore', 'days',
]);
/**
 * "When someone struggles I sit down with them": a condition makes a present clause a habit too, but only where no
 * verb in the sentence is past ("when the bill came, I rang the supplier" narrates one moment).
 */
const CONDITION_MARKERS = new Set(['when', 'if', 'once']);
/**
 * "I measure the grass before I buy feed": in the answer's closing sentences, where a story ends on the habit it left,
 * "before" makes a present clause a habit too, wherever it stands in a long sentence ("... and measure it for two weeks
 * before anyone spends money"). Earlier it is as often a step told in the present ("I test it on a tile before I use
 * it").
 */
const CLAUSE_CLOSERS: ReadonlySet<string> = new Set(['before']);
const CLOSING_CONDITION_MARKERS = new Set([...CONDITION_MARKERS, ...CLAUSE_CLOSERS]);
/** Present-tense verbs of opinion: "I think it's still early" frames a view, not a habit. */
const OPINION_VERBS = new Set(['think', 'guess', 'feel', 'know', 'suppose', 'reckon', 'mean', 'find', 'bet', 'doubt', 'hear']);
/** "I think", "I guess": an aside inside someone else's clause ("She went through, I think, about 90 referrals and found..."). */
const ASIDE_OPINIONS = new Set(['think', 'guess', 'suppose', 'reckon', 'believe']);
/** Words after "was" + "-ed" that are adjectives or set a task rather than passive action. */
const NOT_PASSIVE = new Set(['based', 'used', 'supposed', 'located', 'interested', 'excited', 'worried', 'concerned', 'tired', 'frustrated', 'pleased', 'surprised', 'involved', 'scheduled', 'expected', 'asked', 'tasked', 'assigned', 'responsible', 'required', 'needed', 'called', 'named', 'tied', 'owned', 'limited', 'focused', 'experienced', 'motivated', 'aligned']);

/** Verbs whose past tense is their present: "I always split the data first" is a habit only by the word before it. */
export const SAME_FORM_VERBS: ReadonlySet<string> = new Set(['split', 'put', 'cut', 'set', 'let', 'hit', 'shut', 'spread', 'read', 'reset', 'quit', 'cast', 'bet', 'forecast', 'upset', 'fit']);

/**
 * "After this I always split the data by tool first": a verb that reads as past or present, right after a word of
 * habit (or in a sentence a habit word opens or closes, or, closing the answer, before an "I" in the present), in a
 * sentence with no other past verb, is a habit kept now.
 */
function habitInSameForm(tokens: readonly Token[], k: number, markedBefore: boolean, closing: boolean): boolean {
  const verb = tokens[k] as Token;
  if (!SAME_FORM_VERBS.has(verb.lower)) return false;
  if (!(markedBefore || HABIT_MARKERS.has(tokens[k - 1]?.lower ?? '') || (closing && presentIAfter(tokens, k)))) return false;
  return !tokens.some((t) => t !== verb && isPastVerb(t) && !SAME_FORM_VERBS.has(t.lower));
}

/**
 * "I split the number by device before I believe an average": a later "I" in the present, in the same stretch of the
 * sentence, sets the tense of a verb that reads as past or present before it.
 */
function presentIAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length - 1, k + SAME_STRETCH); j++) {
    if (tokens[j]?.lower !== 'i') continue;
    const verb = tokens[verbAfter(tokens, j + 1)];
    if (verb !== undefined && verb.kind === 'word' && !isPastVerb(verb) && !MODALS.has(verb.lower) && !SAME_FORM_VERBS.has(verb.lower) && !FUNCTION_WORDS.has(verb.lower)) return true;
  }
  return false;
}

/** How far after a verb a second "I" still sets its tense. */
const SAME_STRETCH = 12;

/** Present verbs of feeling or leaning, not practice: "something I really care about", "I tend to reuse". */
const LEANING_VERBS = new Set(['care', 'tend', 'enjoy', 'mind', 'admire', 'value', 'owe', 'consider']);
/** Words after which an "I" clause describes them: "everything I do", "wherever I go". */
const RELATIVE_HEADS = new Set(['everything', 'anything', 'something', 'nothing', 'wherever', 'whatever', 'everywhere', 'anywhere']);
/** Words that open the noun an "I" clause describes: "every event I organise", "the people I work with". */
const NOUN_OPENERS = new Set(['every', 'each', 'any', 'all', 'the', 'those', 'these']);

/**
 * "bring these values to every event I organise", "the same wherever I go", "the people I work with know that": the
 * "I" of a clause that describes a noun.
 */
function inRelativeClause(tokens: readonly Token[], i: number): boolean {
  if (RELATIVE_HEADS.has(tokens[i - 1]?.lower ?? '')) return true;
  const opener = [i - 2, i - 3].find((j) => NOUN_OPENERS.has(tokens[j]?.lower ?? ''));
  return opener !== undefined && !frontedPlace(tokens, opener, i);
}

/** Prepositions that open a sentence with the place or occasion of what follows: "At any new school I check...". */
const FRONTING_PREPOSITIONS = new Set(['at', 'on', 'in', 'for', 'with', 'after', 'before']);

/**
 * "At any new school I check where the vents are", "On every job I test the earth first": a phrase of place or
 * occasion opening the sentence, then the sentence's own "I". With a second "I" after it ("In every team I lead, I
 * ask..."), the first describes the noun.
 */
function frontedPlace(tokens: readonly Token[], opener: number, i: number): boolean {
  return opener === 1 && FRONTING_PREPOSITIONS.has(tokens[0]?.lower ?? '') && !tokens.slice(i + 1).some((t) => t.lower === 'i');
}

/**
 * "I stopped hiring on 'ready now'. I look for the person others already go to": in a story told in the past, an "I"
 * in the present in a closing sentence is the habit the story left, unless it tells a view or a feeling, or describes a
 * noun ("every event I organise").
 */
function closesOnHabit(tokens: readonly Token[], i: number, verb: Token): boolean {
  return !OPINION_VERBS.has(verb.lower) && !LEANING_VERBS.has(verb.lower) && !inRelativeClause(tokens, i);
}

/** "so I don't know yet what the abandonment rate was", "I don't think so": a view negated is no habit. */
function negatedView(tokens: readonly Token[], verb: Token): boolean {
  return (verb.lower === "don't" || verb.lower === 'do') && OPINION_VERBS.has(tokens[verb.index + (tokens[verb.index + 1]?.lower === 'not' ? 2 : 1)]?.lower ?? '');
}

export function isPastVerb(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  if (IRREGULAR_PAST.has(token.lower)) return true;
  // "rebuilt", "redid", "overran", "undid": a prefix on an irregular past tense.
  const prefix = /^(?:re|un|over|out|under)/.exec(token.lower)?.[0];
  if (prefix !== undefined && IRREGULAR_PAST.has(token.lower.slice(prefix.length))) return true;
  // "-eed" is mostly a present ("need", "proceed", "succeed"); a few are regular past tenses.
  return token.lower.length > 4 && token.lower.endsWith('ed') && (!token.lower.endsWith('eed') || PAST_IN_EED.has(token.lower));
}

const PAST_IN_EED = new Set(['agreed', 'disagreed', 'guaranteed', 'freed', 'decreed', 'refereed']);

/**
 * A verb form that can follow "I" in the present tense: not past, modal, auxiliary or state ("I think", "I want").
 * Participles that double as the present ("I run") are kept: after a bare "I" they cannot be participles. "do" and
 * "don't" are the present tense's own auxiliaries ("I do that on every project now").
 */
function isPresentVerb(token: Token): boolean {
  if (token.lower === 'do' || token.lower === "don't") return true;
  if (token.kind !== 'word' || isPastVerb(token) || MODALS.has(token.lower) || FUNCTION_WORDS.has(token.lower)) return false;
  if (token.lower === 'am' || token.lower.endsWith("n't") || token.lower.endsWith("'m") || OPINION_VERBS.has(token.lower)) return false;
  return !STATE_VERBS.has(token.stem) && !STATE_VERBS.has(token.lower);
}

function isParticiple(token: Token | undefined): boolean {
  return token !== undefined && (PARTICIPLES.has(token.lower) || isPastVerb(token));
}

/**
 * The first token after `at` that is not an adverb, within three steps. One other word is skipped when a past-tense
 * verb follows it ("I lazy loaded the images").
 */
function verbAfter(tokens: readonly Token[], at: number): number {
  let k = at;
  // "That's the kind of ownership I, um, really admire": a filler, not a verb.
  while (FILLERS.has(tokens[k]?.lower ?? '')) k++;
  // "I kind of listened to him", "I sort of called him back": a hedge, not a verb.
  if (HEDGES.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of') k += 2;
  for (let n = 0; n < 3 && k < tokens.length && isAdverb(tokens[k] as Token); n++) k++;
  const word = tokens[k];
  // "which I think surprised them a lot": an opinion put in, whose past verb is not the speaker's.
  if (word !== undefined && word.kind === 'word' && !isPastVerb(word) && !MODALS.has(word.lower) && !FUNCTION_WORDS.has(word.lower) && !ASIDE_OPINIONS.has(word.lower) && isPastVerb(tokens[k + 1])) {
    return k + 1;
  }
  return k;
}

const HEDGES = new Set(['kind', 'sort']);
const FILLERS = new Set(['um', 'uh', 'erm', 'er', 'uhm', 'umm', 'hmm']);

/**
 * "I didn't wait for the machine", "I did not wait for approval": the speaker chose to act before the usual go-ahead, a
 * decision of their own. The index of "wait", or -1.
 */
function notWaiting(tokens: readonly Token[], k: number): number {
  const not = didNotEnd(tokens, k);
  return not >= 0 && tokens[not + 1]?.lower === 'wait' ? not + 1 : -1;
}
/** What befell the team ("we lost 60,000 reais of flights", "we suffered two outages"): no step the team took. */
const UNDERGONE = new Set(['lost', 'suffered', 'received', 'faced']);
/**
 * "And we got maybe three or four new codes a month", "we get about 40 calls per week", "we made 25 per year": what came
 * in or went out at a rate, the scene of the story, not a step anyone took; so is an outcome at a rate ("over the rest
 * of the year we took around 45 of those trailers a week").
 */
function receivedAtRate(tokens: readonly Token[], verb: number): boolean {
  if (!AT_A_RATE.has(tokens[verb]?.lower ?? '')) return false;
  const window = tokens.slice(verb + 1, verb + RATE_REACH);
  const counted = window.slice(0, 3).some((t) => isNumberToken(t) || t.lower === 'dozens' || t.lower === 'hundreds');
  return counted && window.some((t, i) => (t.lower === 'a' || t.lower === 'per' || t.lower === 'every' || t.lower === 'each') && TIME_UNITS.has(window[i + 1]?.stem ?? ''));
}

/** How far after the verb "a week" may end: "took around 45 of those turned-away trailers a week". */
const RATE_REACH = 11;
/** Verbs of what comes in or goes out at a rate. */
const AT_A_RATE = new Set(['got', 'get', 'gets', 'made', 'make', 'produced', 'sold', 'handled', 'processed', 'took', 'gained', 'saved', 'won', 'carried', 'served', 'shipped']);

/** Adverbs that make a past verb a habit of the time before the story. */
const PAST_HABITS = new Set(['always', 'usually', 'normally', 'typically', 'generally', 'routinely', 'often']);

function pastHabitBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PAST_HABITS.has((tokens[k] as Token).lower)) return true;
  return false;
}

function isAdverb(token: Token): boolean {
  return ADVERBS.has(token.lower) || (token.lower.endsWith('ly') && token.lower.length > 4 && token.lower !== 'only');
}

function isSceneSetting(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k] as Token;
  if (arrivalInTimeClause(tokens, k)) return true;
  if (runsAPlace(tokens, k)) return true;
  if (!SCENE_VERBS.has(verb.lower)) return false;
  if (verb.lower === 'joined') return true;
  const next = tokens[k + 1];
  // "the kind of colleague I wish I had when I started": when the speaker began there, ending the sentence.
  if (next === undefined) return TIME_CONJUNCTIONS.has(tokens[k - 2]?.lower ?? '');
  // "I started with a pilot of 12 notaries": the first step of the work; "I started with the company in 2019" joined.
  if (verb.lower === 'started' && next.lower === 'with' && (FIRST_PIECE.has(tokens[k + 2]?.lower ?? '') || tokens[k + 2]?.kind === 'number')) return false;
  return SCENE_FOLLOWERS.has(next.lower) || next.kind === 'number';
}
const FIRST_PIECE = new Set(['a', 'an', 'one', 'just', 'only', 'two', 'three']);

const TIME_CONJUNCTIONS = new Set(['when', 'since', 'after', 'before', 'until']);

/**
 * "In 2023 I ran the coin processing centre at a cash services company": the post the speaker held, as "I worked
 * at" is. ("I ran the numbers", "I ran a test on the line" are steps.)
 */
function runsAPlace(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'ran' || !WHOSE.has(tokens[k + 1]?.lower ?? '')) return false;
  for (let j = k + 2; j < Math.min(tokens.length, k + 2 + PLACE_REACH); j++) {
    if (!WORKPLACES.has(tokens[j]?.lower ?? '')) continue;
    const after = tokens[j + 1];
    return after === undefined || PLACE_ENDS.has(after.lower);
  }
  return false;
}
const WHOSE = new Set(['the', 'a', 'our', 'my']);
const PLACE_REACH = 4;
const WORKPLACES = new Set(['centre', 'center', 'team', 'department', 'unit', 'branch', 'office', 'desk', 'section', 'depot', 'warehouse', 'shop', 'store', 'restaurant', 'kitchen', 'clinic', 'ward', 'lab', 'laboratory', 'plant', 'yard', 'hub', 'bakery', 'workshop', 'practice']);
const PLACE_ENDS = new Set(['at', 'in', 'for', 'of', 'and', 'with', 'where', 'which', 'on', 'from']);

/**
 * "there had been some problems before i came", "when i started out", "I mentioned it to the engineer when I saw him":
 * the speaker's coming, starting or running into someone, told only to say when.
 */
function arrivalInTimeClause(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.lower !== 'i' || !(TIME_CONJUNCTIONS.has(tokens[k - 2]?.lower ?? '') || byTheTime(tokens, k - 2))) return false;
  const verb = tokens[k]?.lower ?? '';
  const next = tokens[k + 1]?.lower;
  // "By the time I got there, the chamber was already pumped out", "when I got back": the speaker reaching the place.
  if (verb === 'got' && next !== undefined && ARRIVED_AT.has(next)) return tokens[k + 2] === undefined || pausedBefore(tokens, k + 2) || NEXT_CLAUSE_OPENERS.has(tokens[k + 2]?.lower ?? '') || startsCapital(tokens[k + 2]);
  // "When I came back, setup time was down": back from being away, the clause ending there.
  // "When I came back Rafiq told me the whole thing", "When I came back our manager said...": a name, or whoever
  // speaks next, opens the next clause.
  if (verb === 'came' && next === 'back') {
    const after = tokens[k + 2];
    return after === undefined || pausedBefore(tokens, k + 2) || BACK_FROM.has(after.lower) || NEXT_CLAUSE_OPENERS.has(after.lower) || startsCapital(after);
  }
  if (verb === 'came' || verb === 'arrived' || verb === 'joined') return next === undefined || !ARRIVAL_WITH_OBJECT.has(next);
  if (verb === 'started' || verb === 'began') return next === undefined || next === 'out' || next === 'there' || next === 'here';
  return verb === 'saw' && SEEN_PEOPLE.has(next ?? '') && (tokens[k + 2] === undefined || !tokens[k + 2]?.lower.endsWith('ing'));
}

/** "by the time I got there", "by the time I arrived": the time, with "time" at `at`. */
function byTheTime(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.lower === 'time' && tokens[at - 1]?.lower === 'the' && tokens[at - 2]?.lower === 'by';
}
/** Where "I got" takes the speaker: "got there", "got back", "got home". */
const ARRIVED_AT = new Set(['there', 'here', 'back', 'home', 'in']);

/** "when I came up with the idea", "after I came back with the figures": a step, not an arrival. */
const ARRIVAL_WITH_OBJECT = new Set(['up', 'across', 'back']);
/** "when I came back from leave", "after I came back home": the place or time come back from. */
const BACK_FROM = new Set(['from', 'home', 'after', 'to']);
const SEEN_PEOPLE = new Set(['him', 'her', 'them']);
/** Words that open the clause after "when I came back": "our manager said", "the team had", "she told me". */
const NEXT_CLAUSE_OPENERS = new Set(['our', 'the', 'my', 'his', 'her', 'their', 'we', 'they', 'he', 'she', 'everyone', 'everything', 'it']);

const HOLDING_ON_AFTER = new Set(['and', 'but', 'so', 'anyway', 'because', 'even', 'until', 'despite', 'regardless']);

/**
 * "but I kept going", "I kept at it": holding on through the story, not a step in it. "In my side, I continued to
 * process my normal claims like always": the speaker's usual work carried on beside the story, no step in it either.
 */
function keptGoing(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower;
  // "I kept releasing items the way the new system told me to": going on as told.
  if (carriesOn(tokens, k) && (tokens.slice(k + 1, k + 1 + USUAL_WORK_REACH).some((t) => USUAL_WORK.has(t.lower)) || asUsualLater(tokens, k) || toldMeAfter(tokens, k))) return true;
  if (asEveryDay(tokens, k)) return true;
  if (tokens[k]?.lower !== 'kept') return false;
  // "I kept going back to the house" tells visits made; "I kept going" alone, or before "but", only holds on.
  return (next === 'going' && (tokens[k + 2] === undefined || HOLDING_ON_AFTER.has(tokens[k + 2]?.lower ?? ''))) || (next === 'at' && tokens[k + 2]?.lower === 'it');
}

/** "... told me to" after `k`: what the speaker does is as told. */
function toldMeAfter(tokens: readonly Token[], k: number): boolean {
  return tokens.slice(k + 1).some((t) => t.lower === 'told' && tokens[t.index + 1]?.lower === 'me');
}

/**
 * "I updated the appointment calendar when Jan asked me to", "I helped carry pipes some days when they asked": done on
 * request, the closing of the clause saying so; someone else's call. ("I called back when the customer asked for a
 * refund" tells when, and goes on; "I only mentioned it if they asked" is the speaker's rule, "I did not write them,
 * even when she asked" a refusal, and "I ran the diversion exactly as they asked" a commitment kept.)
 */
export function doneAsAsked(tokens: readonly Token[], k: number): boolean {
  const end = Math.min(tokens.length, k + 1 + ASKED_REACH);
  for (let j = k + 1; j < end; j++) {
    const word = (tokens[j] as Token).lower;
    if (!ON_REQUEST.has(word) || tokens[j - 1]?.lower === 'even') {
      if (CLAUSE_BREAKS.has(word)) return false;
      continue;
    }
    if (shortOfHands(tokens, j + 1)) return true;
    const after = requestEnd(tokens, j);
    // "when nobody had asked": no request at all.
    if (after < 0 || tokens.slice(j + 1, after).some((t) => NOBODY.has(t.lower))) return false;
    return closesClause(tokens, after);
  }
  return false;
}
const ASKED_REACH = 10;

/**
 * "when they were short of hands", "when the line was short-staffed": help lent because others lacked people, the
 * clause closing on it; someone else's need set the step.
 */
function shortOfHands(tokens: readonly Token[], from: number): boolean {
  const short = tokens.slice(from, from + SHORT_REACH).findIndex((t) => SHORT_HANDED.has(t.lower));
  // "when we were short": the speaker's own team, stepping in is theirs to do.
  if (short < 0 || !['was', 'were'].includes(tokens[from + short - 1]?.lower ?? '') || tokens[from + short - 2]?.lower === 'we') return false;
  let after = from + short + 1;
  if (tokens[after - 1]?.lower === 'short') {
    // "short of hands"; "short-staffed" comes as two words.
    if (tokens[after]?.lower === 'of') after += 2;
    else if (SHORT_OF_WHOM.has(tokens[after]?.lower ?? '')) after += 1;
  }
  return closesClause(tokens, after);
}
/** How far after "when" the "short" may stand: "when the packing room was short". */
const SHORT_REACH = 6;
const SHORT_HANDED = new Set(['short', 'shorthanded', 'understaffed']);
const SHORT_OF_WHOM = new Set(['staffed', 'handed']);
/** How many words may name who asked: "when they asked", "when our senior director asked". */
const ASKER_REACH = 3;

/**
 * Where the request after the word at `j` ends ("when they asked", "like Daan told us to", past its "us" and "to"), or
 * -1 when no asker's verb follows within reach.
 */
function requestEnd(tokens: readonly Token[], j: number): number {
  const asked = tokens.slice(j + 2, j + 2 + ASKER_REACH).findIndex((t) => REQUESTS.has(t.lower));
  if (asked < 0) return -1;
  let after = j + 2 + asked + 1;
  if (REQUESTED_OF.has(tokens[after]?.lower ?? '')) after++;
  if (tokens[after]?.lower === 'to') after++;
  return after;
}
// "I took trolleys up wherever the supervisors sent me": where the speaker was sent is a request too.
const ON_REQUEST = new Set(['when', 'whenever', 'wherever']);
const REQUESTS = new Set(['asked', 'told', 'sent']);
const NOBODY = new Set(['nobody', 'no', 'none', 'not', 'never']);
const REQUESTED_OF = new Set(['me', 'us']);

/** Nothing more in the clause at `at`: the line's end, a comma or a word opening the next clause. */
function closesClause(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  return next === undefined || pausedBefore(tokens, at) || CLAUSE_BREAKS.has(next.lower);
}

/** A word written with a capital, as names are: "Rosa", "Riikka". */
function startsCapital(token: Token | undefined): boolean {
  return token !== undefined && /^[A-Z]/.test(token.text);
}

/** A comma or other mark between the token at `at` and the one before it: their text is more than a space apart. */
function pausedBefore(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const previous = tokens[at - 1];
  return token !== undefined && previous !== undefined && token.start - previous.end >= 2;
}

/** "continued to", "carried on", "kept doing": going on with something ("kept the usual checks" keeps them). */
function carriesOn(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k]?.lower;
  const next = tokens[k + 1];
  return verb === 'continued' || (verb === 'carried' && next?.lower === 'on') || (verb === 'kept' && isGerund(next));
}
/** "did not speak", "didn't say a word", "did not get involved": the speaker's part in someone else's work, none. */
function keptOut(tokens: readonly Token[], k: number): boolean {
  const not = didNotEnd(tokens, k);
  if (not < 0) return false;
  const verb = tokens[not + 1]?.lower ?? '';
  // "honestly I did not do anything, I was only reading": nothing done at all.
  // "I did not hear any complaint from customers": nothing taken in, which is no step either.
  return KEPT_OUT.has(verb) || PERCEIVING_NOW.has(verb) || verb === 'notice' || (verb === 'get' && tokens[not + 2]?.lower === 'involved') || (verb === 'do' && NOT_A_THING.has(tokens[not + 2]?.lower ?? ''));
}
const NOT_A_THING = new Set(['anything', 'much']);
const KEPT_OUT = new Set(['speak', 'say', 'talk', 'comment', 'interfere', 'intervene', 'participate', 'contribute']);
/** What marks the work carried on as the speaker's usual: "my normal claims", "like always", "as usual". */
const USUAL_WORK = new Set(['normal', 'usual', 'always', 'routine', 'regular', 'everyday', 'standard', 'scheduled']);
const USUAL_WORK_REACH = 7;
/** What a closing "as normal" judges rather than tells the usual of: "accepted it as normal", "treated that as normal". */
const JUDGED = new Set(['it', 'that', 'this', 'them']);

/** "I kept weighing the lorries and printing the tickets as usual": "as usual" may close a short series further on. */
function asUsualLater(tokens: readonly Token[], k: number, closings: ReadonlySet<string> = USUAL_CLOSINGS): boolean {
  return tokens.slice(k + 1, k + 1 + CARRIED_ON_REACH).some((t, j) => closings.has(t.lower) && LIKE_OR_AS.has(tokens[k + j]?.lower ?? ''));
}
const CARRIED_ON_REACH = 10;

/**
 * "so I taught the drills as usual", "I used it like everyone else": the step is the speaker's ordinary part, told as
 * such in its own clause; no step in the story.
 */
function asEveryDay(tokens: readonly Token[], k: number): boolean {
  if (closesAsUsual(tokens) || calledOwnJob(tokens, k) || didUsualJob(tokens, k)) return true;
  // "I was receiving the new digital claims and checking them like before": what the speaker was busy with, a short
  // series closed as the way it always went.
  if (WAS_DOING.has(tokens[k - 1]?.lower ?? '') && tokens[k]?.lower.endsWith('ing') && asUsualLater(tokens, k, AS_BEFORE)) return true;
  for (let j = k + 1; j < Math.min(tokens.length - 1, k + 1 + USUAL_WORK_REACH); j++) {
    const word = tokens[j] as Token;
    if (CLAUSE_BREAKS.has(word.lower)) return false;
    if (!LIKE_OR_AS.has(word.lower)) continue;
    const next = tokens[j + 1]?.lower ?? '';
    // "putting them in the system like usually": the same, as a speaker of another language may put it.
    if (next === 'usual' || next === 'usually' || next === 'always' || next === 'before') return true;
    // "I stayed at the desk as normal while they handled it" ("everyone accepted it as normal" judges a thing).
    // "I mostly did the hems as normal, like Daan told us to": or closing on the instruction it followed.
    if (next === 'normal' && !JUDGED.has(tokens[j - 1]?.lower ?? '') && (tokens[j + 2] === undefined || CLAUSE_BREAKS.has(tokens[j + 2]?.lower ?? '') || asTold(tokens, j + 2))) return true;
    // "later I signed the checklist like everybody when it was my hour": what everyone did, at its clause's end ("I
    // decided to treat him the same as everybody else" compares).
    const after = tokens[j + 2]?.lower;
    if (EVERYONE_ALIKE.has(next) && tokens[j - 1]?.lower !== 'same' && (after === undefined || after === 'else' || CLAUSE_BREAKS.has(after))) return true;
  }
  return false;
}

/** "like Daan told us to", "as the supervisor asked": the instruction followed, closing the clause at `at`. */
function asTold(tokens: readonly Token[], at: number): boolean {
  if (!LIKE_OR_AS.has(tokens[at]?.lower ?? '')) return false;
  const after = requestEnd(tokens, at);
  return after >= 0 && closesClause(tokens, after);
}

/** "I did my normal job", "I just did my usual work": the speaker's ordinary part, named as such. */
function didUsualJob(tokens: readonly Token[], k: number): boolean {
  return ALWAYS_DO.has(tokens[k]?.lower ?? '') && namesUsualJob(tokens, k + 1);
}

/** "my normal job", "just my usual work": the usual work named within a few words from `from`. */
function namesUsualJob(tokens: readonly Token[], from: number): boolean {
  return tokens.slice(from, from + OWN_JOB_REACH).some((w, m) => USUAL_WORK.has(w.lower) && OWN_JOB.has(tokens[from + 1 + m]?.lower ?? ''));
}
const ALWAYS_DO = new Set(['do', 'did']);

/**
 * A closing that says of the whole line that it was the usual: "as I always do", "like always", "as usual", "like
 * everyone else", "like every week".
 */
function closesAsUsual(tokens: readonly Token[]): boolean {
  const fromEnd = (n: number): string => tokens[tokens.length - n]?.lower ?? '';
  // "I filed the corrected reports when they were sent to me, as I always do".
  if (LIKE_OR_AS.has(fromEnd(4)) && fromEnd(3) === 'i' && fromEnd(2) === 'always' && ALWAYS_DO.has(fromEnd(1))) return true;
  // "I updated the schedule after the decisions were made, like always".
  if (LIKE_OR_AS.has(fromEnd(2)) && USUAL_CLOSINGS.has(fromEnd(1))) return true;
  // "I answered chats with the macro she gave us, like everyone else"; "I kept the inventory sheet up to date, like
  // every week".
  // "so I attended the sessions and followed the checklists like everybody", the speaker the last to act in the line
  // ("I told them that if it was bad, we go back north like everybody" is the crew's course).
  // "I used the checklist card too when I did handovers, like everybody did": the same, with its verb.
  const alike = LIKE_OR_AS.has(fromEnd(2)) && EVERYONE_ALIKE.has(fromEnd(1));
  const alikeDid = LIKE_OR_AS.has(fromEnd(3)) && EVERYONE_ALIKE.has(fromEnd(2)) && ALIKE_DID.has(fromEnd(1));
  if (alike || alikeDid) return tokens.findLast((t) => SUBJECTS.has(t.lower))?.lower === 'i';
  if (closesOnRoutine(tokens) || likeTheRestOfUs(tokens)) return true;
  // "I kept the inventory sheet up to date, like every week" ("the same as every week" compares).
  return LIKE_OR_AS.has(fromEnd(3)) && fromEnd(4) !== 'same' && fromEnd(2) === 'every' && TIME_UNITS.has(tokens[tokens.length - 1]?.stem ?? '');
}

/**
 * "I prepared the folder with the complaints for the meeting, like I do for every case", "same like I do every day":
 * the speaker's routine, closing the line.
 */
function closesOnRoutine(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  // "like I do" and then "every day" (two words) or "for every case" (three).
  for (const tail of [2, 3]) {
    const m = n - tail - 3;
    if (!LIKE_OR_AS.has(tokens[m]?.lower ?? '') || tokens[m + 1]?.lower !== 'i' || !ALWAYS_DO.has(tokens[m + 2]?.lower ?? '')) continue;
    const scope = tail === 3 && ROUTINE_FOR.has(tokens[m + 3]?.lower ?? '') ? m + 4 : m + 3;
    if (scope !== n - 2 || !ROUTINE_SCOPES.has(tokens[scope]?.lower ?? '')) continue;
    return tail === 3 || TIME_UNITS.has(tokens[n - 1]?.stem ?? '');
  }
  return false;
}

/**
 * "I answered chats with the macro she gave us, like everyone else", "I attended the training and followed the new
 * protocol, like everyone else on the team": what the others did, closing the line, with the group named or not.
 */
function likeTheRestOfUs(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  for (let m = Math.max(0, n - GROUP_TAIL - 3); m <= n - 3; m++) {
    if (!LIKE_OR_AS.has(tokens[m]?.lower ?? '') || !EVERYONE.has(tokens[m + 1]?.lower ?? '') || tokens[m + 2]?.lower !== 'else') continue;
    // "I decided to treat him the same as everyone else on the team" compares.
    if (tokens[m - 1]?.lower === 'same') return false;
    return m + 3 === n || IN_THE_GROUP.has(tokens[m + 3]?.lower ?? '');
  }
  return false;
}
/** How many words may follow "like everyone else": "on the team", "in my shift". */
const GROUP_TAIL = 3;
const IN_THE_GROUP = new Set(['on', 'in', 'at', 'from']);

/** "I helped load the replacement pallet, but honestly that was just my normal job": said so after the step. */
function calledOwnJob(tokens: readonly Token[], k: number): boolean {
  const found = tokens.slice(k + 1, k + 1 + OWN_JOB_CLAUSE_REACH).findIndex((t, j) => t.lower === 'was' && tokens[k + j]?.lower === 'that');
  if (found < 0) return false;
  return namesUsualJob(tokens, k + 2 + found);
}
/** How far after the step its "that was" may stand, and its "normal job" after that: "that was just my normal job". */
const OWN_JOB_CLAUSE_REACH = 12;
const OWN_JOB_REACH = 3;
const OWN_JOB = new Set(['job', 'work', 'duties', 'role', 'routine', 'tasks']);
const EVERYONE = new Set(['everyone', 'everybody', 'anyone', 'anybody']);
/** "like everybody", told without "else": the same as all the others did. ("like anyone" is left: "like anyone would".) */
const EVERYONE_ALIKE = new Set(['everyone', 'everybody']);
/** Who may act in a clause: the speaker's "I" against the others'. */
const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'you']);
const USUAL_CLOSINGS = new Set(['always', 'usual', 'normal']);
const AS_BEFORE = new Set([...USUAL_CLOSINGS, 'before']);
const WAS_DOING = new Set(['was', 'were']);
const ALIKE_DID = new Set([...ALWAYS_DO, 'does']);
const ROUTINE_FOR = new Set(['for', 'with', 'on']);
const ROUTINE_SCOPES = new Set(['every', 'each', 'any']);
const LIKE_OR_AS = new Set(['like', 'as']);
const CLAUSE_BREAKS = new Set(['and', 'but', 'so', 'because', 'when', 'while', 'until']);

const RELYING = new Set(['rely', 'depend', 'count']);
/** Who the speaker relies on, or nothing when that person came before ("one of the guys I count on when..."). */
const RELIED_ON = new Set(['him', 'her', 'them', 'when', 'for', 'to', 'now', 'today']);

/**
 * "now he's one of the guys I count on", "I trust her with the night shift now": how the speaker stands with a person
 * after the story, an outcome of it, not a habit or step of their own. ("I trust the traps more than the calendar now"
 * is a lesson about evidence, so a thing trusted stays a habit.)
 */
function reliesOn(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k]?.lower ?? '';
  const on = RELYING.has(verb) && tokens[k + 1]?.lower === 'on' ? k + 2 : verb === 'trust' ? k + 1 : -1;
  if (on < 0) return false;
  const person = tokens[on];
  return person === undefined || RELIED_ON.has(person.lower);
}

/** "What I took away from it", "what I took from this", "something I've kept with me": a lesson carried, no step. */
function takesALesson(tokens: readonly Token[], k: number): boolean {
  const verb = (tokens[k] as Token).lower;
  const next = tokens[k + 1]?.lower;
  const after = tokens[k + 2]?.lower;
  if ((verb === 'kept' || verb === 'carried') && next === 'with' && after === 'me') return true;
  // "the main thing I took away is that...": the lesson named next.
  // "what I took from watching all that": the lesson drawn from what the speaker saw.
  return (verb === 'took' || verb === 'taken') && ((next === 'away' && (after === 'from' || after === 'is' || after === 'was')) || (next === 'from' && (REFERRING.has(after ?? '') || isGerund(tokens[k + 2]))));
}

const REFERRING = new Set(['it', 'this', 'that', 'them', 'all']);

/**
 * Everyday verbs that are a decision only in some phrases: "I made the call" but not "the mistake I made", "I called
 * it off" but not "I called the customer".
 */
const DECISION_ONLY_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['made', new Set(['call', 'decision', 'choice', 'trade', 'tradeoff', 'case', 'judgment', 'judgement'])],
  ['took', new Set(['call', 'decision', 'risk', 'ownership', 'charge', 'lead', 'responsibility', 'initiative', 'bet'])],
  ['call', new Set(['off', 'for', 'it', 'time', 'a', 'an'])],
]);

function isDecision(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k] as Token;
  if (!DECISION_STEMS.has(verb.stem) && !DECISION_STEMS.has(verb.lower)) return false;
  const only = DECISION_ONLY_BEFORE.get(verb.lower) ?? DECISION_ONLY_BEFORE.get(verb.stem);
  return only === undefined || tokens.slice(k + 1, k + 4).some((t) => only.has(t.stem) || only.has(t.lower));
}

/** The course after "My call:" or "My decision was to", opening the sentence: a decision the speaker names as theirs. */
function namedCall(tokens: readonly Token[]): Token | undefined {
  if (tokens[0]?.lower !== 'my' || !DECISION_NOUNS.has(tokens[1]?.lower ?? '')) return undefined;
  const at = tokens[2]?.lower === 'was' && tokens[3]?.lower === 'to' ? 4 : 2;
  const verb = tokens[at];
  return verb !== undefined && verb.kind === 'word' && !FUNCTION_WORDS.has(verb.lower) && !MODALS.has(verb.lower) && !verb.lower.endsWith('ing') ? verb : undefined;
}

/** Nouns that name a decision: "my call", "their decision", "the board's choice". */
export const DECISION_NOUNS = new Set(['call', 'decision', 'choice', 'pick']);

/** Words without which a sentence has no voice to analyse: no subject we track and no passive auxiliary. */
const VOICE_TRIGGERS = new Set(['i', "i've", "i'd", "i'll", 'me', 'my', "i'm", 'we', "we've", "we'd", 'team', ...AUXILIARIES]);

/** Shared by every sentence without a trigger word; never mutated. */
const NO_VOICE: Voice = Object.freeze({
  iActions: [],
  iDecisions: [],
  weActions: [],
  weDecisions: [],
  passive: [],
  hypothetical: [],
  iHabits: [],
}) as Voice;

/**
 * A bullet that opens with a past-tense verb ("• tagged 300 tickets by hand", "- also started radioing the purser") is
 * the speaker's note of what they did: the index of that verb, or -1.
 */
function bulletAction(tokens: readonly Token[]): number {
  const at = NOTE_OPENERS.has(tokens[0]?.lower ?? '') ? 1 : 0;
  const verb = tokens[at];
  const step =
    verb !== undefined &&
    // "used the controller we already had": too short for the "-ed" rule, and a step unless it is "used to".
    (isPastVerb(verb) || (verb.lower === 'used' && tokens[at + 1]?.lower !== 'to')) &&
    !STATE_VERBS.has(verb.stem) &&
    !STATE_VERBS.has(verb.lower) &&
    (!NOT_PASSIVE.has(verb.lower) || actsOnSomeone(tokens, at)) &&
    !isSceneSetting(tokens, at) &&
    !describesSubject(tokens, at);
  return step ? at : -1;
}

/**
 * "Missed first-month appointments went down from around 30%": a participle before the noun it describes, the subject
 * of a verb of change that follows, is no dropped "I". "Checked every pallet was labelled" has a determiner between.
 */
function describesSubject(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 2; k <= at + SUBJECT_REACH; k++) {
    const word = tokens[k - 1]?.lower ?? '';
    if (tokens[k - 1]?.kind !== 'word' || OUTSIDE_A_SUBJECT.has(word)) return false;
    if (SUBJECT_VERBS.has(tokens[k]?.lower ?? '')) return true;
  }
  return false;
}

/** How far after the participle the subject's verb may stand: "Missed first-month appointments went". */
const SUBJECT_REACH = 5;
// "Covered clamps lost 0.9 percent a week", "Trained crews needed half the time": a measure of the thing described.
const SUBJECT_VERBS = new Set([
  'went', 'fell', 'dropped', 'rose', 'came', 'were', 'was', 'doubled', 'halved', 'grew', 'stayed',
  'lost', 'gained', 'had', 'took', 'needed', 'averaged', 'lasted', 'cost', 'showed', 'scored',
]);

/** Adverbs a note may open with before its verb: "also started radioing", "then rang the depot". */
const NOTE_OPENERS = new Set(['also', 'then', 'first', 'next', 'finally', 'later', 'eventually']);
/**
 * Verbs of being given a task ("asked to cover nights", "called out to a burst") or of a state ("used to") that, with an
 * object, are deeds ("used the controller we already had").
 */
const DEEDS_WITH_OBJECT = new Set(['asked', 'called', 'scheduled', 'limited', 'assigned', 'used']);
const DESCRIBED_BY = new Set(['to', 'for', 'with', 'by', 'as', 'in', 'on', 'about', 'out', 'into', 'at', 'from', 'up']);
/** Words that cannot stand inside the subject the participle describes: "Logged it so it went" is a step. */
const OUTSIDE_A_SUBJECT = new Set([
  'the', 'a', 'an', 'every', 'each', 'all', 'our', 'my', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those',
  'it', 'them', 'him', 'me', 'us', 'so', 'and', 'but', 'because', 'which', 'who', ...DESCRIBED_BY,
]);

/** "asked Mr Fernandes to...", "called the supplier": the verb has someone or something after it, not "to" or "by". */
function actsOnSomeone(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return DEEDS_WITH_OBJECT.has(tokens[at]?.lower ?? '') && next !== undefined && next.kind === 'word' && !DESCRIBED_BY.has(next.lower);
}

const CAPITALISED_WORD = /^[A-Z][a-z]/;

const NOTE_OBJECTS = new Set(['it', 'them', 'this', 'that', 'both', 'everything']);

/** Words after an opening participle that make it a description, not a deed: "Based on", "Faced with", "Used to". */
const DESCRIBING = new Set(['on', 'with', 'by', 'in', 'to', 'as', 'at', 'from', 'for', 'that', 'up', 'out']);

/**
 * A note-style sentence with its "I" left out ("Pulled six weeks of logs.", "Did the quick fix, ordered the parts."):
 * it opens with a capitalised past-tense verb (any, when the speaker types in lower case: "spent two weeks in cost
 * explorer myself.") and names no one else who acts. It reads as the speaker's own step, as a bullet does.
 */
function noteAction(tokens: readonly Token[], lowerCase: boolean): boolean {
  const verb = tokens[0];
  // "Modelled it.": two words are enough when the second is the thing just named.
  const short = tokens.length < 3 && !(tokens.length === 2 && NOTE_OBJECTS.has(tokens[1]?.lower ?? ''));
  if (verb === undefined || verb.kind !== 'word' || !(lowerCase || CAPITALISED_WORD.test(verb.text)) || short) return false;
  // "Based on", "Faced with" describe; "Tested on 10 pumps" is a step, with what it was done on counted; "Wrote up the
  // six comparables" acts on its object ("Fed up with the delays" does not).
  const particle = tokens[1]?.lower ?? '';
  const actsOnObject = PARTICLES.has(particle) && OBJECT_STARTS.has(tokens[2]?.lower ?? '');
  // "Agreed with the study lead that...", "Met with the landlord": a verb done with someone is a deed, unlike "Faced with".
  const withSomeone = particle === 'with' && WITH_SOMEONE.has(verb.lower);
  if (DESCRIBING.has(particle) && tokens[2]?.kind !== 'number' && !actsOnObject && !withSomeone) return false;
  // "Unplanned stops on the parcel sorter went down from 14 hours": an un- participle before a plural noun describes
  // what the sentence is about; "Unblocked the drain" acts on its object.
  if (UN_PARTICIPLE.test(verb.lower) && /s$/.test(tokens[1]?.lower ?? '') && !OBJECT_OPENERS.has(tokens[1]?.lower ?? '')) return false;
  // An auxiliary deep in a later clause ("..., told the crew what was happening") leaves the opening step the speaker's,
  // and so does the speaker named again ("Told my director I'd rather lose the work").
  return !tokens.some((t, i) => (VOICE_TRIGGERS.has(t.lower) && !FIRST_SINGULAR.has(t.lower) && !(i > 3 && AUXILIARIES.has(t.lower))) || t.lower === 'they' || t.lower === 'he' || t.lower === 'she');
}

/** Verbs done together with someone, which "with" does not turn into a description. */
const WITH_SOMEONE = new Set(['agreed', 'met', 'spoke', 'talked', 'sat', 'worked', 'negotiated', 'checked', 'partnered', 'teamed', 'pleaded', 'argued', 'consulted', 'settled']);

/** Particles of a phrasal verb ("wrote up", "sorted out"), and what opens the object such a verb acts on. */
const PARTICLES = new Set(['up', 'out']);
const OBJECT_STARTS = new Set(['the', 'a', 'an', 'my', 'our', 'his', 'her', 'their', 'every', 'each', 'all', 'both', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** "undocumented", "unexpected": module-level so the token loop builds no RegExp per pass. */
const UN_PARTICIPLE = /^un.{4,}ed$/;
/** Words ending in "s" that open an object, not name a thing described: "unpacked hers", "unblocked this". */
const OBJECT_OPENERS = new Set(['this', 'his', 'hers', 'its', 'ours', 'yours', 'theirs', 'those', 'these', 'us']);

/**
 * The speaker's steps told in the present tense ("So I ring the area manager and I say..."), outside a habit ("I
 * always..."): a story told in the historical present when most of the answer is told this way.
 */
export function presentTenseSteps(sentence: Sentence): number {
  const tokens = sentence.tokens;
  const habits = indexMarkers(tokens, HABIT_MARKERS, SENTENCE_HABITS);
  let steps = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.lower !== 'i') continue;
    const k = verbAfter(tokens, i + 1);
    const verb = tokens[k];
    if (verb !== undefined && isPresentVerb(verb) && verb.lower !== 'do' && verb.lower !== "don't" && !markerNear(habits, i, k)) steps++;
  }
  return steps;
}

/** How far after its verb a word of "every" or of condition still belongs to the clause of an "I". */
const CLAUSE_AFTER = 8;
/** Words of habit that mark the whole sentence, wherever they stand: "I keep them apart in my head now". */
const SENTENCE_HABITS = new Set([...HABIT_MARKERS].filter((word) => !['every', 'each', 'whenever'].includes(word)));
/** Words after "every" or "each" that make it how often ("every morning", "every 30 days"), not which ones. */
const OFTEN = new Set([
  'time', 'times', 'morning', 'mornings', 'evening', 'evenings', 'afternoon', 'night', 'nights', 'shift', 'shifts', 'day', 'days', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'quarter', 'season', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'second', 'other', 'single',
]);

/** Where the words of habit or condition of one kind stand in a sentence, read once per sentence. */
interface MarkerIndex {
  /** A word that marks the whole sentence, wherever it stands ("now", "always", "these days"; "before" at the close). */
  anywhere: boolean;
  /** The first word before which an "I" is governed by it (a condition, "every morning", or "Every screed..." opening). */
  first: number;
  /** For each position, the next word that governs an "I" just before it ("...every morning", "...if it fails"), or -1. */
  next: Int32Array;
}

/**
 * A word of habit or condition that governs an "I": a habit word anywhere ("I always...", "...in my head now"); a
 * condition, or "every" or "each" saying how often, before the "I" ("Now, when a plan contains a number, I ask...")
 * or just after its verb ("I check the fridges every morning"). Further on these belong to another clause ("I change
 * the plan: iron in the morning, every second day"), and "every" or "each" that only picks things out ("I ask each of
 * the four") governs nothing, unless it opens the sentence ("Every screed gets measured...").
 */
function indexMarkers(tokens: readonly Token[], markers: ReadonlySet<string>, anywhereWords: ReadonlySet<string>): MarkerIndex {
  // Most sentences have none: no array for them.
  if (!tokens.some((t) => markers.has(t.lower))) return NO_MARKERS;
  const next = new Int32Array(tokens.length + 1).fill(-1);
  let anywhere = false;
  let first = Number.POSITIVE_INFINITY;
  for (let j = tokens.length - 1; j >= 0; j--) {
    const word = (tokens[j] as Token).lower;
    next[j] = next[j + 1] as number;
    if (!markers.has(word)) continue;
    if (anywhereWords.has(word)) {
      // "these days" is a habit; "two days after a match" is not.
      if (word !== 'days' || tokens[j - 1]?.lower === 'these') anywhere = true;
      continue;
    }
    const picksOut = (word === 'every' || word === 'each') && !OFTEN.has(tokens[j + 1]?.lower ?? '') && !OFTEN.has(tokens[j + 2]?.lower ?? '');
    if (!picksOut) next[j] = j;
    if (!picksOut || j <= 1) first = j;
  }
  return { anywhere, first, next };
}

const NO_MARKERS: MarkerIndex = { anywhere: false, first: Number.POSITIVE_INFINITY, next: new Int32Array(0) };

function markerNear(index: MarkerIndex, i: number, k: number): boolean {
  const after = index.next[i + 1] ?? -1;
  return index.anywhere || index.first < i || (after >= 0 && after <= k + CLAUSE_AFTER);
}

/**
 * What the sentence says of who acted. `historicalPresent`: the answer tells its story in the present tense, so "I
 * call the vendor" is a step taken, as "I called the vendor" is; habits ("I always...") stay habits. `lowerCase`: the
 * answer is typed in lower case, so a note's dropped "I" opens with a lower-case verb.
 */
export function analyzeVoice(sentence: Sentence, historicalPresent = false, lowerCase = false, closing = false): Voice {
  const tokens = sentence.tokens;
  // bulletAction reads the first token only, so it goes first: noteAction scans the whole sentence.
  // "What I did: asked the supervisor for a trial": a note after the Action label drops its "I" as a bullet does.
  const noteAt = bulletAction(tokens);
  // "Then trained the other five technicians": an opener such as "then" may come before the note's verb.
  const noted = noteAt >= 0 && (sentence.bullet === true || sentence.label === 'action' || noteAction(tokens, lowerCase));
  if (!noted && !tokens.some((t) => VOICE_TRIGGERS.has(t.lower))) return NO_VOICE;
  const voice: Voice = { iActions: [], iDecisions: [], weActions: [], weDecisions: [], passive: [], hypothetical: [], iHabits: [] };
  // In a story told in the present, "I ring him and offer to move it if the customer complains" is a step, not a rule.
  const conditional = !historicalPresent && !tokens.some((t) => isPastVerb(t) || t.lower === 'was' || t.lower === 'were');
  const conditions = closing ? CLOSING_CONDITION_MARKERS : CONDITION_MARKERS;
  const habitMarkers = indexMarkers(tokens, HABIT_MARKERS, SENTENCE_HABITS);
  const conditionMarkers = conditional ? indexMarkers(tokens, conditions, CLAUSE_CLOSERS) : NO_MARKERS;
  const habitualAt = (i: number, k: number): boolean => markerNear(habitMarkers, i, k) || markerNear(conditionMarkers, i, k);
  // For "we": any such word in the sentence, as before.
  const habitual = habitMarkers !== NO_MARKERS || conditionMarkers !== NO_MARKERS;
  // "Now, before a new subject, I read last year's exam first": a habit word opening the sentence governs a verb that
  // reads as past or present.
  // "I put an exit point in every long proposal now": so does one closing it.
  const habitAtEdge = HABIT_MARKERS.has(tokens[0]?.lower ?? '') || HABIT_MARKERS.has(tokens[tokens.length - 1]?.lower ?? '');
  let hasI = noted;
  if (noted) {
    voice.iActions.push(tokens[noteAt] as Token);
    if (isDecision(tokens, noteAt)) voice.iDecisions.push(tokens[noteAt] as Token);
  }
  // "My call: leave the usual grounds, steam south", "My decision was to close the line": the speaker's own call, named.
  const called = namedCall(tokens);
  if (called !== undefined) {
    voice.iActions.push(called);
    voice.iDecisions.push(called);
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const lower = token.lower;
    if (lower === 'i' || lower === "i've" || lower === "i'd") {
      hasI = true;
      // "I sent a short email summarising what I had said": what the speaker did before, the object of this step.
      // "I passed on what I'd heard": what reached the speaker, the object of what they did with it.
      if (tokens[i - 1]?.lower === 'what' && (voice.iActions.length > 0 || perceivedAfter(tokens, i + 1))) continue;
      const k = verbAfter(tokens, i + 1);
      const verb = tokens[k];
      if (verb === undefined) continue;
      const waitedNot = notWaiting(tokens, k);
      if (waitedNot >= 0) {
        voice.iActions.push(tokens[waitedNot] as Token);
        voice.iDecisions.push(tokens[waitedNot] as Token);
        continue;
      }
      // "I did not speak, Monsieur Favre did everything": kept out of it. ("I did not touch the meat" and "I did not
      // agree" are the speaker's calls.)
      if (keptOut(tokens, k)) continue;
      // "So the results were better, I would say, and...": a hedge on a claim, not a plan.
      if (noPlanAt(tokens, i)) continue;
      // "If I'd kept pouring, 18 people would have drunk faulty wine": the course not taken, weighed afterwards.
      if (tokens[i - 1]?.lower === 'if' && (lower === "i'd" || (verb.lower === 'had' && isParticiple(tokens[k + 1])))) continue;
      if (MODALS.has(verb.lower)) {
        // "I would have..." and "I should have..." look back on the story; they are reflection, not hypothesis.
        if (tokens[verbAfter(tokens, k + 1)]?.lower !== 'have') voice.hypothetical.push(verb);
        continue;
      }
      if (lower === "i'd" && !isParticiple(verb)) {
        voice.hypothetical.push(token);
        continue;
      }
      // "I'd put it in writing": "I had put" or "I would put", the form cannot tell, so it is neither a step nor a plan.
      if (lower === "i'd" && SAME_FORM_VERBS.has(verb.lower)) continue;
      const habitualHere = habitualAt(i, k);
      const action = lower === 'i' ? isPastVerb(verb) || (historicalPresent && !habitualHere && isPresentVerb(verb)) : isParticiple(verb);
      if (isSceneSetting(tokens, k) || takesALesson(tokens, k) || reliesOn(tokens, k) || keptGoing(tokens, k) || doneAsAsked(tokens, k)) continue;
      const habitHere = habitualHere || (closing && !historicalPresent && closesOnHabit(tokens, i, verb));
      if (lower === 'i' && habitHere && !negatedView(tokens, verb) && (isPresentVerb(verb) || habitInSameForm(tokens, k, habitAtEdge, closing))) {
        voice.iHabits.push(verb);
        continue;
      }
      const beingThere = action && onlyPresent(tokens, k);
      if (action && !STATE_VERBS.has(verb.stem) && !STATE_VERBS.has(verb.lower) && !beingThere) {
        voice.iActions.push(verb);
        if (isDecision(tokens, k)) voice.iDecisions.push(verb);
        // "I brought the notebook to his teacher and proposed three things": a choice joined to the step, with the same
        // subject, is the speaker's decision too.
        // Two "I" clauses before the same "and proposed" reach it both; it is counted once.
        const joined = lower === 'i' ? joinedStep(tokens, k + 1) : undefined;
        if (joined !== undefined && isDecision(tokens, joined.index) && !voice.iActions.includes(joined)) {
          voice.iActions.push(joined);
          voice.iDecisions.push(joined);
        }
        // "I built the pilot with two stations, wrote the checklist for station staff, and visited each one weekly":
        // the steps of a series that the speaker's "I" opens are the speaker's too.
        // "I saw on the WhatsApp group and heard from my supervisor": hearing after seeing is no step either.
        if (lower === 'i') for (const step of seriesSteps(tokens, k + 1)) if (!voice.iActions.includes(step) && !onlyPresent(tokens, step.index)) voice.iActions.push(step);
      } else if (lower === 'i' && verb.lower === 'had' && isParticiple(tokens[k + 1])) {
        voice.iActions.push(tokens[k + 1] as Token);
      } else if (lower === 'i' && verb.lower === 'had' && tokens[k + 1]?.lower === 'a' && LIGHT_STEPS.has(tokens[k + 2]?.lower ?? '')) {
        // "I had a look at some of the route information", "I had a word with the driver": a light step, as "I looked"
        // and "I talked" are.
        voice.iActions.push(verb);
      } else if (lower === 'i' && verb.lower === 'had' && madeOthersAct(tokens, k + 1)) {
        // "I had drivers note tank condition", "I had the nurses check": the speaker's call, others' hands.
        voice.iActions.push(verb);
      } else if (lower === 'i' && verb.lower === 'was' && tokens[k + 1]?.lower === 'able' && tokens[k + 2]?.lower === 'to') {
        voice.iActions.push(tokens[k + 1] as Token);
      } else if (lower === 'i' && verb.lower === 'was' && isGerundStep(tokens[k + 1]) && !TIME_CLAUSE.has(tokens[i - 1]?.lower ?? '') && !onlyPresent(tokens, k + 1) && !looksOnAfter(tokens, k + 2) && !postHeld(tokens, k + 1) && !whileItWentOn(tokens, k + 2) && !asEveryDay(tokens, k + 1) && !awaitingOrders(tokens, k + 1)) {
        // "I was staying longer on my visits to help her": a step told in the past continuous; "when I was training"
        // says when, and "I was restocking the fridges and I just watched how calm he was" what kept the speaker busy
        // while looking on.
        voice.iActions.push(tokens[k + 1] as Token);
      } else if (lower === 'i' && !habitualHere && !ASIDE_OPINIONS.has(verb.lower)) {
        // "I had a few talks with her and encouraged her to go again": the step after "and", with the same subject.
        // "She went through, I think, about 90 referrals and found...": the step after an aside is the subject's.
        const joined = joinedStep(tokens, k + 1);
        if (joined !== undefined && !onlyPresent(tokens, joined.index)) voice.iActions.push(joined);
        // "I sat in on the evening class, noted the questions and checked them with her": the steps after being there.
        // "I sat in on those discussions and watched the deliberations": looking on again is no step.
        if (beingThere) for (const step of seriesSteps(tokens, k + 1)) if (!voice.iActions.includes(step) && !onlyPresent(tokens, step.index)) voice.iActions.push(step);
      }
    } else if (lower === "i'll") {
      hasI = true;
      voice.hypothetical.push(token);
    } else if (lower === 'me' || lower === 'my' || lower === "i'm") {
      hasI = true;
    } else if (TEAM_SUBJECTS.has(lower) || lower === "we've" || lower === "we'd") {
      if (lower === 'team' && i > 0 && !['the', 'our', 'my', 'whole', 'entire'].includes((tokens[i - 1] as Token).lower)) continue;
      const k = verbAfter(tokens, i + 1);
      const verb = tokens[k];
      if (verb === undefined || STATE_VERBS.has(verb.stem) || STATE_VERBS.has(verb.lower) || UNDERGONE.has(verb.lower)) continue;
      if (receivedAtRate(tokens, k)) continue;
      // "but if we waited till noon and it hadn't, there was no fixing it": a condition weighed, not a step taken.
      if (tokens[i - 1]?.lower === 'if') continue;
      // "The way we tracked quotas was, every evening someone exported...": how things were done, named as a noun.
      if (tokens[i - 1]?.lower === 'way' && tokens[i - 2]?.lower === 'the') continue;
      // "Every Friday I measured what we made": the team's output, as the object of the speaker's step.
      if (tokens[i - 1]?.lower === 'what' && tokens.slice(Math.max(0, i - 5), i - 1).some((t) => t.lower === 'i')) continue;
      // "we always respected it", "we usually shipped on Fridays": how things were, the scene before the story.
      if (pastHabitBetween(tokens, i + 1, k)) continue;
      if (isPastVerb(verb) || (historicalPresent && !habitual && isPresentVerb(verb))) {
        voice.weActions.push(verb);
        if (isDecision(tokens, k)) voice.weDecisions.push(verb);
      }
    }
  }
  if (!hasI) {
    // "The search showed two parts had already been sold": a passive after this is what a check found, no step with its
    // actor hidden.
    const finding = tokens.findIndex((t) => FINDINGS.has(t.lower));
    for (let i = 0; i < tokens.length - 1; i++) {
      const token = tokens[i] as Token;
      if (!AUXILIARIES.has(token.lower)) continue;
      const k = verbAfter(tokens, i + 1);
      const verb = tokens[k];
      // "was undocumented", "was unexpected": an un- participle describes a state; nobody is hiding behind it.
      if (verb === undefined || NOT_PASSIVE.has(verb.lower) || !isParticiple(verb) || UN_PARTICIPLE.test(verb.lower)) continue;
      if (tokens[k + 1]?.lower === 'by' && tokens[k + 2]?.lower === 'me') continue;
      if (finding >= 0 && finding < i) continue;
      // "nothing has been built", "it was never fixed": nothing was done, so nobody is hiding behind it.
      if (tokens.slice(Math.max(0, i - 2), k).some((t) => NOTHING_DONE.has(t.lower))) continue;
      voice.passive.push(verb);
    }
  }
  return voice;
}

const TIME_CLAUSE = new Set(['when', 'while', 'as', 'since', 'whilst']);

/**
 * "mostly I was holding the umbrella and waiting for instructions": busy beside the work until told what to do, no
 * step of one's own.
 */
function awaitingOrders(tokens: readonly Token[], from: number): boolean {
  return tokens.slice(from, from + AWAITING_REACH).some((t, j) => t.lower === 'waiting' && tokens[from + j + 1]?.lower === 'for' && ORDERS.has(tokens[from + j + 2]?.lower ?? ''));
}
const AWAITING_REACH = 8;
const ORDERS = new Set(['instructions', 'orders', 'directions', 'instruction']);

/**
 * "I was handing out water to the guests while it was going on": kept busy beside the events, whoever handled them.
 */
function whileItWentOn(tokens: readonly Token[], from: number): boolean {
  return tokens.slice(from, from + WHILE_REACH).some((t, j) => t.lower === 'while' && WHAT_WENT_ON.has(tokens[from + j + 1]?.lower ?? '') && tokens.slice(from + j + 2, from + j + 6).some((w) => GOING_ON.has(w.lower)));
}
/** How far after the step its "while it was going on" may start. */
const WHILE_REACH = 12;
const WHAT_WENT_ON = new Set(['it', 'this', 'that', 'all']);
const GOING_ON = new Set(['going', 'happening', 'unfolding']);

/** A later "I" of the sentence that only looks on: "..., and I just watched how calm he was". */
function looksOnAfter(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < tokens.length; j++) {
    if (tokens[j]?.lower !== 'i') continue;
    const verb = verbAfter(tokens, j + 1);
    if (PERCEIVING.has(tokens[verb]?.lower ?? '') && onlyPresent(tokens, verb)) return true;
  }
  return false;
}

/**
 * "passed on what I'd heard", "what I had seen": a verb of taking in after the speaker, past perfect or not, as the
 * object of another verb. ("What I saw was a slow, exhausting suck" is the finding, told as the subject.)
 */
function perceivedAfter(tokens: readonly Token[], at: number): boolean {
  const k = verbAfter(tokens, at);
  const seen = tokens[k]?.lower === 'had' ? k + 1 : k;
  return PERCEIVING.has(tokens[seen]?.lower ?? '') && !tokens.slice(seen + 1, seen + 1 + WHAT_WAS_REACH).some((t) => t.lower === 'was' || t.lower === 'were');
}
const WHAT_WAS_REACH = 6;

/** Verbs by which a check reports what it found: a passive after one is the finding. */
const FINDINGS = new Set(['showed', 'shows', 'revealed', 'reveals', 'confirmed', 'proved']);
const NOTHING_DONE = new Set(['nothing', 'never', 'not']);

/** Gerunds after "I was" that set a scene or a plan rather than tell a step: "I was working as", "I was going to". */
const SCENE_GERUNDS = new Set(['working', 'living', 'studying', 'going', 'hoping', 'thinking', 'feeling', 'wondering', 'getting', 'being', 'doing', 'trying', 'waiting', 'running', 'using', 'looking', 'planning', 'expecting', 'struggling', 'starting', 'leading', 'managing', 'covering',
  // "I was rotating through the control centre", "I was shadowing the senior dispatcher": a placement, looking on.
  'rotating', 'shadowing', 'observing',
  // "I was helping to count the sheets", "I was helping carry stuff": a hand lent to someone else's work.
  'helping', 'assisting']);

/**
 * "where I was supervising the PO box section", "I was coordinating the trainee scheme": the post held, as "leading" is.
 * So is "I was supervising six clearing staff at the land port when one of my team filed...", broken into by what
 * happened. "I was coordinating a lot of it" and "I was supervising 64 buses" still tell the speaker at work.
 */
function postHeld(tokens: readonly Token[], at: number): boolean {
  if (!POST_GERUNDS.has(tokens[at]?.lower ?? '')) return false;
  // "the land port where I was supervising some of the clearing staff": the place, named by the post held there.
  if (tokens[at - 3]?.lower === 'where') return true;
  return POST_DETERMINERS.has(tokens[at + 1]?.lower ?? '') || tokens.slice(at + 1, at + 1 + BROKEN_INTO_REACH).some((t) => t.lower === 'when');
}
/** How far after the post its "when" may stand: "supervising six clearing staff at Benapole land port when". */
const BROKEN_INTO_REACH = 10;

const POST_GERUNDS = new Set(['supervising', 'coordinating', 'overseeing', 'heading']);
const POST_DETERMINERS = new Set(['the', 'our', 'their']);

function isGerundStep(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.lower.length > 5 && token.lower.endsWith('ing') && !SCENE_GERUNDS.has(token.lower);
}

/** Within the clause after a verb of "I": "and" followed at once by a past verb (no new subject between). */
function joinedStep(tokens: readonly Token[], from: number): Token | undefined {
  for (let k = from; k < Math.min(tokens.length - 1, from + 14); k++) {
    const lower = (tokens[k] as Token).lower;
    if (NEW_CLAUSE.has(lower)) return undefined;
    const next = tokens[k + 1];
    // "I thought it was a good example, how Rosa just took it and ran with it": someone else's clause, told in the past,
    // whose "and" goes on with it. ("I rang two farms about how they handle losses, and asked..." comes back.)
    if (lower === 'how' && next !== undefined && (OTHER_SUBJECTS.has(next.lower) || startsCapital(next))) {
      // "watching how Riikka and Jussi handled the pressure and kept everyone calm": two named people the same.
      const subjectEnd = startsCapital(next) && tokens[k + 2]?.lower === 'and' && startsCapital(tokens[k + 3]) ? k + 3 : k + 1;
      if (tokens.slice(subjectEnd + 1, subjectEnd + 3).some((t) => isPastVerb(t))) return undefined;
    }
    // "I heard from the others that he found a plastic bag and pulled it out himself": the news, in someone else's clause.
    if (NEWS_VERBS.has(tokens[from - 1]?.lower ?? '') && THIRD_PERSONS.has(lower) && isPastVerb(next)) return undefined;
    if (lower !== 'and' || next === undefined || !isPastVerb(next)) continue;
    if (!STATE_VERBS.has(next.stem) && !STATE_VERBS.has(next.lower) && !PARTICIPLE_ONLY.has(next.lower)) return next;
  }
  return undefined;
}

/** Verbs of news taken in, after which a clause of someone else's is what was told: "heard that he found". */
const NEWS_VERBS = new Set(['heard', 'learned', 'learnt', 'read']);
const THIRD_PERSONS = new Set(['he', 'she', 'they']);

/** Subjects that open a clause of someone else's inside a series: its verbs are theirs. */
const OTHER_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'it', 'you', 'who', 'that', 'everyone', 'nobody', 'someone']);

/**
 * Past verbs that carry on the series after a verb of "I" within its sentence, each right after "and" or a comma ("...,
 * wrote the checklist, and visited each one"), until another clause or subject begins.
 */
function seriesSteps(tokens: readonly Token[], from: number): Token[] {
  const steps: Token[] = [];
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (NEW_CLAUSE.has(token.lower) || OTHER_SUBJECTS.has(token.lower) || token.lower === 'i') break;
    const previous = tokens[k - 1] as Token;
    const afterComma = pausedBefore(tokens, k) && previous.lower !== 'and';
    if (!(previous.lower === 'and' || afterComma) || !isPastVerb(token) || tokens[k + 1]?.lower === 'by') continue;
    if (!STATE_VERBS.has(token.stem) && !STATE_VERBS.has(token.lower) && !PARTICIPLE_ONLY.has(token.lower) && !VAGUE_STEPS.has(token.lower)) steps.push(token);
  }
  return steps;
}

/** "I went and looked", "I went, met them, listened", "and let him vent": moving about, taking part and letting be, which a series adds nothing to. */
const VAGUE_STEPS = new Set(['went', 'came', 'looked', 'talked', 'spoke', 'listened', 'met', 'worked', 'got', 'took', 'tried', 'helped', 'sat', 'saw', 'stayed', 'kept', 'let', 'attended']);

/** Being at someone else's event: "I attended the review", "a training day ..., which I was attending". */
const ATTENDING = new Set(['attended', 'attend', 'attends', 'attending']);
/** Taking in what others did: "I saw how the bookings were handled", "a lot of it I heard about at handover". */
const PERCEIVING = new Set(['saw', 'heard', 'watched', 'witnessed', 'seeing', 'watching', 'hearing']);
/** "heard a lot of it", "saw most of it", "heard some of that": a share of what went on. */
function shareOfIt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower;
  // "a lot of it", "a bit of it through the door".
  if (word === 'a') return tokens[at + 1]?.lower === 'lot' || (tokens[at + 1]?.lower === 'bit' && tokens[at + 2]?.lower === 'of');
  if (!SHARES.has(word ?? '') || tokens[at + 1]?.lower !== 'of') return false;
  // "I heard most of the details in the team meeting": the news of it, in part.
  return GOINGS_ON.has(tokens[at + 2]?.lower ?? '') || (tokens[at + 2]?.lower === 'the' && NEWS_OF_IT.has(tokens[at + 3]?.lower ?? ''));
}
const NEWS_OF_IT = new Set(['details', 'story', 'news', 'updates']);

/** "the surveyor walking around", "our engineers testing the bolts": a person at work, told with the "-ing" form. */
function personAtWork(tokens: readonly Token[], at: number): boolean {
  if (!SEEN_LEADS.has(tokens[at]?.lower ?? '')) return false;
  return namesPerson(tokens[at + 1]?.lower ?? '') && isGerundStep(tokens[at + 2]);
}

/** A person or people by their role: "surveyor", "the drivers", "manager" ("the trailers", "the others" are not). */
function namesPerson(word: string): boolean {
  return (PERSON_WORDS.test(word) || ONE_PERSON.test(word)) && !NOT_PEOPLE.has(word.replace(/s$/, ''));
}
const SHARES = new Set(['most', 'much', 'all', 'some', 'plenty']);
const GOINGS_ON = new Set(['it', 'this', 'that', 'them', 'those']);

/** "saw her visit", "watched their launch": someone else's doing, seen ("watched her for a day" watches her). */
function othersDoing(tokens: readonly Token[], at: number): boolean {
  const done = tokens[at + 1];
  return THIRD_PERSON_POSSESSIVES.has(tokens[at]?.lower ?? '') && done !== undefined && done.kind === 'word' && !FUNCTION_WORDS.has(done.lower);
}
const THIRD_PERSON_POSSESSIVES = new Set(['her', 'his', 'their']);
/** Meetings of others, which a speaker who watched them only looked on at. */
const GATHERINGS = new Set(['deliberations', 'discussions', 'discussion', 'meeting', 'meetings', 'session', 'sessions', 'presentation', 'presentations', 'demonstration', 'debate', 'debates', 'rehearsal', 'rehearsals', 'negotiations', 'hearing', 'hearings', 'proceedings']);
const GATHERING_REACH = 5;
/** "the meeting notes", "the session plan": a thing named by the meeting, which reading is a step. */
const NAMED_BY_GATHERING = new Set(['notes', 'minutes', 'room', 'agenda', 'plan', 'plans', 'slides', 'recording', 'recordings', 'pack', 'papers', 'report', 'reports', 'schedule']);
/** How far after the verb "being" may stand in "saw the new bench being opened". */
const BEING_REACH = 5;
/** Something "being" done by others, a few words after the verb of seeing: "saw the new bench being opened". */
function beingDone(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(at, at + BEING_REACH).some((t, i) => t.lower === 'being' && isParticiple(tokens[at + i + 1]));
}

/** "saw the numbers come up", "watched the level drop": something happening, seen, told with its bare verb. */
function eventSeen(tokens: readonly Token[], at: number): boolean {
  const determiner = tokens[at]?.lower ?? '';
  if (!SEEN_LEADS.has(determiner)) return false;
  // "I saw the customers coming in angry": the same, told with its "-ing" form.
  return tokens.slice(at + 2, at + 4).some(happening);
}
function happening(token: Token | undefined): boolean {
  return token !== undefined && (HAPPENING.has(token.lower) || HAPPENING_ON.has(token.lower));
}
/** Words that open what was seen: "the numbers", "their launch", "our engineers". */
const SEEN_LEADS = new Set(['the', 'our', 'their', 'its', 'his', 'her']);
const SEEN_OUTCOMES = new Set(['difference', 'change', 'improvement', 'effect', 'results', 'measurements', 'readings', 'figures', 'numbers']);
const HAPPENING = new Set(['come', 'go', 'rise', 'fall', 'drop', 'climb', 'appear', 'change', 'turn', 'pass', 'fail', 'start', 'stop', 'move', 'happen', 'settle', 'light', 'unfold', 'develop', 'escalate', 'spread']);
const HAPPENING_ON = new Set(['coming', 'going', 'rising', 'falling', 'dropping', 'climbing', 'appearing', 'changing', 'turning', 'passing', 'failing', 'starting', 'stopping', 'moving', 'happening', 'settling', 'unfolding', 'developing', 'escalating', 'spreading']);

/** "saw the new rules when they were switched on", "saw the new screens when they went live": seen on arrival. */
function seenAsItCame(tokens: readonly Token[], at: number): boolean {
  if (!['the', 'our', 'their', 'its'].includes(tokens[at + 1]?.lower ?? '')) return false;
  return tokens.slice(at + 2, at + 2 + SEEN_WHEN_REACH).some((t, i) => t.lower === 'when' && ARRIVING_THINGS.has(tokens[at + 3 + i]?.lower ?? '') && ARRIVED.has(tokens[at + 4 + i]?.lower ?? ''));
}
const SEEN_WHEN_REACH = 4;
const ARRIVING_THINGS = new Set(['it', 'they']);
const ARRIVED = new Set(['was', 'were', 'went', 'came', 'arrived']);

/** "by email", "in the post", "on WhatsApp", within a few words of `from`: how something reached the speaker. */
function sentBy(tokens: readonly Token[], from: number): boolean {
  // "in the post": one word may stand between.
  return tokens.slice(from, from + SENT_BY_REACH).some((t, i) => SENT_BY.has(t.lower) && [tokens[from + i + 1], tokens[from + i + 2]].some((w) => POST.has(w?.lower ?? '')));
}
const SENT_BY_REACH = 5;
const SENT_BY = new Set(['by', 'in', 'on', 'via']);
const POST = new Set(['email', 'e-mail', 'mail', 'post', 'whatsapp', 'message', 'text', 'fax', 'courier']);

/** A briefing received within a few words of "got", not one the speaker got done ("got the report finished"). */
function briefedWith(tokens: readonly Token[], at: number): boolean {
  const briefing = tokens.findIndex((t, i) => i > at && i <= at + BRIEFING_REACH && BRIEFINGS.has(t.lower));
  return briefing > 0 && !isParticiple(tokens[briefing + 1]);
}
const BRIEFING_REACH = 4;
/** What keeps someone informed: "received the notes", "received the weekly updates". */
const BRIEFINGS = new Set([
  'notes', 'minutes', 'updates', 'update', 'emails', 'newsletter', 'newsletters', 'summary', 'summaries', 'copy', 'copies', 'report', 'reports', 'briefing', 'briefings',
  // "I got a message on the team WhatsApp group", "I received the new documents": told, or sent the papers.
  'message', 'messages', 'email', 'text', 'documents', 'document', 'memo', 'circular', 'paperwork',
  // "I received the sheet and was told it is valid from the next series": the new sheet, letter or notice sent out.
  'sheet', 'sheets', 'letter', 'letters', 'notice', 'notices', 'instructions', 'invitation',
  // "i got a printed guide": the handout of a change made by others.
  'guide', 'handout', 'leaflet', 'manual',
]);
/** Whom the speaker sent on to someone else: "told them to ask Núria". */
const TOLD_ON = new Set(['them', 'him', 'her', 'people', 'everyone']);
/** Who set the work the speaker did as told: "I did what they told me", "what she asked". */
const TELLERS = new Set(['they', 'he', 'she', 'we', 'you', 'i', 'someone', 'everyone']);
const TOLD_TO_DO = new Set(['told', 'asked', 'said', 'wanted', 'needed']);
const RELAYING = new Set(['told', 'passed', 'repeated', 'relayed', 'gave']);

/**
 * "told them what Hagop told me to say", "passed on what the manager said": what someone else said, handed on. ("I
 * told them what I had found" tells the speaker's own finding.)
 */
function relaysWords(tokens: readonly Token[], from: number): boolean {
  const what = tokens.slice(from, from + RELAYED_REACH).findIndex((t) => t.lower === 'what');
  if (what < 0) return false;
  const teller = tokens[from + what + 1];
  if (teller === undefined || teller.lower === 'i' || teller.lower === 'we') return false;
  // "what the manager said": a person by their role, with its article ("what the policy said" is the rule, explained).
  if (teller.lower === 'the' || teller.lower === 'my' || teller.lower === 'our') return namesPerson(tokens[from + what + 2]?.lower ?? '') && SAID_TO.has(tokens[from + what + 3]?.lower ?? '');
  return (startsCapital(teller) || TELLERS.has(teller.lower)) && SAID_TO.has(tokens[from + what + 2]?.lower ?? '');
}
/** What someone said for the speaker to pass on: "what Hagop told me to say", "what the manager said". */
const SAID_TO = new Set(['told', 'asked', 'said', 'wanted']);
/** How far after the verb its "what" may stand: "told the customers what", "passed on what". */
const RELAYED_REACH = 4;
/** Sent on to someone else: "told them to ask Núria", "to see the manager". */
const SENT_ON_TO = new Set(['ask', 'see']);
/** Whose papers were sent round: "the reports", "their updates". */
const SENT_ROUND_BY = new Set(['the', 'their', 'his', 'her', 'its']);
/** What is sent round to keep people informed, as distinct from what one looks up ("the manual", "the logs"). */
const SENT_ROUND = new Set(['notes', 'minutes', 'updates', 'update', 'emails', 'newsletter', 'newsletters', 'summary', 'summaries', 'report', 'reports', 'briefing', 'briefings', 'memo', 'circular']);
/** "a time I saw", "an example I saw": what the story is, named as something witnessed. */
const WITNESSED = new Set(['time', 'example', 'moment', 'case']);
/** How far after the verb of looking its "every day" may start: "saw the board every day". */
const ROUTINE_REACH = 5;
/** How far after the verb of looking its "from the side" may start: "watching all this from the side". */
const SIDELINE_REACH = 4;
const SIDELINES = new Set(['side', 'sides', 'sidelines', 'sideline', 'outside', 'back']);
/** The verb of a clause heard: "heard the method was used". */
const REPORTED_BE = new Set(['was', 'were', 'had', 'is', 'are']);
/** How far after "heard" the clause's verb may stand: "heard the new method was". */
const HEARD_CLAUSE_REACH = 6;
/** "so I got to see how it was going": let in to watch. */
const PERCEIVING_NOW = new Set(['see', 'hear', 'watch']);
const GOING = new Set(['went', 'came']);
/** "had a look", "had a word", "had a chat": a light step of the speaker's own. */
const LIGHT_STEPS = new Set(['look', 'word', 'chat', 'talk']);
/** "got told", "got informed": what reached the speaker, told as a passive with "got". */
const KEPT_INFORMED = new Set(['told', 'informed', 'briefed', 'updated', 'shown', 'copied', 'notified', 'cc\'d']);
/** What may follow "kept informed": when, how or about what ("at the meetings", "by email", "on progress"). */
const AFTER_INFORMED = new Set(['on', 'about', 'of', 'at', 'by', 'through', 'throughout', 'during', 'until', 'via', 'and', 'but', 'so', 'in', 'every', 'each', 'as']);
/** What one follows from outside: "followed the whole process", "followed the case", "followed the progress". */
const FOLLOWED_FROM_OUTSIDE = new Set(['process', 'case', 'progress', 'developments', 'news', 'story', 'rollout', 'roll-out', 'pilot', 'trial', 'launch', 'changes']);
const AS_TOLD = new Set(['that', 'it', 'them', 'this', 'instructions', 'orders', 'rules', 'guidance']);
const STANDING_BY = new Set(['standing', 'stood', 'sitting', 'sat']);
const BESIDE = new Set(['next', 'beside', 'alongside', 'behind']);
const RELATIVES = new Set(['which', 'that']);
/** "went to most of those", "went to all the sessions": a share of a series of meetings, attended. */
const SHARE_OF = new Set(['most', 'all', 'some', 'every', 'each', 'several', 'those']);

/**
 * Being there, or seeing how and hearing about, is no step of one's own: "I attended the weekly review calls", "a
 * workshop which I went along to", "a town hall meeting which I went to", "I went to most of those". "I attended to
 * the pump" is.
 */
function onlyPresent(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at]?.lower ?? '';
  const next = tokens[at + 1]?.lower;
  const after = tokens[at + 2];
  if (ATTENDING.has(verb)) return next !== 'to';
  // "Later, I heard, the method was used in another hall", "I heard that they had kept it": news, told as a clause
  // after the verb. ("I saw that most of the time was lost upstream" is a finding, which a step may be.)
  // "as I heard from the manager": news from someone.
  if (verb === 'heard' && (next === 'that' || next === 'from' || tokens.slice(at + 2, at + HEARD_CLAUSE_REACH).some((t) => REPORTED_BE.has(t.lower)))) return true;
  // "There was an argument, I heard, but she held her ground": the news, with the hearing set apart in commas.
  // "I was at the desk so I heard the call": someone else's call or talk, overheard ("I listened to every call" of a
  // trainee's is a review).
  if (verb === 'heard' && ((pausedBefore(tokens, at - 1) && closesClause(tokens, at + 1)) || (next === 'the' && OVERHEARD.has(after?.lower ?? '')))) return true;
  // "so I heard a lot of it", "I saw her visit": taking in what went on around, or what someone else did.
  // "I saw the new bench being opened", "simplification I saw up close": others at work, watched.
  if (PERCEIVING.has(verb)) {
    return (
      // "So yeah, that's a time I saw real ownership on our team": the story named as something witnessed.
      (tokens[at - 1]?.lower === 'i' && WITNESSED.has(tokens[at - 2]?.lower ?? '')) ||
      next === 'about' ||
      // "I saw the new briefing when it went live": the papers that kept the speaker informed, as "received" is.
      (verb === 'saw' && briefedWith(tokens, at)) ||
      next === 'how' ||
      shareOfIt(tokens, at + 1) ||
      othersDoing(tokens, at + 1) ||
      beingDone(tokens, at + 1) ||
      eventSeen(tokens, at + 1) ||
      // "I saw the difference: the actress started joking again": the outcome noticed, not brought about.
      (tokens[at + 1]?.lower === 'the' && SEEN_OUTCOMES.has(tokens[at + 2]?.lower ?? '')) ||
      (next === 'up' && after?.lower === 'close') ||
      // "I saw the new rules when they were switched on": what came in, seen as it came.
      seenAsItCame(tokens, at) ||
      // "I saw from that how important it is to be honest": a lesson drawn, no step.
      (next === 'from' && GOINGS_ON.has(after?.lower ?? '')) ||
      // "so I saw the whole thing": all of it, looked on.
      wholeThing(tokens, at + 1) ||
      // "what I know I saw on the WhatsApp group": news read where others posted it.
      // "so I heard it on the radio": the same, with what was heard named first.
      ((next === 'on' || (next === 'it' && after?.lower === 'on')) && tokens.slice(at + 2, at + 3 + CHANNEL_REACH).some((t) => NEWS_CHANNELS.has(t.lower))) ||
      // "I saw the rota on the board": what others posted, seen where it was put up.
      postedOn(tokens, at + 1) ||
      // "I was there for the whole time and saw it from the gatehouse": looked on from a place apart.
      // "I saw it happen", "watched it unfold", "saw it all happen": events seen, as "saw the numbers come up" are.
      // "so I saw it all happening": the same, with its "-ing" form.
      (WHOLE_OF_IT.has(next ?? '') && (after?.lower === 'from' || happening(after) || (after?.lower === 'all' && happening(tokens[at + 3])))) ||
      // "I was at the desk that day, so I heard everything", "I saw everything as it went": all of it, taken in.
      (next === 'everything' && (closesClause(tokens, at + 2) || tokens[at + 2]?.lower === 'as')) ||
      // "so I mostly saw it from there and heard the rest later": the rest of it, taken in afterwards.
      (next === 'the' && after?.lower === 'rest' && (closesClause(tokens, at + 3) || LATER_ON.has(tokens[at + 3]?.lower ?? ''))) ||
      // "I saw them go up at reception": what others put in place, seen as it happened.
      (next === 'them' && HAPPENING.has(after?.lower ?? '')) ||
      // "I saw the surveyor walking around and asking the team questions": someone else at work, looked on.
      personAtWork(tokens, at + 1) ||
      // "I saw the board every day": looked at as a matter of course.
      tokens.slice(at + 1, at + 1 + ROUTINE_REACH).some((t, k) => t.lower === 'every' && TIME_UNITS.has(tokens[at + 2 + k]?.stem ?? '')) ||
      // "I was watching all this from the side": looked on from outside the work.
      tokens.slice(at + 1, at + 1 + SIDELINE_REACH).some((t, k) => t.lower === 'from' && SIDELINES.has(tokens[at + 3 + k]?.lower ?? '') && tokens[at + 2 + k]?.lower === 'the') ||
      // "watched the mock deliberations through the one-way mirror": others' meeting, looked on.
      tokens.slice(at + 1, at + GATHERING_REACH).some((t) => GATHERINGS.has(t.lower) && !NAMED_BY_GATHERING.has(tokens[t.index + 1]?.lower ?? ''))
    );
  }
  // "I read the guide when it came out": the papers of a change, taken in as they arrived.
  if (verb === 'read' && seenAsItCame(tokens, at)) return true;
  // "I was copied into the emails through the day and read them in the evening": what was sent, read.
  if (verb === 'read' && tokens.slice(0, at).some((t) => t.lower === 'copied')) return true;
  // "I got the weekly tonnage reports by email": kept informed, as "received" is; "I got told about the changes at the
  // next meeting": told, a passive.
  if (verb === 'got') return (next === 'to' && PERCEIVING_NOW.has(after?.lower ?? '')) || briefedWith(tokens, at) || KEPT_INFORMED.has(next ?? '');
  // "so I followed all the process", "I followed the discussions closely": kept up with what others did.
  if (verb === 'followed' && tokens.slice(at + 1, at + 4).some((t) => FOLLOWED_FROM_OUTSIDE.has(t.lower) || GATHERINGS.has(t.lower))) return true;
  // "I was following in the WhatsApp group": keeping up from outside ("following up with each client" is a step).
  if (verb === 'following') return next !== 'up' && next !== 'through';
  // "so I kind of followed along": the same, told as keeping pace.
  if (verb === 'followed' && next === 'along') return true;
  // "My manager told me how to name the files and I followed that": doing as told.
  if (verb === 'followed' && (AS_TOLD.has(next ?? '') || (next === 'the' && AS_TOLD.has(after?.lower ?? '')))) return true;
  // "I was copied in on the emails and followed how it all unfolded", "I followed what was happening": kept up with it
  // from outside.
  // "I was copied into the emails and I followed the whole thing as it happened": all of it, looked on.
  if (verb === 'followed' && (next === 'how' || wholeThing(tokens, at + 1) || (next === 'what' && tokens.slice(at + 2, at + 4).some((t) => HAPPENING_ON.has(t.lower))))) return true;
  // "I was copied on the emails and took the minutes": the meeting's record kept, others' work in it.
  if (verb === 'took' && next === 'the' && after?.lower === 'minutes') return true;
  // "I was there every day and I did what they told me": doing as told.
  if (verb === 'did' && next === 'what' && TELLERS.has(after?.lower ?? '') && TOLD_TO_DO.has(tokens[at + 3]?.lower ?? '')) return true;
  // "I told them what Hagop told me to say": someone else's words, passed on.
  if (RELAYING.has(verb) && relaysWords(tokens, at + 1)) return true;
  // "I was standing next to the senior dispatcher for the whole event": being beside the ones who acted.
  if (STANDING_BY.has(verb) && BESIDE.has(next ?? '')) return true;
  // "I sat in on that call": attending; "from where I sat", a point of view. "I received the notes each week": kept
  // informed.
  // "i sat at the back with the other drivers", "I sat in the meeting": in the room while others decided.
  // "I sat in the workshop, mostly taking notes": in the room, the record kept.
  if (verb === 'sat') return (next === 'in' && after?.lower === 'on') || tokens[at - 2]?.lower === 'where' || satInTheRoom(tokens, at) || takingNotes(tokens, at + 1);
  if (verb === 'listened' || verb === 'listening') {
    return (
      // "I listened in on a couple of the calls", "I was listening in on a call during induction": the same, on a call.
      next === 'in' ||
      // "I was there for the site visit and I mostly listened", "When I visited I mostly just listened": the speaker's
      // part in someone else's meeting.
      (heardOutOnly(tokens, at) && closesClause(tokens, at + 1)) ||
      // "watched the incident unfold on the screens and listened to the radio traffic": what others said on the air;
      // "I was invited to attend and I listened to the discussion": someone else's meeting, heard.
      (next === 'to' && tokens.slice(at + 2, at + 5).some((t) => ON_THE_AIR.has(t.lower) || GATHERINGS.has(t.lower)))
    );
  }
  // "I was receiving the updates in the group chat": the same, as it went on.
  // "I only received the new scanner on my counter when it was ready": what reached the speaker, no more.
  // "I received the lab results by email": sent to the speaker.
  if (verb === 'received' || verb === 'receiving') return tokens.slice(at + 1, at + 4).some((t) => BRIEFINGS.has(t.lower)) || MOSTLY.has(tokens[at - 1]?.lower ?? '') || sentBy(tokens, at + 1);
  // "I was kept informed through our team meetings and read the reports": the papers sent round, read as they came
  // ("I read the manual of the new trolleybuses", "I read every incident report" go looking).
  if (verb === 'read' && SENT_ROUND_BY.has(next ?? '')) return tokens.slice(at + 2, at + 4).some((t) => SENT_ROUND.has(t.lower));
  // "I was copied on the final report and forwarded it to the other runners", "I passed on what I'd heard": relaying
  // what reached the speaker.
  if (verb === 'forwarded') return next === 'it' || next === 'them' || tokens.slice(at + 1, at + 4).some((t) => BRIEFINGS.has(t.lower));
  if (verb === 'passed' && next === 'on') return after === undefined || RELAYED.has(after.lower);
  // "When he rang, I passed the calls on to Janez": handed on to whoever dealt with it.
  if (verb === 'passed' && tokens.slice(at + 2, at + 2 + PASSED_ON_REACH).some((t) => t.lower === 'on' && tokens[t.index + 1]?.lower === 'to')) return true;
  // "sometimes the boys asked me about it and I told them to ask Núria or Jordi": sent on to whoever dealt with it.
  if (verb === 'told' && TOLD_ON.has(next ?? '') && after?.lower === 'to' && SENT_ON_TO.has(tokens[at + 3]?.lower ?? '')) return true;
  // "when people asked I repeated what Aroha had told us": another's words passed on.
  if (verb === 'repeated' && next === 'what') return true;
  // "I was included in the weekly meetings and copied on the email reports": the passive's second verb, kept informed.
  if (verb === 'copied') return next === 'on' || next === 'in' || next === 'into';
  // "I was copied on the emails and kept informed at the meetings": the passive's second verb, told without its "was"
  // ("kept updated records" keeps records).
  if (verb === 'kept') return KEPT_INFORMED.has(next ?? '') && (after === undefined || AFTER_INFORMED.has(after.lower));
  // "the full update from the duty manager when I came in on Monday": arriving at work, after it was over.
  if (verb === 'came' && next === 'in' && tokens[at - 2]?.lower === 'when') return true;
  // "and came over when it was mostly done": arriving once the work was over.
  if (verb === 'came' && arrivedWhenDone(tokens, at)) return true;
  if (!GOING.has(verb)) return false;
  if (next === 'along') return true;
  // "the meeting which I went to", "a strategy day which I went to and the senior team worked out a plan": the event
  // named before, attended; the clause ends at "to".
  const relativeEnd = RELATIVES.has(tokens[at - 2]?.lower ?? '') && (after === undefined || CLAUSE_JOINERS.has(after.lower));
  if (next === 'to' && (relativeEnd || SHARE_OF.has(after?.lower ?? ''))) return true;
  // "and I went to that, and she showed us how to check the logger": the event just named, attended.
  if (next === 'to' && POINTED.has(after?.lower ?? '') && closesClause(tokens, at + 3)) return true;
  // "I went to the training session she gave": someone else's gathering, attended.
  return next === 'to' && after?.lower === 'the' && tokens.slice(at + 3, at + 3 + SEAT_REACH).some((t) => GATHERINGS.has(t.lower) && !NAMED_BY_GATHERING.has(tokens[t.index + 1]?.lower ?? ''));
}

const CLAUSE_JOINERS = new Set(['and', 'but', 'so', 'where']);
const POINTED = new Set(['that', 'it']);
/** When the rest was taken in: "heard the rest later", "heard the rest from Ana". */
const LATER_ON = new Set(['later', 'afterwards', 'after', 'from']);
/** How far after "passed" its "on to" may stand: "passed the calls on to Janez". */
const PASSED_ON_REACH = 4;

/** "came over when it was mostly done", "came back when everything was over": the arrival after the work. */
function arrivedWhenDone(tokens: readonly Token[], at: number): boolean {
  const when = tokens.slice(at + 1, at + 4).find((t) => t.lower === 'when');
  return when !== undefined && tokens.slice(when.index + 1, when.index + 6).some((t) => ALL_DONE.has(t.lower));
}
const ALL_DONE = new Set(['done', 'over', 'finished', 'sorted', 'fixed']);
const NEWS_CHANNELS = new Set(['group', 'chat', 'channel', 'thread', 'emails', 'email', 'news', 'intranet', 'noticeboard', 'radio']);
const CHANNEL_REACH = 4;
const OVERHEARD = new Set(['call', 'conversation', 'argument', 'row']);
/** Where papers are put up for all to see: "on the board", "on the noticeboard". */
const POSTED_ON = new Set(['board', 'noticeboard', 'whiteboard']);
/** How many words the thing seen may take before "on the board": "the new rota on the board". */
const POSTED_REACH = 4;

/** "the rota on the board", "the new rules on the whiteboard": something seen where it was put up, from `from`. */
function postedOn(tokens: readonly Token[], from: number): boolean {
  return tokens.slice(from + 1, from + 1 + POSTED_REACH).some((t, j) => t.lower === 'on' && tokens[from + j + 2]?.lower === 'the' && POSTED_ON.has(tokens[from + j + 3]?.lower ?? ''));
}

/** "the whole thing", "the whole process": all of it, from `from`. */
function wholeThing(tokens: readonly Token[], from: number): boolean {
  return tokens[from]?.lower === 'the' && tokens[from + 1]?.lower === 'whole' && WHOLE_THINGS.has(tokens[from + 2]?.lower ?? '');
}
const WHOLE_OF_IT = new Set(['it', 'everything', 'all']);
const WHOLE_THINGS = new Set(['thing', 'process', 'story', 'time', 'episode', 'saga', 'situation']);

const SEAT_REACH = 5;

/** "sat at the back", "sat in the audience", "sat in the meeting": a seat among the ones who listened. */
function satInTheRoom(tokens: readonly Token[], at: number): boolean {
  if (tokens[at + 1]?.lower === 'at' && tokens[at + 2]?.lower === 'the' && tokens[at + 3]?.lower === 'back') return true;
  // "sat in one of the training sessions": the gathering may come after "one of the".
  return tokens[at + 1]?.lower === 'in' && tokens.slice(at + 2, at + 2 + SEAT_REACH).some((t) => GATHERINGS.has(t.lower) || t.lower === 'audience');
}

/** "..., mostly taking notes", "and took notes": the record kept of what others said, within a few words from `from`. */
function takingNotes(tokens: readonly Token[], from: number): boolean {
  return tokens.slice(from, from + NOTES_REACH).some((t, j) => NOTE_TAKING.has(t.lower) && tokens[from + j + 1]?.lower === 'notes');
}
const NOTES_REACH = 8;
const NOTE_TAKING = new Set(['taking', 'took', 'making', 'made']);

/** Words that make a verb all the speaker did: "I mostly listened", "I only received the new scanner". */
const MOSTLY = new Set(['mostly', 'mainly', 'largely', 'just', 'only', 'simply', 'merely']);

/**
 * "I mostly just listened", "I was in the meeting and I listened", "Mariela explained the new test in the meeting, and I
 * listened": listening said to be all the speaker did there. ("First, I listened" is a step chosen.)
 */
function heardOutOnly(tokens: readonly Token[], at: number): boolean {
  if (MOSTLY.has(tokens[at - 1]?.lower ?? '') || MOSTLY.has(tokens[at - 2]?.lower ?? '')) return true;
  // The line's close, after someone else's telling, or after a seat among the listeners ("I sat at the back with the
  // other supervisors and listened").
  if (tokens[at + 1] === undefined && (tokens[at - 1]?.lower === 'and' || (tokens[at - 2]?.lower === 'and' && tokens[at - 1]?.lower === 'i'))) return true;
  return tokens.slice(0, at).some((t, j) => t.lower === 'was' && tokens[j - 1]?.lower === 'i' && BEING_AT.has(tokens[j + 1]?.lower ?? ''));
}
const BEING_AT = new Set(['in', 'at', 'there']);
const RELAYED = new Set(['what', 'it', 'the', 'that', 'messages', 'news', 'updates']);
const ON_THE_AIR = new Set(['radio', 'traffic', 'chatter', 'channel', 'scanner', 'broadcast']);

/** Words that open another clause, whose verbs need a subject of their own. */
const NEW_CLAUSE = new Set(['but', 'because', 'so', 'which', 'when', 'if']);

/** Past forms that after "and" usually describe rather than act: "and involved", "and based". */
const PARTICIPLE_ONLY = new Set(['involved', 'based', 'used', 'supposed', 'interested', 'worried', 'concerned', 'tired', 'frustrated', 'pleased', 'surprised', 'excited', 'limited', 'needed', 'required']);

/** People, then a verb that is no participle: "had drivers note", "had the two nurses check"; not "had two staff off sick". */
function madeOthersAct(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k < at + 3 && (DETERMINERS_OR_COUNTS.has(tokens[k]?.lower ?? '') || tokens[k]?.kind === 'number')) k++;
  const people = tokens[k];
  const verb = tokens[k + 1];
  // "had the manufacturer certify my two shift leads": one person, named by their trade with its article.
  const onePerson = people !== undefined && k > at && ONE_PERSON.test(people.lower) && !NOT_PEOPLE.has(people.lower);
  return people !== undefined && (PERSON_WORDS.test(people.lower) || onePerson) && verb !== undefined && verb.kind === 'word' && !FUNCTION_WORDS.has(verb.lower) && !isParticiple(verb) && !verb.lower.endsWith('ing') && !NOT_VERBS_AFTER_PEOPLE.has(verb.lower);
}

/** People by their role in any trade: "drivers", "the nurses", "two volunteers", "the team". */
const PERSON_WORDS = /^(?:\w+(?:ers|ors|ists|ants|ents|ees|ians|men|women)|staff|team|crew|nurses|mechanics|medics|chefs|cooks|guards|pilots|everyone|everybody|pupils|kids|children|people|colleagues|volunteers|juniors|trainees|apprentices)$/;
/** One person by their trade: "the manufacturer", "our accountant", "the electrician". */
const ONE_PERSON = /^(?:\w{3,}(?:er|or|ist|ian)|agent|client|consultant|assistant|accountant|attendant|resident|student|patient|tenant|sergeant|merchant|applicant|deputy|chef|nurse|vet|guide|medic|coach|boss)$/;
/** Words in -er or -or that name a thing or a time, not a person: "had the water tested", "had the other". */
const NOT_PEOPLE = new Set(['other', 'number', 'water', 'paper', 'order', 'power', 'matter', 'letter', 'answer', 'winter', 'summer', 'center', 'centre', 'meter', 'filter', 'container', 'printer', 'computer', 'server', 'folder', 'register', 'counter', 'trailer', 'tractor', 'motor', 'sensor', 'monitor', 'door', 'floor', 'error', 'factor', 'sector', 'color', 'colour', 'favour', 'favor', 'honour', 'labour', 'labor', 'harbour', 'harbor', 'corridor', 'indicator', 'generator', 'elevator', 'radiator', 'calculator', 'refrigerator', 'compressor', 'processor', 'quarter', 'chapter', 'cluster', 'layer', 'river', 'cover', 'poster', 'banner', 'barrier', 'border', 'charter', 'roster', 'tender', 'timer', 'trigger', 'weather', 'dinner', 'list', 'checklist', 'playlist', 'wishlist']);
const DETERMINERS_OR_COUNTS = new Set(['the', 'my', 'our', 'two', 'three', 'both', 'all', 'every', 'each', 'a']);
/** Words after "had drivers" that are no verb: "had drivers off sick", "had staff on leave". */
const NOT_VERBS_AFTER_PEOPLE = new Set(['off', 'on', 'in', 'out', 'who', 'that', 'from', 'with', 'at', 'for', 'sick', 'available', 'left', 'to', 'and', 'but', 'or', 'already', 'still', 'ready', 'aware', 'busy', 'free', 'there', 'here', 'happy', 'too', 'as', 'of', 'by', 'over', 'under', 'about']);

/** Verbs by which a speaker grades themself: "it showed that I care", "this proved I can stay calm". */
const SELF_GRADING = new Set(['showed', 'shows', 'proved', 'proves', 'demonstrated', 'demonstrates']);

/** "It showed that I can stay calm": a sentence that grades the speaker rather than reporting what happened. */
/** What may follow a "say" said in passing: nothing, or the next clause's conjunction. */
const ASIDE_FOLLOWERS = new Set(['and', 'but', 'so', 'because']);

/** The modals of a remark in passing: "I would say", "I can tell you", "I must say". */
const ASIDE_MODALS = new Set(['would', 'can', 'must']);

/**
 * A modal after the speaker's "I" at `i` that tells no plan: a remark in passing ("I would say"), what the speaker could
 * do at the time, or a past habit. Read alike for the hypothetical clauses here and the lexicon's hypothetical phrases.
 */
export function noPlanAt(tokens: readonly Token[], i: number): boolean {
  return sayingAside(tokens, i) || couldThen(tokens, i) || wouldOfPastHabit(tokens, i);
}

/**
 * "I was flexible where I could be", "I checked what I could", "whenever I could", "so I could offer good prices": what
 * the speaker was able to do at the time, as far as it went, or what a step was for, not what they would do. `i` is the
 * index of "I".
 */
function couldThen(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === 'i' && tokens[i + 1]?.lower === 'could' && COULD_THEN_LEADS.has(tokens[i - 1]?.lower ?? '');
}

const COULD_THEN_LEADS = new Set(['where', 'wherever', 'whenever', 'what', 'whatever', 'everything', 'anything', 'all', 'best', 'than', 'so', 'that']);

/**
 * "Whenever she came, I would explain what each medicine was for": "would" for what the speaker used to do each time
 * something happened, told in the past, not a plan. `i` is the index of "I" (or "I'd").
 */
function wouldOfPastHabit(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i]?.lower;
  if (!(lower === "i'd" || (lower === 'i' && tokens[i + 1]?.lower === 'would'))) return false;
  const each = tokens.findIndex((t, k) => k < i && (t.lower === 'whenever' || ((t.lower === 'every' || t.lower === 'each') && tokens[k + 1]?.lower === 'time')));
  return each >= 0 && tokens.slice(each + 1, i).some((t) => isPastVerb(t) || t.lower === 'was' || t.lower === 'were');
}

/**
 * "I would say", "I'd say", "I can tell you" or "I have to say" at `i` closing its clause ("the results were better, I
 * would say, and ...", "a lot of late nights, I can tell you."): the speaker hedges or stresses a claim. "I would say to
 * the client that..." tells what they would do, and stays a hypothesis.
 */
function sayingAside(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i]?.lower;
  const next = tokens[i + 1]?.lower ?? '';
  let say = -1;
  if (first === "i'd") say = i + 1;
  else if (first === 'i' && ASIDE_MODALS.has(next)) say = i + 2;
  else if (first === 'i' && next === 'have' && tokens[i + 2]?.lower === 'to') say = i + 3;
  const verb = tokens[say]?.lower;
  if (verb !== 'say' && !(verb === 'tell' && tokens[say + 1]?.lower === 'you')) return false;
  const after = tokens[verb === 'tell' ? say + 2 : say + 1];
  return after === undefined || ASIDE_FOLLOWERS.has(after.lower);
}

export function gradesSpeaker(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!SELF_GRADING.has((tokens[i] as Token).lower)) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
      const lower = (tokens[k] as Token).lower;
      if (lower === 'i' || lower === 'me') return true;
    }
  }
  return false;
}
