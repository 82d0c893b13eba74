import { AGENTS, DETERMINERS, isAdverb, isGerund, isNegation, isPastOrParticiple, stems, type SentenceReader } from './tradeoff-sentence.js';
import { CONSEQUENCE_MODALS } from './tradeoff-guardrails.js';
import { stem, type Token } from './text.js';

/**
 * A course someone else put to the speaker, and the speaker's "no" to it: an option weighed and set aside even when
 * the two are told apart ("My uncle said blend it in, nobody will notice. [...] I said no.") or the refusal stands
 * inside a longer sentence ("The operators asked me to remove the password too; this I refused, because...").
 */

/** Verbs by which someone else puts a course to the speaker. */
const PROPOSING = new Set(['suggested', 'proposed', 'wanted', 'asked', 'told', 'pushed', 'insisted', 'recommended', 'urged', 'offered']);
/** What "said" is followed by when it reports a fact rather than a course: "said that...", "said it was fine". */
const REPORTED = new Set(['that', 'it', 'the', 'this', 'there', 'he', 'she', 'they', 'no', 'yes', 'so', 'something', 'nothing', 'hello', 'thanks', 'sorry', 'a', 'an']);
const SHOULD = new Set(['should', 'could', 'must', 'ought', "should've"]);

/** Someone other than the speaker's side puts a course forward in `tokens`: "the super wanted us setting steel", "said blend it". */
function proposesCourse(tokens: readonly Token[]): boolean {
  for (let k = 1; k < tokens.length - 1; k++) {
    const verb = (tokens[k] as Token).lower;
    const subject = (tokens[k - 1] as Token).lower;
    if (AGENTS.has(subject) || subject === 'was' || subject === 'were' || subject === 'been') continue;
    const next = tokens[k + 1] as Token;
    if (PROPOSING.has(verb)) return true;
    if (verb !== 'said') continue;
    // "said we should wait", "said blend it into the acholado": a course; "said that the scale was wrong": a report.
    if ((next.lower === 'we' || next.lower === 'i' || next.lower === 'you') && SHOULD.has(tokens[k + 2]?.lower ?? '')) return true;
    if (next.kind === 'word' && !REPORTED.has(next.lower) && !next.lower.endsWith('ed') && !AGENTS.has(next.lower) && next.lower !== 'you') return true;
  }
  return false;
}

/**
 * Where a refusal by the speaker starts at `k`: "I said no", "I refused", "we declined", "I turned it down", "I was
 * against it", "I did not agree".
 */
function refusalAt(reader: SentenceReader, k: number): number | undefined {
  if (!AGENTS.has(reader.lower(k))) return undefined;
  const verb = reader.lower(k + 1);
  if (verb === 'said' && reader.lower(k + 2) === 'no') return k + 3;
  if (verb === 'refused' || verb === 'declined' || verb === 'objected') return k + 2;
  // "My uncle wanted to buy a cutting machine. I did not agree.": a "no" to the course just put, said as a stand;
  // "I didn't agree with all of it" goes on to qualify it.
  const negation = reader.didNotAt(k + 1);
  if (negation > 0 && reader.lower(negation + 1) === 'agree' && standsAlone(reader, negation + 1)) return negation + 2;
  // "but I was against, because...", "I was against it": a stand taken on a course; "against the wall" is a place.
  if ((verb === 'was' || verb === 'were') && reader.lower(k + 2) === 'against') {
    const after = reader.lower(k + 3);
    if (['it', 'that', 'this', 'them'].includes(after)) return k + 4;
    if (after === 'the' && ['idea', 'plan', 'proposal', 'suggestion'].includes(reader.lower(k + 4))) return k + 5;
    if (standsAlone(reader, k + 2)) return k + 3;
  }
  if (verb === 'turned' && ['it', 'that', 'them', 'this'].includes(reader.lower(k + 2)) && reader.lower(k + 3) === 'down') return k + 4;
  return undefined;
}

/** The word at `at` ends its clause, or its reason follows at once: "I did not agree.", "I was against, because...". */
function standsAlone(reader: SentenceReader, at: number): boolean {
  const after = reader.lower(at + 1);
  return after === '' || after === 'because' || /[,;:.]/.test(reader.gapAfter(at));
}

