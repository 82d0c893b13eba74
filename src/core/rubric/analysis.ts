import { BUILT_IN, FIRST_PLURAL, FIRST_SINGULAR, IRREGULAR_PAST, LEXICON_MATCHER, type LexiconCategory } from './lexicon.js';
import { glued } from './number-forms.js';
import { findNumbers, type NumberMention } from './numbers.js';
import type { PhraseHit } from './phrases.js';
import { analyzeText, type Doc, type Sentence, type Token } from './text.js';
import { analyzeVoice, doneAsAsked, isPastVerb, MODALS, noPlanAt, presentTenseSteps, type Voice } from './voice.js';

/** Everything the criteria read about one sentence, computed once. */
export interface SentenceFacts {
  sentence: Sentence;
  hits: PhraseHit<LexiconCategory>[];
  voice: Voice;
  numbers: NumberMention[];
}

export interface Analysis {
  doc: Doc;
  facts: SentenceFacts[];
  /** Readings derived from this analysis by later steps (see analysisSlot), so they live exactly as long as it does. */
  readonly derived: Map<symbol, unknown>;
}

/**
 * A place on each Analysis for one derived reading, computed once per answer and shared by the criteria that need
 * it. Not a WeakMap keyed by the analysis: V8's young-generation collections keep a WeakMap's entries alive until a
 * full collection, so every answer's readings were promoted to the old space, which made one call in a hundred wait
 * several milliseconds for a scavenge.
 */
export interface AnalysisSlot<V> {
  get(analysis: Analysis): V | undefined;
  set(analysis: Analysis, value: V): void;
}

export function analysisSlot<V>(name: string): AnalysisSlot<V> {
  const key = Symbol(name);
  return {
    get: (analysis) => analysis.derived.get(key) as V | undefined,
    set: (analysis, value) => {
      analysis.derived.set(key, value);
    },
  };
}

/** The answer's last sentences, where a story ends on what it left: a habit, a lesson. */
const CLOSING_SENTENCES = 2;

export function analyzeAnswer(answer: string): Analysis {
  const doc = analyzeText(answer);
  const lowerCase = typedInLowerCase(doc.sentences);
  const closingFrom = doc.sentences.length - CLOSING_SENTENCES;
  const voices = doc.sentences.map((sentence, i) => analyzeVoice(sentence, false, lowerCase, i >= closingFrom));
  const present = toldInHistoricalPresent(doc.sentences, voices);
  const facts = doc.sentences.map((sentence, i) => ({
    sentence,
    hits: withoutMisreadHits(sentence.tokens, LEXICON_MATCHER.match(sentence.tokens), present),
    voice: present ? analyzeVoice(sentence, true, lowerCase, i >= closingFrom) : (voices[i] as Voice),
    numbers: findNumbers(sentence),
  }));
  for (let i = 1; i < facts.length; i++) {
    const terms = facts[i] as SentenceFacts;
    if (proposalTerms(facts[i - 1] as SentenceFacts, terms)) terms.numbers = terms.numbers.map(asTarget);
  }
  return { doc, facts, derived: new Map() };
}

/** What the speaker puts forward, named: "I put together a proposal", "I went to the owner with two changes". */
const PROPOSALS = new Set(['proposal', 'changes', 'plan']);
/** The speaker's own verbs of putting something forward: "I proposed", "I suggested". */
const PROPOSING = new Set(['proposed', 'suggested', 'pitched', 'recommended']);
const OUTCOME_CATEGORIES: ReadonlySet<LexiconCategory> = new Set(['outcome', 'resultMarker', 'vagueResult', 'changeVerb']);
const SUBJECTS_BEFORE_VERB = new Set(['i', 'we', 'he', 'she', 'they', 'it', "he's", "she's", "it's", "they've", "we've", 'has', 'have', 'had']);

/**
 * "I put together a proposal to turn it into a morning hub. Opening at seven instead of ten, a pharmacy technician in
 * the lounge...": right after the speaker puts something forward, a line with no verb of its own lists its terms, so
 * its figures are what was proposed, not what happened.
 */
