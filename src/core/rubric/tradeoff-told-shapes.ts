import { AGENTS, APPROXIMATELY, DETERMINERS, isGerund, isNegation, isPastOrParticiple, NUMBER_WORDS, POINTING, RATE_LEADS, stems, TIME_WORDS, TRIAL_VERBS, type SentenceReader } from './tradeoff-sentence.js';
import { isNumberToken, isYearToken, writtenAsMoney } from './number-forms.js';
import { CURRENCY_WORDS } from './lexicon.js';
import type { Token } from './text.js';

/**
 * Trade-offs told around a choice rather than inside it: what the course taken cost once it was under way ("The day
 * cost about £28,000 in standby", "I had to justify that to my manager"), why it was worth it ("I decided accuracy
 * was worth more"), and the checks that went with it ("I checked every sheet myself for the first month", "I'd check
 * her work at the end of every day", "To protect her print slot, I offered...", "I tested drafts with eight patients").
 */

/** What a story's trouble costs, which is the problem, not a price the speaker chose to pay. */
const PROBLEMS = stems([
  'outage', 'failure', 'fire', 'breach', 'mistake', 'error', 'accident', 'leak', 'spill', 'incident', 'fault', 'problem', 'issue',
  'breakdown', 'shortage', 'theft', 'fraud', 'strike', 'flood', 'bug', 'recall', 'complaint', 'injury', 'crash', 'storm', 'backlog',
]);
const OPENING_DETERMINERS = new Set(['the', 'that', 'this', 'our', 'my', 'each', 'every']);
const COST_FORMS = new Set(['cost', 'costs']);
/** What follows a price: who paid it or how much. */
const PRICE_FOLLOWERS = new Set(['us', 'me', 'about', 'around', 'roughly', 'nearly', 'over', 'almost', 'twice', 'double', 'triple', 'more', 'extra', 'an', 'another']);

/**
 * "The day cost about £28,000 in standby.", "The river scheme cost about three times as much": right after the
 * speaker's step, the thing they chose, named with its article or as the step named it, and what it cost. What a fault
 * or an outage cost is the problem itself.
 */
export function chosenThingCost(reader: SentenceReader): [number, number] | undefined {
  // "Valves and filter cost about 85,000 lira", after "I had push valves fitted": named in the step just told.
  const namedBefore =
    reader.token(0)?.kind === 'word' && reader.agentInPrevious() && reader.previous.some((t) => t.stem === reader.token(0)?.stem && t.lower.length > 3);
  if (!(reader.stepBefore || namedBefore)) return undefined;
  if (!OPENING_DETERMINERS.has(reader.lower(0)) && !namedBefore) return undefined;
  for (let k = namedBefore ? 1 : 2; k < Math.min(reader.tokens.length - 1, 6); k++) {
    const told = PRICE_TELLING.has(reader.lower(k));
    if (!COST_FORMS.has(reader.lower(k)) && !told) continue;
    const head = reader.token(k - 1) as Token;
    if (head.kind !== 'word' || PROBLEMS.has(head.stem) || AGENTS.has(head.lower)) return undefined;
    const next = reader.token(k + 1) as Token;
    const priced = told ? pricedAmount(reader, k) : next.kind === 'number' || PRICE_FOLLOWERS.has(next.lower) || (NUMBER_WORDS.has(next.lower) && next.lower !== 'a');
    return priced ? reader.span(0, k + 6) : undefined;
  }
  return undefined;
}

/** Verbs that tell a price without "cost": "The couplings were about 14,000 dollars", "The calls took 25 staff hours a month". */
const PRICE_TELLING = new Set(['was', 'were', 'took', 'takes', 'added', 'adds']);
/** Words between a figure and its unit of time: "25 staff hours", "two extra days". */
const EFFORT_WORDS = new Set(['staff', 'extra', 'more', 'overtime', 'person', 'man', 'working', 'work']);
/** What a working time is counted by: "a month", "per week". */
const RATE_PERIODS = stems(['day', 'week', 'month', 'year', 'shift', 'service', 'job', 'load', 'visit']);

/**
 * After "was", a sum of money ("were about 14,000 dollars"); after "took" or "added", working time, extra or by the
 * period ("took about 25 staff hours a month", "adds roughly ten minutes per service"), which is what the step costs
 * to run, not how fast it went ("The calls took three minutes").
 */
function pricedAmount(reader: SentenceReader, verb: number): boolean {
  let at = verb + 1;
  while (BEFORE_FIGURE.has(reader.lower(at))) at++;
  const figure = reader.token(at);
  if (!isNumberToken(figure)) return false;
  // "The couplings were about 14,000 dollars" prices what the speaker just pushed for or bought; "The corrected release
  // was €4 million" is a figure found.
  if (['was', 'were'].includes(reader.lower(verb))) {
    const money = writtenAsMoney(reader.tokens, at) || CURRENCY_WORDS.has(reader.token(at + 1)?.stem ?? '');
    return money && acquiredBefore(reader, reader.token(verb - 1) as Token);
  }
  const unit = reader.firstIn(at + 1, at + 4, (t) => TIME_WORDS.has(t.stem));
  if (unit < 0) return writtenAsMoney(reader.tokens, at);
  const effort = reader.anyIn(at + 1, unit, (t) => EFFORT_WORDS.has(t.lower));
  const perPeriod = ['a', 'per', 'each', 'every'].includes(reader.lower(unit + 1)) && RATE_PERIODS.has(reader.token(unit + 2)?.stem ?? '');
  return effort || perPeriod;
}

/** Verbs by which the speaker gets a thing: "pushed for dry-break couplings", "bought two pumps". */
const ACQUIRING = stems(['bought', 'ordered', 'rented', 'hired', 'leased', 'fitted', 'installed', 'pushed', 'chose', 'picked', 'got', 'booked', 'paid', 'added']);
/** How far after its verb the thing acquired may be named. */
const ACQUIRED_REACH = 6;

/** The sentence before names `thing` within a few words after a verb of getting it. */
function acquiredBefore(reader: SentenceReader, thing: Token): boolean {
  return reader.previous.some((t, i) => t.stem === thing.stem && reader.previous.slice(Math.max(0, i - ACQUIRED_REACH), i).some((w) => ACQUIRING.has(w.stem)));
}

/** Words between the verb and its figure: "were about 14,000 dollars", "took another two days", "adds an extra hour". */
const BEFORE_FIGURE = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'over', 'some', 'maybe', 'another', 'an', 'extra']);

const JUSTIFYING = stems(['justify', 'defend']);
const EXPLAINING = stems(['explain', 'answer', 'account']);
/** What an explanation owed is about: the choice itself or its price. */
const OWED_FOR = stems(['that', 'this', 'it', 'why', 'delay', 'decision', 'cost', 'overspend', 'choice', 'call', 'spend', 'bill', 'loss']);

/**
 * "I had to justify that to my manager", "I had to defend the delay to our donor", "I had to answer for the overspend":
 * the speaker owed someone an account of the choice, a price paid for it.
 */
export function answeredForIt(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 3; k < tokens.length; k++) {
    if (reader.lower(k - 1) !== 'to' || !['had', 'have', 'has'].includes(reader.lower(k - 2)) || !AGENTS.has(reader.lower(k - 3))) continue;
    const verb = (tokens[k] as Token).stem;
    if (JUSTIFYING.has(verb)) return reader.span(k - 3, 8);
    if (!EXPLAINING.has(verb)) continue;
    // "we planted 4,300, not 5,000, which I had to explain to the cabinet member": the shortfall, owed an account.
    if (reader.lower(k - 4) === 'which') return reader.span(Math.max(0, k - 4), 9);
    let object = k + 1;
    if (reader.lower(object) === 'for') object++;
    if (DETERMINERS.has(reader.lower(object)) && !OWED_FOR.has(reader.token(object)?.stem ?? '')) object++;
    if (OWED_FOR.has(reader.token(object)?.stem ?? '')) return reader.span(k - 3, 8);
  }
  return undefined;
}

const WORTH_AFTER = new Set(['more', 'less', 'nothing', 'every', 'paying', 'waiting', 'doing', 'having', 'keeping', 'losing', 'twice']);
const BE_BEFORE_WORTH = new Set(['was', 'were', 'is', 'are', 'be', "it's", "that's", 'seemed', 'felt']);

/**
 * "I decided accuracy was worth more", "so a later fix was worth nothing", "the extra day was worth every penny": the
 * value set on one course against the other, which is why the choice went as it did.
 */
export function worthMore(reader: SentenceReader): [number, number] | undefined {
  for (let k = 1; k < reader.tokens.length - 1; k++) {
    if (reader.lower(k) !== 'worth' || !BE_BEFORE_WORTH.has(reader.lower(k - 1)) || !WORTH_AFTER.has(reader.lower(k + 1))) continue;
    return reader.span(Math.max(reader.clauseOf(k)[0], k - 4), 6);
  }
  return undefined;
}

const EARLY_CHECKS = stems(['checked', 'checking', 'reviewed', 'reviewing', 'audited', 'inspected', 'read', 'watched', 'shadowed', 'supervised', 'observed', 'signed', 'approved', 'sampled', 'listened', 'sat']);

/**
 * "I checked every sheet myself for the first month", "I reviewed each order for the first two weeks": an extra check
 * held while a change beds in.
 */
export function checkedAtFirst(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 0; k < tokens.length - 3; k++) {
    if (reader.lower(k) !== 'for' || reader.lower(k + 1) !== 'the' || reader.lower(k + 2) !== 'first') continue;
    const unit = NUMBER_WORDS.has(reader.lower(k + 3)) || reader.token(k + 3)?.kind === 'number' ? k + 4 : k + 3;
    if (!TIME_WORDS.has(reader.token(unit)?.stem ?? '') && !['fortnight', 'batch', 'batches', 'run', 'runs', 'orders', 'cases'].includes(reader.lower(unit))) continue;
    // "I checked every sheet myself for the first month", "with an associate checking her work for the first two months".
    const check = tokens.findIndex((t, i) => i < k && i >= k - 12 && EARLY_CHECKS.has(t.stem) && reader.agentBefore(i, 14));
    if (check >= 0) return [Math.max(0, check - 1), Math.min(tokens.length, unit + 1)];
  }
  return undefined;
}

const REVIEWING = stems(['check', 'review', 'inspect', 'approve', 'proofread']);
const OTHERS = new Set(['her', 'his', 'their', 'each', 'every']);
const PROMISING = new Set(["i'd", "we'd", "i'll", 'would', 'will']);

/**
 * "We agreed I'd check her work at the end of every day", "I would review each of his drafts": the speaker reviews what
 * someone they handed the work to does, a second pair of eyes set up in advance.
 */
export function reviewOfTheirWork(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (!REVIEWING.has((tokens[k] as Token).stem) || isGerund(tokens[k]) || !OTHERS.has(reader.lower(k + 1))) continue;
    const before = reader.lower(k - 1);
    const promised = PROMISING.has(before) && (before.includes("'") || AGENTS.has(reader.lower(k - 2)));
    if (promised) return reader.span(k - 1, 10);
  }
  return undefined;
}

