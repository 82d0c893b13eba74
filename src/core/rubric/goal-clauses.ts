import { IRREGULAR_PARTICIPLES, IRREGULAR_PAST } from './lexicon.js';
import { isNumeral } from './number-forms.js';
import { stem, type Token } from './text.js';

/**
 * Goal and hypothetical clauses: a figure said inside one ("the target was 95%", "I would cut it by 30%") is what was
 * aimed at, not what happened.
 */

/** Stems that open a goal when "to" follows: "aimed to", "planned to", "asked the nurses to", "hoped to". */
const GOAL_VERBS = new Set(
  ['aim', 'plan', 'hope', 'want', 'intend', 'expect', 'try', 'need', 'ask', 'promise', 'commit', 'strive', 'mean', 'meant', 'wish', 'set', 'task'].map(stem),
);
/** Nouns that name a goal when a figure, "to" or "of" follows: "the target was 95%", "a goal of 20 accounts". */
const GOAL_NOUNS = new Set(['goal', 'target', 'objective', 'aim', 'plan', 'ambition', 'task', 'mandate', 'quota', 'kpi', 'okr', 'mission'].map(stem));
/** Words a goal verb's object is made of before its "to": "asked the night nurses to". */
const OBJECT_WORDS = new Set(['me', 'us', 'them', 'him', 'her', 'myself', 'ourselves', 'the', 'my', 'our', 'each', 'every', 'all']);
const MODALS = new Set(['would', 'will', 'shall', 'might', 'should', 'must', 'wanna', 'gonna']);
const CONDITIONALS = new Set(['if', 'unless']);
const SUBJECTS = new Set(['i', 'we', 'they', 'it', 'he', 'she', 'this', 'that', 'our', 'my', 'their', 'everyone', 'which']);
const CONTRAST_WORDS = new Set(['but', 'however', 'instead', 'yet', 'although', 'though', 'whereas', 'actually']);
const LINKING_WORDS = new Set(['and', 'so', 'then', 'when', 'after', 'because', 'until', 'once']);

/**
 * For each token, whether it stands in a goal or hypothetical clause: after a modal ("I would", "we'll"), a goal
 * verb with its "to" ("aimed to", "asked the nurses to"), a goal noun with its figure ("the target was 95%", "a goal
 * of 20"), "in order to", or an "if". The clause ends where a contrast or a new subject takes over ("..., but we
 * reached 97%", "and it fell"), so a result told in the same sentence is still a result.
 */
export function goalClauses(tokens: readonly Token[]): boolean[] {
  const inGoal: boolean[] = new Array<boolean>(tokens.length).fill(false);
  let goal = false;
  let conditionalAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (goal && endsGoalClause(tokens, i, conditionalAt)) {
      goal = false;
      conditionalAt = -1;
    }
    if (opensGoalClause(tokens, i)) goal = true;
    if (CONDITIONALS.has(token.lower)) {
      goal = true;
      conditionalAt = i;
    }
    inGoal[i] = goal;
  }
  return inGoal;
}

function opensGoalClause(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (token.kind !== 'word') return false;
  if ((token.lower === 'would' || token.lower.endsWith("'d")) && hedgesFigure(tokens, i + 1)) return false;
  // "the survey's "would you recommend working here" went from 48% to 81%": a question put to someone, quoted, aims at
  // nothing of the speaker's.
  if (MODALS.has(token.lower) && next?.lower === 'you') return false;
  if (MODALS.has(token.lower) || token.lower.endsWith("'ll")) return true;
  if (token.lower === 'may' && token.text === 'may') return true;
  // "I'd cut it" is a hypothetical; "I'd already cut it", "we'd reduced it" or "I'd gone through the forms" is a past
  // perfect. A participle that is also a verb's plain form ("I'd run it past legal") stays a hypothetical.
  if (token.lower.endsWith("'d")) return next !== undefined && !isPastForm(next) && !PERFECT_ONLY.has(next.lower) && next.lower !== 'already';
  if (token.lower === 'going' && next?.lower === 'to' && /^(?:am|is|are|was|were|i'm|we're|they're|he's|she's)$/.test(tokens[i - 1]?.lower ?? '')) return true;
  if (token.lower === 'order' && next?.lower === 'to' && tokens[i - 1]?.lower === 'in') return true;
  if (GOAL_VERBS.has(token.stem)) {
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.lower === 'to' || (t.lower === 'out' && tokens[k + 1]?.lower === 'to')) return true;
      if (!OBJECT_WORDS.has(t.lower) && (t.kind !== 'word' || k > i + 2)) return false;
      // "set-outs fell to 2 in June": a past verb of its own between them, so the "to" is that verb's.
      if (k > i + 1 && isPastForm(t)) return false;
    }
    return false;
  }
  if (GOAL_NOUNS.has(token.stem)) {
    for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (isNumeral(t) || t.lower === 'to' || t.lower === 'of') return true;
      if (!['was', 'is', 'were', 'be', 'being', 'set', 'stood'].includes(t.lower)) return false;
    }
  }
  return false;
}

/**
 * "went from I'd say two thirds to over 90 percent", "I would guess about 40 a week": the speaker's hedge on a figure
 * they give, not a hypothetical. "I'd say so plainly" is still what they would do.
 */
function hedgesFigure(tokens: readonly Token[], at: number): boolean {
  if (!HEDGING_VERBS.has(tokens[at]?.lower ?? '')) return false;
  let k = at + 1;
  while (FIGURE_HEDGES.has(tokens[k]?.lower ?? '')) k++;
  return tokens[k] !== undefined && isNumeral(tokens[k] as Token);
}

const HEDGING_VERBS = new Set(['say', 'guess', 'reckon', 'estimate']);
const FIGURE_HEDGES = new Set(['about', 'around', 'roughly', 'maybe', 'perhaps', 'nearly', 'almost', 'over', 'under']);

function endsGoalClause(tokens: readonly Token[], i: number, conditionalAt: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (CONTRAST_WORDS.has(token.lower)) return true;
  if (LINKING_WORDS.has(token.lower) && next !== undefined && (SUBJECTS.has(next.lower) || isPastForm(next))) return true;
  // "it should take 2 days; it took 9": a subject with a past verb reports what happened. The subject right after an
  // "if" belongs to the condition itself.
  if (i !== conditionalAt + 1 && SUBJECTS.has(token.lower) && next !== undefined && isPastForm(next)) return true;
  // "If I did it again I would...": the main clause starts at its own subject.
  return conditionalAt >= 0 && i > conditionalAt + 1 && (token.lower === 'i' || token.lower === 'we' || token.lower === 'they');
}

/** Participles after "'d" that can only make a past perfect ("we'd gone", "I'd been"). */
const PERFECT_ONLY = new Set([...IRREGULAR_PARTICIPLES].filter((word) => !['cost', 'hit', 'run'].includes(word)));

function isPastForm(token: Token): boolean {
  return IRREGULAR_PAST.has(token.lower) || (token.kind === 'word' && token.lower.length > 4 && token.lower.endsWith('ed'));
}
