import type { PhraseHit } from './phrases.js';
import { stem, type Token } from './text.js';
import {
  AGENTS,
  DETERMINERS,
  isGerund,
  isNegation,
  isPastOrParticiple,
  LINKING,
  MODALS,
  NUMBER_WORDS,
  opensSequence,
  ROLLOUT_VERBS,
  stems,
  TIME_WORDS,
  TRIAL_VERBS,
  type Marker,
  type SentenceReader,
  type TradeoffKind,
} from './tradeoff-sentence.js';

/**
 * Guardrails read from one sentence: a safeguard, a pilot, a staged rollout, a cap, a check, a backup, a watched
 * threshold or a second pair of eyes, counted only when someone put it in place.
 */

/** Verbs by which someone puts a safeguard in place. */
const PUT_IN_PLACE = stems([
  'add', 'added', 'build', 'built', 'put', 'set', 'introduce', 'introduced', 'require', 'required', 'insist', 'insisted', 'keep',
  'kept', 'create', 'created', 'write', 'wrote', 'install', 'installed', 'enforce', 'enforced', 'schedule', 'scheduled', 'wire',
  'wired', 'configure', 'configured', 'implement', 'implemented', 'establish', 'established', 'arrange', 'arranged', 'prepare',
  'prepared', 'take', 'took', 'make', 'made', 'run', 'ran', 'have', 'had', 'agree', 'agreed', 'print', 'printed', 'save', 'saved',
  'ask', 'asked', 'need', 'needed', 'get', 'got', 'plan', 'planned', 'draft', 'drafted', 'hook', 'hooked', 'turn', 'turned', 'use',
  'used', 'instal', 'start', 'started', 'place', 'placed', 'propose', 'proposed',
  // Something acquired to stand by: "I bought a second-hand boiler, just as backup", "we rented a spare generator".
  'buy', 'bought', 'order', 'ordered', 'rent', 'rented', 'borrow', 'borrowed',
]);
/** Verbs of securing something for a set day: "booked a standby pump", "hired a standby crew". */
const BOOKED = stems(['book', 'booked', 'hire', 'hired', 'reserve', 'reserved']);
const WATCH_VERBS = stems(['watch', 'watched', 'monitor', 'monitored', 'track', 'tracked']);
/** Things one watches to learn from them. */
/** Others' work that one watches once to see how it is done: "watched the inspection", "watched their handover". */
const OBSERVED_WORK = stems(['inspection', 'meeting', 'handover', 'demonstration', 'rehearsal', 'briefing', 'training', 'interview', 'walkthrough', 'changeover']);
const ONE_OF = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'one']);
/** How far after its article the piece of work may stand: "the pre-trip inspection". */
const OBSERVED_REACH = 4;
const VIEWED = stems(['video', 'videos', 'film', 'films', 'webinar', 'webinars', 'session', 'sessions', 'tutorial', 'tutorials', 'talk', 'talks', 'lecture', 'lectures', 'recording', 'recordings', 'documentary', 'youtube', 'demo', 'demos', 'course', 'courses']);
/** Words that set a threshold on a watch, which makes it a trigger for action. */
const THRESHOLDS = stems(['exceed', 'exceeded', 'exceeds', 'threshold', 'trigger']);
const THRESHOLD = stem('threshold');
/** Comparisons that make a threshold only with a level after them: "above 2%", "more than 40"; not "more visibility". */
const COMPARISONS = stems(['above', 'below', 'over', 'under', 'beyond', 'more', 'less', 'fewer']);
/** Prepositions that scope a rollout to part of the whole: "to one region first", "on the night shift only". */
const SCOPE_PREPOSITIONS = new Set(['to', 'on', 'with', 'in', 'at', 'for']);
const SMALL_SCOPES = new Set(['one', 'a', 'the', 'two', 'single', 'small', 'handful', 'few']);
const LIMIT_FOLLOWERS = new Set(['of', 'on', 'at', 'to', 'for', 'per']);
/** How often a limit applies: "a monthly cap", "a daily limit". */
const PER_PERIOD = new Set(['daily', 'weekly', 'monthly', 'yearly', 'annual', 'hourly', 'nightly']);
/** Limit words that take a figure right after or before them: "max 0.5 mm", "48 hours maximum". */
const BOUNDS = new Set(['max', 'maximum', 'minimum']);
/** What follows a contract clause that binds someone: "a clause requiring notice", "a clause that". */
const CLAUSE_TERMS = new Set(['requiring', 'that', 'which', 'obliging', 'committing', 'making', 'giving', 'on', 'for', 'to']);
/** Verbs by which a clause is won into a contract: "negotiated the clause that lets us", "got the penalty clause in". */
const CLAUSE_WON = new Set(['negotiated', 'signed', 'included', 'inserted', 'drafted', 'won', 'secured', 'got', 'pushed']);
/** Verbs that follow a tool when it reports rather than guards: "the load test showed", "the pilot suggested". */
const REPORTING = new Set(['showed', 'shows', 'show', 'revealed', 'reveals', 'said', 'says', 'indicated', 'suggested', 'told', 'predicted', 'proved', 'confirmed', 'found', 'highlighted']);

/** Who is told "to switch off" when it means to rest. */
const RESTING_PEOPLE = new Set(['people', 'staff', 'them', 'everyone', 'him', 'her', 'us', 'you', 'colleagues', 'team']);

const CAUSATIVES = new Set(['had', 'asked', 'got', 'needed', 'have', 'ask', 'get', 'has']);
const REVIEW_VERBS = stems(['review', 'check', 'proofread', 'approve', 'sign', 'verify', 'audit', 'look']);
const APPROVE = stem('approve');
const SIGN = stem('sign');
const SIGNED_PAPERS = stems(['deal', 'contract', 'lease', 'agreement', 'cheque', 'petition', 'letter', 'form']);
const APPROVAL_STEP = `${stem('approval')} ${stem('step')}`;

const LOOK_ADJECTIVES = new Set(['proper', 'good', 'quick', 'close', 'closer', 'long', 'longer', 'hard', 'careful', 'deep', 'deeper', 'fresh', 'real', 'detailed', 'thorough', 'better', 'full', 'second', 'final', 'last', 'brief']);

export function secondPairOfEyes(reader: SentenceReader): [number, number] | undefined {
  if (reader.onlyHypothetical()) return undefined;
  for (const token of reader.tokens) {
    const k = token.index;
    // "ran the plan past the fire officer": something run past someone; "the shift often ran past 3pm" is a time.
    if (token.lower === 'past' && ['ran', 'run', 'running'].some((w) => reader.anyIn(Math.max(0, k - 5), k - 1, (t) => t.lower === w))) {
      return reader.span(Math.max(0, k - 4), 7);
    }
    // "had all 14 re-checked by a second linguist": the causative, the work, the check in the participle, and who.
    if (REVIEW_VERBS.has(token.stem) && token.lower.endsWith('ed') && reader.lower(k + 1) === 'by' && reader.anyIn(Math.max(0, k - 6), k, (t) => CAUSATIVES.has(t.lower))) {
      return reader.span(Math.max(0, k - 5), 9);
    }
    // "got some nice reviews", "ran the checks": a plural is a noun, not someone made to review.
    if (!REVIEW_VERBS.has(token.stem) || token.lower.endsWith('ed') || token.lower.endsWith('ing') || (token.lower.endsWith('s') && token.lower !== token.stem)) continue;
    // "regular check-ins" are meetings.
    if (reader.lower(k + 1) === 'in' || reader.lower(k + 1) === 'ins') continue;
    // "got the board to approve replacing the four oldest clocks": a go-ahead for the course itself, not a check on it.
    if (token.stem === APPROVE && isGerund(reader.token(k + 1))) continue;
    // "got the owner to sign a deal with a ride-hailing company": a contract signed, not someone's work checked.
    if (token.stem === SIGN && reader.anyIn(k + 1, Math.min(reader.tokens.length, k + 3), (t) => SIGNED_PAPERS.has(t.stem))) continue;
    // The causative, then someone else, then the review: "had | my manager | review", "asked | a colleague | to check".
    for (let c = k - 1; c >= Math.max(0, k - 5); c--) {
      if (!CAUSATIVES.has(reader.lower(c))) continue;
      const other = reader.lower(c + 1);
      // "had a look" is the speaker looking; "had a colleague look" brings in someone else.
      // "had a proper look", "had a closer look" too.
      // "had a bit of a look", "had a good old look", "had the look": a review verb right after an article or a
      // look-adjective is a noun.
      const justBefore = reader.lower(k - 1);
      const nounUse = justBefore === 'a' || justBefore === 'an' || LOOK_ADJECTIVES.has(justBefore) || (c + 2 === k && justBefore === 'the');
      // "I had learned to sign as an adult": a past perfect, not someone made to check.
      if (reader.lower(c) === 'had' && c + 1 < k && isPastOrParticiple(reader.token(c + 1))) continue;
      // "before I ask for anything new, I look at what's lying around": the speaker looks in a clause of their own;
      // the one made to review is named in the causative's clause.
      const ownClause = reader.anyIn(c, k, (t) => reader.gapAfter(t.index).includes(','));
      if (c + 1 < k && !AGENTS.has(other) && other !== 'to' && !nounUse && !ownClause && reader.agentBefore(c, 3)) return [c, Math.min(reader.tokens.length, k + 3)];
    }
  }
  return undefined;
}

