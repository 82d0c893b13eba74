import { isNumberToken } from './number-forms.js';
import type { Token } from './text.js';
import { AGENTS, APPROXIMATELY, DETERMINERS, isAdverb, isNegation, isPastOrParticiple, NUMBER_WORDS, PERIOD_COUNTS, stems, type SentenceReader } from './tradeoff-sentence.js';

/**
 * Prices and limits told in everyday words rather than with a trade-off's own vocabulary: money the speaker's side
 * chose not to take ("roughly 20,000 soles we didn't get"), a loss they disliked and bore ("I didn't love losing the
 * Saturday"), a trial someone agreed to for a set time ("He agreed to try one season"), and a step fixed in advance
 * for when a reading crosses a level ("if one passes 28 we pump over and cool it").
 */

const EARNING = stems(['get', 'earn', 'make', 'see', 'collect', 'charge', 'bill', 'receive', 'take']);

/** A figure, or a number word other than the article. */
export function isFigure(token: Token | undefined): boolean {
  return token !== undefined && (isNumberToken(token) || (NUMBER_WORDS.has(token.lower) && token.lower !== 'a' && token.lower !== 'few'));
}

/**
 * "That was roughly 20,000 soles we didn't get", "about £3,000 we never billed": an amount the speaker's side went
 * without, right after a step of theirs (money owed to them by someone else is the problem, not a price chosen).
 */
export function incomeForgone(reader: SentenceReader): [number, number] | undefined {
  if (!(reader.stepBefore || reader.facts.voice.iActions.length > 0)) return undefined;
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (!AGENTS.has(reader.lower(k))) continue;
    const negation = reader.lower(k + 1) === 'never' ? k + 1 : reader.didNotAt(k + 1);
    if (negation < 0 || !EARNING.has(reader.token(negation + 1)?.stem ?? '')) continue;
    const amount = reader.firstIn(k - 6, k, isFigure);
    if (amount >= 0) return [Math.max(0, amount - 2), Math.min(tokens.length, negation + 2)];
  }
  return undefined;
}

/**
 * "To free the teachers I closed our tourist weeks, which brought in about US$38,000 a year": what a step of the
 * speaker's ended, and the income it had earned. "I launched a course which brought in $38,000" is a result: only a
 * step that stops something gives its income up.
 */
export function incomeEnded(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (!ENDING.has(reader.lower(k)) || !reader.agentBefore(k, 4)) continue;
    const which = reader.firstIn(k + 2, k + 2 + ENDED_REACH, (t) => t.lower === 'which' || t.lower === 'that');
    if (which < 0 || !BRINGING_IN.has(reader.token(which + 1)?.stem ?? '')) continue;
    const amount = reader.firstIn(which + 2, which + 2 + AMOUNT_AFTER_REACH, isFigure);
    if (amount >= 0) return [Math.max(0, k - 1), reader.span(amount, 3)[1]];
  }
  return undefined;
}

const ENDING = new Set(['closed', 'shut', 'ended', 'stopped', 'scrapped', 'dropped', 'cancelled', 'canceled', 'axed', 'discontinued', 'retired']);
const BRINGING_IN = stems(['brought', 'earned', 'made', 'generated', 'paid']);
/** How far after the step its "which" may stand, and the amount after "which brought in". */
const ENDED_REACH = 8;
const AMOUNT_AFTER_REACH = 5;

/** "I took three weeks of unpaid leave": pay the speaker gave up for the step. */
export function unpaidLeave(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (reader.lower(k) !== 'unpaid' || !LEAVE.has(reader.lower(k + 1)) || !reader.agentBefore(k, 7)) continue;
    return [Math.max(0, k - 5), Math.min(tokens.length, k + 2)];
  }
  return undefined;
}

const LEAVE = new Set(['leave', 'sabbatical']);

/**
 * "I knew what it might cost: ...", "I knew what that would cost us", "so I knew it would cost me": a price the
 * speaker saw before the step and took on.
 */