const PROTECTING = stems(['protect', 'cushion', 'soften', 'offset', 'minimise', 'minimize', 'shield', 'limit', 'contain']);
const STOPPING = new Set(['stop', 'keep', 'prevent']);
const DECLINING = new Set(['getting', 'becoming', 'going', 'turning', 'sliding', 'slipping', 'from']);

/** "To stop the new showers getting grim", "To keep the rota from slipping": a decline the speaker headed off. */
function keepsFromDecline(reader: SentenceReader): boolean {
  return STOPPING.has(reader.lower(1)) && reader.anyIn(3, Math.min(reader.tokens.length, 8), (t) => DECLINING.has(t.lower));
}

/** Openings that say what follows guards the course: "For protection I put a moisture meter at the gate". */
const GUARDING_OPENINGS = new Set(['for protection', 'as protection', 'for safety', 'as insurance', 'as a precaution']);

/**
 * "To protect her print slot, I offered to deliver the numerals first", "For protection I put a moisture meter at the
 * gate": what the speaker did to limit the choice's damage.
 */
export function protectiveStep(reader: SentenceReader): [number, number] | undefined {
  const guarding = GUARDING_OPENINGS.has(`${reader.lower(0)} ${reader.lower(1)}`) || GUARDING_OPENINGS.has(`${reader.lower(0)} ${reader.lower(1)} ${reader.lower(2)}`);
  if (!guarding && (reader.lower(0) !== 'to' || !(PROTECTING.has(reader.token(1)?.stem ?? '') || keepsFromDecline(reader)))) return undefined;
  const agent = reader.tokens.findIndex((t, i) => i > 1 && i < (guarding ? 5 : 12) && AGENTS.has(t.lower));
  return agent > 1 ? reader.span(agent, 10) : undefined;
}

/** What going wrong is called in a fallback: "if the stream failed", "if the link dropped", "if it went wrong". */
const FAILING = new Set(['fail', 'fails', 'failed', 'dropped', 'drops', 'broke', 'breaks', 'crashed', 'crashes', 'died', 'wrong', 'down', 'late']);
const STILL_ABLE = new Set(['could', 'would', 'can', 'will', "we'd", "i'd", "we'll", "i'll"]);

/**
 * "We had the studio set up with a second host, so if the field stream failed we could cut back in under a minute":
 * a fallback put in place beforehand, and what it would let the speaker's side do.
 */
export function fallbackIf(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 4; k++) {
    if (reader.lower(k) !== 'if' || !(reader.lower(k - 1) === 'so' || (reader.lower(k - 1) === 'that' && reader.lower(k - 2) === 'so'))) continue;
    // "..., and we had a second host. So if the stream failed...": the fallback's maker may stand in the sentence before.
    const opensSentence = k - 1 === 0 || (k - 2 === 0 && reader.lower(k - 1) === 'that');
    if (!reader.agentBefore(k - 1, k) && !(opensSentence && reader.agentInPrevious())) continue;
    const failing = tokens.findIndex((t, i) => i > k + 1 && i < k + 8 && FAILING.has(t.lower));
    if (failing < 0) continue;
    const able = tokens.findIndex((t, i) => i > failing && i < failing + 4 && STILL_ABLE.has(t.lower));
    if (able > 0) return [Math.max(0, k - 1), Math.min(tokens.length, able + 6)];
  }
  return undefined;
}

/** What a standing rule was there for: someone objecting or something going wrong. */
const OBJECTING = new Set(['disagreed', 'objected', 'complained', 'refused', 'disputed', 'questioned', 'challenged', 'appealed', ...FAILING]);
/** Words that make an "if" a regret or a guess, not a rule applied: "If I had known", "if it would help". */
const UNREAL = new Set(['had', 'would', 'could', 'might', "hadn't", "i'd", "we'd"]);

/**
 * "If any farmer disagreed with the cluster figure, I did his plot separately": a rule the speaker applied through
 * the story for the case going wrong, which limits the damage of the faster way.
 */
export function ruleForExceptions(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  if (reader.lower(0) !== 'if' || tokens.some((t) => UNREAL.has(t.lower))) return undefined;
  const [, conditionEnd] = reader.clauseOf(1);
  if (!reader.anyIn(1, Math.min(conditionEnd, 8), (t) => OBJECTING.has(t.lower))) return undefined;
  const agent = reader.lower(conditionEnd);
  const verb = reader.token(conditionEnd + 1);
  return AGENTS.has(agent) && verb !== undefined && isPastOrParticiple(verb) ? [0, Math.min(tokens.length, conditionEnd + 6)] : undefined;
}

const STOPPING_ME = new Set(['stop', 'overrule', 'veto', 'halt', 'reverse', 'correct', 'pull']);
const ME_OR_IT = new Set(['me', 'us', 'it', 'this', 'that', 'them']);

/**
 * "sent the log to the centre every hour, so they could stop me if they wanted": the speaker acting alone but leaving
 * the people with the authority a way to stop it, which limits the damage of going ahead.
 */
export function leftThemAWayToStop(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length - 2; k++) {
    if (reader.lower(k) !== 'could' || !STOPPING_ME.has(reader.lower(k + 1)) || !ME_OR_IT.has(reader.lower(k + 2))) continue;
    const so = reader.lower(k - 2) === 'so' || (reader.lower(k - 2) === 'that' && reader.lower(k - 3) === 'so');
    // A long sentence is read in parts: the steps may stand in the part before ("..., and sent the list every two hours,").
    // Told with the subject dropped ("Opened the spare rooms, ..., sent the list"), the part before opens on its verb.
    const before = k - 2 === 0 && (reader.previousActs || reader.previousTeamActs || isPastOrParticiple(reader.previous[0]));
    const acted = reader.agentBefore(k - 2, 20) || reader.someoneActs() || before;
    if (so && !AGENTS.has(reader.lower(k - 1)) && acted) return [Math.max(0, k - 6), Math.min(tokens.length, k + 5)];
  }
  return undefined;
}

/**
 * "I also let crews opt out with one word", "allowed any tenant to opt out": a way out left to the people the change
 * touches, which limits what it can cost them.
 */
export function optOutLeft(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length - 1; k++) {
    if (reader.lower(k) !== 'opt' || reader.lower(k + 1) !== 'out') continue;
    const letting = reader.firstIn(Math.max(0, k - 5), k, (t) => LETTING.has(t.lower));
    if (letting >= 0 && reader.agentBefore(letting, 3)) return [Math.max(0, letting - 2), Math.min(tokens.length, k + 5)];
  }
  return undefined;
}
const LETTING = new Set(['let', 'allowed', 'allow', 'lets', 'allows']);

/**
 * "Three extra weeks.", "About $4,800 more.": in notes, shortly after the speaker's step, its price told as a line of
 * its own. ("20% more." is a gain, and counts nothing here.)
 */
export function priceInNotes(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  if (tokens.length < 2 || tokens.length > NOTE_PRICE_WORDS || !(reader.stepBefore || reader.recentActs)) return undefined;
  let k = 0;
  while (APPROXIMATELY.has(reader.lower(k))) k++;
  const amount = reader.token(k);
  if (amount === undefined || !(amount.kind === 'number' || NUMBER_WORDS.has(amount.lower)) || amount.text.endsWith('%')) return undefined;
  const rest = tokens.slice(k + 1).map((t) => t.lower);
  const extraTime = rest.length === 2 && rest[0] === 'extra' && TIME_WORDS.has(reader.token(k + 2)?.stem ?? '');
  const unit = reader.token(k + 1)?.stem ?? '';
  const more = rest[rest.length - 1] === 'more' && (rest.length === 1 || (rest.length === 2 && (TIME_WORDS.has(unit) || CURRENCY_WORDS.has(unit))));
  return extraTime || more ? [0, tokens.length] : undefined;
}
/** Words such a line has at most: "About $4,800 more", "Three extra weeks". */
const NOTE_PRICE_WORDS = 4;


const TRYING_OUT = stems(['tested', 'trialled', 'trialed', 'piloted', 'tried']);
const GROUP_PREPOSITIONS = new Set(['with', 'on']);

const TRIAL_NOUNS = new Set(['test', 'trial', 'pilot']);
const TRIAL_PREPOSITIONS = new Set(['in', 'on', 'with', 'at']);

/**
 * "I tested my solvent on a hidden seam inside the hem first", "tried the new glue on one chair first": the change tried
 * on something that does not matter before the real thing, "first" closing its clause.
 */
export function testedFirst(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 1; k++) {
    // "I tried to listen first": an attempt, not a try-out.
    if (!TESTING.has(reader.lower(k)) || reader.lower(k + 1) === 'to' || !reader.agentBefore(k, 2)) continue;
    const [, end] = reader.clauseOf(k);
    const first = reader.firstIn(k + 2, Math.min(end, k + 2 + TESTED_FIRST_REACH), (t) => t.lower === 'first');
    if (first > 0 && first === end - 1) return [Math.max(0, k - 1), end];
  }
  return undefined;
}
const TESTING = new Set(['tested', 'tried', 'trialled', 'trialed']);
/** How many words the thing tried and where may take before "first": "my solvent on a hidden seam inside the hem". */
const TESTED_FIRST_REACH = 10;

/**
 * "I tested drafts with eight patients", "tried the new rota on two wards", "I proposed a taste test in six small
 * supermarkets": a try-out on a small group, counted.
 */
export function triedOnAFew(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    // "I ran the pilot on two wards" runs the trial; "I wrote the test with two senior coders" wrote an exam.
    const article = reader.lower(k - 1) === 'a' || reader.lower(k - 2) === 'a' || (reader.lower(k - 1) === 'the' && TRIAL_VERBS.has(reader.token(k - 2)?.stem ?? ''));
    const noun = TRIAL_NOUNS.has(reader.lower(k)) && article && reader.agentBefore(k, 10);
    if (noun && TRIAL_PREPOSITIONS.has(reader.lower(k + 1)) && counts(reader, k + 2)) return [Math.max(0, k - 2), Math.min(tokens.length, k + 5)];
    // After a determiner, "test" and "pilot" are nouns, read above: no verb of trying.
    if (!TRYING_OUT.has((tokens[k] as Token).stem) || DETERMINERS.has(reader.lower(k - 1)) || !reader.agentBefore(k, 3)) continue;
    for (let p = k + 1; p < Math.min(tokens.length - 2, k + 5); p++) {
      if (!GROUP_PREPOSITIONS.has(reader.lower(p))) continue;
      if (isNumberToken(reader.token(p + 1)) && counts(reader, p + 1)) return [Math.max(0, k - 1), Math.min(tokens.length, p + 3)];
      // "I tried it only with new students for two months": a group named as the only one, for a set time.
      if (reader.lower(p - 1) === 'only' && timedWithin(reader, p + 1, p + 8)) return [Math.max(0, k - 1), Math.min(tokens.length, p + 8)];
    }
  }
  return undefined;
}