function proposalTerms(before: SentenceFacts, line: SentenceFacts): boolean {
  if (line.numbers.length === 0 || before.voice.iActions.length === 0) return false;
  // "Result: Zero dropouts on days two and three": a line the speaker heads as the outcome reports it.
  if (line.sentence.label === 'result') return false;
  const proposes = before.sentence.tokens.some((t) => PROPOSALS.has(t.lower)) || before.voice.iActions.some((verb) => PROPOSING.has(verb.lower));
  if (!proposes) return false;
  const { voice } = line;
  if (voice.iActions.length + voice.weActions.length + voice.hypothetical.length > 0) return false;
  // "complaints dropped by half", "he left a review and he's referred three couples since": what happened.
  if (line.hits.some((hit) => OUTCOME_CATEGORIES.has(hit.category))) return false;
  const tokens = line.sentence.tokens;
  return !tokens.some((t, i) => IRREGULAR_PAST.has(t.lower) || (t.lower.endsWith('ed') && SUBJECTS_BEFORE_VERB.has(tokens[i - 1]?.lower ?? '')) || t.lower === 'was' || t.lower === 'were');
}

function asTarget(mention: NumberMention): NumberMention {
  return mention.kind === 'date' || mention.kind === 'version' || mention.kind === 'clock' ? mention : { ...mention, target: true };
}

/**
 * "so i'm cto at a payments startup", "pulled two weeks of logs myself": the speaker writes "i" in lower case, or opens
 * most sentences in lower case, so a note's first word carries no capital either.
 */
function typedInLowerCase(sentences: readonly Sentence[]): boolean {
  let lower = 0;
  let opened = 0;
  for (const sentence of sentences) {
    if (sentence.tokens.some((t) => t.text === 'i' || t.text.startsWith("i'"))) return true;
    const first = sentence.tokens[0];
    if (first === undefined || first.kind !== 'word') continue;
    opened++;
    if (first.text === first.lower) lower++;
  }
  return lower * 2 > opened;
}

/** Words before "lessons" that make them classes taught: "careers into lessons", "swimming lessons", "in her lessons". */
const CLASS_MARKERS = new Set(['into', 'in', 'during', 'between', 'after', 'before', 'for', 'at', 'her', 'his', 'their', 'music', 'piano', 'guitar', 'maths', 'english', 'science', 'history', 'cover', 'driving', 'swimming']);
/** Nouns a school's lesson names ("lesson plans", "lesson flags"), which make "lesson" a class, not a lesson drawn. */
const LESSON_COMPOUNDS = new Set(['plan', 'plans', 'flag', 'flags', 'time', 'times', 'slot', 'slots', 'observation', 'observations', 'content', 'materials']);

/** What follows "I understood" when it is a thing now known, or known better: "the system", "our machines", "it", "better". */
const GAINED_OBJECT = new Set(['the', 'our', 'their', 'its', 'his', 'her', 'it', 'them', 'better', 'more', 'everything', 'much']);

const CLASSES_WENT = new Set(['went', 'were', 'got', 'ran', 'improved', 'became', 'felt', 'started']);

/** Openings of a terse note's lesson ("Learned that...") and the auxiliaries of the past perfect ("we'd built"). */
const NOTE_LESSONS = new Set(['learned', 'learnt']);
const PAST_PERFECT = new Set(['had', "i'd", "we'd", "they'd", "he'd", "she'd"]);

/** "we were more disciplined in general about the checks": "in general" in a clause told in the past, no habit now. */
function saidOfThePast(tokens: readonly Token[], hit: PhraseHit<LexiconCategory>): boolean {
  return hit.key === 'in general' && tokens.slice(0, hit.from).some((t) => PAST_BE.has(t.lower));
}

/** Past forms of "be", which voice.ts does not count among the past verbs. */
export const PAST_BE: ReadonlySet<string> = new Set(['was', 'were']);

export const REALISING = new Set(['realised', 'realized']);
const OPENING_JOINERS = new Set(['but', 'and', 'so', 'then']);
const AT_THE_MOMENT = new Set(['when', 'once', 'after', 'while']);

/** The sentence opens on a past step of the speaker's ("when I started looking at it, ..."), before `at`. */
function atAMomentOfTheStory(tokens: readonly Token[], at: number): boolean {
  const opening = OPENING_JOINERS.has(tokens[0]?.lower ?? '') ? 1 : 0;
  return at > opening + 2 && AT_THE_MOMENT.has(tokens[opening]?.lower ?? '') && tokens[opening + 1]?.lower === 'i' && isPastVerb(tokens[opening + 2]);
}

/**
 * Markers the lexicon's stems take in where they mean something else: "So I tried to give her more chances" (the stems
 * of "I try to" take in a past attempt, a real event, not a habit or a plan); reflection on nothing, "we talked to heads
 * of department about bringing careers into lessons" (a school's lessons) and "I'd notched two joists deeper than I
 * should have" (a comparison telling the fault, not a lesson).
 */
