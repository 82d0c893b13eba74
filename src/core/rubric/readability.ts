import { OTHER_LANGUAGE_MESSAGE, OTHER_LANGUAGE_NEXT_STEP, readLanguage } from '../language.js';
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
  explanation: `${OTHER_LANGUAGE_MESSAGE} ${OTHER_LANGUAGE_NEXT_STEP}`,
  followUps: ['Can you tell this story in English: the situation, what you did, and what changed?', 'What was the one decision in this story that was yours, and what happened because of it?'],
};

const ASK_FOR_STORY = 'What was the one decision in this story that was yours, and what happened because of it?';

/** Share of characters that are code punctuation above which the text reads as code. */
const MAX_CODE_SYMBOL_SHARE = 0.08;

/** For each ASCII code: 2 a code symbol. */
const ASCII_CLASS = new Uint8Array(128);
for (const c of '{}();=<>[]') ASCII_CLASS[c.charCodeAt(0)] = 2;

/** One pass over the characters: the visible ones and the code punctuation among them. */
function countCharacters(text: string): { visible: number; symbols: number } {
  let visible = 0;
  let symbols = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32) continue;
    visible++;
    if (code < 128 && ASCII_CLASS[code] === 2) symbols++;
  }
  return { visible, symbols };
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
  // Which language: one detection for the rubric and the replies (src/core/language.ts).
  const language = readLanguage(doc.normalized);
  if (!language.english && language.reason === 'other-script') return NOT_ENGLISH;
  const { visible, symbols } = countCharacters(doc.normalized);
  const englishShare = wordCount === 0 ? 0 : english / wordCount;
  const symbolShare = visible === 0 ? 0 : symbols / visible;
  if (symbolShare > 2 * MAX_CODE_SYMBOL_SHARE || (symbolShare > MAX_CODE_SYMBOL_SHARE && englishShare < 0.4)) {
    return {
      reason: 'code',
      explanation: 'The answer reads as code, not a story. Describe what you did and why in sentences.',
      followUps: ['What problem did this code solve, and for whom?', ASK_FOR_STORY],
    };
  }
  return language.english ? undefined : NOT_ENGLISH;
}
