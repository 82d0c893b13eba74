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

/** Phrases sharing a first word, split by their second word so a frequent first word ("i", "we") stays cheap. */
interface FirstWordNode<C extends string> {
  single: CompiledPhrase<C>[];
  bySecond: Map<string, CompiledPhrase<C>[]>;
  /** Phrases whose second word is a wildcard. */
  anySecond: CompiledPhrase<C>[];
}

export class PhraseMatcher<C extends string> {
  private readonly byFirst = new Map<string, FirstWordNode<C>>();

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
    const [first, second, ...rest] = words;
    if (first === undefined || first === '#' || first === '*') throw new Error(`phrase must start with a word: "${phrase}"`);
    let node = this.byFirst.get(first);
    if (node === undefined) {
      node = { single: [], bySecond: new Map(), anySecond: [] };
      this.byFirst.set(first, node);
    }
    const compiled = { category, phrase, key: words.join(' '), rest };
    if (second === undefined) node.single.push(compiled);
    else if (second === '#' || second === '*') node.anySecond.push({ ...compiled, rest: [second, ...rest] });
    else node.bySecond.set(second, [...(node.bySecond.get(second) ?? []), compiled]);
  }

  /** Every phrase occurrence; overlapping phrases of different categories are all reported. */
  match(tokens: readonly Token[]): PhraseHit<C>[] {
    const hits: PhraseHit<C>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const node = this.byFirst.get((tokens[i] as Token).stem);
      if (node === undefined) continue;
      for (const phrase of node.single) hits.push({ category: phrase.category, phrase: phrase.phrase, key: phrase.key, from: i, to: i + 1 });
      const next = tokens[i + 1];
      if (next === undefined) continue;
      const withSecond = node.bySecond.get(next.stem);
      if (withSecond !== undefined) collect(hits, tokens, i, i + 2, withSecond);
      if (node.anySecond.length > 0) collect(hits, tokens, i, i + 1, node.anySecond);
    }
    return hits;
  }
}

function collect<C extends string>(hits: PhraseHit<C>[], tokens: readonly Token[], from: number, at: number, phrases: readonly CompiledPhrase<C>[]): void {
  for (const phrase of phrases) {
    const end = matchRest(tokens, at, phrase.rest);
    if (end >= 0) hits.push({ category: phrase.category, phrase: phrase.phrase, key: phrase.key, from, to: end });
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
