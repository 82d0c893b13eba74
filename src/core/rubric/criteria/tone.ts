import { countHits, hitsOf, type SentenceFacts } from '../analysis.js';
import { PEOPLE_NOUNS, type LexiconCategory } from '../lexicon.js';
import type { PhraseHit } from '../phrases.js';
import type { Token } from '../text.js';
import { clampScore, Evidence, quoteHit, type Criterion, type RubricContext } from './types.js';

/** Hedges and fillers per 100 words at which the tone drops a step. */
const DENSITY_STEPS = [1.5, 3.5, 6] as const;

const SPEAKER = new Set(['i', "i'd", "i've", "i'm", 'we', "we'd", "we've", "we're", 'myself', 'ourselves', 'me', 'us']);
/** Words before "blame" that reject it: "before blaming the people", "without blaming anyone", "not to blame". */
const REJECTING = new Set(['before', 'without', 'not', 'instead', 'stop', 'stopped', 'avoid', 'avoided', 'no', 'never', 'than']);
/** Words before the speaker's own "we blamed" that keep it from happening: "before we blamed", "rather than we blame". */
const HELD_BACK = new Set(['before', 'than', 'instead', 'until']);
/** The act of blaming: a verb someone else can be the subject of, so the speaker may only be reporting it. */
const BLAMING_STEMS = new Set(['blam', 'accus', 'point']);
/** Verbs that report what someone else said or thought: a judgement after one is theirs, not the speaker's. */
const REPORTING = new Set([
  'said', 'says', 'claimed', 'complained', 'insisted', 'argued', 'felt', 'thought', 'told', 'suggested', 'believed',
  'reckoned', 'blamed', 'accused',
  // "Their handlers kept saying our customers were to blame".
  'saying', 'claiming', 'insisting', 'arguing', 'complaining', 'suggesting',
]);
const COPULAS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'seemed', 'seem', 'got', 'get', 'became']);
/** Words that may stand between a subject and its judgement: "he was just really lazy", "they were an utter..." */
const DEGREE = new Set([
  'so', 'very', 'really', 'completely', 'totally', 'utterly', 'just', 'quite', 'pretty', 'always', 'a', 'an', 'also',
  'simply', 'all', 'plain', 'absolutely', 'incredibly', 'extremely', 'too', 'bit', 'little', 'kind', 'of', 'sort',
  'frankly', 'honestly',
]);
const NEGATION = new Set(['not', 'never', "wasn't", "weren't", "isn't", "aren't", 'hardly', 'no']);
/** Pronouns for others: a judgement can be said of them ("they were useless") but cannot modify them. */
const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'everyone', 'everybody', 'nobody', 'someone', 'somebody']);
/** Words for people and groups that PEOPLE_NOUNS (roles) leaves out: a shift, a department, a side. */
const PEOPLE_WORDS = new Set([
  'people', 'guy', 'guys', 'folks', 'shift', 'crew', 'department', 'dept', 'marketing', 'finance', 'sales', 'support',
  'ops', 'qa', 'legal', 'hr', 'procurement', 'backend', 'frontend', 'nurse', 'doctor', 'clerk', 'teacher', 'sister', 'agency',
  'supplier', 'client', 'customer', 'boss', 'management', 'leadership', 'office', 'side', 'staff', 'coworkers',
]);

/** A noun for someone other than the speaker: a role, a group or a name mid-sentence. */
function isPersonNoun(token: Token | undefined, position: number): boolean {
  if (token === undefined || token.kind !== 'word' || SPEAKER.has(token.lower) || PRONOUNS.has(token.lower)) return false;
  return PEOPLE_WORDS.has(token.lower) || PEOPLE_NOUNS.has(token.stem) || (position > 0 && /^[A-Z][a-z]/.test(token.text));
}

/** Index of the word before `at`, skipping `skip` words, or -1. */
function back(tokens: readonly Token[], at: number, skip: ReadonlySet<string>): number {
  let k = at - 1;
  while (k >= 0 && skip.has((tokens[k] as Token).lower)) k--;
  return k;
}

/** True when a comma, semicolon or dash separates two offsets: the words after it start another clause. */
function clauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] === ',' || text[i] === ';' || text[i] === '—') return true;
  return false;
}

/**
 * "The manager said the supplier was useless", "finance told me the warehouse dropped the ball": a reporting verb
 * with someone else as its subject, earlier in the same clause, makes the blame theirs.
 */