/** A count of places or people at `at` ("six small supermarkets", "40 customers"), not a stretch of time or a year. */
function counts(reader: SentenceReader, at: number): boolean {
  const count = reader.token(at);
  if (count === undefined || !(isNumberToken(count) || NUMBER_WORDS.has(count.lower)) || isYearToken(count)) return false;
  return !TIME_WORDS.has(reader.token(at + 1)?.stem ?? '');
}

/** "for two months", "for a week" within the range. */
function timedWithin(reader: SentenceReader, from: number, to: number): boolean {
  return reader.anyIn(from, Math.min(reader.tokens.length, to), (t) => setTimeAt(reader, t.index));
}

/** "for two months", "for 4 weeks" at `at`: a set stretch of time. */
function setTimeAt(reader: SentenceReader, at: number): boolean {
  return reader.lower(at) === 'for' && (isNumberToken(reader.token(at + 1)) || NUMBER_WORDS.has(reader.lower(at + 1))) && TIME_WORDS.has(reader.token(at + 2)?.stem ?? '');
}

const WORSE_AFTER_MAKING = new Set(['slower', 'harder', 'riskier', 'longer', 'dearer', 'costlier', 'tighter', 'heavier', 'messier', 'worse', 'busier']);
const WORSE_STATES = new Set([...WORSE_AFTER_MAKING, 'thinner', 'later', 'shorter']);
const BECOMING = new Set(['got', 'became', 'went', 'grew', 'ran', 'was', 'were']);
/** Told in the present, as many tell a story in a second language: "my round trip becomes 4 minutes slower". */
const BECOMING_NOW = new Set([...BECOMING, 'gets', 'becomes', 'goes', 'is', 'are']);
/** Words between the verb and how much worse: "becomes around 4 minutes slower". */
const WORSE_REACH = 5;

/**
 * "I moved one of my four officers onto a rural patrol. Town got thinner.": a short sentence right after the speaker's
 * step saying what it left worse; or, opening with "But", a longer one ("But my round trip becomes around 4 minutes
 * slower, and the supervisor was not happy").
 */
export function leftWorse(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  if (!reader.previousActs || tokens.some((t) => AGENTS.has(t.lower))) return undefined;
  if (tokens.length <= 6) {
    const verb = tokens.findIndex((t, i) => i > 0 && BECOMING.has(t.lower));
    return verb > 0 && WORSE_STATES.has(reader.lower(verb + 1)) ? reader.span(0, tokens.length) : undefined;
  }
  if (reader.lower(0) !== 'but') return undefined;
  const verb = tokens.findIndex((t, i) => i > 1 && i < 6 && BECOMING_NOW.has(t.lower));
  if (verb < 0) return undefined;
  const worse = tokens.findIndex((t, i) => i > verb && i <= verb + WORSE_REACH && WORSE_STATES.has(t.lower));
  return worse > 0 ? [0, worse + 1] : undefined;
}

/**
 * "I'd be back at the yard by 4:30 at the latest", "no later than Friday": a limit the speaker set on their own
 * course, a promise of when it ends.
 */
export function latestBy(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 1; k++) {
    const atTheLatest = reader.lower(k) === 'at' && reader.lower(k + 1) === 'the' && reader.lower(k + 2) === 'latest';
    const noLater = reader.lower(k) === 'no' && reader.lower(k + 1) === 'later' && reader.lower(k + 2) === 'than';
    if ((atTheLatest || noLater) && reader.agentBefore(k, 14)) return [Math.max(0, k - 8), Math.min(tokens.length, k + 3)];
  }
  return undefined;
}

/** Verbs by which the speaker holds part of something back: "kept 10% of hours flexible", "left two vans spare". */
const KEEPING_BACK = new Set(['kept', 'left', 'held', 'reserved']);
/** What a held-back part stays: "flexible for peaks", "free for emergencies", "spare for breakdowns". */
const SPARE = new Set(['flexible', 'free', 'spare', 'open', 'aside', 'back', 'unbooked', 'unallocated', 'empty']);
/** How far after the amount its "flexible for", "spare for" may stand: "kept 10% of hours flexible for peaks". */
const SPARE_REACH = 5;

/**
 * "So I kept 10% of hours flexible for peaks", "I left two vans spare for breakdowns": a part of the speaker's own
 * held back for what could go wrong is a reserve, the price of the new course limited.
 */
export function reserveKept(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 0; k < tokens.length; k++) {
    if (!KEEPING_BACK.has(reader.lower(k)) || !reader.agentBefore(k, 3)) continue;
    // "kept a morning free for the inspection" holds back no share: the article is no amount.
    const amount = tokens.slice(k + 1, k + 4).find((t) => isNumberToken(t) || (NUMBER_WORDS.has(t.lower) && t.lower !== 'a'));
    if (amount === undefined) continue;
    const spare = tokens.slice(amount.index + 1, amount.index + 1 + SPARE_REACH).find((t) => SPARE.has(t.lower));
    if (spare !== undefined && reader.lower(spare.index + 1) === 'for') return [Math.max(0, k - 2), Math.min(tokens.length, spare.index + 4)];
  }
  return undefined;
}

/**
 * "So I propose to him: only 5 to 7 p.m., only three piers": a step limited twice over, in time and in reach, is
 * a course kept small on purpose.
 */
export function limitedTwice(reader: SentenceReader): [number, number] | undefined {
  const pair = saidTwiceAfterAgent(reader, 'only', 8);
  if (pair === undefined) return undefined;
  const [first, second] = pair;
  // "not only ... but only": no limit; "the only ... the only": a superlative, not a limit.
  if (reader.lower(first - 1) === 'not' || reader.lower(first - 1) === 'the' || reader.lower(second - 1) === 'the') return undefined;
  return [first, Math.min(reader.tokens.length, second + 4)];
}

/** The first two times `word` is said, when the speaker comes before the first and the second follows within `reach`. */
function saidTwiceAfterAgent(reader: SentenceReader, word: string, reach: number): [number, number] | undefined {
  const at = reader.tokens.filter((t) => t.lower === word).map((t) => t.index);
  const [first, second] = at;
  if (first === undefined || second === undefined || second - first > reach || !reader.anyIn(0, first, (t) => AGENTS.has(t.lower))) return undefined;
  return [first, second];
}

/**
 * "That made our planning less flexible", "It made the mornings harder for the drivers": right after a step of the
 * speaker's, what the step made worse.
 */
export function madeItWorse(reader: SentenceReader): [number, number] | undefined {
  // "I agreed to send the schedule ahead. That made our planning less flexible.": the speaker's step just told.
  if (!(reader.stepBefore || reader.agentInPrevious())) return undefined;
  if (!['that', 'this', 'it', 'which'].includes(reader.lower(0)) || reader.lower(1) !== 'made') return undefined;
  for (let k = 2; k < Math.min(reader.tokens.length, 8); k++) {
    const word = reader.lower(k);
    if (WORSE_AFTER_MAKING.has(word) || (word === 'less' && reader.token(k + 1)?.kind === 'word')) return reader.span(0, k + 2);
  }
  return undefined;
}

const HEAVY = new Set(['lot', 'big', 'large', 'stretch', 'fortune']);

/**
 * "I paid for her first-aid course, four hundred reais, which was a lot for us that year": a price the speaker chose to
 * pay, said to weigh on them.
 */
export function priceFeltHeavy(reader: SentenceReader): [number, number] | undefined {
  if (reader.facts.voice.iActions.length === 0) return undefined;
  for (let k = 1; k < reader.tokens.length - 2; k++) {
    if (reader.lower(k) !== 'which' || reader.lower(k + 1) !== 'was') continue;
    const heavy = (reader.lower(k + 2) === 'a' && HEAVY.has(reader.lower(k + 3))) || ['expensive', 'steep'].includes(reader.lower(k + 2));
    if (heavy && reader.anyIn(Math.max(0, k - 6), k, isNumberToken)) return reader.span(k, 7);
  }
  return undefined;
}

/**
 * "I let her, on one condition: the kids still had to pass the tests", "on condition that", "approve with two
 * conditions: a 100-metre setback and quarterly monitoring": the limits set with a yes.
 */
/** What opens the clause after "with the condition": "that", or its subject straight away. */
const CONDITION_CLAUSE = new Set(['that', 'they', 'he', 'she', 'we', 'you', 'the', 'every', 'each', 'all']);

export function conditionSet(reader: SentenceReader): [number, number] | undefined {
  for (let k = 1; k < reader.tokens.length - 1; k++) {
    // "with two conditions", "I asked for two conditions", "on two conditions", "I ask one condition, in writing".
    const conditions = reader.lower(k + 2) === 'conditions' || (reader.lower(k + 1) === 'one' && reader.lower(k + 2) === 'condition');
    if (CONDITION_LEADS.has(reader.lower(k)) && NUMBER_WORDS.has(reader.lower(k + 1)) && conditions && reader.anyIn(0, k, (t) => AGENTS.has(t.lower))) {
      return reader.span(k, 12);
    }
    if (reader.lower(k) !== 'on' && reader.lower(k) !== 'with') continue;
    const at = ['one', 'the', 'a'].includes(reader.lower(k + 1)) ? k + 2 : k + 1;
    if (reader.lower(at) !== 'condition') continue;
    // "with the condition that they flush the radiators", "with condition they flush...": a clause follows; "a driver
    // with a condition that needs rest breaks" has an illness.
    if (reader.lower(k) === 'with' && (['a', 'one'].includes(reader.lower(k + 1)) || !CONDITION_CLAUSE.has(reader.lower(at + 1)))) continue;
    if (reader.someoneActs() && reader.anyIn(0, k, (t) => AGENTS.has(t.lower))) return reader.span(k, 12);
    // "Said I'd take returns on paper... She said yes, on one condition: no cash taken at the counter": the speaker's
    // proposal, granted with a limit the speaker then worked within.
    if (reader.anyIn(0, k, (t) => GRANTING.has(t.lower)) && reader.agentInPrevious()) return reader.span(k, 12);
  }
  // "he said fine, as long as the prosecution briefs didn't slip": a yes to the speaker's offer, with its limit.
  for (let k = 2; k < reader.tokens.length - 3; k++) {
    if (reader.lower(k) !== 'as' || reader.lower(k + 1) !== 'long' || reader.lower(k + 2) !== 'as') continue;
    const granted = reader.anyIn(Math.max(0, k - 4), k, (t) => GRANTING.has(t.lower));
    if (granted && (reader.anyIn(0, k, (t) => AGENTS.has(t.lower)) || reader.agentInPrevious())) return reader.span(Math.max(0, k - 3), 12);
    // "I figured a cheap sensor was good enough to learn with, as long as I didn't use it to skip the normal
    // inspections": the speaker's own judgement, with the limit it holds to.
    const selfLimit = AGENTS.has(reader.lower(k + 3)) && isNegation(reader.token(k + 4));
    if (selfLimit && reader.anyIn(Math.max(0, k - JUDGED_REACH), k, (t) => JUDGING.has(t.lower) && reader.agentBefore(t.index, 2))) return reader.span(k, 12);
  }
  return undefined;
}