function withoutMisreadHits(tokens: readonly Token[], hits: PhraseHit<LexiconCategory>[], toldInPresent: boolean): PhraseHit<LexiconCategory>[] {
  return hits.filter((hit) => {
    // "and I helped carry pipes some days when they asked": help given on request, no step of the speaker's own.
    if (hit.category === 'helperVerb' && doneAsAsked(tokens, hit.from + 1)) return false;
    // "I work as a care navigator, so I help patients find the right service": the job, in a story told in the past.
    if (hit.category === 'helperVerb' && !toldInPresent) return isPastVerb(tokens[hit.from + 1]) || PAST_BE.has(tokens[hit.from + 1]?.lower ?? '');
    if (hit.category === 'hypothetical') return tokens[hit.from + 1]?.lower !== 'tried' && !noPlanAt(tokens, hit.from) && !saidOfThePast(tokens, hit);
    if (hit.category === 'taskMarker') return !goalInCompound(tokens, hit.to);
    // "I was on the team chat the whole time": in the conversation, looking on, not on the team that did the work.
    if (hit.category === 'helperVerb' && TEAM_CHANNELS.has(tokens[hit.to]?.lower ?? '')) return false;
    // "because of the way we'd built it into the drills": built in before the outcome, in the past perfect, a step of
    // the story, not the lesson carried into the work since.
    if (hit.category === 'learnApplied' && PAST_PERFECT.has(tokens[hit.from - 1]?.lower ?? '')) return false;
    // "Supplier agreed to invoice drained weight from then on": what another party agreed to do, an outcome of the
    // story, not the speaker's lesson carried on.
    if (hit.category === 'learnApplied' && othersCommitment(tokens, hit.from)) return false;
    if (hit.category !== 'learnReflect') return true;
    // "so I accepted I'd have to convert them by hand": what the speaker was going to have to do, not what they would
    // have done differently.
    if (tokens[hit.to - 1]?.lower === 'have' && tokens[hit.to]?.lower === 'to') return false;
    // "they learned that the plant would close" is news; only a note that opens with it is the speaker's lesson.
    if (hit.to - hit.from === 2 && tokens[hit.from + 1]?.lower === 'that' && tokens[hit.from]?.lower.startsWith('learn')) return hit.from === 0 && NOTE_LESSONS.has(tokens[0]?.lower ?? '');
    if (tokens[hit.from - 1]?.lower === 'than') return false;
    // "If the first new delivery had failed the pH test, I would have held potting for a week": the step kept ready for
    // a failure that did not come, not what the speaker would do differently.
    if (HAVE_DONE_OTHERWISE.has(hit.phrase) && readyForFailure(tokens, hit.from)) return false;
    // "But when I started looking at it, I realised the problem wasn't the screens": found out at a moment of the
    // story, which the sentence opens on, not a lesson drawn afterwards.
    if (REALISING.has(tokens[hit.to - 1]?.lower ?? '') && atAMomentOfTheStory(tokens, hit.from)) return false;
    // "gaps in the rows when I looked back over the field": a look over one's shoulder, not back on the story
    // ("Looking back over that year" still reflects).
    if (tokens[hit.to - 1]?.lower === 'back' && ['look', 'looked', 'looks'].includes(tokens[hit.from]?.lower ?? '') && PLACES_LOOKED_OVER.has(tokens[hit.to]?.lower ?? '')) return false;
    // "It reminds me actually of my first nursery job": a memory called up, not a lesson drawn.
    if (tokens[hit.from]?.lower.startsWith('remind') && tokens.slice(hit.to, hit.to + 2).some((t) => t.lower === 'of')) return false;
    // "The mock session showed me who could ask questions instead of fixing commas": which people or things, found out
    // in the story, not a lesson drawn from it.
    if (tokens[hit.from]?.lower === 'showed' && FOUND_WHICH.has(tokens[hit.to]?.lower ?? '')) return false;
    // "...is something the season's feeder logs have to show me", "the audit will remind me": what is still to be shown,
    // not what the story showed.
    if (BARE_SHOWING.has(tokens[hit.from]?.lower ?? '') && STILL_TO_BE.has(tokens[hit.from - 1]?.lower ?? '')) return false;
    // "After a while I understood the system quite well", "little by little I understood better": know-how gained, an
    // outcome; "I understood that..." reflects.
    if (tokens[hit.to - 1]?.lower === 'understood' && hit.to - hit.from === 2 && (tokens[hit.to] === undefined || GAINED_OBJECT.has(tokens[hit.to]?.lower ?? ''))) return false;
    const first = tokens[hit.from]?.lower ?? '';
    if (first.startsWith('takeaway') || (first === 'take' && hit.to - hit.from === 2)) return takeawayIsLesson(tokens, hit.to);
    if (hit.to - hit.from !== 1 || !tokens[hit.from]?.lower.startsWith('lesson')) return true;
    const before = tokens[hit.from - 1];
    const taught = before !== undefined && (CLASS_MARKERS.has(before.lower) || (before.lower.endsWith('ing') && before.lower.length > 4));
    // "The lessons went better after that": classes that happened, not lessons drawn.
    const held = tokens[hit.from]?.lower === 'lessons' && CLASSES_WENT.has(tokens[hit.to]?.lower ?? '');
    // "I cover maybe 20 lessons a week", "140 cover lessons", "retaught lesson flags": classes counted or named.
    const counted = tokens[hit.from]?.lower === 'lessons' && [hit.from - 1, hit.from - 2].some((i) => tokens[i]?.kind === 'number');
    const compound = LESSON_COMPOUNDS.has(tokens[hit.to]?.lower ?? '');
    return !taught && !held && !counted && !compound;
  });
}