function isReported(text: string, tokens: readonly Token[], hit: PhraseHit<LexiconCategory>): boolean {
  // "He said the last time anyone sent our sweets by courier, the courier was to blame": a sentence that opens with
  // someone else's words reports them to its end, commas and all, until the speaker's own "and" or "but".
  const opener = tokens.findIndex((t, i) => i > 0 && i <= 3 && REPORTING.has(t.lower));
  if (opener > 0 && opener < hit.from && !SPEAKER.has(tokens[opener - 1]?.lower ?? '') && !tokens.slice(opener, hit.from).some((t) => t.lower === 'and' || t.lower === 'but')) {
    return true;
  }
  for (let k = hit.from - 1; k >= Math.max(0, hit.from - 10); k--) {
    const token = tokens[k] as Token;
    if (clauseBreak(text, token.end, (tokens[k + 1] as Token).start)) return false;
    // "he kept saying it was a sensor and never once looked": what follows "and" is the speaker's own verdict.
    if (token.lower === 'and' || token.lower === 'but') return false;
    if (REPORTING.has(token.lower)) return k > 0 && !SPEAKER.has((tokens[k - 1] as Token).lower);
  }
  return false;
}

/**
 * "Blamed", "accused", "pointed fingers": blame only when the speaker does it. With someone else as the subject
 * ("the manager blamed the supplier") or in the passive ("the night shift was blamed"), the speaker reports it; as a
 * noun ("the blame fell on marketing", "they were to blame") it is the speaker's own verdict.
 */
function isBlamingActByOthers(tokens: readonly Token[], hit: PhraseHit<LexiconCategory>): boolean {
  const prev = tokens[back(tokens, hit.from, DEGREE)];
  if (prev === undefined || prev.lower === 'to' || prev.lower === 'the' || REJECTING.has(prev.lower)) return false;
  // The speaker's own act ("I blamed the vendor") is for the caller; any other word before the verb is its subject
  // ("the manager blamed") or the passive's auxiliary ("was blamed").
  return !SPEAKER.has(prev.lower) && prev.kind === 'word';
}

/**
 * A judgement ("lazy", "useless") is blame when it is said of people: "my colleague was lazy", "the incompetent
 * contractor". Said of the speaker ("I was careless") it is accountability; of a thing ("the old script was useless")
 * or negated ("she was not lazy") it blames nobody.
 */
function judgesSomeoneElse(tokens: readonly Token[], hit: PhraseHit<LexiconCategory>): boolean {
  if (isPersonNoun(tokens[hit.to], hit.to)) return true;
  const before = back(tokens, hit.from, DEGREE);
  const copula = tokens[before];
  if (copula === undefined || NEGATION.has(copula.lower) || !COPULAS.has(copula.lower)) return false;
  const subject = tokens[before - 1];
  return (subject !== undefined && PRONOUNS.has(subject.lower)) || isPersonNoun(subject, before - 1);
}

const NOT_AS_FAR = new Set(['got', 'made', 'reached']);
const CONTRACTED_IS = new Set(["there's", "it's", "that's", "here's", "what's", "where's", "who's", "he's", "she's", "this's"]);

/**
 * "Fault" blames when it is someone else's: "their fault", "the vendor's fault", "the fault of the night shift". The
 * speaker's own ("my fault") is accountability; a fault in a thing ("the fault was in the config") blames nobody.
 */
function isOthersFault(tokens: readonly Token[], hit: PhraseHit<LexiconCategory>): boolean {
  const owner = tokens[back(tokens, hit.from, DEGREE)];
  if (owner !== undefined && (owner.lower === 'their' || owner.lower === 'his' || owner.lower === 'her')) return true;
  // "the vendor's fault"; "There's a fault log" and "it's a fault" are "is", not an owner.
  if (owner !== undefined && owner.lower.endsWith("'s") && !SPEAKER.has(owner.lower.slice(0, -2)) && !CONTRACTED_IS.has(owner.lower)) return true;
  return tokens[hit.to]?.lower === 'of' && !SPEAKER.has(tokens[hit.to + 1]?.lower ?? '');
}

/**
 * "I dropped the ball", "I had messed up": owning a mistake is accountability, the opposite of blame; so is a lesson
 * about not blaming ("measure the new steps before blaming the people"), and so is blame the speaker only reports.
 */