/** Guardrails: things that limit the damage of a change, counted only when someone put them in place. */
export function guardrail(reader: SentenceReader, hit: PhraseHit<Marker>, add: (kind: TradeoffKind, span: [number, number], key: string) => void): void {
  const { from, to } = hit;
  if (reader.negated(from) || reader.onlyHypothetical()) return;
  // "instead of a pilot" names the option not taken.
  if (['of', 'than'].includes(reader.lower(from - 1)) && ['instead', 'rather'].includes(reader.lower(from - 2))) return;
  // "40 members asking about the pilot": what people talk about, not a safeguard anyone put in place.
  if (reader.lower(from - 1) === 'about' || (reader.lower(from - 2) === 'about' && DETERMINERS.has(reader.lower(from - 1)))) return;
  const [start, end] = reader.clauseOf(from);
  switch (hit.category) {
    case 'control': {
      // "that I had signed off the work, so it was mine": the speaker owning an approval given before, not a check set up.
      if (hit.key.startsWith(SIGN) && reader.lower(from - 1) === 'had' && AGENTS.has(reader.lower(from - 2))) return;
      // "my supervisor was ready to sign off": the approval about to be given, which the story stops.
      if (hit.key.startsWith(SIGN) && reader.lower(from - 1) === 'to' && ABOUT_TO.has(reader.lower(from - 2))) return;
      // "my approach to wellbeing in safeguarding", "the safeguarding team": the field of work, not a safeguard.
      if (reader.lower(from) === 'safeguarding' && !DETERMINERS.has(reader.lower(to)) && !AGENTS.has(reader.lower(from - 1))) return;
      if (hit.key === stem('second')) {
        if (reader.anyIn(to, Math.min(end, to + 4), (t) => ['review', 'check', 'approv', 'sign', 'pair', 'look', 'opinion', 'approver'].some((w) => t.stem.startsWith(stem(w))))) {
          add('guardrail', reader.span(from, 5), 'second review');
        }
        return;
      }
      if (hit.key.startsWith('doubl')) {
        // "I double-checked" is the speaker's own care; "had a colleague double-check" is a second pair of eyes.
        // "how important it is to double check things" is a value, not a check anyone put in place.
        if (reader.lower(from - 1) === 'to' && ['is', 'was', "it's"].includes(reader.lower(from - 2))) return;
        if (reader.lower(from - 1) === 'to' || reader.anyIn(Math.max(start, from - 4), from, (t) => ['had', 'asked', 'got', 'made'].includes(t.lower))) {
          add('guardrail', reader.span(Math.max(start, from - 3), 6), 'double check');
        }
        return;
      }
      if (GOING_BACK.has(hit.key)) {
        // "ready to go back in one step", "could switch back": a way back kept ready. "We had to go back to paper" is what
        // happened, and "money that could go back into services" no way back, so "go" counts only when kept ready.
        const readyTo = reader.lower(from - 1) === 'to' && reader.lower(from - 2) === 'ready';
        const ready = readyTo || (hit.key !== 'go back' && ['can', 'could'].includes(reader.lower(from - 1)));
        if (ready) add('guardrail', [Math.max(start, from - 4), Math.min(end, to + 2)], 'roll back');
        return;
      }
      if (['roll back', 'fall back', 'switch off', 'turn off', 'revert', 'undo'].includes(hit.key)) {
        // The verb guards only as a plan: "could roll back", "ready to roll back", "roll back if".
        const plan = ['can', 'could', 'to', 'able', 'ready', 'would'].includes(reader.lower(from - 1)) || ['if', 'within', 'in', 'on'].includes(reader.lower(to));
        // "not in telling people to switch off": people resting, with nothing switched off.
        const resting = reader.lower(from - 1) === 'to' && RESTING_PEOPLE.has(reader.lower(from - 2)) && to >= end;
        if (!plan || resting) return;
        // "behind dual writes we could switch off": quote what can be switched off or rolled back.
        add('guardrail', [Math.max(start, from - 4), Math.min(end, to + 2)], hit.key);
        return;
      }
      // "As a guardrail, I ran test strips every hour": the clause after says what the safeguard was.
      // "As a guardrail, one of our clerks witnesses every shredding": or the speaker's people carry it out.
      if (ABSTRACT_CONTROLS.has(hit.key) && reader.lower(from - 1) === 'a' && reader.lower(from - 2) === 'as' && reader.anyIn(to, to + 5, (t) => AGENTS.has(t.lower) || (OUR_PEOPLE.has(t.lower) && t.index > to + 1))) {
        add('guardrail', reader.span(from - 2, 12), hit.key);
        return;
      }
      // "our load test showed checkout failing" is evidence read, not a safeguard put in place.
      const phrase = nounPhrase(reader, from, to);
      if (generic(reader, hit, phrase)) return;
      if (REPORTING.has(reader.lower(to)) || REPORTING.has(reader.lower(phrase[1]))) return;
      if (PRACTICES.has(hit.phrase) && !reader.someoneActs()) return;
      // "showed my officer the records side by side with the paper ones": two things set out to be compared, not two
      // ways of working run together, unless for a stretch of time ("show both numbers side by side for one quarter").
      if (SIDE_BY_SIDE.has(hit.phrase) && reader.anyIn(Math.max(0, from - 10), from, (t) => SETTING_OUT.has(t.stem)) && !stretchOfTimeAfter(reader, to)) return;
      // "I listened to his calls with him, side by side", "talking side by side", "plates side by side with me": two people
      // beside each other, not two ways of working run together.
      if (hit.phrase === 'side by side' && peopleBeside(reader, from, to)) return;
      // "sat in on two company rehearsals", "watched a rehearsal": attending someone else's, not rehearsing a change.
      if (hit.key.startsWith('rehears') && reader.anyIn(Math.max(0, from - 5), from, (t) => ATTENDING.has(t.lower))) return;
      // "recording every rehearsal": the band's routine, not a try-out of a change.
      if (hit.key.startsWith('rehears') && ROUTINE.has(reader.lower(from - 1))) return;
      // "at the first rehearsal with orchestra", "during the dress rehearsal": a point in a show's schedule.
      if (hit.key.startsWith('rehears') && reader.anyIn(Math.max(0, from - 4), from, (t) => WHEN_AT.has(t.lower) && reader.lower(t.index + 1) === 'the')) return;
      // "I stopped accepting 'nearly' in rehearsal": where a performer's work happens, unless something is tried there.
      if (hit.key.startsWith('rehears') && reader.lower(from - 1) === 'in' && !reader.anyIn(0, from, (t) => TRIED_THERE.has(t.stem))) return;
      if (hit.key === 'in shadow' && !reader.someoneActs()) return;
      // "the aircraft was on standby for forest fires": a state of the scene; "I kept a crew on standby" is a reserve.
      if (HELD_BACK.has(hit.phrase) && !reader.someoneActs()) return;
      add('guardrail', phrase, hit.key);
      return;
    }
    case 'trial':
      // "in the two trials since": trials counted after the story, not one the speaker ran.
      if (reader.lower(to) === 'since') return;
      // "a trainee pilot who was struggling": someone who flies, not a trial.
      if (reader.lower(from) === 'pilot' && (['who', 'whose', 'was', 'had'].includes(reader.lower(to)) || FLYERS.has(reader.lower(from - 1)))) return;
      // "Then I told the pilot on the same channel", "the pilot confirmed": a person spoken to or speaking.
      if (reader.lower(from) === 'pilot' && reader.lower(from - 1) === 'the' && (SPOKEN_TO.has(reader.lower(from - 2)) || SPEAKING.has(reader.lower(to)))) return;
      // "amended before trial", "went to trial": a court's trial, bare; a pilot has its article ("a trial", "the trial run").
      if (reader.lower(from) === 'trial' && ['before', 'at', 'to', 'after', 'awaiting', 'on'].includes(reader.lower(from - 1))) return;
      // "a silk's trial got moved forward", "his trial": someone else's trial, in a court.
      if (reader.lower(from) === 'trial' && (OTHERS_POSSESSIVE.has(reader.lower(from - 1)) || /[a-z]'s$/.test(reader.lower(from - 1)))) return;
      // "so I agreed a six-month trial": the speaker a few words before puts the trial in place even when the verb
      // ("agreed", "set up") is not read as an action of theirs.
      // "I started with three teams as a pilot": what the speaker did, framed as the trial.
      const framedAsTrial = reader.lower(from - 2) === 'as' && reader.agentBefore(from, FRAMING_REACH);
      if (reader.lower(from - 1) === 'clinical' || !(reader.someoneActs() || agreedTrial(reader, from) || framedAsTrial) || generic(reader, hit, nounPhrase(reader, from, to))) return;
      if (REPORTING.has(reader.lower(to))) return;
      // "kept a 10% control group for two months": a group held back from the change, to see what it costs; the
      // control group of someone else's study is only compared with.
      if (HELD_BACK_GROUPS.has(reader.lower(from)) && !reader.anyIn(Math.max(start, from - 4), from, (t) => HOLDING_BACK.has(t.stem))) return;
      // The verb ("trialled it on the day shift first") is quoted with what was tried; the noun with its phrase.
      add('guardrail', isPastOrParticiple(reader.token(from)) ? reader.span(from, 8) : nounPhrase(reader, from, to), 'pilot');
      return;
    case 'staged':
      staged(reader, hit, add);
      return;
    case 'checkpoint':
      if (checkpoint(reader, from, to)) add('guardrail', reader.span(Math.max(start, from - 1), 8), 'checkpoint');
      return;
    case 'share': {
      // "rolled it out to 5% of traffic", "released it to a small group of users": a share of the whole goes first.
      const changed = reader.anyIn(Math.max(0, from - 12), from, (t) => ROLLOUT_VERBS.has(t.stem) || TRIAL_VERBS.has(t.stem));
      const scoped = reader.anyIn(Math.max(start, from - 3), from, (t) => SCOPE_PREPOSITIONS.has(t.lower));
      const opening = DETERMINERS.has(reader.lower(from - 1)) || reader.token(from - 1)?.kind === 'number' ? from - 1 : from;
      if (changed && scoped && reader.someoneActs()) add('guardrail', [Math.max(start, opening), Math.min(end, to + 1)], 'limited scope');
      return;
    }
    case 'limit': {
      // "under our limit for the first time", "went far over the limit": a level measured against, not one set.
      if (MEASURED_AGAINST.has(reader.lower(from - 2)) || MEASURED_AGAINST.has(reader.lower(from - 1))) return;
      // "our caps were the cheap ones with no liner", "switched to caps with a pressure liner": bottle caps, hard hats;
      // a limit in the plural is one set on something ("caps on overtime").
      if (reader.lower(from) === 'caps' && !LIMIT_FOLLOWERS.has(reader.lower(to))) return;
      // "I visited a cap workshop": after a determiner, "cap" is a noun, not "I cap".
      const verbForm = ['cap', 'timebox', 'time box'].includes(hit.key) && !DETERMINERS.has(reader.lower(from - 1)) ? reader.agentBefore(from, 3) : false;
      // "a cap on refunds" someone set; "my limits were..." the speaker's own.
      const owned = ['my', 'our'].includes(reader.lower(from - 1));
      // "a monthly cap of 2.5 million soles": a determiner before the word that says how often the limit applies.
      const determined = DETERMINERS.has(reader.lower(from - 1)) || (PER_PERIOD.has(reader.lower(from - 1)) && DETERMINERS.has(reader.lower(from - 2)));
      const nounForm = determined && ((LIMIT_FOLLOWERS.has(reader.lower(to)) && reader.someoneActs()) || (owned && ['was', 'were'].includes(reader.lower(to))));
      // "I limited it to two a day"; "asked for a restart button in the app, limited to the charger the driver was at":
      // the participle after a comma, on what the speaker asked for or built.
      const limitedOnObject = reader.lower(from) === 'limited' && reader.gapAfter(from - 1).includes(',') && speakerOpens(reader, from);
      const limitedTo = hit.key === stem('limited') && (reader.agentBefore(from, 3) || limitedOnObject) && reader.anyIn(to, Math.min(end, to + 5), (t) => t.lower === 'to');
      const noMoreThan = hit.key === 'no more than' && reader.someoneActs();
      // "I kept that one borehole, capped at eight hours' pumping a day": the participle on what the speaker kept.
      const cappedAt = reader.lower(from) === 'capped' && ['at', 'to'].includes(reader.lower(to)) && isLevel(reader.token(to + 1)) && reader.someoneActs();
      // "That's the limit I set myself", "the cap we agreed".
      const setByUs = AGENTS.has(reader.lower(to)) && PRE_AGREEING.has(reader.token(to + 1)?.stem ?? '');
      // "I agreed a limit with the fleet engineer", "we set a cap", "we agreed on a cap": the speaker's side fixing it.
      const verbAt = ['on', 'upon'].includes(reader.lower(from - 2)) ? from - 3 : from - 2;
      const setAsObject = DETERMINERS.has(reader.lower(from - 1)) && PRE_AGREEING.has(reader.token(verbAt)?.stem ?? '') && reader.agentBefore(verbAt, 3);
      // "max 0.5 mm difference on one bogie", "48 hours maximum": a bound with its figure, in a story of someone acting.
      // "So I went to the owner with two changes. Maximum five hours of setting a day, ...": a bound opening the line
      // after the speaker's step is one of the terms put forward.
      const proposedTerm = from === 0 && reader.previousActs;
      // "two resets per hour max": the figure before its rate.
      const rateBefore = reader.lower(from - 2) === 'per' && isLevel(reader.token(from - 4));
      const bound = BOUNDS.has(hit.key) && (isLevel(reader.token(to)) || isLevel(reader.token(from - 2)) || rateBefore) && (reader.someoneActs() || proposedTerm);
      if (verbForm || nounForm || limitedTo || noMoreThan || setByUs || cappedAt || setAsObject || bound) add('guardrail', reader.span(Math.max(start, setAsObject ? verbAt : from - 1), 7), 'limit');
      return;
    }
    case 'check':
      // A check as a control needs a determiner or a kind ("a check", "daily checks") and someone who put it there.
      // A check is a noun here, not the verb "I checked the logs" or "check the config".
      if (hit.key === 'check' && !checkIsNoun(reader, from)) return;
      // "a tracker of every outstanding check", "chased the pending approvals": work still owed by others, not a control.
      if (reader.anyIn(Math.max(0, from - 2), from, (t) => OWED.has(t.lower))) return;
      // "agreed to a clause requiring the vendor to add detections within 30 days": a contract term that limits the damage.
      if (hit.key === stem('clause') || hit.key === stem('covenant')) {
        // "sent the list with the contract clause that covers repairs": a standing clause cited, not a term put in place.
        const cited = reader.anyIn(Math.max(start, from - 3), from, (t) => t.lower === 'the') && !putInPlace(reader, from) && !reader.anyIn(Math.max(0, from - 8), from, (t) => CLAUSE_WON.has(t.lower));
        if (CLAUSE_TERMS.has(reader.lower(to)) && !cited && (reader.someoneActs() || reader.agentBefore(from, 8))) add('guardrail', reader.span(Math.max(start, from - 2), 8), 'contract clause');
        return;
      }
      // "change the procedure first, with a check of every valve after 30 days": a check that goes with the change.
      if (hit.key === 'check' && reader.lower(from - 2) === 'with' && reader.lower(from - 1) === 'a' && reader.someoneActs()) {
        add('guardrail', reader.span(from - 2, 8), 'check');
        return;
      }
      // An approval guards when it is required of every case, not when the speaker got one for a plan.
      if (hit.key === stem('approval') && !reader.anyIn(Math.max(0, from - 3), from, (t) => REQUIRING.has(t.stem))) return;
      // "the business case with the reactor, the approval steps and the collection": the steps a plan goes through.
      if (hit.key === APPROVAL_STEP && reader.lower(from - 1) === 'the') return;
      if (putInPlace(reader, from)) add('guardrail', reader.span(Math.max(start, from - 2), 7), 'check');
      return;
    case 'backup':
      // "booked a standby pump", "kept a standby van booked": one put in place for the day; "the standby pump" of the
      // site, or "switched to the standby", is what was there already.
      if (hit.key === stem('standby')) {
        if (['a', 'an'].includes(reader.lower(from - 1)) && (putInPlace(reader, from) || reader.anyIn(Math.max(start, from - 4), from, (t) => BOOKED.has(t.stem)))) add('guardrail', reader.span(Math.max(start, from - 2), 7), 'backup');
        return;
      }
      // "a backup", and "a back-up" (which the tokens split): a thing put in place; "backed up the files" needs its doer.
      if (hit.key === 'backup' || DETERMINERS.has(reader.lower(from - 1)) ? putInPlace(reader, from) : reader.agentBefore(from, 3)) add('guardrail', reader.span(Math.max(start, from - 2), 7), 'backup');
      return;
    case 'watch': {
      // "I'm a monitoring analyst", "the monitoring team": a job or a team named by what it watches.
      if (WATCHING_ROLES.has(reader.token(to)?.stem ?? '')) return;
      // "the track to our camp", "a forest track": a path, not tracking; "on track" is an idiom. "kept track of" tracks.
      if (/^tracks?$/.test(reader.lower(from)) && (DETERMINERS.has(reader.lower(from - 1)) || DETERMINERS.has(reader.lower(from - 2)) || ['on', 'off'].includes(reader.lower(from - 1)))) return;
      // "put the account on a 60-day watch": the noun, a watch someone set up, not the verb.
      const noun = hit.key === stem('watch') && (DETERMINERS.has(reader.lower(from - 1)) || reader.token(from - 1)?.kind === 'number' || reader.token(from - 2)?.kind === 'number');
      const watcher = WATCH_VERBS.has(hit.key) && !noun ? reader.agentBefore(from, 3) : putInPlace(reader, from);
      // "watched some videos", "watched a webinar": learning from something, not keeping watch over it.
      if (!watcher || (WATCH_VERBS.has(hit.key) && reader.anyIn(to, Math.min(reader.tokens.length, to + 3), (t) => VIEWED.has(t.stem)))) return;
      // "I went there and watched the pre-trip inspection": one piece of others' work, looked at to see how it is done
      // ("watched every inspection for a month" keeps watch).
      if (WATCH_VERBS.has(hit.key) && ONE_OF.has(reader.lower(to)) && reader.anyIn(to + 1, Math.min(reader.tokens.length, to + OBSERVED_REACH), (t) => OBSERVED_WORK.has(t.stem))) return;
      if (watchingWhenItHappened(reader, from, to)) return;
      // A threshold is a level that makes someone act: "if refunds went above 2%", "over 500 ms"; "if anything broke" is none.
      // "the under-17s", "the 1990s": a figure made plural names a group or a decade, not a level.
      // "for our 3 tower sites": a figure after whose things they are counts them, it sets no level.
      const level = (t: Token): boolean => t.kind === 'number' && !/^\d+s$/.test(t.text) && !TIME_WORDS.has(reader.token(t.index + 1)?.stem ?? '') && !OWNERS.has(reader.lower(t.index - 1));
      const threshold = reader.anyIn(to, Math.min(reader.tokens.length, to + 12), (t) =>
        // "alert thresholds were reviewed" names none; "a threshold on late deliveries", "thresholds of 2%" or "when it
        // exceeded" set one.
        // "a lower threshold": one adjective may stand between.
        (THRESHOLDS.has(t.stem) && (t.stem !== THRESHOLD || [t.index - 1, t.index - 2].some((i) => ['a', 'an', 'one'].includes(reader.lower(i))) || reader.anyIn(t.index + 1, Math.min(reader.tokens.length, t.index + 5), level))) ||
        level(t) || (COMPARISONS.has(t.stem) && reader.anyIn(t.index + 1, Math.min(reader.tokens.length, t.index + 4), level)),
      );
      // "a 13 °C alarm on the supply", "a 2% alert": the level told before what it sets off.
      const levelBefore = reader.anyIn(Math.max(start, from - 3), from, level);
      const opening = DETERMINERS.has(reader.lower(from - 1)) ? from - 1 : levelBefore ? Math.max(start, from - 3) : from;
      const guarded = threshold || levelBefore;
      add(guarded ? 'guardrail' : 'watch', reader.span(Math.max(start, opening), guarded ? 12 : 7), guarded ? 'alert threshold' : 'watch');
      return;
    }
    default:
  }
}

const WATCHING_ROLES = stems(['analyst', 'officer', 'team', 'engineer', 'role', 'job', 'desk', 'department', 'unit', 'specialist', 'lead', 'manager', 'technician', 'staff',
  // "an ECHO monitoring visit found that...": an outside body's visit, not a watch anyone kept on a course.
  'visit', 'mission']);

/** A figure or a number word other than the article: "capped at 40", "capped at eight hours". */
function isLevel(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'number' || (NUMBER_WORDS.has(token.lower) && !['a', 'few', 'several'].includes(token.lower)));
}

/** Words before "pilot" that make it someone who flies. */
const SPOKEN_TO = new Set(['told', 'asked', 'called', 'radioed', 'warned', 'informed', 'briefed', 'phoned', 'rang', 'alerted', 'messaged', 'thanked', 'reassured']);
const SPEAKING = new Set(['confirmed', 'said', 'agreed', 'asked', 'told', 'replied', 'answered', 'called', 'radioed', 'refused', 'insisted', 'decided']);
const FLYERS = new Set(['trainee', 'student', 'airline', 'helicopter', 'glider', 'fighter', 'co', 'harbour', 'harbor', 'maritime', 'licensed', 'qualified', 'senior', 'junior', 'private', 'commercial', 'drone', 'test']);
/** Possessives that make a trial someone else's (a court's), not one the speaker ran: "his trial", "their trial". */
const OTHERS_POSSESSIVE = new Set(['his', 'her', 'their', 'its']);

/** Words for safeguards in general; they name one only with what it does ("a safeguard that blocks refunds over $500"). */
const ABSTRACT_CONTROLS = new Set(['guardrail', 'safeguard']);
/** "one of our clerks", "my deputy": the speaker's people, who carry out what the speaker set up. */
const OUR_PEOPLE = new Set(['our', 'my']);

/**
 * A safeguard named only as a kind: "guardrails", "feature flags and canary releases" as a bare plural, or "a
 * safeguard" with nothing said about what it guards. A specific one has a determiner or a number, or says what it does.
 */
function generic(reader: SentenceReader, hit: PhraseHit<Marker>, [first, last]: [number, number]): boolean {
  // The head noun is the marker's last word, or the noun it modifies ("canary releases", "feature flags").
  const after = reader.token(hit.to);
  const head = after !== undefined && last > hit.to && !PHRASE_STOPS.has(after.lower) && after.lower.endsWith('s') ? after : (reader.token(hit.to - 1) as Token);
  const opened = first < hit.from || reader.token(hit.from - 1)?.kind === 'number';
  const plural = head.lower.endsWith('s') && !head.lower.endsWith('ss') && head.stem !== head.lower;
  if (ABSTRACT_CONTROLS.has(head.stem) || ABSTRACT_CONTROLS.has(head.lower)) {
    const said = ['that', 'which', 'on', 'for', 'against', 'to'].includes(reader.lower(hit.to)) || reader.gapAfter(hit.to - 1).includes(':');
    return !said;
  }
  return plural && !opened;
}

/** How far before "as a pilot" the speaker may stand: "I started with three teams as a pilot". */
const FRAMING_REACH = 8;

const ROUTINE = new Set(['every', 'each', 'weekly', 'daily', 'nightly', 'all']);
/** Prepositions that place a rehearsal in time. */
const WHEN_AT = new Set(['at', 'during', 'after', 'before', 'until', 'by']);
/** Verbs by which something is tried out in rehearsal, which makes the rehearsal a dry run. */
const TRIED_THERE = stems(['tried', 'tested', 'trialled', 'trialed', 'practised', 'practiced']);
const ATTENDING = new Set(['sat', 'attended', 'watched', 'observed', 'visited', 'joined', 'saw']);

/** Reserves that are a state of the scene unless someone put them there: "the aircraft was on standby". */
const HELD_BACK = new Set(['on standby', 'in reserve']);
/** Safeguards that are ways of working rather than devices: they count only when someone in the sentence acts. */
const PRACTICES = new Set([
  'side by side', 'alongside the old', 'alongside the new', 'buffer',
  'in parallel', 'in shadow', 'in staging', 'on staging', 'staging environment', 'sandbox', 'rehearse', 'rehearsed', 'rehearsal',
  'test run', 'practice run', 'stop loss', 'hedge', 'hedged', 'start small', 'started small', 'small scale', 'load test',
  'peer review', 'a b test', 'ab test', 'dry run',
]);

const SIDE_BY_SIDE = new Set(['side by side', 'alongside the old', 'alongside the new']);
/** People named right before or after "side by side": "with him, side by side", "side by side with me". */
const PEOPLE_OBJECTS = new Set(['him', 'her', 'me', 'us', 'you']);
/** Verbs of people being beside each other: "sat side by side", "talking side by side". */
const BESIDE = stems(['sat', 'sit', 'sitting', 'seated', 'stood', 'stand', 'standing', 'talk', 'talked', 'talking', 'walked', 'walking']);

function peopleBeside(reader: SentenceReader, from: number, to: number): boolean {
  if (BESIDE.has(reader.token(from - 1)?.stem ?? '')) return true;
  if (reader.anyIn(Math.max(0, from - 2), from, (t) => PEOPLE_OBJECTS.has(t.lower))) return true;
  return reader.lower(to) === 'with' && PEOPLE_OBJECTS.has(reader.lower(to + 1));
}

/** Verbs that lay things out to be looked at. */
const SETTING_OUT = stems(['showed', 'show', 'shown', 'presented', 'present', 'laid', 'put', 'printed', 'compared', 'displayed', 'placed', 'held', 'hung', 'set']);

/** Whose things a figure counts: "our 3 sites", "their 2 trucks". */
const OWNERS = new Set(['our', 'my', 'their', 'his', 'her', 'its', 'your']);

const PERCEIVING = new Set(['see', 'saw', 'notice', 'noticed', 'spot', 'spotted', 'hear', 'heard']);

/**
 * "I was watching the water and I see the clouds going dark", "we were monitoring the line when it tripped": what
 * someone was doing when the trouble began, the scene of the story, not a watch set up to catch it.
 */
function watchingWhenItHappened(reader: SentenceReader, from: number, to: number): boolean {
  if (!['was', 'were'].includes(reader.lower(from - 1)) || !reader.lower(from).endsWith('ing')) return false;
  return reader.anyIn(to, Math.min(reader.tokens.length, to + 8), (t) => t.lower === 'when' || (PERCEIVING.has(t.lower) && AGENTS.has(reader.lower(t.index - 1))));
}

/** Words before a time word that make it a stretch: "for one quarter", "over two weeks"; not "same-day pulping". */
const STRETCH_LEADS = new Set(['for', 'over', 'until', 'till', 'through', 'during', 'throughout']);

/** A stretch of time within a few words after `at`: "side by side for one quarter". */
function stretchOfTimeAfter(reader: SentenceReader, at: number): boolean {
  return reader.anyIn(at, Math.min(reader.tokens.length, at + 8), (t) => TIME_WORDS.has(t.stem) && reader.anyIn(Math.max(at, t.index - 3), t.index, (u) => STRETCH_LEADS.has(u.lower)));
}

const REQUIRING = stems(['require', 'required', 'need', 'needed', 'insist', 'insisted', 'add', 'added', 'introduce', 'introduced', 'mandatory', 'mandated', 'second']);

/** Words that end a safeguard's noun phrase: "a fallback and capped" stops before "and". */
const PHRASE_STOPS = new Set(['and', 'or', 'with', 'to', 'for', 'so', 'then', 'but', 'before', 'after', 'in', 'at', 'which', 'that', 'because', 'until', 'while', 'as', 'if']);

/** The safeguard with its determiner and the words that complete it: "a rollback trigger on error rate". */
function nounPhrase(reader: SentenceReader, from: number, to: number): [number, number] {
  const [start, end] = reader.clauseOf(from);
  // Back to the determiner that opens the phrase ("a manual fallback"), at most three words back.
  let first = from;
  for (let k = from - 1; k >= Math.max(start, from - 3); k--) {
    const word = reader.lower(k);
    if (PHRASE_STOPS.has(word) || isPastOrParticiple(reader.token(k))) break;
    if (DETERMINERS.has(word) || word === 'behind') {
      first = k;
      break;
    }
  }
  let last = to;
  while (last < end && last < to + 4 && !PHRASE_STOPS.has(reader.lower(last))) last++;
  return [first, last];
}

/** "a check", "spot checks", "daily checks before dispatch": a noun, after no subject and before no object. */
function checkIsNoun(reader: SentenceReader, at: number): boolean {
  const before = reader.lower(at - 1);
  if (before === 'double' || before === 'to' || AGENTS.has(before) || MODALS.has(before) || ['they', 'she', 'he', 'you', 'and', 'would', 'will', 'can'].includes(before)) return false;
  const token = reader.token(at) as Token;
  if (token.lower === 'checked' || token.lower === 'checking') return false;
  const next = reader.lower(at + 1);
  // A "check-in" is a meeting and a "check-out" a kind of room to clean or a till, not a check on the work.
  if (next === 'in' || next === 'ins' || next === 'out' || next === 'outs') return false;
  // "our leak-check gear", "a check valve": kit named by what it checks, not a check someone put on the work.
  if (CHECK_KIT.has(next)) return false;
  return !DETERMINERS.has(next) || next === 'that' || token.lower === 'checks';
}

const GOING_BACK = new Set(['go back', 'switch back', 'change back']);
const CHECK_KIT = new Set(['gear', 'kit', 'kits', 'valve', 'valves', 'equipment', 'tool', 'tools', 'weight', 'weights']);

/** A review set for later ("agreed to review it after two weeks", "a weekly audit"): a point to stop or change course. */
function checkpoint(reader: SentenceReader, from: number, to: number): boolean {
  const [, end] = reader.clauseOf(from);
  // A point in time: "after two weeks", "every Friday", "weekly"; "code reviews on every pull request" is routine work.
  const when = reader.anyIn(Math.max(0, from - 1), Math.min(end, to + 6), (t) =>
    ['weekly', 'daily', 'monthly', 'nightly', 'fortnightly'].includes(t.lower) ||
    (['after', 'every'].includes(t.lower) && reader.anyIn(t.index + 1, Math.min(end, t.index + 4), (u) => TIME_WORDS.has(u.stem) || DAY_WORDS.has(u.lower) || WEEKDAYS.has(u.lower))),
  );
  if (!when) return false;
  // "I now review our claim reasons every quarter": the speaker's habit since, the lesson applied, not a check put on
  // the course taken.
  if (habitOfOurs(reader, from)) return false;
  // "review their work with them every week": a mentor going through someone's work together, coaching rather than a
  // check on a course.
  const together = POSSESSIVE_PEOPLE.has(reader.lower(to)) && reader.anyIn(to + 1, Math.min(end, to + 5), (t) => t.lower === 'with' && COACHED.has(reader.lower(t.index + 1)));
  return !together && (reader.agentBefore(from, 6) || putInPlace(reader, from));
}

/**
 * "I review", "we now audit", "I still check": a bare present verb after "I" or "we", with at most an adverb between.
 * "I review their counts every week and stop the scheme if losses rise" sets a limit to act on, so it stays a check.
 */
function habitOfOurs(reader: SentenceReader, at: number): boolean {
  const verb = reader.lower(at);
  if (verb.endsWith('ed') || verb.endsWith('ing') || verb.endsWith('s')) return false;
  if (reader.anyIn(at + 1, reader.tokens.length, (t) => t.lower === 'if' || t.lower === 'unless')) return false;
  const before = HABIT_ADVERBS.has(reader.lower(at - 1)) ? at - 2 : at - 1;
  return reader.lower(before) === 'i' || reader.lower(before) === 'we';
}

const HABIT_ADVERBS = new Set(['now', 'still', 'always', 'also', 'usually']);

const POSSESSIVE_PEOPLE = new Set(['their', 'her', 'his']);
const COACHED = new Set(['them', 'her', 'him']);

/** Someone set the safeguard up: a putting verb by the speaker, the team or anyone, earlier in its clause. */
function putInPlace(reader: SentenceReader, at: number): boolean {
  const [start] = reader.clauseOf(at);
  const puts = (t: Token): boolean => PUT_IN_PLACE.has(t.stem) || PUT_IN_PLACE.has(t.lower);
  if (reader.anyIn(Math.max(0, Math.min(start, at - 8)), at, puts) && reader.someoneActs()) return true;
  // "I bought a second-hand boiler from a shop that was closing, just as backup": the speaker's verb further back, with
  // a relative clause between.
  return reader.anyIn(0, at, (t) => puts(t) && reader.agentBefore(t.index, 3));
}

/** A rollout in stages or to part of the whole first: "in three phases", "gradually", "to 5% of users first", "on one ward". */
function staged(reader: SentenceReader, hit: PhraseHit<Marker>, add: (kind: TradeoffKind, span: [number, number], key: string) => void): void {
  const { from, to } = hit;
  const [start, end] = reader.clauseOf(from);
  const key = hit.key;
  const rolloutNear = reader.anyIn(Math.max(0, from - 6), Math.min(reader.tokens.length, to + 3), (t) => ROLLOUT_VERBS.has(t.stem));
  if (key.startsWith('in ')) {
    add('guardrail', [from, to], 'in phases');
    return;
  }
  if (key.startsWith('befor') || key.startsWith('start') || key.endsWith('expand')) {
    // "tested it with five volunteers before the whole team switched", "started with a single aisle and expanded".
    if (reader.someoneActs() || reader.agentBefore(from, 10)) add('guardrail', reader.span(Math.max(start, from - 6), 6 + to - from), 'limited scope');
    return;
  }
  const word = reader.lower(from);
  if (word === 'phased' || word === 'staged' || word === 'gradual' || word === 'gradually') {
    // "gradually" guards only a rollout ("released it gradually"), not trust earned or sales picking up.
    if (rolloutNear && reader.someoneActs()) add('guardrail', reader.span(Math.max(start, from - 3), 5), 'gradual rollout');
    return;
  }
  if (word !== 'first' && word !== 'only') return;
  if (opensSequence(reader, from)) return;
  // "first" or "only" after a small part of the whole: "to one region first", "on the night shift only".
  for (let k = from - 1; k >= Math.max(start, from - 6); k--) {
    const token = reader.token(k) as Token;
    const scope = reader.token(k + 1);
    if (!SCOPE_PREPOSITIONS.has(token.lower) || scope === undefined) continue;
    // A part of the whole: "one region", "5%", or a single unit by its number ("aisle 12", "ward 4").
    const partial =
      SMALL_SCOPES.has(scope.lower) ||
      scope.lower.endsWith('%') ||
      (scope.kind === 'number' && reader.lower(k + 2).startsWith('%')) ||
      (scope.kind === 'word' && reader.token(k + 2)?.kind === 'number' && k + 3 === from);
    if (!partial || !reader.someoneActs() || !reader.changesSomething) return;
    // "for the first close" is an ordinal; "on the night shift only" and "to one region first" are a part of the whole.
    if (from <= k + 2 || (scope.lower === 'the' && word !== 'only')) return;
    // "on the night shift only", not "with the inspection only two weeks away" (an adverb before a quantity).
    const after = reader.token(to);
    if (word === 'only' && after !== undefined && (after.kind === 'number' || NUMBER_WORDS.has(after.lower) || DETERMINERS.has(after.lower))) return;
    // "for a nearby-stops list you only need to know": "only" after its subject limits the verb, not the change.
    if (word === 'only' && SUBJECT_PRONOUNS.has(reader.lower(from - 1))) return;
    add('guardrail', [k, Math.min(end, to)], 'limited scope');
    return;
  }
}

/** The speaker or the team acts before `at`, or the sentence opens with the verb ("Asked the team for..."). */
function speakerOpens(reader: SentenceReader, at: number): boolean {
  return reader.anyIn(0, at, (t) => AGENTS.has(t.lower)) || isPastOrParticiple(reader.token(0));
}

/** "ready to", "about to", "going to": what was about to happen. */
const ABOUT_TO = new Set(['ready', 'about', 'going', 'keen', 'happy', 'willing', 'set']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it']);
const HELD_BACK_GROUPS = new Set(['control', 'holdout', 'hold']);
const HOLDING_BACK = stems(['keep', 'kept', 'hold', 'held', 'leave', 'left', 'set', 'ran', 'run', 'carve', 'carved']);

/** Verbs by which the speaker checks the work itself. */
const VERIFYING = stems(['checked', 'tested', 'verified', 'validated', 'proofread', 'compared', 'reconciled', 'sampled', 'practised', 'practiced', 'rehearsed', 'trialled', 'trialed', 'piloted', 'ran']);
/** Verbs by which the speaker brings someone or something in to check. */
const HIRING = stems(['paid', 'hired', 'booked', 'got', 'had', 'brought', 'called', 'ordered', 'commissioned']);
/** Who or what checks: "a qualified rack inspector", "a survey", "a load test". */
const INSPECTING = stems(['inspector', 'inspection', 'survey', 'surveyor', 'check', 'test', 'audit', 'auditor', 'engineer', 'assessor', 'assessment', 'review']);
/** Verbs of going ahead: what the check came before. */
const GOING_AHEAD = stems(['trusted', 'trust', 'used', 'use', 'launched', 'launch', 'released', 'release', 'relied', 'rolled', 'switched', 'sent', 'shipped', 'submitted', 'signed', 'went', 'switching', 'launching', 'rolling', 'releasing', 'shipping', 'committing', 'signing', 'changing', 'scaling', 'expanding', 'offered', 'offering', 'sold', 'selling', 'charged', 'charging',
  // "made the first ones from pallets to test before we paid for real ones": money committed after the check.
  'paid', 'paying', 'bought', 'buying', 'spent', 'spending', 'invested', 'investing']);

/**
 * "I checked the script against 200 roots I had measured by hand before I trusted it": the speaker tests the work
 * before relying on it, which limits the damage as a trial does.
 */
export function verifiedBefore(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  // "Before switching for good, I recorded three episodes both ways": the check told first.
  const goesAhead = GOING_AHEAD.has(tokens[1]?.stem ?? '') || (reader.lower(1) === 'going' && reader.lower(2) === 'live');
  if (reader.lower(0) === 'before' && goesAhead && (tokens[1]?.lower ?? '').endsWith('ing')) {
    const agent = tokens.findIndex((t, i) => i > 1 && i < 14 && AGENTS.has(t.lower));
    if (agent > 0 && reader.anyIn(agent + 1, Math.min(tokens.length, agent + 4), (t) => isPastOrParticiple(t) || CAUSATIVES.has(t.lower))) {
      return [0, Math.min(tokens.length, agent + 8)];
    }
  }
  // "Before anything went on it I paid £250 for a qualified rack inspector": a check bought before going ahead.
  // "..., so before anything went on it I paid...": the same, opening a clause.
  for (let b = 0; b < tokens.length - 3; b++) {
    if (reader.lower(b) !== 'before' || (b > 0 && reader.clauseOf(b)[0] !== b && !LINKING.has(reader.lower(b - 1)))) continue;
    const agent = tokens.findIndex((t, i) => i > b + 1 && i < b + 10 && AGENTS.has(t.lower));
    const hired = agent > 0 && HIRING.has(reader.token(agent + 1)?.stem ?? '');
    if (hired && reader.anyIn(agent + 2, Math.min(tokens.length, agent + 9), (t) => INSPECTING.has(t.stem))) return [b, Math.min(tokens.length, agent + 9)];
  }
  // "until I trusted it I compared the online list with the counter every day": the check kept up until it was trusted.
  for (let u = 0; u < tokens.length - 3; u++) {
    if (reader.lower(u) !== 'until' || !AGENTS.has(reader.lower(u + 1)) || !GOING_AHEAD.has(tokens[u + 2]?.stem ?? '')) continue;
    const check = reader.anyIn(u + 3, Math.min(tokens.length, u + 8), (t) => VERIFYING.has(t.stem) && reader.agentBefore(t.index, 2));
    if (check) return [u, Math.min(tokens.length, u + 12)];
  }
  for (let k = 0; k < tokens.length; k++) {
    if (!VERIFYING.has((tokens[k] as Token).stem) || !reader.agentBefore(k, 3)) continue;
    for (let b = k + 1; b < Math.min(tokens.length - 2, k + 16); b++) {
      if (reader.lower(b) !== 'before') continue;
      const goes = reader.anyIn(b + 1, Math.min(tokens.length, b + 4), (t) => GOING_AHEAD.has(t.stem));
      if (goes) return [Math.max(0, k - 1), Math.min(tokens.length, b + 4)];
    }
  }
  return undefined;
}

/** What makes a step wait: someone confirming, checking or signing it off. */
const CONFIRMING = stems(['confirmed', 'checked', 'verified', 'approved', 'signed', 'cleared', 'passed']);
const GATE_WORDS = new Set(['after', 'once', 'when', 'if']);
/** What a second source of truth is called: "only with a second source", "only with two signatures". */
const SECOND_THINGS = new Set(['second', 'two', 'independent', 'another']);
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', "'s", "'re"]);

/**
 * "...and the video only after our reporter in the region confirmed the location", "a death number only with a second
 * source": a step made to wait for a confirmation, which limits the damage of going early.
 */
export function gatedOnConfirmation(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  // "only when the manager is checking" says when people behave, not what the step waits for.
  const confirmed = (t: Token) => CONFIRMING.has(t.stem) && !PROGRESSIVE.has(reader.lower(t.index - 1));
  for (let k = 1; k < tokens.length - 2; k++) {
    if (reader.lower(k) !== 'only') continue;
    if (GATE_WORDS.has(reader.lower(k + 1)) && reader.anyIn(k + 2, Math.min(tokens.length, k + 9), confirmed)) {
      return [k, Math.min(tokens.length, k + 10)];
    }
    if (reader.lower(k + 1) === 'with' && (SECOND_THINGS.has(reader.lower(k + 2)) || SECOND_THINGS.has(reader.lower(k + 3)))) return [k, Math.min(tokens.length, k + 6)];
  }
  return undefined;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'shift', 'sprint', 'release', 'milestone', 'phase', 'stage', 'cycle', 'close', 'quarter']);
const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'then', 'now', 'later', 'next', 'after']);

