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
}

export function analyzeAnswer(answer: string): Analysis {
  const doc = analyzeText(answer);
  const facts = doc.sentences.map((sentence) => ({
    sentence,
    hits: LEXICON_MATCHER.match(sentence.tokens),
    voice: analyzeVoice(sentence),
    numbers: findNumbers(sentence),
  }));
  return { doc, facts };
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
