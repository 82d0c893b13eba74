import { builtIn, has, type SentenceFacts } from '../analysis.js';
import type { Token } from '../text.js';
import { CONCRETE_STEMS, STOP_WORDS } from '../lexicon.js';
import { learnedStep } from '../learned-steps.js';
import { onlyRealised } from '../sections.js';
import { readTemplate } from '../template-check.js';
import { isNumberToken } from '../number-forms.js';
import { isHypotheticalStory } from '../tense.js';
import { isGerund, isPastOrParticiple, stems } from '../tradeoff-sentence.js';
import { gradesSpeaker } from '../voice.js';
import { clampScore, Evidence, quoteFacts, type Criterion, type RubricContext } from './types.js';

/**
 * Words that turn a lesson into a rule someone can follow: when it applies and what to do instead. "Always" or "now"
 * alone do not: "I always try to communicate better" says when but not what.
 */
const RULE_WORDS = new Set([
  'before', 'when', 'whenever', 'where', 'instead', 'rather', 'every', 'each', 'first', 'if', 'until', 'unless', 'without',
  'by', 'size', 'ask', 'check', 'write', 'start', 'involve', 'measure',
  // One course set above another: "a reversible decision with a stop rule beats waiting for certainty".
  'beats', 'outweighs',
]);

/**
 * A sentence of reflection, wherever it sits, or of the Learning part. A habit told in the present ("these days I
 * always...") is a lesson only once the story has happened: sections.ts reads it as the scene before that.
 */
function isLearningSentence(context: RubricContext, index: number, facts: SentenceFacts, hypothetical: boolean): boolean {
  const section = context.sections.of[index];
  // "I realised the real problem was not printers": before the speaker's steps, the finding they start from.
  const reflects = has(facts, 'learnReflect') && !(onlyRealised(facts) && !context.sections.of.slice(0, index).some((s) => s === 'action' || s === 'result'));
  const marked = reflects || (has(facts, 'learnApplied') && section !== 'situation' && !othersSince(facts));
  // In an answer made of habits, a habit is no lesson drawn from the story: only a marked reflection counts there.
  if (hypothetical && facts.voice.iHabits.length > 0) return marked;
  return section === 'learning' || marked;
}

/** Words at least in a practice told with "since": the perfect, its verb, what it is done on, and "since". */
const PRACTICE_WORDS = 6;
/** The speaker's present perfect: "I've", "I have", "we've", "we have". */
const OWN_PERFECT = new Set(["i've", "we've"]);
const OWN_SUBJECTS = new Set(['i', 'we']);

/**
 * "I've planned every season around wet-bulb forecast windows since": what the speaker has done ever since the story,
 * told in the present perfect with "since" closing the sentence, is the lesson put to use. After a lesson it is the
 * lesson applied ("I've sent two more interim letters since"); closing a story with no other lesson, it is the lesson.
 */
function ownPracticeSince(tokens: readonly Token[]): boolean {
  // "I've worked there since" says how long, not what is done differently.
  if (tokens[tokens.length - 1]?.lower !== 'since') return false;
  if (tokens.length >= PRACTICE_WORDS && ownPerfectAt(tokens, 0)) return true;
  // "The global team now asks for a survey first, and I've run one before every new brief since": the practice may
  // open the sentence's last clause.
  const clause = tokens.findLastIndex((t) => t.lower === 'and') + 1;
  return clause > 1 && tokens.length - clause >= PRACTICE_WORDS && ownPerfectAt(tokens, clause);
}

function ownPerfectAt(tokens: readonly Token[], at: number): boolean {
  const opening = tokens[at]?.lower ?? '';
  return OWN_PERFECT.has(opening) || (OWN_SUBJECTS.has(opening) && tokens[at + 1]?.lower === 'have');
}

/** What "I still ..." can say that is no way of working: a memory, a feeling, a state. */
const STILL_NOT_PRACTICE = new Set(['remember', 'feel', 'have', 'love', 'like', 'see', 'get', 'wonder', 'miss', 'hear', 'laugh', 'talk', 'work', 'live', 'am', 'regret', 'use']);

/**
 * "I still put disagreements in writing early, with a fix, not just a no": the speaker's practice kept since the story,
 * told in the present. ("I still use" is in the lexicon's applied phrases, which a lesson line already carries.)
 */
function stillDoes(tokens: readonly Token[]): boolean {
  const verb = tokens[2];
  if (!OWN_SUBJECTS.has(tokens[0]?.lower ?? '') || tokens[1]?.lower !== 'still' || verb === undefined || verb.kind !== 'word') return false;
  if (NOT_HABITS.has(verb.lower) || STILL_NOT_PRACTICE.has(verb.lower) || verb.lower.endsWith('ed') || verb.lower.endsWith('ing')) return false;
  return tokens.length >= PRACTICE_WORDS;
}

const SCOPES = new Set(['every', 'each', 'all', 'always', 'any']);
/** "We now have all 14 sites", "we now are": how things stand, a result, not a way of working. */
const STATES = new Set(['have', 'are', 'get', 'see', 'serve', 'cover', 'reach', 'run', 'sell', 'make', 'hold', 'own']);

/**
 * "We now plan every changeover starting from what can go up without the stage": the team's way of working changed
 * for all the work since, told in the present. Closing a story with no other lesson, it is the lesson.
 */
function teamRuleNow(tokens: readonly Token[]): boolean {
  const opens = (tokens[0]?.lower === 'we' && tokens[1]?.lower === 'now') || (tokens[0]?.lower === 'now' && tokens[1]?.lower === 'we');
  const verb = tokens[2];
  if (!opens || verb === undefined || verb.kind !== 'word' || NOT_HABITS.has(verb.lower) || STATES.has(verb.lower) || isPastOrParticiple(verb) || verb.lower.endsWith('ing')) return false;
  return tokens.length >= PRACTICE_WORDS && tokens.slice(3).some((t) => SCOPES.has(t.lower));
}

const OTHERS_AS_SUBJECT = new Set(['they', 'he', 'she', "they've", "he's", "she's", 'it']);

/**
 * "the hotel was happy, and they have ordered from us again since then": what someone else has done since, in the
 * clause of its "since" (or "nowadays"), is how the story turned out, not a lesson the speaker applied.
 */
