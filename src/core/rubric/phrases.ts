import { stem, type Token } from './text.js';

/**
 * Multi-word phrase lookup over tokens in one pass. Phrases are written in plain words; each word is stemmed like the
 * text, so "rolled back" also finds "roll back" and "rolling back". Two wildcards: `#` is any number, `*` any token.
 * Hyphens in a phrase split words as they do in the text ("trade-off" = "trade off").
 */
export interface PhraseHit<C extends string> {
  category: C;
  phrase: string;
  /** The phrase in stemmed form: "on-call" and "on call" share one key. */
  key: string;
  /** Index of the first and one past the last matched token. */
  from: number;
  to: number;
}

interface CompiledPhrase<C extends string> {
  category: C;
  phrase: string;
  key: string;
  rest: string[];
}

export class PhraseMatcher<C extends string> {
  private readonly byFirst = new Map<string, CompiledPhrase<C>[]>();

  constructor(lexicon: Readonly<Record<C, readonly string[]>>) {
    for (const category of Object.keys(lexicon) as C[]) {
      for (const phrase of lexicon[category]) this.add(category, phrase);
    }
  }

  private add(category: C, phrase: string): void {
    const words = phrase
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((w) => w !== '')
      .map((w) => (w === '#' || w === '*' ? w : stem(w)));
    const [first, ...rest] = words;
    if (first === undefined || first === '#' || first === '*') throw new Error(`phrase must start with a word: "${phrase}"`);
    const list = this.byFirst.get(first) ?? [];
    list.push({ category, phrase, key: words.join(' '), rest });
    this.byFirst.set(first, list);
  }

  /** Every phrase occurrence; overlapping phrases of different categories are all reported. */
  match(tokens: readonly Token[]): PhraseHit<C>[] {
    const hits: PhraseHit<C>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byFirst.get((tokens[i] as Token).stem);
      if (candidates === undefined) continue;
      for (const candidate of candidates) {
        const end = matchRest(tokens, i + 1, candidate.rest);
        if (end >= 0) hits.push({ category: candidate.category, phrase: candidate.phrase, key: candidate.key, from: i, to: end });
      }
    }
    return hits;
  }
}

function matchRest(tokens: readonly Token[], at: number, rest: readonly string[]): number {
  let k = at;
  for (const word of rest) {
    const token = tokens[k];
    if (token === undefined) return -1;
    if (word === '#' ? token.kind !== 'number' : word !== '*' && token.stem !== word) return -1;
    k++;
  }
  return k;
}
