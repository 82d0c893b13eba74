/**
 * Can the rubric read this answer? The rubric reads English only. An answer is not English when most of its letters
 * are of another script (Chinese, Japanese, Russian, Arabic, Hindi...), or when it is in Latin letters with very few
 * English function words and clear signs of another language (its function words, or accented letters). Terse,
 * bulleted, lowercase, non-native or jargon-heavy English has few function words too, but no signs of another
 * language, so it is never taken for one. Pure and cheap: one pass over the letters, one over the words.
 */

import { ENGLISH_FUNCTION_WORDS } from './rubric/lexicon.js';

export type LanguageReading =
  | { english: true }
  /** `other-script`: mostly letters outside the Latin script; `other-language`: Latin letters, another language. */
  | { english: false; reason: 'other-script' | 'other-language' };

/** Above this share of non-Latin letters among all letters, the answer is in another script. */
const MAX_OTHER_SCRIPT_SHARE = 0.3;
/** Fewer words than this are too few to tell (and too short to be a story anyway). */
const MIN_WORDS_TO_JUDGE = 6;
/** Below this share of English function words among the words, Latin text may be another language... */
const FEW_ENGLISH_SHARE = 0.12;
/** ...and it is, when this share of its words are function words of another language... */
const FOREIGN_SHARE = 0.1;
/** ...or this share of its words carry accented letters (Polish, Czech, Turkish, Vietnamese...). */
const ACCENTED_SHARE = 0.15;

/** Words of the lists below that English uses too, so they prove nothing. */
const ALSO_ENGLISH = new Set(['die', 'den', 'was', 'also', 'war', 'hat', 'bei', 'come', 'son', 'per', 'op', 'dit', 'are', 'me']);

/**
 * Function words of the languages people most often write in Latin letters instead of English (Spanish, Portuguese,
 * French, German, Italian, Dutch), minus any that are English words too ("a", "in", "no", "die"...).
 */
const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `el la los las lo del al y que en un una unos unas por para con se su sus es fue era pero como más muy yo nosotros
   mi mis este esta estos esto ese esa hay sin sobre también cuando porque donde entre hasta desde le les nos
   o os da das do dos na nas no nos um uma uns umas com não é foi mas eu nós meu minha seu sua pelo pela ao à às
   ele ela eles elas isso isto esse essa muito quando porque já também
   le les des du de et je nous il elle ils elles est était une au aux dans pour avec sur par pas ne qui ce cette ces
   mon ma mes notre nos leur leurs mais ou où donc comme plus très aussi été avons avait j'ai c'est qu'il
   der die das den dem des und ich wir ist war sind waren ein eine einen einem einer nicht mit zu auf für von
   im zum zur bei aus auch aber oder wie mein meine unser unsere dass hat haben hatte wurde wurden sich noch nach
   il lo gli della dello delle degli nel nella e è ho abbiamo che per con non sono era ma anche questo questa
   het een en van ik wij zijn niet met voor op aan ook maar dat deze dit naar bij hebben heb werd`
    .split(/\s+/)
    .filter((word) => word !== '' && !ENGLISH_FUNCTION_WORDS.has(word) && !ALSO_ENGLISH.has(word)),
);

const LATIN_LETTER = /\p{Script=Latin}/u;
const ANY_LETTER = /\p{L}/u;
const WORD = /[\p{L}'’]+/gu;
const ACCENTED = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_WORD = /[a-z']+/g;

/** Letters of the Latin script and of every other script, one pass. Marks and digits are not letters. */
function letterCounts(text: string): { latin: number; other: number } {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
      continue;
    }
    // Whole code points: a surrogate pair (Han extensions, for example) is one letter.
    const point = text.codePointAt(i) as number;
    if (point > 0xffff) i++;
    const char = String.fromCodePoint(point);
    if (!ANY_LETTER.test(char)) continue;
    if (LATIN_LETTER.test(char)) latin++;
    else other++;
  }
  return { latin, other };
}

/** How the answer reads; see the module comment. */
export function readLanguage(text: string): LanguageReading {
  const { latin, other } = letterCounts(text);
  if (other > MAX_OTHER_SCRIPT_SHARE * (latin + other)) return { english: false, reason: 'other-script' };
  // Most answers are plain ASCII: a simpler pattern, and no accents or curly apostrophes to look for.
  const ascii = !NON_ASCII.test(text);
  const words = text.toLowerCase().match(ascii ? ASCII_WORD : WORD) ?? [];
  if (words.length < MIN_WORDS_TO_JUDGE) return { english: true };
  let english = 0;
  let foreign = 0;
  let accented = 0;
  for (const raw of words) {
    const word = ascii ? raw : raw.replace(/’/g, "'");
    if (ENGLISH_FUNCTION_WORDS.has(word)) english++;
    else if (FOREIGN_FUNCTION_WORDS.has(word)) foreign++;
    if (!ascii && ACCENTED.test(word)) accented++;
  }
  const n = words.length;
  if (english / n >= FEW_ENGLISH_SHARE && foreign <= english) return { english: true };
  if (foreign > english && (foreign / n >= FOREIGN_SHARE || accented / n >= ACCENTED_SHARE)) return { english: false, reason: 'other-language' };
  if (english / n < FEW_ENGLISH_SHARE && accented / n >= ACCENTED_SHARE) return { english: false, reason: 'other-language' };
  return { english: true };
}

/** True when the rubric cannot read the answer's language. */
export function isOtherLanguage(text: string): boolean {
  return !readLanguage(text).english;
}

/** What the author is told, once, instead of criterion-by-criterion feedback. */
export const OTHER_LANGUAGE_MESSAGE =
  'LP Coach gives feedback on English answers; your story is saved and counts toward your streak.';

/** The nudge that follows it: how to get feedback, without making the story wrong. */
export const OTHER_LANGUAGE_NEXT_STEP =
  'For feedback, tell the same story in English (it can be short and simple); the rubric reads the situation, what you did and what changed.';