function othersSince(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  return facts.hits.some((hit) => {
    if (hit.category !== 'learnApplied') return false;
    // "..., so I now ride every route": the speaker in the marker itself.
    if (tokens.slice(hit.from, hit.to).some((t) => OURS.has(t.lower))) return false;
    // "Since then he has brought eleven family watches": someone else's doing, told after the marker.
    if (hit.from === 0 && OTHERS_AS_SUBJECT.has(tokens[hit.to]?.lower ?? '')) return true;
    for (let k = hit.from - 1; k >= 0; k--) {
      const word = tokens[k]?.lower ?? '';
      if (OURS.has(word)) return false;
      if (OTHERS_AS_SUBJECT.has(word)) return true;
      // "a new way of boarding, which is something many cruise lines do nowadays": a relative clause whose subject is
      // not the speaker describes a thing, not a practice of theirs.
      if (word === 'which' || word === 'who') return true;
      if (word === 'and' || word === 'but') return false;
    }
    return false;
  });
}

/**
 * A lesson is specific when it names something concrete or states a rule. A platitude ("communication matters") stays
 * generic unless the same sentence also names something concrete.
 */
function isSpecificLesson(facts: SentenceFacts, hypothetical: boolean, text: string): boolean {
  const tokens = facts.sentence.tokens;
  // "now I use some of what I learned in my workshop": the lesson pointed at, not said.
  if (pointsAtTheLesson(tokens)) return false;
  const platitude = has(facts, 'genericLesson');
  // "count the hand-offs before you buy capacity", "with dogs you act on the first signs, not the other way round": a
  // command with its condition, or a course set against another, is a rule, whoever "you" is.
  const against = setsAgainst(tokens, text) || parallelContrast(tokens);
  // "..., not be afraid to put your ideas out there" exhorts; "..., not the other way round" sets a course against one.
  const exhorts = tokens.some((t, i) => t.lower === 'not' && EXHORTING.has(tokens[i + 1]?.lower ?? ''));
  const command = commandWithCondition(tokens, text);
  // "when people copy you, they copy your mistakes too, so i check my own numbers before i teach": the speaker's own
  // habit, with when it applies, is a rule even after a saying told to "you".
  // A story told in the present reads that "I check" as a step, so the verb is read here, not taken from the habits.
  // "if you're the biggest seller, your habits become everybody's habits, so I have to pick them on purpose": the
  // condition may lead, with the speaker's own rule drawn from it after "so".
  const firstCondition = tokens.findIndex((w) => CONDITIONS.has(w.lower));
  const lastCondition = tokens.findLastIndex((w) => CONDITIONS.has(w.lower));
  const habitWithCondition =
    !hypothetical &&
    firstCondition >= 0 &&
    tokens.some((t, i) => presentI(tokens, i) && (lastCondition >= i + 2 || (tokens[i - 1]?.lower === 'so' && firstCondition < i - 1)));
  const maxim = isMaximOrPraise(tokens, text) && !command && !habitWithCondition && !(against && !exhorts);
  // "you have to stand your ground but be flexible, because everyone wants the building finished": a platitude told to
  // anyone stays one, whatever thing it mentions on the way.
  if (platitude && maxim) return false;
  const concrete = tokens.some((t) => t.kind === 'number' || CONCRETE_STEMS.has(t.stem));
  // "trust takes a long time to build": in a platitude, words that are also everyday verbs name nothing; advice told to
  // "you" keeps them ("count the rejections before you design the checks").
  const concreteThing = tokens.some((t) => t.kind === 'number' || (CONCRETE_STEMS.has(t.stem) && !EVERYDAY_STEMS.has(t.stem)));
  // "I learned to estimate with the builders" states what the speaker now does: a rule, whatever the verb.
  // "What I learned is to ask what customers do when they can't reach you" says it as plainly.
  const learnedTo = tokens.some(
    (t, i) => (t.lower === 'learned' || t.lower === 'learnt') && (tokens[i + 1]?.lower === 'to' || (['is', 'was'].includes(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'to')),
  );
  // A habit the speaker keeps now ("I now check the labels", "these days I walk the aisle") is the rule itself, unless
  // the whole answer is habits: then it is no lesson from a story, for the story never happened.
  const habit = (facts.voice.iHabits.length > 0 || stillDoes(tokens)) && !hypothetical;
  const ruleWord = tokens.some((t) => RULE_WORDS.has(t.lower));
  const rule = learnedTo || habit || doesTheSame(tokens) || against || ruleWord || namedRule(tokens) || command || theMoreTheMore(tokens);
  const generic = platitude || maxim;
  // A rule can be short ("time the boring part first", after "What I took from it:"); a chain of short commands ("think
  // big, start small, scale fast") or a definition ("vision without execution is hallucination") is a slogan.
  const shortRule = tokens.length >= MIN_RULE_TOKENS && (against || (ruleWord && !hasComma(tokens, text) && !tokens.some((t) => COPULAS.has(t.lower))));
  return (tokens.length >= 7 || shortRule) && (platitude ? concreteThing : generic ? concrete : concrete || rule);
}

const NOT_HABITS = new Set(['was', 'had', 'am', "'m", 'think', 'thought', 'learned', 'learnt', 'realised', 'realized', 'know', 'knew', 'felt', 'feel', 'would', 'will', 'could', 'should', "can't", 'can', 'did', "didn't", 'guess', 'believe']);

/** "so I check my own numbers": the speaker's "I" with a verb in the present after it. */
function presentI(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i]?.lower !== 'i' || next === undefined || next.kind !== 'word') return false;
  return !NOT_HABITS.has(next.lower) && !isPastOrParticiple(next) && !next.lower.endsWith('ing');
}

/** Concrete words that are also everyday verbs or nouns of any story: "build trust", "test yourself", "in order to". */
const EVERYDAY_STEMS = stems(['build', 'test', 'review', 'design', 'load', 'order', 'service', 'room', 'offer', 'model', 'page', 'search', 'profile', 'map', 'label', 'war', 'form', 'rest', 'stream', 'batch', 'trace', 'flag', 'hire', 'proposal', 'job', 'slide']);