/**
 * "I said no." right after someone else's course ("My uncle said blend it into the acholado") or an option named by
 * what it offered, in one of the two sentences before: the course was weighed and refused. A bare "I said no" with no
 * course before it refuses nothing the story has named.
 */
export function refusedProposal(reader: SentenceReader): [number, number] | undefined {
  const end = refusalAt(reader, 0);
  if (end === undefined) return undefined;
  const onTheTable = (tokens: readonly Token[]) => proposesCourse(tokens) || namesAnOption(tokens);
  return onTheTable(reader.previous) || onTheTable(reader.earlier) ? [0, Math.min(reader.tokens.length, Math.max(end, 8))] : undefined;
}

/** Words that put a course on the table by what it offered: "The bigger saving on paper was retreads on the steer axle". */
const OFFERING = new Set(['saving', 'savings', 'cheaper', 'option', 'alternative', 'shortcut']);

/** "The bigger saving on paper was retreads. About A$400 cheaper per tyre. I said no.": an option named, then refused. */
function namesAnOption(tokens: readonly Token[]): boolean {
  return tokens.some((t) => OFFERING.has(t.lower));
}

/** The word at `k` opens the sentence or a clause: after a comma, colon or semicolon, or after one of `leads`. */
function opensClauseAt(reader: SentenceReader, k: number, leads: ReadonlySet<string>): boolean {
  return k === 0 || /[;:,]/.test(reader.gapAfter(k - 1)) || leads.has(reader.lower(k - 1));
}

const CLAUSE_LEADS = new Set(['but', 'so']);
/** "...; this I refused, because": a refusal may also follow its object. */
const REFUSAL_LEADS = new Set([...CLAUSE_LEADS, 'this', 'that']);

/**
 * "I said no, because a post-lock change is what an inspector reads first", "...; this I refused, because it is not
 * safe": a refusal opening the sentence or a later clause, with its reason at once.
 */
export function refusalWithReason(reader: SentenceReader): [number, number] | undefined {
  for (let k = 0; k < reader.tokens.length - 3; k++) {
    const end = refusalAt(reader, k);
    if (end === undefined) continue;
    if (!opensClauseAt(reader, k, REFUSAL_LEADS)) continue;
    const because = reader.firstIn(end, end + 3, (t) => t.lower === 'because');
    if (because > 0) return [Math.max(0, k - 1), because];
  }
  return undefined;
}

/** The speaker keeping their own course: "I kept three", "I stuck with the old supplier", "we stayed with paper". */
const KEEPING_OWN = new Set(['kept', 'stuck', 'stayed']);
/** How far after "kept" its "because" may stand: "i kept three because", "I stuck with the weekly count because". */
const KEPT_REASON_REACH = 6;

/**
 * "My mentor suggested one day to make it faster still; i kept three because late refunds arrive up to 72 hours
 * later": someone else's course, then the speaker keeping their own, with why. The course may be put in the sentence
 * before.
 */
export function keptOwnAgainstProposal(reader: SentenceReader): [number, number] | undefined {
  for (let k = 0; k < reader.tokens.length - 3; k++) {
    if (!AGENTS.has(reader.lower(k)) || !KEEPING_OWN.has(reader.lower(k + 1))) continue;
    if (!opensClauseAt(reader, k, CLAUSE_LEADS)) continue;
    const because = reader.firstIn(k + 2, k + 2 + KEPT_REASON_REACH, (t) => t.lower === 'because');
    if (because < 0) continue;
    if (proposesCourse(reader.tokens.slice(0, k)) || (k === 0 && proposesCourse(reader.previous))) return [0, because + 1];
  }
  return undefined;
}

/** The speaker speaking against a course: "I argued", "I objected". */
const ARGUING = new Set(['argued', 'objected', 'countered']);
/** Words the argument must run to after its verb, to hold a reason and not only the act of arguing. */
const ARGUMENT_WORDS = 4;

/**
 * "He wanted names. I argued named scores were exactly why nobody practised": someone else's course, then the
 * speaker's case against it, as the next sentence's opening.
 */
export function arguedAgainstProposal(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  const verb = AGENTS.has(reader.lower(0)) ? 1 : -1;
  if (verb < 0 || !ARGUING.has(reader.lower(verb)) || !proposesCourse(reader.previous)) return undefined;
  const [, end] = reader.clauseOf(verb);
  return end - verb > ARGUMENT_WORDS ? [0, Math.min(tokens.length, end)] : undefined;
}