/**
 * "My sergeant worried it would leak intelligence, so we agreed he'd clear each note first", "Some riders wanted the
 * money kept for emergencies, which is fair, so we kept a fifth of it in the fund": a worry about the plan (anyone's,
 * the speaker's too), met by a limit kept or agreed to in the same breath. A wish alone is often just the need the
 * story answers ("the kids wanted more time, so we added a session"), so after "wanted" only something kept back counts.
 */
export function concernMet(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  // "My chief was not happy, he said surprise is the point. We agreed that for safety checks I still come unannounced":
  // the worry told in the sentence before, met by the limit agreed that opens this one.
  const opening = reader.lower(0) === 'so' || reader.lower(0) === 'and' ? 1 : 0;
  if (AGENTS.has(reader.lower(opening)) && MEETING.has(reader.lower(opening + 1)) && worriedIn(reader.previous)) return reader.span(0, 12);
  for (let k = 2; k < tokens.length - 3; k++) {
    // ", so we agreed ...", or after a semicolon: "...too much cost for a project of €18,000; we agreed ...".
    const subject = reader.lower(k) === 'so' && reader.gapAfter(k - 1).includes(',') ? k + 1 : reader.gapAfter(k - 1).includes(';') ? k : -1;
    if (subject < 0 || !AGENTS.has(reader.lower(subject))) continue;
    const meeting = reader.lower(subject + 1);
    const worried = reader.firstIn(0, k, (t) => worryAt(tokens, t.index) || (t.lower === 'pushed' && reader.lower(t.index + 1) === 'back'));
    if (worried >= 0 && (MEETING.has(meeting) || KEEPING.has(meeting))) return [Math.max(0, worried - 3), reader.span(k, 10)[1]];
    const wanted = reader.firstIn(1, k, (t) => t.lower === 'wanted');
    if (wanted > 0 && KEEPING.has(meeting) && !AGENTS.has(reader.lower(wanted - 1))) return [Math.max(0, wanted - 3), reader.span(k, 10)[1]];
  }
  return undefined;
}

/** The sentence voices a worry about the plan: "was worried", "objected", "was not happy", "was unhappy", "was against it". */
function worriedIn(tokens: readonly Token[]): boolean {
  // "The production manager was against it": an objection to the plan.
  return tokens.some((t, i) => worryAt(tokens, i) || t.lower === 'unhappy' || (t.lower === 'happy' && isNegation(tokens[i - 1])) || (t.lower === 'against' && BE_PAST.has(tokens[i - 1]?.lower ?? '')));
}

/** A worry word at `i`, or the plan judged too dear, too slow, too risky: "My partner thought this was too much cost". */
function worryAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.lower ?? '';
  return WORRYING.has(word) || (JUDGED.has(word) && tokens.slice(i + 1, i + 5).some((u) => u.lower === 'too'));
}

/** Verbs of someone's judgement of the plan, before a "too": "thought it was too much", "felt it was too risky". */
const JUDGED = new Set(['thought', 'felt', 'said', 'found']);

const BE_PAST = new Set(['was', 'were']);

/** A worry about the plan ("Some clients hated losing flexibility"); "pushed back" is one too. */
const WORRYING = new Set(['worried', 'worry', 'worries', 'concerned', 'afraid', 'feared', 'nervous', 'objected', 'complained', 'hated', 'disliked', 'resisted', 'opposed', 'resented']);
/** A limit agreed or put on the course: what meets the worry (in the present too, as a story told in it has it: "so we agree"). */
const MEETING = new Set(['agreed', 'agree', 'limited', 'capped', 'restricted']);
/** Something of the old kept back: what meets a worry or a wish. */
const KEEPING = new Set(['kept', 'keep', 'left', 'reserved']);

const GRANTING = new Set(['yes', 'agreed', 'approved', 'okayed', 'accepted', 'allowed', 'fine', 'ok', 'okay']);
/** Verbs of the speaker's own judgement of a course: "I figured", "I decided", "I reckoned". */
const JUDGING = new Set(['figured', 'decided', 'reckoned', 'judged', 'agreed', 'accepted', 'thought']);
/** How far before "as long as" the judgement may stand. */
const JUDGED_REACH = 14;

const OPTION_NOUNS = new Set(['options', 'versions', 'plans', 'designs', 'routes', 'proposals', 'scenarios', 'quotes', 'costings', 'layouts', 'schedules']);
const LAYING_OUT = new Set(['put', 'presented', 'laid', 'showed', 'took', 'gave', 'sent', 'compared', 'costed', 'priced', 'wrote', 'set']);

/**
 * "Put both options on one page for the owner", "I presented both versions side by side with the crossing data": the
 * two courses laid out for a decision.
 */
export function bothOptionsLaidOut(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 1; k++) {
    const two = reader.lower(k) === 'both' || (reader.lower(k) === 'the' && reader.lower(k + 1) === 'two');
    const noun = reader.lower(k) === 'both' ? k + 1 : k + 2;
    if (!two || !OPTION_NOUNS.has(reader.lower(noun))) continue;
    const verb = reader.firstIn(Math.max(0, k - 3), k, (t) => LAYING_OUT.has(t.lower));
    // "Put both options on one page": a terse note drops its "I".
    if (verb >= 0 && (reader.agentBefore(verb, 3) || verb === 0)) return [verb, Math.min(tokens.length, noun + 6)];
  }
  return undefined;
}

const CONDITION_LEADS = new Set(['with', 'for', 'on', 'set', 'added', 'attached', 'ask', 'asked', 'put']);

const OPTION_WORDS = new Set(['option', 'choice']);
const OPTION_NAMES = new Set(['one', 'two', 'three', '1', '2', '3', 'a', 'b', 'c']);
const ORDINALS = new Set(['first', 'second', 'third', 'other']);
const ONE_OF_SEVERAL = new Set(['one', 'another']);

/**
 * "Option one was dropping the threshold, which sales wanted.", "The second option was...", "One option was to drive
 * back and wait": options named in turn.
 */
export function optionNamed(reader: SentenceReader): [number, number] | undefined {
  const named = (OPTION_WORDS.has(reader.token(0)?.stem ?? '') && OPTION_NAMES.has(reader.lower(1))) || (ONE_OF_SEVERAL.has(reader.lower(0)) && OPTION_WORDS.has(reader.token(1)?.stem ?? ''));
  const ordinal = reader.lower(0) === 'the' && ORDINALS.has(reader.lower(1)) && OPTION_WORDS.has(reader.token(2)?.stem ?? '');
  if (!named && !ordinal) return undefined;
  const copula = named ? 2 : 3;
  return ['was', 'is', 'would', 'meant'].includes(reader.lower(copula)) ? reader.span(0, copula + 8) : undefined;
}

const REVIEWING_AFTER = stems(['review', 'decide', 'evaluate', 'reassess', 'revisit', 'assess']);

/**
 * "So I agreed to do it only on my shifts for four weeks, and then we review it together": a step taken for a set
 * time, with a review fixed at its end, is a trial.
 */
export function reviewAfterPeriod(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  if (!reader.anyIn(0, tokens.length, (t) => AGENTS.has(t.lower))) return undefined;
  for (let k = 0; k < tokens.length - 3; k++) {
    if (!setTimeAt(reader, k)) continue;
    const review = tokens.findIndex((t, i) => i > k + 2 && i < k + 10 && REVIEWING_AFTER.has(t.stem));
    if (review > 0 && reader.anyIn(k + 3, review, (t) => t.lower === 'then')) return [Math.max(0, k - 6), Math.min(tokens.length, review + 2)];
  }
  return undefined;
}

/**
 * "I issued level 4 only for north-facing slopes and kept level 3 elsewhere": the change confined to where it was
 * needed, the rest left as it was.
 */
export function onlyWhereNeeded(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  const only = tokens.findIndex((t, i) => t.lower === 'only' && ['for', 'on', 'in', 'to', 'at'].includes(reader.lower(i + 1)));
  if (only < 1 || !reader.agentBefore(only, 8)) return undefined;
  const rest = tokens.findIndex((t, i) => i > only + 2 && (t.lower === 'elsewhere' || (t.lower === 'everywhere' && reader.lower(i + 1) === 'else')));
  return rest > 0 ? [Math.max(0, only - 4), Math.min(tokens.length, rest + 1)] : undefined;
}

/** The course anyone would take first: "the normal route", "the easy option". */
const OBVIOUS = new Set(['normal', 'usual', 'standard', 'obvious', 'default', 'textbook', 'expected', 'official', 'easy', 'easier', 'quick', 'quicker', 'safe', 'safer', 'cheap', 'cheaper', 'simple', 'tempting']);
const COURSE_NOUNS = stems(['route', 'way', 'process', 'procedure', 'option', 'choice', 'answer', 'fix', 'move', 'approach', 'thing', 'step', 'practice', 'path', 'response', 'plan', 'solution', 'pick', 'candidate']);
const OWNERS = new Set(['the', 'our', 'my', 'their']);

/**
 * "The normal route is police lost property and rebooking her flight. But that takes days": the course anyone would
 * expect, named and then set aside with "but" in the same sentence or the next one. "The obvious pick was our senior
 * constable. I picked Mere, because...": or by the speaker's own pick told soon after.
 */
export function expectedCourseSetAside(reader: SentenceReader): [number, number] | undefined {
  if (!OWNERS.has(reader.lower(0)) || !OBVIOUS.has(reader.lower(1)) || !COURSE_NOUNS.has(reader.token(2)?.stem ?? '')) return undefined;
  // "The usual thing to do would be", "The standard procedure was": the course, then what it is.
  const copula = reader.tokens.findIndex((t, i) => i > 2 && i < 7 && (t.lower === 'is' || t.lower === 'was' || t.lower === 'would'));
  if (copula < 0) return undefined;
  // A person picked soon after sets the obvious candidate aside; "So we tried it on one brew" after the usual fix takes it.
  const pickedOther = PEOPLE_PICKS.has(reader.lower(2)) && reader.decidesSoon;
  return reader.lastContrast > copula || reader.nextOpensContrast || pickedOther ? reader.span(0, 14) : undefined;
}
const PEOPLE_PICKS = new Set(['pick', 'candidate']);

/** What someone put on the table: "the board's plan", "my dad's first idea", "her instinct". */
const PROPOSALS = stems(['plan', 'idea', 'instinct', 'proposal', 'suggestion', 'answer', 'reaction', 'solution']);
const FIRST_THOUGHTS = new Set(['first', 'initial', 'original']);
const REFLEXES = new Set(['instinct', 'reflex', 'reaction']);
const OTHERS_POSSESSIVES = new Set(['his', 'her', 'their', "everyone's", "everybody's"]);

/** What a first idea "was" when it is judged, not named: "a good one", "a mistake". */
const VERDICT_NOUNS = new Set(['one', 'mistake', 'disaster', 'failure', 'success', 'bad', 'good', 'great', 'terrible']);