/** "some of what I learned", "what I learnt there": the lesson referred to instead of stated. */
function pointsAtTheLesson(tokens: readonly Token[]): boolean {
  return (
    tokens.some((t, i) => t.lower === 'what' && POINTING.has(tokens[i - 1]?.lower ?? '') && ['i', 'we'].includes(tokens[i + 1]?.lower ?? '') && ['learned', 'learnt'].includes(tokens[i + 2]?.lower ?? '')) &&
    !tokens.some((t) => t.kind === 'number')
  );
}

/** Words before "what I learned" that use it rather than introduce it ("What I learned is ..." states it). */
const POINTING = new Set(['of', 'use', 'used', 'apply', 'applied', 'bring', 'brought', 'put', 'share', 'shared', 'all']);

function hasComma(tokens: readonly Token[], text: string): boolean {
  return tokens.some((_, i) => commaBefore(tokens, i, text));
}

function commaBefore(tokens: readonly Token[], i: number, text: string): boolean {
  const previous = tokens[i - 1];
  return previous !== undefined && text.slice(previous.end, (tokens[i] as Token).start).includes(',');
}

/** Words in the shortest lesson that can still be a rule: a verb, what it acts on, and when or how. */
const MIN_RULE_TOKENS = 5;

/** "argue with a sample, not a speech", "measure the queue, not the staff": what to do set against what not to. */
function setsAgainst(tokens: readonly Token[], text: string): boolean {
  return tokens.some(
    (t, i) =>
      t.lower === 'not' &&
      i >= 2 &&
      i < tokens.length - 1 &&
      commaBefore(tokens, i, text) &&
      // "frugal is about being smart, not just cutting things" defines a virtue; it tells no one what to do.
      !LIMITING.has(tokens[i + 1]?.lower ?? '') &&
      !tokens.slice(0, i).some((u, k) => COPULAS.has(u.lower) && !framesLesson(tokens, k)),
  );
}

const COMPARATIVE_WORDS = new Set([
  'more', 'less', 'fewer', 'bigger', 'smaller', 'earlier', 'later', 'sooner', 'longer', 'shorter', 'faster', 'slower', 'higher', 'lower', 'harder',
  'easier', 'better', 'worse', 'larger', 'closer', 'cheaper', 'deeper', 'quieter', 'busier', 'riskier', 'wider', 'older', 'newer', 'stronger', 'weaker',
]);

/** "The bigger the system, the earlier I bring in the people it can hurt": one thing made to rise with another, a rule. */
function theMoreTheMore(tokens: readonly Token[]): boolean {
  const first = tokens.findIndex((t, i) => t.lower === 'the' && COMPARATIVE_WORDS.has(tokens[i + 1]?.lower ?? ''));
  if (first < 0 || first > 3) return false;
  return tokens.some((t, i) => i > first + 2 && t.lower === 'the' && COMPARATIVE_WORDS.has(tokens[i + 1]?.lower ?? ''));
}

/**
 * "the customer's complaint gives you the direction, but the weighbridge gives you the answer": two things set against
 * each other by the same verb on both sides of "but", which is a rule about which to trust for what.
 */
function parallelContrast(tokens: readonly Token[]): boolean {
  for (let i = 2; i < tokens.length - 2; i++) {
    if (tokens[i]?.lower !== 'but') continue;
    const after = tokens.slice(i + 1, i + 6);
    for (let k = Math.max(0, i - 6); k < i; k++) {
      const verb = tokens[k] as Token;
      if (verb.kind !== 'word' || verb.lower.length < 4 || !verb.lower.endsWith('s') || COPULAS.has(verb.lower)) continue;
      if (after.some((t) => t.lower === verb.lower)) return true;
    }
  }
  return false;
}

/** "What I learned is ...", "The lesson was ...": the copula that introduces the lesson, not one that defines a virtue. */
function framesLesson(tokens: readonly Token[], copula: number): boolean {
  return tokens.slice(Math.max(0, copula - 6), copula).some((t) => LESSON_FRAMES.has(t.lower));
}

const LESSON_FRAMES = new Set(['learned', 'learnt', 'learn', 'lesson', 'takeaway', 'took']);
/** "What I took from it," and "What I learned from all this,": the frame before its comma is this short. */
const MAX_FRAME_TOKENS = 7;

const LIMITING = new Set(['just', 'only', 'merely', 'simply']);
const COPULAS = new Set(['is', 'are', 'was', 'were', "it's", "that's", 'means']);

/**
 * "It's settled two arguments since.", "41 boreholes since", "On two cases since, that list moved my conclusion", "It's
 * been used twice since, both in 2024": a count of the times the lesson has been used, ending the sentence or its opening.
 */
function countedSince(tokens: readonly Token[], text: string): boolean {
  return tokens.some((t, i) => t.lower === 'since' && (i === tokens.length - 1 || commaBefore(tokens, i + 1, text)) && tokens.slice(Math.max(0, i - 3), i).some((w) => isNumberToken(w) || w.lower === 'twice'));
}

/** "No wet base plates since.", "Not one since.": nothing of the trouble has come back since, in a line of its own. */
function noneSince(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower ?? '';
  const none = NONE_OPENERS.has(first) || (first === 'not' && tokens[1]?.lower === 'one');
  return none && tokens[tokens.length - 1]?.lower === 'since' && tokens.length <= NONE_SINCE_WORDS;
}

const NONE_OPENERS = new Set(['no', 'none', 'zero', 'nothing', 'nobody']);
/** Words such a line has at most: "No wet base plates on any floor since". */
const NONE_SINCE_WORDS = 8;

/**
 * Someone else as the sentence's subject: "she's recommended us since then", "a passenger has come back every week
 * since" are their doing, no lesson applied.
 */
const THIRD_PERSON_OPENERS = new Set(['he', 'she', 'they', "she's", "he's", "they've", "they're", "she'd", "he'd", 'a', 'an']);

/**
 * Within the answer's last sentences, a step the speaker took after a lesson ("I learned that 'not my machine' isn't
 * 'not my problem'. I added a weekly dosing-log check, and it caught a drifting pump in March."; "What I took from
 * it: ... I did the same with our wedding consultations this spring."): the lesson applied, and what makes it concrete.
 */
