import { hitsOf, type SentenceFacts } from '../analysis.js';
import type { LexiconCategory } from '../lexicon.js';
import type { PhraseHit } from '../phrases.js';
import { stem, type Token } from '../text.js';
import { evidenceList, quoteFacts, quoteHit, type Criterion, type CriterionScore, type RubricContext } from './types.js';

/** Auxiliaries before a give-up: "the launch was pushed back" happened to the speaker; nobody chose it. */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'got', 'get', 'gets', 'been', 'being', 'is', 'are', 'be']);
/** After "push back", these make it disagreement ("pushed back on the plan"), not a deferral ("pushed back the launch"). */
const DISAGREEMENT_FOLLOWERS = new Set(['on', 'against', 'in', 'at', 'hard', 'with', 'when', 'that', 'because', 'strongly', 'firmly', 'and', 'but']);
/** Words after "on call" that make it a role or a rota ("the on-call lead"), not a guardrail of the change. */
const ROLE_NOUNS = new Set(['lead', 'engineer', 'rotation', 'rota', 'shift', 'week', 'person', 'manager', 'sre', 'duty']);

/** Verbs before "not to" that make it a choice: "decided not to", not "was asked not to". */
const CHOICE_VERBS = new Set(['decid', 'chose', 'choos', 'opt', 'agre', 'elect', 'recommend', 'propos', 'prefer'].map((w) => stem(w)));
const ACTION_SENSE = new Set(['shadow', 'alert'].map((w) => stem(w)));
const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'then', 'also', 'first']);
const ROLLOUT_WORDS = new Set(['rollout', 'roll', 'release', 'launch', 'deploy', 'deployment', 'migration', 'cutover'].map((w) => stem(w)));

function isPhasedRollout(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  const inPhases = before?.lower === 'in' || (before?.kind === 'number' && tokens[at - 2]?.lower === 'in');
  const near = tokens.slice(Math.max(0, at - 4), at + 4).some((t) => ROLLOUT_WORDS.has(t.stem));
  return inPhases || near;
}

function overlaps(a: PhraseHit<string>, b: PhraseHit<string>): boolean {
  return a.from < b.to && b.from < a.to;
}

/**
 * Whether a phrase hit really is a weighed choice or guardrail. Another criterion's reading wins where they overlap:
 * "kept dropping the ball" is blame, not something given up; "the date got pushed back" happened to the speaker;
 * "I pushed back on the plan" is disagreement; "the on-call lead" is a role.
 */
function counts(facts: SentenceFacts, hit: PhraseHit<LexiconCategory>): boolean {
  const tokens = facts.sentence.tokens;
  if (facts.hits.some((other) => (other.category === 'blame' || other.category === 'hedge') && overlaps(other, hit))) return false;
  // "We looked at various options" is a generic claim the specificity verdict quotes; it names no alternative.
  if (hit.category === 'alternative' && facts.hits.some((other) => other.category === 'genericClaim' && (overlaps(other, hit) || other.to === hit.from))) return false;
  if (hit.category === 'givenUp') {
    // "instead of dropping the test" names the rejected option: one alternative, not also a give-up.
    if (facts.hits.some((other) => other.category === 'alternative' && other.to <= hit.from && hit.from - other.to <= 1)) return false;
    const before = tokens[hit.from - 1];
    if (before !== undefined && PASSIVE_AUXILIARIES.has(before.lower)) return false;
    if (hit.key === 'push back') {
      const next: Token | undefined = tokens[hit.to];
      if (next === undefined || DISAGREEMENT_FOLLOWERS.has(next.lower)) return false;
    }
  }
  if (hit.category === 'givenUp' && hit.key === 'not to' && !CHOICE_VERBS.has(tokens[hit.from - 1]?.stem ?? '')) return false;
  if (hit.category === 'guardrail') {
    if (hit.key === 'on call' && ROLE_NOUNS.has(tokens[hit.to]?.lower ?? '')) return false;
    // "I shadowed a recruiter", "I alerted my manager": the verbs are learning and escalating, not guarding a change.
    if (ACTION_SENSE.has(hit.key) && SUBJECTS.has(tokens[hit.from - 1]?.lower ?? '')) return false;
    // A dashboard or an alert guards the change only when someone puts it in place, not "the new dashboard feature".
    const voice = facts.voice;
    if (WATCH_ONLY.has(hit.phrase) && voice.iActions.length + voice.weActions.length + voice.passive.length === 0 && !facts.sentence.bullet) return false;
    // A project's phases are its plan; rolling out "in phases" or "in 3 phases" limits the damage.
    if (hit.key === stem('phase') && !isPhasedRollout(tokens, hit.from)) return false;
  }
  return true;
}