const HAVE_DONE_OTHERWISE = new Set(['i would have', "i'd have"]);
/** What a plan is kept ready against: "if the delivery had failed", "had the pump broken". */
const FAILED = new Set(['failed', 'broken', 'broke', 'crashed', 'dropped', 'leaked', 'wrong']);

/** A sentence opening on a failure in the past perfect ("If the first delivery had failed the test, ...") before `at`. */
function readyForFailure(tokens: readonly Token[], at: number): boolean {
  if (tokens[0]?.lower !== 'if') return false;
  const had = tokens.findIndex((t, i) => i < at && t.lower === 'had');
  return had > 1 && tokens.slice(had + 1, Math.min(at, had + 4)).some((t) => FAILED.has(t.lower));
}

/**
 * "My takeaway: ...", "the key takeaway was", "the take away for me": the lesson's heading, followed by its verb, its
 * preposition or a break. "the takeaway across the road", "the takeaway closes at 1am", "the takeaway's recorder" and
 * "to take away the pressure" are a shop and a verb.
 */
function takeawayIsLesson(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  return next === undefined || !glued(tokens[to - 1], next) || TAKEAWAY_FOLLOWERS.has(next.lower);
}

/** "Supplier agreed to ...", "the council promised to ...": a commitment by someone other than the speaker, before `at`. */
function othersCommitment(tokens: readonly Token[], at: number): boolean {
  if (tokens.some((t) => FIRST_SINGULAR.has(t.lower) || FIRST_PLURAL.has(t.lower))) return false;
  return tokens.slice(0, at).some((t, i) => COMMITTING.has(t.lower) && tokens[i + 1]?.lower === 'to');
}
const COMMITTING = new Set(['agreed', 'promised', 'committed', 'undertook', 'pledged']);
/** Prepositions of a place looked back over or across; "looking back on" and "looking back at it" reflect. */
const PLACES_LOOKED_OVER = new Set(['over', 'across', 'down', 'along', 'up', 'through', 'towards', 'toward', 'into', 'behind']);

const TEAM_CHANNELS = new Set(['chat', 'chats', 'call', 'calls', 'thread', 'channel', 'group', 'list', 'emails']);

const BARE_SHOWING = new Set(['show', 'remind']);
const FOUND_WHICH = new Set(['who', 'which', 'whose', 'where']);
/** What stands before a verb still to come or wanted: "to", or a modal. */
const STILL_TO_BE = new Set(['to', ...MODALS]);

const TAKEAWAY_FOLLOWERS = new Set(['was', 'is', 'were', 'are', 'for', 'from', 'here', 'then', 'has', 'had']);

/**
 * "three newspapers used our goal picture", "the goal line": "goal" naming something with the noun after it, in one
 * run of words, sets no task ("the goal was", "my goal: ...", "our goal of 95%", "the goal for the week" do).
 */
function goalInCompound(tokens: readonly Token[], to: number): boolean {
  const goal = tokens[to - 1];
  const next = tokens[to];
  if (goal?.lower !== 'goal' || next === undefined || next.kind !== 'word' || !glued(goal, next)) return false;
  return !GOAL_FOLLOWERS.has(next.lower);
}