function applicationsAfterLesson(context: RubricContext, lessonIndexes: readonly number[]): SentenceFacts[] {
  const facts = context.analysis.facts;
  const first = lessonIndexes[0];
  if (first === undefined) return [];
  const tail = Math.max(first + 1, facts.length - APPLICATION_TAIL);
  const out: SentenceFacts[] = [];
  for (let i = tail; i < facts.length; i++) {
    const f = facts[i] as SentenceFacts;
    const tokens = f.sentence.tokens;
    // "Every new boat now ships with a limp-mode setting": a change built into a thing counts as the lesson applied.
    const applied = f.voice.iActions.length > 0 || doesTheSame(tokens) || usedItAgain(tokens) || countedSince(tokens, context.analysis.doc.normalized) || standingPractice(tokens) || thingNowHas(tokens);
    if (lessonIndexes.includes(i) || !applied || f.voice.hypothetical.length > 0) continue;
    if (f.sentence.tokens.length >= 6 && !appliedToEverything(f.sentence.tokens)) out.push(f);
  }
  return out;
}

/** Words before "now" that make it a moment, not the way things are done since: "right now", "until now". */
const NOT_SINCE = new Set(['right', 'by', 'until', 'till', 'just', 'for', 'from', 'up']);
const OURS = new Set(['i', 'we', 'my', 'our', 'mine', "i've", "we've", "i'm", "we're", "i'd", "we'd"]);
/** Verbs that say a practice outlived the story: "The tally sheet stayed", "the rule stuck". */
const KEPT_ON = new Set(['stayed', 'stuck', 'stays', 'remains', 'remained', 'survived']);

/**
 * A practice that stands since the story: "We now send them 10% of our pages every month", "Now every new dashboard
 * has a harm check", "The tally sheet stayed: anything asked for ten times gets a trial".
 */
function standingPractice(tokens: readonly Token[]): boolean {
  const now = tokens.some((t, i) => t.lower === 'now' && !NOT_SINCE.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower !== 'that');
  const keptOn = tokens.slice(1, 5).some((t) => KEPT_ON.has(t.lower));
  // The speaker's or the team's practice, not a customer's habit ("the owner still uses us now").
  return (now || keptOn) && tokens.some((t) => OURS.has(t.lower));
}

/** Verbs that say what a thing now holds or gets: "the go-bag now has a printed sheet", "every order now gets a check". */
const NOW_HOLDS = new Set(['has', 'have', 'gets', 'get', 'carries', 'carry', 'includes', 'include', 'goes', 'go', 'comes', 'come', 'starts', 'start', 'travels', 'needs', 'ships', 'leaves']);

/** A change built into a thing, standing since: not the speaker's attitude ("I still try to be careful now"). */
function thingNowHas(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'now' && NOW_HOLDS.has(tokens[i + 1]?.lower ?? '') && !OURS.has(tokens[i - 1]?.lower ?? ''));
}

/**
 * "I'm doing the same with shoe wear patterns now", "I did the same with the air leaks this year", "I also did the same
 * for the spring intake": the lesson carried on.
 */
function doesTheSame(tokens: readonly Token[]): boolean {
  // "I'd do the same again" looks ahead: only a bare "I" right before the verb, or the speaker with a word between.
  const speaker = (i: number): boolean => tokens[i - 1]?.lower === 'i' || /^i\b|^i'/.test(tokens[Math.max(0, i - 2)]?.lower ?? '');
  return tokens.some(
    (t, i) => ['doing', 'done', 'do', 'did'].includes(t.lower) && tokens[i + 1]?.lower === 'the' && tokens[i + 2]?.lower === 'same' && speaker(i) || ((t.lower === "i'm" || t.lower === "i've") && tokens[i + 1]?.lower === (t.lower === "i'm" ? 'doing' : 'done') && tokens[i + 2]?.lower === 'the' && tokens[i + 3]?.lower === 'same'),
  );
}

const REUSING = new Set(['used', 'applied', 'reused', 'tried', 'repeated', 'ran', 'did']);
const POINTING_BACK = new Set(['it', 'this', 'that']);

/**
 * "I used it again in March for a cider launch", "Used it again on the night shift" (a bullet's dropped "I"): the
 * lesson put to use once more, on the occasion the rest of the sentence names.
 */
function usedItAgain(tokens: readonly Token[]): boolean {
  const opening = tokens[0]?.lower ?? '';
  let k = OWN_SUBJECTS.has(opening) || OWN_PERFECT.has(opening) ? 1 : 0;
  if (k === 1 && tokens[k]?.lower === 'have') k++;
  if (!REUSING.has(tokens[k]?.lower ?? '') || !POINTING_BACK.has(tokens[k + 1]?.lower ?? '')) return false;
  return tokens[k + 2]?.lower === 'again' && tokens.length > k + 4;
}

/** "every project I work on", "every day": work in general. */
const ANY_WORK = new Set(['project', 'job', 'day', 'task', 'situation', 'team', 'role', 'case', 'time', 'client', 'customer', 'assignment', 'thing', 'decision', 'event', 'work', 'shift', 'conversation', 'meeting']);
const PUTTING_TO_USE = new Set(['apply', 'applied', 'bring', 'brought', 'use', 'carry', 'take', 'keep']);
const WHAT_WAS_LEARNED = new Set(['this', 'it', 'that', 'these', 'those', 'lesson', 'idea', 'attitude', 'principle']);

/**
 * "I try to apply this in every project I work on now": the lesson put to use everywhere, so shown nowhere. "Now we
 * sort every reclaimed slate on every job" names what is done; only the lesson itself carried to work in general is.
 */
function appliedToAnyWork(tokens: readonly Token[]): boolean {
  const put = tokens.findIndex((t, i) => PUTTING_TO_USE.has(t.lower) && tokens.slice(i + 1, i + 4).some((n) => WHAT_WAS_LEARNED.has(n.lower)));
  if (put < 0) return false;
  return tokens.slice(put + 2, put + 9).some((t, i, rest) => t.lower === 'everything' || t.lower === 'everywhere' || ((t.lower === 'every' || t.lower === 'all') && ANY_WORK.has((rest[i + 1]?.lower ?? '').replace(/s$/, ''))));
}

/** What a lesson carried forward as a whole is called: "that is the approach I have taken since". */
const MANNER = new Set(['approach', 'mindset', 'way', 'attitude']);