const CHOICE_MADE = new Set(['chose', 'picked', 'decided', 'opted', 'went', 'preferred']);
const MY_PICK = new Set(['preference', 'recommendation', 'choice', 'option', 'proposal']);

/**
 * "He chose the stiffer isolators, which was not my preference because...", "they went with the cheaper van, not my
 * first choice": a choice made over the speaker's own option, weighed and committed to.
 */
export function choiceOverMine(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  const chose = tokens.findIndex((t) => CHOICE_MADE.has(t.lower));
  if (chose < 0) return undefined;
  for (let k = chose + 2; k < tokens.length - 1; k++) {
    if (reader.lower(k) !== 'my' || !isNegation(tokens[k - 1])) continue;
    const pick = reader.lower(k + 1) === 'first' ? k + 2 : k + 1;
    if (MY_PICK.has(reader.lower(pick))) return [Math.max(0, chose - 1), Math.min(tokens.length, pick + 1)];
  }
  return undefined;
}

const ASKED_MYSELF = new Set(['asked', 'wanted', 'proposed', 'recommended', 'suggested', 'argued']);

/**
 * "CEO decided: sponsorship stays, health claim goes. Not what I'd asked for.": someone else's decision, told just
 * before, over the course the speaker had asked for.
 */
export function notWhatIAskedFor(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 0; k < tokens.length - 3; k++) {
    if (reader.lower(k) !== 'not' || reader.lower(k + 1) !== 'what') continue;
    const agent = k + 2;
    const contracted = reader.lower(agent) === "i'd" || reader.lower(agent) === "we'd";
    if (!contracted && !AGENTS.has(reader.lower(agent))) continue;
    const verb = contracted ? agent + 1 : reader.lower(agent + 1) === 'had' ? agent + 2 : agent + 1;
    if (!ASKED_MYSELF.has(reader.lower(verb))) continue;
    // The decision is someone else's: in this sentence before the "not", or in the sentence before.
    const decidedIn = (words: readonly Token[]) => words.some((t, i) => CHOICE_MADE.has(t.lower) && i > 0 && !AGENTS.has(words[i - 1]?.lower ?? ''));
    if (decidedIn(tokens.slice(0, k)) || decidedIn(reader.previous)) return [k, Math.min(tokens.length, verb + 2)];
  }
  return undefined;
}

/** Verbs of a state or a perception: "I didn't know, because...", "didn't have time because" set nothing aside. */
const NOT_A_COURSE = stems([
  'know', 'have', 'want', 'think', 'like', 'see', 'feel', 'get', 'need', 'understand', 'expect', 'realise', 'realize', 'mind', 'care',
  'sleep', 'hear', 'notice', 'say', 'tell', 'agree', 'manage', 'go', 'come', 'wait', 'panic', 'give',
  // "I didn't want to blame my staff, because...": how the speaker behaved, not a course weighed.
  'blame', 'argue', 'complain',
]);
/** How far after ", not" the proposal's verb may stand: ", not the 80% our AWS account team proposed". */
const PROPOSAL_REACH = 9;

const WANT = stem('want');
/** Words by which the sentence before puts a course on the table: "the easy move", "what the members wanted". */
const OPTION_CUES = new Set(['easy', 'easier', 'obvious', 'usual', 'wanted', 'option', 'proposed', 'suggested']);

/** Words after "didn't" that are no verb: "we didn't in the end because of budget". */
const NOT_A_VERB = new Set(['in', 'at', 'on', 'the', 'a', 'an', 'it', 'that', 'this', 'then', 'so', 'end', 'even']);

/**
 * "I did not put it on Agoda because they take 18%", "Didn't reset the password: their forensics vendor wanted the
 * account left as it was": a step the speaker chose not to take, with why, in the same sentence. "Never" is a habit
 * ("I never cut corners, because..."), not a course weighed once.
 */