/** "I held back on removing the old script until the card had two clean weeks": a step kept back until a condition holds. */
export function heldUntil(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 0; k < tokens.length - 2; k++) {
    const verb = reader.lower(k);
    if (!['held', 'hold', 'holding'].includes(verb) || !reader.agentBefore(k, 4)) continue;
    // "had my deckhand hold passengers behind the chain until the ramp was fully down": held, with what, until when.
    const object = reader.token(k + 1);
    if (!['back', 'off'].includes(reader.lower(k + 1)) && (object === undefined || object.kind !== 'word' || isGerund(object) || ['on', 'out', 'up'].includes(object.lower))) continue;
    // "held back the non-standard cases, which still go to a lawyer, until the form had run clean": a clause may sit between.
    for (let u = k + 2; u < Math.min(tokens.length, k + 24); u++) {
      // Until a condition holds ("until the card had two clean weeks"), not until a date ("until Monday"); or "once"
      // it held ("held back two sites ... and opened them once two people there had done the course").
      const until = reader.lower(u) === 'until' || (reader.lower(u) === 'once' && u > k + 4);
      if (until && !TIME_WORDS.has(reader.token(u + 1)?.stem ?? '') && !DAY_WORDS.has(reader.lower(u + 1))) {
        return [Math.max(0, k - 1), Math.min(tokens.length, u + 8)];
      }
    }
  }
  return undefined;
}

