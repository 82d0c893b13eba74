/**
 * Words counted as a reader would, in any script. Spaces separate words in English, but not in Chinese, Japanese or
 * Thai ("我们把结账流程的延迟降低了" is one space-free run of several words), so text with letters outside the Latin
 * script is segmented with Intl.Segmenter; text that is all Latin script keeps the cheap split on whitespace, which
 * is several times faster and gives the same count for English.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Beyond Latin-1, Latin Extended A/B and general punctuation: the cheap test that almost all English text passes. */
const BEYOND_LATIN_RANGES = /[^\u0000-\u024F\u2000-\u206F]/;
/** A letter of any script other than Latin (Cyrillic, Han, Kana, Thai, Arabic, Devanagari...). */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words in plain text (no markup handling): whitespace-separated for Latin text, segmented otherwise. */
export function countWordsInText(text: string): number {
  // Intl.Segmenter is ~40 times slower than the split on English (0.6 ms against 15 µs for 200 words).
  if (!BEYOND_LATIN_RANGES.test(text) || !NON_LATIN_LETTER.test(text)) {
    let count = 0;
    for (const word of text.split(/\s+/)) if (HAS_LETTER_OR_DIGIT.test(word)) count++;
    return count;
  }
  // About 1 µs a character: past SEGMENTED_CHARS the rest is estimated from the first part (a 1 MB answer would
  // otherwise hold the event loop for a second).
  const part = text.length <= SEGMENTED_CHARS ? text : text.slice(0, SEGMENTED_CHARS);
  let count = 0;
  for (const segment of segmenter.segment(part)) if (segment.isWordLike === true) count++;
  return part === text ? count : Math.round((count * text.length) / part.length);
}

/** Segmented exactly up to this length (far beyond any real answer); longer text is estimated. */
const SEGMENTED_CHARS = 20_000;