/**
 * "The board's plan was to line the laterals with concrete", "My dad's first idea was to raise the taco to 28 pesos",
 * "my first instinct was to fight it", "My first idea was a bigger campaign": a course someone else put forward, or the
 * speaker's own first thought, told before what was done instead.
 */
export function proposalOnTable(reader: SentenceReader): [number, number] | undefined {
  for (let k = 1; k < Math.min(reader.tokens.length - 2, 6); k++) {
    if (!PROPOSALS.has((reader.token(k) as Token).stem)) continue;
    const copula = reader.lower(k + 1) === 'was' ? k + 1 : reader.lower(k + 1) === 'had' && reader.lower(k + 2) === 'been' ? k + 2 : -1;
    // "The instinct on site was to turn the rectifiers up": what everyone's reflex was, said of a place or a group.
    if (copula < 0 && reader.lower(k - 1) === 'the' && REFLEXES.has(reader.lower(k))) {
      const was = reader.tokens.findIndex((t, i) => i > k + 1 && i <= k + 4 && t.lower === 'was');
      if (was > 0 && reader.lower(was + 1) === 'to' && reader.lower(k + 1) !== 'was') return reader.span(Math.max(0, k - 1), was - k + 10);
    }
    if (copula < 0) continue;
    const first = FIRST_THOUGHTS.has(reader.lower(k - 1));
    // "My first idea was a bigger campaign": the speaker's first thought may be named, not told as "to ...".
    const named = first && ['a', 'an'].includes(reader.lower(copula + 1)) && !reader.anyIn(copula + 2, Math.min(reader.tokens.length, copula + 5), (t) => VERDICT_NOUNS.has(t.lower));
    if (reader.lower(copula + 1) !== 'to' && !named) continue;
    const owner = reader.token(first ? k - 2 : k - 1);
    const others = owner !== undefined && (owner.lower.endsWith("'s") || OTHERS_POSSESSIVES.has(owner.lower));
    if (first || others) return reader.span(Math.max(0, k - 3), copula - k + 10);
  }
  return undefined;
}

const SELLING = new Set(['sell', 'offered', 'offer', 'pitched', 'quoted', 'sold']);

/**
 * "A company came to sell me a fleet app with GPS trackers, very nice, but 40,000 per bike every month": something put
 * to the speaker, then set aside with "but".
 */
export function offerSetAside(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  const offer = tokens.findIndex((t, i) => SELLING.has(t.lower) && ['me', 'us'].includes(reader.lower(i + 1)));
  if (offer < 0 || AGENTS.has(reader.lower(offer - 1))) return undefined;
  return reader.lastContrast > offer + 2 ? reader.span(Math.max(0, offer - 4), 12) : undefined;
}

/**
 * "Software with automatic location was proposed, but around 180 million guaraníes and one year for approval, so I
 * said let's try first with what we have": a course put forward by someone, then set aside by its price after "but".
 */
export function proposedThenPriced(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length - 3; k++) {
    if (!PUT_FORWARD.has(reader.lower(k)) || !BE_PAST.has(reader.lower(k - 1))) continue;
    const but = reader.firstIn(k + 1, k + 3, (t) => t.lower === 'but');
    if (but > 0 && reader.anyIn(but + 1, but + 1 + PRICE_AFTER_BUT, (t) => isNumberToken(t))) return [0, Math.min(tokens.length, but + 1 + PRICE_AFTER_BUT)];
  }
  return undefined;
}

const PUT_FORWARD = new Set(['proposed', 'suggested', 'offered', 'recommended', 'pitched']);
/** How far after "but" the price may stand: "but around 180 million guaraníes". */
const PRICE_AFTER_BUT = 6;

const QUOTING = new Set(['quoted', 'priced', 'costed']);

/**
 * "A commercial tracking system was quoted at about R400,000, which our budget would never cover. So I decided...": a
 * course priced for the speaker, then set aside by what follows ("which we couldn't afford") or by the speaker's own
 * decision within the next sentences.
 */
export function quotedOption(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length - 2; k++) {
    if (!QUOTING.has(reader.lower(k)) || !BE_PAST.has(reader.lower(k - 1)) || AGENTS.has(reader.lower(k - 2))) continue;
    const amount = reader.firstIn(k + 1, k + 5, (t) => isNumberToken(t));
    if (amount < 0) continue;
    const afterwards = reader.anyIn(amount + 1, tokens.length, (t) => t.lower === 'which' || t.lower === 'but');
    if (reader.decidesSoon || afterwards) return [0, Math.min(tokens.length, amount + 1)];
  }
  return undefined;
}

/** "A footnote was the easy option, but footnotes don't get read": a course called the easy one, then set aside. */
export function easyOptionSetAside(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < Math.min(tokens.length - 3, 10); k++) {
    if (!['was', 'is', 'would'].includes(reader.lower(k))) continue;
    const the = reader.lower(k + 1) === 'be' ? k + 2 : k + 1;
    if (reader.lower(the) !== 'the' || !OBVIOUS.has(reader.lower(the + 1)) || !COURSE_NOUNS.has(reader.token(the + 2)?.stem ?? '')) continue;
    if (reader.lastContrast > the || reader.nextOpensContrast) return reader.span(0, the + 3);
  }
  return undefined;
}

// "I knew my revenue target would suffer": said to oneself beforehand, the price is as plainly accepted.
export const FOREWARNING = stems(['told', 'warned', 'explained', 'said', 'knew']);
const WORSE_AHEAD = stems(['worse', 'slower', 'later', 'lower', 'less', 'fewer', 'drop', 'dip', 'fall', 'suffer', 'slip', 'miss', 'lose', 'slow', 'delay']);
const WARNING_MODALS = new Set(['would', 'might', 'could', 'will']);
/** "...would drop if we did nothing": the price of not acting, the reason to act. */
const INACTION = new Set(['if', 'unless', 'otherwise']);

/**
 * "I told my manager up front that my numbers would look worse for a few weeks": the speaker said beforehand what the
 * course would cost, which is a cost accepted.
 */
export function warnedOfDownside(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 3; k++) {
    if (!FOREWARNING.has((tokens[k] as Token).stem) || !AGENTS.has(reader.lower(k - 1))) continue;
    // "told my inspector I'd take it on and that it might slow my own files": "might" and "could" warn as "would" does.
    const would = tokens.findIndex((t, i) => i > k + 1 && i < k + 18 && WARNING_MODALS.has(t.lower));
    if (would < 0 || reader.negated(would + 1, 2)) continue;
    if (reader.anyIn(would + 1, Math.min(tokens.length, would + 9), (t) => INACTION.has(t.lower))) continue;
    if (reader.anyIn(would + 1, Math.min(tokens.length, would + 5), (t) => WORSE_AHEAD.has(t.stem))) return reader.span(k - 1, would - k + 7);
  }
  return undefined;
}

const RETURNING = stems(['go', 'went', 'switch', 'revert', 'return', 'fall', 'move', 'change', 'pull', 'bring', 'scale', 'come', 'fly']);
/** Verbs by which the speaker settles a way back with someone: "agreeing with the coordinator that it would fly back". */
const AGREEING_ON = stems(['agreed', 'agreeing', 'arranged', 'arranging', 'promised', 'promising']);
/** How far before the way back its agreement may stand. */
const SETTLED_REACH = 10;

/**
 * "We agreed I'd go back to the old way if I wasn't at 25 meetings by week 9", "I would switch back unless": a way
 * back, with the condition that would take it.
 */
export function wayBackIf(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 3; k++) {
    if (reader.lower(k) !== 'back') continue;
    // "go back", "pull the patrol back": the verb, with up to three words of its object between.
    let verb = k - 1;
    while (verb > Math.max(0, k - 5) && !RETURNING.has((tokens[verb] as Token).stem)) verb--;
    if (!RETURNING.has((tokens[verb] as Token).stem) || !(reader.agentBefore(verb, 4) || leftForOthers(reader, verb) || settledBack(reader, verb))) continue;
    const condition = tokens.findIndex((t, i) => i > k && i < k + 12 && (t.lower === 'if' || t.lower === 'unless'));
    if (condition > 0) return [Math.max(0, k - 4), Math.min(tokens.length, condition + 8)];
  }
  return undefined;
}

/**
 * "..., agreeing with the coordinator that it would fly back if anything started up north": the thing moved comes back
 * on terms the speaker agreed.
 */
function settledBack(reader: SentenceReader, verb: number): boolean {
  return reader.anyIn(Math.max(0, verb - SETTLED_REACH), verb, (t) => AGREEING_ON.has(t.stem)) && reader.someoneActs();
}

/**
 * "I kept the old accounts active for 14 days so people could go back if something failed": a way back the speaker left
 * for others, after "so" in a clause of theirs.
 */
function leftForOthers(reader: SentenceReader, verb: number): boolean {
  for (let so = verb - 1; so > Math.max(0, verb - 6); so--) if (reader.lower(so) === 'so') return reader.agentBefore(so, so);
  return false;
}

const SURCHARGES = stems(['surcharge', 'premium', 'fee', 'markup', 'penalty', 'supplement']);

/**
 * "I ordered 50 doses for next-day delivery at a £180 surcharge", "paid those guards a $3 an hour premium": the extra
 * the speaker paid for the course taken.
 */
export function surchargePaid(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length - 1; k++) {
    const amount = tokens[k] as Token;
    const priced = (writtenAsMoney(tokens, k) || reader.lower(k + 1) === 'percent' || amount.text.endsWith('%')) && isNumberToken(amount);
    let noun = reader.lower(k + 1) === 'percent' ? k + 2 : k + 1;
    // "a $3 an hour premium", "a €20 per night supplement": the rate stands between the amount and the noun.
    if (RATE_LEADS.has(reader.lower(noun)) && TIME_WORDS.has(reader.token(noun + 1)?.stem ?? '')) noun += 2;
    if (!priced || !SURCHARGES.has(reader.token(noun)?.stem ?? '') || !['a', 'an'].includes(reader.lower(k - 1))) continue;
    if (reader.agentBefore(k, 16)) return [Math.max(0, k - 3), Math.min(tokens.length, noun + 1)];
  }
  return undefined;
}

const GAINS = stems(['made', 'make', 'earned', 'earn', 'sold', 'sell', 'saved', 'save', 'raised', 'generated', 'brought', 'revenue', 'sales', 'profit', 'income', 'margin', 'turnover']);

/**
 * "I found a recycler that charges 3.5 baht a kilo, so around 1 million baht more per year", "it's about £40 more a
 * month": the running price of the course the speaker took. After the speaker's pick it may be per anything: "I chose
 * dosing for now, roughly 1.2 rupees more per garment".
 */
