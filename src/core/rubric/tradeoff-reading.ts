import { againstWhatTheyAsked, arguedAgainstProposal, choiceOverMine, keptOwnAgainstProposal, notDoneThoughPressed, notDoneWithReason, notWhatIAskedFor, optionPriceAsReason, possibleButSetAside, refusalWithReason, refusedProposal, thisNotThat } from './tradeoff-refusals.js';
import { actionAtThreshold, agreedToTry, isFigure, ownCourseYielded, costForeseen, dipAccepted, disagreedThenCommitted, displeasureAtStep, goodwillSpent, incomeEnded, incomeForgone, leftUntaken, lossDisliked, lossRegretted, ownEarningsFell, ownMoney, paidOutOfOwn, priceWorn, reviewDueAfter, takenKnowing, gainGivenBack, timeBoxedAsk, unpaidLeave } from './tradeoff-prices-and-limits.js';
import { analysisSlot, type Analysis, type SentenceFacts } from './analysis.js';
import { TIME_UNITS } from './lexicon.js';
import { PhraseMatcher, type PhraseHit } from './phrases.js';
import { stem, type Token } from './text.js';
import { amount, extent, isNumberToken, ONE } from './number-forms.js';
import {
  firstOnlyFew,
  livedWithIt,
  acceptedInNoteStyle,
  notByCourse,
  notFree,
  keptForWhoeverWants,
  oldWayKept,
  keptRunningInCase,
  securedInCase,
  oneFirst,
  onlyThen,
  ownAlternative,
  partThenRest,
  pricedThenDecided,
  stepsPrice,
  testWithTerms,
  triedFirstAndDropped,
  whatWasNotDone,
  whichAddsTime,
  worseThanTheOther,
} from './tradeoff-plain-shapes.js';
import {
  answeredForIt,
  checkedAtFirst,
  checkedItHeld,
  revertIf,
  timesThePrice,
  multipliedOurs,
  moneyAtRisk,
  chosenThingCost,
  choiceAnnounced,
  appealThenPrice,
  bothOptionsLaidOut,
  concernMet,
  conditionSet,
  easyOptionSetAside,
  expectedCourseSetAside,
  fallbackIf,
  latestBy,
  reserveKept,
  leftWorse,
  limitedTwice,
  madeItWorse,
  offerSetAside,
  quotedOption,
  onlyWhereNeeded,
  agreedToPart,
  concededPart,
  paidForIt,
  unpopularStep,
  ruleForExceptions,
  leftThemAWayToStop,
  promisedWayBack,
  keptUntilItHolds,
  optOutLeft,
  testedFirst,
  priceInNotes,
  stepDisliked,
  stepDislikedAfterWhich,
  objectionsWeathered,
  optionNamed,
  overBudget,
  overPlan,
  priceFeltHeavy,
  proposalOnTable,
  proposedThenPriced,
  protectiveStep,
  reviewAfterPeriod,
  splitBet,
  stopIf,
  switchOffLeft,
  takenFromElsewhere,
  whatEveryoneDid,
  reviewOfTheirWork,
  surchargePaid,
  stepCostExtra,
  extraPerPeriod,
  triedOnAFew,
  warnedOfDownside,
  paidMoreThanUsual,
  overTheUsualPrice,
  setBack,
  paidFrom,
  wayBackIf,
  worthMore,
  FOREWARNING,
} from './tradeoff-told-shapes.js';
import { CONSEQUENCE_MODALS, exitCriterion, gatedOnConfirmation, guardrail, heldUntil, notUntil, restrictionWithPurpose, ruleSet, sampledCheck, secondPairOfEyes, verifiedBefore } from './tradeoff-guardrails.js';
import {
  APPROXIMATELY,
  AGENTS,
  BE_OR_GET,
  DETERMINERS,
  isAdverb,
  isGerund,
  isNegation,
  isPastOrParticiple,
  LINKING,
  MODALS,
  NUMBER_WORDS,
  OTHERS_POSSESSIVES,
  SentenceReader,
  stems,
  PERIOD_COUNTS,
  POINTING,
  RATE_LEADS,
  TIME_WORDS,
  type Marker,
  type TradeoffKind,
} from './tradeoff-sentence.js';

/**
 * How an answer weighs its choices, read clause by clause: the options it weighed and rejected, what the choice cost,
 * why it was made, and what limited the damage. Markers are found with a phrase matcher, then each marker is judged by
 * the clause around it: who acts, whether it is negated or only imagined, and what kind of words follow it (an action
 * with a concrete object or an option, not a manner of behaving such as "blaming anyone").
 */

export type { TradeoffKind } from './tradeoff-sentence.js';

export interface TradeoffFinding {
  kind: TradeoffKind;
  facts: SentenceFacts;
  /** Token span of the answer's own words for the finding. */
  from: number;
  to: number;
  /** Those words, as written. */
  words: string;
  /** Stemmed marker, so one phrase inflected twice is listed once. */
  key: string;
}

export interface TradeoffReading {
  /** Options weighed or rejected: "instead of raising the timeout", "could have hired a temp". */
  alternatives: TradeoffFinding[];
  /** Costs accepted and things given up: "the cost was a week", "pushed back the launch". */
  costs: TradeoffFinding[];
  /** Reasons within a sentence of a choice or a guardrail: "because", "so that", "which would have". */
  reasons: TradeoffFinding[];
  /** Limits someone put in place: a flag, a pilot, a cap, a second review, an alert with a threshold. */
  guardrails: TradeoffFinding[];
  /** Monitoring someone set up or watched, with no threshold that would make anyone act. */
  watches: TradeoffFinding[];
  /** Risks named: "the risk was", "worst case". */
  risks: TradeoffFinding[];
}

export interface TradeoffFacts {
  hasAlternative: boolean;
  hasCost: boolean;
  hasReason: boolean;
  hasGuardrail: boolean;
}

/** Our own markers; each is only a candidate until the clause around it says what it is. */
const MARKERS: Readonly<Record<Marker, readonly string[]>> = {
  insteadOf: ['instead of', 'rather than', 'in place of', 'in favour of', 'in favor of'],
  instead: ['instead'],
  over: ['over'],
  weigh: ['weigh', 'weighed', 'balance', 'balanced'],
  setAgainst: ['set that against', 'set this against', 'set it against', 'measured that against', 'put that against'],
  compare: ['compare', 'compared', 'comparison'],
  consider: ['considered', 'consider', 'evaluated', 'explored', 'looked at', 'thought about', 'think about', 'thought of', 'toyed with'],
  between: ['between'],
  rejected: [
    'decided against', 'decide against', 'opted against', 'ruled out', 'rule out', 'rejected', 'turned down', 'said no to', 'passed on', 'walked away from',
    // "I set aside the cheaper fix of just handing out masks" (not "set aside the money for...", a reserve).
    'set aside',
    'turned it down', 'turned that down', 'turned them down', 'turned the offer down', 'turned the idea down',
    // "The vendor offered a new system for SEK 2 million; I left that on the table".
    'left that on the table', 'left it on the table', 'left them on the table', 'left the offer on the table',
  ],
  declined: [
    'decided not to', 'chose not to', 'opted not to', 'agreed not to', 'elected not to',
    // "I decided we wouldn't bill it": the same refusal, with its subject told again.
    "decided we wouldn't", 'decided we would not', "decided i wouldn't", 'decided i would not', "decided that we wouldn't", "decided that i wouldn't",
  ],
  costNoun: ['cost', 'downside', 'drawback', 'catch', 'trade off', 'tradeoff', 'trade i made', 'trade we made', 'sacrifice', 'penalty', 'compromise', 'price we paid', 'price i paid', 'price', 'flip side'],
  atExpense: ['at the expense of', 'at the cost of', 'in exchange for', 'in return for', 'at the price of', 'at our cost', 'at our own cost', 'at my own cost', 'at my cost', 'at my expense', 'at our expense'],
  costVerb: ['cost'],
  lose: ['lose', 'lost'],
  accept: [
    'accept', 'accepted', 'absorb', 'absorbed', 'live with', 'lived with', 'tolerate', 'tolerated', 'took the hit', 'take the hit',
    'swallowed', 'took the risk', 'took a risk', 'took a calculated risk', 'took on the risk', 'take the risk',
    'willing to lose', 'willing to give up', 'willing to sacrifice', 'willing to accept', 'willing to pay', 'willing to trade',
    'prepared to lose', 'prepared to give up', 'prepared to accept', 'prepared to pay', 'ready to lose', 'ready to give up',
    'took that on the chin', 'took it on the chin', 'take it on the chin',
  ],
  deferral: ['to the next', 'to next', 'into the next', 'until the next', 'until next', 'for later', 'until later', 'till later'],
  concession: ['even though', 'although', 'though', 'even if', 'knowing', 'knowing that'],
  counterProposal: ['but i', 'but we'],
  checkpoint: ['review', 'revisit', 'reassess', 'audit', 'check in'],
  giveUp: [
    'give up', 'gave up', 'sacrifice', 'sacrificed', 'forgo', 'forwent', 'drop', 'dropped', 'defer', 'deferred', 'postpone',
    // "To pay for it I put off the CNC router I had planned for that year".
    'put off', 'putting off',
    // The thing pushed, named between the verb and its particle: "pushed my planned payroll audit back a quarter".
    'pushed * back', 'pushed * * back', 'pushed * * * back', 'pushed * * * * back', 'put * back', 'put * * back',
    'pushes * back', 'pushes * * back', 'pushes * * * back', 'push * back', 'push * * back', 'push * * * back',
    'pushing * back', 'pushing * * back', 'pushing * * * back', 'pushing * * * * back',
    'delay', 'delayed', 'descope', 'de scope', 'deprioritize', 'deprioritise', 'push back', 'pushed back', 'hold off', 'held off',
    'pause', 'shelve', 'park', 'cut', 'scale back', 'scaled back', 'scope down', 'scoped down', 'leave out', 'left out',
    'pull', 'pulled', 'trade', 'traded', 'cancel', 'cancelled', 'canceled', 'on hold',
    // Giving something up in plain words: "so we skipped one trade show", "we went without the new van".
    'skip', 'skipped', 'went without', 'did without', 'do without', 'missed out on',
    // Only to pay or make room for the step: "and to pay him I removed the dessert buffet".
    'removed', 'remove',
  ],
  meant: ['meant', 'meaning'],
  trialFor: [
    'try for', 'tried for', 'try * for', 'tried * for', 'trying * for', 'try * * for', 'tried * * for', 'try * * * for', 'tried * * * for', 'try * * * * for', 'tried * * * * for',
    // "we tested it for two weeks in UAT first", "we tested two weeks in the test system first": a test of a set length.
    'tested', 'tested * for', 'tested * * for',
  ],
  choiceCost: [
    'which added', 'which took', 'which slowed', 'that added', 'which cost', 'which lengthened', 'which stretched', 'that took', 'this took',
    'which needed', 'which required', 'that needed', 'that required',
  ],
  hurt: [
    'which hurt', 'that hurt', 'and it hurt', 'it stung', 'which stung', 'which left us short', 'which left me short', 'that left us short',
    // "I slept afternoons, which was rough for a week": the step, judged hard on the one who took it.
    'which was rough', 'which was hard', 'which was tough', 'which was painful', 'which was brutal', "which wasn't fun", 'which was no fun',
    // "I also cut the free shot at bar three, which, yeah, guests didn't love": the step, unwelcome to the people it touched.
    // "I cut the Saturday delivery, which the owner wasn't happy about".
    ...["didn't love", "didn't like", 'did not like', 'did not love', "wasn't happy about", "weren't happy about", 'was not happy about', 'were not happy about']
      // "which the maintenance planner didn't love": the one it touched may take three words.
      .flatMap((disliked) => [`which * ${disliked}`, `which * * ${disliked}`, `which * * * ${disliked}`]),
  ],
  disagreedWith: ['disagreed with', 'did not agree with', "didn't agree with", 'argued against', 'objected to', 'pushed back on', 'pushed back against'],
  preferRather: ['would rather', "i'd rather", "we'd rather", 'would sooner', "i'd sooner", "we'd sooner", 'would have rather'],
  reason: [
    'because', 'so that', 'in order to', 'so as to', 'the reason', 'my reason', 'my reasoning', 'the thinking', 'the logic',
    'the rationale', 'for that reason', 'for this reason', "that's why", 'that is why', 'which is why', 'otherwise',
    'due to', 'in case', 'to be safe', 'for safety', 'as a precaution', 'mattered more', 'matter more', 'more important than',
    'outweigh', 'outweighed', 'was worth it', 'worth the', "didn't want to", 'did not want to', 'came first', 'comes first',
    'priority was', 'knowing that', 'the point was', 'the idea was', 'the goal was', 'that way', 'this way', 'in order for',
    'only way to', 'made the case', 'made my case', 'argued that', 'my argument', 'the case for',
  ],
  purpose: ['to avoid', 'to prevent', 'to protect', 'to keep', 'to limit', 'to minimise', 'to minimize', 'to reduce the risk', 'to reduce risk', 'to free up', 'to make sure', 'to ensure', 'to contain', 'to mitigate', 'to get', 'to gain', 'to win', 'to save', 'to buy'],
  given: ['given'],
  since: ['since'],
  asClause: ['as it', 'as this', 'as that', 'as they', 'as we', 'as i'],
  risk: [
    'risk', 'risky', 'worst case', 'could go wrong', 'might go wrong', 'failure mode', 'mitigate', 'mitigated', 'mitigation', 'contingency',
    'if it failed', 'if it went wrong', 'if anything went wrong', 'if something went wrong', 'if it broke', 'if anything broke',
    // The speaker's own call as the stake: "If I was wrong I'd sit on that stock for a year".
    'if i was wrong', 'if i were wrong', 'if we were wrong', "if i'm wrong", 'if i got it wrong', "if it didn't work", 'if it did not work',
    // Someone's worry about the course, which what the speaker did next answers: "My husband was worried we'd lose regulars".
    'was worried', 'were worried', 'was afraid', 'were afraid', 'was nervous', 'were nervous', 'the worry was', 'my worry was',
    'the fear was', 'my fear was', 'the concern was', 'my concern was',
  ],
  control: [
    'feature flag', 'behind a flag', 'behind the flag', 'behind a toggle', 'kill switch', 'canary', 'circuit breaker', 'rate limit',
    'rollback', 'roll back', 'fallback', 'fall back', 'back out plan', 'backout', 'dry run', 'shadow mode', 'in shadow',
    'blast radius', 'guardrail', 'safeguard', 'failover', 'sign off', 'signoff', 'second review', 'second pair of eyes',
    'four eyes', 'peer review', 'go no go', 'load test', 'a b test', 'ab test', 'plan b', 'contingency plan', 'safety stock',
    'parallel run', 'in parallel', 'second', 'double check', 'double checked', 'switch off', 'turn off', 'revert', 'feature toggle',
    'in staging', 'on staging', 'staging environment', 'sandbox', 'rehearse', 'rehearsed', 'rehearsal', 'test run', 'practice run',
    'stop loss', 'hedge', 'hedged', 'maker checker', 'two person check', 'independent check', 'start small', 'started small',
    'small scale', 'exit criteria', 'success criteria', 'side by side', 'alongside the old', 'alongside the new', 'buffer', 'undo',
    'on standby', 'in reserve', 'as a way back', 'safety net', 'backstop', 'manual override', 'safety valve',
    // "kept the 30-minute setting ready to go back in one step", "we could switch back within a day".
    'go back', 'switch back', 'change back',
  ],
  trial: ['pilot', 'piloted', 'trial', 'trialled', 'trialed', 'trial run', 'beta', 'test buy', 'test order', 'test batch', 'test group', 'test market', 'test launch', 'soft launch', 'control group', 'holdout group', 'hold out group'],
  staged: [
    'phased', 'staged', 'in phases', 'in stages', 'in waves', 'in batches', 'in # phases', 'in # stages', 'in # waves', 'in two phases',
    'in three phases', 'in four phases', 'in two stages', 'in three stages', 'in two waves', 'in three waves', 'gradual', 'gradually',
    'first', 'only', 'before the rest', 'before the whole', 'before everyone', 'before the full', 'before expanding', 'before scaling',
    'before rolling', 'and expanded', 'then expanded', 'started with one', 'started with a single', 'started with a small',
    'started with #', 'start with #', 'began with #', 'starting with #',
  ],
  share: ['percent of', 'per cent of', 'small group of', 'subset of', 'handful of', 'small number of', 'fraction of'],
  limit: ['floor', 'minimum', 'cap', 'capped', 'limit', 'limited', 'ceiling', 'no more than', 'maximum', 'max', 'timebox', 'timeboxed', 'time box', 'time boxed'],
  check: ['clause', 'covenant', 'check', 'checklist', 'checkpoint', 'approval step', 'approver', 'approval'],
  backup: ['backup', 'backed up', 'back up', 'standby'],
  watch: ['monitor', 'monitoring', 'monitored', 'dashboard', 'alert', 'alarm', 'watched', 'tracked', 'close eye', 'eye on', 'watch'],
  either: ['whether to', 'whether we', 'whether i', 'decide between', 'either'],
  option: ['option', 'alternative', 'approach', 'choice', 'route', 'path', 'fix', 'plan', 'solution', 'way', 'proposal', 'thing', 'move', 'call', 'answer', 'response', 'reaction', 'replacement', 'hire', 'pick', 'candidate'],
};

const MATCHER = new PhraseMatcher<Marker>(MARKERS);

const ANYONE = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'people', 'others']);
const PERSONAL_PRONOUNS = new Set(['me', 'him', 'her', 'them', 'us', 'you', 'it', 'anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'people', 'others']);
/** Nouns of what was wanted: an "instead of" inside their clause describes the aim, not a choice. */
const GOAL_NOUNS = stems(['goal', 'aim', 'objective', 'target', 'mission', 'vision', 'idea', 'hope', 'ambition']);

/** A manner of behaving, not an option anyone weighs: "rather than blaming", "instead of panicking". */
const CONDUCT = stems(['jump', 'jumping', 'assume', 'assuming', 'blame', 'blaming', 'complain', 'complaining', 'panic', 'panicking', 'argue', 'arguing', 'criticise', 'criticize', 'despair', 'worry', 'worrying', 'dwell', 'gossip', 'shout', 'yell', 'vent', 'point', 'freak', 'sulk', 'give', 'giving', 'ignore', 'ignoring', 'hide', 'hiding', 'guess', 'guessing',
  // Doing nothing is no option anyone weighs: "instead of just talking about it", "rather than sitting on it".
  'talk', 'talking', 'moan', 'moaning', 'sit', 'sitting', 'dream', 'dreaming', 'theorise', 'theorising', 'theorize', 'theorizing']);
// "the round take two hours instead of one": the present, as people told in a second language say it.
const TOOK = new Set(['took', 'take', 'takes', 'cost', 'lasted', 'needed', 'ran']);

/** "took three weeks instead of one weekend", "cost us two days instead of one". */
function longerInstead(reader: SentenceReader, from: number, to: number): boolean {
  if (!reader.anyIn(Math.max(0, from - 5), from, (t) => TOOK.has(t.lower)) || !reader.anyIn(Math.max(0, from - 3), from, isAmount)) return false;
  if (!reader.anyIn(to, Math.min(reader.tokens.length, to + 3), isAmount)) return false;
  // "the order took two minutes instead of ten": less than the other, which is the gain, not a price.
  const taken = figureIn(reader, Math.max(0, from - 3), from);
  const other = figureIn(reader, to, Math.min(reader.tokens.length, to + 3));
  if (taken === undefined || other === undefined) return true;
  // "two hours instead of one": the second figure without a unit has the first one's.
  return taken.value * (taken.minutes ?? 1) > other.value * (other.minutes ?? taken.minutes ?? 1);
}

/**
 * The first figure or number word in `from..to` ("two", "1.5", "one" after "instead of"), with the minutes in the unit
 * of time after it, so that "40 minutes instead of two hours" compares as 40 against 120; undefined when there is none.
 */
function figureIn(reader: SentenceReader, from: number, to: number): { value: number; minutes: number | undefined } | undefined {
  const at = reader.firstIn(from, to, (t) => isNumberToken(t) || t.lower === ONE);
  if (at < 0) return undefined;
  const last = extent(reader.tokens, at);
  const value = amount(reader.tokens, at, last);
  return value === undefined ? undefined : { value, minutes: MINUTES_IN[reader.lower(last + 1).replace(/s$/, '')] };
}

const MINUTES_IN: Readonly<Record<string, number>> = { minute: 1, min: 1, hour: 60, hr: 60, day: 1440, week: 10080, month: 43800, year: 525600 };

/** An amount within a few words: "added maybe 20 seconds a scan", "took three weeks", "cost us a day". */
function amountFollows(reader: SentenceReader, at: number): boolean {
  return reader.anyIn(at, Math.min(reader.tokens.length, at + 4), isAmount);
}

/** A figure, a number word other than the article, or a unit of time ("a day" is one). */
function isAmount(t: Token): boolean {
  return t.kind === 'number' || (NUMBER_WORDS.has(t.lower) && t.lower !== 'a' && t.lower !== 'an') || TIME_WORDS.has(t.stem);
}

/** Where idling is a place, it is an option: "rather than sit at the station waiting for tasking". */
const IDLE_VERBS = stems(['sit', 'sitting', 'talk', 'talking']);
const IDLE_PLACES = new Set(['at', 'in', 'with', 'through']);

function isConduct(reader: SentenceReader, at: number): boolean {
  const token = reader.token(at);
  if (token === undefined || !CONDUCT.has(token.stem)) return false;
  return !(IDLE_VERBS.has(token.stem) && IDLE_PLACES.has(reader.lower(at + 1)) && reader.lower(at + 2) !== 'it');
}

/** Words that turn a counterfactual into regret ("could have asked sooner"), not an option. */
const REGRET = new Set(['sooner', 'earlier', 'better', 'differently', 'harder', 'more', 'hindsight']);
/** Wishes after "would have" ("would have liked"): what the speaker wanted, not an option weighed. */
const WISHES = stems(['like', 'liked', 'love', 'loved', 'want', 'wanted', 'prefer', 'preferred', 'hope', 'hoped', 'wish', 'wished']);
const CONTRACTED_MODALS = new Set(["could've", "would've", "might've", "i'd", "we'd", "it'd", "that'd"]);
/** Subjects of a counterfactual that describe a consequence ("that would have cost us the client"), which is a reason. */
const CONSEQUENCE_SUBJECTS = new Set(['it', 'this', 'that', 'which', 'nobody', 'no', 'everyone', 'everybody', 'they', 'customers', 'anyone', 'there']);
/** Words that open a clause giving a reason; a counterfactual inside such a clause is why, not what else. */
const REASON_OPENERS = new Set(['because', 'since', 'as', 'which', 'otherwise', 'or', 'else', 'given']);

const CHOICE_VERBS = stems([
  'choose', 'chose', 'chosen', 'choosing', 'pick', 'picked', 'prefer', 'preferred', 'prioritise', 'prioritised', 'prioritize',
  'prioritized', 'favour', 'favoured', 'favor', 'favored', 'select', 'selected', 'opt', 'opted', 'recommend', 'recommended',
  'went', 'go', 'going', 'back', 'backed', 'value', 'valued', 'put',
  // "I hired her over the master's graduate".
  'hire', 'hired',
]);
const BETWEEN_VERBS = stems(['choose', 'chose', 'choosing', 'choice', 'pick', 'decide', 'decided', 'deciding', 'trade', 'tradeoff', 'balance', 'weigh', 'weighing', 'weighed', 'torn']);
/**
 * Words after "over" that make it time, place or medium ("over the phone", "over two days"), or a cover put on something
 * ("put tarps over those"), not a rejected option.
 */
const OVER_NOT_OPTION = new Set(['next', 'last', 'past', 'course', 'weekend', 'weekends', 'time', 'years', 'months', 'weeks', 'days', 'hours', 'lunch', 'coffee', 'phone', 'email', 'slack', 'dinner', 'summer', 'winter', 'holidays', 'period', 'night', 'budget', 'to', 'there', 'here', 'and', 'again', 'half', 'a', 'an', 'those', 'these', 'them', 'it']);
/** What a weighing is about when it is a choice, not a scale: "weighed up", "weighed whether", "weighed the options". */
const WEIGH_OBJECTS = stems(['whether', 'risk', 'risks', 'cost', 'costs', 'benefit', 'benefits']);
/** Things one can choose between: comparing these is weighing options, comparing logs is reading evidence. */
const OPTION_NOUNS = stems([
  'option', 'options', 'alternative', 'alternatives', 'approach', 'approaches', 'vendor', 'vendors', 'supplier', 'suppliers', 'quote',
  'quotes', 'bid', 'bids', 'offer', 'offers', 'proposal', 'proposals', 'plan', 'plans', 'tool', 'tools', 'design', 'designs', 'solution',
  'solutions', 'provider', 'providers', 'carrier', 'carriers', 'courier', 'couriers', 'candidate', 'candidates', 'route', 'routes',
  'choice', 'choices', 'path', 'paths', 'way', 'ways', 'fix', 'fixes', 'product', 'products', 'contract', 'contracts',
]);
const ENUMERATORS = new Set(['two', 'three', 'four', 'five', 'both', 'another', 'other', 'either', 'second']);
/** Counts that, hyphened to a noun, make a compound adjective: "two-way", "three-way". */
const COUNTED_ADJECTIVE = new Set(['two', 'three', 'four', 'five']);
/** Adjectives of the option nobody took: "the obvious fix was", "the cheaper route would have been". */
const OPTION_ADJECTIVES = new Set(['middle', 'third', 'obvious', 'easy', 'easier', 'easiest', 'quick', 'quicker', 'quickest', 'simple', 'simpler', 'cheap', 'cheaper', 'cheapest', 'safe', 'safer', 'standard', 'usual', 'normal', 'tempting', 'natural', 'popular', 'default', 'other', 'faster', 'fastest', 'first']);
const SINGLE_OPTION = new Set(['only', 'no', 'single']);
/** Plural nouns that name options as such, and who they were open to: "the options were", "my choices were". */
const OPTIONS_NAMED = new Set(['options', 'alternatives', 'choices']);
const OPTION_OWNERS = new Set(['the', 'my', 'our', 'his', 'her', 'their']);
// "answer", "response" and "reaction" too: "the easy answer was to quote her for a flush. But...", never "the answer was no".
const ANSWER_NOUNS = new Set(['answer', 'response', 'reaction']);
// "call" too: "the easy call was spraying insecticide, and I argued against it"; never "a call to the supplier".
// "The obvious hires were ex-gunners. But...", "the safe pick was": a person or thing picked names an option only as the
// one an adjective marks out, set against what followed; "two new hires" and "my pick" name none.
const LOOSE_OPTION_NOUNS = new Set(['thing', 'move', 'call', 'hire', 'hires', 'pick', 'picks', 'candidate', 'candidates', ...ANSWER_NOUNS]);
/** "calls" as well as "call": counted ("three short calls") they are phone calls, never options to name. */
const CALL = stem('call');
const PROPOSING = stems(['proposed', 'offered', 'suggested', 'pitched', 'presented', 'found', 'recommended']);
/** Adjectives allowed between a determiner and "cost": "the real cost was". A noun there ("the shipping cost") is spend. */
const COST_ADJECTIVES = new Set(['real', 'main', 'big', 'biggest', 'obvious', 'hidden', 'only', 'true', 'short', 'term', 'immediate', 'clear', 'one', 'other']);
const COST_DETERMINERS = new Set(['the', 'a', 'one', 'that', 'this', 'its', 'another']);
const COPULAS = new Set(['was', 'is', 'were', 'are', 'being', 'would']);
const LANDING = new Set(['landed', 'fell', 'lands', 'falls']);
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'had', 'have']);
const COST_SUBJECTS = new Set(['it', 'this', 'that', 'which', 'decision', 'choice', 'delay', 'move', 'change', 'switch', 'swap', 'doing']);
/** What one accepts when accepting a cost: the cost itself, a delay, a slower or smaller result. */
const COST_OBJECTS = stems([
  'cost', 'costs', 'risk', 'delay', 'hit', 'loss', 'slip', 'downside', 'drawback', 'tradeoff', 'trade', 'penalty', 'price', 'slower',
  'lower', 'smaller', 'fewer', 'less', 'longer', 'higher', 'extra', 'overtime', 'week', 'day', 'month', 'gap', 'compromise',
]);
/** What "set aside" takes when it turns an option down: "the cheaper fix", "that idea"; not "the money for spring". */
const SET_ASIDE_OPTIONS = stems(['fix', 'option', 'idea', 'plan', 'proposal', 'approach', 'solution', 'route', 'offer', 'suggestion', 'alternative']);

/** Verbs before a gerund that make it the chosen course: "I proposed postponing", "it meant dropping". */
const GERUND_LEADS = stems(['propose', 'proposed', 'suggest', 'suggested', 'recommend', 'recommended', 'meant', 'meaning', 'by', 'involved', 'required', 'mean', 'on', 'pitched', 'agreed']);
/** Words that make what follows the scene's standing practice ("Our answer was always: ... we cancel it"). */
const STANDING_PRACTICE = new Set(['always', 'usually', 'normally', 'routinely']);
/** What is paused to be watched or heard: a pause in it gives nothing up. */
/** What gets parked in the plain sense: "park the van". */
const VEHICLES = stems(['van', 'car', 'truck', 'lorry', 'bus', 'coach', 'vehicle', 'bike', 'trailer', 'boat', 'caravan', 'cab', 'taxi', 'forklift', 'tractor', 'ambulance']);
const RECORDINGS = stems(['video', 'recording', 'tape', 'footage', 'clip', 'film', 'track', 'song', 'music', 'playback', 'stream']);
/**
 * After "drop", these make it a fall ("dropped from 8 to 2", "dropped off", "complaints dropped back the next week") or
 * blame ("dropped the ball").
 */