export function notDoneWithReason(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 0; k < tokens.length - 3; k++) {
    const negation = reader.didNotAt(k);
    if (negation < 0) continue;
    // The speaker's own "didn't", or a note that drops its "I" ("Didn't reset the password: ..."); "I deliberately
    // didn't push for a cut as well, because..." with an adverb between.
    const subject = isAdverb(reader.token(k - 1)) ? k - 2 : k - 1;
    if (!(AGENTS.has(reader.lower(subject)) || k === 0)) continue;
    // "I didn't really know much about them": the verb after an adverb.
    let at = isAdverb(reader.token(negation + 1)) ? negation + 2 : negation + 1;
    // "The easy move was a blanket grievance, which is what the members wanted. I didn't, because...": the course just
    // named, refused with its reason and no verb repeated.
    if (reader.lower(negation + 1) === 'because' && reader.gapAfter(negation).includes(',') && (reader.previousWeighs || reader.previous.some((t) => OPTION_CUES.has(t.lower)))) {
      return [Math.max(0, subject), Math.min(tokens.length, negation + 8)];
    }
    // "I did not want to stop all claims from these garages, because most customers there are honest": the course not
    // wanted, after its "want to".
    if (reader.token(at)?.stem === WANT && reader.lower(at + 1) === 'to') at += 2;
    const verb = reader.token(at);
    if (verb === undefined || verb.kind !== 'word' || NOT_A_VERB.has(verb.lower) || NOT_A_COURSE.has(verb.stem) || reader.lower(at + 1) === 'to') continue;
    const [, end] = reader.clauseOf(at);
    const colon = reader.gapAfter(end - 1).includes(':') && end < tokens.length;
    const because = reader.firstIn(at + 2, at + 11, (t) => t.lower === 'because');
    if (because > 0 || colon) return [Math.max(0, subject), Math.min(tokens.length, (because > 0 ? because : end) + 6)];
  }
  return undefined;
}

const ASKING = stems([
  'asked', 'chose', 'recommended', 'recommend', 'proposed', 'suggested', 'bought', 'ordered', 'picked', 'hired', 'booked',
  // "I told him I want to stop at 2:15 and make a clean joint, not a feathered end", "I insisted on a recall, not a notice".
  'want', 'wanted', 'decided', 'insisted', 'argued', 'opted', 'settled',
]);
const WANTING = new Set(['want', 'wanted']);
/** What follows ", not" when it sets no option aside: a reason, a scope, a person, a time or place. */
const NOT_AN_OPTION = new Set([
  'because', 'only', 'just', 'me', 'us', 'him', 'her', 'them', 'that', 'yet', 'always', 'even', 'to', 'at', 'in', 'on', 'for', 'by', 'from',
  'with', 'until', 'after', 'before', 'during', 'when', 'once', 'everyone', 'everything', 'all',
]);

/**
 * "Asked for a second handrail and rubber matting, not extra staff", "For eleven families I recommend 4 cubic metre,
 * not 6": the course taken, set against the one that was not, after a comma. With any verb of the speaker's when the
 * course not taken is someone's proposal: "I covered only 55% of our baseline, not the 80% our account team proposed".
 */
export function thisNotThat(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  const asked = tokens.findIndex((t, i) => ASKING.has(t.stem) && (i === 0 || AGENTS.has(reader.lower(i - 1)) || reader.facts.sentence.bullet === true));
  const agent = tokens.findIndex((t) => AGENTS.has(t.lower));
  const from = asked >= 0 && (agent < 0 || asked < agent) ? asked : agent;
  if (from < 0) return undefined;
  for (let k = from + 2; k < tokens.length - 1; k++) {
    if (reader.lower(k) !== 'not' || !reader.gapAfter(k - 1).includes(',')) continue;
    const next = reader.token(k + 1) as Token;
    // ", not because...", ", not only...", ", not me": reasons, scope and people are not an option; ", not knowing which
    // keys I had changed" says how, in a participle clause, unless it answers a course told the same way ("reading,
    // not sorting").
    const parallel = isGerund(reader.token(k - 1)) || isPastOrParticiple(reader.token(k - 1));
    if (NOT_AN_OPTION.has(next.lower) || (isGerund(next) && !parallel)) continue;
    if ((asked < 0 || asked > k) && !reader.anyIn(k + 2, k + PROPOSAL_REACH, (t) => PROPOSING.has(t.lower))) continue;
    // "I wanted the shop to be a place people stayed in, not a place they left": what the speaker hoped it would be.
    if (asked >= 0 && asked < k && WANTING.has(reader.lower(asked)) && reader.anyIn(asked + 1, k, (t) => t.lower === 'be' && reader.lower(t.index - 1) === 'to')) continue;
    if (next.kind === 'number' || DETERMINERS.has(next.lower) || /^[a-z]/.test(next.lower)) return [asked >= 0 && asked < k ? asked : from, Math.min(tokens.length, k + 5)];
  }
  return undefined;
}