export function costForeseen(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!KNEW.has(reader.lower(k)) || !SPEAKERS.has(reader.lower(k - 1))) continue;
    for (let j = k + 1; j < Math.min(tokens.length, k + 1 + FORESEEN_REACH); j++) {
      const word = reader.lower(j);
      if (word === 'cost') return [k - 1, reader.span(j, 3)[1]];
      if (!BEFORE_COST.has(word)) break;
    }
  }
  return undefined;
}

/**
 * "I hired her, knowing she'd need about a year to be fully productive": the step taken with its price in view, told
 * after a comma.
 */
export function takenKnowing(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length - 2; k++) {
    if (reader.lower(k) !== 'knowing' || !reader.gapAfter(k - 1).includes(',') || !reader.agentBefore(k, KNOWING_REACH)) continue;
    let modal = k + 1;
    if (reader.lower(modal) === 'that') modal++;
    // "knowing she'd need", "knowing it would cost": the modal stands alone or after its subject.
    const would = [modal, modal + 1].find((i) => WOULD_FORMS.has(reader.lower(i)));
    if (would === undefined) continue;
    const verb = would + 1;
    if (PRICED_VERBS.has(reader.token(verb)?.stem ?? '')) return [Math.max(0, k - 3), Math.min(tokens.length, verb + 5)];
  }
  return undefined;
}

/** How far before "knowing" the speaker's step may stand: "I hired her, knowing". */
const KNOWING_REACH = 8;
const WOULD_FORMS = new Set(['would', "she'd", "he'd", "it'd", "they'd", "we'd", "i'd", 'might']);
/** What the step would take: "she'd need a year", "it would cost us", "we'd lose a week", "it would mean...". */
const PRICED_VERBS = stems(['need', 'take', 'cost', 'lose', 'mean', 'slow', 'delay', 'miss', 'hurt', 'eat']);

/**
 * "That gave back roughly 40 seconds of the corridor saving": part of a gain handed back for the course chosen.
 */
export function gainGivenBack(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 0; k < tokens.length - 2; k++) {
    if (!GIVING.has(reader.lower(k)) || reader.lower(k + 1) !== 'back') continue;
    let amount = k + 2;
    while (APPROXIMATELY.has(reader.lower(amount))) amount++;
    if (isFigure(reader.token(amount)) && reader.anyIn(amount + 1, Math.min(tokens.length, amount + GAIN_REACH), (t) => t.lower === 'of')) return [Math.max(0, k - 1), Math.min(tokens.length, amount + GAIN_REACH + 2)];
  }
  return undefined;
}

const GIVING = new Set(['gave', 'give', 'gives', 'giving', 'handed', 'hand']);
/** How far after the amount its "of" may stand: "40 seconds of the corridor saving". */
const GAIN_REACH = 3;

const KNEW = new Set(['knew', 'know']);
/** The words that may stand between "I knew" and "cost": "what it might", "that this would". */
const BEFORE_COST = new Set(['what', 'that', 'it', 'this', 'would', 'might', 'could', 'was', 'going', 'to', 'exactly', 'full']);
const FORESEEN_REACH = 6;

/**
 * "That left roughly €9k a month of discount unclaimed", "we left about 40 hours of overtime unused": an amount left
 * untaken by the course chosen.
 */
export function leftUntaken(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 0; k < tokens.length - 3; k++) {
    if (reader.lower(k) !== 'left') continue;
    const amount = reader.firstIn(k + 1, k + 4, isFigure);
    if (amount < 0) continue;
    const untaken = reader.firstIn(amount + 1, amount + UNTAKEN_REACH, (t) => UNTAKEN.has(t.lower));
    if (untaken > 0) return [Math.max(0, k - 1), untaken + 1];
  }
  return undefined;
}