const DROP_NOT_CHOICE = new Set(['to', 'by', 'from', 'off', 'below', 'ball', 'under', 'sharply', 'back', 'again', 'down', 'away', 'steadily', 'significantly', 'slightly', 'dramatically']);
/** After "push back", these make it disagreement ("pushed back on the plan"), not a deferral. */
const DISAGREEMENT_FOLLOWERS = new Set(['on', 'against', 'in', 'at', 'hard', 'with', 'when', 'that', 'because', 'strongly', 'firmly', 'and', 'but']);
/** Verbs before "to" that make "to keep" a plan ("I decided to keep") rather than a purpose ("... to keep the date"). */
/** Verbs that after "to" may be the choice itself ("I decided to keep the date") as well as its purpose. */
const AMBIGUOUS_PURPOSES = stems(['keep', 'limit', 'free', 'make', 'ensure', 'contain', 'get', 'gain', 'win', 'save', 'buy']);
const INFINITIVE_VERBS = stems(['want', 'need', 'have', 'had', 'decide', 'chose', 'choose', 'agree', 'opt', 'try', 'able', 'going', 'used', 'plan', 'hope', 'manage', 'ask', 'tell', 'start', 'begin', 'began', 'continue', 'forgot', 'remember', 'promise', 'refuse', 'allowed', 'how', 'what']);
/** Words after "since" that make it time ("since then", "since 2019", "since joining"). */
const WH_WORDS = new Set(['where', 'when', 'which', 'who', 'whom', 'whose', 'what']);
const SINCE_TIME = new Set(['then', 'last', 'early', 'joining', 'starting', 'day', 'that', 'the', 'my', 'our', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'spring', 'summer', 'autumn', 'winter', 'monday', 'launch']);
const FINITE = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'did', 'could', 'would', 'might', 'will', 'can', "didn't", "wasn't", "weren't", "couldn't", 'needed', 'meant']);
const AS_NOT_REASON = stems(['turned', 'happened', 'stood', 'stands', 'is', 'grew', 'went']);

interface Draft {
  kind: TradeoffKind;
  from: number;
  to: number;
  key: string;
}

/** Reads one sentence; every rule below looks only at a bounded window of tokens, so reading stays linear. */
function readSentence(reader: SentenceReader): Draft[] {
  const drafts: Draft[] = [];
  const add = (kind: TradeoffKind, [from, to]: [number, number], key: string): void => {
    drafts.push({ kind, from, to, key });
  };
  for (const hit of reader.hits) {
    switch (hit.category) {
      case 'insteadOf':
        // "the week came in at 95% of plan instead of losing a third": an outcome against the one feared, not a choice.
        if (LOSS_GERUNDS.has(reader.lower(hit.to)) && !reader.agentBefore(hit.from, 14)) break;
        // "we lost 2 strains out of 60 instead of the whole shelf": a counted loss against the one feared, not a choice.
        if (countedLossBefore(reader, hit.from) && !isGerund(reader.token(hit.to))) break;
        // "The VAT was being rounded once per invoice rather than per line": how a thing was done, with nobody of ours
        // acting in the sentence, is the trouble described, not a course weighed.
        if (doneWithoutUs(reader, hit.from)) break;
        // "one resignation instead of six the year before", "1 km oiled instead of the 6 km our plot predicted": an
        // outcome set against the figure it was before or was expected to be, not a course set aside.
        if (figureAgainstBaseline(reader, hit.to)) break;
        if (contrastsOptions(reader, hit.to)) add('alternative', reader.span(hit.from, 7, hit.to + 1), hit.key);
        // "It took three weeks instead of one weekend": the price of the safer course, in time.
        else if (longerInstead(reader, hit.from, hit.to)) add('cost', reader.span(Math.max(0, hit.from - 4), 10), 'took longer');
        break;
      case 'instead':
        if (reader.lower(hit.to) !== 'of' && bareInstead(reader, hit.from)) add('alternative', insteadSpan(reader, hit.from), 'instead');
        break;
      case 'over': {
        // "over-mixing colour", "over-ordering": a prefix of the word after it, not a choice of one thing over another.
        if (reader.gapAfter(hit.from) === '-') break;
        // "went back over our processes", "went over the figures": a phrasal verb of reviewing.
        if (reader.lower(hit.from - 1) === 'back' || GOING.has(reader.lower(hit.from - 1))) break;
        const choice = choiceVerbBefore(reader, hit.from);
        if (choice >= 0 && optionFollows(reader, hit.to)) add('alternative', [choice, reader.span(hit.to, 5)[1]], 'over');
        // "filed the partial report over waiting for the statement": an action preferred to another action.
        else if (actionOverAction(reader, hit.from)) add('alternative', reader.span(hit.from, 6), 'over');
        break;
      }
      case 'setAgainst':
        if (reader.agentBefore(hit.from, 3)) add('alternative', reader.span(hit.from, 9), 'set against');
        break;
      case 'weigh':
        // "I learned to balance speed with reliability" is a lesson; the weighing itself is done in the past or as it happens.
        // "It's about finding the balance between the two" says what such work is about, which weighs nothing.
        if (reader.lower(hit.from - 1) !== 'to' && !aboutWeighing(reader, hit.from) && weighsOptions(reader, hit.from, hit.to)) add('alternative', reader.span(hit.from, 9), 'weigh');
        break;
      case 'compare':
        if (comparesOptions(reader, hit.from)) add('alternative', reader.span(hit.from, 9), 'compare');
        break;
      case 'consider': {
        // "I looked at buying an ordering system, but": only with a course after it; "looked at the logs" is evidence.
        // "had a look at the controller" is the same inspection as "looked at".
        const looked = reader.lower(hit.from) === 'looked' || (reader.lower(hit.from) === 'look' && LOOK_NOUN_BEFORE.has(reader.lower(hit.from - 1)));
        if (looked && !isGerund(reader.token(hit.to + (isAdverb(reader.token(hit.to)) ? 1 : 0)))) {
          // "I looked at three options": options counted are options weighed.
          if (ENUMERATORS.has(reader.lower(hit.to)) && OPTION_NOUNS.has(reader.token(hit.to + 1)?.stem ?? '')) add('alternative', reader.span(hit.from, 5), 'consider');
          break;
        }
        // "I suggested we should think about working with schools": a proposal made, not options weighed.
        if (PROPOSING_MODALS.has(reader.lower(hit.from - 1))) break;
        // "I thought about it a lot, but", "thought about what they needed": no option named.
        if (['thought', 'think', 'toyed'].includes(reader.lower(hit.from)) && THOUGHT_NOT_OPTION.has(reader.lower(hit.to))) break;
        // "When I think about developing people, ...": the speaker framing the answer, now.
        if (reader.lower(hit.from) === 'think' && ['when', 'whenever', 'if'].includes(reader.lower(hit.from - 2))) break;
        if (considersOption(reader, hit.from, hit.to)) add('alternative', reader.span(hit.from, 7), 'consider');
        break;
      }
      case 'between': {
        // "chose between", "torn between"; not "it's about finding the balance between".
        const verb = BETWEEN_VERBS.has(reader.token(hit.from - 1)?.stem ?? '') ? hit.from - 1 : BETWEEN_VERBS.has(reader.token(hit.from - 2)?.stem ?? '') ? hit.from - 2 : -1;
        if (verb >= 0 && !aboutWeighing(reader, verb)) add('alternative', reader.span(Math.max(0, hit.from - 1), 8), 'between');
        break;
      }
      case 'either':
        // "whether to wait for the fix or switch providers": two courses set against each other.
        if (setsCoursesApart(reader, hit)) add('alternative', reader.span(hit.from, 12), 'either');
        break;
      case 'option':
        if (namesAnOption(reader, hit.from, hit.to)) add('alternative', optionSpan(reader, hit.from), 'option');
        break;
      case 'rejected':
        if (reader.lower(hit.from) === 'set' && !reader.anyIn(hit.to, Math.min(reader.tokens.length, hit.to + 4), (t) => SET_ASIDE_OPTIONS.has(t.stem))) break;
        // "the reject pictures", "a reject pile": the word before a noun names the rejects, nothing turned down.
        if (reader.lower(hit.from) === 'reject' && isRejectPile(reader, hit.to)) break;
        // "one rejected report", "the rejected batch": what was turned down, named, not a course the speaker set aside.
        // "fifty rejected invoices": so with a count before it.
        if (reader.lower(hit.from) === 'rejected' && (DETERMINERS.has(reader.lower(hit.from - 1)) || isNumberToken(reader.token(hit.from - 1))) && reader.token(hit.to)?.kind === 'word') break;
        // "something I try to pass on to the young waiters": handed down to someone, not passed up.
        if (reader.token(hit.from)?.stem === 'pass' && reader.lower(hit.to) === 'to') break;
        if (reader.agentBefore(hit.from) && !reader.passiveBefore(hit.from)) add('alternative', reader.span(hit.from, 7, hit.to + 1), hit.key);
        break;
      case 'declined':
        // "I decided not to argue with him" is how the speaker behaved, not something given up.
        if (CONDUCT.has(reader.token(hit.to)?.stem ?? '')) break;
        if (reader.agentBefore(hit.from, 4)) add('cost', reader.span(hit.from, 7, hit.to + 1), hit.key);
        break;
      case 'costNoun': {
        const gerundPrice = gerundCalledPrice(reader, hit.from, hit.to);
        if (gerundPrice !== undefined) add('cost', gerundPrice, 'cost');
        else if (namesTheCost(reader, hit.from, hit.to)) add('cost', reader.span(Math.max(0, hit.from - 1), 9), 'cost');
        break;
      }
      case 'atExpense':
        // "We looked at our costs": what was read, not a price paid.
        if (reader.lower(hit.from) === 'at' && ['looked', 'look', 'looking', 'glanced', 'went'].includes(reader.lower(hit.from - 1))) break;
        add('cost', reader.span(hit.from, 7, hit.to + 1), hit.key);
        break;
      case 'costVerb':
        // The quote starts at the subject, or at "cost" itself after a comma (", cost about 1.4 million pesos").
        if (costVerb(reader, hit.from)) add('cost', reader.span(Math.max(0, reader.gapAfter(hit.from - 1).includes(',') ? hit.from : hit.from - 1), 7), 'cost');
        break;
      case 'lose':
        if (losesSomething(reader, hit.from)) add('cost', reader.span(Math.max(reader.clauseOf(hit.from)[0], hit.from - 2), 8), 'lose');
        break;
      case 'accept':
        if (acceptsCost(reader, hit.from, hit.to)) add('cost', reader.span(hit.from, 7, hit.to + 1), 'accept');
        break;
      case 'giveUp':
        if (givesUp(reader, hit)) add('cost', reader.span(hit.from, 8, hit.to + 1), hit.key);
        break;
      case 'meant':
        // "Ownership means acting", "Ownership, for me, means caring about...": a definition, not a consequence.
        if (reader.lower(hit.from) === 'means' && !CONSEQUENCE_SUBJECTS.has(reader.lower(hit.from - 1))) break;
        if (pricedThenSetAside(reader, hit.from, hit.to)) add('alternative', reader.span(0, 12), 'priced course');
        // "The spots were smudged, and it meant we had to ask for repeats": what a problem caused, not what a choice cost.
        if (meansLoss(reader, hit.to) && (reader.agentBefore(hit.from, 14) || !problemCaused(reader, hit.from))) add('cost', reader.span(hit.from, 8), 'meant');
        // "which meant the night team could sleep": what the choice bought, a reason for it.
        else if (reader.anyIn(hit.to, Math.min(reader.tokens.length, hit.to + 5), (t) => ['could', 'can', 'would', "wouldn't", "didn't"].includes(t.lower))) {
          add('reason', reader.span(hit.from, 10), 'reason');
        }
        break;
      case 'hurt':
        // "About 2,000 tonnes I sold wet at a discount, which hurt, but less than spoilage": a price the speaker paid.
        if (reader.agentBefore(hit.from, 14) || reader.previousDecides) add('cost', [reader.clauseOf(Math.max(0, hit.from - 1))[0], hit.to], 'hurt');
        break;
      case 'disagreedWith':
        // "I disagreed with the fortnightly plan, because": a course on the table, set aside.
        if (reader.agentBefore(hit.from, 3) && namesAPlan(reader, hit.to)) add('alternative', reader.span(hit.from, 8), 'disagreed with');
        break;
      case 'choiceCost':
        // "I chose live instructions, which added maybe 20 seconds a scan": what the chosen course cost, told with it, or
        // right after it ("I chose to offer a free gate. That took £11,000 of our budget up front.").
        // "I changed the night rota so nobody goes out alone, which needed one extra night hand": what a step of the
        // speaker's needed is its price, whatever the verb.
        const needed = ['needed', 'required'].includes(reader.lower(hit.from + 1)) && reader.facts.voice.iActions.some((v) => v.index < hit.from);
        const chosenHere = (needed || reader.anyIn(0, hit.from, (t) => CHOICE_VERBS.has(t.stem) || t.lower === 'decided')) && reader.agentBefore(hit.from, 14);
        const chosenJustBefore = hit.from === 0 && reader.previousDecides;
        if ((chosenHere || chosenJustBefore) && amountFollows(reader, hit.to)) {
          add('cost', reader.span(hit.from, 8), 'choice cost');
        }
        break;
      case 'preferRather': {
        // "I would rather lose the donation than have the family feel ambushed", "we'd sooner pay overtime than miss the
        // date": two courses set against each other, the preferred one first; with a price verb, the price is named too.
        const than = preferredOver(reader, hit.from, hit.to);
        if (than < 0) break;
        // The course set aside follows "than"; the price, when named, comes before it, so the two do not overlap.
        add('alternative', [than, Math.min(reader.tokens.length, than + 6)], 'would rather');
        if (PRICE_VERBS.has(reader.token(hit.to)?.stem ?? '')) add('cost', [hit.from, than], 'would rather');
        break;
      }
      case 'trialFor':
        // "I agreed with him we try it for one month", "we tried it for six weeks on the late shift": a bounded trial,
        // told with the verb; "I tried for years to get promoted" and "tried for a week to reach him" are efforts.
        // "we tested two weeks in UAT first": with no "for", the test's length stands before the thing done "first".
        if (hit.to - hit.from === 1 && !reader.anyIn(hit.to, reader.clauseOf(hit.from)[1], (t) => t.lower === 'first')) break;
        if (boundedTrial(reader, hit.from, hit.to)) add('guardrail', reader.span(hit.from, 8, hit.to + 2), 'pilot');
        break;
      case 'reason':
        if (!namesOnlyTheConcept(reader, hit.to) && !explainsDifficulty(reader, hit.from)) add('reason', reader.span(hit.from, 10, hit.to), 'reason');
        break;
      case 'purpose': {
        // "to avoid", "to protect" give a purpose wherever they stand; "I decided to keep the date" is the choice itself.
        const ambiguous = AMBIGUOUS_PURPOSES.has(reader.token(hit.from + 1)?.stem ?? '');
        const plan = INFINITIVE_VERBS.has(reader.token(hit.from - 1)?.stem ?? '') || isPastOrParticiple(reader.token(hit.from - 1));
        // ", to get leads chosen by ability": after a comma it is the purpose of what came before.
        const afterComma = reader.gapAfter(hit.from - 1).includes(',');
        // "we repaired it instead to buy a new one": the course set aside ("instead of buying"), not a purpose.
        const setAside = reader.lower(hit.from - 1) === 'instead';
        if ((!ambiguous || !plan || afterComma) && !setAside) add('reason', reader.span(hit.from, 10, hit.to), 'reason');
        break;
      }
      case 'deferral':
        // "I moved the reporting work to the next sprint", "left the dashboards for later": put off by choice.
        if (reader.anyIn(Math.max(0, hit.from - 6), hit.from, (t) => DEFERRING.has(t.stem)) && reader.agentBefore(hit.from, 10) && !reader.negated(hit.from, 6)) {
          add('cost', reader.span(Math.max(reader.clauseOf(hit.from)[0], hit.from - 6), 6 + hit.to - hit.from), 'deferral');
        }
        break;
      case 'concession':
        // "knowing" (a concession: "knowing it would cost a week"), never "you know".
        if (hit.key.startsWith('know') && !reader.lower(hit.from).startsWith('knowing')) break;
        // "even though" opens its own clause at "though": the quote runs to the end of the clause it introduces.
        if (concedesCost(reader, hit.to) || (hit.key.startsWith('know') && mightGoWorse(reader, hit.to))) add('cost', [hit.from, Math.min(reader.clauseOf(hit.to)[1], hit.from + 10)], 'concession');
        break;
      case 'counterProposal':
        if (counterProposal(reader, hit.from)) add('alternative', reader.span(hit.from, 9), 'counter proposal');
        break;
      case 'given':
        if (givenAsReason(reader, hit.from)) add('reason', reader.span(hit.from, 10), 'reason');
        break;
      case 'since':
        if (causalSince(reader, hit.from)) add('reason', reader.span(hit.from, 10), 'reason');
        break;
      case 'asClause':
        if (asReason(reader, hit.from)) add('reason', reader.span(hit.from, 10), 'reason');
        break;
      case 'risk':
        if (namesRisk(reader, hit.from)) add('risk', reader.span(Math.max(reader.clauseOf(hit.from)[0], hit.from - 2), 10), 'risk');
        break;
      default:
        guardrail(reader, hit, add);
    }
  }
  // "so the pickers could", "so nobody had to": "so" opening a purpose. "The scanners dropped reads, so I chose...": the
  // clause before "so I" is why, when a choice follows it.
  for (const token of reader.tokens) {
    // A sentence opening "So ..." is a spoken link to what came before, not a purpose.
    if (token.lower !== 'so' || token.index === 0 || reader.lower(token.index + 1) === 'that') continue;
    if (purposeAfterSo(reader, token.index)) add('reason', reader.span(token.index, 10), 'reason');
    else if (AGENTS.has(reader.lower(token.index + 1)) && token.index >= 3) add('reason', [Math.max(0, token.index - 10), token.index], 'so-result');
  }
  // "That cut the saving to £205k but kept a second source": what the choice before it cost, and what it bought.
  const traded = costThenGain(reader);
  if (traded !== undefined) {
    add('cost', [0, traded], 'consequence cost');
    add('reason', reader.span(traded, 8), 'consequence');
  }
  // "It kept the launch date.", "This avoided a second outage.": a sentence about what the choice before it bought.
  if (CONSEQUENCE_OPENERS.has(reader.lower(0)) && (BOUGHT.has(reader.token(1)?.stem ?? '') || comparedFavourably(reader))) add('reason', reader.span(0, 10), 'consequence');
  // "I chose the manual count: the vendor needed three weeks." A clause after a colon or semicolon explains the choice;
  // one that says how things stand "now" ("I changed our process: every card now has the version on top") tells what
  // the change was.
  for (let k = 0; k < reader.tokens.length - 2; k++) {
    if (!/[:;]/.test(reader.gapAfter(k)) || clockTime(reader, k)) continue;
    const [, end] = reader.clauseOf(k + 1);
    const standsNow = reader.anyIn(k + 1, end, (t) => t.lower === 'now');
    if (!standsNow && reader.anyIn(k + 1, end, (t) => FINITE.has(t.lower) || isPastOrParticiple(t))) add('reason', reader.span(k + 1, 10), 'explained');
    break;
  }
  applyShapes(reader, SHAPES_BEFORE_SHARES, add);
  // "5% of traffic": a share written as one number token, which a phrase cannot start with.
  for (const token of reader.tokens) {
    if (token.kind === 'number' && token.lower.endsWith('%') && reader.lower(token.index + 1) === 'of') {
      guardrail(reader, { category: 'share', phrase: '% of', key: '% of', from: token.index, to: token.index + 2 }, add);
    }
  }
  counterfactuals(reader, add);
  applyShapes(reader, COSTS_BY_SHAPE, add);
  const heading = headingOf(reader);
  if (heading !== undefined && reader.tokens.length >= heading.body + 3) add(heading.kind, reader.span(heading.body, 10), 'heading');
  applyShapes(reader, SHAPES_AFTER_HEADING, add);
  return drafts;
}

/**
 * The trade-off heading a sentence stands under, and where its own words start: a label before it ("Trade-off: ..."),
 * or on a note's bullet one or two lower-case words before a colon ("- options: keep patching at £90 a repair, or
 * resurface"), which the label reader leaves in the sentence because a lower-case word before a colon is usually text.
 */
function headingOf(reader: SentenceReader): { kind: TradeoffKind; body: number } | undefined {
  const labelled = HEADINGS.get(reader.heading() ?? '');
  if (labelled !== undefined) return { kind: labelled, body: 0 };
  // "Trade-off. Bottle sales were a revenue line for the caterer.": a terse note's heading, a sentence of its own,
  // heads the one after it.
  const alone = reader.previous.length <= HEADING_WORDS ? HEADINGS.get(reader.previous.map((t) => t.lower).join(' ')) : undefined;
  if (alone !== undefined && reader.heading() === undefined) return { kind: alone, body: 0 };
  if (reader.facts.sentence.bullet !== true) return undefined;
  const words = [1, 2].find((n) => reader.gapAfter(n - 1).includes(':'));
  if (words === undefined) return undefined;
  const kind = HEADINGS.get(reader.tokens.slice(0, words).map((t) => t.lower).join(' '));
  return kind === undefined ? undefined : { kind, body: words };
}

/** How far after the options' noun their "or" may stand: "two things: delay the launch by a month, or ...". */
const OPTION_LIST_REACH = 30;

/** An "or" between `from` and `end`: the options named are set against each other. */
function orIn(reader: SentenceReader, from: number, end: number): boolean {
  return reader.anyIn(from, Math.min(reader.tokens.length, end), (t) => t.lower === 'or');
}

/** The most words a heading has ("how i limited the risk"). */
const HEADING_WORDS = 5;

/** A rule read from a sentence's shape rather than from one marker: what it finds, and the key it is listed under. */
type ShapeRule = readonly [TradeoffKind, (reader: SentenceReader) => [number, number] | undefined, string];

function applyShapes(reader: SentenceReader, rules: readonly ShapeRule[], add: (kind: TradeoffKind, span: [number, number], key: string) => void): void {
  for (const [kind, rule, key] of rules) {
    const span = rule(reader);
    if (span !== undefined) add(kind, span, key);
  }
}

// In the order their findings are listed (the first ones are quoted).
const SHAPES_BEFORE_SHARES: readonly ShapeRule[] = [
  ['reason', openingPurpose, 'purpose first'],
  ['cost', givingUpAsSubject, 'given up'],
  ['cost', goodwillSpent, 'goodwill'],
  ['alternative', temptingCourse, 'tempting'],
  ['alternative', othersSuggestion, 'suggestion'],
  ['alternative', usualCourseRefused, 'usual course refused'],
  ['alternative', (reader) => pickedOneOfSeveral(reader) ?? optionTakenUp(reader), 'one of several'],
  ['guardrail', (reader) => heldUntil(reader) ?? notUntil(reader) ?? verifiedBefore(reader) ?? gatedOnConfirmation(reader) ?? exitCriterion(reader) ?? ruleSet(reader) ?? onlyThen(reader) ?? restrictionWithPurpose(reader), 'held until'],
  // "I had my manager review the contract", "asked a colleague to check", "ran it past the head of year": a second pair
  // of eyes the speaker brought in.
  ['guardrail', (reader) => secondPairOfEyes(reader) ?? sampledCheck(reader), 'second review'],
  ['guardrail', (reader) => testWithTerms(reader) ?? triedOnAFew(reader) ?? testedFirst(reader) ?? reviewAfterPeriod(reader) ?? agreedToTry(reader) ?? reviewDueAfter(reader), 'pilot'],
  ['guardrail', (reader) => actionAtThreshold(reader) ?? timeBoxedAsk(reader) ?? checkedItHeld(reader) ?? revertIf(reader), 'threshold'],
  ['guardrail', (reader) => partThenRest(reader) ?? firstOnlyFew(reader) ?? onlyWhereNeeded(reader) ?? oldWayKept(reader) ?? oneFirst(reader), 'limited scope'],
  ['guardrail', (reader) => keptRunningInCase(reader) ?? securedInCase(reader) ?? keptUntilItHolds(reader), 'kept running'],
  ['guardrail', (reader) => checkedAtFirst(reader) ?? reviewOfTheirWork(reader), 'second review'],
  ['guardrail', (reader) => protectiveStep(reader) ?? conditionSet(reader) ?? concernMet(reader), 'protective step'],
  ['guardrail', (reader) => wayBackIf(reader) ?? fallbackIf(reader) ?? ruleForExceptions(reader) ?? leftThemAWayToStop(reader) ?? optOutLeft(reader) ?? keptForWhoeverWants(reader), 'way back'],
  ['guardrail', (reader) => latestBy(reader) ?? limitedTwice(reader) ?? splitBet(reader) ?? reserveKept(reader), 'limit set'],
  ['guardrail', (reader) => stopIf(reader) ?? switchOffLeft(reader) ?? promisedWayBack(reader), 'way back'],
  ['reason', worthMore, 'worth'],
];
const COSTS_BY_SHAPE: readonly ShapeRule[] = [
  ['cost', (reader) => putOff(reader) ?? letFallBehind(reader), 'deferral'],
  ['cost', tookLess, 'less taken'],
  ['cost', (reader) => consequenceCost(reader) ?? plainPrice(reader) ?? projectedTimePrice(reader) ?? timePerPeriod(reader), 'consequence cost'],
  ['cost', acceptedDelay, 'delay accepted'],
  ['cost', (reader) => stepsPrice(reader) ?? worseThanTheOther(reader) ?? notFree(reader) ?? chosenThingCost(reader), 'price of the step'],
  ['cost', (reader) => answeredForIt(reader) ?? timesThePrice(reader) ?? multipliedOurs(reader) ?? moneyAtRisk(reader), 'answered for'],
  ['cost', (reader) => madeItWorse(reader) ?? leftWorse(reader), 'made worse'],
  ['cost', priceFeltHeavy, 'heavy price'],
  ['cost', (reader) => warnedOfDownside(reader) ?? surchargePaid(reader) ?? stepCostExtra(reader) ?? extraPerPeriod(reader) ?? paidMoreThanUsual(reader) ?? overTheUsualPrice(reader) ?? setBack(reader) ?? paidFrom(reader) ?? paidOutOfOwn(reader) ?? overBudget(reader) ?? overPlan(reader) ?? takenFromElsewhere(reader), 'price told'],
  ['cost', (reader) => incomeForgone(reader) ?? leftUntaken(reader) ?? lossDisliked(reader) ?? lossRegretted(reader) ?? priceWorn(reader), 'price told'],
  ['cost', (reader) => incomeEnded(reader) ?? unpaidLeave(reader) ?? costForeseen(reader), 'price told'],
  ['cost', (reader) => dipAccepted(reader) ?? displeasureAtStep(reader) ?? ownMoney(reader) ?? ownEarningsFell(reader) ?? disagreedThenCommitted(reader) ?? ownCourseYielded(reader) ?? takenKnowing(reader) ?? gainGivenBack(reader), 'price told'],
  ['cost', (reader) => agreedToPart(reader) ?? concededPart(reader), 'compromise'],
  ['cost', (reader) => unpopularStep(reader) ?? stepDisliked(reader) ?? stepDislikedAfterWhich(reader) ?? objectionsWeathered(reader) ?? paidForIt(reader) ?? livedWithIt(reader) ?? acceptedInNoteStyle(reader) ?? whichAddsTime(reader) ?? pricedThenDecided(reader), 'price told'],
  ['cost', priceInNotes, 'price in notes'],
];
const SHAPES_AFTER_HEADING: readonly ShapeRule[] = [
  ['alternative', waitingRuledOut, 'waiting ruled out'],
  ['alternative', betterButCourse, 'better but'],
  ['cost', worseButCourse, 'worse but'],
  ['guardrail', lineNotCrossed, 'line not crossed'],
  ['alternative', (reader) => openOption(reader) ?? optionsAfterChoice(reader), 'could'],
  ['alternative', (reader) => expectedCourseSetAside(reader) ?? easyOptionSetAside(reader) ?? proposalOnTable(reader), 'expected course'],
  ['alternative', (reader) => refusalWithReason(reader) ?? refusedProposal(reader) ?? keptOwnAgainstProposal(reader) ?? arguedAgainstProposal(reader) ?? optionNamed(reader) ?? offerSetAside(reader) ?? quotedOption(reader) ?? proposedThenPriced(reader), 'refused'],
  ['alternative', (reader) => notDoneWithReason(reader) ?? thisNotThat(reader) ?? whatWasNotDone(reader) ?? possibleButSetAside(reader) ?? notDoneThoughPressed(reader) ?? againstWhatTheyAsked(reader) ?? choiceOverMine(reader) ?? notWhatIAskedFor(reader), 'course set aside'],
  ['reason', optionPriceAsReason, 'price of the option'],
  ['alternative', (reader) => notByCourse(reader) ?? ownAlternative(reader) ?? triedFirstAndDropped(reader), 'course set aside'],
  ['alternative', (reader) => choiceAnnounced(reader) ?? appealThenPrice(reader) ?? whatEveryoneDid(reader) ?? bothOptionsLaidOut(reader), 'choice told'],
];

/**
 * "We could not wait 14 weeks, so I...", "I couldn't wait that long with people getting hurt": waiting for the proper
 * fix was the option weighed, and set aside.
 */
const CANNOT = new Set(["couldn't", "can't", 'cannot']);