/**
 * "A full anaesthesia was possible, but for an elephant of 50 years it is a real danger, so I did not push for it", "A
 * recount was an option, but it would cost two days": a course told as open, then set aside after "but" by the
 * speaker's "did not" or by its risk or price. Not "It was possible to book the room, but only on Mondays".
 */
export function possibleButSetAside(reader: SentenceReader): [number, number] | undefined {
  return setAsideOption(reader)?.span;
}

/** The same option's risk or price after "but", which is the reason it was set aside. */
export function optionPriceAsReason(reader: SentenceReader): [number, number] | undefined {
  return setAsideOption(reader)?.price;
}

function setAsideOption(reader: SentenceReader): { span: [number, number]; price: [number, number] | undefined } | undefined {
  const tokens = reader.tokens;
  for (let k = 2; k < tokens.length - 2; k++) {
    if (!BE_PAST.has(reader.lower(k - 1)) || !(reader.lower(k) === 'possible' || (reader.lower(k) === 'an' && reader.lower(k + 1) === 'option'))) continue;
    const but = reader.firstIn(k + 1, k + 4, (t) => t.lower === 'but');
    if (but < 0) continue;
    const end = Math.min(tokens.length, but + SET_ASIDE_REACH);
    const refused = reader.anyIn(but + 1, end, (t) => AGENTS.has(t.lower) && reader.didNotAt(t.index + 1) > 0 && !PERCEIVED.has(reader.token(reader.didNotAt(t.index + 1) + 1)?.stem ?? ''));
    const priced = reader.anyIn(but + 1, end, (t) => OPTION_PRICES.has(t.stem) || (t.lower === 'cost' && CONSEQUENCE_MODALS.has(reader.lower(t.index - 1))));
    if (refused || priced) return { span: [Math.max(0, k - 6), end], price: priced ? [but, end] : undefined };
  }
  return undefined;
}

const BE_PAST = new Set(['was', 'were']);
/** How far after "but" the refusal or the price may end: "but for an elephant of 50 years it is a real danger, so I". */
const SET_ASIDE_REACH = 20;
const PERCEIVED = stems(['know', 'think', 'see', 'understand', 'realise', 'realize', 'notice', 'hear', 'feel', 'expect']);
const OPTION_PRICES = stems(['risk', 'danger', 'dangerous', 'risky', 'expensive']);

const PUSHED_FOR = new Set(['pushed', 'wanted', 'asked', 'suggested', 'demanded', 'insisted', 'proposed', 'urged', 'begged']);
const SOMEONE = new Set(['he', 'she', 'they', 'the', 'his', 'her', 'their']);

/**
 * "Didn't start blanket antibiotics, which he pushed for", "I did not close the ward, which the board wanted": a
 * course someone else pressed for, which the speaker did not take.
 */
export function notDoneThoughPressed(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  const agent = AGENTS.has(reader.lower(0)) ? 1 : 0;
  const not = reader.lower(agent) === 'never' ? agent : reader.didNotAt(agent);
  if (not < 0) return undefined;
  for (let k = not + 2; k < Math.min(tokens.length - 2, not + 10); k++) {
    if (reader.lower(k) !== 'which' || !/[,;]/.test(reader.gapAfter(k - 1))) continue;
    const pressed = reader.firstIn(k + 1, Math.min(tokens.length, k + 5), (t) => PUSHED_FOR.has(t.lower));
    if (pressed > 0 && SOMEONE.has(reader.lower(k + 1))) return [0, Math.min(tokens.length, pressed + 2)];
  }
  return undefined;
}

const ASKED_FOR = new Set(['asked', 'wanted', 'ordered', 'expected', 'requested', 'demanded', 'planned']);

/**
 * "so i made 1,500 pairs of the light design and only 900 tilla, against what the buyers asked": the speaker's own
 * course, taken against the one others asked for.
 */
export function againstWhatTheyAsked(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 3; k++) {
    if (reader.lower(k) !== 'against' || reader.lower(k + 1) !== 'what' || !reader.agentBefore(k, 24)) continue;
    const asked = reader.firstIn(k + 2, Math.min(tokens.length, k + 6), (t) => ASKED_FOR.has(t.lower));
    if (asked > 0) return [k, asked + 1];
  }
  return undefined;
}