const UNTAKEN = new Set(['unclaimed', 'unspent', 'unused', 'untouched', 'uncollected', 'unbilled']);
/** How far after the amount its "unclaimed" may stand: "€9k a month of discount unclaimed". */
const UNTAKEN_REACH = 7;

const DISLIKING = new Set(['love', 'like', 'enjoy', 'want']);
const LOSING = new Set(['losing', 'giving', 'dropping', 'missing', 'sacrificing', 'cancelling', 'canceling']);

/**
 * "I didn't love losing the Saturday", "I hated giving up the stall": a loss the speaker bore while disliking it,
 * which is a price accepted. Only with a thing lost after it: "I hated losing" alone is a temperament.
 */
export function lossDisliked(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (!LOSING.has(reader.lower(k))) continue;
    const object = reader.lower(k) === 'giving' ? k + 2 : k + 1;
    if (reader.lower(k) === 'giving' && reader.lower(k + 1) !== 'up') continue;
    // The thing lost, with its article or its size: "losing the Saturday", "losing two stalls"; not "losing at cards".
    if (!DETERMINERS.has(reader.lower(object)) && !isFigure(reader.token(object))) continue;
    const verb = reader.lower(k - 1);
    const disliked = verb === 'hated' || verb === 'disliked' || (DISLIKING.has(verb) && isNegation(reader.token(k - 2)));
    const subject = verb === 'hated' || verb === 'disliked' ? k - 2 : k - 3;
    if (disliked && AGENTS.has(reader.lower(subject))) return [subject, Math.min(tokens.length, k + 5)];
  }
  return undefined;
}

const LOSE_VERBS = new Set(['lose', 'give', 'drop', 'see', 'let']);
const UNHAPPY_OPENERS = new Set(["wasn't", "weren't"]);

/**
 * "The old form had a signature line our administrator wanted, and she wasn't happy to lose it": someone's loss in the
 * step, told with their reluctance, which the speaker took on.
 */
export function lossRegretted(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (reader.lower(k) !== 'happy' || reader.lower(k + 1) !== 'to' || !LOSE_VERBS.has(reader.lower(k + 2))) continue;
    const negated = UNHAPPY_OPENERS.has(reader.lower(k - 1)) || (reader.lower(k - 1) === 'not' && ['was', 'were'].includes(reader.lower(k - 2)));
    if (negated && (reader.ourStepBefore || reader.anyIn(0, k, (t) => SPEAKERS.has(t.lower)))) {
      return [Math.max(0, k - 3), Math.min(tokens.length, k + 5)];
    }
  }
  return undefined;
}

/** What the team produces or sells: a dip in it right after a change is the change's price. */
const OUTPUT = stems(['output', 'tonnage', 'production', 'throughput', 'productivity', 'sales', 'revenue', 'volume', 'pace', 'speed', 'yield', 'bookings']);
const DIPPED = new Set(['dipped', 'dip', 'fell', 'dropped', 'slowed', 'sagged', 'went']);
const AT_FIRST = new Set(['first', 'initially', 'while']);

/**
 * "so output dipped to about 1,500 bowls in the first weeks", "First three weeks our tonnage fell from 38 tonnes a day
 * to 33": a dip in the team's own output right after the change, borne until it paid off.
 */
export function dipAccepted(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  if (!reader.anyIn(0, tokens.length, (t) => AT_FIRST.has(t.lower))) return undefined;
  for (let k = 1; k < tokens.length; k++) {
    const word = reader.lower(k);
    if (!DIPPED.has(word) || (word === 'went' && reader.lower(k + 1) !== 'down')) continue;
    if (reader.anyIn(Math.max(0, k - 4), k, (t) => OUTPUT.has(t.stem))) return [Math.max(0, k - 4), Math.min(tokens.length, k + 8)];
  }
  return undefined;
}

const DISPLEASED = new Set(['unhappy', 'upset', 'annoyed', 'angry', 'furious']);
const OTHERS = new Set(['he', 'she', 'they']);