/** Verbs of coming to know: "didn't know until..." tells when someone learnt, not what was held back. */
const AWARENESS = stems(['know', 'knew', 'realise', 'realize', 'realised', 'realized', 'find', 'found', 'hear', 'heard', 'notice', 'noticed', 'see', 'saw', 'understand', 'understood', 'learn', 'learned', 'learnt']);
/** Verbs by which the speaker lays down what nobody does yet: "I decided we're not lifting until...". */
const LAYING_DOWN = new Set(['decided', 'agreed', 'told', 'said', 'insisted', 'ruled']);
const LAID_DOWN_NOUNS = stems(['rule', 'limit', 'condition', 'boundary']);

/**
 * "I decided we're not lifting until the thickest shoulder reads 75 degrees", "agreed with the front desk that nobody
 * books an MRI until the authorization number is in the chart": a step the speaker held back until a condition holds,
 * said as what nobody does before it. "I didn't know until Monday" lays nothing down.
 */
export function notUntil(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 3; k++) {
    // "I set rules: doubles on bitumen only, no triples until he'd logged 10,000 km": "set" lays down only rules.
    const setRules = reader.lower(k) === 'set' && reader.anyIn(k + 1, k + 4, (t) => LAID_DOWN_NOUNS.has(t.stem));
    if (!(LAYING_DOWN.has(reader.lower(k)) || setRules) || !reader.agentBefore(k, 3)) continue;
    const negation = reader.firstIn(k + 1, Math.min(tokens.length, k + 12), (t) => isNegation(t));
    if (negation < 0) continue;
    const until = reader.firstIn(negation + 1, Math.min(tokens.length, negation + 14), (t) => t.lower === 'until');
    // "I told him I didn't know until the results came": what someone learnt late, not a step held back.
    if (until > 0 && reader.anyIn(negation, until, (t) => AWARENESS.has(t.stem))) continue;
    if (until > 0 && !TIME_WORDS.has(reader.token(until + 1)?.stem ?? '') && !DAY_WORDS.has(reader.lower(until + 1))) return [k - 1, Math.min(tokens.length, until + 8)];
  }
  return undefined;
}