/** Words that go on with a goal set: its verb, its preposition, or where it stood. */
const GOAL_FOLLOWERS = new Set([
  'was', 'is', 'were', 'are', 'had', 'has', 'became', 'would', 'will', 'for', 'of', 'to', 'as', 'here', 'there', 'then', 'now',
  'this', 'that', 'in', 'at', 'by', 'being', 'remained', 'stayed', "wasn't", "isn't", 'changed', 'shifted',
]);

/**
 * "So this is last February. A woman comes in... I open the account and I see...": a past event told in the present.
 * At least three of the speaker's steps in the present (habits aside), twice as many as in the past, few "I would"s,
 * and something that dates the story (a year, "last...", "...ago", "one time"), so what one usually does is not mistaken
 * for one.
 */
function toldInHistoricalPresent(sentences: readonly Sentence[], voices: readonly Voice[]): boolean {
  let present = 0;
  for (const sentence of sentences) present += presentTenseSteps(sentence);
  if (present < 3) return false;
  const past = voices.reduce((n, v) => n + v.iActions.length, 0);
  const imagined = voices.reduce((n, v) => n + v.hypothetical.length, 0);
  // A list of what one usually does has its habits marked ("usually", "normally", "every time"); a story has one at most.
  // A habit dated after the story ("Now, before they go, I always ask...") is the lesson it left, not a sign of a list.
  const habitual = voices.filter((v, i) => v.iHabits.length > 0 && !(sentences[i] as Sentence).tokens.some(isAfterTheStory)).length;
  if (present < 2 * past || imagined * 2 > present || habitual * 2 > present) return false;
  // "She went through about 90 referrals and found ... I work as a care navigator, so I help patients": a story of what
  // others did, told in the past, around the speaker's job in the present, is no story told in the present.
  const pastOfAnyone = sentences.reduce((n, s) => n + s.tokens.filter((t) => isPastVerb(t) || PAST_BE.has(t.lower)).length, 0);
  if (pastOfAnyone >= PAST_OUTWEIGHS * present) return false;
  return sentences.some((s) => s.tokens.some((t, i) => datesTheStory(s.tokens, i) || /^(?:19|20)\d\d$/.test(t.text)));
}

/** Past verbs of anyone this many times the speaker's present steps make a story told in the past. */
const PAST_OUTWEIGHS = 5;

/** Words that date a habit after the story: "now", "nowadays", "not anymore", "since then". */
function isAfterTheStory(token: Token, at: number, tokens: readonly Token[]): boolean {
  return AFTER_THE_STORY.has(token.lower) || (token.lower === 'since' && tokens[at + 1]?.lower === 'then');
}

const AFTER_THE_STORY = new Set(['now', 'nowadays', 'anymore']);

/** "last February", "last winter", "two years ago": not "the last five transactions". */
function datesTheStory(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower;
  if (word === 'yesterday') return true;
  // "One time I see that the customers go elsewhere", "So one day I call him": one occasion, which a habit is not.
  if (word === 'one' && OCCASIONS.has(tokens[at + 1]?.lower ?? '') && (at === 0 || OCCASION_LEADS.has(tokens[at - 1]?.lower ?? ''))) return true;
  if (word === 'ago') return at > 0;
  return word === 'last' && CALENDAR_WORDS.has(tokens[at + 1]?.lower ?? '');
}

const OCCASIONS = new Set(['time', 'day', 'morning', 'evening', 'night', 'week', 'year']);
const OCCASION_LEADS = new Set(['so', 'and', 'then', 'this', 'but']);

const CALENDAR_WORDS = new Set([
  'week', 'month', 'year', 'quarter', 'spring', 'summer', 'autumn', 'fall', 'winter', 'night', 'weekend', 'term', 'season',
  'christmas', 'easter', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

export function hitsOf(facts: SentenceFacts, category: LexiconCategory): PhraseHit<LexiconCategory>[] {
  return facts.hits.filter((hit) => hit.category === category);
}

export function countHits(facts: SentenceFacts, category: LexiconCategory): number {
  let count = 0;
  for (const hit of facts.hits) if (hit.category === category) count++;
  return count;
}

/** "that's written into the lab procedure": a lesson built into the work, whoever the sentence's subject is. */
export function builtIn(facts: SentenceFacts): boolean {
  return facts.hits.some((hit) => hit.category === 'learnApplied' && BUILT_IN.has(hit.phrase));
}

/** The sentence reports a measured change ("from 35 minutes to 9"), not a target. */
export function measuresChange(facts: SentenceFacts): boolean {
  return facts.numbers.some((n) => n.delta && !n.target);
}

export function has(facts: SentenceFacts, category: LexiconCategory): boolean {
  return facts.hits.some((hit) => hit.category === category);
}