function waitingRuledOut(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  const refusedNow = notWaitingNow(reader);
  if (refusedNow !== undefined) return refusedNow;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (reader.lower(k) !== 'wait' && !(reader.lower(k) === 'afford' && reader.lower(k + 1) === 'to' && reader.lower(k + 2) === 'wait')) continue;
    // "I wasn't going to wait two days for a decision", "was not prepared to wait": waiting refused.
    const refusedAt = refusedToWait(reader, k);
    if (refusedAt !== undefined && reader.agentBefore(refusedAt)) return reader.span(refusedAt, 7, k + 1);
    const negation = reader.lower(k - 1);
    const cannot = CANNOT.has(negation) || (negation === 'not' && (reader.lower(k - 2) === 'could' || reader.lower(k - 2) === 'can'));
    if (!cannot || !reader.anyIn(Math.max(0, k - 4), k, (t) => AGENTS.has(t.lower))) continue;
    return reader.span(Math.max(0, k - 3), 8);
  }
  return undefined;
}

/** "At 20% I said, right, we're not waiting": waiting refused in the present, as it is said on the spot. */
function notWaitingNow(reader: SentenceReader): [number, number] | undefined {
  const at = reader.tokens.findIndex((t, k) => t.lower === 'waiting' && reader.lower(k - 1) === 'not' && PRESENT_SELF.has(reader.lower(k - 2)));
  return at < 2 ? undefined : reader.span(at - 2, 6);
}

/** Where "wasn't going to" (or "was not willing to", "wasn't prepared to") before the "wait" at `k` starts, if it does. */
function refusedToWait(reader: SentenceReader, k: number): number | undefined {
  if (reader.lower(k - 1) !== 'to' || !WILLING.has(reader.lower(k - 2))) return undefined;
  if (reader.lower(k - 3) === "wasn't") return k - 3;
  return reader.lower(k - 3) === 'not' && reader.lower(k - 4) === 'was' ? k - 4 : undefined;
}

const WILLING = new Set(['going', 'willing', 'prepared']);
/** "we're", "I'm": the speaker in the present, refusing to wait on the spot. */
const PRESENT_SELF = new Set(["we're", "i'm"]);

/**
 * Headings an answer in Slack's note style puts before a line ("Guardrail: if shelves were under half by 11am, we
 * went back to one big batch"): the line is what the heading says it is.
 */
const HEADINGS: ReadonlyMap<string, TradeoffKind> = new Map([
  ...['guardrail', 'guardrails', 'safeguard', 'safeguards', 'mitigation', 'fallback', 'rollback plan', 'kill switch', 'safety net', 'risk control', 'how i limited the risk'].map((h) => [h, 'guardrail'] as const),
  ...['cost', 'costs', 'trade-off', 'trade off', 'tradeoff', 'downside', 'what i gave up', 'the price', 'price', 'sacrifice', 'bigger cost', 'the cost', 'the real cost', 'main cost', 'hidden cost', 'the catch'].map(
    (h) => [h, 'cost'] as const,
  ),
  ...['alternative', 'alternatives', 'options', 'options considered', 'alternatives considered', 'what i rejected', 'rejected', 'choice', 'the choice', 'options i weighed', 'options weighed', 'my options', 'the options'].map(
    (h) => [h, 'alternative'] as const,
  ),
  ...['why', 'reason', 'reasons', 'rationale', 'my reasoning', 'the reasoning'].map((h) => [h, 'reason'] as const),
  ...['risk', 'risks', 'the risk', 'main risk'].map((h) => [h, 'risk'] as const),
]);

/** What follows "thought about" when no option is named. */
const THOUGHT_NOT_OPTION = new Set(['it', 'this', 'that', 'what', 'how', 'why', 'who', 'them', 'him', 'her', 'everything', 'all', 'me', 'us', 'my', 'the', 'their', 'his']);

/** Verbs of perceiving or being able that "I could" states as a fact, not as an option: "I could see", "I could tell". */
const PERCEIVING = stems(['see', 'tell', 'feel', 'hear', 'sense', 'understand', 'imagine', 'not', 'barely', 'hardly', 'never', 'no', 'only', 'afford', 'also']);

/**
 * "I could fix only this mapping and move on, but then...", "we could ask the agency for pickers, but": an option
 * told as open at the time and set aside with "but", in its sentence or opening the next. "so I could", "I could see"
 * and "I could not" are no option.
 */
function openOption(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (reader.lower(k) !== 'could' && reader.lower(k) !== 'can') continue;
    if (!AGENTS.has(reader.lower(k - 1)) || ['so', 'that'].includes(reader.lower(k - 2))) continue;
    const verb = tokens[k + 1] as Token;
    // "I could spread the group across two clinics": a verb whose base form is also its past is still an option.
    const past = isPastOrParticiple(verb) && !SAME_FORM_VERBS.has(verb.lower);
    if (verb.kind !== 'word' || verb.lower === 'have' || PERCEIVING.has(verb.stem) || past || isGerund(verb)) continue;
    const but = tokens.findIndex((t, i) => i > k + 2 && i < k + 16 && t.lower === 'but');
    if (but > 0) return [k - 1, but];
    // "I could tune it and take the money. But the girl would practise on a piano that goes flat.": set aside in the
    // sentence after.
    if (SETTING_ASIDE.has(reader.nextOpening[0]?.lower ?? '')) return [k - 1, Math.min(tokens.length, k + 12)];
    // "I could wait for the engineer, which was safer, or recalibrate it myself": two courses open at the time, the
    // first sometimes with its own clause ("I could roll back the whole change, which would have reopened a gap, or").
    // "twenty or thirty" is an amount; "issue level 3, or go to level 4" sets a course after a comma.
    const or = tokens.findIndex((t, i) => i > k + 2 && i < k + 24 && orOpensCourse(reader, i) && (!isNumberToken(tokens[i - 1]) || reader.gapAfter(i - 1).includes(',')));
    if (or > 0) return [k - 1, Math.min(tokens.length, or + 4)];
  }
  return undefined;
}

/** Openers of a sentence that set aside the option told before it ("so" would take it). */
const SETTING_ASIDE = new Set(['but', 'however']);

/** Nouns that announce a choice to be made: "I had a choice.", "We faced a decision:". */
const CHOICE_NOUNS = stems(['choice', 'choices', 'decision', 'options', 'option', 'dilemma']);
const HAVING = new Set(['had', 'faced', 'was', 'were', 'have', 'face', 'made']);

/**
 * "So I had a choice. Keep quiet, and nobody would have known, or tell him and risk a disciplinary.": the options,
 * set out with "or" in the sentence after the choice was announced.
 */
function optionsAfterChoice(reader: SentenceReader): [number, number] | undefined {
  // "Two options. Wait, and cancel the first trams. Or fit a temporary clamp.": the second course opens its sentence.
  if (reader.optionsSetOut && orOpensCourse(reader, 0)) return reader.span(0, 8);
  const before = reader.previous;
  if (before.length === 0 || before.length > 10) return undefined;
  const announced = countsOptions(before) || before.some((t, i) => CHOICE_NOUNS.has(t.stem) && before.slice(Math.max(0, i - 3), i).some((b) => HAVING.has(b.lower)));
  if (!announced) return undefined;
  const or = reader.tokens.findIndex((_, i) => i > 1 && orOpensCourse(reader, i));
  return or > 0 ? [0, Math.min(reader.tokens.length, or + 4)] : undefined;
}

const NOT_A_COURSE = new Set(['so', 'more', 'less', 'two', 'something', 'anything', 'not', 'even', 'other', 'else']);
const SAME_FORM_VERBS = new Set(['set', 'reset', 'put', 'cut', 'let', 'shut', 'run', 'hit', 'spread', 'split', 'quit', 'cast', 'bet', 'send', 'shed', 'hurt', 'read', 'upset', 'bid']);

/** After "or": a course of action ("or recalibrate it"), not an amount ("twenty or thirty") or a thing ("or the office"). */
function secondCourse(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  if (DETERMINERS.has(token.lower) || NUMBER_WORDS.has(token.lower) || PERSONAL_PRONOUNS.has(token.lower) || NOT_A_COURSE.has(token.lower)) return false;
  // "or set one up myself": verbs whose base form is also their past.
  if (SAME_FORM_VERBS.has(token.lower)) return true;
  return !isPastOrParticiple(token) && !isGerund(token) && !token.lower.endsWith('s');
}

/** "three options", "two quotes", "both choices": options counted. */
function countsOptions(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => ENUMERATORS.has(t.lower) && t.lower !== 'other' && t.lower !== 'another' && OPTION_NOUNS.has(tokens[i + 1]?.stem ?? ''));
}

/**
 * After options were counted: "Routing everything the long way added 2.4 miles a trip" (one of them, named by its
 * gerund, with what it would cost), and "cost far less, so I chose that" (the pick).
 */
function optionTakenUp(reader: SentenceReader): [number, number] | undefined {
  if (!reader.optionsSetOut) return undefined;
  const tokens = reader.tokens;
  if (isGerund(tokens[0]) && reader.anyIn(1, Math.min(tokens.length, 8), (t) => PRICED.has(t.lower))) return reader.span(0, 10);
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!PICKING.has(reader.lower(k)) || !AGENTS.has(reader.lower(k - 1))) continue;
    if (CHOICE_PRONOUNS.has(reader.lower(k + 1))) return reader.span(Math.max(0, k - 1), 4);
    // "Or fit a temporary clamp from the van kit. I chose the clamp.": the option just named, taken.
    const named = reader.token(k + 2);
    if (reader.lower(k + 1) === 'the' && named !== undefined && named.kind === 'word' && reader.previous.some((t) => t.stem === named.stem)) return reader.span(k - 1, 4);
  }
  return undefined;
}

/** Verbs that price one of the options; "cost" itself is read as the price of the course taken (costVerb). */
const PRICED = new Set(['added', 'meant', 'took', 'needed', 'would', 'was', 'needs', 'adds']);

/**
 * "I chose the expensive one", "we went with the second one", "I picked the slower one": one of the options named
 * before, taken by the speaker, which sets it against the rest.
 */
function pickedOneOfSeveral(reader: SentenceReader): [number, number] | undefined {
  // The options set out before the pick: counted ("two had a tent free", "both quotes") or named as options.
  const setsOut = (t: Token) => ENUMERATORS.has(t.lower) || OPTION_NOUNS.has(t.stem);
  for (let k = 1; k < reader.tokens.length - 2; k++) {
    const verb = reader.token(k) as Token;
    if (!PICKING.has(verb.lower) || !AGENTS.has(reader.lower(k - 1))) continue;
    const at = ['with', 'for'].includes(reader.lower(k + 1)) ? k + 2 : k + 1;
    if (reader.lower(at) !== 'the' || reader.lower(at + 2) !== 'one') continue;
    // "I bought the cheapest one I could find": the first that would do, found, not set against the others.
    if (AGENTS.has(reader.lower(at + 3)) && ['could', 'can'].includes(reader.lower(at + 4)) && FINDING.has(reader.lower(at + 5))) continue;
    return reader.previous.some(setsOut) || reader.tokens.some(setsOut) ? reader.span(k - 1, 5) : undefined;
  }
  return undefined;
}

const PICKING = new Set(['chose', 'picked', 'took', 'went', 'booked', 'hired', 'ordered', 'bought', 'opted']);
const FINDING = new Set(['find', 'get', 'afford', 'source']);

/** "whether to wait or switch", "we could either patch or replace": a choice between two courses, not "either way". */
function setsCoursesApart(reader: SentenceReader, hit: PhraseHit<Marker>): boolean {
  const or = reader.firstIn(hit.to + 1, hit.to + 13, (t) => t.lower === 'or');
  // "whether to spend the money on a big job or not": one course and its absence, no second course named.
  if (or < 0 || reader.lower(or + 1) === 'not') return false;
  if (hit.key !== 'either') return true;
  // "asked for either a 3-month overlap or a contract clause": two courses put forward for someone else to pick.
  return reader.anyIn(Math.max(0, hit.from - 2), hit.from, (t) => MODALS.has(t.lower) || t.lower === 'can' || BETWEEN_VERBS.has(t.stem) || REQUESTING.has(t.stem));
}

const CONSEQUENCE_OPENERS = new Set(['it', 'this', 'that']);
/** Verbs that put options to someone else: "asked for either ... or ...", "offered either ... or ...". */
const REQUESTING = stems(['asked', 'requested', 'proposed', 'offered', 'suggested', 'for']);
/** Verbs by which a choice cost something: "That cut the saving", "It slowed the fill". */
const COSTING = stems(['cut', 'reduced', 'lowered', 'cost', 'lost', 'delayed', 'slowed', 'shrank', 'halved', 'added']);

/** "That cut the saving to £205k but kept a second source qualified": the index of the "but", or undefined. */
function costThenGain(reader: SentenceReader): number | undefined {
  if (!CONSEQUENCE_OPENERS.has(reader.lower(0)) || !COSTING.has(reader.token(1)?.stem ?? '')) return undefined;
  for (let k = 3; k < Math.min(reader.tokens.length - 1, 16); k++) {
    if (reader.lower(k) === 'but' && BOUGHT.has(reader.token(k + 1)?.stem ?? '')) return k;
  }
  return undefined;
}
/** What a choice buys, said of it in the next sentence. */
const BOUGHT = stems(['kept', 'avoided', 'saved', 'protected', 'let', 'gave', 'freed', 'allowed', 'bought', 'prevented', 'spared', 'meant', 'ensured', 'preserved']);
/** Words that open a sentence drawn from the one before: "So I chose...", "That's why we...". */
const DRAWN_FROM_BEFORE = new Set(['so', 'therefore', 'hence', 'thus', 'consequently', "that's", 'for', 'given']);

/** "It was cheaper", "It was more expensive but far more reliable": the option chosen, compared. */
function comparedFavourably(reader: SentenceReader): boolean {
  const verb = reader.lower(1);
  if (verb !== 'was' && verb !== 'is' && verb !== "'s") return false;
  const next = reader.token(2);
  const after = reader.token(3);
  return next !== undefined && (next.lower === 'more' || next.lower === 'less' || (next.lower.endsWith('er') && next.lower.length > 4) || (isAdverb(next) && after !== undefined && after.lower.endsWith('er')));
}

/** "at 5:40", "17:00": a colon between two figures is a time of day, not a clause that explains. */
function clockTime(reader: SentenceReader, k: number): boolean {
  return reader.gapAfter(k) === ':' && reader.token(k)?.kind === 'number' && reader.token(k + 1)?.kind === 'number';
}

const PURPOSE_MODALS = new Set(['could', 'would', 'can', 'might', 'will', "wouldn't", "couldn't", "won't", "can't", "we'd", "they'd", "i'd", "didn't"]);

function purposeAfterSo(reader: SentenceReader, at: number): boolean {
  // "just so the guests weren't paying for it" is a purpose whatever the verb.
  if (reader.lower(at - 1) === 'just' && reader.token(at + 1)?.kind === 'word') return true;
  for (let k = at + 1; k <= Math.min(reader.tokens.length - 1, at + 5); k++) {
    const word = reader.lower(k);
    if (PURPOSE_MODALS.has(word)) return true;
    if (word === 'had' && reader.lower(k + 1) === 'to' && reader.lower(k - 1) === 'nobody') return true;
    // "so she looked open from the street", "so the crews stayed dry": the state the choice bought someone else.
    if (STATE_BOUGHT.has(word) && k > at + 1 && !AGENTS.has(reader.lower(at + 1)) && reader.anyIn(0, at, (t) => AGENTS.has(t.lower))) return true;
    if (isPastOrParticiple(reader.token(k)) && k > at + 1) return false;
  }
  return false;
}

const STATE_BOUGHT = new Set(['looked', 'stayed', 'remained', 'felt', 'seemed']);

const DEFERRING = stems(['moved', 'move', 'pushed', 'push', 'shifted', 'shift', 'bumped', 'bump', 'left', 'leave', 'saved', 'save', 'kept', 'keep', 'parked', 'park', 'held', 'hold']);

const UNEASY = new Set(['easy', 'nice', 'fun', 'pleasant', 'comfortable', 'popular']);
const REMIT = stems(['remit', 'job', 'role', 'responsibility', 'area', 'department', 'problem']);

/** "even though it was slower", "although it meant a week's delay": the speaker concedes what the choice cost. */
/** Troubles named without saying what they were: "some difficulties", "a few problems", "challenges". */
const VAGUE_TROUBLES = stems(['difficulty', 'difficulties', 'problem', 'problems', 'challenge', 'challenges', 'issue', 'issues', 'trouble', 'inconvenience', 'hardship', 'sacrifices']);

function vagueTrouble(reader: SentenceReader, at: number): boolean {
  const k = ['some', 'a', 'few', 'certain', 'short', 'term'].includes(reader.lower(at)) ? (reader.lower(at + 1) === 'few' ? at + 2 : at + 1) : at;
  return VAGUE_TROUBLES.has(reader.token(k)?.stem ?? '');
}

/**
 * "knowing the Dubai roast might slip", "knowing some regulars could walk": after "knowing", something of the story's
 * that may go worse for the course taken, which the speaker took on.
 */
function mightGoWorse(reader: SentenceReader, at: number): boolean {
  const modal = reader.firstIn(at, at + KNOWN_SUBJECT_REACH, (t) => RISK_MODALS.has(t.lower));
  if (modal <= at) return false;
  // "knowing that area would finish a day later": the time the step cost the rest, told as what would follow.
  const lateBy = reader.anyIn(modal + 2, Math.min(reader.tokens.length - 2, modal + 6), (t) => isDuration(reader, t.index) && LATER.has(reader.lower(t.index + 2)));
  // "knowing it could trigger a £3,200 penalty": what the step might bring on, named after its verb.
  const badTurn = reader.anyIn(modal + 2, Math.min(reader.tokens.length, modal + 6), (t) => BAD_TURNS.has(t.stem));
  return GOING_WORSE.has(reader.token(modal + 1)?.stem ?? '') || lateBy || badTurn;
}

const LATER = new Set(['later', 'late', 'longer', 'behind']);

const RISK_MODALS = new Set(['might', 'could', 'would', 'may']);
/** The speaker's choice told at the start of a sentence: "I chose", "I decided", "I opted". */
const CHOOSING_NEXT = new Set(['chose', 'decided', 'opted', 'picked', 'preferred']);
/** What a step might bring on, after "knowing it could": "trigger a £3,200 penalty", "mean a complaint". */
const BAD_TURNS = stems(['penalty', 'fine', 'loss', 'complaint', 'claim', 'delay', 'backlash', 'refund', 'strike']);
const GOING_WORSE = stems(['slip', 'suffer', 'fall', 'drop', 'lose', 'miss', 'fail', 'walk', 'leave', 'complain', 'upset', 'anger', 'annoy', 'hurt', 'stall', 'slide']);
/** How many words the subject after "knowing" may take: "knowing the Dubai export roast might". */
const KNOWN_SUBJECT_REACH = 6;

const A_OR_AN = new Set(['a', 'an']);
const DELAYS = new Set(['delay', 'wait', 'setback', 'slip', 'hold']);
const WAITING_VERBS = new Set(['wait', 'queue', 'go', 'do', 'manage', 'cope', 'drive', 'travel', 'stay', 'pay', 'work']);

/**
 * "I moved two staff to the tax-free counter, even though the cosmetics counter became busier": something of the
 * speaker's side, named with its article, made worse by their step.
 */
function madeWorseByStep(reader: SentenceReader, at: number): boolean {
  if (!reader.agentBefore(at, 20)) return false;
  const verb = reader.firstIn(at + 1, Math.min(reader.tokens.length - 1, at + 5), (t) => BECAME.has(t.lower));
  return verb > 0 && WORSE_COMPARATIVES.has(reader.lower(verb + 1));
}

const STAYED = new Set(['stayed', 'remained']);
const STILL_COSTLY = new Set(['slow', 'slower', 'manual', 'expensive', 'costly', 'dear', 'hard', 'painful', 'tedious']);

function concedesCost(reader: SentenceReader, at: number): boolean {
  // "even if it meant some difficulties in the short term": a price nobody could name is no price told.
  if (['meant', 'means', 'mean'].includes(reader.lower(at + 1)) && vagueTrouble(reader, at + 2)) return false;
  // "even though coins mean me emptying the box twice a week": a thing of the choice named, then what it costs.
  if (reader.token(at)?.kind === 'word' && ['mean', 'meant', 'means'].includes(reader.lower(at + 1)) && !DETERMINERS.has(reader.lower(at))) return true;
  // "even though each pit cost about twice as much", "although the new route took longer": a thing of the choice, priced.
  for (let k = at + 1; k < Math.min(reader.tokens.length - 1, at + 4); k++) {
    if (!['cost', 'costs', 'took', 'meant', 'added'].includes(reader.lower(k))) continue;
    if (reader.anyIn(at, k, (t) => t.kind !== 'word' || isPastOrParticiple(t) || AGENTS.has(t.lower))) break;
    if (amountFollows(reader, k + 1) || ['longer', 'more', 'extra', 'twice', 'double'].includes(reader.lower(k + 1)) || APPROXIMATELY.has(reader.lower(k + 1))) return true;
  }
  const subject = reader.lower(at);
  // "..., even though those stayed slow": what the course left as it was, and costly.
  if (STAYED.has(reader.lower(at + 1)) && STILL_COSTLY.has(reader.lower(at + 2))) return true;
  if (DETERMINERS.has(subject) && madeWorseByStep(reader, at)) return true;
  // "even though that stock was held for new installations and two new clients had to wait three extra days": someone
  // kept waiting by the step, in the clause it concedes.
  if (reader.agentBefore(at, 20) && reader.anyIn(at, reader.clauseOf(at)[1], (t) => t.lower === 'had' && reader.lower(t.index + 1) === 'to' && WAITING_VERBS.has(reader.lower(t.index + 2)))) return true;
  if (!['it', 'this', 'that', 'we', 'i', 'doing', 'they'].includes(subject)) return false;
  const verb = reader.lower(at + 1);
  const next = reader.token(at + 2);
  if (['meant', 'cost', 'took', 'added', 'slowed', 'delayed', 'lost', 'gave'].includes(verb)) return !(subject === 'i' || subject === 'we') || verb !== 'took';
  // "knowing it would be noisier": the comparison comes after "be".
  if (verb === 'would' && next?.lower === 'be') {
    const after = reader.lower(at + 3);
    return (after.endsWith('er') && after.length > 4) || after === 'more' || after === 'less';
  }
  // "Even though it wasn't strictly part of our remit": whose job it was, not what the choice cost.
  if (reader.anyIn(at, reader.clauseOf(at)[1], (t) => REMIT.has(t.stem))) return false;
  // "even though it was not an easy conversation": how hard it felt, not what the choice cost.
  const described = ['a', 'an'].includes(reader.lower(at + 3)) ? reader.lower(at + 4) : reader.lower(at + 3);
  if (verb === 'was' && next?.lower === 'not' && UNEASY.has(described)) return false;
  // "knowing it only hides the weak supply and does not fix it": what the choice leaves undone.
  if (['it', 'this', 'that', 'doing'].includes(subject) && reader.anyIn(at + 1, Math.min(reader.tokens.length, at + 7), (t) => t.lower === 'only' || t.lower === 'not' || t.lower.endsWith("n't"))) return true;
  // "even though it was slower", "although it would take longer": a comparison that counts against the choice.
  return (verb === 'was' || verb === 'would') && next !== undefined && (next.lower.endsWith('er') || ['less', 'more', 'take', 'mean', 'cost', 'not', 'need', 'slow', 'delay', 'add', 'require', 'push', 'eat', 'lose', 'hurt', 'set'].includes(next.lower));
}

/** Someone else wanted one course, "but I proposed" another: two options set against each other in one sentence. */
// "IT offered to loosen the matching rule, but that could post marks to the wrong student": an offer turned down.
const WANTING = stems(['wanted', 'planned', 'asked', 'expected', 'suggested', 'proposed', 'preferred', 'insisted', 'pushed', 'favoured', 'favored', 'reckoned', 'offered']);
const ARGUING = new Set(['argued', 'proposed', 'suggested', 'pushed', 'said', 'insisted', 'recommended']);
const PROPOSING_VERBS = stems(['proposed', 'suggested', 'recommended', 'pushed', 'argued', 'offered', 'pitched', 'chose', 'picked', 'went', 'decided', 'opted', 'convinced']);

function counterProposal(reader: SentenceReader, at: number): boolean {
  const verb = reader.token(at + 2);
  if (verb === undefined || !PROPOSING_VERBS.has(verb.stem)) return false;
  // The other course is someone else's: "the client wanted a discount, but I offered a longer term".
  for (let k = at - 1; k >= Math.max(0, at - 10); k--) {
    const token = reader.token(k) as Token;
    if (WANTING.has(token.stem) && !AGENTS.has(reader.lower(k - 1))) return true;
  }
  return false;
}

/** "instead of raising the timeout", "rather than a discount": an action with something to act on, or an option. */
function contrastsOptions(reader: SentenceReader, at: number): boolean {
  // "instead of just talking about it": the adverb only stresses what follows.
  if (['just', 'simply', 'merely', 'only'].includes(reader.lower(at))) at += 1;
  const next = reader.token(at);
  if (next === undefined || next.kind === 'arrow') return false;
  // "three weeks ahead instead of a few days", "2.5 hours instead of a full day": outcomes compared, not options.
  if (isQuantity(reader, at)) return false;
  // "a summary in words instead of tables", "by phone rather than email": the form something took, not an option weighed.
  if (isMedium(reader, at)) return false;
  // "The goal was to get customers to use the web instead of calling": the state wished for, not an option weighed.
  if (reader.anyIn(reader.clauseOf(at)[0], at, (t) => GOAL_NOUNS.has(t.stem))) return false;
  if (isConduct(reader, next.index)) {
    // "Rather than blaming their team and going straight to litigation": the conduct named first, then a real course.
    const and = [at + 2, at + 3].find((i) => reader.lower(i) === 'and' && isGerund(reader.token(i + 1)));
    return and !== undefined && !isConduct(reader, and + 1);
  }
  if (PERSONAL_PRONOUNS.has(next.lower)) return false;
  // "rather than just accepting it", "instead of leaving it": the state of things, which nobody weighs as an option.
  if (STATUS_QUO.has(next.lower) && REFERENTS_AFTER.has(reader.lower(at + 1))) return false;
  // "to be ahead of that rather than behind it": a place, not a course.
  if (POSITIONS.has(next.lower)) return false;
  // "What I learned is to look at trends rather than just individual cases": the lesson's stance, not an option.
  if (reader.anyIn(0, Math.min(at, 4), (t) => LESSON_OPENERS.has(t.lower))) return false;
  // "I check the timesheets myself now rather than waiting to be told": a habit kept since, which is the lesson.
  if (reader.facts.voice.iHabits.length > 0) return false;
  // "treated him like a person rather than a number", "as a partner instead of a supplier": how someone was seen.
  if (['like', 'as'].includes(reader.lower(at - 5)) && ['a', 'an'].includes(reader.lower(at - 4))) return false;
  // "with me as checker rather than doer": a role someone took, not an option weighed.
  if (['like', 'as'].includes(reader.lower(at - 4)) && reader.token(at - 3)?.kind === 'word' && !isGerund(reader.token(at - 3))) return false;
  // "I always try to see the bigger picture rather than the problem in front of me", "I learned to measure the waiting
  // rather than the working": a stance or a lesson the speaker holds, not an option weighed in the story.
  if (reader.anyIn(reader.clauseOf(at)[0], at, (t) => STANCE_WORDS.has(t.lower))) return false;
  // "Every student is different and you have to adapt to them rather than expecting them to adapt to you": a maxim
  // told to anyone, not an option the speaker weighed.
  if (!reader.anyIn(0, at, (t) => AGENTS.has(t.lower)) && reader.anyIn(0, at, (t) => t.lower === 'you' && MAXIM_MODALS.has(reader.lower(t.index + 1)))) return false;
  // "we try to repair and reuse wherever we can rather than buying new": what the team always aims at.
  if (reader.anyIn(0, at, (t) => t.lower === 'try' && AGENTS.has(reader.lower(t.index - 1)) && reader.lower(t.index + 1) === 'to')) return false;
  // "I like to get to the bottom of things rather than accept the first answer": a disposition, not a choice made.
  if (reader.anyIn(reader.clauseOf(at)[0], at, (t) => t.lower === 'like' && reader.lower(t.index + 1) === 'to' && AGENTS.has(reader.lower(t.index - 1)))) return false;
  // "instead of patching it" is an action on something; "rather than blaming anyone" aims at people at large.
  // "instead of waiting around", "rather than standing about": idling, which nobody weighs as an option.
  if (isGerund(next)) return !ANYONE.has(reader.lower(at + 1)) && !['up', 'around', 'about', 'there'].includes(reader.lower(at + 1));
  return true;
}

const GOING = new Set(['went', 'go', 'going', 'goes', 'gone', 'looked', 'look', 'looking', 'read', 'talked', 'talk', 'ran', 'run']);
/** "you have to", "you should": a rule for anyone. */
const MAXIM_MODALS = new Set(['have', 'need', 'should', 'must', 'ought', 'can', "can't", 'cannot', 'always', 'never', 'got']);
const STATUS_QUO = new Set(['accepting', 'accept', 'leaving', 'leave', 'tolerating', 'living', 'letting', 'putting']);
const REFERENTS_AFTER = new Set(['it', 'that', 'this', 'things', 'them', 'with']);
const POSITIONS = new Set(['behind', 'ahead', 'above', 'below', 'inside', 'outside', 'underneath']);
const LESSON_OPENERS = new Set(['learned', 'learnt', 'lesson', 'takeaway', 'taught']);

/** Words of a habit or a lesson: "I always try to", "I'm trying to", "I learned to", "I tend to"; not "decided to try X instead". */
const STANCE_WORDS = new Set(['always', 'trying', 'learned', 'learnt', 'tend', 'habit']);

