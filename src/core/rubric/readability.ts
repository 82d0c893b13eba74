import { ENGLISH_FUNCTION_WORDS } from './lexicon.js';
import type { Doc } from './text.js';

export type Unreadable = { reason: 'empty' | 'not-english' | 'code'; explanation: string };

/** Below this share of common English words among the words, the text is not read as English prose. */
const MIN_ENGLISH_SHARE = 0.12;
/** Share of letters outside the Latin alphabets above which the text is another script. */
const MAX_OTHER_SCRIPT_SHARE = 0.3;
/** Share of characters that are code punctuation above which the text reads as code. */
const MAX_CODE_SYMBOL_SHARE = 0.08;

const CODE_SYMBOLS = new Set([...'{}();=<>[]'].map((c) => c.charCodeAt(0)));

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
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
      else if (CODE_SYMBOLS.has(code)) symbols++;
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
  const words = doc.sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'word'));
  if (doc.words === 0 && doc.codeChars === 0) {
    return { reason: 'empty', explanation: 'The answer is empty: there is nothing to score.' };
  }
  if (doc.codeChars > 0 && doc.codeChars >= 2 * doc.proseChars) {
    return { reason: 'code', explanation: 'The answer is mostly code. Tell the story in words; mention code only where it explains a decision.' };
  }
  const { visible, symbols, latin, other } = countCharacters(doc.normalized);
  if (other > MAX_OTHER_SCRIPT_SHARE * (latin + other)) {
    return { reason: 'not-english', explanation: 'The answer does not look like English. The coach reads English answers only; try the story in English.' };
  }
  const english = words.filter((t) => ENGLISH_FUNCTION_WORDS.has(t.lower)).length;
  const englishShare = words.length === 0 ? 0 : english / words.length;
  const symbolShare = visible === 0 ? 0 : symbols / visible;
  if (symbolShare > 2 * MAX_CODE_SYMBOL_SHARE || (symbolShare > MAX_CODE_SYMBOL_SHARE && englishShare < 0.4)) {
    return { reason: 'code', explanation: 'The answer reads as code, not a story. Describe what you did and why in sentences.' };
  }
  if (words.length >= 6 && englishShare < MIN_ENGLISH_SHARE) {
    return { reason: 'not-english', explanation: 'The answer does not look like English. The coach reads English answers only; try the story in English.' };
  }
  return undefined;
}