/** Words that name what a manner was used on: "my way now with all staff", "an approach I take to every audit". */
const USED_ON = new Set(['with', 'to', 'on', 'for', 'in', 'at']);

/**
 * "...and that is the approach I have taken ever since", "I have worked that way since": the lesson carried forward as a
 * manner, with nothing it was used on, shows no use of it. "I've run every rota that way since" names the rota, and
 * "my way now with all staff" whom it is used with.
 */
function carriedInGeneral(tokens: readonly Token[]): boolean {
  const manner = tokens.findIndex((t) => MANNER.has(t.lower));
  if (manner < 0 || namesAnything(tokens)) return false;
  return !tokens.slice(manner + 1).some((t) => USED_ON.has(t.lower));
}

/**
 * "I try to bring that attitude to everything I do": carried everywhere, so shown nowhere; a number or a concrete
 * thing ("everything I quote now gets a site visit") makes it a step.
 */
function appliedToEverything(tokens: readonly Token[]): boolean {
  const everywhere = tokens.some((t) => t.lower === 'everything' || t.lower === 'anything' || t.lower === 'everywhere');
  return everywhere && !namesAnything(tokens);
}

/** A figure or a concrete thing of the work in the sentence: what a lesson carried forward was used on. */
function namesAnything(tokens: readonly Token[]): boolean {
  return tokens.some((t) => isNumberToken(t) || CONCRETE_STEMS.has(t.stem));
}

/** How far from the end a step still reads as the lesson applied rather than as the story's Action. */
const APPLICATION_TAIL = 2;

/**
 * A proverb told to anyone ("if you look after your team, they will look after you") or praise of oneself ("it showed
 * that I can stay calm", "I am proud"): it fits any story, whatever rule words it uses.
 */
function isMaximOrPraise(tokens: readonly Token[], text: string): boolean {
  // "the first question I ask is 'what does a week cost you here?'": a "you" quoted is said to someone in the story.
  return tokens.some((t) => (addressesAnyone(tokens, t.index) && !quoted(tokens, t.index, text)) || t.lower === 'proud') || gradesSpeaker(tokens);
}

const EXHORTING = new Set(['be', 'to', 'get', 'give', 'let', 'stop', 'worry']);

/** What a command's verb takes first: "count the hand-offs", "give people a date", "take it now". */
const COMMAND_OBJECTS = new Set(['the', 'a', 'an', 'every', 'each', 'it', 'them', 'people']);
const CONDITIONS = new Set(['before', 'when', 'whenever', 'if', 'until', 'unless', 'where']);
/** Openings that are no command: a subject or a determiner. */
const NOT_COMMANDS = new Set(['i', 'we', 'you', 'it', 'this', 'that', 'there', 'the', 'a', 'an', 'my', 'our']);
const LOWER_WORD = /^[a-z]+$/;

/**
 * A command that says when it applies: "check the seal before you sign", "The lesson I took: look at what was actually
 * used before you cut what people need", "What I learned is, um, ask why people are calling before you try to stop
 * them". The command opens the sentence or follows the words that frame the lesson.
 */
function commandWithCondition(tokens: readonly Token[], text: string): boolean {
  if (!tokens.some((t) => CONDITIONS.has(t.lower))) return false;
  return commandStarts(tokens, text).some(({ at, conditionLed }) => {
    // "first try the cheap thing for a month, then buy the machine only if...": an adverb of order may lead the command.
    while (SPOKEN_FILLERS.has(tokens[at]?.lower ?? '') || COMMAND_ADVERBS.has(tokens[at]?.lower ?? '')) at++;
    // "when the goal is big, you have to show the first small result quickly": after the condition that leads it, the
    // same command told to "you".
    if (conditionLed) at += adviceToYou(tokens, at);
    const verb = tokens[at];
    const object = tokens[at + 1];
    if (verb === undefined || object === undefined || verb.kind !== 'word' || verb.lower.endsWith('s') || !LOWER_WORD.test(verb.lower)) return false;
    if (NOT_COMMANDS.has(verb.lower) || CONDITIONS.has(verb.lower)) return false;
    // "ask why", "look at", "remove steps": a verb that is only ever a command here needs no object word after it.
    return COMMAND_OBJECTS.has(object.lower) || IMPERATIVES.has(verb.lower);
  });
}

/** Verbs that open advice in the imperative: "ask why", "look at", "walk it first", "remove steps before". */
const IMPERATIVES = new Set(['act', 'give', 'let', 'use', 'follow', 'ask', 'look', 'check', 'measure', 'count', 'remove', 'walk', 'say', 'write', 'bring', 'call', 'test', 'read', 'listen', 'watch', 'talk', 'start', 'stop', 'wait', 'put', 'keep', 'get', 'show', 'tell', 'sample', 'visit', 'map', 'price', 'plan', 'decide', 'name', 'fix', 'cut', 'find', 'go', 'share', 'send', 'spend', 'hire', 'agree', 'document', 'record', 'log', 'weigh', 'time', 'audit', 'trial', 'pilot', 'ring', 'phone', 'email', 'meet', 'sit', 'pull', 'open', 'close', 'label', 'split']);
const SPOKEN_FILLERS = new Set(['um', 'uh', 'erm', 'well', 'so', 'just']);
const COMMAND_ADVERBS = new Set(['first', 'always', 'then']);

/** How many words "you have to", "you need to", "you must", "you should" take at `at`; 0 when they are not there. */
function adviceToYou(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== 'you') return 0;
  const next = tokens[at + 1]?.lower ?? '';
  if (next === 'must' || next === 'should') return 2;
  return (next === 'have' || next === 'need') && tokens[at + 2]?.lower === 'to' ? 3 : 0;
}

/**
 * Where a command may open: the sentence's start, after a colon, after "What I learned is (that)", after ", so"
 * ("growth multiplies whatever is in the box, so check the box before you scale"), and after the condition that leads
 * it ("when the treatment is cheap and the disease kills, act on the pattern": `conditionLed`).
 */