/** "so instead I ...", "... and own the reviews instead": the speaker or team acts in place of something else. */
function bareInstead(reader: SentenceReader, at: number): boolean {
  const [start, end] = reader.clauseOf(at);
  if (reader.anyIn(start, end, (t) => CONDUCT.has(t.stem) && isGerund(t))) return false;
  if (reader.anyIn(Math.max(0, at - 10), Math.min(reader.tokens.length, at + 4), (t) => AGENTS.has(t.lower))) return true;
  // "I proposed staying in the hall and raising the £540 from a local business instead": a longer counter-proposal.
  // "I showed him the pit photos and offered two drops on the south side instead": the offer joined to the speaker's step.
  if (reader.anyIn(0, at, (t) => OFFERING.has(t.stem) && (AGENTS.has(reader.lower(t.index - 1)) || (reader.lower(t.index - 1) === 'and' && reader.agentBefore(t.index))))) return true;
  // "I told the firm to stop paying me to sit outside and bring a motion instead": the speaker's advice, in place of
  // the course they were on.
  if (reader.anyIn(0, at, (t) => ADVISING.has(t.stem) && AGENTS.has(reader.lower(t.index - 1)) && reader.anyIn(t.index + 1, Math.min(at, t.index + 5), (u) => u.lower === 'to'))) return true;
  // "Ready-packed bags cost £1.40 more per bag, so instead one person makes them": a course priced, then another.
  if (reader.lower(at - 1) === 'so' && reader.anyIn(0, at, (t) => PRICE_WORDS.has(t.lower))) return true;
  // A bullet note drops its subject ("• switched to the courier instead"); one with a subject of its own ("parents were
  // packing lunches instead") tells what others did, which is no option the speaker weighed.
  if (reader.facts.sentence.bullet !== true) return false;
  let first = start;
  while (LINKING.has(reader.lower(first))) first++;
  return first === at || isPastOrParticiple(reader.token(first)) || isGerund(reader.token(first)) || reader.lower(first) === 'instead';
}

function insteadSpan(reader: SentenceReader, at: number): [number, number] {
  const [start, end] = reader.clauseOf(at);
  // At the end of its clause "instead" points back at the action it qualifies; otherwise forward at what follows.
  if (end - at <= 1) return [Math.max(start, at - 6), at + 1];
  return [at, Math.min(end, at + 7)];
}

/** A choice verb earlier in the clause: "I chose A over B", "we picked the queue over running our own". */
function choiceVerbBefore(reader: SentenceReader, at: number): number {
  const [start] = reader.clauseOf(at);
  for (let k = at - 1; k >= Math.max(start, at - 10); k--) {
    const token = reader.token(k) as Token;
    if (CHOICE_VERBS.has(token.stem) || CHOICE_VERBS.has(token.lower)) {
      // "went with", "go with", "put X over Y": only with their particle or object.
      if (['went', 'go', 'going'].includes(token.lower) && reader.lower(k + 1) !== 'with' && reader.lower(k + 1) !== 'for') continue;
      // "a van parked with its back end over the rail": the back of something, not backing one thing over another.
      if (token.lower === 'back' && DETERMINERS.has(reader.lower(k - 1))) continue;
      return k;
    }
  }
  return -1;
}

/** "A", "B", "1", "2" after "option" or "plan": a label standing in for an option nobody described. */
function isLabel(reader: SentenceReader, at: number): boolean {
  return /^(?:a|b|c|d|1|2|3|4|one|two)$/.test(reader.lower(at)) && (reader.token(at)?.text ?? '') !== 'a';
}

/** Verbs that take "over" as their own particle: "took over running", "went over", "handed over". */
const OVER_PARTICLE_VERBS = stems(['took', 'take', 'taken', 'taking', 'handed', 'hand', 'looked', 'look', 'went', 'go', 'came', 'come', 'got', 'get', 'thought', 'think', 'mulled', 'talked', 'pored', 'ran', 'run', 'turned', 'passed', 'moved', 'gone']);

function actionOverAction(reader: SentenceReader, at: number): boolean {
  const next = reader.token(at + 1);
  if (!isGerund(next) || CONDUCT.has(next?.stem ?? '') || OVER_PARTICLE_VERBS.has(reader.token(at - 1)?.stem ?? '')) return false;
  return reader.agentBefore(at, 10);
}

function optionFollows(reader: SentenceReader, at: number): boolean {
  const next = reader.token(at);
  if (OPTION_NOUNS.has(next?.stem ?? '') && isLabel(reader, at + 1)) return false;
  if (next === undefined || next.kind === 'number' || OVER_NOT_OPTION.has(next.lower)) return false;
  const after = reader.token(at + 1);
  if (next.lower === 'the' && (after === undefined || OVER_NOT_OPTION.has(after.lower) || TIME_WORDS.has(after.stem))) return false;
  return !TIME_WORDS.has(next.stem);
}

/** "about balancing", "about finding the balance", "about striking a balance". */
function aboutWeighing(reader: SentenceReader, at: number): boolean {
  const before = reader.lower(at - 1) === 'the' || reader.lower(at - 1) === 'a' ? at - 2 : at - 1;
  return reader.lower(before) === 'about' || (reader.lower(before - 1) === 'about' && isGerund(reader.token(before)));
}

/** "weighed A against B", "weighed up whether", "weighed the risk": a choice, not a parcel on a scale. */
function weighsOptions(reader: SentenceReader, from: number, to: number): boolean {
  const [, end] = reader.clauseOf(from);
  if (reader.anyIn(to, Math.min(end, to + 12), (t) => t.lower === 'against' || t.lower === 'between')) return true;
  // "weighed up whether", "weighed the risk of": a named side; "weighed the options" names none.
  const k = reader.lower(to) === 'up' ? to + 1 : to;
  const next = reader.token(k);
  const after = reader.token(k + 1);
  return (next !== undefined && WEIGH_OBJECTS.has(next.stem)) || (next?.lower === 'the' && after !== undefined && WEIGH_OBJECTS.has(after.stem));
}

/** Comparing options ("two vendors", "a cache and a replica, and chose") rather than pieces of evidence. */
function comparesOptions(reader: SentenceReader, at: number): boolean {
  const [, end] = reader.clauseOf(at);
  if (reader.anyIn(at + 1, Math.min(end, at + 6), (t) => OPTION_NOUNS.has(t.stem))) return true;
  // A choice after the comparison; "went" and "going" choose only "with" or "for" something ("spreadsheets going back
  // and forth" chose nothing).
  return reader.anyIn(at + 2, Math.min(reader.tokens.length, at + 16), (t) => {
    if (!CHOICE_VERBS.has(t.stem) || t.lower === 'back' || t.lower === 'put') return false;
    // "found the laptops had picked up a newer driver": acquired, not chosen.
    if (reader.lower(t.index + 1) === 'up') return false;
    return !['go', 'went', 'going'].includes(t.lower) || ['with', 'for'].includes(reader.lower(t.index + 1));
  });
}

/**
 * "considered hiring a temp", "evaluated three vendors", "after considering two quotes, I chose", or considered
 * something and then did otherwise ("but", "instead"). "considered their feedback" weighs nothing.
 */
function considersOption(reader: SentenceReader, from: number, to: number): boolean {
  const leadIn = isGerund(reader.token(from)) && ['after', 'before', 'by', 'when', 'while'].includes(reader.lower(from - 1)) && reader.someoneActs();
  if (!leadIn && !reader.agentBefore(from, 4)) return false;
  // "I learned that it's valuable to look at trends rather than just individual cases": the lesson's stance.
  if (reader.anyIn(0, Math.min(from, 4), (t) => LESSON_OPENERS.has(t.lower))) return false;
  let k = to;
  while (isAdverb(reader.token(k))) k++;
  if (isGerund(reader.token(k))) return true;
  const [, end] = reader.clauseOf(from);
  // "evaluated three vendors", "considered two quotes"; "considered alternatives" names none.
  const counted = reader.token(to)?.kind === 'number' || ENUMERATORS.has(reader.lower(to)) || NUMBER_WORDS.has(reader.lower(to)) && reader.lower(to) !== 'a';
  if (counted) {
    for (let k = to; k < Math.min(end, to + 4); k++) if (OPTION_NOUNS.has(reader.token(k)?.stem ?? '')) return optionsNamed(reader, k + 1);
  }
  // The contrast may open the next sentence, or the next part of a long sentence split in two.
  return reader.anyIn(to, Math.min(reader.tokens.length, to + 14), (t) => t.lower === 'but' || t.lower === 'instead' || t.lower === 'rather') || reader.nextOpensContrast;
}

/** Words before "look" used as a noun: "had a look at", "took a closer look at", "a quick look at". */
const LOOK_NOUN_BEFORE = new Set(['a', 'quick', 'closer', 'close', 'good', 'proper', 'hard', 'first', 'second', 'fresh']);

/** The plan, idea or proposal disagreed with: "the fortnightly plan", "his idea to cut the walks", "cutting the walks". */
const PLAN_NOUNS = stems(['plan', 'idea', 'proposal', 'decision', 'approach', 'change', 'option', 'suggestion', 'move', 'cut', 'cuts', 'request', 'timeline', 'deadline', 'recommendation']);

function namesAPlan(reader: SentenceReader, at: number): boolean {
  if (isGerund(reader.token(at))) return true;
  if (reader.anyIn(at, Math.min(reader.tokens.length, at + 4), (t) => PLAN_NOUNS.has(t.stem))) return true;
  // "The notary wanted a €20 charge. ... I argued against the charge": the course someone wanted, named again.
  const noun = reader.lower(at) === 'the' ? reader.token(at + 1) : undefined;
  const wanted = noun !== undefined && noun.kind === 'word' ? reader.wantedAt.get(noun.stem) : undefined;
  return wanted !== undefined && wanted < reader.facts.sentence.index;
}

/** Stems of the words just after someone's "wanted" or "proposed" in `tokens`: "wanted a €20 charge" gives "charge". */
function wantedIn(tokens: readonly Token[]): string[] {
  return tokens.flatMap((t, i) => (WANTING.has(t.stem) ? tokens.slice(i + 1, i + 6).filter((w) => w.kind === 'word' && w.lower.length > 3).map((w) => w.stem) : []));
}

const WAY_PARTICLES = new Set(['through', 'forward', 'out', 'round', 'around']);
/** "a middle path", "a middle way", "middle ground": the course between two on the table. */
const MIDDLE_COURSES = new Set(['path', 'way', 'ground', 'route', 'option', 'road', 'course']);
const A_WAY = new Set(['a', 'an', 'another']);
const CREATING = stems(['found', 'devised', 'designed', 'built', 'developed', 'created', 'invented', 'worked', 'introduced', 'figured']);
const OFFERING = stems(['offered', 'proposed', 'suggested', 'pitched', 'presented', 'recommended']);
/** Verbs by which the speaker tells someone what to do: "told them to", "advised the client to". */
const ADVISING = stems(['told', 'advised', 'urged', 'asked']);
const PRICE_WORDS = new Set(['cost', 'costs', 'price', 'dearer', 'pricier', 'expensive']);

/**
 * An option named as one of several: "two options", "another option", "the alternative was", "the obvious fix was".
 * "various options" and "the only option" name none.
 */
function namesAnOption(reader: SentenceReader, from: number, to: number): boolean {
  const before = reader.token(from - 1);
  const beforeThat = reader.token(from - 2);
  // "Options were a softening plant, about 4 million rupees, or dosing an agent", "the options were: patch or replace":
  // the options named as such, then set side by side with "or".
  if (OPTIONS_NAMED.has(reader.lower(from)) && (before === undefined || OPTION_OWNERS.has(before.lower)) && (reader.lower(to) === 'were' || reader.lower(to) === 'are')) {
    return orIn(reader, to + 2, to + OPTION_LIST_REACH);
  }
  if (before === undefined) return false;
  // "I offered a way through: a narrower filing", "proposed a way forward": a course put against the one on the table.
  if (reader.lower(from) === 'way' && WAY_PARTICLES.has(reader.lower(to)) && A_WAY.has(before.lower) && OFFERING.has(beforeThat?.stem ?? '')) return true;
  // "I proposed a middle path", "we settled on middle ground".
  if (MIDDLE_COURSES.has(reader.lower(from)) && before.lower === 'middle' && reader.agentBefore(from, 6)) return true;
  if (SINGLE_OPTION.has(before.lower) || SINGLE_OPTION.has(beforeThat?.lower ?? '') || reader.negated(from)) return false;
  // "before they find out any other way": any course at all, none named or weighed.
  if (before.lower === 'other' && beforeThat?.lower === 'any') return false;
  // "came up with a simpler way of doing it", "found a quicker route": the course made and taken, not one passed over.
  if (reader.anyIn(Math.max(0, from - 4), from, (t) => CREATING.has(t.stem) || (t.lower === 'with' && reader.lower(t.index - 1) === 'up'))) return false;
  const noun = reader.token(from) as Token;
  // "Two moved on within a month": the verb, not "two moves".
  if (noun.lower.endsWith('ed')) return false;
  const plural = noun.lower.endsWith('s') && noun.lower !== 'this';
  const next = reader.lower(to);
  // "Easy thing was to put him on the chaser bin": told aloud, the article may drop at the start of a sentence.
  const opensOption = OPTION_ADJECTIVES.has(before.lower) && (beforeThat === undefined || beforeThat.lower === 'the' || beforeThat.lower === 'an' || beforeThat.lower === 'a');
  const copula = COPULAS.has(next) || next === 'would' || CONTRACTED_MODALS.has(next);
  // "thing" and "move" name an option only as "the easy thing would have been to...", never as a count of things.
  // "The first reaction was anger, but", "the first response was slow": what happened first, not an option passed over.
  // "The easy call was spraying insecticide on 1,200 hectares, and I argued against it": so is the speaker's no to it.
  if (LOOSE_OPTION_NOUNS.has(noun.lower) || noun.stem === CALL) return opensOption && copula && (contrastFollows(reader, from) || turnedDownAfter(reader, to)) && !(before.lower === 'first' && (ANSWER_NOUNS.has(noun.lower) || noun.lower === 'call'));
  // "I had a choice: stop all lifts, or keep lifting with a handheld": a choice, then its sides with "or".
  if (noun.lower === 'choice' && (before.lower === 'a' || before.lower === 'the') && (reader.gapAfter(from).includes(':') || COPULAS.has(next))) {
    return orIn(reader, to, to + OPTION_LIST_REACH);
  }
  // "I read it the other way", "saw it the other way": how the speaker judged the facts, not an option.
  if (noun.lower === 'way' && before.lower === 'other' && reader.lower(from - 3) === 'it' && JUDGING.has(reader.token(from - 4)?.stem ?? '')) return false;
  // "two-way doors", "a three-way split": a count hyphened to a noun describes the next noun, it counts no options
  // ("I had two option" with a space is a plural dropped).
  if (COUNTED_ADJECTIVE.has(before.lower) && reader.gapAfter(from - 1) === '-') return false;
  // "two options: patch or replace", "3 specific options, a cache, a replica and...": counted options, then named.
  const counted = ENUMERATORS.has(before.lower) || (plural && (before.kind === 'number' || beforeThat?.kind === 'number' || ENUMERATORS.has(beforeThat?.lower ?? '')));
  // "I split them into four routes, one per officer": parts of a whole, not options.
  if (counted && reader.lower(from - 2) === 'into') return false;
  // "they all said the same three things: no safe way home, no say in rotas and no pay", "I changed three things: ...":
  // things counted are options only when set against each other with "or" ("two things: delay the launch or cut it").
  if (counted && noun.lower === 'things') return optionsNamed(reader, to) && orIn(reader, to, to + OPTION_LIST_REACH);
  if (counted) return !plural || optionsNamed(reader, to);
  if (before.lower === 'other' && beforeThat?.lower === 'the') return true;
  // "I had the option to ask for a new line, or to install a stabiliser": one option, then its rival after "or".
  if (!plural && next === 'to' && reader.anyIn(to + 2, Math.min(reader.tokens.length, to + 30), (t) => t.lower === 'or' && reader.lower(t.index + 1) === 'to')) return true;
  // "the alternative was", "an alternative: a two-year term", "I proposed an alternative"; not "bring an alternative" as a lesson.
  if (noun.stem === stem('alternative') && (before.lower === 'an' || before.lower === 'the' || before.lower === 'one')) {
    return COPULAS.has(next) || reader.gapAfter(from).includes(':') || PROPOSING.has(reader.token(from - 2)?.stem ?? '');
  }
  // "Option A was to patch the firmware" defines an option; "I chose option A" only labels one.
  if (isLabel(reader, to) && !plural) return COPULAS.has(reader.lower(to + 1)) || reader.gapAfter(to).includes(':');
  // "The obvious fix was X, but ..." names the road not taken; without the "but" it may be the road taken.
  // "I proposed a middle option: bring the screens down" spells the option out after a colon.
  if (opensOption && reader.gapAfter(from).includes(':')) return true;
  // "The easy route was to fix this year quietly, and nobody would ever have known": the option, then what taking it
  // would have done, tells a road not taken as plainly as a "but".
  // "The easy fix was pairing them with whoever was on shift; they'd just pick up that person's habits": what taking it
  // would bring, after a semicolon, is why it was passed over.
  return opensOption && (copula || next === 'of') && (contrastFollows(reader, from) || (copula && (counterfactualIn(reader.tokens, to) || nextRefuses(reader) || counterfactualIn(reader.nextOpening.slice(0, 8), 0) || foreseenAfterBreak(reader, to))));
}

/** Someone turns the course down or argues against it later in the sentence, past `from`. */
function turnedDownAfter(reader: SentenceReader, from: number): boolean {
  return reader.hits.some((hit) => hit.from > from && (hit.category === 'rejected' || hit.category === 'disagreedWith') && reader.agentBefore(hit.from, 3));
}

/** After a semicolon or a dash past `from`, a clause whose subject "would" do something: the option's foreseen effect. */
function foreseenAfterBreak(reader: SentenceReader, from: number): boolean {
  for (let k = from + 1; k < reader.tokens.length - 1; k++) {
    if (!/[;—–]/.test(reader.gapAfter(k - 1))) continue;
    return reader.anyIn(k, Math.min(reader.tokens.length, k + 3), (t) => FORESEEING_SUBJECTS.has(t.lower) || t.lower === 'would');
  }
  return false;
}

const FORESEEING_SUBJECTS = new Set(["they'd", "we'd", "it'd", "he'd", "she'd", "you'd", "i'd"]);

/** Verbs of reading a situation: "read it the other way" is a judgement of the facts, not an option. */
const JUDGING = stems(['read', 'see', 'saw', 'seen', 'look', 'take', 'took', 'interpret', 'understand', 'understood']);

const REFUSALS = new Set(["didn't", 'did', "wouldn't", 'would', "won't", 'never']);
const BARE_REFUSAL_FOLLOWERS = new Set(['about', 'because', 'since', 'as', 'it', 'the', 'that']);
/** Verbs of knowing and seeing: "I didn't know that" says nothing about an option. */
const NOT_REFUSING = new Set(['know', 'think', 'realise', 'realize', 'see', 'remember', 'understand', 'notice', 'expect', 'mind', 'like', 'hear']);

/** "The quick option was a £50 credit. I didn't offer it, because...": the option, then the speaker's no to it. */
function nextRefuses(reader: SentenceReader): boolean {
  const words = reader.nextOpening.slice(0, 6).map((t) => t.lower);
  if (!AGENTS.has(words[0] ?? '') || !REFUSALS.has(words[1] ?? '')) return false;
  // A bare "I didn't." or "I didn't: about six months of work, and ...": the refusal, then why.
  if (words[1] === "didn't" && (words[2] === undefined || BARE_REFUSAL_FOLLOWERS.has(words[2]))) return true;
  // "I didn't offer it", "I did not take that", "we wouldn't go with it"; not "I didn't know that".
  const verb = words[1] === 'did' || words[1] === 'would' ? (words[2] === 'not' ? 3 : -1) : 2;
  if (verb < 0 || NOT_REFUSING.has(words[verb] ?? '')) return false;
  const object = words[verb + 1] === 'with' ? words[verb + 2] : words[verb + 1];
  return ['it', 'that', 'this', 'them'].includes(object ?? '');
}

const NEVER = new Set(['never', 'ever', 'not']);

/**
 * A "would have" / "could never have" at or after `from`: what an option would have done, had it been taken. A long
 * spoken sentence is read in pieces ("The quick option was to order new plates, three weeks and 900 dollars, | and he
 * would have had a playable instrument"), so the caller may look in the opening of the next piece too.
 */
function counterfactualIn(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length - 1; k++) {
    if (!MODALS.has((tokens[k] as Token).lower)) continue;
    let h = k + 1;
    while (isAdverb(tokens[h]) || NEVER.has(tokens[h]?.lower ?? '')) h++;
    if (tokens[h]?.lower === 'have') return true;
  }
  return false;
}

/** The options are spelled out after their count: a colon, a dash or a comma, "either ... or", or a list with "or". */
function optionsNamed(reader: SentenceReader, to: number): boolean {
  const gap = reader.gapAfter(to - 1);
  if (/[:(—–]/.test(gap)) return true;
  // A comma names them only when an option follows ("two options, a cache and a replica"), not a verb ("..., weighed").
  if (gap.includes(',') && !isPastOrParticiple(reader.token(to)) && !AGENTS.has(reader.lower(to)) && reader.lower(to) !== 'and') return true;
  if (reader.anyIn(to, Math.min(reader.tokens.length, to + 12), (t) => t.lower === 'or' || t.lower === 'either' || t.lower === 'versus' || t.lower === 'vs')) return true;
  // "I had two options. Learn the whole system in a fortnight, or cut the flown pieces.": named in the next sentence.
  // "Then I modelled three options. | Vacuum glazing was the best for heritage but 2.3 times more expensive.": the first
  // one told in the next sentence, with what counts against it.
  return to >= reader.tokens.length && reader.nextOpening.slice(0, 24).some((t, i) => t.lower === 'or' || (t.lower === 'but' && i > 2));
}

function optionSpan(reader: SentenceReader, at: number): [number, number] {
  const [start] = reader.clauseOf(at);
  const from = Math.max(start, at - 2);
  const [, end] = reader.clauseOf(at);
  // "We had two options: A or B" puts the options in the next clause; show them.
  const reach = end - at <= 2 ? reader.clauseOf(Math.min(reader.tokens.length - 1, end))[1] : end;
  return [from, Math.max(at + 1, Math.min(reach, from + 10))];
}

/** Verbs and prepositions by which a course carries its cost: "had a price", "came with a catch", "came at a cost". */
const CARRYING = new Set(['had', 'has', 'carried', 'carries', 'with', 'at']);
const CARRIED_DETERMINERS = new Set(['a', 'an', 'its', 'some']);
const COMING = new Set(['came', 'come', 'comes']);

/** Comparatives of a course's advantage, as a side of a choice: "mealworms were cheaper, but...". */
const BETTER = new Set(['cheaper', 'quicker', 'faster', 'easier', 'simpler', 'safer', 'cheapest', 'quickest', 'fastest', 'easiest', 'simplest']);
const DEGREE = new Set(['probably', 'slightly', 'much', 'far', 'a', 'lot', 'bit', 'certainly', 'definitely', 'clearly', 'also', 'both']);

/**
 * "Mealworms were cheaper, but they're high in phosphorus", "the experienced couple would probably be quicker to approve,
 * but a breakdown is far worse", "It was cheaper, but it treated the symptom": a course's advantage granted, then set
 * aside with a "but", is a side of a choice weighed. Counted only beside a choice: the speaker decides or weighs in the
 * sentence or the two before, or the next sentence is theirs ("I went back to the old food"); "we were faster, but"
 * is about the speaker, not a course.
 */
function betterButCourse(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (!BETTER.has(reader.lower(k))) continue;
    let c = k - 1;
    while (c > 0 && DEGREE.has(reader.lower(c))) c--;
    // "were cheaper", "would be quicker", "would have been safer", "'d be faster".
    const copula = COPULAS.has(reader.lower(c)) || reader.lower(c) === 'be' || reader.lower(c) === 'been';
    if (!copula) continue;
    let subject = c - 1;
    while (subject > 0 && ['would', 'have', 'could', 'might', 'probably'].includes(reader.lower(subject))) subject--;
    if (AGENTS.has(reader.lower(subject)) || reader.lower(subject) === 'i' || reader.lower(subject) === 'you') continue;
    const but = tokens.findIndex((t, i) => i > k && i < k + 8 && t.lower === 'but');
    if (but < 0) continue;
    const opener = reader.nextOpening[0]?.lower ?? '';
    const beside = reader.recentDecision || reader.previousWeighs || reader.facts.voice.iDecisions.length > 0 || opener === 'i' || opener === 'so';
    if (beside) return [reader.clauseOf(subject)[0], Math.min(tokens.length, but + 6)];
  }
  return undefined;
}

const LOWER = new Set(['lower', 'smaller', 'reduced', 'thinner']);
const EARNINGS = stems(['pay', 'wages', 'salary', 'salaries', 'margin', 'margins', 'income', 'revenue', 'profit', 'profits', 'bonus', 'bonuses', 'earnings', 'sales']);
const HIGHER = new Set(['higher', 'bigger', 'extra']);
const OUTGOINGS = stems(['cost', 'costs', 'bills', 'fees', 'rent', 'spending', 'premiums', 'overtime']);

/** Comparatives of what the course taken cost: "it's slower per item, but it meant a problem held up one van". */
const WORSE = new Set(['slower', 'dearer', 'costlier', 'harder', 'riskier', 'longer', 'messier', 'fiddlier', 'clunkier', 'heavier']);

/**
 * "It's slower per item, but it meant a problem would only hold up one van", "this was more expensive, but": the
 * price of the course the speaker chose, granted, then the "but" says why it was worth it. Counted only beside a choice,
 * right after the speaker's own step; "the queue was longer, but" about the world is no price anyone paid.
 */
function worseButCourse(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    const worse = WORSE.has(reader.lower(k)) || (reader.lower(k) === 'expensive' && reader.lower(k - 1) === 'more');
    if (!worse) continue;
    let c = reader.lower(k) === 'expensive' ? k - 2 : k - 1;
    while (c > 0 && DEGREE.has(reader.lower(c))) c--;
    const copula = COPULAS.has(reader.lower(c)) || reader.lower(c) === "it's" || reader.lower(c) === "that's" || reader.lower(c) === 'be';
    if (!copula) continue;
    const subject = reader.lower(c) === "it's" || reader.lower(c) === "that's" ? reader.lower(c).slice(0, -2) : reader.lower(c - 1);
    if (!CHOICE_PRONOUNS.has(subject)) continue;
    const but = tokens.findIndex((t, i) => i > k && i < k + 8 && t.lower === 'but');
    if (but < 0) continue;
    if (reader.previousDecides || reader.previousActs || reader.facts.voice.iDecisions.length > 0) return [Math.max(0, c - 1), Math.min(tokens.length, but + 6)];
  }
  return undefined;
}

/** What stands for the course just chosen: "it", "this", "that", "which". */
const CHOICE_PRONOUNS = new Set(['it', 'this', 'that', 'which']);

/** "That was the line I wouldn't cross", "a line we were not willing to cross": a limit the speaker held to. */
function lineNotCrossed(reader: SentenceReader): [number, number] | undefined {
  for (let k = 0; k < reader.tokens.length - 3; k++) {
    if (reader.lower(k) !== 'line' || !AGENTS.has(reader.lower(k + 1))) continue;
    const rest = reader.tokens.slice(k + 2, k + 7).map((t) => t.lower);
    const refuses = ["wouldn't", "won't", 'refused', "didn't", "wasn't", 'would', 'was', 'were', "weren't", 'never'].includes(rest[0] ?? '');
    if (refuses && rest.some((w) => w === 'cross' || w === 'crossed')) return [Math.max(0, k - 4), Math.min(reader.tokens.length, k + 8)];
  }
  return oneThingSpared(reader);
}

const SPARED_PLACES = new Set(['thing', 'place', 'area', 'corner', 'part', 'line', 'bit']);
const REFUSING = new Set(["wasn't", "wouldn't", "won't", "didn't", "weren't", 'refused', 'never']);
const ECONOMISING = stems(['save', 'cut', 'skimp', 'compromise', 'economise', 'economize', 'scrimp', 'touch', 'budge', 'cheap']);

/**
 * "The one place I wasn't going to save was safety", "the only thing we would not cut was the inspection": while
 * saving everywhere else, one thing the speaker held to, which is a limit set on the course.
 */
function oneThingSpared(reader: SentenceReader): [number, number] | undefined {
  for (let k = 1; k < reader.tokens.length - 4; k++) {
    if (!SPARED_PLACES.has(reader.lower(k)) || !['one', 'only'].includes(reader.lower(k - 1)) || !AGENTS.has(reader.lower(k + 1))) continue;
    const refusal = REFUSING.has(reader.lower(k + 2)) || (['would', 'was', 'were', 'did'].includes(reader.lower(k + 2)) && reader.lower(k + 3) === 'not');
    if (!refusal) continue;
    if (reader.anyIn(k + 3, Math.min(reader.tokens.length, k + 8), (t) => ECONOMISING.has(t.stem))) return [Math.max(0, k - 2), Math.min(reader.tokens.length, k + 10)];
  }
  return undefined;
}