/** The answer's own words for a hit, so the verdict says "pushed back" where the answer did. */
function wordsOf(facts: SentenceFacts, hit: PhraseHit<LexiconCategory>): string {
  return facts.sentence.tokens.slice(hit.from, hit.to).map((t) => t.lower).join(' ');
}

function hitsThatCount(facts: SentenceFacts, category: LexiconCategory): PhraseHit<LexiconCategory>[] {
  return hitsOf(facts, category).filter((hit) => counts(facts, hit));
}

function hasCounting(facts: SentenceFacts, category: LexiconCategory): boolean {
  return hitsThatCount(facts, category).length > 0;
}

/** Guardrails that only watch; they count, but less than ones that limit the damage. */
const WATCH_ONLY = new Set(['monitor', 'dashboard', 'alert', 'alarm', 'on call', 'runbook', 'backup', 'retry']);

export const tradeoffsCriterion: Criterion = {
  id: 'tradeoffs',
  anchors: {
    0: 'One path, no alternatives, nothing given up, no risk named.',
    2: 'An alternative or a guardrail is mentioned, but not why the choice was made or what it cost.',
    4: 'Options weighed with the reason for the choice, what was given up, and guardrails (flag, canary, rollback, limits).',
  },
  evaluate(context: RubricContext) {
    const facts = context.analysis.facts;
    const choiceFacts = facts.filter((f) => hasCounting(f, 'alternative') || hasCounting(f, 'givenUp'));
    const choice = choiceFacts.length > 0;
    const reasoned = choiceFacts.some((f) => hasCounting(f, 'reason')) || facts.some((f) => hasCounting(f, 'risk'));
    const guardHits = facts.flatMap((f) => hitsThatCount(f, 'guardrail').map((hit) => ({ f, hit })));
    const limiting = guardHits.filter(({ hit }) => !WATCH_ONLY.has(hit.phrase));
    const watching = guardHits.length > limiting.length || facts.some((f) => hasCounting(f, 'risk'));
    let score: CriterionScore = 0;
    if (watching) score = 1;
    if (choice || limiting.length > 0) score = 2;
    if ((choice && limiting.length > 0) || (choice && reasoned)) score = 3;
    if (choice && reasoned && limiting.length > 0) score = 4;
    const found: string[] = [];
    if (choice) found.push(`alternatives or give-ups (${firstPhrases(choiceFacts, ['alternative', 'givenUp'])})`);
    if (limiting.length > 0) found.push(`guardrails (${[...new Map(limiting.map(({ f, hit }) => [hit.key, wordsOf(f, hit)])).values()].slice(0, 3).join(', ')})`);
    else if (watching) found.push('monitoring or risk named, nothing that limits the damage');
    const verdict = found.length > 0 ? `Found ${found.join('; ')}${choice && !reasoned ? '; no reason given for the choice' : ''}.` : 'No alternatives, trade-offs or guardrails mentioned.';
    const evidence: string[] = [];
    if (score < 4) {
      // The decision the listener will probe: the first choice the speaker made without weighing it.
      const decision = facts.find((f) => f.voice.iDecisions.length > 0 && !hasCounting(f, 'alternative'));
      if (decision !== undefined) evidence.push(quoteFacts(context, decision));
      for (const { f, hit } of limiting.slice(0, 1)) evidence.push(quoteHit(context, f, hit));
    }
    return { score, verdict, evidence: evidenceList(evidence), tip: tradeoffsTip(choice, reasoned, limiting.length > 0) };
  },
};

function firstPhrases(facts: SentenceFacts[], categories: Array<'alternative' | 'givenUp'>): string {
  // One entry per stemmed phrase: "push back" and "pushed back" are the same words to the listener.
  const byKey = new Map<string, string>();
  for (const f of facts) for (const category of categories) for (const h of hitsThatCount(f, category)) if (!byKey.has(h.key)) byKey.set(h.key, wordsOf(f, h));
  return [...byKey.values()].slice(0, 3).join(', ');
}

function tradeoffsTip(choice: boolean, reasoned: boolean, guarded: boolean): string {
  if (!choice) return 'Name one alternative you rejected and why: "I chose X over Y because...".';
  if (!reasoned) return 'Say why you chose as you did and what it cost you (scope, time, risk).';
  if (!guarded) return 'Say how you limited the risk: a feature flag, a canary, a rollback plan or a rate limit.';
  return 'Keep naming the option you gave up and the guardrail; be ready to say what would have made you roll back.';
}