/**
 * "I bought a second cooler ... and asked the owner to pay it back. He was not happy, because the crane ran on the old
 * timing": someone else's displeasure at the step just told, with its reason, which the speaker took on.
 */
export function displeasureAtStep(reader: SentenceReader): [number, number] | undefined {
  if (!reader.stepBefore) return undefined;
  const tokens = reader.tokens;
  if (!OTHERS.has(reader.lower(0)) || !['was', 'were'].includes(reader.lower(1))) return undefined;
  const not = reader.lower(2) === 'not' ? 3 : 2;
  const feeling = not === 3 ? reader.lower(3) === 'happy' : DISPLEASED.has(reader.lower(2));
  // Told with why ("because the crane ran on the old timing") or what it cost them, not a passing mood.
  return feeling && reader.anyIn(not + 1, Math.min(tokens.length, not + 4), (t) => t.lower === 'because' || t.lower === 'and') ? [0, Math.min(tokens.length, not + 8)] : undefined;
}

const LIKING = new Set(['like', 'love', 'agree']);
/** What the speaker did with a call they disagreed with: "but I committed", "but I accepted it", "but I went along". */
const GOING_ALONG = new Set(['committed', 'accepted', 'went', 'backed', 'supported', 'agreed', 'delivered', 'carried', 'did', 'made']);
const SOMEONE_ELSES = new Set(['her', 'his', 'their', 'the']);
const SPOKEN_OPENERS = new Set(['yeah', 'honestly', 'and', 'so', 'well', 'look', 'now']);

/**
 * "I didn't love it, but I committed", "I did not like it, but I accepted and...", "I didn't agree with the decision,
 * but it was her call": the speaker's own preference given up for a call they disagreed with.
 */
export function disagreedThenCommitted(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  // "Yeah, I didn't love it": told aloud, a word may come first.
  const agent = SPOKEN_OPENERS.has(reader.lower(0)) ? 1 : 0;
  if (!AGENTS.has(reader.lower(agent))) return undefined;
  if (OBJECTED.has(reader.lower(agent + 1))) return committedAfterObjecting(reader, agent);
  const judged = thoughtItWrong(reader, agent + 1);
  if (judged > 0) return commitsAfter(reader, agent, judged);
  const not = reader.didNotAt(agent + 1);
  // "I did not fully agree but I committed": an adverb may soften the "not".
  const liking = isAdverb(reader.token(not + 1)) ? not + 2 : not + 1;
  if (not < 0 || !LIKING.has(reader.lower(liking))) return undefined;
  return commitsAfter(reader, agent, liking);
}

/** After the speaker's view ending at `from`: "but I committed", "but it was her call". */
function commitsAfter(reader: SentenceReader, agent: number, from: number): [number, number] | undefined {
  const tokens = reader.tokens;
  const but = reader.firstIn(from + 1, from + 7, (t) => t.lower === 'but');
  if (but < 0) return undefined;
  // "but I committed", "but once it was decided I went all in", "but it was her call".
  const after = tokens.slice(but + 1, but + 7).map((t) => t.lower);
  const committed = after.some((w, k) => AGENTS.has(w) && GOING_ALONG.has(after[k + 1] ?? ''));
  const theirCall = after[0] === 'it' && after[1] === 'was' && SOMEONE_ELSES.has(after[2] ?? '') && ['call', 'decision'].includes(after[3] ?? '');
  return committed || theirCall ? [agent, Math.min(tokens.length, but + 5)] : undefined;
}

const THINKING = new Set(['thought', 'felt']);
const WRONG = new Set(['wrong', 'unnecessary', 'unfair', 'mistaken', 'misguided', 'excessive']);