function isBlame(text: string, facts: SentenceFacts, hit: PhraseHit<LexiconCategory>): boolean {
  const tokens = facts.sentence.tokens;
  const first = tokens[hit.from] as Token;
  if (isReported(text, tokens, hit)) return false;
  if (hit.key === 'fault') return isOthersFault(tokens, hit);
  // "because they never got as far as sending a request": how far people got, not a failing of theirs.
  if (hit.phrase === 'they never' && NOT_AS_FAR.has(tokens[hit.to]?.lower ?? '') && ['as', 'to', 'it', 'past'].includes(tokens[hit.to + 1]?.lower ?? '')) return false;
  if (hit.to - hit.from === 1 && !BLAMING_STEMS.has(first.stem)) return judgesSomeoneElse(tokens, hit);
  if (BLAMING_STEMS.has(first.stem)) {
    if (isBlamingActByOthers(tokens, hit)) return false;
    const object = tokens[hit.to]?.lower ?? '';
    if (object === 'myself' || object === 'ourselves') return false;
    // "I wanted to know why before we blamed the mothers": blame the speaker held back from, not blame laid.
    const subject = back(tokens, hit.from, DEGREE);
    if (SPEAKER.has(tokens[subject]?.lower ?? '')) return !HELD_BACK.has(tokens[subject - 1]?.lower ?? '');
  }
  if (hit.category === 'disparaging') return someoneElseActs(text, tokens, hit.from);
  const before = (n: number): string => tokens[hit.from - n]?.lower ?? '';
  if (SPEAKER.has(before(1)) || SPEAKER.has(before(2))) return false;
  if (before(1) === 'to' && SPEAKER.has(tokens[back(tokens, hit.from - 1, COPULAS)]?.lower ?? '')) return false;
  if (before(1) === 'to' && SCAPEGOATS.has(before(2))) return !searchRejected(text, tokens, hit.from - 2);
  return !(REJECTING.has(before(1)) || (before(1) === 'to' && REJECTING.has(before(2))));
}

/** Whom a blamer looks for: "someone to blame", "anybody to blame". */
const SCAPEGOATS = new Set(['someone', 'somebody', 'anyone', 'anybody']);

/**
 * "not looking for someone to blame", "instead of hunting for somebody to blame", "I never look for anyone to blame":
 * a search for someone to blame that the speaker refuses, anywhere earlier in its clause, blames nobody.
 */
function searchRejected(text: string, tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    const token = tokens[k] as Token;
    if (clauseBreak(text, token.end, (tokens[k + 1] as Token).start)) return false;
    if (REJECTING.has(token.lower) || token.lower === 'rather') return true;
  }
  return false;
}

/**
 * Whether someone other than the speaker is the one doing it: "the day team had been sitting on it", not "I had been
 * sitting on it" nor "that setting sits on the telco's side", where a thing is the subject. The nearest subject before
 * the phrase in its clause decides; "clearly nobody else was going to" is always someone else.
 */
function someoneElseActs(text: string, tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower;
  if (word === 'clearly' || word === 'obviously') return true;
  for (let k = at - 1; k >= Math.max(0, at - 10); k--) {
    const token = tokens[k] as Token;
    if (clauseBreak(text, token.end, (tokens[k + 1] as Token).start)) break;
    if (SPEAKER.has(token.lower)) return false;
    if (PRONOUNS.has(token.lower) || isPersonNoun(token, k)) return true;
  }
  // No subject in the clause before it ("..., and had never once checked"): read as someone else's, as before.
  return !tokens.slice(Math.max(0, at - 3), at).some((t) => THINGS_AS_SUBJECT.has(t.lower));
}

/** Subjects that make a "sits on" or "without checking" a thing's: "that setting sits on their side". */
const THINGS_AS_SUBJECT = new Set(['setting', 'settings', 'file', 'server', 'config', 'it', 'that', 'this', 'which', 'system', 'data', 'code', 'box', 'pallet', 'stock']);

/**
 * "I said in front of everyone that I'd blamed Somchai for the supplier's fault": the speaker owning blame laid before,
 * told in the past perfect; the whole sentence is the apology, whatever fault it names. ("I had blamed" already reads
 * as the speaker's own.)
 */
function ownsEarlierBlame(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'blamed' && tokens[i - 1]?.lower === "i'd");
}

/** Blame in a sentence, each stretch of words once: "was not my fault" also holds "not my fault" and "fault". */
function blameHits(text: string, facts: SentenceFacts): PhraseHit<LexiconCategory>[] {
  const found: PhraseHit<LexiconCategory>[] = [];
  if (ownsEarlierBlame(facts.sentence.tokens)) return found;
  // Hits arrive in order of their first word, so one that starts before the end of the last found one overlaps it.
  let coveredTo = 0;
  for (const hit of facts.hits) {
    if ((hit.category !== 'blame' && hit.category !== 'disparaging') || hit.from < coveredTo || !isBlame(text, facts, hit)) continue;
    found.push(hit);
    coveredTo = hit.to;
  }
  return found;
}