/** Checks and approvals still waited for: items of a backlog rather than safeguards. */
const OWED = new Set(['outstanding', 'pending', 'overdue', 'unanswered', 'backlogged']);

/** Verbs by which the speaker fixes a condition in advance. */
const PRE_AGREEING = stems(['agreed', 'agree', 'set', 'wrote', 'promised', 'committed', 'decided', 'told', 'put', 'proposed', 'suggested', 'offered', 'said', 'settled']);
export const CONSEQUENCE_MODALS = new Set(["we'd", "i'd", 'would', "we'll", "i'll", 'will']);
const AGREEMENT_NOUNS = stems(['promise', 'condition', 'understanding', 'deal', 'agreement', 'terms']);
const FRACTIONS = new Set(['half', 'third', 'quarter', 'fifth', 'tenth', 'most', 'any', 'none']);
const CONDITION_OPENERS = new Set(['if', 'whose', 'once', 'unless', 'when', 'whenever']);
/** What an agreed condition makes the team do, said in the present: "we stop", "we pause", "we roll back". */
const MEASURED_AGAINST = new Set(['under', 'over', 'above', 'below', 'past', 'beyond', 'exceeded', 'breached']);
const STOPPING = stems(['stop', 'pause', 'halt', 'revert', 'suspend', 'roll', 'switch', 'pull', 'go', 'rethink', 'reconsider', 'reverse', 'scrap', 'abandon']);