/** "I still thought it was wrong": the speaker's view against the call, ending at the returned index (or -1). */
function thoughtItWrong(reader: SentenceReader, at: number): number {
  const verb = isAdverb(reader.token(at)) ? at + 1 : at;
  if (!THINKING.has(reader.lower(verb)) || !['it', 'that', 'this'].includes(reader.lower(verb + 1)) || reader.lower(verb + 2) !== 'was') return -1;
  return reader.lower(verb + 3) === 'a' && reader.lower(verb + 4) === 'mistake' ? verb + 4 : WRONG.has(reader.lower(verb + 3)) ? verb + 3 : -1;
}

const OBJECTED = new Set(['disagreed', 'objected']);

/**
 * "I thought that went further than needed, I'd have flown the south side, but it was his call": the course the
 * speaker would have taken, named, then given up to someone else's call. The "but" may open a part of its own when a
 * long sentence is read in parts.
 */
export function ownCourseYielded(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let c = 1; c < tokens.length - 3; c++) {
    if (reader.lower(c - 1) !== 'but' || !theirCallAt(reader, c)) continue;
    const own = wouldHaveDone(tokens.slice(0, c - 1)) || (c === 1 && wouldHaveDone(reader.previous));
    if (own) return [Math.max(0, c - 1), Math.min(tokens.length, c + 4)];
  }
  return undefined;
}

/** "it was his call", "it was the owner's decision" at `at`. */
function theirCallAt(reader: SentenceReader, at: number): boolean {
  if (reader.lower(at) !== 'it' || reader.lower(at + 1) !== 'was') return false;
  const owner = reader.lower(at + 2);
  const noun = SOMEONE_ELSES.has(owner) && owner !== 'the' ? at + 3 : owner === 'the' && reader.lower(at + 3).endsWith("'s") ? at + 4 : -1;
  return noun > 0 && ['call', 'decision'].includes(reader.lower(noun));
}

/** "I'd have flown the south side", "I would have kept it": what the speaker would have done instead. */
function wouldHaveDone(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    const have = t.lower === "i'd" ? i + 1 : t.lower === 'i' && tokens[i + 1]?.lower === 'would' ? i + 2 : -1;
    return have > 0 && tokens[have]?.lower === 'have' && isPastOrParticiple(tokens[have + 1]);
  });
}

/** "I disagreed, said so once, and then committed", "I objected but went along": the objection, then the commitment. */
function committedAfterObjecting(reader: SentenceReader, agent: number): [number, number] | undefined {
  const end = Math.min(reader.tokens.length, agent + 14);
  let at = reader.firstIn(agent + 2, end, (t) => t.lower === 'committed');
  if (at < 0) {
    const went = reader.firstIn(agent + 2, end, (t) => t.lower === 'went');
    at = went >= 0 && reader.lower(went + 1) === 'along' ? went : -1;
  }
  // Told as what followed the objection ("and then committed"), not "they committed to a date"; and more than the
  // principle's own name ("I disagreed and committed"), which keyword lists recite.
  const joined = at > 0 && ['then', 'but', 'and', ...AGENTS].includes(reader.lower(at - 1));
  const told = reader.lower(at - 1) === 'then' || at > agent + 3;
  return joined && told ? [agent, Math.min(reader.tokens.length, at + 2)] : undefined;
}

const OWN_POCKET = new Set(['my', 'our']);
/** What the speaker earns: "my commission", "our margin", "my bonus". */
const EARNINGS = new Set(['commission', 'bonus', 'pay', 'income', 'margin', 'margins', 'earnings', 'wage', 'wages', 'salary', 'tips', 'takings']);
const FELL = new Set(['dropped', 'fell', 'went', 'shrank', 'suffered', 'took']);

/** "lower margin than DAP, so my commission dropped that season": what the speaker's own pay gave up for the step. */
export function ownEarningsFell(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!EARNINGS.has(reader.lower(k)) || !OWN_POCKET.has(reader.lower(k - 1)) || !FELL.has(reader.lower(k + 1))) continue;
    if (reader.lower(k + 1) === 'went' && reader.lower(k + 2) !== 'down') continue;
    if (reader.lower(k + 1) === 'took' && !['a', 'the'].includes(reader.lower(k + 2))) continue;
    return [Math.max(0, k - 4), Math.min(tokens.length, k + 4)];
  }
  return undefined;
}