function commandStarts(tokens: readonly Token[], text: string): { at: number; conditionLed: boolean }[] {
  const starts = [{ at: 0, conditionLed: false }];
  let leadingCondition = CONDITIONS.has(tokens[0]?.lower ?? '');
  let framed = false;
  for (let i = 1; i < tokens.length - 1; i++) {
    const before = tokens[i - 1] as Token;
    const gap = text.slice(before.end, (tokens[i] as Token).start);
    // "What I took from it, bring the numbers before the decision": a comma may close the frame as a colon does.
    const frameClosed = gap.includes(',') && i <= MAX_FRAME_TOKENS && tokens[0]?.lower === 'what' && framesLesson(tokens, i);
    // Only the first copula closes the frame: "What I learned is that when the goal is big, ..." has a second.
    const copulaFrame = !framed && COPULAS.has(before.lower) && framesLesson(tokens, i - 1);
    if (copulaFrame) framed = true;
    if (gap.includes(':') || frameClosed || copulaFrame) {
      // "What I learned is that when...": the lesson opens after its "that".
      const at = tokens[i]?.lower === 'that' ? i + 1 : i;
      starts.push({ at, conditionLed: false });
      leadingCondition = CONDITIONS.has(tokens[at]?.lower ?? '');
    } else if (leadingCondition && gap.includes(',')) {
      starts.push({ at: i, conditionLed: true });
      leadingCondition = false;
    } else if (before.lower === 'so' && i > 1 && text.slice((tokens[i - 2] as Token).end, before.start).includes(',')) {
      starts.push({ at: i, conditionLed: false });
    }
  }
  return starts;
}

/** Words after "you" that make it an object ("let the data tell you to reverse it"), not anyone told what to do. */
const AFTER_OBJECT_YOU = new Set(['to', 'and', 'or', 'the', 'a', 'an', 'with', 'for', 'at', 'in', 'on', 'of', 'about', 'back', 'up']);

/** "you have to", "your team": a rule or a proverb told to anyone. */
function addressesAnyone(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower;
  if (word === 'your') return true;
  if (word !== 'you') return false;
  // "a reversible limit buys you time": "you" after a verb that gives or costs is who gets it.
  if (GIVING.has(tokens[at - 1]?.lower ?? '')) return false;
  const next = tokens[at + 1];
  // "if you back them": "back" before whom it backs is the verb, not "call you back".
  if (next?.lower === 'back' && OBJECT_PRONOUNS.has(tokens[at + 2]?.lower ?? '')) return true;
  return next === undefined || next.kind !== 'word' || !AFTER_OBJECT_YOU.has(next.lower);
}

const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'people', 'us', 'me']);

const GIVING = new Set(['buys', 'gives', 'saves', 'costs', 'tells', 'shows', 'gets', 'lets', 'helps', 'makes', 'bought', 'gave', 'saved', 'told', 'showed', 'helped', 'made']);

const QUOTE_MARKS = /['"]/;
/** What stands before an opening quote mark, and after a closing one's last letter. */
const QUOTE_OPENERS = /[\s(:]/;
const LETTER = /[A-Za-z]/;

/** Whether an opening quote mark (one after a space) stands before token `at` in its sentence, with no close between. */
function quoted(tokens: readonly Token[], at: number, text: string): boolean {
  const start = (tokens[0] as Token).start;
  const before = text.slice(Math.max(0, start - 1), (tokens[at] as Token).start);
  let open = false;
  for (let i = 1; i < before.length; i++) {
    if (!QUOTE_MARKS.test(before[i] ?? '')) continue;
    const prev = before[i - 1] ?? ' ';
    if (!open && QUOTE_OPENERS.test(prev)) open = true;
    else if (open && !LETTER.test(before[i + 1] ?? ' ')) open = false;
  }
  return open;
}

/** "My rule now is to publish anything I'd be uncomfortable to have found": a lesson named as a rule is one. */
function namedRule(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => (t.lower === 'rule' && ['my', 'our', 'a', 'the'].includes(tokens[i - 1]?.lower ?? '') && [tokens[i + 1], tokens[i + 2]].some((u) => COPULAS.has(u?.lower ?? ''))) || namedHabit(tokens, i));
}

/**
 * "What I kept is the habit of coming to a disagreement with our own numbers and my conditions written down": a habit
 * named with the whole course it sets. "the habit of listening more" names too little to be a rule.
 */
function namedHabit(tokens: readonly Token[], at: number): boolean {
  if (!HABIT_NOUNS.has(tokens[at]?.lower ?? '') || tokens[at + 1]?.lower !== 'of' || !isGerund(tokens[at + 2])) return false;
  return tokens.length - (at + 3) >= HABIT_COURSE_WORDS;
}

const HABIT_NOUNS = new Set(['habit', 'practice', 'discipline']);
/** Words after the gerund that make the named habit a course one could follow: "coming to a disagreement with our own numbers". */
const HABIT_COURSE_WORDS = 6;

const THING_OPENERS = new Set(['it', "it's", 'this', 'that', "that's", 'they', "they're", 'the', 'a', 'an', 'he', 'she', 'his', 'her', 'their']);
const RULE_NEGATIONS = new Set(["doesn't", "don't", "isn't", "aren't", "can't", 'never', 'not']);

/**
 * The thing built, or someone else, still at it ("It's now used on every project", "The ward manager still uses the
 * counter now"), with no reflection and none of the speaker's people in it: how the story turned out, not a lesson.
 */
function resultInUse(facts: SentenceFacts): boolean {
  const tokens = facts.sentence.tokens;
  // "A route can be efficient and still be wrong": "still" before a bare "be" goes with a modal, in a rule.
  const stillInUse = has(facts, 'learnApplied') || tokens.some((t) => t.lower === 'now' || (t.lower === 'still' && tokens[t.index + 1]?.lower !== 'be'));
  // "a finding that's hurting people now doesn't wait for the report": a rule told in the negative, not a thing in use.
  const rule = tokens.some((t) => RULE_NEGATIONS.has(t.lower));
  // Only the speaker's people acting make it theirs: "they have ordered from us again" is the customer acting on us.
  return stillInUse && !rule && !has(facts, 'learnReflect') && !builtIn(facts) && THING_OPENERS.has(tokens[0]?.lower ?? '') && !tokens.some((t) => OURS.has(t.lower));
}

const AFTERWARDS = new Set(['afterwards', 'afterward', 'since', 'after', 'from']);

/**
 * In the last four sentences, "Afterwards I ..." (or "After that", "Since then", "From then on", "Now ...") with a
 * practice standing since, told with a step of the speaker's own.
 */
function changeMadeAfterwards(facts: readonly SentenceFacts[], text: string): number | undefined {
  for (let i = Math.max(0, facts.length - 4); i < facts.length; i++) {
    const f = facts[i] as SentenceFacts;
    const tokens = f.sentence.tokens;
    const first = tokens[0]?.lower ?? '';
    // "Now every new patient gets a call before the first pack goes out, and I've trained our two new staff to do it":
    // a sentence that opens on "Now" (not "..., and now every stage town has a drop point", a result).
    const opens = first === 'afterwards' || first === 'afterward' || first === 'now' || (AFTERWARDS.has(first) && ['that', 'then', 'on'].includes(tokens[1]?.lower ?? ''));
    // "Afterwards I wrote a trigger table: ... It's been used twice since.": the next line says it stands.
    const next = facts[i + 1]?.sentence.tokens;
    // "Afterwards I turned that rule into a night decision table, so no operator has to guess alone": what it settles
    // for all the work since, in the present.
    if (opens && f.voice.iActions.length > 0 && (standingPractice(tokens) || soRuleHolds(tokens) || (next !== undefined && (countedSince(next, text) || noneSince(next))))) return i;
    // "Now nothing goes to capex review here without a month of sensor data": a rule that holds since, said of the work.
    if (ruleNowHolds(tokens)) return i;
  }
  return undefined;
}

/** Subjects of a rule said of all the work: "nothing", "no order", "every new patient". */
const RULE_SUBJECTS = new Set(['nothing', 'no', 'every', 'each', 'nobody', 'none']);
/** How far after its subject the rule's verb may stand: "every new pallet from Poland gets". */
const RULE_VERB_REACH = 4;

/** "..., so no operator has to guess alone", "so every new order gets a second check": a rule of all the work, after "so". */
function soRuleHolds(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'so' && ruleAt(tokens, i + 1));
}