/** "The cost was a week", "the downside was that": a cost named as such, not a price or spend ("our cloud cost"). */
function namesTheCost(reader: SentenceReader, from: number, to: number): boolean {
  const next = reader.lower(to);
  // "Being that open had a price", "it came at a cost", "came with a downside": the course chosen carried a cost.
  if (CARRYING.has(reader.lower(from - 2)) && CARRIED_DETERMINERS.has(reader.lower(from - 1)) && next !== 'of' && next !== 'for') {
    return reader.lower(from - 2) !== 'at' || COMING.has(reader.lower(from - 3));
  }
  // "That's the cost, basically my sleep", "That was the price: two lost weekends": the course just told, named as the
  // cost; "that's the cost of doing business" names a saying.
  if (COST_DETERMINERS.has(reader.lower(from - 1)) && pointsBackAsCost(reader, from - 2) && next !== 'of' && next !== 'for') return true;
  // "The price was £38,000", "the price of that was a week": what the choice cost; "the price of fuel rose" is not.
  if (reader.key(from, to) === stem('price')) {
    const ofChoice = next === 'of' && ['that', 'it', 'this', 'doing'].includes(reader.lower(to + 1));
    if (!COPULAS.has(next) && !(ofChoice && COPULAS.has(reader.lower(to + 2)))) return false;
    // "the price was down", "prices were high": a market's price, not one the speaker paid.
    if (MARKET_MOVES.has(reader.lower(to + 1))) return false;
    return COST_DETERMINERS.has(reader.lower(from - 1));
  }
  // "The cost of that was real", "the downside of it was a week": the course just told, named as the cost.
  if (next === 'of' && CHOICE_POINTERS.has(reader.lower(to + 1)) && COPULAS.has(reader.lower(to + 2))) return costDetermined(reader, from);
  // "The cost, and I won't pretend otherwise, was that...": an aside between commas before the copula.
  if (asideBeforeCopula(reader, to) > 0) return costDetermined(reader, from);
  // "The cost was a week", "The trade-off: a week of slower picking", "the downside fell on the night shift".
  const landed = LANDING.has(next) && reader.lower(to + 1) === 'on';
  if (!COPULAS.has(next) && !landed && !reader.key(from, to).startsWith('price') && !reader.gapAfter(to - 1).includes(':')) return false;
  if (next === 'would' && reader.lower(to + 1) !== 'be') return false;
  // "Trade-off: forty-five extra minutes a day" as the heading of a line.
  if (from === 0 && reader.gapAfter(to - 1).includes(':')) return true;
  return costDetermined(reader, from);
}

/** What points back at the course just told: "the cost of that", "the downside of it". */
const CHOICE_POINTERS = new Set(['that', 'it', 'this']);

/** "the cost", "the real cost", "our biggest drawback": the noun at `from` led as a cost of the speaker's course. */
function costDetermined(reader: SentenceReader, from: number): boolean {
  // "Cost is those customers wait about two days more", as told in a second language: the bare noun opening the line,
  // then what the cost was ("Cost was high" says how much, and names no price of a course).
  if (from === 0) return COPULAS.has(reader.lower(from + 1)) && (BARE_COST_FOLLOWERS.has(reader.lower(from + 2)) || isNumberToken(reader.token(from + 2)));
  const before = reader.lower(from - 1);
  // "Reducing the cost was the goal": the cost is what the step worked on, not a price it carried; "knowing the catch
  // was that we'd maintain it ourselves" is the speaker taking it on.
  if (COST_DETERMINERS.has(before)) return !isGerund(reader.token(from - 2)) || AWARE_OF.has(reader.lower(from - 2));
  return COST_ADJECTIVES.has(before) && COST_DETERMINERS.has(reader.lower(from - 2));
}

/** What may follow "Cost is" when it names the price: "that ...", "those customers wait", "we lose a day". */
const BARE_COST_FOLLOWERS = new Set(['that', 'those', 'these', 'we', 'i', 'they', 'our', 'my', 'some', 'about', 'around']);

/** Where the copula stands after an aside set off by commas right after `at` ("the cost, honestly, was"), or -1. */
function asideBeforeCopula(reader: SentenceReader, at: number): number {
  if (!reader.gapAfter(at - 1).includes(',')) return -1;
  for (let j = at + 1; j < Math.min(reader.tokens.length, at + COST_ASIDE_WORDS + 1); j++) {
    if (reader.gapAfter(j - 1).includes(',')) return COPULAS.has(reader.lower(j)) && reader.lower(j) !== 'would' ? j : -1;
  }
  return -1;
}

/** Words an aside may take between a cost's noun and its copula: "and I won't pretend otherwise". */
const COST_ASIDE_WORDS = 6;

/**
 * "and sharing my best guide was the price", "Losing two weekends was the cost": a course named by its gerund, then
 * called its price; the span runs from the gerund.
 */
function gerundCalledPrice(reader: SentenceReader, from: number, to: number): [number, number] | undefined {
  const copula = from - 2;
  if (!COST_DETERMINERS.has(reader.lower(from - 1)) || !COPULAS.has(reader.lower(copula)) || ['of', 'for'].includes(reader.lower(to))) return undefined;
  let start = reader.clauseOf(copula)[0];
  if (reader.lower(start) === 'and' || reader.lower(start) === 'but') start++;
  return copula - start >= 1 && copula - start <= 6 && isGerund(reader.token(start)) ? [start, to] : undefined;
}

/** "That's", "that was", "this is" at `at`, opening the sentence: the subject points back at what was just told. */
function pointsBackAsCost(reader: SentenceReader, at: number): boolean {
  if (at === 0) return POINTING_CONTRACTIONS.has(reader.lower(at));
  // "Some guests complained the room is warm, this was the price, so...": a clause of its own after a comma, too.
  // "I told the board that was the price": or the clause reported after a verb of saying.
  const opensClause = at === 1 || /[,;:]/.test(reader.gapAfter(at - 2)) || reader.anyIn(Math.max(0, at - 5), at - 1, (t) => FOREWARNING.has(t.stem));
  return opensClause && COPULAS.has(reader.lower(at)) && POINTING.has(reader.lower(at - 1));
}

const POINTING_CONTRACTIONS = new Set(["that's", "it's", 'thats']);

const MARKET_MOVES = new Set(['down', 'up', 'high', 'higher', 'low', 'lower', 'poor', 'good', 'rising', 'falling', 'dropping']);

/** "It cost us a week", "which cost two days": a consequence that happened, not a counterfactual or a price list. */
function costVerb(reader: SentenceReader, at: number): boolean {
  const subject = at - 1;
  // "I knew that would cost us for a while": a cost foreseen and taken on.
  if (reader.lower(subject) === 'would' && reader.lower(subject - 1) === 'that' && reader.agentBefore(subject - 1, 3)) return true;
  const before = reader.token(subject);
  // "Cost us some speed, we did maybe 15% fewer hectares": told aloud, the subject may drop at the start.
  // "Cost them a motion fee, around $450": the same, the price paid by the people the course was for.
  // "Costs half an hour a shift.": or the amount straight after, the price of what was just told.
  if (before === undefined) return at === 0 && (DROPPED_SUBJECT_PAYERS.has(reader.lower(1)) || AMOUNT_OPENERS.has(reader.lower(1)) || reader.token(1)?.kind === 'number') && reader.tokens.length > 2;
  const next = reader.token(at + 1);
  if (next === undefined || COPULAS.has(next.lower) || next.lower === 'of') return false;
  // "when a truck is down it costs them": what a breakdown costs the customers in general, not a price the speaker chose.
  if (['them', 'you', 'customers', 'people', 'everyone'].includes(next.lower) && reader.lower(at) === 'costs') return false;
  if (COST_SUBJECTS.has(before.lower)) return true;
  // "it left Mendoza with one aircraft and cost about 1.4 million pesos" (or ", cost about"): a second verb of the
  // same subject.
  const joined = before.lower === 'and' || reader.gapAfter(subject).includes(',');
  if (joined && (next.kind === 'number' || APPROXIMATELY.has(next.lower)) && sharedCostSubject(reader, subject)) return true;
  // "The window costs us three driver-hours a day": what a thing of ours costs us, told in any tense.
  const thingCostsUs = ['cost', 'costs'].includes(reader.lower(at)) && (next.lower === 'us' || next.lower === 'me');
  if (thingCostsUs && before.kind === 'word' && !isNegation(before) && !AGENTS.has(before.lower) && !BE_FORMS.has(before.lower)) return true;
  // "The truck queue cost traders half a day", after the speaker's step: what the course cost the people it touched.
  if (reader.lower(at) === 'cost' && reader.ourStepBefore && DETERMINERS.has(reader.lower(reader.clauseOf(at)[0])) && paidAmount(reader, at + 1)) return true;
  // "That premium would cost around £60k a year": what the course chosen will cost, foreseen and taken on.
  if ((before.lower === 'would' || before.lower === 'will') && !reader.negated(subject, 2) && (FORESEEN.has(next.lower) || next.kind === 'number')) return true;
  // "Paying for the tests cost about €35 a candidate": the course taken, named by its gerund, cost something; a noun in
  // "-ing" between does not stop it ("Covering the glazing cost about 20 hours of overtime").
  const start = reader.clauseOf(at)[0];
  return at - start <= GERUND_SUBJECT_WORDS && isGerund(reader.token(start));
}

/** How far before "and cost" the subject the two verbs share may open its clause. */
const SHARED_SUBJECT_REACH = 12;

/** "it left the shop with one van and cost ...": the clause before "and" (or the comma) opens on a subject a cost can have. */
function sharedCostSubject(reader: SentenceReader, joint: number): boolean {
  const from = reader.lower(joint) === 'and' ? joint - 2 : joint - 1;
  for (let k = from; k >= Math.max(0, joint - SHARED_SUBJECT_REACH); k--) {
    if (['and', 'but'].includes(reader.lower(k))) return false;
    if (COST_SUBJECTS.has(reader.lower(k)) && (k === 0 || /[,;:]/.test(reader.gapAfter(k - 1)))) return true;
  }
  return false;
}

/** People named as payers after "cost", then an amount: "traders half a day", "the growers about €2,000". */
function paidAmount(reader: SentenceReader, at: number): boolean {
  const payer = reader.lower(at) === 'the' ? at + 1 : at;
  const amount = reader.token(payer + 1);
  if (amount === undefined || !PAYERS.test(reader.lower(payer))) return false;
  return amount.kind === 'number' || AMOUNT_OPENERS.has(amount.lower);
}

/** A plural noun of people, or a pronoun for them. */
const PAYERS = /^(them|him|her|[a-z]+(ers|ors|ists|ants|ents|ians|ees|men|people|ren))$/;
const AMOUNT_OPENERS = new Set(['half', 'a', 'an', 'another', 'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'several', 'two', 'three', 'four', 'five', 'six', 'ten']);

/** How far before "cost" the gerund naming the course may open its clause: "Paying for the tests cost". */
const GERUND_SUBJECT_WORDS = 5;

/** Who pays, after a "Cost" that opens the sentence with its subject dropped. */
const DROPPED_SUBJECT_PAYERS = new Set(['us', 'me', 'them', 'him', 'her', 'the', 'my', 'our', 'their', 'his']);

/** "lost track", "lose touch", "lost sight": idioms, not costs. */
const LOST_IDIOMS = new Set(['to', 'track', 'touch', 'interest', 'patience', 'sight', 'control']);
/** What comes before a foreseen loss: "would lose", "we'd lose". */
const FORESEEING = new Set(['would', 'will', "we'd", "i'd", "they'd"]);

/** What follows a foreseen "would cost": who pays it or how much, never "have" (a counterfactual). */
const FORESEEN = new Set(['us', 'me', 'them', 'the', ...APPROXIMATELY, 'an', 'another', 'extra', 'more', 'at', 'some']);

/**
 * "operations would lose some flexibility", "we'd lose a day of picking": a loss the speaker foresaw and took on; "we
 * lost about £900 of dough", told after the story's opening: what the choice cost. "would have lost" is why, not this.
 */
function losesSomething(reader: SentenceReader, at: number): boolean {
  if (reader.negated(at, 2)) return false;
  const before = reader.lower(at - 1);
  const next = reader.token(at + 1);
  if (next === undefined || LOST_IDIOMS.has(next.lower)) return false;
  // "and we did lose about 40,000 tonnes of access that year": the loss owned, with an emphatic "did".
  if (reader.lower(at) === 'lose') return FORESEEING.has(before) || (before === 'did' && AGENTS.has(reader.lower(at - 2)));
  // "I declined to fit her that day, lost the sale, and wrote a referral": a step in a series the speaker's "I" opens.
  const inSeries = inSpeakersSeries(reader, at - 1);
  const joined = (before === 'and' && (reader.agentBefore(at, 14) || inSpeakersSeries(reader, at - 2))) || inSeries;
  if ((!AGENTS.has(before) && !joined) || reader.facts.sentence.index < 2) return false;
  // "nobody left that year; before, we lost two people a year": the loss told as how things were before the change.
  if (BEFORE_THE_CHANGE.has(reader.lower(at - 2)) || BEFORE_THE_CHANGE.has(reader.lower(at - 3))) return false;
  let k = at + 1;
  if (APPROXIMATELY.has(reader.lower(k))) k++;
  // "We lost 2 strains out of 60 instead of the whole shelf": the damage kept down, set against the loss feared.
  // "we lost about forty minutes of throughput": any number, spelled out or not.
  if (isNumberToken(reader.token(k)) || (NUMBER_WORDS.has(reader.lower(k)) && reader.lower(k) !== 'a')) return !againstFearedLoss(reader, k);
  // "I asked the director to hold the slide. We lost a good-news story at the board.": right after the speaker's step,
  // what it took away.
  return (reader.previousActs || reader.previousDecides || inSeries) && LOST_THING_OPENERS.has(reader.lower(k)) && reader.token(k + 1)?.kind === 'word';
}

/**
 * "I stopped making the gel for four days, sent regular customers to a colleague, and lost roughly 3,000 euros", "I
 * declined to fit her that day, lost the sale, ...": a step of a series that the sentence's own "I" or "we" opens ("So
 * I ...", "Then we ..."), however long the steps before it; `comma` is the token the series' comma follows.
 */
function inSpeakersSeries(reader: SentenceReader, comma: number): boolean {
  return reader.gapAfter(comma).includes(',') && reader.anyIn(0, 3, (t) => AGENTS.has(t.lower));
}

const BEFORE_THE_CHANGE = new Set(['before', 'previously', 'formerly', 'beforehand']);

/** "We lost a good slot", "lost the contract": a thing lost, named. */
const LOST_THING_OPENERS = new Set(['a', 'the', 'our', 'my', 'that', 'some']);

/** Comparatives that count against a course: "it made hiring slower", "which made the rota harder". */
const HARDER = new Set(['slower', 'harder', 'longer', 'costlier', 'pricier', 'riskier', 'noisier', 'heavier', 'tighter', 'expensive', 'difficult', 'complex', 'complicated']);
/** What a choice "added" that is a cost: "added overtime", "added two days". */
const ADDED_COSTS = new Set(['overtime', 'cost', 'costs', 'delay', 'work']);
const REDUCING = new Set(['cut', 'reduced', 'halved', 'lowered', 'shrank']);
const RAISING = new Set(['raised', 'increased', 'doubled', 'pushed']);
/** What a choice raised that is a cost: "raised our staff costs", "pushed up the wage bill". */
const RAISED_COSTS = new Set(['cost', 'costs', 'spend', 'spending', 'bill', 'bills', 'payroll', 'overheads', 'workload']);
/** What a team can do or earn: cut by a choice, a cost ("cut our costs" is a saving, so costs are not listed). */
const CAPACITIES = stems(['capacity', 'output', 'throughput', 'revenue', 'income', 'sales', 'margin', 'availability', 'coverage', 'production', 'bookings', 'beds', 'seats', 'footfall', 'volume']);
/** Subjects of a consequence: the course chosen, referred back to. */
const CONSEQUENCE_REFERENTS = new Set(['which', 'it', 'this', 'that']);
const CONCEDING = new Set(['though', 'although', 'even']);

/**
 * "..., which slowed us down for six weeks", "It made hiring slower", "which added overtime": what the course chosen
 * cost, said of it as a consequence. "It", "this" and "that" only open the sentence, where they refer back to a choice.
 */
function consequenceCost(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 0; k < tokens.length - 2; k++) {
    const word = reader.lower(k);
    // "I moved afternoon patients to other machines, even though it made the queue 20 minutes longer" (or, said fast,
    // "even it made"): the step's price, granted in a clause of its own.
    const granted = word === 'it' && k > 0 && CONCEDING.has(reader.lower(k - 1)) && reader.anyIn(0, k, (t) => t.lower === 'i' || t.lower === 'we');
    if (!CONSEQUENCE_REFERENTS.has(word) || (word !== 'which' && k > 0 && !granted)) continue;
    // "which" refers back to something the speaker did ("I rotated the tasks, which slowed us down"), not to whatever
    // went wrong around them ("stock-outs all year, which made everything harder").
    // "I switched to certified tin. Almost double the price per kilo, which added about 6% to the cost": the step in the
    // sentence before, its price in a line with no verb of its own.
    const stepBefore = reader.previousActs && !reader.someoneActs();
    if (word === 'which' && !reader.anyIn(0, k, (t) => t.lower === 'i' || t.lower === 'we') && !meantBefore(reader, k) && !stepBefore) continue;
    let v = k + 1;
    // "which, um, meant two tellers on overtime": past adverbs and spoken fillers to the verb.
    while (isAdverb(tokens[v]) || HESITATIONS.has(reader.lower(v))) v++;
    const verb = reader.lower(v);
    const reach = Math.min(reader.clauseOf(v)[1], v + 9);
    const costly =
      verb === 'slowed' ||
      // "..., which slows each flask cycle by about 15 minutes": the same, said of how the work goes now.
      (verb === 'slows' && reader.anyIn(v + 1, reach, (t) => TIME_WORDS.has(t.stem))) ||
      verb === 'delayed' ||
      // "which added about three miles for most farmers": distance, as time, added to someone's way.
      (verb === 'added' && reader.anyIn(v + 1, reach, (t) => TIME_WORDS.has(t.stem) || ADDED_COSTS.has(t.lower) || DISTANCES.has(t.lower))) ||
      (verb === 'made' && reader.anyIn(v + 1, reach, (t) => HARDER.has(t.lower))) ||
      // "which meant two tellers on overtime for two Saturdays": the extra hours the course took.
      (verb === 'meant' && reader.anyIn(v + 1, reach, (t) => t.lower === 'overtime')) ||
      // "It meant around 60 modules less per shift during the test": what the course took from the output, counted.
      (verb === 'meant' && reader.anyIn(v + 1, reach, (t) => t.kind === 'number') && reader.anyIn(v + 1, reach, (t) => t.lower === 'less' || t.lower === 'fewer')) ||
      // "which cut our ambulatory capacity by a quarter": what the course took away from what the team can do or earn.
      (REDUCING.has(verb) && reader.anyIn(v + 1, reach, (t) => CAPACITIES.has(t.stem))) ||
      // "I built a rota giving four paid rest days. That raised our staff costs by about 4%.": what the step added to
      // the bill. "It" or "that" refers back to a step only when the speaker's step was told just before.
      (RAISING.has(verb) && (word === 'which' || reader.stepBefore) && reader.anyIn(v + 1, reach, (t) => RAISED_COSTS.has(t.lower)));
    // The quote runs past the asides to the verb's own clause: "which, um, meant two tellers on overtime".
    if (costly) return v > k + 1 ? [k, Math.min(reader.clauseOf(v)[1], v + 8)] : reader.span(k, 9);
  }
  return undefined;
}

const SLOWER = new Set(['longer', 'slower']);
const TAKING = new Set(['takes', 'took']);
const MORE_TIME = new Set(['more', 'extra']);
const HESITATIONS = new Set(['um', 'uh', 'erm', 'er']);

/**
 * "It's 25 minutes longer per load", "That was two hours slower a day": after the speaker's step, the time it took
 * told plainly, with the step as its subject.
 */
function plainPrice(reader: SentenceReader): [number, number] | undefined {
  if (!reader.ourStepBefore) return undefined;
  const tokens = reader.tokens;
  // "It takes me 15 minutes more per act", "It took us two days longer": the time the step costs, told with "take".
  if (reader.lower(0) === 'it' && TAKING.has(reader.lower(1))) {
    const figure = extraTimeTaken(reader, 1);
    if (figure >= 0) return [0, Math.min(tokens.length, figure + 5)];
  }
  const opening = reader.lower(0) === "it's" || reader.lower(0) === "that's" ? 1 : POINTING.has(reader.lower(0)) && ['is', 'was'].includes(reader.lower(1)) ? 2 : -1;
  const figure = reader.token(opening);
  if (opening < 0 || figure === undefined || !isAmount(figure)) return undefined;
  return TIME_WORDS.has(reader.token(opening + 1)?.stem ?? '') && SLOWER.has(reader.lower(opening + 2)) ? [0, Math.min(tokens.length, opening + 6)] : undefined;
}

/** After "take" at `take`: where "[me|us] N <time> longer/more" puts its figure ("takes me 15 minutes more"), or -1. */
function extraTimeTaken(reader: SentenceReader, take: number): number {
  const figure = ['me', 'us'].includes(reader.lower(take + 1)) ? take + 2 : take + 1;
  const more = reader.lower(figure + 2);
  return isDuration(reader, figure) && (SLOWER.has(more) || MORE_TIME.has(more)) ? figure : -1;
}

/**
 * "..., and it took me about two hours a day, so I handed the invoice follow-ups to a colleague": the running time the
 * speaker's step costs, told per day or week, after the step.
 */
function timePerPeriod(reader: SentenceReader): [number, number] | undefined {
  for (let k = 0; k < reader.tokens.length - 4; k++) {
    if (reader.lower(k) !== 'it' || !TAKING.has(reader.lower(k + 1))) continue;
    let figure = ['me', 'us'].includes(reader.lower(k + 2)) ? k + 3 : k + 2;
    while (APPROXIMATELY.has(reader.lower(figure))) figure++;
    const perPeriod = isDuration(reader, figure) && RATE_LEADS.has(reader.lower(figure + 2)) && TIME_WORDS.has(reader.token(figure + 3)?.stem ?? '');
    if (perPeriod && (reader.stepBefore || reader.recentActs || reader.agentBefore(k, 20))) return [k, Math.min(reader.tokens.length, figure + 4)];
  }
  return undefined;
}

const WOULD = new Set(['would', 'will', "it'd", "that'd"]);

/**
 * "I calculated that fieldwork would take five weeks longer and agreed this with the investigator": the time a course
 * would cost, worked out by the speaker in the same sentence or told right after the speaker's step. Not "It took two
 * days" (no comparison) or "the audit will take longer than planned" (no figure).
 */
function projectedTimePrice(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 3; k++) {
    if (reader.lower(k) !== 'take' || !WOULD.has(reader.lower(k - 1))) continue;
    const figure = extraTimeTaken(reader, k);
    if (figure < 0) continue;
    const speaker = reader.firstIn(0, k - 1, (t) => AGENTS.has(t.lower));
    if (speaker >= 0 || reader.ourStepBefore) return [Math.max(0, speaker >= 0 ? speaker : k - 4), Math.min(tokens.length, figure + 8)];
  }
  return undefined;
}

/** "The rotation meant technicians had to train more, which slowed us down": a consequence of a consequence. */
function meantBefore(reader: SentenceReader, at: number): boolean {
  return reader.anyIn(0, at, (t) => t.lower === 'meant');
}

const PUTTING_OFF = new Set(['pushed', 'moved', 'put', 'set']);

/**
 * "I knowingly let the partition cases there slip by about three weeks", "we let the smaller orders wait": the speaker
 * let other work fall behind for the course taken. Not "I didn't let it slip".
 */
function letFallBehind(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (reader.lower(k) !== 'let') continue;
    // "I paid for the calls with my Friday audit time and let the audit slip by a quarter": joined to the speaker's step.
    const speaker = speakerBefore(reader, k);
    const joined = reader.lower(k - 1) === 'and' && reader.agentBefore(k) && !reader.negated(k, 3);
    const subject = speaker >= 0 ? speaker : joined ? k - 1 : -1;
    if (subject < 0) continue;
    // The object, one to five words, then what it did: "the partition cases there slip".
    for (let p = k + 2; p < Math.min(tokens.length, k + 7); p++) {
      if (FALLING_BEHIND.has(reader.lower(p))) return reader.span(subject, p - subject + 5);
      if (reader.token(p)?.kind !== 'word' || isPastOrParticiple(reader.token(p)) || MODALS.has(reader.lower(p))) break;
    }
  }
  return undefined;
}
const OFF_PARTICLES = new Set(['back', 'out']);
const UNTIL = new Set(['to', 'until', 'by']);

/**
 * "I pushed our own catalogue project back a quarter", "moved the audit out to May": the speaker put their own work
 * off, with the particle after its object, which a phrase cannot match. "That pushed our planned upgrade back six
 * weeks", right after the speaker's step, or "..., which pushed the upgrade back": the step put it off.
 */
function putOff(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    const subject = reader.lower(k - 1);
    const byStep = subject === 'which' || (k === 1 && POINTING.has(subject) && reader.stepBefore);
    if (!PUTTING_OFF.has(reader.lower(k)) || !(AGENTS.has(subject) || byStep)) continue;
    // The object, two to eight words, then the particle and when: "back a quarter", "back to May", "out by a week".
    for (let p = k + 3; p < Math.min(tokens.length - 1, k + 10); p++) {
      if (!OFF_PARTICLES.has(reader.lower(p))) continue;
      const next = reader.token(p + 1);
      const timed = next !== undefined && (TIME_WORDS.has(next.stem) || TIME_WORDS.has(reader.token(p + 2)?.stem ?? '') || UNTIL.has(next.lower));
      if (timed && !reader.negated(k, 2)) return reader.span(k - 1, p - k + 4);
      break;
    }
  }
  return undefined;
}

/**
 * "The flight was delayed 2 hours 40 minutes", "the design went out 6 days late": a delay, measured, right after a
 * decision of the speaker's, is what that decision cost.
 */
function acceptedDelay(reader: SentenceReader): [number, number] | undefined {
  if (!reader.recentDecision && reader.facts.voice.iDecisions.length === 0) return undefined;
  const tokens = reader.tokens;
  for (let k = 0; k < tokens.length; k++) {
    if (reader.lower(k) === 'delayed' && BE_OR_GET.has(reader.lower(k - 1))) {
      for (let i = k + 1; i < Math.min(tokens.length - 1, k + 4); i++) if (isDuration(reader, i)) return reader.span(Math.max(0, k - 3), 8);
    }
    if (reader.lower(k) !== 'late' || k < 2 || !isDuration(reader, k - 2)) continue;
    // "6% went more than 30 days late": a share of cases past a line, the arrears an outcome is measured by.
    const shareLate = reader.lower(k - 3) === 'than' || reader.anyIn(Math.max(0, k - 6), k - 2, (t) => t.kind === 'number' && t.lower.endsWith('%'));
    // "the risk allowance was two weeks late, so I took the list to the office myself": a delay that set the speaker
    // acting is the problem met, not a price paid for a choice.
    const setActing = reader.lower(k + 1) === 'so' && AGENTS.has(reader.lower(k + 2));
    if (!shareLate && !setActing) return reader.span(Math.max(0, k - 6), 8);
  }
  return undefined;
}

/** "2 hours", "three days": a number, then a unit of time. */
function isDuration(reader: SentenceReader, at: number): boolean {
  return (reader.token(at)?.kind === 'number' || NUMBER_WORDS.has(reader.lower(at))) && TIME_WORDS.has(reader.token(at + 1)?.stem ?? '');
}

/**
 * "I accepted that cost", "we accepted a two-day delay", "I accepted that we'd run the extra shift", "I accepted a
 * plainer tool": the speaker takes a cost, not an offer, a proposal or the blame.
 */
function acceptsCost(reader: SentenceReader, from: number, to: number): boolean {
  // "..., accepting that the photos would stay a bit misleading": a participle clause about the speaker's own choice.
  // "..., sent them to landfill, accepting about 90,000 dollars of extra cost that year": the price, however far the "I".
  if (reader.lower(from) === 'accepting' && reader.someoneActs()) {
    if (reader.anyIn(to, Math.min(reader.tokens.length, to + 4), (t) => NOT_COSTS.has(t.stem))) return false;
    if (reader.lower(to) === 'that' || DETERMINERS.has(reader.lower(to))) return true;
    // "..., accepting we'd miss that channel in the next emergency": the "that" dropped before the clause's subject.
    if (DROPPED_THAT_SUBJECTS.has(reader.lower(to))) return true;
    if (reader.anyIn(to, Math.min(reader.clauseOf(from)[1], to + 6), (t) => COST_OBJECTS.has(t.stem))) return true;
  }
  // "I chose to shed the load, with the engineer's agreement, and accepted that the mess lost its air conditioning": the
  // speaker's second verb, joined by "and", takes on what the first one cost; "and accepted that I was wrong" admits.
  if (reader.lower(reader.wordBefore(from)) === 'and' && reader.lower(to) === 'that' && reader.anyIn(0, from, (t) => AGENTS.has(t.lower))) {
    return !reader.negated(from) && !reader.anyIn(to, reader.clauseOf(to + 1)[1], (t) => ADMISSIONS.has(t.stem));
  }
  // "so I set up a manual review flag for those files and accepted about four extra hours of reading a week": the
  // price the step cost, named however far back its "I" stands.
  if (reader.lower(reader.wordBefore(from)) === 'and' && !reader.negated(from) && reader.anyIn(to, Math.min(reader.tokens.length, to + 4), (t) => COST_OBJECTS.has(t.stem))) {
    if (reader.facts.voice.iActions.some((t) => t.index < from) || reader.agentBefore(from)) return true;
  }
  if (!reader.agentBefore(from, 5) || reader.negated(from)) return false;
  const key = reader.key(from, to);
  // "I was willing to lose some flexibility": readiness to lose something is the cost accepted.
  if (key.includes('hit') || key.includes('risk') || ['willing', 'prepared', 'ready'].includes(reader.lower(from))) return true;
  const [, end] = reader.clauseOf(from);
  if (reader.anyIn(to, Math.min(end, to + 5), (t) => COST_OBJECTS.has(t.stem))) return true;
  // Said by the speaker straight after "I" or "we", accepting anything but a gift or a duty is putting up with it;
  // "before I accept any explanation" is a condition, not something accepted.
  if (['before', 'until', 'unless', 'if'].includes(reader.lower(from - 2))) return false;
  const speaker = reader.lower(from - 1) === 'i' || reader.lower(from - 1) === 'we';
  return speaker && !reader.anyIn(to, Math.min(end, to + 4), (t) => NOT_COSTS.has(t.stem));
}