/**
 * "₹11,000 from my own pocket", "out of my own savings": money the speaker put in themselves. ("on my own time" was
 * tried too: writers band the stories that tell it as thin on trade-offs, so it names effort, not a price weighed.)
 */
export function ownMoney(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length; k++) {
    // "around 2,600 lari from my own money": the same, told as the money itself.
    // "about 310,000 won from my own commission": the speaker's own earnings, spent on the step.
    if (!OWN_MONEY.has(reader.lower(k)) || reader.lower(k - 1) !== 'own' || !OWN_POCKET.has(reader.lower(k - 2))) continue;
    // "bought a small accelerometer with my own money": paid with it.
    if (reader.lower(k - 3) === 'from' || reader.lower(k - 3) === 'with' || outOfOwn(reader, k - 4)) return [Math.max(0, k - 6), Math.min(tokens.length, k + 1)];
  }
  return undefined;
}

const OWN_MONEY = new Set(['pocket', 'money', 'savings', 'commission', 'salary', 'wages', 'pay', 'bonus', 'earnings']);

/** Where the speaker's own money came from: "out of my operating budget", "out of our own pocket". */
const OWN_FUNDS = new Set(['budget', 'pocket', 'margin', 'reserve', 'reserves', 'savings', 'bonus']);
/** How far before "out of" the amount may stand: "about $6,500 for the season out of my budget". */
const AMOUNT_REACH = 8;

/**
 * "I paid for two deputies at the crossing, about $6,500 for the season out of my operating budget": the sum itself,
 * taken by the speaker's step from their own funds (ownMoney reads "out of my own pocket" with no sum before it).
 */
export function paidOutOfOwn(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    // "about $6,500 out of my operating budget", "around 9,000 euros a year from our budget".
    // After "from", only a budget: "60 litres from my van's reserve" is fuel, not money.
    const fromOwn = reader.lower(k) === 'from' && OWN_POCKET.has(reader.lower(k + 1));
    const owner = outOfOwn(reader, k) ? k + 2 : fromOwn ? k + 1 : -1;
    if (owner < 0 || !reader.anyIn(owner + 1, Math.min(tokens.length, owner + 4), (t) => (fromOwn ? t.lower === 'budget' : OWN_FUNDS.has(t.lower)))) continue;
    const amount = reader.firstIn(Math.max(0, k - AMOUNT_REACH), k, (t) => t.kind === 'number');
    if (amount >= 0 && reader.agentBefore(amount, 16)) return [Math.max(0, amount - 2), Math.min(tokens.length, owner + 4)];
    // "I paid the setup from my store budget, about 180,000 yen": the sum may follow the budget it came from.
    const after = fromOwn ? reader.firstIn(owner + 2, Math.min(tokens.length, owner + 7), (t) => t.kind === 'number') : -1;
    if (after > 0 && reader.agentBefore(k, 16)) return [Math.max(0, k - 4), Math.min(tokens.length, after + 2)];
  }
  return undefined;
}

/** "out of my", "out of our" starting at `at`. */
function outOfOwn(reader: SentenceReader, at: number): boolean {
  return reader.lower(at) === 'out' && reader.lower(at + 1) === 'of' && OWN_POCKET.has(reader.lower(at + 2));
}

const BORE = new Set(['wore', 'swallowed', 'absorbed']);
const BORNE_THINGS = new Set(['that', 'it', 'the']);

