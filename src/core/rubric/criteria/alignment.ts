import { PRINCIPLE_IDS } from '../../principles.js';
import type { Analysis, SentenceFacts } from '../analysis.js';
import { PRINCIPLE_CUES } from '../principle-cues.js';
import { PhraseMatcher } from '../phrases.js';
import { stem, type Token } from '../text.js';
import { clampScore, evidenceList, quoteFacts, type Criterion, type PrincipleRef, type RubricContext } from './types.js';

/** A sign of a principle: the words as the answer wrote them, and the sentence they are in. */
export interface Cue {
  text: string;
  sentence: number;
}

/** Distinct cues per principle id found in the answer, keyed by their stemmed form. */
export type PrincipleStrengths = Map<string, Map<string, Cue>>;

const matchers = new WeakMap<readonly PrincipleRef[], PhraseMatcher<string>>();

function matcherFor(principles: readonly PrincipleRef[]): PhraseMatcher<string> {
  let matcher = matchers.get(principles);
  if (matcher === undefined) {
    const lexicon: Record<string, string[]> = {};
    for (const p of principles) lexicon[p.id] = [...new Set([...p.signals, ...((PRINCIPLE_CUES as Record<string, readonly string[]>)[p.id] ?? [])])];
    matcher = new PhraseMatcher(lexicon);
    matchers.set(principles, matcher);
  }
  return matcher;
}

/** One answer is matched once even though the criterion and the Feedback's `detected` list both need it. */
const computed = new WeakMap<Analysis, { principles: readonly PrincipleRef[]; strengths: PrincipleStrengths }>();

function isNaming(names: Set<string> | undefined, tokens: readonly Token[]): boolean {
  if (names === undefined) return false;
  for (let n = 1; n <= tokens.length; n++) if (names.has(tokens.slice(0, n).map((t) => t.stem).join(' '))) return true;
  return false;
}

export function principleStrengths(analysis: Analysis, principles: readonly PrincipleRef[]): PrincipleStrengths {
  const cached = computed.get(analysis);
  if (cached !== undefined && cached.principles === principles) return cached.strengths;
  const strengths = matchPrinciples(analysis, principles);
  computed.set(analysis, { principles, strengths });
  return strengths;
}

/** Stemmed forms of a principle's own name: saying "I dive deep" is naming the principle, not showing it. */
function nameKeys(principle: PrincipleRef): Set<string> {
  return new Set([principle.name, principle.id.replace(/-/g, ' ')].map((n) => n.toLowerCase().split(/[\s-]+/).map(stem).join(' ')));
}

const principleNames = new WeakMap<readonly PrincipleRef[], Map<string, Set<string>>>();

function namesFor(principles: readonly PrincipleRef[]): Map<string, Set<string>> {
  let names = principleNames.get(principles);
  if (names === undefined) {
    names = new Map(principles.map((p) => [p.id, nameKeys(p)]));
    principleNames.set(principles, names);
  }
  return names;
}

function matchPrinciples(analysis: Analysis, principles: readonly PrincipleRef[]): PrincipleStrengths {
  const matcher = matcherFor(principles);
  const names = namesFor(principles);
  const strengths: PrincipleStrengths = new Map(principles.map((p) => [p.id, new Map<string, Cue>()]));
  for (const facts of analysis.facts) {
    const tokens = facts.sentence.tokens;
    // Overlapping cues ("root cause" and "cause") are one sign: longest first, each word counted once per principle.
    const found = matcher.match(tokens);
    if (found.length === 0) continue;
    const hits = found.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
    const used = new Set<string>();
    for (const hit of hits) {
      const cues = strengths.get(hit.category);
      if (cues === undefined || cues.has(hit.key) || isNaming(names.get(hit.category), tokens.slice(hit.from, hit.from + 4))) continue;
      let overlaps = false;
      for (let k = hit.from; k < hit.to; k++) if (used.has(`${hit.category}:${k}`)) overlaps = true;
      if (overlaps) continue;
      for (let k = hit.from; k < hit.to; k++) used.add(`${hit.category}:${k}`);
      cues.set(hit.key, { text: tokens.slice(hit.from, hit.to).map((t) => t.text).join(' '), sentence: facts.sentence.index });
    }
  }
  return strengths;
}

/** Principles the story shows (at least two distinct cues), strongest first. */
export function detectedPrinciples(strengths: PrincipleStrengths): string[] {
  return [...strengths.entries()]
    .filter(([, cues]) => cues.size >= 2)
    .sort((a, b) => b[1].size - a[1].size || PRINCIPLE_IDS.indexOf(a[0] as never) - PRINCIPLE_IDS.indexOf(b[0] as never))
    .slice(0, 3)
    .map(([id]) => id);
}

export const alignmentCriterion: Criterion = {
  id: 'alignment',
  anchors: {
    0: 'Nothing in the story shows the principle asked about (or any principle).',
    2: 'One passing sign of the principle, or another principle fits the story clearly better.',
    4: 'Several distinct signs of the principle asked, and it is the best fit for the story.',
  },
  evaluate(context: RubricContext) {
    const strengths = principleStrengths(context.analysis, context.principles);
    const ranked = [...strengths.entries()].sort((a, b) => b[1].size - a[1].size);
    const best = ranked[0];
    const nameOf = (id: string) => context.principles.find((p) => p.id === id)?.name ?? id;
    if (context.asked === undefined) {
      const top = best?.[1].size ?? 0;
      const score = clampScore(top >= 4 ? 4 : top >= 3 ? 3 : top >= 2 ? 2 : top);
      const shown = detectedPrinciples(strengths).map(nameOf);
      return {
        score,
        verdict: shown.length > 0 ? `No principle asked; the story shows ${shown.join(', ')}.` : 'No principle asked, and none shows clearly.',
        evidence: [],
        tip: 'Pick the principle you want this story to prove and make its signs explicit.',
      };
    }
    const askedCues = strengths.get(context.asked.id) ?? new Map<string, Cue>();
    const asked = askedCues.size;
    const other = ranked.find(([id]) => id !== context.asked?.id);
    const otherSize = other?.[1].size ?? 0;
    const mismatch = other !== undefined && otherSize >= 3 && otherSize >= 2 * Math.max(1, asked);
    let score = asked >= 3 ? 3 : asked >= 2 ? 3 : asked >= 1 ? 2 : 1;
    if (asked >= 3 && asked >= 0.75 * otherSize) score = 4;
    if (context.analysis.doc.words < 25) score = Math.min(score, asked > 0 ? 1 : 0);
    if (mismatch) score = Math.min(score, 2);
    const cues = [...askedCues.values()].slice(0, 4).map((c) => `"${c.text}"`).join(', ');
    // A mismatch is shown by the sentences that carry the other principle's signs.
    const evidence = mismatch && other !== undefined ? evidenceList([...other[1].values()].map((c) => quoteFacts(context, context.analysis.facts[c.sentence] as SentenceFacts))) : [];
    const verdict =
      (asked > 0 ? `${asked} sign${asked === 1 ? '' : 's'} of ${context.asked.name} (${cues})` : `No clear sign of ${context.asked.name}`) +
      (mismatch && other !== undefined ? `; the story reads more like ${nameOf(other[0])}` : '') +
      '.';
    const tip = mismatch && other !== undefined
      ? `Either reframe the story around ${context.asked.name} or use it for ${nameOf(other[0])}.`
      : asked >= 3
        ? `Say in one line why this story shows ${context.asked.name}.`
        : `Make ${context.asked.name} explicit: show the moment you acted on it and what it cost you.`;
    return { score: clampScore(score), verdict, evidence, tip };
  },
};
