import { has, hitsOf, type SentenceFacts } from '../analysis.js';
import { evidenceList, quoteFacts, quoteHit, type Criterion, type CriterionScore, type RubricContext } from './types.js';

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
    const choiceFacts = facts.filter((f) => has(f, 'alternative') || has(f, 'givenUp'));
    const choice = choiceFacts.length > 0;
    const reasoned = choiceFacts.some((f) => has(f, 'reason')) || facts.some((f) => has(f, 'risk'));
    const guardHits = facts.flatMap((f) => hitsOf(f, 'guardrail').map((hit) => ({ f, hit })));
    const limiting = guardHits.filter(({ hit }) => !WATCH_ONLY.has(hit.phrase));
    const watching = guardHits.length > limiting.length || facts.some((f) => has(f, 'risk'));
    let score: CriterionScore = 0;
    if (watching) score = 1;
    if (choice || limiting.length > 0) score = 2;
    if ((choice && limiting.length > 0) || (choice && reasoned)) score = 3;
    if (choice && reasoned && limiting.length > 0) score = 4;
    const found: string[] = [];
    if (choice) found.push(`alternatives or give-ups (${firstPhrases(choiceFacts, ['alternative', 'givenUp'])})`);
    if (limiting.length > 0) found.push(`guardrails (${[...new Set(limiting.map(({ hit }) => hit.phrase))].slice(0, 3).join(', ')})`);
    else if (watching) found.push('monitoring or risk named, nothing that limits the damage');
    const verdict = found.length > 0 ? `Found ${found.join('; ')}${choice && !reasoned ? '; no reason given for the choice' : ''}.` : 'No alternatives, trade-offs or guardrails mentioned.';
    const evidence: string[] = [];
    if (score < 4) {
      // The decision the listener will probe: the first choice the speaker made without weighing it.
      const decision = facts.find((f) => f.voice.iDecisions.length > 0 && !has(f, 'alternative'));
      if (decision !== undefined) evidence.push(quoteFacts(context, decision));
      for (const { f, hit } of limiting.slice(0, 1)) evidence.push(quoteHit(context, f, hit));
    }
    return { score, verdict, evidence: evidenceList(evidence), tip: tradeoffsTip(choice, reasoned, limiting.length > 0) };
  },
};

function firstPhrases(facts: SentenceFacts[], categories: Array<'alternative' | 'givenUp'>): string {
  const phrases = facts.flatMap((f) => f.hits.filter((h) => (categories as string[]).includes(h.category)).map((h) => h.phrase));
  return [...new Set(phrases)].slice(0, 3).join(', ');
}

function tradeoffsTip(choice: boolean, reasoned: boolean, guarded: boolean): string {
  if (!choice) return 'Name one alternative you rejected and why: "I chose X over Y because...".';
  if (!reasoned) return 'Say why you chose as you did and what it cost you (scope, time, risk).';
  if (!guarded) return 'Say how you limited the risk: a feature flag, a canary, a rollback plan or a rate limit.';
  return 'Keep naming the option you gave up and the guardrail; be ready to say what would have made you roll back.';
}