/** "One of my briefs did go in two days late, and I wore that": a price the speaker owned, in their own words. */
export function priceWorn(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!BORE.has(reader.lower(k)) || !SPEAKERS.has(reader.lower(k - 1)) || !BORNE_THINGS.has(reader.lower(k + 1))) continue;
    // "I wore the uniform": a thing worn; "wore that", "swallowed the cost", "absorbed the loss" bear a price.
    if (reader.lower(k + 1) === 'the' && !['cost', 'loss', 'delay', 'hit', 'blame'].includes(reader.lower(k + 2))) continue;
    return [Math.max(0, k - 8), Math.min(tokens.length, k + 3)];
  }
  return undefined;
}

const ANGRY = new Set(['angry', 'upset', 'unhappy', 'annoyed', 'cross', 'furious', 'mad', 'sore']);
const BEING = new Set(['was', 'were', 'got']);
const SPEAKER_OBJECTS = new Set(['me', 'us']);
const SPEAKERS = new Set(['i', 'we']);

/**
 * "The first week I returned nine boxes and some sisters were angry with me": goodwill the speaker's own step cost,
 * told in the sentence that takes it. People angry with the speaker before any step are the situation.
 */
export function goodwillSpent(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length - 2; k++) {
    if (!ANGRY.has(reader.lower(k)) || !SPEAKER_OBJECTS.has(reader.lower(k + 2)) || !['with', 'at'].includes(reader.lower(k + 1))) continue;
    const being = BEING.has(reader.lower(k - 1)) ? k - 1 : BEING.has(reader.lower(k - 2)) && reader.lower(k - 1) === 'very' ? k - 2 : -1;
    // The speaker acting before it: "I" or "we", not "our team" named as the one people were unhappy with.
    const stepBefore = being > 1 && tokens.slice(0, being - 2).some((t) => SPEAKERS.has(t.lower));
    // "my cousin was angry with me, because his turn went from 10 hours to 8 when I made it equal": the step told after.
    const stepAfter = being > 0 && reader.anyIn(k + 3, tokens.length, (t) => t.lower === 'because') && reader.anyIn(k + 4, tokens.length, (t) => SPEAKERS.has(t.lower));
    if (stepBefore || stepAfter) return [Math.max(0, being - 3), Math.min(tokens.length, k + 3)];
  }
  return undefined;
}

const TRYING = new Set(['try', 'trial', 'test', 'pilot']);

/** Units a trial runs for; "ten minutes" or "an hour" asked for is a meeting, not a trial ("48 hours" is a hold). */
const TRIAL_UNITS = stems(['day', 'days', 'week', 'weeks', 'fortnight', 'month', 'months', 'quarter', 'season', 'year', 'term', 'sprint', 'shift', 'weekend']);
const HOURS = stems(['hour', 'hours', 'hrs']);
const HOURS_IN_A_DAY = 24;

/** A trial's length at `at`: a count ("six", "12", "a") and a unit of a day or more ("weeks", "season", "48 hours"). */
function periodAt(reader: SentenceReader, at: number): boolean {
  const count = reader.token(at);
  const unit = reader.token(at + 1);
  if (count === undefined || unit === undefined) return false;
  if (HOURS.has(unit.stem)) return count.kind === 'number' && Number(count.text) >= HOURS_IN_A_DAY;
  return (count.kind === 'number' || PERIOD_COUNTS.has(count.lower)) && TRIAL_UNITS.has(unit.stem);
}

/** "He agreed to try one season", "she agreed to test it for two weeks": a trial bounded in time, whoever agreed it. */
export function agreedToTry(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 3; k++) {
    if (!['agreed', 'agree', 'agrees'].includes(reader.lower(k)) || reader.lower(k + 1) !== 'to' || !TRYING.has(reader.lower(k + 2))) continue;
    if (isNegation(reader.token(k - 1))) continue;
    let at = k + 3;
    if (['it', 'this', 'that', 'them'].includes(reader.lower(at))) at++;
    if (reader.lower(at) === 'for') at++;
    if (periodAt(reader, at)) return [Math.max(0, k - 2), Math.min(tokens.length, at + 2)];
  }
  return undefined;
}