/** The token after the first comma after `at`, or the sentence's end when there is none. */
function commaAfter(reader: SentenceReader, at: number): number {
  for (let k = at; k < reader.tokens.length - 1; k++) if (reader.gapAfter(k).includes(',')) return k + 1;
  return reader.tokens.length;
}

const RETURNING_THINGS = new Set(['comes', 'goes', 'switches', 'moves', 'reverts', 'opens', 'starts']);

/**
 * "I agreed in writing that if enrolment hadn't moved 15 points in four weeks, we'd open the new sites": a condition
 * set in advance for changing course is an exit criterion.
 */
export function exitCriterion(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 3; k++) {
    // "agreed that if ...", "wrote in that any store whose on-time rate fell below 95% would ...", "once ..., we'd stop".
    // "agreed that at a sustained 38 mph we would stop": a level, then what happens at it.
    const atLevel = reader.lower(k) === 'at' && reader.anyIn(k + 1, Math.min(tokens.length, k + 4), (t) => t.kind === 'number');
    if (!CONDITION_OPENERS.has(reader.lower(k)) && !atLevel) continue;
    // "..., and agreed with the director in advance that if ...": the subject may be far back in a long sentence.
    // "I proposed a test: we open up ten more frames, and if more than a third are rotten, ...": the test's terms follow
    // its proposal after a colon.
    // "I agreed with the chef we check waste every Friday, and if ...": a second term joined to the first with "and if".
    const joined = reader.lower(k) === 'if' && reader.lower(k - 1) === 'and';
    const reach = reader.anyIn(Math.max(0, k - 20), k, (t) => reader.gapAfter(t.index).includes(':')) ? 20 : joined ? 14 : 8;
    const agreed = reader.anyIn(Math.max(0, k - reach), k, (t) => PRE_AGREEING.has(t.stem)) && (reader.agentBefore(k, 10) || reader.someoneActs());
    // "on the promise that if spend didn't go up, we'd drop it", "the deal was that if...": the terms of the trial.
    // "The deal: if he wasn't ready by June, we'd hire from outside": the terms announced with a colon.
    const termsThat = reader.lower(k - 1) === 'that' && reader.anyIn(Math.max(0, k - 3), k - 1, (t) => AGREEMENT_NOUNS.has(t.stem));
    const termsColon = AGREEMENT_NOUNS.has(reader.token(k - 1)?.stem ?? '') && reader.gapAfter(k - 1).includes(':');
    const terms = termsThat || termsColon;
    if (!agreed && !terms) continue;
    // "... would stop", or told in the present as the rule itself: "if the miss rate is over 5% we stop in that district".
    // A threshold in the condition ("if more than a third are rotten, we replace all of them") makes any step the team
    // then takes the agreed consequence.
    // "at least ten percent": a figure spelled out is a threshold as much as "10%".
    const threshold = reader.anyIn(k + 1, Math.min(tokens.length, k + THRESHOLD_REACH), (t) => COMPARISONS.has(t.stem) || t.kind === 'number' || FRACTIONS.has(t.lower) || (NUMBER_WORDS.has(t.lower) && t.lower !== 'a'));
    // "if guest scores fall below 8.5, the omelette station comes back": with a threshold, the old way returning.
    const consequence = (t: Token) =>
      CONSEQUENCE_MODALS.has(t.lower) ||
      // "..., they order the full balancing in summer": the others bound by the terms act on them too.
      ((STOPPING.has(t.stem) || (threshold && reader.gapAfter(t.index - 2).includes(','))) && (AGENTS.has(reader.lower(t.index - 1)) || reader.lower(t.index - 1) === 'they')) ||
      (threshold && RETURNING_THINGS.has(t.lower) && ['back', 'again'].includes(reader.lower(t.index + 1)));
    // "when their buses would be ready" is a time, its modal inside the clause; after "when" the step follows a comma.
    const from = reader.lower(k) === 'when' ? commaAfter(reader, k) : k + 2;
    if (reader.anyIn(from, Math.min(tokens.length, k + 24), consequence)) return [Math.max(0, k - 6), Math.min(tokens.length, k + 12)];
    // "... and construction stops if erosion is more than 3 metres in one year": the consequence told first, with what
    // it stops in between ("stop the line if tower 9 hit 60").
    if (reader.lower(k) === 'if' && stopsBefore(reader, k) && reader.anyIn(k + 1, Math.min(tokens.length, k + 10), (t) => t.kind === 'number' || NUMBER_WORDS.has(t.lower))) {
      return [Math.max(0, k - 4), Math.min(tokens.length, k + 12)];
    }
    // A long sentence is read in parts: the consequence ("we would reset the plan") may open the next one.
    if (tokens.length - k < 24 && reader.nextOpening.slice(0, 3).some((t) => CONSEQUENCE_MODALS.has(t.lower))) return [Math.max(0, k - 6), tokens.length];
  }
  return undefined;
}