/** Subjects of a clause accepted with its "that" dropped: "accepting we'd miss", "accepting it would take longer". */
const DROPPED_THAT_SUBJECTS = new Set(['we', "we'd", 'i', "i'd", 'they', "they'd", 'it', "it'd", "it'll", "we'll"]);

/** What one accepts having been wrong about: no cost taken on. */
const ADMISSIONS = stems(['wrong', 'right', 'mistake', 'fault', 'responsibility', 'blame', 'error']);

/** What one accepts that is no cost: an offer, a role, a request, the blame or the responsibility. */
const NOT_COSTS = stems([
  'offer', 'job', 'role', 'position', 'invitation', 'proposal', 'award', 'apology', 'responsibility', 'blame', 'feedback',
  'challenge', 'request', 'answer', 'decision', 'help', 'idea', 'suggestion', 'explanation', 'excuse', 'result', 'data',
]);

/** Quantifiers before a noun: "many delays", "several cuts" are things that happened, not choices. */
const QUANTIFIERS = new Set(['many', 'several', 'frequent', 'constant', 'numerous', 'repeated', 'long', 'endless', 'more', 'fewer', 'no']);

/** Words that say what was dropped was of no use: "nobody used", "we never needed". */
const UNUSED = new Set(['nobody', 'never', 'unused', "didn't", 'no', 'none']);

/** Something the speaker or team chose to give up or put off, not an idiom, a fall in a metric or a passive. */
function givesUp(reader: SentenceReader, hit: PhraseHit<Marker>): boolean {
  const { from, to } = hit;
  // "the only way to pay for it was pushing our second bay back six months": the price of what was paid for, where
  // "was" before a give-up word is otherwise its passive ("was pushed back") or a progressive ("was pushing it back").
  const priceOfFunding = isGerund(reader.token(from)) && COPULAS.has(reader.lower(from - 1)) && reader.anyIn(0, from, (t) => FUNDING.has(t.lower) && reader.lower(t.index - 1) === 'to');
  if (reader.negated(from) || (reader.passiveBefore(from) && !priceOfFunding)) return false;
  const before = reader.lower(from - 1);
  if (before === 'of' || before === 'than') return false;
  const next = reader.token(to);
  const [, end] = reader.clauseOf(from);
  const key = hit.key;
  // "Our answer was always: bring the receipt and we cancel it": the standing practice of the scene, not a choice made.
  if (reader.anyIn(0, from, (t) => STANDING_PRACTICE.has(t.lower))) return false;
  // "if spend per visitor didn't go up, we'd drop it": what a condition would trigger, not something given up.
  if (CONSEQUENCE_MODALS.has(before) && reader.anyIn(0, from, (t) => t.lower === 'if' || t.lower === 'unless')) return false;
  if (key === stem('drop') || key === stem('dropped')) {
    // "To make space I dropped from two features a month to one": the speaker's own output cut to pay for the step.
    const madeRoom = reader.lower(from - 1) === 'i' && cutToMakeRoom(reader, from, to);
    if (next === undefined || (DROP_NOT_CHOICE.has(next.lower) && !madeRoom) || reader.lower(to + 1) === 'ball' || next.kind === 'number') return false;
    // "I set up cash drops at 3 petrol pumps": after a noun, "drops" is one too; the speaker never "drops" anything.
    if (reader.lower(from) === 'drops' && !POINTING.has(before)) return false;
  }
  // "pausing the video and calling the numbers out loud": a recording paused is watched, not given up.
  if (key === stem('pause') && RECORDINGS.has(reader.token(DETERMINERS.has(next?.lower ?? '') ? to + 1 : to)?.stem ?? '')) return false;
  if (key === stem('cut') && !reader.anyIn(to, end, (t) => t.lower === 'from' || t.stem === stem('scope')) && !cutToMakeRoom(reader, from, to)) return false;
  if (key === stem('remove') && !cutToMakeRoom(reader, from, to)) return false;
  // "I removed the old shelves": the furniture, not a plan shelved.
  if (reader.lower(from) === 'shelves' && !AGENTS.has(before)) return false;
  // "pulled the feature out", "pulled it off the shelf"; "pulled the logs" fetched them.
  if ((key === stem('pull') || key === stem('pulled')) && !reader.anyIn(to, Math.min(end, to + 4), (t) => t.lower === 'off' || t.lower === 'out')) return false;
  // "pulled out the batch records for the last two months": fetched them too.
  if ((key === stem('pull') || key === stem('pulled')) && reader.anyIn(to, Math.min(end, to + 5), (t) => RECORDS.has(t.stem))) return false;
  if ((key === stem('trade') || key === stem('traded')) && !reader.anyIn(to, end, (t) => t.lower === 'for' || t.lower === 'off')) return false;
  // "whenever I push back, I bring an alternative": disagreeing, with nothing pushed later.
  const nothingPushed = next === undefined || DISAGREEMENT_FOLLOWERS.has(next.lower) || AGENTS.has(next.lower) || /[,;:]/.test(reader.gapAfter(to - 1));
  if (key.startsWith(stem('push')) && hit.to - hit.from === 2 && reader.lower(from + 1) === 'back' && nothingPushed) return false;
  if (key.startsWith(stem('push')) && (next === undefined || DISAGREEMENT_FOLLOWERS.has(next.lower))) return false;
  if (key === stem('park') && (next === undefined || ['the', 'a', 'my', 'our'].includes(next.lower) === false)) return false;
  // "showing where to park the van", "we parked the truck by the gate": a vehicle left somewhere, not a plan put aside.
  if (key === stem('park') && (reader.lower(from - 2) === 'where' || VEHICLES.has(reader.token(to + 1)?.stem ?? ''))) return false;
  // A give-up word that is a noun ("a delay", "the cut") is what happened, not what the speaker gave up, unless the step
  // it prices is its subject: "That pushed the audit back", "Batching pushes some orders back", or "..., which pushed a
  // guard upgrade back a quarter" after the speaker's step in the same sentence.
  const thatFirst = (before === 'that' || before === 'this') && from - 1 === reader.clauseOf(from)[0] && isPastOrParticiple(reader.token(from));
  const stepAsSubject = from === 1 && isGerund(reader.token(0)) && reader.lower(from).startsWith('push');
  // The step may stand further back in a long sentence, or in the one before: "so I ... asked for 30% more; he got it
  // ..., which pushed the job back a summer".
  const ownStepBefore = (): boolean => reader.agentBefore(from - 1, 14) || reader.facts.voice.iActions.some((t) => t.index < from) || reader.previousActs;
  const afterStep = before === 'which' && isPastOrParticiple(reader.token(from)) && ownStepBefore();
  const subjectFirst = thatFirst || stepAsSubject || afterStep;
  if ((DETERMINERS.has(before) && !subjectFirst) || QUANTIFIERS.has(before)) return false;
  // "found cancelled orders were excluded": the word describes the noun after it.
  if (next?.kind === 'word' && BE_FORMS.has(reader.lower(to + 1)) && isPastOrParticiple(reader.token(from))) return false;
  // "cancelled subscriptions nobody used", "dropped the report we never read": nothing was given up.
  const unusedReach = Math.min(reader.tokens.length, to + 10);
  if (reader.anyIn(to, unusedReach, (t) => UNUSED.has(t.lower)) && reader.anyIn(to, unusedReach, (t) => ['used', 'needed', 'read', 'opened', 'wanted'].includes(t.lower))) return false;
  // "people gave up their time", "volunteers gave up weekends": others' generosity, not a price the speaker chose.
  if (GENEROUS_OTHERS.has(before)) return false;
  // "the calls of customers who want to cancel", "drivers who had dropped out": the people the clause is about do it.
  if (othersWho(reader, from)) return false;
  const first = reader.token(from) as Token;
  // "so we skipped the conference", "to pay for it we went without": a plain give-up is a cost only as the price of a
  // choice; "I rushed and skipped the slow tests" is cutting corners.
  if (PLAIN_GIVE_UPS.has(first.lower)) {
    const paidFor = reader.anyIn(Math.max(0, from - 4), from, (t) => t.lower === 'so' || t.lower === 'meant' || t.lower === 'meaning' || CHOSE_TO.has(t.lower)) || reader.anyIn(0, from, (t) => FUNDING.has(t.lower));
    if (!paidFor) return false;
  }
  if (isGerund(first)) {
    // "The €180,000 for scanning came from postponing two new-title launches": what paid for the step.
    const paidFrom = reader.lower(from - 1) === 'from' && PAID_FROM.has(reader.lower(from - 2));
    return GERUND_LEADS.has(reader.token(from - 1)?.stem ?? '') || from === reader.clauseOf(from)[0] || reader.agentBefore(from, 5) || priceOfFunding || paidFrom;
  }
  // "That pushed my audit back a quarter", after the step it names: what the speaker's step cost. "I moved the entrance
  // ..., turned the blocks ..., and gave up the second lab": the last of the speaker's series, however long its items.
  // Not "cut" there: "..., added paging, and cut the banner from five images to one" is one more change made.
  const lastInSeries = before === 'and' && key !== stem('cut') && inSpeakersSeries(reader, from - 2);
  // "That added about 6.5 million and pushed closure back four months": the step just told, as the subject of both.
  const thatJoined = before === 'and' && POINTING.has(reader.lower(0)) && isPastOrParticiple(reader.token(1));
  return reader.agentBefore(from, 6) || lastInSeries || afterStep || ((subjectFirst || thatJoined) && (reader.previousActs || reader.recentActs));
}

const PAID_FROM = new Set(['came', 'comes', 'come', 'paid', 'funded', 'financed']);

/** What a cut makes room for: "to make space", "to free up time", "to have time for this". */
const ROOM = new Set(['room', 'space', 'time']);
const MAKING_ROOM = new Set(['make', 'have', 'find', 'free']);

/**
 * "I cut grammar revision hours to make space", "I cut them to one page to have time for this", "funded by cutting
 * replacement bedding orders to once a year": a cut made to pay for something else, where a plain "cut" is a change
 * like any other.
 */
function cutToMakeRoom(reader: SentenceReader, from: number, to: number): boolean {
  if (reader.lower(from - 1) === 'by' && PAID_FROM.has(reader.lower(from - 2))) return true;
  // "To make space, I cut...": the purpose may also open the sentence.
  return reader.anyIn(Math.max(0, from - ROOM_BEFORE_REACH), Math.min(reader.tokens.length, to + ROOM_AFTER_REACH), (t) => {
    if (t.index >= from && t.index < to) return false;
    if (reader.lower(t.index - 1) !== 'to') return false;
    // "and to pay him I removed the dessert buffet": the cut funds the step.
    if (FUNDING.has(t.lower) && t.index < from) return true;
    if (!MAKING_ROOM.has(t.lower)) return false;
    const what = reader.lower(t.index + 1);
    return ROOM.has(what) || (t.lower === 'free' && what === 'up');
  });
}

/** How far before the cut its purpose may stand: "To make space I dropped". */
const ROOM_BEFORE_REACH = 5;
/** How far after it: "I cut a section on kelp growth rates, which nobody asked about, to make room". */
const ROOM_AFTER_REACH = 12;

/** A relative "who" a few words before `at`, after anyone but the speaker or the team: they are the ones acting. */
function othersWho(reader: SentenceReader, at: number): boolean {
  const who = reader.firstIn(Math.max(reader.clauseOf(at)[0], at - 4), at, (t) => t.lower === 'who');
  return who > 0 && !AGENTS.has(reader.lower(who - 1)) && !reader.anyIn(who + 1, at, (t) => AGENTS.has(t.lower));
}
const GENEROUS_OTHERS = new Set(['people', 'everyone', 'everybody', 'volunteers', 'members', 'parents', 'they', 'staff', 'colleagues', 'others']);

/** First words of the plain give-ups ("skipped", "went without", "did without", "missed out on"). */
const PLAIN_GIVE_UPS = new Set(['skip', 'skipped', 'skipping', 'went', 'did', 'do', 'missed']);
/** "decided to skip", "suggested we skip": a give-up chosen as such. */
const CHOSE_TO = new Set(['decided', 'chose', 'agreed', 'suggested', 'proposed', 'opted', 'elected']);
/** Words that make what follows the price of something paid for: "to pay for the hoist we went without". */
const FUNDING = new Set(['pay', 'afford', 'fund', 'funded', 'budget', 'paid']);

/**
 * "Rebuilding the whole history meant 14 TB and a week of cluster time, so I reprocessed only the 90 days finance
 * reconciles": a course named by its gerund, priced, then set aside for the speaker's smaller one.
 */
function pricedThenSetAside(reader: SentenceReader, from: number, to: number): boolean {
  if (!isGerund(reader.token(0)) || from > COURSE_SUBJECT_WORDS || !amountFollows(reader, to)) return false;
  return reader.anyIn(to, reader.tokens.length, (t) => t.lower === 'so' && AGENTS.has(reader.lower(t.index + 1)));
}

/** Words a course named as the subject may take before its "meant": "Rebuilding the whole history". */
const COURSE_SUBJECT_WORDS = 5;

/** Verbs after "would rather" that name a price paid: "I'd rather lose the sale than", "we'd sooner wait a week than". */
const PRICE_VERBS = stems(['lose', 'miss', 'pay', 'wait', 'delay', 'give', 'skip', 'absorb', 'eat', 'cancel', 'turn', 'drop', 'spend', 'work']);
/** Sayings, not courses: "better safe than sorry", "rather be safe than sorry". */
const SAYING_ENDS = new Set(['sorry', 'never']);

/**
 * Where "than" stands after "would rather" in the speaker's or team's own clause, or -1: "I'd rather not say" and
 * "I would rather have had more time" set nothing against anything, and "rather be safe than sorry" is a saying.
 */
function preferredOver(reader: SentenceReader, from: number, to: number): number {
  if (!AGENTS.has(reader.lower(from)) && !reader.agentBefore(from, 3)) return -1;
  if (reader.lower(to) === 'not') return -1;
  for (let k = to + 1; k < Math.min(reader.tokens.length, to + 14); k++) {
    if (reader.lower(k) !== 'than') continue;
    return SAYING_ENDS.has(reader.lower(k + 1)) ? -1 : k;
  }
  return -1;
}

/** Counts before a unit of time: "one month", "a fortnight", "six weeks", "2 weeks". */

/**
 * "try it for one month", "try the new layout for a fortnight": the speaker or team tries, a count and a unit of time
 * follow, and no "to" of an effort comes after them ("tried for a week to reach him").
 */
function boundedTrial(reader: SentenceReader, from: number, to: number): boolean {
  // "we try", "I tried", and "let me try", "let us try": someone of the story's own side tries it.
  if (!AGENTS.has(reader.lower(from - 1)) && !['me', 'us'].includes(reader.lower(from - 1)) && !reader.agentBefore(from, 4)) return false;
  // "try it for that harbour for one season": the place tried may come before the length.
  const reach = reader.lower(to - 1) === 'for' && reader.anyIn(to, Math.min(reader.tokens.length, to + 4), (t) => t.lower === 'for') ? 7 : 3;
  for (let k = to; k < Math.min(reader.tokens.length, to + reach); k++) {
    const token = reader.token(k) as Token;
    if (!TIME_UNITS.has(token.stem) && !TIME_WORDS.has(token.stem)) continue;
    const count = reader.token(k - 1);
    if (count === undefined || !(count.kind === 'number' || PERIOD_COUNTS.has(count.lower))) return false;
    return reader.lower(k + 1) !== 'to';
  }
  return false;
}

/** Participles by which the speaker goes ahead aware of a cost: "knowing the catch was...", "accepting the price was...". */
const AWARE_OF = new Set(['knowing', 'accepting', 'understanding', 'realising', 'realizing']);

/** Words of a worse state after "meant": a slower service, a thinner display, harder work, tighter margins. */
const BECAME = new Set(['became', 'got', 'grew', 'was', 'were', 'felt', 'looked', 'ran']);
const WORSE_STATES = new Set(['slower', 'worse', 'thin', 'thinner', 'harder', 'tighter']);
/** States that count against a choice: "the counter became busier", "sales got lower". */
const WORSE_COMPARATIVES = new Set([...WORSE_STATES, 'busier', 'longer', 'later', 'noisier', 'messier', 'weaker', 'costlier', 'dearer', 'heavier', 'scarcer', 'poorer', 'lower', 'smaller', 'emptier', 'fuller']);
/** A stretch of time made harder by a choice: "two lean months", "a tight quarter", "three long weeks". */
const HARD_STRETCH = new Set(['lean', 'tight', 'hard', 'tough', 'thin', 'long', 'difficult', 'busy', 'expensive']);
/** Verbs after which "longer" or "later" is a price: "waited longer", "took longer", "worked later", "finished later". */
const DRAGGED = stems(['waited', 'wait', 'waiting', 'took', 'take', 'taking', 'queued', 'queue', 'worked', 'work', 'working', 'finished', 'finish', 'started', 'start']);

/** What falls behind for a choice made elsewhere: "meant my queue would slip", "the other orders would suffer". */
const SLIPPING = new Set(['slip', 'suffer', 'lag', 'stall', 'wait']);
/**
 * "I knowingly took lower recovery on one line to stretch the stock", "we took a smaller margin on the first order": the
 * speaker took less of something for the course taken. Not "it took less time", a gain, nor "I didn't take".
 */
function tookLess(reader: SentenceReader): [number, number] | undefined {
  const tokens = reader.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (reader.lower(k) !== 'took') continue;
    const subject = speakerBefore(reader, k);
    if (subject < 0) continue;
    const less = reader.lower(k + 1) === 'a' ? k + 2 : k + 1;
    const thing = reader.token(less + 1);
    if (TAKEN_LESS.has(reader.lower(less)) && thing !== undefined && thing.kind === 'word' && !TIME_WORDS.has(thing.stem)) return reader.span(subject, less - subject + 6);
  }
  return undefined;
}

const TAKEN_LESS = new Set(['lower', 'less', 'smaller', 'thinner', 'worse', 'reduced', 'slower']);

/**
 * Where "I" or "we" stands as the subject of the verb at `k`, an adverb allowed between ("I knowingly let"), or -1 when
 * the verb is not the speaker's or is negated ("I didn't let").
 */
function speakerBefore(reader: SentenceReader, k: number): number {
  const subject = isAdverb(reader.token(k - 1)) ? k - 2 : k - 1;
  return AGENTS.has(reader.lower(subject)) && !reader.negated(k, 3) ? subject : -1;
}

/** What other work did when it was let go: "slip", "slide", "wait", "lag", "suffer". */
const FALLING_BEHIND = new Set([...SLIPPING, 'slide']);
const SLIPPED = new Set(['slipped', 'suffered', 'lagged', 'stalled']);

/** Verbs by which someone bore what a choice took: "meant the night shift lost its break". */
const BORNE = new Set(['lost', 'missed', "couldn't", 'gave']);

/** What the speaker's people went without: "meant we didn't replace the plotter", "meant we missed the fair". */
const FORGOING = new Set(["didn't", "couldn't", 'lost', 'missed', 'skipped', 'dropped', 'gave']);

/** Words before a stretch of time that make it more than the other course took: "three extra weeks". */
const EXTRA = new Set(['extra', 'more', 'additional']);
/** Units of distance travelled: "another 90 km", "an extra three miles". */
const DISTANCES = new Set(['km', 'kilometres', 'kilometers', 'miles', 'mile', 'kilometre', 'kilometer']);

/** "it meant dropping the feature", "which meant we had to wait": the choice took something away. */
const LESS = new Set(['less', 'fewer']);
/** After an amount and "less", who went without: "one machine less for the rooms". */
const GOING_WITHOUT = new Set(['for', 'on', 'in', 'at', 'to']);
/** A stretch of time that is a gain: "six weeks of calm", "two years of growth". */
const TIME_ENJOYED = new Set(['calm', 'peace', 'quiet', 'growth', 'savings', 'profit', 'stability', 'rest', 'sleep', 'silence']);
/** Less of these is a gain, not a price: "meant fewer complaints", "meant 40 fewer returns". */
const TROUBLES = stems(['complaints', 'errors', 'mistakes', 'defects', 'returns', 'injuries', 'accidents', 'incidents', 'delays', 'problems', 'breakdowns', 'callbacks', 'rejects', 'faults', 'claims', 'queries', 'tickets', 'escalations']);

/** How far after "meant" the "had to" of whoever bore it may stand. */
const BEARER_REACH = 6;

function meansLoss(reader: SentenceReader, at: number): boolean {
  const next = reader.token(at);
  if (next === undefined) return false;
  // "it meant pushing back on the team" is standing firm, not something given up.
  if (next.lower === 'pushing' && reader.lower(at + 1) === 'back' && DISAGREEMENT_FOLLOWERS.has(reader.lower(at + 2))) return false;
  // "That meant fewer complaints": less of a trouble is what the choice bought.
  if (LESS.has(next.lower) && TROUBLES.has(reader.token(at + 1)?.stem ?? '')) return false;
  if (isGerund(next) || ['less', 'fewer', 'no', 'slower', 'giving', 'losing', 'missing', 'delaying', 'dropping'].includes(next.lower)) return true;
  // "This meant lower pay for six months", "it meant higher costs": less of what people earn, or more of what they pay.
  const thing = reader.token(at + 1)?.stem ?? '';
  if ((LOWER.has(next.lower) && EARNINGS.has(thing)) || (HIGHER.has(next.lower) && OUTGOINGS.has(thing))) return true;
  // "that meant about 700 fewer trees for the same money": an amount, then less of it.
  let k = at;
  while (APPROXIMATELY.has(reader.lower(k)) || reader.token(k)?.kind === 'number' || NUMBER_WORDS.has(reader.lower(k)) || (k === at && reader.lower(k) === 'one')) k++;
  if (k > at && LESS.has(reader.lower(k)) && !TROUBLES.has(reader.token(k + 1)?.stem ?? '')) return true;
  // "that meant one machine less for the rooms": the thing named between the amount and "less", and who went without.
  // "That meant one hammerer less, so output dipped": the clause may end on "less".
  // "That meant one day a week less in my own court": a rate may stand between the thing and "less".
  const less = k > at && RATE_LEADS.has(reader.lower(k + 1)) && TIME_WORDS.has(reader.token(k + 2)?.stem ?? '') ? k + 3 : k + 1;
  if (k > at && LESS.has(reader.lower(less)) && (GOING_WITHOUT.has(reader.lower(less + 1)) || reader.gapAfter(less).includes(',') || less + 1 >= reader.tokens.length)) return true;
  // "which meant two lean months for everyone", "a tight quarter": a stretch of time made harder.
  if (k > at && HARD_STRETCH.has(reader.lower(k)) && TIME_WORDS.has(reader.token(k + 1)?.stem ?? '')) return true;
  // "it meant another 90 km of travel for them", "an extra two hours a day": more distance or time for someone.
  const more = next.lower === 'another' ? at + 1 : next.lower === 'an' && reader.lower(at + 1) === 'extra' ? at + 2 : -1;
  if (more > 0) {
    let amount = more;
    while (APPROXIMATELY.has(reader.lower(amount))) amount++;
    const unit = reader.token(amount + 1);
    if ((reader.token(amount)?.kind === 'number' || NUMBER_WORDS.has(reader.lower(amount))) && unit !== undefined && (TIME_WORDS.has(unit.stem) || DISTANCES.has(unit.lower))) return true;
  }
  // "Raising the threshold meant six weeks of documentation": a stretch of time spent on something, not one of calm.
  if (k > at && TIME_WORDS.has(reader.token(k)?.stem ?? '') && reader.lower(k + 1) === 'of' && !TIME_ENJOYED.has(reader.lower(k + 2))) return true;
  // "It meant eight weekends for me instead of one", "three extra weeks": more time taken than the other course's.
  if (k > at && EXTRA.has(reader.lower(k)) && TIME_WORDS.has(reader.token(k + 1)?.stem ?? '')) return true;
  if (k > at && TIME_WORDS.has(reader.token(k)?.stem ?? '') && reader.anyIn(k + 1, Math.min(reader.tokens.length, k + 5), (t) => t.lower === 'instead')) return true;
  // "which meant we didn't replace the plotter that year": something the speaker's people went without.
  // "meant we didn't have to buy the part" is a saving.
  if (AGENTS.has(next.lower) && FORGOING.has(reader.lower(at + 1)) && !['have', 'need'].includes(reader.lower(at + 2))) return true;
  if (next.lower === 'that' && at + 1 < reader.tokens.length && reader.lower(at + 1) !== 'that') return meansLoss(reader, at + 1);
  if (AGENTS.has(next.lower) && (reader.lower(at + 1) === 'had' || BORNE.has(reader.lower(at + 1)))) return true;
  // "meant a three-week delay for the fourth owner": a stretch of waiting, counted.
  if (A_OR_AN.has(next.lower) && (reader.token(at + 1)?.kind === 'number' || NUMBER_WORDS.has(reader.lower(at + 1))) && TIME_WORDS.has(reader.token(at + 2)?.stem ?? '') && DELAYS.has(reader.lower(at + 3))) return true;
  // "which meant I worked some nights myself for a year": the work the step left, taken on by the speaker.
  if (AGENTS.has(next.lower) && isPastOrParticiple(reader.token(at + 1)) && reader.anyIn(at + 2, Math.min(reader.tokens.length, at + 7), (t) => t.lower === 'myself' || t.lower === 'ourselves')) return true;
  // "which meant guests waited longer", "it meant the beds looked thin that summer": someone bore a worse state; "meant
  // they no longer waited" is what the choice bought, and "the batteries lasted longer" a gain, so "longer" and "later"
  // count only after waiting, taking or working.
  const [, end] = reader.clauseOf(at);
  // "which meant guests in the breakfast rush waited longer": the subject may run to a few words.
  for (let k = at; k < Math.min(end, at + 9); k++) {
    const word = reader.lower(k);
    const before = reader.lower(k - 1);
    if (before === 'no' || before === 'any') continue;
    if (WORSE_STATES.has(word) || ((word === 'longer' || word === 'later') && DRAGGED.has(reader.token(k - 1)?.stem ?? ''))) return true;
    // "it meant the public map became less precise", "the others got less practice".
    if ((word === 'less' || word === 'fewer') && BECAME.has(before)) return true;
    // "working those first meant my regular queue would slip": what the choice would let fall behind.
    if (word === 'would' && SLIPPING.has(reader.lower(k + 1))) return true;
    // "That meant my own paperwork slipped to the evenings": what the choice let fall behind.
    if (SLIPPED.has(word)) return true;
  }
  // "The rotation meant technicians had to be trained on more tasks": someone else bore what the choice took.
  // "That meant the new outdoor shed had to wait a year": the subject may run to a few words, and after its article a
  // word that looks like a past verb ("shed", "the broken pump") still belongs to it.
  const nounPhrase = DETERMINERS.has(reader.lower(at));
  for (let k = at + 1; k < Math.min(reader.tokens.length, at + BEARER_REACH); k++) {
    const word = reader.lower(k);
    if ((word === 'had' && reader.lower(k + 1) === 'to') || BORNE.has(word)) return true;
    if (reader.token(k)?.kind !== 'word' || (isPastOrParticiple(reader.token(k)) && !nounPhrase) || MODALS.has(word)) return false;
  }
  return false;
}

function givenAsReason(reader: SentenceReader, at: number): boolean {
  const before = reader.lower(at - 1);
  if (BE_OR_GET.has(before) || ['had', 'has', 'have', 'been', 'being'].includes(before) || AGENTS.has(before)) return false;
  const next = reader.token(at + 1);
  // "Ruling given the same morning", "notice given the next day": a thing given at a time, not a reason.
  // "Given the weekend rush" is still a reason.
  const when = reader.token(at + 3);
  if (next?.lower === 'the' && SAME_OR_NEXT.has(reader.lower(at + 2)) && when !== undefined && (TIME_UNITS.has(when.stem) || PARTS_OF_DAY.has(when.lower))) return false;
  return next !== undefined && (next.lower === 'that' || next.lower === 'how' || DETERMINERS.has(next.lower));
}

const SAME_OR_NEXT = new Set(['same', 'next', 'following', 'previous']);
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening']);

/**
 * A passive of a state found before `at` in its clause ("was being rounded", "had been keyed"), not of a choice, and
 * no "I" or "we" before it. A plain passive ("were made to order rather than prepared in bulk") may tell a step.
 */
function doneWithoutUs(reader: SentenceReader, at: number): boolean {
  if (reader.anyIn(0, at, (t) => AGENTS.has(t.lower))) return false;
  const [start] = reader.clauseOf(at);
  return reader.anyIn(start, at, (t) => {
    const verb = reader.token(t.index + 1);
    const stateFound = t.lower === 'being' || (t.lower === 'been' && reader.lower(t.index - 1) === 'had');
    return stateFound && verb !== undefined && isPastOrParticiple(verb) && !CHOSEN.has(verb.stem);
  });
}

const CHOSEN = stems(['decided', 'chosen', 'agreed', 'opted', 'selected', 'approved', 'picked', 'preferred']);

/** "since the vendor was late" gives a reason; "since then", "since 2019" and "since the launch" tell time. */
function causalSince(reader: SentenceReader, at: number): boolean {
  const before = reader.lower(at - 1);
  const next = reader.token(at + 1);
  // "in the two trials since where distances mattered": "since" after a count means "after then".
  if (WH_WORDS.has(next?.lower ?? '')) return false;
  if (before === 'ever' || next === undefined || next.kind === 'number' || SINCE_TIME.has(next.lower) && !FINITE.has(reader.lower(at + 2)) && !FINITE.has(reader.lower(at + 3))) {
    if (!(next !== undefined && ['the', 'my', 'our', 'that'].includes(next.lower))) return false;
  }
  const [, end] = reader.clauseOf(at + 1);
  return reader.anyIn(at + 1, Math.min(end, at + 8), (t) => FINITE.has(t.lower) || (isPastOrParticiple(t) && t.index > at + 1));
}