/**
 * "The chief judge agreed, with review after one year", "approved, subject to a review in six months": a step taken
 * with its review fixed a set time ahead.
 */
export function reviewDueAfter(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (!REVIEW_NOUNS.has(reader.lower(k))) continue;
    const article = ['a', 'an'].includes(reader.lower(k - 1)) ? 1 : 0;
    if (!REVIEW_SET.has(reader.lower(k - 1 - article)) || !['after', 'in'].includes(reader.lower(k + 1))) continue;
    if (periodAt(reader, k + 2)) return [Math.max(0, k - 6), Math.min(tokens.length, k + 4)];
  }
  return undefined;
}

const REVIEW_NOUNS = new Set(['review', 'reassessment', 'evaluation']);
/** What fixes the review to the step: "with review after", "subject to a review in". */
const REVIEW_SET = new Set(['with', 'to']);

const CROSSING = new Set(['passes', 'passed', 'exceeds', 'exceeded', 'tops', 'topped', 'hits', 'reaches', 'reached', 'crosses', 'crossed', 'goes', 'went', 'drops', 'dropped', 'falls', 'fell', 'gets', 'got', 'rises', 'rose']);
const LEVEL_WORDS = new Set(['over', 'above', 'below', 'under', 'past', 'beyond', 'to']);

/**
 * "if one passes 28 we pump over and cool it", "whenever the queue went over 40, I opened a second till": a step
 * fixed in advance for when a reading crosses a level. "when it reached 40 we stopped" narrates one moment, so only
 * "if", "whenever" and "any time" set a rule.
 */
export function actionAtThreshold(reader: SentenceReader): [number, number] | undefined {
  if (reader.onlyHypothetical()) return undefined;
  const tokens = reader.tokens;
  for (let k = 0; k < tokens.length - 4; k++) {
    const opener = reader.lower(k) === 'if' || reader.lower(k) === 'whenever' || (reader.lower(k) === 'any' && reader.lower(k + 1) === 'time');
    if (!opener) continue;
    const crossing = reader.firstIn(k + 1, k + 7, (t) => CROSSING.has(t.lower));
    if (crossing < 0) continue;
    let level = crossing + 1;
    if (LEVEL_WORDS.has(reader.lower(level))) level++;
    if (!isFigure(reader.token(level)) && !isFigure(reader.token(level + 1))) continue;
    const actor = reader.firstIn(level + 1, level + 9, (t) => AGENTS.has(t.lower));
    if (actor < 0 || reader.lower(actor + 1) === 'would' || reader.lower(actor + 1) === 'could') continue;
    return [k, Math.min(tokens.length, actor + 6)];
  }
  return undefined;
}

/**
 * "I said okay, give me six weeks and we count", "I asked my manager for three months with him before anyone decided":
 * time asked for to try a course before judging it, which bounds the trial.
 */
export function timeBoxedAsk(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 0; k < tokens.length - 3; k++) {
    const give = reader.lower(k) === 'give' && (reader.lower(k + 1) === 'me' || reader.lower(k + 1) === 'us');
    const askedFor = reader.lower(k) === 'asked' && AGENTS.has(reader.lower(k - 1));
    if (!give && !askedFor) continue;
    const forAt = give ? k + 1 : reader.firstIn(k + 1, k + 5, (t) => t.lower === 'for');
    if (forAt < 0) continue;
    // "give me a minute" is a figure of speech; "give me six weeks" a trial's length.
    if (!periodAt(reader, forAt + 1) || reader.lower(forAt + 1) === 'a') continue;
    // "asked for two days off": leave, not a trial.
    if (['off', 'leave', 'holiday', 'holidays', 'notice'].includes(reader.lower(forAt + 3))) continue;
    return [k, Math.min(tokens.length, forAt + 8)];
  }
  return undefined;
}