export function extraPerPeriod(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (reader.lower(k) !== 'more' || !RATE_LEADS.has(reader.lower(k + 1))) continue;
    const unit = reader.token(k + 2);
    if (!TIME_WORDS.has(unit?.stem ?? '') && !(unit?.kind === 'word' && pickedBefore(reader, k))) continue;
    // The figure right before "more", or up to two words before it with a currency among them ("1 million baht more").
    const figure = reader.firstIn(k - 3, k, (t) => isNumberToken(t));
    if (figure < 0) continue;
    const money = moneyFigure(reader, figure, k);
    // "we made £2,000 more a month", "sales of 1 million baht more per year": money gained, not paid.
    const gained = reader.anyIn(reader.clauseOf(figure)[0], figure, (t) => GAINS.has(t.stem));
    if (money && !gained && reader.agentBefore(figure, 20)) return [Math.max(0, figure - 1), Math.min(tokens.length, k + 3)];
  }
  return undefined;
}

const PAYING = new Set(['paid', 'pay', 'pays', 'paying']);

/** Verbs of picking one course, with the word that may follow them: "I chose", "we went with", "I opted for". */
const PICKING: ReadonlyMap<string, string | undefined> = new Map([['chose', undefined], ['picked', undefined], ['selected', undefined], ['opted', 'for'], ['went', 'with'], ['settled', 'on']]);

/** "I" or "we" picked a course before `at`: "I chose dosing for now, ...". */
function pickedBefore(reader: SentenceReader, at: number): boolean {
  return reader.anyIn(1, at, (t) => {
    if (!PICKING.has(t.lower) || !AGENTS.has(reader.lower(t.index - 1))) return false;
    const particle = PICKING.get(t.lower);
    return particle === undefined || reader.lower(t.index + 1) === particle;
  });
}

/**
 * "the owner paid about 400 euros more than our partner's rate", "we paid £60 extra for the night crossing": a sum paid
 * on top of the usual one, the price of the course taken. Only a sum right after the verb: "paid more attention" and
 * "pays much more" name no price.
 */
export function paidMoreThanUsual(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (!PAYING.has(reader.lower(k))) continue;
    // "the business interruption cover paid 310,000 pesos more": an insurer's or a client's payment is an outcome.
    if (THIRD_PARTY_PAYERS.has(reader.lower(k - 1))) continue;
    const figure = reader.firstIn(k + 1, k + 3, (t) => isNumberToken(t));
    if (figure < 0) continue;
    const more = reader.firstIn(figure + 1, figure + 3, (t) => t.lower === 'more' || t.lower === 'extra');
    if (more > 0 && moneyFigure(reader, figure, more)) return [Math.max(0, k - 2), Math.min(tokens.length, more + 3)];
    // "we paid about 15% more than our contract price": a share over the price the speaker would otherwise have paid.
    const overPrice = reader.lower(more + 1) === 'than' && reader.anyIn(more + 2, Math.min(tokens.length, more + 6), (t) => PRICES.has(t.lower));
    if (more > 0 && (reader.token(figure)?.text.endsWith('%') ?? false) && overPrice) return [Math.max(0, k - 2), Math.min(tokens.length, more + 6)];
  }
  return undefined;
}

/**
 * "The night shifts cost a 30% overtime premium, about Rs 18,000 extra", "a diagnostic cable cost another 3,400
 * kroner": right after the speaker's steps, what one of them cost on top, said of the step.
 */
export function stepCostExtra(reader: SentenceReader): [number, number] | undefined {
  if (!reader.stepBefore && !reader.previousActs) return undefined;
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (reader.lower(k) !== 'cost' || DETERMINERS.has(reader.lower(k - 1)) || AGENTS.has(reader.lower(k - 1))) continue;
    const figure = reader.firstIn(k + 1, k + 4, (t) => isNumberToken(t));
    if (figure < 0) continue;
    // "a diagnostic cable and software cost another 3,400 kroner": the extra named before the figure.
    const another = reader.lower(figure - 1) === 'another';
    if (another || reader.anyIn(figure, Math.min(tokens.length, figure + EXTRA_REACH), (t) => ON_TOP.has(t.lower))) return [Math.max(0, k - 3), Math.min(tokens.length, figure + EXTRA_REACH)];
  }
  return undefined;
}

/** Words that make a step's cost an extra one: "a 30% overtime premium", "about Rs 18,000 extra". */
const ON_TOP = new Set(['premium', 'extra', 'more', 'surcharge', 'markup']);
/** How far after the figure its "extra" may stand: "a 30% overtime premium". */
const EXTRA_REACH = 6;

/** "Bought lime from Amman at 30% over our usual price": a step taken at a premium, told as a share over the usual. */
export function overTheUsualPrice(reader: SentenceReader): [number, number] | undefined {
  if (!reader.someoneActs()) return undefined;
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (!ABOVE.has(reader.lower(k)) || !isNumberToken(reader.token(k - 1))) continue;
    const usual = reader.firstIn(k + 1, k + 3, (t) => USUAL.has(t.lower));
    if (usual > 0 && PRICES.has(reader.lower(usual + 1))) return [Math.max(0, k - 3), Math.min(tokens.length, usual + 2)];
  }
  return undefined;
}

const ABOVE = new Set(['over', 'above']);
const USUAL = new Set(['usual', 'normal', 'regular', 'list', 'standard', 'market']);
const PRICES = new Set(['price', 'prices', 'rate', 'rates', 'cost']);

const THIRD_PARTY_PAYERS = new Set(['interruption', 'insurer', 'insurance', 'policy', 'cover', 'client', 'customer', 'buyer', 'fund', 'grant', 'government', 'state']);

const FALLING_BEHIND = new Set(['was', 'were', 'fell', 'got', 'ended']);

/**
 * "..., so I was behind on geometry by about three weeks": the speaker's own work set back by the step. "We were behind
 * schedule" is how a story starts; only after "so", the step's consequence, is it a price.
 */
export function setBack(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (reader.lower(k) !== 'so' || !AGENTS.has(reader.lower(k + 1)) || !FALLING_BEHIND.has(reader.lower(k + 2))) continue;
    const behind = reader.firstIn(k + 3, k + 5, (t) => t.lower === 'behind');
    if (behind > 0) return [k, Math.min(tokens.length, behind + 5)];
  }
  return undefined;
}

const PAID_FROM = stems(['time', 'money', 'hour', 'cost', 'day']);

/** "that time came out of the textbook schedule", "the money came out of our margin": what the step took from elsewhere. */
export function paidFrom(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 3; k++) {
    if (reader.lower(k) !== 'came' || reader.lower(k + 1) !== 'out' || reader.lower(k + 2) !== 'of') continue;
    if (PAID_FROM.has(reader.token(k - 1)?.stem ?? '')) return [Math.max(0, k - 2), Math.min(tokens.length, k + 6)];
  }
  return undefined;
}

const BEING = new Set(['was', 'were', 'is', 'are', 'been', "we're", "i'm"]);

/**
 * "so I bought 16 rolls locally, about TT$21,000 over budget": what the speaker's own step cost past the budget.
 */
export function overBudget(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  const at = tokens.findIndex((t, i) => t.lower === 'over' && reader.lower(i + 1) === 'budget');
  if (at < 1 || !reader.agentBefore(at, 16)) return undefined;
  // "we came in under budget", "the project ran over budget" with no one choosing it: only a price paid by a step.
  if (reader.negated(at, 3)) return undefined;
  // "We were behind schedule and over budget": how things stood, the trouble the story starts from.
  if (reader.anyIn(Math.max(0, at - 5), at, (t) => BEING.has(t.lower))) return undefined;
  return [Math.max(0, at - 5), Math.min(tokens.length, at + 2)];
}

const PLANNED = new Set(['planned', 'budgeted', 'allowed', 'approved', 'allocated']);

/**
 * "I recommended keeping 8 of the 12 crews, about 2.1 million crowns more than the office had planned": what the
 * speaker's course cost past the plan, told as a sum more than the one planned.
 */
export function overPlan(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length - 3; k++) {
    if (reader.lower(k) !== 'more' || reader.lower(k + 1) !== 'than' || !reader.agentBefore(k, 20)) continue;
    const figure = reader.firstIn(Math.max(0, k - 4), k, (t) => isNumberToken(t));
    if (figure < 0 || !moneyFigure(reader, figure, k)) continue;
    const planned = reader.firstIn(k + 2, Math.min(tokens.length, k + 7), (t) => PLANNED.has(t.lower));
    if (planned > 0) return [Math.max(0, figure - 2), Math.min(tokens.length, planned + 1)];
  }
  return undefined;
}

/**
 * "So I split it: half our traps on the old grounds, half where the plotter said": the bet split between two courses
 * until one proves itself.
 */
export function splitBet(reader: SentenceReader): [number, number] | undefined {
  const pair = saidTwiceAfterAgent(reader, 'half', 10);
  return pair === undefined ? undefined : [Math.max(0, pair[0] - 3), Math.min(reader.tokens.length, pair[1] + 5)];
}

const QUITTING = new Set(['stop', 'drop', 'pull', 'end', 'quit', 'abandon', 'scrap', 'revert', 'cancel']);

/**
 * "I told him I'd stop after six weeks if I found nothing", "we would pull it if complaints went up": the speaker's
 * own course, with the condition that ends it set in advance.
 */
export function stopIf(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 0; k < tokens.length - 2; k++) {
    const lower = reader.lower(k);
    const contracted = lower === "i'd" || lower === "we'd";
    const modal = (lower === 'would' || lower === 'will') && AGENTS.has(reader.lower(k - 1));
    // "so I agreed we stop it if it slows down the set": the plan agreed, told in the present.
    const agreedPlan = AGENTS.has(lower) && AGREED_PLAN.has(reader.lower(k - 1)) && QUITTING.has(reader.lower(k + 1));
    if (!contracted && !modal && !agreedPlan) continue;
    // "we would open half the floor first and stop there if...": the stop may be the second of the modal's verbs.
    const quit = QUITTING.has(reader.lower(k + 1)) ? k + 1 : reader.firstIn(k + 3, k + 1 + JOINED_STOP_REACH, (t) => QUITTING.has(t.lower) && reader.lower(t.index - 1) === 'and');
    if (quit < 0) continue;
    const condition = tokens.findIndex((t, i) => i > quit && i <= quit + 9 && (t.lower === 'if' || t.lower === 'unless'));
    if (condition > 0) return [Math.max(0, k - 3), Math.min(tokens.length, condition + 6)];
  }
  return undefined;
}

const AGREED_PLAN = new Set(['agreed', 'promised', 'decided', 'said', 'told']);

/**
 * "I promised if the voids did not go down we return to the old recipe the same day": a way back the speaker promised,
 * told in the present of the plan.
 */
export function promisedWayBack(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 4; k++) {
    if (!AGREED_PLAN.has(reader.lower(k)) || !reader.agentBefore(k, 2)) continue;
    const condition = reader.firstIn(k + 1, Math.min(tokens.length, k + 3), (t) => t.lower === 'if');
    if (condition < 0) continue;
    const back = reader.firstIn(condition + 2, Math.min(tokens.length - 1, condition + 12), (t) => AGENTS.has(t.lower) && GOING_BACK.has(reader.lower(t.index + 1)));
    if (back > 0) return [Math.max(0, k - 1), Math.min(tokens.length, back + 7)];
  }
  return undefined;
}
const GOING_BACK = new Set(['return', 'revert', 'go', 'switch', 'roll']);