/** How far after "if" its threshold may stand: "if short deliveries did not fall at least ten percent". */
const THRESHOLD_REACH = 10;

/** A stopping verb right before `at`, or before its object: "stops if", "stop the line if", "pull it if". */
function stopsBefore(reader: SentenceReader, at: number): boolean {
  if (STOPPING.has(reader.token(at - 1)?.stem ?? '')) return true;
  const object = [at - 2, at - 3].find((i) => STOPPED_LEADS.has(reader.lower(i)));
  return object !== undefined && STOPPING.has(reader.token(object - 1)?.stem ?? '');
}

const STOPPED_LEADS = new Set(['the', 'it', 'them', 'that', 'this', 'our', 'my', 'everything']);

/** Nouns of a limit fixed in advance: "a hard rule", "a cut-off", "one threshold", "a red line". */
const RULE_NOUNS = new Set(['rule', 'cutoff', 'threshold', 'tripwire', 'line', 'stop']);
const RULE_OPENERS = new Set(['a', 'one', 'two', 'the', 'hard', 'strict', 'firm', 'simple', 'clear', 'single', 'red', 'bright', 'written']);
/** A rule's heading: "My rule:", "New rule:", "The rule:". */
const RULE_HEADING = /^(?:(?:my|our|the|a|one|new|house) )?rule$/;
/** What makes a rule a limit: a condition or a bound after it. */
const RULE_CONDITIONS = new Set(['until', 'unless', 'if', 'before', 'only', 'no', 'never', 'nothing', 'nobody', 'above', 'below', 'under', 'over', 'beyond', 'after', 'once', 'whenever', 'any', 'every', 'each']);