/** A sentence opening "Now" with a rule said of all the work: "Now nothing ships without...", "Now every order gets...". */
function ruleNowHolds(tokens: readonly Token[]): boolean {
  return tokens[0]?.lower === 'now' && ruleAt(tokens, 1);
}

/** A rule said of all the work from `at`: its subject ("nothing", "no operator", "every order") and its present verb. */
function ruleAt(tokens: readonly Token[], at: number): boolean {
  return RULE_SUBJECTS.has(tokens[at]?.lower ?? '') && tokens.slice(at + 1, at + 1 + RULE_VERB_REACH).some((t) => NOW_HOLDS.has(t.lower));
}

/**
 * The sentences read as lessons, in order: reflections and the Learning part, less the thing built in use ("It's now
 * used on every project in the office" is the result), plus a change the speaker made after the story and that stands
 * since ("Afterwards I wrote a one-page outage plan, and the readers are now tested every Monday"), said or not as one.
 */
function lessonIndexesOf(context: RubricContext, hypothetical: boolean): number[] {
  const facts = context.analysis.facts;
  const indexes: number[] = [];
  facts.forEach((f, index) => {
    if (isLearningSentence(context, index, f, hypothetical) && f.sentence.words > 0 && !resultInUse(f)) indexes.push(index);
  });
  const change = hypothetical ? undefined : changeMadeAfterwards(facts, context.analysis.doc.normalized);
  if (change !== undefined && !indexes.includes(change)) indexes.push(change);
  // With no lesson said, the last sentence may still carry one, as what the speaker has done ever since, or the one
  // before it when the last tells where it was used ("I still put disagreements in writing early ...; I did it on a
  // pond liner job last year").
  const last = facts.length - 1;
  const closing = (facts[last] as SentenceFacts | undefined)?.sentence.tokens ?? [];
  if (indexes.length === 0 && !hypothetical && last >= 0 && context.sections.of[last] !== 'situation') {
    if (ownPracticeSince(closing) || teamRuleNow(closing) || stillDoes(closing)) indexes.push(last);
    else if (last >= 1 && stillDoes((facts[last - 1] as SentenceFacts).sentence.tokens) && context.sections.of[last - 1] !== 'situation') indexes.push(last - 1);
  }
  return indexes.sort((a, b) => a - b);
}

/** "next time I would...", "next time I'd...": the course the speaker would take another time. */
function nextTimeOf(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'next' || tokens[i + 1]?.lower !== 'time') return false;
    const modal = tokens[i + 2]?.lower === 'i' ? tokens[i + 3] : tokens[i + 2];
    return WOULD_NEXT_TIME.has(modal?.lower ?? '');
  });
}
const WOULD_NEXT_TIME = new Set(['would', "i'd", "i'll", 'will']);

/** Words of any lesson, which say nothing about which story it was drawn from. */
const LESSON_WORDS = stems(['learn', 'learned', 'learnt', 'lesson', 'important', 'always', 'never', 'people', 'think', 'know', 'need', 'must', 'really', 'better', 'good', 'right', 'work', 'team']);
/** Shorter words are mostly function words and fillers. */
const CONTENT_LENGTH = 4;

/** The stems of a sentence's content words: not function words, not a lesson's own vocabulary. */
function contentStems(facts: SentenceFacts): string[] {
  return facts.sentence.tokens.filter((t) => t.kind === 'word' && t.lower.length >= CONTENT_LENGTH && !STOP_WORDS.has(t.lower) && !LESSON_WORDS.has(t.stem)).map((t) => t.stem);
}

/** A lesson that names something the story told before it: "...before you fight the supplier" after the supplier's story. */
function tiedToStory(context: RubricContext, lesson: SentenceFacts): boolean {
  const before = new Set(context.analysis.facts.slice(0, lesson.sentence.index).flatMap(contentStems));
  return contentStems(lesson).some((stem) => before.has(stem));
}

