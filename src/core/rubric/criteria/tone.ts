import { countHits, hitsOf, type SentenceFacts } from '../analysis.js';
import type { LexiconCategory } from '../lexicon.js';
import type { PhraseHit } from '../phrases.js';
import { clampScore, evidenceList, quoteHit, type Criterion, type RubricContext } from './types.js';

/** Hedges and fillers per 100 words at which the tone drops a step. */
const DENSITY_STEPS = [1.5, 3.5, 6] as const;

const SPEAKER = new Set(['i', "i'd", "i've", 'we', "we'd", "we've", 'myself']);
/** Words before "blame" that reject it: "before blaming the people", "without blaming anyone", "not to blame". */
const REJECTING = new Set(['before', 'without', 'not', 'instead', 'stop', 'stopped', 'avoid', 'avoided', 'no', 'never', 'than']);

/**
 * "I dropped the ball", "I had messed up": owning a mistake is accountability, the opposite of blame; so is a lesson
 * about not blaming ("measure the new steps before blaming the people").
 */
function isNotBlame(facts: SentenceFacts, hit: PhraseHit<LexiconCategory>): boolean {
  const before = (back: number): string => facts.sentence.tokens[hit.from - back]?.lower ?? '';
  if (SPEAKER.has(before(1)) || SPEAKER.has(before(2))) return true;
  return REJECTING.has(before(1)) || (before(1) === 'to' && REJECTING.has(before(2)));
}

function blameHits(facts: SentenceFacts): PhraseHit<LexiconCategory>[] {
  return hitsOf(facts, 'blame').filter((hit) => !isNotBlame(facts, hit));
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
    return true;
  });
}

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
    const blame = context.analysis.facts.reduce((n, f) => n + blameHits(f).length, 0);
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
    return { score: clampScore(score), verdict, evidence: score < 4 ? evidenceList(toneQuotes(context)) : [], tip };
  },
};

/** Quotes in order of harm; lazy, so a long answer full of fillers quotes only the first few. */
function* toneQuotes(context: RubricContext): Generator<string> {
  for (const facts of context.analysis.facts) for (const hit of blameHits(facts)) yield quoteHit(context, facts, hit);
  for (const facts of context.analysis.facts) for (const hit of hitsOf(facts, 'selfDeprecation')) yield quoteHit(context, facts, hit);
  for (const category of ['hedge', 'filler'] as const) {
    for (const facts of context.analysis.facts) for (const hit of softeners(facts, category)) yield quoteHit(context, facts, hit);
  }
}