/** "as it would have", "as we had no spare pickers"; not "as it turned out". */
function asReason(reader: SentenceReader, at: number): boolean {
  const verb = reader.token(at + 2);
  if (verb === undefined || AS_NOT_REASON.has(verb.stem)) return false;
  if (['such', 'as', 'same', 'well'].includes(reader.lower(at - 1))) return false;
  // "I backed the plan as best I could", "as much as we could": how far, not why ("as we couldn't afford it" is why).
  if ((verb.lower === 'could' || verb.lower === 'can') && reader.clauseOf(at + 2)[1] === at + 3) return false;
  return FINITE.has(verb.lower) || ['needed', 'meant', 'kept', 'gave', 'saved', 'let', 'cost', 'took', 'avoided'].includes(verb.lower);
}

/** Verbs of telling or describing: what follows them is explained to someone, not weighed. */
const TELLING = stems(['explained', 'explain', 'described', 'describe', 'told', 'tell', 'showed', 'show', 'taught', 'understood', 'understand', 'talked', 'warned']);

/** A risk named by the speaker: "the risk was", "the risk of", "risky", "worst case"; "at risk" is the situation. */
function namesRisk(reader: SentenceReader, at: number): boolean {
  const before = reader.lower(at - 1);
  if (before === 'at' || reader.negated(at, 2)) return false;
  // "explained the risk to her", "told them about the risk": the speaker describing the situation, not weighing a choice.
  if (DETERMINERS.has(before) && reader.anyIn(Math.max(reader.clauseOf(at)[0], at - 5), at - 1, (t) => TELLING.has(t.stem))) return false;
  // "a risk-based system" is a kind of system, and "the risk allowance" a payment for danger: neither names a risk.
  return reader.lower(at + 1) !== 'based' && !DANGER_PAY.has(reader.lower(at + 1));
}

/** What "risk" names when it pays for danger: "risk allowance", "risk pay". */
const DANGER_PAY = new Set(['allowance', 'allowances', 'pay', 'premium', 'bonus']);

/**
 * Modal counterfactuals: "I could have rebuilt the index" and "a rewrite would have been cleaner, but" are options not
 * taken; "that would have cost us the client" and "because a cache would have served stale rates" are why.
 */
function counterfactuals(reader: SentenceReader, add: (kind: TradeoffKind, span: [number, number], key: string) => void): void {
  const tokens = reader.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    let have = -1;
    if (MODALS.has(token.lower)) {
      let k = i + 1;
      while (isAdverb(tokens[k])) k++;
      if (tokens[k]?.lower === 'have') have = k;
    } else if (token.lower.endsWith("'ve") && MODALS.has(token.lower.slice(0, -3))) have = i;
    else if (CONTRACTED_MODALS.has(token.lower) && tokens[i + 1]?.lower === 'have') have = i + 1;
    if (have < 0) {
      pastConditional(reader, i, add);
      courseWouldCost(reader, i, add);
      continue;
    }
    let p = have + 1;
    while (isAdverb(tokens[p])) p++;
    const participle = tokens[p];
    // "I'd have liked waking nights every night, but the budget only stretched to two": what the speaker wanted and
    // did without, the price of the course taken.
    if (WISHES.has(participle?.stem ?? '')) {
      const wisher = token.lower.includes("'") ? token.lower.slice(0, token.lower.indexOf("'")) : reader.lower(i - 1);
      const but = tokens.findIndex((t, k) => k > p && k < p + 14 && t.lower === 'but');
      if (AGENTS.has(wisher) && but > 0) add('cost', [Math.max(0, i - 1), Math.min(tokens.length, but + 6)], 'wish given up');
    }
    // "could've just reset the counter": a participle whose form is also its base.
    if (!(isPastOrParticiple(participle) || SAME_FORM_VERBS.has(participle?.lower ?? '')) || WISHES.has(participle?.stem ?? '')) continue;
    const [start, end] = reader.clauseOf(i);
    // "could have done more" regrets; "could have reformulated for more water tolerance" names an option.
    // "could have kept hiring drivers at about $20,000 a year more": "more" after an amount prices the option.
    const regret = (t: Token): boolean => REGRET.has(t.lower) && (t.lower !== 'more' || t.index === p + 1 || (t.index === end - 1 && !pricedMore(reader, t.index)));
    if (reader.anyIn(start, end, regret)) continue;
    const subjectStart = start;
    const opener = reader.lower(subjectStart);
    const subject = token.lower.includes("'") && !token.lower.endsWith("'ve") ? token.lower.slice(0, token.lower.indexOf("'")) : reader.lower(i - 1);
    // After "but" or "so" a counterfactual without "I" or "we" tells what the option would have done: why, not what else.
    const consequence = (opener === 'but' || opener === 'so' || opener === 'and') && !AGENTS.has(subject);
    // "It would have been easier to buy the software, but": an easier course not taken is an option weighed.
    const easierCourse = subject === 'it' && participle?.lower === 'been' && EASIER.has(reader.lower(p + 1)) && reader.lower(p + 2) === 'to';
    // "Waiting for the engineer would have meant cancelling", "but buying a new fridge would have cost £3,000": a course
    // named as the subject, with what it would have done, is an option weighed and the reason it lost.
    const opening = opener === 'but' || opener === 'and' || opener === 'so' ? subjectStart + 1 : subjectStart;
    // "Re-drilling all three would have cost £30,000": a hyphenated verb is read by its last part.
    const courseAt = reader.gapAfter(opening) === '-' ? opening + 1 : opening;
    // "Knowing the numbers would have helped" is hindsight about what the speaker lacked, not a course set aside.
    const gerundCourse =
      !AGENTS.has(subject) && courseAt < i && isGerund(tokens[courseAt]) && !HINDSIGHT.has(reader.lower(courseAt)) && !HINDSIGHT.has(participle?.lower ?? '');
    if (easierCourse) {
      add('alternative', [subjectStart, Math.min(end, p + 8)], 'easier course');
    } else if (gerundCourse) {
      add('alternative', [opening, Math.min(end, i)], 'course not taken');
      add('reason', [opening, Math.min(end, p + 6)], 'would have');
    } else if (REASON_OPENERS.has(opener) || consequence || CONSEQUENCE_SUBJECTS.has(subject)) {
      add('reason', [subjectStart, Math.min(end, p + 6)], 'would have');
    } else if (AGENTS.has(subject) || i - subjectStart >= 1) {
      // "I chose the courier. A van would have cost twice as much.": set against a decision in this sentence or the last.
      // "Bio-resin would have added forty dollars a board. ... I went with extraction.": an option priced, then the pick.
      const pricedBeforePick = PRICE_PARTICIPLES.has(participle?.lower ?? '') && reader.decidesSoon && reader.anyIn(p + 1, Math.min(end, p + 7), (t) => isNumberToken(t) || MULTIPLES.has(t.lower));
      const decided = !AGENTS.has(subject) && (reader.facts.voice.iDecisions.length > 0 || reader.previousDecides || pricedBeforePick);
      // "I could have kept the model crude, or learn the numerical side": the second course after "or" sets it against.
      // "I could have reformulated for more water tolerance. I didn't: about six months of work".
      const refusedNext = AGENTS.has(subject) && nextRefuses(reader);
      // "I could have asked for new insulators on all 31 poles. Stores only had 12 sets, and a shutdown that long would
      // have cut 1,400 customers for a day.": what the option would have done, told next, sets it aside.
      const pricedNext = AGENTS.has(subject) && nextCounterfactual(reader);
      // "I could have quietly fixed the method and waited for a better quarter. I chose to send her the corrected figure":
      // the speaker's choice, opening the next sentence, sets the option aside.
      const choseNext = AGENTS.has(subject) && AGENTS.has(reader.nextOpening[0]?.lower ?? '') && CHOOSING_NEXT.has(reader.nextOpening[1]?.lower ?? '');
      if (!contrastFollows(reader, i) && !decided && !orCourseAfter(reader, p) && !refusedNext && !pricedNext && !choseNext) {
        // "A whole new string would have waited for next year's budget, so I swapped just those six": a thing not yet
        // had, what it would have meant, and the speaker's other step because of it. "The batch would have expired,
        // so I moved it" is the trouble itself.
        if (!AGENTS.has(subject) && (opener === 'a' || opener === 'an') && soWeActed(reader, p)) {
          add('alternative', [subjectStart, Math.min(end, i)], 'course not taken');
          add('reason', [subjectStart, Math.min(end, p + 6)], 'would have');
        }
        continue;
      }
      const from = AGENTS.has(subject) ? i : subjectStart;
      add('alternative', [from, Math.min(end, p + 6)], 'could have');
    }
    i = p;
  }
}

/** Base verbs by which a course is priced before anyone takes it: "would take months", "would cost 40,000 dollars". */
const FORESEEN_PRICES = new Set(['take', 'cost', 'mean', 'need', 'require', 'add', 'delay']);

/**
 * "Waiting for the landlord's capex approval would take months; I had my team replace the actuators": a course named
 * as the subject, what it would take, and a step of the speaker's or the team's after it in the same sentence.
 */
function courseWouldCost(reader: SentenceReader, at: number, add: (kind: TradeoffKind, span: [number, number], key: string) => void): void {
  if (!MODALS.has(reader.lower(at)) || !FORESEEN_PRICES.has(reader.lower(at + 1))) return;
  const [start, end] = reader.clauseOf(at);
  const opening = LINKING.has(reader.lower(start)) ? start + 1 : start;
  if (opening >= at || !isGerund(reader.token(opening)) || HINDSIGHT.has(reader.lower(opening)) || reader.anyIn(opening, at, (t) => AGENTS.has(t.lower))) return;
  // The step comes after a break: "...; I had my team...", "..., so I bought...".
  const stepAfterBreak = (verb: Token): boolean => verb.index > at + 2 && reader.anyIn(at + 2, verb.index, (t) => t.lower === 'so' || /[;,:—–]/.test(reader.gapAfter(t.index - 1)));
  const voice = reader.facts.voice;
  if (!voice.iActions.some(stepAfterBreak) && !voice.weActions.some(stepAfterBreak)) return;
  add('alternative', [opening, at], 'course not taken');
  add('reason', [opening, Math.min(end, at + 6)], 'would have');
}

/** "$20,000 a year more", "two days more": an amount told just before "more". */
function pricedMore(reader: SentenceReader, more: number): boolean {
  return reader.anyIn(Math.max(0, more - 4), more, (t) => isNumberToken(t));
}

/** What an option not taken would have cost: "would have added forty dollars a board", "would have taken twice as long". */
const PRICE_PARTICIPLES = new Set(['added', 'cost', 'taken', 'meant', 'needed', 'required', 'doubled', 'tripled']);
const MULTIPLES = new Set(['twice', 'double', 'triple', 'half']);

/** A "would have" with its participle in the next sentence: what an option just named would have done. */
function nextCounterfactual(reader: SentenceReader): boolean {
  const next = reader.nextOpening;
  for (let k = 0; k + 2 < Math.min(next.length, 24); k++) {
    if ((next[k] as Token).lower === 'would' && (next[k + 1] as Token).lower === 'have' && isPastOrParticiple(next[k + 2])) return true;
  }
  return false;
}

/** ", so I swapped", ", so we": the speaker's step after a clause, set against it. */
function soWeActed(reader: SentenceReader, from: number): boolean {
  return reader.anyIn(from + 1, reader.tokens.length - 1, (t) => t.lower === 'so' && AGENTS.has(reader.lower(t.index + 1)) && reader.gapAfter(t.index - 1).includes(','));
}

/** After "reject": a plain noun ("reject pictures", "reject bin"), not what was turned down ("reject the offer"). */
function isRejectPile(reader: SentenceReader, at: number): boolean {
  const next = reader.token(at);
  return next !== undefined && next.kind === 'word' && !DETERMINERS.has(next.lower) && !PERSONAL_PRONOUNS.has(next.lower) && !isGerund(next);
}

const HINDSIGHT = new Set(['knowing', 'having', 'hearing', 'seeing', 'helped']);

/** ", or learn it properly": a second course after a comma and "or", later in the sentence. */
function orCourseAfter(reader: SentenceReader, from: number): boolean {
  return reader.anyIn(from + 2, reader.tokens.length - 1, (t) => orOpensCourse(reader, t.index) && reader.gapAfter(t.index - 1).includes(','));
}

/** "or recalibrate it", "or learn the numerical side": "or" at `at`, then a course of action. */
function orOpensCourse(reader: SentenceReader, at: number): boolean {
  return reader.lower(at) === 'or' && secondCourse(reader.token(at + 1));
}

/** "because of the trade-off", "because of the risk": a reason that names the idea of one and gives none. */
function namesOnlyTheConcept(reader: SentenceReader, at: number): boolean {
  let k = at;
  if (reader.lower(k) === 'of') k++;
  if (DETERMINERS.has(reader.lower(k))) k++;
  const noun = reader.token(k);
  if (noun === undefined || !CONCEPTS.has(noun.stem)) return false;
  const after = reader.lower(k + 1);
  return after === '' || after === 'between' || after === 'and' || !/[a-z]/.test(after) || reader.token(k + 1)?.kind !== 'word';
}

const CONCEPTS = stems(['trade', 'tradeoff', 'tradeoffs', 'risk', 'risks', 'benefit', 'benefits', 'reasons', 'situation', 'priorities']);

/**
 * "It was not easy because it was a busy season", "the data has always been a challenge, because every state records
 * it differently": the "because" explains why something was hard, not why the speaker chose anything.
 */
function explainsDifficulty(reader: SentenceReader, at: number): boolean {
  if (reader.lower(at) !== 'because') return false;
  const [clauseStart] = reader.clauseOf(Math.max(0, at - 1));
  for (let k = at - 1; k >= Math.max(clauseStart, at - DIFFICULTY_REACH); k--) {
    const token = reader.token(k);
    if (token === undefined) break;
    if (DIFFICULTY.has(token.stem) || (token.lower === 'easy' && isNegation(reader.token(k - 1)))) return true;
  }
  return false;
}

const DIFFICULTY_REACH = 5;
const DIFFICULTY = stems(['hard', 'difficult', 'challenge', 'challenging', 'tough', 'tricky', 'complicated', 'stressful', 'struggle', 'struggled']);

/** Prepositions that give the form or channel of something: "in words", "by phone", "via email". */
const MEDIUM_PREPOSITIONS = new Set(['in', 'by', 'via', 'on', 'over']);

/** "in words instead of tables": a bare noun after the marker, set against a prepositional phrase just before it. */
function isMedium(reader: SentenceReader, at: number): boolean {
  const next = reader.token(at);
  if (next === undefined || next.kind !== 'word' || DETERMINERS.has(next.lower) || isGerund(next) || AGENTS.has(next.lower)) return false;
  // The marker is "instead of" or "rather than" (two tokens) and right before it stands "in X" or "by X".
  const marker = at - 2;
  return MEDIUM_PREPOSITIONS.has(reader.lower(marker - 2)) && reader.token(marker - 1)?.kind === 'word' && !DETERMINERS.has(reader.lower(marker - 1));
}

/** How often: "instead of twice a week", "rather than once a month". */
const FREQUENCY = new Set(['once', 'twice', 'daily', 'weekly', 'monthly', 'yearly', 'annually', 'hourly', 'nightly', 'every', 'each']);

/** An amount of time or a bare figure right after a position, or "a few / a full / a couple of" and a unit of time. */
const USUAL = new Set(['usual', 'normal', 'typical', 'planned', 'expected', 'previous', 'old', 'standard', 'average', 'original']);

function isQuantity(reader: SentenceReader, at: number): boolean {
  // "in four months instead of the usual six", "two clients instead of around ten": the amount compared with what it
  // would have been.
  while (reader.lower(at) === 'the' || USUAL.has(reader.lower(at)) || APPROXIMATELY.has(reader.lower(at))) at++;
  const first = reader.token(at);
  if (first === undefined) return false;
  if (FREQUENCY.has(first.lower)) return true;
  // "dashboards before opening at 8 instead of after 9", "instead of in six weeks": the same amount after its
  // preposition.
  if (AMOUNT_PREPOSITIONS.has(first.lower) && reader.token(at + 1)?.kind === 'number') return isQuantity(reader, at + 1);
  if (first.lower === 'a' || first.lower === 'an') {
    const size = reader.lower(at + 1);
    const unit = reader.token(at + (size === 'couple' ? 3 : 2));
    return ['few', 'full', 'couple', 'whole', 'single'].includes(size) && unit !== undefined && TIME_WORDS.has(unit.stem);
  }
  // "at 9am instead of 10am", "8:30 rather than 9": a time of day moved, not an option weighed.
  if (/^\d{1,2}(:\d\d)?(am|pm)$/.test(first.lower) || (first.kind === 'number' && ['am', 'pm', "o'clock"].includes(reader.lower(at + 1)))) return true;
  if (first.kind !== 'number' && !(NUMBER_WORDS.has(first.lower) && first.lower !== 'few' && first.lower !== 'several')) return false;
  // "instead of 4 weeks", "instead of 8", "instead of nine, and", "instead of 14%"; "instead of three suppliers" still
  // names options.
  const unit = reader.token(at + 1);
  const phraseEnds = /[,.;:]/.test(reader.gapAfter(at));
  return first.lower.endsWith('%') || phraseEnds || unit === undefined || unit.kind !== 'word' || TIME_WORDS.has(unit.stem) || !/[a-z]/.test(unit.lower);
}

const AMOUNT_PREPOSITIONS = new Set(['after', 'before', 'at', 'by', 'in', 'within', 'around', 'about', 'over', 'under']);

/** "To get there, I gave up my October blocks": a purpose opening the sentence is why the speaker did what follows. */
function openingPurpose(reader: SentenceReader): [number, number] | undefined {
  if (reader.lower(0) !== 'to' || reader.token(1)?.kind !== 'word') return undefined;
  const agent = reader.tokens.findIndex((t, i) => i > 1 && i < 10 && AGENTS.has(t.lower));
  return agent > 1 ? [0, agent] : undefined;
}

/** Courses given up, named by their gerund as the subject: "Holding back on wide-leg left some sales on the table". */
const HARDEST = new Set(['hard', 'hardest', 'difficult', 'tough', 'toughest', 'painful']);
const PART_OF_IT = new Set(['part', 'thing', 'bit']);
const GIVING_UP_GERUNDS = new Set(['holding', 'delaying', 'skipping', 'dropping', 'postponing', 'pausing', 'giving', 'cutting', 'deferring', 'waiting', 'losing', 'missing']);
const CONSEQUENCES = stems(['left', 'cost', 'meant', 'lost', 'slowed', 'delayed', 'took', 'hurt']);

function givingUpAsSubject(reader: SentenceReader): [number, number] | undefined {
  // "The hard part was giving up the camps": the loss named as the hardest part of the course.
  for (let k = 1; k < Math.min(reader.tokens.length - 3, 6); k++) {
    if (HARDEST.has(reader.lower(k)) && PART_OF_IT.has(reader.lower(k + 1)) && COPULAS.has(reader.lower(k + 2)) && GIVING_UP_GERUNDS.has(reader.lower(k + 3))) return reader.span(Math.max(0, k - 1), 8);
  }
  const first = reader.lower(0);
  if (!GIVING_UP_GERUNDS.has(first) || temptingCourse(reader) !== undefined) return undefined;
  for (let k = 1; k < Math.min(reader.tokens.length, 8); k++) if (CONSEQUENCES.has(reader.token(k)?.stem ?? '')) return reader.span(0, k + 6);
  return undefined;
}

/**
 * "Dropping the editor too was tempting, but...", "Hiring a temp would have been easier": a course named by its gerund
 * and called tempting or easier is the road not taken; so is one named just before and pointed back at, then set
 * aside ("The manager's view was: buy what the Norwegians buy. That would have been quicker ... But").
 */
function temptingCourse(reader: SentenceReader): [number, number] | undefined {
  if (!isGerund(reader.token(0))) return pointedBackEasier(reader);
  const lastBut = reader.tokens.findLastIndex((t) => t.lower === 'but');
  for (let k = 1; k < Math.min(reader.tokens.length - 1, 13); k++) {
    if (!COPULAS.has(reader.lower(k)) && reader.lower(k) !== 'been') continue;
    const next = reader.lower(k + 1) === 'been' ? k + 2 : k + 1;
    // "Keeping the unit running was possible, but it would have looked...": possible, then set aside.
    const setAside = lastBut > next || reader.nextOpensContrast;
    if (EASIER.has(reader.lower(next)) && (reader.lower(next) !== 'possible' || setAside)) return reader.span(0, next + 1);
    // "Calling every customer was an option, but", "was on the table, but".
    if (setAside && ((reader.lower(next) === 'an' && reader.lower(next + 1) === 'option') || (reader.lower(next) === 'on' && reader.lower(next + 2) === 'table'))) return reader.span(0, next + 3);
  }
  return undefined;
}

/** "That would have been quicker and saved me two evenings a week. But ...": "that" is the course told just before. */
function pointedBackEasier(reader: SentenceReader): [number, number] | undefined {
  if (!['that', 'this', 'which'].includes(reader.lower(0))) return undefined;
  const modal = reader.lower(1) === 'would' || reader.lower(1) === "would've" ? 2 : -1;
  if (modal < 0) return undefined;
  const been = reader.lower(modal) === 'have' && reader.lower(modal + 1) === 'been' ? modal + 2 : reader.lower(modal) === 'been' ? modal + 1 : -1;
  if (been < 0 || !EASIER.has(reader.lower(been)) || reader.lower(been) === 'possible') return undefined;
  return reader.lastContrast > been || reader.nextOpensContrast ? reader.span(0, been + 6) : undefined;
}

/**
 * "Some people suggested letting only light vehicles up, but the risk was the wall": a course someone else put
 * forward and the speaker set aside is an option weighed; the "but" gives the reason.
 */
/** Courses put forward whose "but" may open the next part of a split sentence. */
const SPLIT_PROPOSALS = new Set(['proposed', 'suggested', 'recommended', 'pitched', 'advised', 'urged']);
/** Who puts a course forward without it being someone else's: the speaker, or anyone at all ("you suggested"). */
const NOT_OTHERS = new Set(['you', 'i', 'we']);

function othersSuggestion(reader: SentenceReader): [number, number] | undefined {
  for (let k = 1; k < reader.tokens.length - 2; k++) {
    // "Other coaches said put him in the eight. | I decided different: ...", "Other teachers said he is just not careful.
    // | I did not want to judge before I see": what others said is a course or view put forward when the speaker's next
    // words set it aside.
    if (reader.lower(k) === 'said' && !AGENTS.has(reader.lower(k - 1)) && answeredNext(reader)) return answeredSpan(reader, k);
    // "my manager's quick fix was to hire two temps. | I didn't want to throw more people at an inbox": a course someone
    // else put forward, named by its noun.
    if (othersProposal(reader, k) && (answeredNext(reader) || answeredAfterSemicolon(reader, k))) return answeredSpan(reader, k);
    if (!WANTING.has(reader.token(k)?.stem ?? '') || AGENTS.has(reader.lower(k - 1))) continue;
    // "I learned that people want to help, but they need an easy way to say yes": what people want, drawn as a lesson,
    // is an insight about them, not a course anyone put forward.
    if (reader.anyIn(0, k, (t) => LESSON_VERBS.has(t.lower) && reader.lower(t.index + 1) === 'that')) return undefined;
    // "something none of us expected: ...": a surprise, not a course anyone wanted.
    if (reader.lower(k) === 'expected' && reader.anyIn(Math.max(0, k - 3), k, (t) => t.lower === 'none' || isNegation(t))) continue;
    // "It did push things back a bit": a delay, not a course someone pushed for.
    if (reader.lower(k).startsWith('push') && reader.anyIn(k + 1, Math.min(reader.tokens.length, k + 4), (t) => t.lower === 'back')) continue;
    // "I was asked to run the tests, but...": a task given to the speaker, not a course someone else preferred.
    if (BE_OR_GET.has(reader.lower(k - 1)) || reader.lower(k - 1) === 'been') continue;
    // "Nobody asked me to, but I thought the station could...": the speaker's own initiative, no course anyone wanted.
    if (NOBODY.has(reader.lower(k - 1)) || (reader.lower(k - 1) === 'one' && reader.lower(k - 2) === 'no')) continue;
    const but = reader.tokens.findIndex((t, i) => i > k + 1 && i < k + 14 && t.lower === 'but');
    // "Everybody wanted their clothes at once, but we managed": a rush coped with, no course set aside.
    if (but > 0 && copes(reader, but + 1)) continue;
    if (but > 0) return [Math.max(0, k - 2), but];
    // "Everybody proposed me solar panels on the barn, 38,000 euros, | but the landscape office here is very strict":
    // the contrast may open the next part of a long sentence, split before it.
    const next = reader.nextOpening;
    if (but < 0 && SPLIT_PROPOSALS.has(reader.lower(k)) && !NOT_OTHERS.has(reader.lower(k - 1)) && k + 14 > reader.tokens.length && next[0]?.lower === 'but' && !(AGENTS.has(next[1]?.lower ?? '') && COPING.has(next[2]?.stem ?? ''))) {
      return [Math.max(0, k - 2), reader.tokens.length];
    }
    // "The board wanted a new studio desk, about €18,000, and I argued we put that money into the van": the speaker's
    // own course set against it in the same sentence.
    const against = reader.tokens.findIndex((t, i) => i > k + 2 && i < k + 16 && AGENTS.has(t.lower) && ARGUING.has(reader.lower(i + 1)) && reader.lower(i - 1) === 'and');
    if (against > 0) return [Math.max(0, k - 2), Math.min(reader.tokens.length, against + 6)];
    // "The fleet manager wanted me to bring in two agency cleaners. I thought that was the wrong call: ...": the
    // speaker's answer to it opens the next sentence.
    // The quote starts in the wish's own clause: "When I started in 2021, | the plan from headquarters was...".
    if ((answeredNext(reader) || answeredAfterSemicolon(reader, k)) && reader.lower(k - 1) !== 'it') return answeredSpan(reader, k);
  }
  return undefined;
}

/**
 * "Normal process is, we send the form and wait for approval. | I did not wait, because diarrhoea can start in 48
 * hours": the speaker refusing, with its reason, the very step the sentence before told as the usual course.
 */
function usualCourseRefused(reader: SentenceReader): [number, number] | undefined {
  if (!AGENTS.has(reader.lower(0))) return undefined;
  const verb = reader.lower(1) === "didn't" ? 2 : reader.lower(1) === 'did' && reader.lower(2) === 'not' ? 3 : -1;
  const refused = reader.token(verb);
  if (verb < 0 || refused === undefined || reader.lower(verb + 1) !== 'because') return undefined;
  return reader.previous.some((t) => t.stem === refused.stem) ? reader.span(0, verb + 1) : undefined;
}

/** "my manager's quick fix was to", "their idea was": at `k`, a proposal noun owned by someone else, then "was". */
function othersProposal(reader: SentenceReader, k: number): boolean {
  // "Their first idea was that the supplier sent old fish" is a view of the cause, not a course.
  if (!PROPOSAL_NOUNS.has(reader.lower(k)) || !COPULAS.has(reader.lower(k + 1)) || reader.lower(k + 2) === 'that') return false;
  const owner = [reader.lower(k - 1), reader.lower(k - 2)].find((w) => w.endsWith("'s") || OTHERS_POSSESSIVES.has(w));
  return owner !== undefined && owner !== "one's";
}

const PROPOSAL_NOUNS = new Set(['idea', 'plan', 'fix', 'solution', 'suggestion', 'proposal', 'answer', 'instinct']);

/** The quote of a course others put forward at `k` and the speaker answered next, from the start of its clause. */
function answeredSpan(reader: SentenceReader, k: number): [number, number] {
  return reader.span(Math.max(0, k - 2, reader.clauseOf(k)[0]), 12);
}

const NOBODY = new Set(['nobody', 'noone', 'none']);
/** Verbs that, before "that", open a lesson drawn from the story: "I learned that ...", "it showed that ...". */
const LESSON_VERBS = new Set(['learned', 'learnt', 'realised', 'realized', 'saw', 'understood', 'taught', 'showed']);

/** "we managed", "I coped", "we still got through it": the speaker coping, told after a "but". */
function copes(reader: SentenceReader, at: number): boolean {
  let k = at;
  if (!AGENTS.has(reader.lower(k))) return false;
  k++;
  while (isAdverb(reader.token(k))) k++;
  const verb = reader.token(k);
  // "but we managed to keep the date" holds a course against the wish; "but we managed (it)" only copes.
  if (reader.lower(k + 1) === 'to') return false;
  return verb !== undefined && (COPING.has(verb.stem) || (verb.stem === 'got' && reader.lower(k + 1) === 'through'));
}

const COPING = stems(['managed', 'coped', 'survived', 'handled']);

/** Outcomes feared, set against what happened: "instead of losing a third of it". */
const LOSS_GERUNDS = new Set(['losing', 'dropping', 'falling', 'missing', 'failing']);
/** Verbs of what was lost, thrown away or missed: with a count after them, an outcome. */
const LOSS_VERBS = new Set(['lost', 'missed', 'wasted', 'scrapped', 'binned', 'spoiled', 'spoilt', 'dumped', 'discarded', 'failed']);