export const learningCriterion: Criterion = {
  id: 'learning',
  anchors: {
    0: 'No reflection: nothing learned, nothing the speaker would change.',
    2: 'A thin lesson drawn from this story\'s own things ("I learned the buyer is always watching"), or one that fits any story said to be applied since. Otherwise a lesson that fits any story ("communication is important") or a vague "I learned a lot" is a 1.',
    4: 'A specific lesson stated as a rule, what they would do differently, and where they have applied it since.',
  },
  evaluate(context: RubricContext) {
    const hypothetical = isHypotheticalStory(context.analysis, context.sections);
    const lessonIndexes = lessonIndexesOf(context, hypothetical);
    const lessons = lessonIndexes.map((index) => context.analysis.facts[index] as SentenceFacts);
    const applications = hypothetical ? [] : applicationsAfterLesson(context, lessonIndexes);
    // "What I changed after: the go-bag now has a printed sheet with both kids' NHS numbers": a change standing since is
    // as specific as a rule.
    const isSpecific = (facts: SentenceFacts): boolean =>
      isSpecificLesson(facts, hypothetical, context.analysis.doc.normalized) || (!hypothetical && (thingNowHas(facts.sentence.tokens) || ruleNowHolds(facts.sentence.tokens) || soRuleHolds(facts.sentence.tokens)) && !has(facts, 'genericLesson'));
    // "next time I would let mentors help choose apprentices": what the speaker would do differently, in this story's
    // own things, is as specific as a rule.
    const specificLessons = new Set(lessons.filter((f) => isSpecific(f) || (!hypothetical && nextTimeOf(f.sentence.tokens) && !has(f, 'genericLesson') && tiedToStory(context, f))));
    const specific = [...specificLessons, ...applications];
    const applied =
      applications.length > 0 ||
      lessons.some(
        (f) =>
          (has(f, 'learnApplied') || ownPracticeSince(f.sentence.tokens) || doesTheSame(f.sentence.tokens) || usedItAgain(f.sentence.tokens) || countedSince(f.sentence.tokens, context.analysis.doc.normalized) || standingPractice(f.sentence.tokens)) &&
          !THIRD_PERSON_OPENERS.has(f.sentence.tokens[0]?.lower ?? '') &&
          // "The ship was delivered and it has been sailing since then": the thing's doing since, not a lesson used.
          !othersSince(f) &&
          !appliedToAnyWork(f.sentence.tokens) &&
          !carriedInGeneral(f.sentence.tokens),
      );
    const notSpecific = lessons.filter((f) => !specificLessons.has(f));
    // Next to a specific lesson, only a platitude is worth pointing out as generic; a plain framing line is not.
    const generic = specific.length > 0 ? notSpecific.filter((f) => has(f, 'genericLesson')) : notSpecific;
    // A lesson that is not specific is worth more when the speaker says it was applied since, or when it is thin but
    // drawn from this story's own things ("I learned you must measure the waste before you fight the supplier"): the
    // development half's writers banded such lessons at 2 or above (scored 1, 18 of their bands were missed, none won).
    const thin = generic.length > 0 && generic.every((f) => !has(f, 'genericLesson') && tiedToStory(context, f));
    const genericLevel = applied || thin ? 2 : 1;
    let score = 0;
    if (lessons.length > 0) score = generic.length > 0 && specific.length === 0 ? genericLevel : 2;
    // "I learned the best guides are sometimes already in my team, only carrying the bags", after "Since then three more
    // porters went through the same path": a lesson drawn from this story's own things and put to use since. Not one only
    // pointed at ("Now I use some of what I learned in my kitchen"), which says no lesson.
    if (thin && applied && generic.every((f) => !pointsAtTheLesson(f.sentence.tokens))) score = 3;
    if (specific.length > 0) score = 3;
    if (specific.length > 0 && (applied || specific.length >= 2)) score = 4;
    if (lessons.length > 0 && specific.length === 0 && generic.some((f) => has(f, 'genericLesson'))) score = Math.min(score, 2);
    // A template's lesson ("I learned the importance of ownership and will continue to apply this") follows no event.
    const template = score > 1 && readTemplate(context.analysis, context.sections).isTemplate;
    // Nor does a lesson told with what one would do ("For me ownership means that if I can see the problem, it is mine").
    const unlived = score > 1 && !template && hypothetical;
    if (template || unlived) score = 1;
    // Only down: a story told well reads as one with a lesson whether or not it has one, and a rise could not quote
    // the lesson it credits. Down, it catches reflection the markers overrate ("I will always remember that lesson"),
    // and a lesson it doubts is scored as the generic one it reads as: on the development half, the writers banded
    // 134 of the 136 lessons it doubted at 3 or 4 at 2 or below, 26 of them at 1 or below.
    const learned = learnedStep(context, 'learning', score, { mayRise: false, fallsTo: genericLevel });
    score += learned;
    // Brought down to the generic level, the lines the rules took for specific are what the verdict calls generic.
    const readAsGeneric = learned < 0 && score <= 2 && specific.length > 0;
    const evidence = new Evidence();
    for (const f of readAsGeneric ? lessons : generic) if (!evidence.full) evidence.add(quoteFacts(context, f));
    const verdict =
      lessons.length === 0
        ? 'No lesson or reflection.'
        : specific.length > 0 && !readAsGeneric
          ? `A specific lesson${applied ? ', applied since' : ''}${generic.length > 0 ? `, plus ${generic.length} generic line${generic.length === 1 ? '' : 's'}` : ''}.`
          : thin
            ? applied
              ? 'The lesson is about this story and you say you applied it since, but it is not yet a rule you would follow next time.'
              : 'The lesson is about this story, but thin: it is not yet a rule you would follow next time.'
            : `The reflection is generic: it would fit any story${applied ? ', though you say you applied it' : ''}.`;
    const said =
      verdict +
      (template ? ' In a story with nothing real named, it was learned from nothing yet.' : '') +
      (unlived ? ' Told with what you would do, it was learned from no event yet.' : '') +
      (learned < 0 && !readAsGeneric ? ' Read as a whole, the reflection says less about this story than its wording suggests.' : '');
    return { score: clampScore(score), verdict: said, evidence: evidence.quotes, tip: learningTip(lessons.length, readAsGeneric ? 0 : specific.length, applied) };
  },
};

function learningTip(lessons: number, specific: number, applied: boolean): string {
  if (lessons === 0) return 'End with what you learned or would do differently, as a rule you now follow.';
  if (specific === 0) return 'Make the lesson specific to this story: what exactly would you do differently, and when?';
  if (!applied) return 'Add where you have applied the lesson since, with one example.';
  return 'Keep the lesson concrete and show it applied since.';
}
