import { LEXICON_MATCHER, type LexiconCategory } from './lexicon.js';
import { findNumbers, type NumberMention } from './numbers.js';
import type { PhraseHit } from './phrases.js';
import { analyzeText, type Doc, type Sentence } from './text.js';
import { analyzeVoice, type Voice } from './voice.js';

/** Everything the criteria read about one sentence, computed once. */
export interface SentenceFacts {
  sentence: Sentence;
  hits: PhraseHit<LexiconCategory>[];
  voice: Voice;
  numbers: NumberMention[];
}

export interface Analysis {
  doc: Doc;
  facts: SentenceFacts[];
  /** Readings derived from this analysis by later steps (see analysisSlot), so they live exactly as long as it does. */
  readonly derived: Map<symbol, unknown>;
}

/**
 * A place on each Analysis for one derived reading, computed once per answer and shared by the criteria that need
 * it. Not a WeakMap keyed by the analysis: V8's young-generation collections keep a WeakMap's entries alive until a
 * full collection, so every answer's readings were promoted to the old space, which made one call in a hundred wait
 * several milliseconds for a scavenge.
 */
export interface AnalysisSlot<V> {
  get(analysis: Analysis): V | undefined;
  set(analysis: Analysis, value: V): void;
}

export function analysisSlot<V>(name: string): AnalysisSlot<V> {
  const key = Symbol(name);
  return {
    get: (analysis) => analysis.derived.get(key) as V | undefined,
    set: (analysis, value) => {
      analysis.derived.set(key, value);
    },
  };
}

export function analyzeAnswer(answer: string): Analysis {
  const doc = analyzeText(answer);
  const facts = doc.sentences.map((sentence) => ({
    sentence,
    hits: LEXICON_MATCHER.match(sentence.tokens),
    voice: analyzeVoice(sentence),
    numbers: findNumbers(sentence),
  }));
  return { doc, facts, derived: new Map() };
}

export function hitsOf(facts: SentenceFacts, category: LexiconCategory): PhraseHit<LexiconCategory>[] {
  return facts.hits.filter((hit) => hit.category === category);
}

export function countHits(facts: SentenceFacts, category: LexiconCategory): number {
  let count = 0;
  for (const hit of facts.hits) if (hit.category === category) count++;
  return count;
}

export function has(facts: SentenceFacts, category: LexiconCategory): boolean {
  return facts.hits.some((hit) => hit.category === category);
}