/**
 * Hedges and fillers that are one in this sentence: "I believed the plan was too risky" reports a past conviction, not
 * a hedge on the story; "just-in-time" and "just in case" are terms, not fillers.
 */
function softeners(facts: SentenceFacts, category: 'hedge' | 'filler'): PhraseHit<LexiconCategory>[] {
  const tokens = facts.sentence.tokens;
  return hitsOf(facts, category).filter((hit) => {
    const last = tokens[hit.to - 1];
    if (category === 'hedge' && hit.to - hit.from > 1 && last !== undefined && last.lower.endsWith('ed') && !hit.phrase.endsWith('ed')) return false;
    if (hit.key === 'just' && (tokens[hit.to]?.lower === 'in' && ['time', 'case'].includes(tokens[hit.to + 1]?.lower ?? ''))) return false;
    // "before I believe a funnel", "I believe in a second check": trusting something, not softening a claim.
    if (hit.phrase === 'i believe' && (tokens[hit.to]?.lower === 'in' || TRUST_AFTER.has(tokens[hit.from - 1]?.lower ?? ''))) return false;
    return true;
  });
}

/** "before I believe a funnel", "until I believe it": trusting something only after a check, not hedging a claim. */
const TRUST_AFTER = new Set(['before', 'until', 'unless', 'till']);

export const toneCriterion: Criterion = {
  id: 'tone',
  anchors: {
    0: 'Blames others repeatedly, or is buried in hedges and fillers ("kind of", "basically", "I guess").',
    2: 'One blaming or self-deprecating line, or frequent hedges that soften every claim.',
    4: 'Direct and accountable: no blame, no hedging, no talking oneself down.',
  },
  evaluate(context: RubricContext) {
    const words = Math.max(1, context.analysis.doc.words);
    const count = (category: LexiconCategory) => context.analysis.facts.reduce((n, f) => n + countHits(f, category), 0);
    const hedges = context.analysis.facts.reduce((n, f) => n + softeners(f, 'hedge').length, 0);
    const fillers = context.analysis.facts.reduce((n, f) => n + softeners(f, 'filler').length, 0);
    const blame = blamingPhrases(context);
    const selfDeprecation = count('selfDeprecation');
    const density = ((hedges + fillers) / words) * 100;
    let score = 4 - DENSITY_STEPS.filter((step) => density > step).length;
    if (blame > 0) score = Math.min(score, blame === 1 ? 2 : 1) - (blame > 2 ? 1 : 0);
    if (selfDeprecation > 0) score = Math.min(score, selfDeprecation === 1 ? 3 : 2);
    const parts: string[] = [];
    if (blame > 0) parts.push(`${blame} blaming ${blame === 1 ? 'phrase' : 'phrases'}`);
    if (selfDeprecation > 0) parts.push(`${selfDeprecation} self-deprecating`);
    parts.push(`${hedges + fillers} ${hedges + fillers === 1 ? 'hedge or filler' : 'hedges or fillers'} (${density.toFixed(1)} per 100 words)`);
    const verdict = `${parts.join(', ')}.`;
    const tip =
      blame > 0
        ? 'Describe what others did neutrally and focus on what you did about it.'
        : selfDeprecation > 0
          ? 'State your part plainly; no need to apologise for it.'
          : hedges + fillers > 0
            ? 'Drop the hedges and fillers ("kind of", "basically", "just"): say what happened.'
            : 'Keep the direct, accountable tone.';
    return { score: clampScore(score), verdict, evidence: score < 4 ? toneQuotes(context) : [], tip };
  },
};

/** Phrases in the answer that blame someone else (not the speaker's own accountability, not blame they only report). */
export function blamingPhrases(context: RubricContext): number {
  const text = context.analysis.doc.normalized;
  return context.analysis.facts.reduce((n, f) => n + blameHits(text, f).length, 0);
}

/** Quotes in order of harm; a long answer full of fillers quotes only the first few. */
function toneQuotes(context: RubricContext): string[] {
  const evidence = new Evidence();
  const { facts: all, doc } = context.analysis;
  for (const facts of all) for (const hit of blameHits(doc.normalized, facts)) if (!evidence.full) evidence.add(quoteHit(context, facts, hit));
  for (const facts of all) for (const hit of hitsOf(facts, 'selfDeprecation')) if (!evidence.full) evidence.add(quoteHit(context, facts, hit));
  for (const category of ['hedge', 'filler'] as const) {
    for (const facts of all) for (const hit of softeners(facts, category)) if (!evidence.full) evidence.add(quoteHit(context, facts, hit));
  }
  return evidence.quotes;
}