/** An "instead of" or "rather than" later in the clause of `at` that compares an outcome, not a course (no gerund after). */
function againstFearedLoss(reader: SentenceReader, at: number): boolean {
  const [, end] = reader.clauseOf(at);
  return reader.hits.some((hit) => hit.category === 'insteadOf' && FEARED_COMPARISONS.has(hit.phrase) && hit.from > at && hit.to <= end && !isGerund(reader.token(hit.to)));
}

const FEARED_COMPARISONS = new Set(['instead of', 'rather than']);

/** A loss verb in the clause before `at` with a counted object right after it: "we lost 2 strains", "missed only one flight". */
function countedLossBefore(reader: SentenceReader, at: number): boolean {
  const [start] = reader.clauseOf(at);
  for (let k = start; k < at; k++) {
    if (!LOSS_VERBS.has(reader.lower(k))) continue;
    for (let j = k + 1; j <= k + 3 && j < at; j++) {
      const t = reader.token(j);
      if (isNumberToken(t) || t?.lower === 'one') return true;
    }
  }
  return false;
}

/** What a figure after "instead of" is measured against: what was expected, or what it was before. */
const BASELINE_MARKERS = new Set(['predicted', 'expected', 'forecast', 'projected', 'estimated', 'feared', 'planned', 'budgeted', 'before', 'previous', 'last', 'usual', 'typical', 'normal']);

/** After "instead of" at `at`: a figure, then within its clause what it was expected or used to be. */
function figureAgainstBaseline(reader: SentenceReader, at: number): boolean {
  let k = at;
  while (reader.lower(k) === 'the' || APPROXIMATELY.has(reader.lower(k))) k++;
  if (!isFigure(reader.token(k))) return false;
  return reader.anyIn(k + 1, Math.min(reader.clauseOf(k)[1], k + 8), (t) => BASELINE_MARKERS.has(t.lower));
}

/** "we should think about", "we need to look at": a proposal, not a weighing. */
const PROPOSING_MODALS = new Set(['should', 'must']);

/** "The spots were smudged, and it meant": "and it" joins the consequence to a problem told before it, not to a step. */
function problemCaused(reader: SentenceReader, at: number): boolean {
  return reader.lower(at - 1) === 'it' && reader.lower(at - 2) === 'and' && !reader.previousDecides;
}

/** What is pulled out to be read, not withdrawn: "pulled out the batch records". */
const RECORDS = stems(['record', 'records', 'log', 'logs', 'data', 'file', 'files', 'report', 'reports', 'figures', 'numbers', 'receipts', 'notes', 'history', 'sheets', 'spreadsheet', 'samples']);

/** Verbs that set the speaker against what came before on their own, and verbs of opinion that need what they judge. */
const DEMURRING = new Set(['disagreed', 'argued', 'objected', 'doubted']);
/** "I didn't agree", "I wasn't convinced": the view a negation gives; "I didn't trust the defect list" is about a thing. */
const NEGATED_VIEW = new Set(["didn't", "wasn't"]);
const VIEWS = new Set(['agree', 'think', 'like', 'want', 'accept', 'buy', 'convinced', 'sure', 'happy', 'comfortable', 'keen', 'fancy']);
const OPINING = new Set(['thought', 'felt']);
const JUDGED = new Set(['that', 'it', 'this']);

/** The next sentence opens with the speaker's own view against what came before: "I thought that was the wrong call". */
function answeredNext(reader: SentenceReader): boolean {
  return answers(reader.nextOpening);
}

/**
 * "The director wanted the full package at once; I asked to hold that back three months, because...": the speaker's
 * answer in a clause of the wish's own sentence, after a semicolon.
 */
function answeredAfterSemicolon(reader: SentenceReader, k: number): boolean {
  for (let i = k + 2; i < reader.tokens.length; i++) if (reader.gapAfter(i - 1).includes(';')) return answers(reader.tokens.slice(i));
  return false;
}

/** `opening` (a sentence or clause) opens with the speaker's own view against the course told before it. */
function answers(opening: readonly Token[]): boolean {
  // "That would have cost three days of rack capacity": the course just told, judged by what it would have cost.
  if (POINTING.has(opening[0]?.lower ?? '') && opening[1]?.lower === 'would' && opening[2]?.lower === 'have' && JUDGING_COSTS.has(opening[3]?.lower ?? '')) return true;
  // A bare "I didn't." or "I didn't agree." refuses without weighing anything.
  if (opening.length < 5 || !AGENTS.has(opening[0]?.lower ?? '')) return false;
  const verb = opening[1]?.lower ?? '';
  // "I thought that was the wrong call", "I felt it would leave the late trains short"; not "I thought it was great".
  const object = opening[2]?.lower ?? '';
  // "I said we wait, first see if the package works", "I said not yet", "I asked to hold that back three months": the
  // course put off, in the speaker's words.
  const putOff =
    (verb === 'said' && (object === 'no' || object === 'not' || object === 'wait' || (object === 'we' && ['wait', 'should', "shouldn't"].includes(opening[3]?.lower ?? '')))) ||
    (verb === 'asked' && object === 'to' && HOLDING_OFF.has(opening[3]?.lower ?? ''));
  // "I did not agree yet, because...": the negation spelled out.
  const spelledOut = (verb === 'did' || verb === 'was') && object === 'not' && VIEWS.has(opening[3]?.lower ?? '');
  // "I didn't, because the next shop would find it worse": the refusal with its reason.
  const refusedBecause = (NEGATED_VIEW.has(verb) || REFUSING_MODALS.has(verb)) && object === 'because';
  // "I held back on that, because...", "I declined": the speaker's own no.
  const heldBack = (HOLDING.has(verb) && object === 'back') || DECLINING.has(verb);
  // "I proposed first a technician visit to reset the substation": the speaker's own course put before the one wanted.
  const proposedFirst = COUNTER_PROPOSING.has(verb) && opening.slice(2, 5).some((t) => PUT_BEFORE.has(t.lower));
  // "I pushed for the opposite first", "I argued for the reverse": the speaker's course set against the one wanted.
  const pushedOpposite = PUSHING.has(verb) && object === 'for' && opening.slice(3, 5).some((t) => OPPOSITES.has(t.lower));
  // "I told the CFO we couldn't do that and do the conversion properly": the course wanted, declared not doable.
  const toldNotDoable = TELLING_NO.has(verb) && opening.slice(2, 6).some((t) => CANNOT_DO.has(t.lower));
  return DEMURRING.has(verb) || (NEGATED_VIEW.has(verb) && VIEWS.has(object)) || spelledOut || refusedBecause || heldBack || (OPINING.has(verb) && JUDGED.has(object)) || putOff || proposedFirst || pushedOpposite || toldNotDoable || decidedOtherwise(opening);
}

const TELLING_NO = new Set(['told', 'warned', 'explained']);
const CANNOT_DO = new Set(["couldn't", "can't", 'cannot', "wouldn't", "shouldn't"]);

const PUSHING = new Set(['pushed', 'argued', 'pressed', 'lobbied']);
const OPPOSITES = new Set(['opposite', 'reverse']);

const COUNTER_PROPOSING = new Set(['proposed', 'suggested', 'recommended', 'offered', 'pitched']);
const PUT_BEFORE = new Set(['first', 'instead', 'rather']);

/** `opening` starts with the speaker deciding otherwise: "I decided differently", "I chose otherwise". */
function decidedOtherwise(opening: readonly Token[]): boolean {
  const [agent, verb, how] = opening;
  return AGENTS.has(agent?.lower ?? '') && DECIDING.has(verb?.lower ?? '') && OTHERWISE.has(how?.lower ?? '');
}

/** What a course would have cost, said of it: "that would have cost", "would have meant", "would have taken". */
const JUDGING_COSTS = new Set(['cost', 'meant', 'taken', 'wasted', 'hidden', 'delayed']);
const HOLDING_OFF = new Set(['hold', 'wait', 'delay', 'postpone', 'pause', 'park', 'keep']);
const REFUSING_MODALS = new Set(["wouldn't", "won't", "couldn't"]);
const HOLDING = new Set(['held', 'pushed']);
const DECLINING = new Set(['declined', 'refused', 'resisted']);

const DECIDING = new Set(['decided', 'chose', 'went', 'did']);
const OTHERWISE = new Set(['different', 'differently', 'otherwise']);

/** Comparatives of an easier course: "it would have been easier / cheaper / quicker to...". */
const EASIER = new Set(['easier', 'simpler', 'cheaper', 'quicker', 'faster', 'safer', 'tempting', 'possible', 'easy', 'simple', 'cheap', 'quick']);

/** Verbs of knowing: "if I had known" is regret about information, not an option weighed. */
const KNOWING = stems(['known', 'knew', 'realised', 'realized', 'understood', 'noticed', 'seen', 'heard', 'thought', 'listened', 'asked']);

/** "if we'd waited for a full debug", "if I had hired a temp": the course not taken, in a past conditional. */
function pastConditional(reader: SentenceReader, at: number, add: (kind: TradeoffKind, span: [number, number], key: string) => void): void {
  const token = reader.token(at) as Token;
  if (token.lower !== 'if') return;
  const subject = reader.lower(at + 1);
  const contracted = subject === "we'd" || subject === "i'd";
  const had = contracted ? at + 1 : AGENTS.has(subject) && reader.lower(at + 2) === 'had' ? at + 2 : -1;
  if (had < 0) {
    if (optionWithItsConsequence(reader, at)) add('alternative', reader.span(at, 12), 'if I did');
    return;
  }
  if (!courseTaken(reader.token(had + 1))) return;
  add('alternative', reader.span(at, 8), 'if we had');
}

/** A past verb of doing, not of knowing: "if I had hired", not "if I had known". */
function courseTaken(verb: Token | undefined): boolean {
  return isPastOrParticiple(verb) && !KNOWING.has(verb?.stem ?? '') && !KNOWING.has(verb?.lower ?? '');
}

/**
 * "If I cut it down and it stayed damp, the ball would grip": a course the speaker could take, in the simple past, and
 * what would have followed from it. The consequence has another subject than the speaker, so "If I saw a problem, I
 * would raise it", a habit, is not an option weighed.
 */
function optionWithItsConsequence(reader: SentenceReader, at: number): boolean {
  const subject = reader.lower(at + 1);
  if ((subject !== 'i' && subject !== 'we') || !courseTaken(reader.token(at + 2))) return false;
  const would = reader.firstIn(at + 4, reader.tokens.length, (t) => CONSEQUENCE_WOULD.has(t.lower));
  return would >= 0 && !AGENTS.has(reader.lower(would - 1));
}

const CONSEQUENCE_WOULD = new Set(['would', "wouldn't"]);

/** The option not taken is set against what was done: "but", "instead", "rather", "however" after it. */
function contrastFollows(reader: SentenceReader, at: number): boolean {
  return reader.lastContrast > at || reader.nextOpensContrast;
}

const readings = analysisSlot<TradeoffReading>('trade-off reading');

/** The trade-offs an answer shows; computed once per analysis. */
/** Indexes of the sentences in which an option is weighed or a cost accepted. */
export function weighingSentences(analysis: Analysis): Set<number> {
  const { alternatives, costs } = readTradeoffs(analysis);
  return new Set([...alternatives, ...costs].map((finding) => finding.facts.sentence.index));
}

export function readTradeoffs(analysis: Analysis): TradeoffReading {
  const cached = readings.get(analysis);
  if (cached !== undefined) return cached;
  const reading = computeReading(analysis);
  readings.set(analysis, reading);
  return reading;
}

const CONTRAST_OPENERS = new Set(['but', 'instead', 'however', 'so', 'rather']);
/** A sentence this short between an option and its "but" is an aside ("Quicker, yes."). */
const ASIDE_WORDS = 3;

function opensWithContrast(facts: SentenceFacts | undefined): boolean {
  return CONTRAST_OPENERS.has(facts?.sentence.tokens[0]?.lower ?? '');
}

function opensWithBut(facts: SentenceFacts | undefined): boolean {
  const first = facts?.sentence.tokens[0]?.lower;
  return first === 'but' || first === 'however';
}

/** Someone's backing for the course just named, in a short sentence that points back at it. */
const BACKING = stems(['wanted', 'expected', 'suggested', 'preferred', 'favoured', 'favored', 'pushed', 'insisted', 'proposed']);
const BACKING_WORDS = 7;

/**
 * "The normal answer in the plant is more air. My shift supervisor wanted this. But I had seen...": who backed the
 * course stands between it and the "but" that sets it aside.
 */
function backsTheCourse(facts: SentenceFacts | undefined): boolean {
  if (facts === undefined || facts.sentence.words > BACKING_WORDS) return false;
  const tokens = facts.sentence.tokens;
  const last = tokens[tokens.length - 1];
  return POINTING.has(last?.lower ?? '') && tokens.some((t) => BACKING.has(t.stem));
}

/** Items in a list at least this many, each this short on average, make a list of buzzwords, not a sentence. */
const LIST_ITEMS = 5;
const LIST_ITEM_WORDS = 5;

/**
 * "set guardrails, ran a pilot, did a phased rollout with a rollback plan, dove deep": a list of practices names them
 * without weighing or putting any in place, so nothing in it counts.
 */
function isBuzzwordList(facts: SentenceFacts, text: string): boolean {
  const { start, words } = facts.sentence;
  // A run-on sentence split at its clauses leaves its comma on the piece before: that comma ends the piece, it
  // separates no items ("What I did, I grouped the claims by village, 43 villages, and instead of going farm by farm,").
  const end = text.slice(start, facts.sentence.end).trimEnd().endsWith(',') ? text.lastIndexOf(',', facts.sentence.end) : facts.sentence.end;
  let items = 1;
  // A comma between digits ("4,300") separates thousands, not items.
  const separates = (i: number): boolean => text.charCodeAt(i) === 44 && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
  for (let i = start; i < end; i++) if (separates(i)) items++;
  if (items < LIST_ITEMS || words / items > LIST_ITEM_WORDS || spokenClauses(facts.sentence.tokens, text) >= SPOKEN_CLAUSES) return false;
  // "That pushed our next test round back two weeks, which our product manager, Chidi, was not happy about, since ...":
  // a clause as long as a sentence opens it, which a list of practices never has.
  let itemStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !separates(i)) continue;
    if (wordsIn(text, itemStart, i) > LONGEST_LIST_ITEM) return false;
    itemStart = i + 1;
  }
  return true;
}

/** A list of practices has items of a few words; one of more words than this is a clause of a sentence. */
const LONGEST_LIST_ITEM = 8;

function wordsIn(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The speaker acts in sentence `s` (false before the first). */
function speakerActs(analysis: Analysis, s: number): boolean {
  return (analysis.facts[s]?.voice.iActions.length ?? 0) > 0;
}

/** Words that open a clause of speech rather than an item of a list: a subject, a joining word, a filler. */
const CLAUSE_OPENINGS = new Set(['i', 'we', 'he', 'she', 'they', 'it', 'there', 'you', 'who', 'which', 'that', 'and', 'but', 'so', 'because', 'then', 'when', 'if', 'as', 'yeah', 'um', 'uh', 'well', 'honestly', 'basically']);
/** Clauses opening after this many inner commas make a spoken sentence: "the risk was X, and yeah, we did, twice, and...". */
const SPOKEN_CLAUSES = 2;

/** Comma-led segments that open like a clause, the last one aside: a list ends "..., and put guardrails in place". */
function spokenClauses(tokens: readonly Token[], text: string): number {
  const openings: Token[] = [];
  for (let i = 1; i < tokens.length; i++) if (text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start).includes(',')) openings.push(tokens[i] as Token);
  return openings.slice(0, -1).filter((t) => CLAUSE_OPENINGS.has(t.lower)).length;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The speaker decides in the sentence ("I chose...", "I decided...") or goes with one course ("I went with extraction"). */
function speakerPicks(facts: SentenceFacts): boolean {
  if (facts.voice.iDecisions.length > 0) return true;
  const tokens = facts.sentence.tokens;
  return tokens.some((t, k) => t.lower === 'went' && tokens[k + 1]?.lower === 'with' && AGENTS.has(tokens[k - 1]?.lower ?? ''));
}

function computeReading(analysis: Analysis): TradeoffReading {
  const text = analysis.doc.normalized;
  const perSentence: Draft[][] = [];
  const readers: SentenceReader[] = [];
  const optionsCounted = analysis.facts.map((f) => countsOptions(f.sentence.tokens));
  // Read once per sentence: each sentence asks whether one of the next three holds the speaker's pick.
  const picks = analysis.facts.map(speakerPicks);
  const wantedAt = new Map<string, number>();
  analysis.facts.forEach((f, s) => {
    for (const thing of wantedIn(f.sentence.tokens)) if (!wantedAt.has(thing)) wantedAt.set(thing, s);
  });
  for (let s = 0; s < analysis.facts.length; s++) {
    const reader = new SentenceReader(analysis.facts[s] as SentenceFacts, text, MATCHER);
    reader.wantedAt = wantedAt;
    // "I could've swapped it quietly. Quicker, yes. But then...": a short aside between the option and its "but".
    const next = analysis.facts[s + 1];
    reader.nextOpensContrast =
      opensWithContrast(next) ||
      ((next?.sentence.words ?? 0) <= ASIDE_WORDS && opensWithContrast(analysis.facts[s + 2])) ||
      (backsTheCourse(next) && opensWithBut(analysis.facts[s + 2]));
    reader.previousDecides = (analysis.facts[s - 1]?.voice.iDecisions.length ?? 0) > 0;
    reader.recentDecision = reader.previousDecides || (analysis.facts[s - 2]?.voice.iDecisions.length ?? 0) > 0;
    // Three on: a long sentence in between may have been split in two.
    reader.decidesSoon = picks[s + 1] === true || picks[s + 2] === true || picks[s + 3] === true;
    reader.nextOpening = analysis.facts[s + 1]?.sentence.tokens ?? [];
    reader.previous = analysis.facts[s - 1]?.sentence.tokens ?? [];
    reader.earlier = analysis.facts[s - 2]?.sentence.tokens ?? [];
    reader.previousWeighs = (perSentence[s - 1] ?? []).some((d) => d.kind === 'alternative');
    reader.previousActs = speakerActs(analysis, s - 1);
    reader.previousTeamActs = (analysis.facts[s - 1]?.voice.weActions.length ?? 0) > 0;
    reader.recentActs = speakerActs(analysis, s - 2) || speakerActs(analysis, s - 3) || speakerActs(analysis, s - 4);
    reader.optionsSetOut = optionsCounted.slice(Math.max(0, s - 3), s).includes(true);
    readers.push(reader);
    perSentence.push(isBuzzwordList(analysis.facts[s] as SentenceFacts, text) ? [] : readSentence(reader));
  }
  const reading: TradeoffReading = { alternatives: [], costs: [], reasons: [], guardrails: [], watches: [], risks: [] };
  const anchored = perSentence.map((drafts) => drafts.some(isAnchor));
  for (let s = 0; s < perSentence.length; s++) {
    const reader = readers[s] as SentenceReader;
    const drafts = perSentence[s] as Draft[];
    const finding = (d: Draft): TradeoffFinding => ({ kind: d.kind, facts: reader.facts, from: d.from, to: d.to, key: d.key, words: wordsOf(analysis, reader, d.from, d.to) });
    // One alternative and one cost per sentence: "I could have X, so instead I Y" weighs one choice, not two.
    // The alternative that names the option not taken is the one to quote; a bare "instead" only points back at it.
    const alternative = drafts.find((d) => d.kind === 'alternative' && d.key !== 'instead') ?? drafts.find((d) => d.kind === 'alternative');
    const cost = drafts.find((d) => d.kind === 'cost' && !overlapsAny(d, drafts, 'alternative'));
    if (alternative !== undefined) reading.alternatives.push(finding(alternative));
    if (cost !== undefined && (alternative === undefined || !overlaps(cost, alternative))) reading.costs.push(finding(cost));
    const guards: Draft[] = [];
    for (const d of drafts) {
      // One guardrail per kind, and one read twice ("so we agreed on a cap" as an agreement and as a limit) quoted once.
      if (d.kind !== 'guardrail' || overlapsAny(d, drafts, 'alternative') || guards.some((g) => g.key === d.key || overlaps(g, d))) continue;
      guards.push(d);
      reading.guardrails.push(finding(d));
    }
    const watch = drafts.find((d) => d.kind === 'watch');
    if (watch !== undefined && guards.length === 0) reading.watches.push(finding(watch));
    const risk = drafts.find((d) => d.kind === 'risk');
    if (risk !== undefined) reading.risks.push(finding(risk));
    // A reason counts when it explains a choice or a guardrail in its own sentence or the one before.
    const linked = anchored[s] === true || anchored[s - 1] === true;
    // "X, so I chose Y" gives a reason only for the choice after it in the same sentence.
    // A reason stated as one ("because", "which would have") is quoted before one read from the sentence's shape.
    // A reason said as one ("I made the case that...", "because...") also explains the choice told right after it.
    const reasons = drafts.filter((d) => d.kind === 'reason' && (reasonLinks(d, drafts, linked) || (anchored[s + 1] === true && !INFERRED_REASONS.has(d.key) && d.key !== 'would have')));
    const reason = reasons.find((d) => !INFERRED_REASONS.has(d.key)) ?? reasons[0];
    const drawn = anchored[s] === true && s > 0 && DRAWN_FROM_BEFORE.has(reader.lower(0)) && (reader.lower(0) !== 'for' || reader.lower(1) === 'that');
    // The option may stand one short aside back ("I could've swapped it quietly. Quicker, yes. But then...").
    const aside = (analysis.facts[s - 1]?.sentence.words ?? Infinity) <= ASIDE_WORDS;
    const previous = perSentence[s - 1] ?? [];
    const contrast = reason === undefined ? contrastReason(reader, drafts, aside ? [...previous, ...(perSentence[s - 2] ?? [])] : previous) : undefined;
    if (reason !== undefined) reading.reasons.push(finding(reason));
    else if (contrast !== undefined) reading.reasons.push(finding(contrast));
    else if (risk !== undefined && (linked || anchored[s + 1] === true)) reading.reasons.push(finding(risk));
    else if (drawn) {
      // "The old scanners dropped one read in twenty. So I replaced them...": the sentence before is the reason.
      const before = readers[s - 1] as SentenceReader;
      reading.reasons.push({ kind: 'reason', facts: before.facts, from: 0, to: Math.min(before.tokens.length, 10), key: 'drawn', words: wordsOf(analysis, before, 0, Math.min(before.tokens.length, 10)) });
    }
    // "The risk was X, so I Y": what the speaker did about a risk they named limits it.
    // "He was worried about privacy. Fair point. So we got his consent...": an aside on the risk may stand between.
    const riskAt = s >= 2 && asideOnRisk(readers[s - 1]) && !(perSentence[s - 1] ?? []).some((d) => d.kind === 'risk') ? s - 2 : s - 1;
    const riskBefore = (perSentence[riskAt] ?? []).find((d) => d.kind === 'risk');
    const mitigation = mitigationOf(reader, risk, riskBefore !== undefined);
    if (mitigation !== undefined && guards.length === 0) {
      reading.guardrails.push(finding(mitigation));
      // "The risk was a child on the crossing. So I put an inspector there.": the risk is why the step was taken.
      const before = readers[riskAt];
      if (risk === undefined && riskBefore !== undefined && before !== undefined && !reading.reasons.some((r) => r.facts === before.facts)) {
        reading.reasons.push({ kind: 'reason', facts: before.facts, from: riskBefore.from, to: riskBefore.to, key: 'risk named', words: wordsOf(analysis, before, riskBefore.from, riskBefore.to) });
      }
    }
  }
  return reading;
}

/**
 * Whether a reason explains a choice: "X, so I chose Y" only for the choice after it; any other reason for a choice or
 * a guardrail in its own sentence or the one before.
 */
function reasonLinks(reason: Draft, drafts: readonly Draft[], linked: boolean): boolean {
  if (reason.key === 'so-result') return drafts.some((c) => isAnchor(c) && c.from >= reason.to);
  return linked;
}

/** Reasons read from the shape of a sentence rather than said with a reason word. */
const INFERRED_REASONS = new Set(['so-result', 'explained', 'consequence', 'contrast']);

/**
 * "I could have replied by email, but I thought a written defence would make it worse": what follows the "but" after
 * an option not taken, in the same sentence or opening the next, is why it was not taken.
 */
function contrastReason(reader: SentenceReader, drafts: readonly Draft[], before: readonly Draft[]): Draft | undefined {
  const alternative = drafts.find((d) => d.kind === 'alternative');
  const opensWithBut = reader.lower(0) === 'but' && before.some((d) => d.kind === 'alternative');
  const from = alternative !== undefined ? alternative.to : opensWithBut ? 0 : -1;
  if (from < 0) return undefined;
  for (let k = from; k < reader.tokens.length - 2; k++) {
    if (reader.lower(k) === 'but') return { kind: 'reason', from: k, to: reader.span(k, 10)[1], key: 'contrast' };
  }
  return undefined;
}

const RISK_ASIDE_WORDS = 12;

/**
 * "Fair point.", "One bad night is twelve briskets, thousands of dollars.": a nod to the risk, or a word on its size,
 * short and with no one acting in it.
 */
function asideOnRisk(reader: SentenceReader | undefined): boolean {
  return reader !== undefined && reader.tokens.length > 0 && reader.tokens.length <= RISK_ASIDE_WORDS && !reader.tokens.some((t) => AGENTS.has(t.lower) || isPastOrParticiple(t));
}

/** A finding a reason can explain: an option weighed, a cost accepted, a guardrail put in place. */
function isAnchor(d: Draft): boolean {
  return d.kind === 'alternative' || d.kind === 'cost' || d.kind === 'guardrail';
}

function overlaps(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  return a.from < b.to && b.from < a.to;
}

function overlapsAny(d: Draft, drafts: readonly Draft[], kind: TradeoffKind): boolean {
  return drafts.some((other) => other.kind === kind && other !== d && overlaps(other, d) && other.from <= d.from);
}

const NOBODY_WITHOUT = new Set(['nobody', 'nothing', 'none']);
const TIME_OPENERS = new Set(['for', 'during', 'in', 'until', 'at', 'from']);

/** Efforts that answer any problem: "so we worked harder" limits no risk. */
const EFFORT = stems(['worked', 'stayed', 'pushed', 'tried', 'communicated', 'focused', 'kept', 'did', 'made', 'hoped', 'waited', 'continued']);

/**
 * What the speaker did about a risk named in the same sentence ("..., so I ran it on one shift first") or the one
 * before ("The risk was X. So I ..."): it limits the risk.
 */
function mitigationOf(reader: SentenceReader, risk: Draft | undefined, riskBefore: boolean): Draft | undefined {
  const tokens = reader.tokens;
  const from = risk !== undefined ? risk.from + 1 : riskBefore ? 0 : tokens.length;
  for (let k = from; k < Math.min(tokens.length - 1, from + 30); k++) {
    if ((tokens[k] as Token).lower !== 'so' || (risk === undefined && k > 0)) continue;
    // "so nobody moved without my call on the radio": a rule the speaker held everyone to.
    const mitigation: Draft = { kind: 'guardrail', from: k, to: reader.span(k, 9)[1], key: 'mitigation' };
    if (NOBODY_WITHOUT.has(reader.lower(k + 1)) && isPastOrParticiple(tokens[k + 2]) && reader.anyIn(k + 3, k + 6, (t) => t.lower === 'without')) return mitigation;
    // "So for the first six weeks I kept the Friday night myself": when, before who.
    const agentAt = TIME_OPENERS.has(reader.lower(k + 1)) ? reader.firstIn(k + 2, k + 8, (t) => AGENTS.has(t.lower)) : k + 1;
    if (agentAt < 0) continue;
    const agent = tokens[agentAt];
    let v = agentAt + 1;
    while (isAdverb(tokens[v])) v++;
    const verb = tokens[v];
    // "So I kept an off-menu list", "So I made a deal with one farmer": a thing put in place, not keeping at it.
    const keptAThing = (verb?.lower === 'kept' || verb?.lower === 'made') && ['a', 'an', 'the', 'one', 'deal'].includes(reader.lower(v + 1));
    // "So I did like this: I installed the older sensor, tested the stop function 20 times": the steps announced.
    const announced = verb?.lower === 'did' && announcesSteps(reader, v + 1);
    if (agent !== undefined && AGENTS.has(agent.lower) && isPastOrParticiple(verb) && (keptAThing || announced || (!EFFORT.has(verb?.stem ?? '') && !EFFORT.has(verb?.lower ?? '')))) {
      return mitigation;
    }
  }
  return undefined;
}

/** "like this:", "it like this:", "the following:": what was done, announced before it is told. */
function announcesSteps(reader: SentenceReader, at: number): boolean {
  const from = reader.lower(at) === 'it' ? at + 1 : at;
  return (reader.lower(from) === 'like' && reader.lower(from + 1) === 'this') || (reader.lower(from) === 'the' && reader.lower(from + 1) === 'following');
}

function wordsOf(analysis: Analysis, reader: SentenceReader, from: number, to: number): string {
  const first = reader.token(from);
  const last = reader.token(Math.max(from, to - 1));
  if (first === undefined || last === undefined) return '';
  return analysis.doc.original.slice(first.start, last.end).replace(/\s+/g, ' ').trim();
}

const summaries = analysisSlot<TradeoffFacts>('trade-off facts');

/** What the answer already has, for checking tips and follow-ups against it. */
export function tradeoffFacts(context: { analysis: Analysis }): TradeoffFacts {
  const cached = summaries.get(context.analysis);
  if (cached !== undefined) return cached;
  const reading = readTradeoffs(context.analysis);
  const facts: TradeoffFacts = {
    hasAlternative: reading.alternatives.length > 0,
    hasCost: reading.costs.length > 0,
    hasReason: reading.reasons.length > 0,
    hasGuardrail: reading.guardrails.length > 0,
  };
  summaries.set(context.analysis, facts);
  return facts;
}