/**
 * "I agreed with the board that we'd keep two camps a year in the most remote districts until referrals picked up":
 * part of the old way kept going until the new one has shown it works.
 */
export function keptUntilItHolds(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 4; k++) {
    if (!KEEPING_ON.has(reader.lower(k)) || !reader.agentBefore(k, 3) || !partOfTheOldWay(reader, k + 1)) continue;
    const until = reader.firstIn(k + 2, Math.min(tokens.length - 2, k + UNTIL_REACH), (t) => t.lower === 'until');
    // "until referrals picked up", "until the new line was ready": something that has to happen first, not a clock time.
    const happens = until > 0 && reader.anyIn(until + 1, Math.min(tokens.length, until + 5), (t) => isPastOrParticiple(t) || t.lower === 'was' || t.lower === 'were');
    if (happens) return [Math.max(0, k - 2), Math.min(tokens.length, until + 5)];
  }
  return undefined;
}
const KEEPING_ON = new Set(['keep', 'kept', 'keeping']);

/** "two camps", "one line", "the old system", "part of the paper forms": some of what was there before, kept. */
function partOfTheOldWay(reader: SentenceReader, at: number): boolean {
  const first = reader.token(at);
  if (first === undefined) return false;
  if (first.kind === 'number' || NUMBER_WORDS.has(first.lower) || SOME_OF.has(first.lower)) return true;
  return POSSESSING.has(first.lower) && OLD_WAYS.has(reader.lower(at + 1));
}
const SOME_OF = new Set(['one', 'some', 'part', 'half']);
const POSSESSING = new Set(['the', 'our', 'my', 'their']);
const OLD_WAYS = new Set(['old', 'existing', 'previous', 'original', 'manual', 'paper']);
const UNTIL_REACH = 14;

/** How far after the modal a stop joined by "and" may stand: "would open half the floor first and stop". */
const JOINED_STOP_REACH = 10;

const CHOOSING = new Set(['choose', 'choice', 'decide', 'decision']);

/**
 * "Then I had to choose: retune every key myself and save the money, or pay a tuner from the city": the choice
 * announced, and its options told after the colon.
 */
export function choiceAnnounced(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 3; k++) {
    if (!CHOOSING.has(reader.lower(k)) || !['to', 'a', 'one'].includes(reader.lower(k - 1))) continue;
    if (!reader.anyIn(Math.max(0, k - 4), k, (t) => t.lower === 'had' || t.lower === 'faced')) continue;
    if (!reader.gapAfter(k).includes(':')) continue;
    const or = reader.firstIn(k + 2, tokens.length, (t) => t.lower === 'or');
    if (or > 0) return [Math.max(0, k - 3), Math.min(tokens.length, or + 6)];
  }
  return undefined;
}

const APPEALING = new Set(['great', 'amazing', 'good', 'nice', 'perfect', 'ideal', 'impressive', 'fantastic', 'better', 'best']);
const SENSING = new Set(['looked', 'sounded', 'seemed', 'felt', 'was', 'looks', 'sounds', 'seems']);
const PRICING = stems(['cost', 'costs', 'meant', 'needed', 'took', 'required', 'would']);

/**
 * "Full HRTF on every sound sounded amazing but cost about 4 milliseconds per frame": an option's appeal granted and
 * its price named in one breath, the option weighed.
 */
export function appealThenPrice(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 3; k++) {
    if (!SENSING.has(reader.lower(k)) || !APPEALING.has(reader.lower(k + 1))) continue;
    if (reader.lower(k + 2) !== 'but' || !PRICING.has(reader.token(k + 3)?.stem ?? '')) continue;
    return [0, Math.min(tokens.length, k + 9)];
  }
  return undefined;
}

const DIVERTING = new Set(['used', 'took', 'ate', 'swallowed', 'spent']);
const SET_ASIDE = new Set(['saved', 'earmarked', 'budgeted', 'meant', 'kept']);

/**
 * "..., which used 3,500 quetzales we had saved for new uniforms": money or time taken from something else it was meant
 * for, by the speaker's step.
 */
export function takenFromElsewhere(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 3; k++) {
    if (reader.lower(k) !== 'which' || !DIVERTING.has(reader.lower(k + 1))) continue;
    const aside = reader.firstIn(k + 3, k + 10, (t) => SET_ASIDE.has(t.lower) || (t.lower === 'set' && reader.lower(t.index + 1) === 'aside'));
    if (aside > 0 && reader.anyIn(aside, Math.min(tokens.length, aside + 3), (t) => t.lower === 'for') && reader.agentBefore(k, 16)) {
      return [k, Math.min(tokens.length, aside + 5)];
    }
  }
  return undefined;
}

const SWITCHING = new Set(['switch', 'turn', 'opt', 'shut']);

/**
 * "I added a menu toggle so players on weak machines could switch it off": a way out the speaker built in for those
 * the change does not suit.
 */
export function switchOffLeft(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length - 1; k++) {
    if (!SWITCHING.has(reader.lower(k)) || !['could', 'can', 'would'].includes(reader.lower(k - 1))) continue;
    const off = reader.lower(k + 1) === 'off' || reader.lower(k + 1) === 'out' || (reader.lower(k + 2) === 'off' && reader.lower(k + 1) === 'it');
    const so = reader.firstIn(0, k, (t) => t.lower === 'so');
    if (off && so > 0 && reader.agentBefore(so, 12)) return [Math.max(0, so - 6), Math.min(tokens.length, k + 3)];
  }
  return undefined;
}

const EVERYONE = new Set(['everybody', 'everyone', 'others', 'most']);
const DOING = stems(['did', 'bought', 'ordered', 'was', 'were', 'do', 'does']);

/**
 * "I decided to buy 300 heads, half of what everybody did": the course everyone else took, scaled down or set aside.
 */
export function whatEveryoneDid(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (reader.lower(k) !== 'what' || !EVERYONE.has(reader.lower(k + 1))) continue;
    const verb = reader.lower(k + 2) === 'else' ? k + 3 : k + 2;
    if (DOING.has(reader.token(verb)?.stem ?? '') && reader.agentBefore(k, 12)) return [Math.max(0, k - 6), Math.min(tokens.length, verb + 1)];
  }
  return undefined;
}

const SETTLING = stems(['agreed', 'settled', 'compromised']);
const NARROWING = new Set(['only', 'just']);
const MIDDLE = new Set(['middle', 'halfway', 'midway']);
/** What the narrowed part is said with: "only for the busiest returns", "just on weekdays", "only the night shift". */
const PART_OPENERS = new Set(['for', 'on', 'in', 'at', 'the', 'to', 'during']);

/**
 * "So we agreed the second person only for the 06:00 and 14:00 returns", "we settled on just two sites", "we agreed on a
 * middle": the speaker's side agreed to part of what was wanted, which is a compromise, what the rest of it cost.
 */
export function agreedToPart(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (!SETTLING.has((tokens[k] as Token).stem) || !AGENTS.has(reader.lower(k - 1))) continue;
    // "We agreed on a middle: GA only for ...", "we settled on a middle ground", "we met halfway".
    if (reader.anyIn(k + 1, Math.min(tokens.length, k + 5), (t) => MIDDLE.has(t.lower))) return reader.span(k - 1, 10);
    // "We agreed that teachers bring a signed list on the day instead": something else in place of what was lost.
    const instead = reader.firstIn(k + 1, Math.min(tokens.length, k + 20), (t) => t.lower === 'instead');
    if (instead > 0 && reader.lower(instead + 1) !== 'of') return [k - 1, instead + 1];
    const [, end] = reader.clauseOf(k);
    for (let n = k + 1; n < Math.min(end, k + 9) - 1; n++) {
      const next = reader.token(n + 1) as Token;
      if (NARROWING.has(reader.lower(n)) && (PART_OPENERS.has(next.lower) || next.kind === 'number' || NUMBER_WORDS.has(next.lower))) return reader.span(k - 1, n - k + 9);
    }
  }
  return undefined;
}

/**
 * "I insisted, because..., but I agreed to remove the names of the subcontractors": the speaker held their course and
 * gave part of it up to meet the objection.
 */
export function concededPart(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  const held = reader.anyIn(0, tokens.length, (t) => HOLDING.has(t.lower)) || reader.previous.some((t) => HOLDING.has(t.lower));
  if (!held) return undefined;
  for (let k = 1; k < tokens.length - 3; k++) {
    if (reader.lower(k) !== 'but' || !AGENTS.has(reader.lower(k + 1)) || !CONCEDING.has(reader.lower(k + 2)) || reader.lower(k + 3) !== 'to') continue;
    return reader.span(k + 1, 10);
  }
  return undefined;
}

const HOLDING = new Set(['insisted', 'refused', 'held']);
const CONCEDING = new Set(['agreed', 'offered', 'conceded']);

const WELCOME = new Set(['popular', 'welcome']);
const UNWELCOME = new Set(['unpopular', 'unwelcome']);

/**
 * "First, the rota rotates, everybody does nights, me included. That was not popular with two of the Danish staff": the
 * step just told, taken at the price of some people's goodwill.
 */
export function unpopularStep(reader: SentenceReader): [number, number] | undefined {
  if (POINTING.has(reader.lower(0))) {
    const at = unwelcomeAt(reader, 1);
    if (at < 0) return undefined;
    return reader.stepBefore || reader.previous.some((t) => t.lower === 'me' || t.lower === 'i') ? reader.span(0, at + 6) : undefined;
  }
  // "I cut grammar revision hours to make space, which was not popular with the older teachers", "I stopped all
  // external exports for ten days, which annoyed two research partners": told in a "which" clause after the speaker's
  // step in the same sentence.
  for (let k = 2; k < reader.tokens.length - 2; k++) {
    if (reader.lower(k) !== 'which' || !reader.gapAfter(k - 1).includes(',')) continue;
    const at = ANNOYING.has(reader.lower(k + 1)) ? k + 1 : unwelcomeAt(reader, k + 1);
    if (at >= 0 && reader.facts.voice.iActions.some((verb) => verb.index < k)) return reader.span(k, at - k + 6);
  }
  return undefined;
}

/** Verbs by which a step displeased someone: "which annoyed two research partners". */
const ANNOYING = new Set(['annoyed', 'upset', 'angered', 'frustrated', 'irritated', 'disappointed']);

/**
 * Where "popular" or "unpopular" stands in "was not popular with", "wasn't welcome with" or "was unpopular with", read
 * from `be`; -1 when the words are not there.
 */
function unwelcomeAt(reader: SentenceReader, be: number): number {
  const negated = reader.lower(be) === "wasn't" || (reader.lower(be) === 'was' && reader.lower(be + 1) === 'not');
  if (!negated && reader.lower(be) !== 'was') return -1;
  const at = reader.lower(be + 1) === 'not' ? be + 2 : be + 1;
  return (negated ? WELCOME : UNWELCOME).has(reader.lower(at)) && reader.lower(at + 1) === 'with' ? at : -1;
}

