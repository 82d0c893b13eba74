import { ENGLISH_FUNCTION_WORDS } from './lexicon.js';
import type { Doc } from './text.js';

export interface Unreadable {
  reason: 'empty' | 'not-english' | 'code';
  /** What to tell the person: why the answer was not scored and what to do instead. */
  explanation: string;
  /** Two questions that get a scoreable answer out of them. */
  followUps: [string, string];
}

const NOT_ENGLISH: Unreadable = {
  reason: 'not-english',
  explanation: 'The answer does not look like English. The coach reads English answers only; try the story in English.',
  followUps: ['Can you tell this story in English: the situation, what you did, and what changed?', 'What was the one decision in this story that was yours, and what happened because of it?'],
};

const ASK_FOR_STORY = 'What was the one decision in this story that was yours, and what happened because of it?';

/** Below this share of common English words among the words, the text is not read as English prose. */
const MIN_ENGLISH_SHARE = 0.12;
/** Share of letters outside the Latin alphabets above which the text is another script. */
const MAX_OTHER_SCRIPT_SHARE = 0.3;
/** Share of characters that are code punctuation above which the text reads as code. */
const MAX_CODE_SYMBOL_SHARE = 0.08;

/** For each ASCII code: 1 a Latin letter, 2 a code symbol. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
for (const c of '{}();=<>[]') ASCII_CLASS[c.charCodeAt(0)] = 2;

/**
 * One pass over the characters. Letters beyond Latin are counted by code point range: Greek onwards, minus
 * punctuation, symbol and emoji blocks. Approximate, but it only has to tell English from another script.
 */
function countCharacters(text: string): { visible: number; symbols: number; latin: number; other: number } {
  let visible = 0;
  let symbols = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32) continue;
    visible++;
    if (code < 128) {
      const kind = ASCII_CLASS[code];
      if (kind === 1) latin++;
      else if (kind === 2) symbols++;
    } else if (code >= 0xc0 && code <= 0x24f) {
      latin++;
    } else if (code >= 0x370 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0x3000 && code <= 0x303f) && code < 0xd800) {
      other++;
    }
  }
  return { visible, symbols, latin, other };
}

/**
 * Whether the answer can be scored as an English story at all. When it cannot, the rubric explains why instead of
 * producing criterion scores that would look like judgements.
 */
export function checkReadable(doc: Doc): Unreadable | undefined {
  let wordCount = 0;
  let english = 0;
  for (const sentence of doc.sentences) {
    for (const token of sentence.tokens) {
      if (token.kind !== 'word') continue;
      wordCount++;
      if (ENGLISH_FUNCTION_WORDS.has(token.lower)) english++;
    }
  }
  if (doc.words === 0 && doc.codeChars === 0) {
    return {
      reason: 'empty',
      explanation: 'The answer is empty: there is nothing to score.',
      followUps: ['Tell me about a specific time: where were you, and what was at stake?', ASK_FOR_STORY],
    };
  }
  if (doc.codeChars > 0 && doc.codeChars >= 2 * doc.proseChars) {
    return {
      reason: 'code',
      explanation: 'The answer is mostly code. Tell the story in words; mention code only where it explains a decision.',
      followUps: ['What problem did this code solve, and for whom?', ASK_FOR_STORY],
    };
  }
  const { visible, symbols, latin, other } = countCharacters(doc.normalized);
  if (other > MAX_OTHER_SCRIPT_SHARE * (latin + other)) {
    return NOT_ENGLISH;
  }
  const englishShare = wordCount === 0 ? 0 : english / wordCount;
  const symbolShare = visible === 0 ? 0 : symbols / visible;
  if (symbolShare > 2 * MAX_CODE_SYMBOL_SHARE || (symbolShare > MAX_CODE_SYMBOL_SHARE && englishShare < 0.4)) {
    return {
      reason: 'code',
      explanation: 'The answer reads as code, not a story. Describe what you did and why in sentences.',
      followUps: ['What problem did this code solve, and for whom?', ASK_FOR_STORY],
    };
  }
  if (wordCount >= 6 && englishShare < MIN_ENGLISH_SHARE) {
    return NOT_ENGLISH;
  }
  return undefined;
}
