/**
 * Feedback must never ask for what the answer already says. Each tip and follow-up is read for what it asks for
 * (an alternative, a reason, a baseline, a lesson...) and checked against what the analysis found in the answer
 * before it is shown.
 */
import { stem } from './text.js';

export const NEEDS = ['alternative', 'reason', 'cost', 'guardrail', 'baseline', 'lesson', 'applied', 'decision'] as const;
export type Need = (typeof NEEDS)[number];

export type Presence = Readonly<Record<Need, boolean>>;

/** How a tip or question asks for each thing, in the wordings our tips and question probes use. */
const ASKS: ReadonlyArray<readonly [Need, RegExp]> = [
  ['alternative', /\b(?:alternatives?|other options?|options? (?:did you|you) (?:consider|weigh|reject)|chose x over y|what else (?:did you|could you) (?:consider|have done))\b/i],
  ['reason', /\b(?:why (?:did )?you (?:chose|choose|picked?|decided?|went with)|say why you chose|the reason (?:for|behind) (?:the|your) (?:choice|decision))\b/i],
  ['cost', /\b(?:what (?:it|that|this|the choice) cost(?: you)?|what did you give up|what you gave up|what (?:did )?you (?:gave|give) up)\b/i],
  ['guardrail', /\b(?:how (?:did )?you limit(?:ed)? the risk|limited the risk|feature flag|canary|rollback plan|guardrails?)\b/i],
  ['baseline', /\b(?:what was (?:it|the number|the figure) before|number before|baseline|measured against where it started|before and after)\b/i],
  ['lesson', /\b(?:what (?:did )?you learn(?:ed|t)?|what you learned|would you do differently|would do differently|what would you change)\b/i],
  ['applied', /\b(?:applied (?:the lesson|it) since|where you have applied|used (?:it|the lesson) since)\b/i],
  ['decision', /\b(?:name (?:at least )?one decision you made|which decision (?:in this story )?was yours)\b/i],
];

/** Tips and follow-ups come from a small fixed set of texts, so what each asks for is read once. */
const needsCache = new Map<string, Need[]>();
const stemsCache = new Map<string, Set<string>>();
const CACHE_LIMIT = 2_000;

export function needsOf(text: string): Need[] {
  let needs = needsCache.get(text);
  if (needs === undefined) {
    if (needsCache.size >= CACHE_LIMIT) needsCache.clear();
    needs = ASKS.filter(([, pattern]) => pattern.test(text)).map(([need]) => need);
    needsCache.set(text, needs);
  }
  return needs;
}

/** Words too common in questions and stories to show that one answers the other. */
const COMMON = new Set(
  [
    'you', 'your', 'yours', 'did', 'does', 'what', 'who', 'whom', 'how', 'why', 'when', 'which', 'where', 'was', 'were',
    'they', 'them', 'their', 'it', 'its', 'that', 'this', 'those', 'the', 'and', 'but', 'for', 'with', 'about', 'from',
    'after', 'before', 'then', 'there', 'had', 'have', 'has', 'would', 'could', 'should', 'will', 'can', 'not', 'any',
    'all', 'one', 'first', 'else', 'other', 'others', 'exactly', 'really', 'time', 'times', 'happen', 'happened', 'thing',
    'things', 'make', 'made', 'get', 'got', 'take', 'took', 'tell', 'told', 'story', 'moment', 'people', 'team', 'work',
    'change', 'result', 'think', 'thought', 'know', 'knew', 'way', 'also', 'still', 'most', 'more', 'much', 'own',
  ].map(stem),
);

function distinctiveStems(text: string): Set<string> {
  let stems = stemsCache.get(text);
  if (stems === undefined) {
    if (stemsCache.size >= CACHE_LIMIT) stemsCache.clear();
    const words = text.toLowerCase().match(/[a-z][a-z']+/g) ?? [];
    stems = new Set(words.map(stem).filter((w) => w.length > 2 && !COMMON.has(w)));
    stemsCache.set(text, stems);
  }
  return stems;
}

/**
 * True when the answer already uses at least two of a question's distinctive words, and half of them: "Who was left
 * out, and what barrier did they face?" asked of a story about the customers a barrier left out.
 */
export function restatesAnswer(question: string, answerStems: ReadonlySet<string>): boolean {
  const words = distinctiveStems(question);
  let shared = 0;
  for (const word of words) if (answerStems.has(word)) shared++;
  return shared >= 2 && shared * 2 >= words.size;
}

/**
 * True when the text asks only for things the answer already has. A question that also asks for something missing
 * still helps, so it stays.
 */
export function asksOnlyForWhatIsThere(text: string, presence: Presence): boolean {
  const needs = needsOf(text);
  return needs.length > 0 && needs.every((need) => presence[need]);
}