const DID_NOT = new Set(["didn't", 'did', "don't"]);
/** Words after "didn't like it" that tell why or what followed. */
const DISLIKE_TOLD_WORDS = 4;

/**
 * "So I made a rotation... Some of the women did not like it, because they are fast in their own position": others
 * disliking the step just told, which the speaker took on. The speaker's own dislike ("I didn't like it") is a feeling.
 */
export function stepDisliked(reader: SentenceReader): [number, number] | undefined {
  if (!reader.ourStepBefore) return undefined;
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (reader.lower(k) !== 'like' || !POINTING.has(reader.lower(k + 1))) continue;
    const negation = reader.lower(k - 1) === 'not' ? k - 2 : k - 1;
    if (!DID_NOT.has(reader.lower(negation)) || (negation === k - 1 && reader.lower(negation) === 'did')) continue;
    const subject = reader.lower(negation - 1);
    if (negation < 1 || AGENTS.has(subject) || subject === 'you') continue;
    // Said and explained ("..., because the bonus is paid by production"), not a passing "didn't like it at first".
    if (tokens.length - (k + 2) < DISLIKE_TOLD_WORDS) continue;
    return [Math.max(0, negation - 3), Math.min(tokens.length, k + 2)];
  }
  return undefined;
}

const DISLIKING = new Set(['hated', 'disliked', 'resented', 'grumbled', 'complained', 'moaned']);
/** Who may dislike a step between "which" and the verb: "which they hated", "which the drivers grumbled about". */
const WHO_DISLIKED_WORDS = 3;

/**
 * "inside 20 m only by hand, which they hated because it was slower", "so I kept a fast lane, which the teams didn't
 * like": others disliking the speaker's step told in the same sentence, a price the speaker took on.
 */
export function stepDislikedAfterWhich(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length - 2; k++) {
    if (reader.lower(k) !== 'which' || !reader.gapAfter(k - 1).includes(',')) continue;
    // The sentence tells the speaker's step from its start ("So I kept...", "i let them..."); a "which" far into a scene
    // ("every year the answer was iron syrup, which the mothers didn't like") is someone else's course.
    if (!reader.anyIn(0, Math.min(k, 3), (t) => t.lower === 'i' || t.lower === 'we') || AGENTS.has(reader.lower(k + 1))) continue;
    for (let v = k + 2; v <= Math.min(tokens.length - 1, k + 1 + WHO_DISLIKED_WORDS); v++) {
      const disliked = DISLIKING.has(reader.lower(v)) || (reader.lower(v) === 'like' && ["didn't", 'not'].includes(reader.lower(v - 1)));
      if (disliked) return [Math.max(0, k - 6), Math.min(tokens.length, v + 4)];
    }
  }
  return undefined;
}

/** Words of people objecting to a step: "30 angry SMS", "some listeners complained", "a lot of pushback". */
const OBJECTIONS = stems(['complained', 'complaint', 'angry', 'protested', 'grumbled', 'pushback', 'objected', 'objection']);
/** What the speaker did with the step after the objections: "but I kept it", "but we stuck with it". */
const HELD_TO = new Set(['kept', 'stuck', 'held', 'continued', 'persisted']);

/**
 * "For this I cut the music part, and I received maybe 30 angry SMS about that, but I kept it": objections to the step,
 * taken as its price, and the step kept anyway.
 */
export function objectionsWeathered(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  const objection = tokens.findIndex((t) => OBJECTIONS.has(t.stem));
  if (objection < 0) return undefined;
  for (let k = objection + 1; k < Math.min(tokens.length - 2, objection + 10); k++) {
    if (reader.lower(k) !== 'but' || !AGENTS.has(reader.lower(k + 1)) || !HELD_TO.has(reader.lower(k + 2))) continue;
    return [Math.max(reader.clauseOf(objection)[0], objection - 6), Math.min(tokens.length, k + 4)];
  }
  return undefined;
}

const PAID_FOR = new Set(['it', 'that', 'this', 'them']);

/**
 * "..., which I organised through Oleksandr's wife. Jens paid her 2,000 kroner for it.": money paid for the step just
 * told, by anyone, is its price.
 */
export function paidForIt(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  const paid = tokens.findIndex((t) => t.lower === 'paid');
  if (paid < 0 || !reader.stepBefore) return undefined;
  // "... for it." closes the sentence.
  const forIt = tokens.length - 2;
  if (forIt <= paid + 1 || reader.lower(forIt) !== 'for' || !PAID_FOR.has(reader.lower(forIt + 1))) return undefined;
  const figure = reader.firstIn(paid + 1, forIt, (t) => isNumberToken(t));
  return figure >= 0 && moneyFigure(reader, figure, forIt) ? [Math.max(0, paid - 1), tokens.length] : undefined;
}

/** A sum of money: "£40", "SEK 400", or a figure with its currency named before `end` ("1 million baht", "2,000 kroner"). */
function moneyFigure(reader: SentenceReader, figure: number, end: number): boolean {
  return writtenAsMoney(reader.tokens, figure) || reader.anyIn(figure + 1, end, (t) => CURRENCY_WORDS.has(t.stem));
}

const CHECKING = stems(['checked', 'check', 'checking', 'watched', 'confirmed']);
const MOVING = stems(['fall', 'fell', 'drop', 'dropped', 'rise', 'rose', 'go', 'went', 'slip', 'slipped', 'exceed', 'exceeded', 'climb', 'climbed']);
const OVER_OR_UNDER = new Set(['above', 'below', 'over', 'under', 'beyond', 'past']);
/** "did not fall more than 5%": "more" too, before "than". */
const BEYOND = new Set([...OVER_OR_UNDER, 'more']);

/**
 * "Every week I checked that cosmetics sales did not fall more than 5%": the speaker watching the price of a step
 * against a level set in advance, a limit on the damage.
 */
export function checkedItHeld(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 5; k++) {
    if (!CHECKING.has((tokens[k] as Token).stem) || reader.lower(k + 1) !== 'that' || !reader.agentBefore(k, 3)) continue;
    const not = reader.firstIn(k + 2, Math.min(tokens.length, k + 9), isNegation);
    if (not < 0) continue;
    const verb = reader.lower(not + 1) === 'not' ? not + 2 : not + 1;
    if (!MOVING.has(reader.token(verb)?.stem ?? '') || !BEYOND.has(reader.lower(verb + 1))) continue;
    const level = reader.firstIn(verb + 1, Math.min(tokens.length, verb + 5), (t) => isNumberToken(t));
    if (level > 0) return [Math.max(0, k - 1), Math.min(tokens.length, level + 1)];
  }
  return undefined;
}

const COMING_BACK = new Set(['back', 'return', 'returns', 'reinstated', 'restored', 'revert', 'reverts', 'reopen', 'reopens', 'resume', 'resumes']);
/** A way back told as a standing rule, in the present: "the gallery reopens any afternoon...". */
const COMES_BACK_NOW = new Set(['returns', 'reverts', 'reopens', 'resumes', 'comes', 'goes']);
/** What sets the way back off: a condition, or a time of day or week it is checked on ("any afternoon the hall..."). */
const WHEN_THE_LEVEL = new Set(['if', 'whenever', 'once']);
const EVERY = new Set(['any', 'every', 'each']);
/** A measure crossing its level: "passes 90%", "tops 2,000". */
const CROSSING = new Set(['passes', 'passed', 'exceeds', 'exceeded', 'tops', 'topped', 'crosses', 'crossed', 'hits', 'reaches', 'reached']);

/**
 * "We agreed the charge would come back if rescheduling was still above 10% after three months", "Our agreed
 * condition: the gallery reopens any afternoon the lower hall passes 90% reserved": the way back to the other course,
 * fixed in advance at a level.
 */
export function revertIf(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length - 4; k++) {
    const setsOff = WHEN_THE_LEVEL.has(reader.lower(k)) || (EVERY.has(reader.lower(k)) && TIME_WORDS.has(reader.token(k + 1)?.stem ?? ''));
    if (!setsOff || !reader.anyIn(Math.max(0, k - 4), k, (t) => COMING_BACK.has(t.lower))) continue;
    const foreseen = reader.anyIn(Math.max(0, k - 8), k, (t) => t.lower === 'would' || t.lower === 'will' || t.lower.endsWith("'d"));
    if (!foreseen && !reader.anyIn(Math.max(0, k - 4), k, (t) => COMES_BACK_NOW.has(t.lower))) continue;
    const level = reader.firstIn(
      k + 1,
      Math.min(tokens.length, k + 9),
      (t) => (OVER_OR_UNDER.has(t.lower) || CROSSING.has(t.lower)) && isNumberToken(reader.token(t.index + 1)),
    );
    if (level > 0 && (reader.anyIn(0, k, (t) => AGENTS.has(t.lower)) || reader.agentInPrevious())) return [0, Math.min(tokens.length, level + 2)];
  }
  return undefined;
}

/** "I chose a recycler at BDS$11,000 a load, more than three times the price": the course chosen, priced against the other. */
export function timesThePrice(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (reader.lower(k) !== 'times' || reader.lower(k + 1) !== 'the' || !['price', 'cost'].includes(reader.lower(k + 2))) continue;
    const count = reader.token(k - 1);
    if ((isNumberToken(count) || NUMBER_WORDS.has(count?.lower ?? '')) && reader.agentBefore(k, 20)) return [Math.max(0, k - 4), k + 3];
  }
  return undefined;
}

const MULTIPLIED = new Set(['doubled', 'tripled', 'trebled', 'quadrupled']);

/** "So I split it. That doubled my preparation time": the step just told, which multiplied the speaker's own load. */
export function multipliedOurs(reader: SentenceReader): [number, number] | undefined {
  if (!POINTING.has(reader.lower(0)) || !MULTIPLIED.has(reader.lower(1)) || !['my', 'our'].includes(reader.lower(2))) return undefined;
  // "doubled our sales" is a gain; only a load doubles as a price.
  if (!reader.anyIn(3, Math.min(reader.tokens.length, 6), (t) => LOADS.has(t.stem))) return undefined;
  return reader.previousActs || reader.agentInPrevious() ? reader.span(0, 6) : undefined;
}

const LOADS = stems(['time', 'work', 'workload', 'hours', 'cost', 'costs', 'paperwork', 'travel', 'effort', 'days', 'shifts', 'overtime', 'spend', 'bill']);

const STAKES = new Set(['money', 'cash', 'stock', 'capital', 'savings', 'margin']);

/** "..., which was real money at risk for me": what the speaker's step put on the line, named as theirs. */
export function moneyAtRisk(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length - 1; k++) {
    if (reader.lower(k) !== 'at' || reader.lower(k + 1) !== 'risk' || !STAKES.has(reader.lower(k - 1))) continue;
    const ours = ['me', 'us'].includes(reader.lower(k + 3)) && reader.lower(k + 2) === 'for';
    if ((ours || reader.lower(k - 2) === 'our' || reader.lower(k - 2) === 'my') && reader.agentBefore(k, 30)) return [Math.max(0, k - 4), Math.min(tokens.length, k + 4)];
  }
  return undefined;
}