/**
 * "with a hard rule: no lifts above 38 km/h", "I set one rule, which was he didn't go on a Friday until...", "set a
 * cut-off: invoices after the 25th went into next month unless urgent": a limit the speaker fixed in advance, with its
 * condition. "We followed the rules" and "broke a rule" fix nothing.
 */
export function ruleSet(reader: SentenceReader): [number, number] | undefined {
  if (reader.onlyHypothetical()) return undefined;
  const tokens = reader.tokens;
  // "My rule: no log goes to carving above 12% moisture": the heading is taken for a label, so the rule's own words
  // open the sentence.
  if (RULE_HEADING.test(reader.headingText() ?? '') && reader.anyIn(0, Math.min(tokens.length, 16), (t) => RULE_CONDITIONS.has(t.lower))) return [0, Math.min(tokens.length, 12)];
  for (let k = 1; k < tokens.length - 1; k++) {
    const word = reader.lower(k);
    const cutOff = word === 'cut' && reader.lower(k + 1) === 'off';
    const noun = cutOff || (RULE_NOUNS.has(word) && (word !== 'line' || ['red', 'bright'].includes(reader.lower(k - 1))));
    // "a hard rule", "a voluntary rule": an opener, or an opener and one more word.
    if (!noun || !(RULE_OPENERS.has(reader.lower(k - 1)) || ['a', 'an', 'one', 'the', 'my', 'our'].includes(reader.lower(k - 2)) || (word === 'rule' && ['my', 'our'].includes(reader.lower(k - 1))))) continue;
    const end = cutOff ? k + 2 : k + 1;
    // Put in place by someone ("I set", "we agreed", "with a hard rule" on what was done).
    // "My rule was that no valve stayed shut more than 20 minutes", "My rule: no log goes to carving above 12%
    // moisture": the speaker's own rule, at the time of the story.
    const owned = ['my', 'our'].includes(reader.lower(k - 1)) && (reader.lower(k + 1) === 'was' || reader.gapAfter(k).includes(':'));
    const placed = owned || (reader.anyIn(Math.max(0, k - 6), k, (t) => PUT_IN_PLACE.has(t.stem) || PUT_IN_PLACE.has(t.lower) || t.lower === 'with') && reader.someoneActs());
    if (!placed) continue;
    const spelledOut = reader.gapAfter(end - 1).includes(':');
    const condition = reader.anyIn(end, Math.min(tokens.length, end + 16), (t) => RULE_CONDITIONS.has(t.lower));
    if (spelledOut || condition) return [Math.max(0, k - 2), Math.min(tokens.length, end + 12)];
  }
  return undefined;
}

/** What an opening purpose guards: "To keep the evidence clean", "To avoid double payments", "To protect the margin". */
const GUARDING = new Set(['keep', 'protect', 'avoid', 'prevent', 'guard', 'stop']);
/** Words that make what follows a restriction: "I only accept", "we never pay". */
const RESTRICTING = new Set(['only', 'never']);

/**
 * "To keep evidence clean, I only accept documents sent before the hearing": a restriction the speaker keeps, with the
 * harm it guards against said first. ("To keep costs down, I bought second-hand" names a purpose, not a limit.)
 */
export function restrictionWithPurpose(reader: SentenceReader): [number, number] | undefined {
  if (reader.lower(0) !== 'to' || !GUARDING.has(reader.lower(1))) return undefined;
  const agent = reader.firstIn(2, Math.min(reader.tokens.length, 12), (t) => AGENTS.has(t.lower));
  if (agent < 0 || !RESTRICTING.has(reader.lower(agent + 1)) || reader.onlyHypothetical()) return undefined;
  return [0, Math.min(reader.tokens.length, agent + 6)];
}

/** Verbs and nouns of checking that a sampled share makes a standing control: "spot-checks one in ten". */
const SAMPLE_CHECKS = stems(['check', 'checks', 'checked', 'checking', 'audit', 'audits', 'audited', 'review', 'reviews', 'reviewed', 'inspect', 'inspected', 'sample', 'sampled', 'test', 'tested']);
/** Denominators of a sampled share beyond NUMBER_WORDS: "one in twenty", "one in fifty". */
const LARGE_DENOMINATORS = new Set(['twenty', 'fifty', 'hundred']);

/**
 * "a lawyer spot-checks one in ten self-serve NDAs", "had a supervisor review 5% of the claims", "audited one in twenty
 * orders": a second look at a share of the work, which catches a bad change before it spreads.
 */
export function sampledCheck(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 0; k < tokens.length - 2; k++) {
    const token = tokens[k] as Token;
    if (!SAMPLE_CHECKS.has(token.stem)) continue;
    // A share of the work within a few words after the check: "one in ten", "5% of".
    for (let f = k + 1; f < Math.min(tokens.length - 1, k + 4); f++) {
      const share = tokens[f] as Token;
      const denominator = reader.lower(f + 2);
      const oneIn = (share.kind === 'number' || NUMBER_WORDS.has(share.lower)) && share.lower !== 'a' && reader.lower(f + 1) === 'in' && (reader.token(f + 2)?.kind === 'number' || NUMBER_WORDS.has(denominator) || LARGE_DENOMINATORS.has(denominator));
      // "5% of the forms", "a 10% random sample".
      const percent = share.kind === 'number' && share.lower.endsWith('%') && (reader.lower(f + 1) === 'of' || ['sample', 'random'].includes(reader.lower(f + 1)));
      if (oneIn || percent) return [Math.max(0, k - 2), Math.min(tokens.length, f + 6)];
    }
  }
  return undefined;
}

/** Verbs by which the speaker sets up a trial without the voice reading them as an action: "I agreed a trial". */
const SETTING_UP = stems(['agreed', 'arranged', 'proposed', 'negotiated', 'secured', 'suggested']);

/** "so I agreed a six-month trial on one shift": the speaker, a verb of setting up, then the trial a few words on. */
function agreedTrial(reader: SentenceReader, at: number): boolean {
  for (let k = Math.max(1, at - 6); k < at; k++) {
    if (k >= at - 4 && SETTING_UP.has(reader.token(k)?.stem ?? '') && AGENTS.has(reader.lower(k - 1))) return true;
    // "The committee agreed to a six-month trial": whoever signs off on it, the trial is put in place.
    if (['agreed', 'approved'].includes(reader.lower(k)) && !isNegation(reader.token(k - 1))) return true;
  }
  return false;
}
